"""Memberships from "its <office>": the body "its" stands for when the sentence before ended on a place in an
adjunct, a copula naming the holder ("Its chairman was Y"), and a hyphened office ("its secretary-general").

Short passages written for these tests (other names and wording than any evaluation text).
"""
from __future__ import annotations

from chronicle.resolve import memberships
from tests.helpers import make_ctx


def _got(text, persons, orgs, places=()):
    ctx = make_ctx(text, {p: "m" for p in persons}, places={p: None for p in places}, orgs=orgs)
    return {(m.person, m.organization, m.status, m.role) for m in memberships.run(ctx)["memberships"]}


def test_its_after_a_place_in_an_adjunct_is_the_subject_body():
    text = "The Weavers' Guild had held its first meeting at the Corn Exchange in March. Its chairman was Tobias Wren."
    got = _got(text, ["Tobias Wren"], ("Weavers' Guild",), ("Corn Exchange",))
    assert {(p, o, s) for p, o, s, _ in got} == {("tobias_wren", "weavers_guild", "held")}


def test_its_chairman_was_a_noun_and_a_name_in_apposition():
    text = "The Weavers' Guild met in Norwich. Its chairman was a retired carter, Tobias Wren, who kept an inn."
    got = _got(text, ["Tobias Wren"], ("Weavers' Guild",), ("Norwich",))
    assert {(p, o, s) for p, o, s, _ in got} == {("tobias_wren", "weavers_guild", "held")}


def test_a_place_in_the_sentence_of_its_still_stands():
    text = "The Weavers' Guild met in a hall in Norwich lent by its owner, Tobias Wren."
    got = _got(text, ["Tobias Wren"], ("Weavers' Guild",), ("Norwich",))
    assert got == set()


def test_a_copula_without_a_name_gives_no_holder():
    text = "The Weavers' Guild met in Norwich. Its chairman was absent that week."
    assert _got(text, ["Tobias Wren"], ("Weavers' Guild",), ("Norwich",)) == set()


def test_a_hyphened_office_is_read_whole():
    text = "The Weavers' Guild was small, and in 1820, when Tobias Wren was its secretary-general, it met monthly."
    got = _got(text, ["Tobias Wren"], ("Weavers' Guild",))
    assert ("tobias_wren", "weavers_guild", "held", "secretary-general") in got
