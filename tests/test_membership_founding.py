"""Memberships: founders of a body first spoken of as new and unnamed, then named in a following sentence
("A, with B and C, set about making a new party. … took the name X"; "The new body, A proposed, would …; it
would be called X") -- membership_founding.new_body_founders.

Short passages written for these tests.
"""
from __future__ import annotations

from tests.helpers import membership_triples as _got


def test_maker_and_companions_found_the_body_named_next():
    text = ("Two days later the board expelled everyone who had stayed, and Karl Vogt, with Emil Roth, Hans Weber "
            "and the veteran Otto Brandt, set about making a new party. Its first congress, which met in Kiel in "
            "May, took the name Radical Workers League.")
    got = _got(text, ["Karl Vogt", "Emil Roth", "Hans Weber", "Otto Brandt"], ("Radical Workers League",))
    assert {(p, "radical_workers_league", "granted") for p in ("karl_vogt", "emil_roth", "hans_weber",
                                                               "otto_brandt")} <= got


def test_the_proposer_of_a_new_body_founds_it():
    text = ("Karl Vogt asked his neighbours in for tea one evening in March. The new society, Karl Vogt proposed, "
            "would admit tenants only; it would be called the Tenants Defence Union.")
    assert ("karl_vogt", "tenants_defence_union", "granted") in _got(text, ["Karl Vogt"], ("Tenants Defence Union",))


def test_no_founder_when_the_making_is_denied():
    text = "Karl Vogt did not set up a new party. It was later called the Green League."
    assert not any(o == "green_league" for _, o, _ in _got(text, ["Karl Vogt"], ("Green League",)))


def test_a_body_named_without_any_naming_words_is_not_taken():
    text = ("Karl Vogt set about making a new party in May. The Harbour Board met the next day in Kiel.")
    assert not any(o == "harbour_board" for _, o, _ in _got(text, ["Karl Vogt"], ("Harbour Board",)))
