"""Memberships from a possessive on a body's name: "Y's <title>" for newspapers and untyped bodies, and
"<title>, Y's paper" (the possessor owns or leads it).

Short passages written for these tests (other names and wording than any evaluation text).
"""
from __future__ import annotations

import dataclasses

from chronicle.resolve import memberships
from tests.helpers import make_ctx


def _got(text, persons, orgs, kind):
    ctx = make_ctx(text, {p: "m" for p in persons}, orgs=orgs)
    ctx.organizations[:] = [dataclasses.replace(o, kind=kind) for o in ctx.organizations]
    return {(m.person, m.organization, m.status, m.role) for m in memberships.run(ctx)["memberships"]}


def test_a_possessive_on_a_newspaper_title_is_its_proprietor():
    text = "Oddly enough, Tobias Wren's Harbour Beacon printed the appeal in full."
    assert _got(text, ["Tobias Wren"], ("Harbour Beacon",), "newspaper") == \
        {("tobias_wren", "harbour_beacon", "held", "proprietor")}


def test_a_possessive_on_paper_beside_the_title_is_its_proprietor():
    text = "The Harbour Beacon, Tobias Wren's paper in Norwich, called the strikers hirelings."
    assert _got(text, ["Tobias Wren"], ("Harbour Beacon",), "other") == \
        {("tobias_wren", "harbour_beacon", "held", "proprietor")}


def test_a_possessive_on_an_untyped_body_is_its_leader():
    text = "At dawn Tobias Wren's Marsh Rangers rode into the village."
    assert _got(text, ["Tobias Wren"], ("Marsh Rangers",), "other") == \
        {("tobias_wren", "marsh_rangers", "held", "leader")}


def test_a_quoted_title_after_the_possessive_is_a_work():
    text = "Tobias Wren's “Harbour Beacon” was read aloud in every tavern."
    assert _got(text, ["Tobias Wren"], ("Harbour Beacon",), "other") == set()


def test_a_people_is_led_by_no_one_it_is_named_after():
    text = "The envoy met Tobias Wren's Danes at the ford."
    assert _got(text, ["Tobias Wren"], ("Danes",), "other") == set()
