"""Memberships through "it" and "its" standing for a body named in the sentence before, or for a lowercase body
noun ("that committee", "the army") standing for a body named earlier; and "X accepted his resignation".

Short passages written for these tests (other names and wording than any evaluation text).
"""
from __future__ import annotations

from chronicle.resolve import memberships
from tests.helpers import make_ctx


def _got(text, persons, orgs, places=()):
    ctx = make_ctx(text, {p: "m" for p in persons}, places={p: None for p in places}, orgs=orgs)
    return {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}


def test_it_electing_in_the_next_sentence_is_the_body_named_before():
    text = "The Weavers Committee met on Monday. It elected Tobias Wren chairman."
    assert _got(text, ["Tobias Wren"], ("Weavers Committee",)) == {("tobias_wren", "weavers_committee", "granted")}


def test_it_electing_after_the_body_in_an_earlier_clause():
    text = "The Weavers Guild had opened on Monday, and the next day it elected Tobias Wren chairman."
    assert _got(text, ["Tobias Wren"], ("Weavers Guild",)) == {("tobias_wren", "weavers_guild", "granted")}


def test_leaving_it_and_its_board_in_the_next_sentence():
    assert _got("The Weavers Guild was founded in York. Tobias Wren later resigned from it.", ["Tobias Wren"],
                ("Weavers Guild",), ("York",)) == {("tobias_wren", "weavers_guild", "removed")}
    assert _got("The Clarion was a weekly. Tobias Wren was appointed to its editorial board.", ["Tobias Wren"],
                ("Clarion",)) == {("tobias_wren", "clarion", "granted")}


def test_its_council_after_a_lowercase_body_noun():
    text = ("The Weavers Army was founded in York. When the army was reconstituted in March, Tobias Wren was "
            "elected chairman of its council.")
    assert _got(text, ["Tobias Wren"], ("Weavers Army",), ("York",)) == {("tobias_wren", "weavers_army", "granted")}


def test_its_office_after_that_committee():
    text = ("Tobias Wren wrote to the Weavers Committee in York. George Wren was chairman of that committee, and "
            "Tobias Wren was appointed its agent.")
    got = _got(text, ["Tobias Wren", "George Wren"], ("Weavers Committee",), ("York",))
    assert ("tobias_wren", "weavers_committee", "granted") in got


def test_a_thing_named_before_it_keeps_it():
    text = "The Weavers Guild published a pamphlet. Tobias Wren wrote a reply and resigned from it."
    assert _got(text, ["Tobias Wren"], ("Weavers Guild",)) == set()


def test_accepting_a_resignation_removes_the_member():
    assert _got("The Weavers Committee met on Monday. It accepted Tobias Wren's resignation.", ["Tobias Wren"],
                ("Weavers Committee",)) == {("tobias_wren", "weavers_committee", "removed")}
    assert _got("The Weavers Committee met on Monday. It rejected Tobias Wren's resignation.", ["Tobias Wren"],
                ("Weavers Committee",)) == set()
    assert _got("The Weavers Committee met on Monday. It accepted Tobias Wren as a member.", ["Tobias Wren"],
                ("Weavers Committee",)) == {("tobias_wren", "weavers_committee", "granted")}
