"""Memberships told by a body's phrase: "a Harbour Board under Karl Vogt" (led by him) --
membership_titles._under.

Short passages written for these tests.
"""
from __future__ import annotations

from chronicle.resolve import memberships
from tests.test_facts import make_ctx


def _got(text, persons, orgs):
    ctx = make_ctx(text, {p: "m" for p in persons}, orgs=orgs)
    return {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}


def test_a_body_under_a_person_is_led_by_him():
    text = "By the spring a Harbour Board under Karl Vogt had taken charge of the docks."
    assert ("karl_vogt", "harbour_board", "held") in _got(text, ["Karl Vogt"], ("Harbour Board",))


def test_a_body_then_comma_under_a_person():
    text = "In May the Harbour Board, under Karl Vogt, voted to close the docks."
    assert ("karl_vogt", "harbour_board", "held") in _got(text, ["Karl Vogt"], ("Harbour Board",))


def test_under_without_a_person_gives_nothing():
    text = "Karl Vogt saw that the Harbour Board under the new law could not close the docks."
    assert ("karl_vogt", "harbour_board", "held") not in _got(text, ["Karl Vogt"], ("Harbour Board",))
