"""Memberships: a party's word on a common noun for a person ("a young Radical clerk, X", "the Radical
pamphleteer X", "X, the party organiser") names X a member (membership_readings._party_noun); a lowercase
"the party" is the record's one party by kind when none is named "... Party" (membership_bodies._the_party).

Short passages written for these tests.
"""
from __future__ import annotations

import dataclasses

from chronicle.resolve import memberships
from tests.helpers import make_ctx


def _got(text, persons, orgs, parties=()):
    ctx = make_ctx(text, {p: "m" for p in persons}, orgs=orgs)
    ctx.organizations = [dataclasses.replace(o, kind="party") if o.name in parties else o for o in ctx.organizations]
    return {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}


def test_a_party_word_on_a_noun_in_apposition_names_a_member():
    text = ("The Radicals met at the inn. A young Radical clerk, Thomas Hale, read the address aloud while the "
            "landlord listened.")
    got = _got(text, ["Thomas Hale"], ("Radicals", "Radical"), parties=("Radicals", "Radical"))
    assert any(p == "thomas_hale" and s == "held" for p, _, s in got)


def test_a_party_word_on_a_noun_before_a_name_names_a_member():
    text = "The Radicals met at the inn, and later they walked to the house of the Radical pamphleteer John Moss."
    got = _got(text, ["John Moss"], ("Radicals", "Radical"), parties=("Radicals", "Radical"))
    assert any(p == "john_moss" and s == "held" for p, _, s in got)


def test_a_party_word_on_a_noun_for_a_thing_names_no_one():
    text = "The Radicals met at the inn. John Moss carried the Radical banner through the town."
    got = _got(text, ["John Moss"], ("Radicals", "Radical"), parties=("Radicals", "Radical"))
    assert not got


def test_the_party_is_the_one_party_by_kind():
    text = ("The Radicals held their congress in May. On the platform sat Mary Lowe, the party organiser who "
            "would later marry the printer.")
    got = _got(text, ["Mary Lowe"], ("Radicals",), parties=("Radicals",))
    assert ("mary_lowe", "radicals", "held") in got


def test_the_party_names_no_body_where_the_record_has_two_parties():
    text = ("The Radicals and the Whigs held their congresses in May. On the platform sat Mary Lowe, the party "
            "organiser who would later marry the printer.")
    got = _got(text, ["Mary Lowe"], ("Radicals", "Whigs"), parties=("Radicals", "Whigs"))
    assert not got


def test_a_peoples_word_on_a_noun_names_no_member():
    text = "The Romans held the city. According to the Roman orator Marcus Tullius, the walls were weak."
    got = _got(text, ["Marcus Tullius"], ("Romans", "Roman"))
    assert not got
