"""Memberships through a common noun a body's name is in apposition to: "took over a small liberal daily, the
Clarion", "who edited its journal, the Clarion", "joined a small group, the Weavers Guild".

Short passages written for these tests (other names and wording than any evaluation text).
"""
from __future__ import annotations

from chronicle.resolve import memberships
from tests.helpers import make_ctx


def _got(text, orgs):
    ctx = make_ctx(text, {"Tobias Wren": "m", "George Hale": "m"}, orgs=orgs)
    return {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}


def test_the_noun_before_the_name_carries_the_verb():
    assert _got("In November Tobias Wren also took over a small liberal daily, the Clarion.", ("Clarion",)) == \
        {("tobias_wren", "clarion", "granted")}
    assert _got("Tobias Wren joined a small group, the Weavers Guild.", ("Weavers Guild",)) == \
        {("tobias_wren", "weavers_guild", "granted")}
    assert _got("The group set up a press, and Tobias Wren, who edited its journal, the Clarion, wrote most of it.",
                ("Clarion",)) == {("tobias_wren", "clarion", "held")}


def test_a_verb_of_no_membership_or_a_person_noun_gives_nothing():
    assert _got("Tobias Wren read George Hale's paper, the Clarion.", ("Clarion",)) == set()
    assert _got("Tobias Wren left his wife, the Clarion.", ("Clarion",)) == set()
