"""Memberships from "whose <seat or body>" after a body's name: "the Guild, whose secretaryship Y had declined",
"the Guild, on whose presidium Y sat".

Short passages written for these tests (other names and wording than any evaluation text).
"""
from __future__ import annotations

from chronicle.resolve import memberships
from tests.helpers import make_ctx


def _got(text):
    ctx = make_ctx(text, {"Tobias Wren": "m", "George Hale": "m"}, orgs=("Weavers Guild",))
    return {(m.person, m.organization, m.status, m.role) for m in memberships.run(ctx)["memberships"]}


def test_a_declined_secretaryship_is_refused():
    text = ("Meanwhile the Weavers Guild, whose secretaryship Tobias Wren had declined in the autumn of 1871, "
            "still awaited his report.")
    assert _got(text) == {("tobias_wren", "weavers_guild", "refused", "secretary")}


def test_sitting_on_whose_presidium_is_held():
    text = "He was elected to the Weavers Guild, on whose presidium Tobias Wren sat."
    assert {(p, o, s) for p, o, s, _ in _got(text)} == {("tobias_wren", "weavers_guild", "held")}


def test_a_held_chairmanship_and_a_joined_body():
    assert ("tobias_wren", "weavers_guild", "held", "chairman") in \
        _got("He wrote to the Weavers Guild, whose chairmanship Tobias Wren had held since 1850.")
    assert {(p, o, s) for p, o, s, _ in _got("He wrote to the Weavers Guild, whose presidium Tobias Wren joined "
                                             "in May.")} == {("tobias_wren", "weavers_guild", "granted")}


def test_a_negated_verb_or_a_person_noun_gives_nothing():
    assert _got("He wrote to the Weavers Guild, whose chairmanship Tobias Wren had never held.") == set()
    assert _got("He wrote to the Weavers Guild, whose chairman Tobias Wren admired.") == set()
