"""Memberships from offers answered and from a body turning a person away by name (membership_offers).

Short passages written for these tests.
"""
from __future__ import annotations

from tests.helpers import membership_triples as _got


def test_an_invitation_declined_is_refused():
    text = ("Anton Berg joined the Workers League in 1901. In 1905 Paul Kessler had been invited into the "
            "Northern Union and had declined.")
    got = _got(text, ["Anton Berg", "Paul Kessler"], ("Workers League", "Northern Union"))
    assert ("paul_kessler", "northern_union", "refused") in got
    assert ("anton_berg", "workers_league", "granted") in got


def test_an_offer_declined_goes_to_the_body_that_offered_it():
    text = "The Popular Assembly had offered Gustav Lind a commission in its guard, which he declined."
    assert _got(text, ["Gustav Lind"], ("Popular Assembly",)) == {("gustav_lind", "popular_assembly", "refused")}


def test_an_offer_accepted_is_granted():
    text = "The Popular Assembly offered Gustav Lind a post in its chancery, which he accepted at once."
    assert _got(text, ["Gustav Lind"], ("Popular Assembly",)) == {("gustav_lind", "popular_assembly", "granted")}


def test_the_body_said_again_by_its_noun_refuses_a_place():
    text = ("The Organizing Bureau met in March. When Adler proposed that Weiss be added, the bureau refused him "
            "a place by six votes to two.")
    got = _got(text, ["Adler", "Weiss"], ("Organizing Bureau",))
    assert got == {("weiss", "organizing_bureau", "refused")}


def test_an_offer_not_answered_is_no_membership():
    text = "The Popular Assembly offered Gustav Lind a commission in its guard. He went to Corinth."
    assert _got(text, ["Gustav Lind"], ("Popular Assembly",)) == set()


def test_a_post_changing_hands_with_the_body_unsaid():
    text = ("In May the Ninth Congress elected Otto Brandt chairman of the Press Bureau. In June Brandt resigned, "
            "and Karl Vogt, who had been his deputy, took over as acting chairman.")
    got = _got(text, ["Otto Brandt", "Brandt", "Karl Vogt"], ("Ninth Congress", "Press Bureau"))
    assert ("karl_vogt", "press_bureau", "granted") in got
    assert any(p in ("otto_brandt", "brandt") and o == "press_bureau" and st == "removed" for p, o, st in got)


def test_taking_his_place_in_the_chair():
    text = ("The Ninth Congress elected Otto Brandt chairman of the Press Bureau. Four days later Karl Vogt "
            "took his place in the chair.")
    got = _got(text, ["Otto Brandt", "Karl Vogt"], ("Ninth Congress", "Press Bureau"))
    assert ("karl_vogt", "press_bureau", "granted") in got


def test_resigning_with_no_post_held_is_nothing():
    text = "Karl Vogt joined the Press Bureau in 1901. In 1905 Vogt resigned."
    got = _got(text, ["Karl Vogt", "Vogt"], ("Press Bureau",))
    assert not any(st == "removed" for _, _, st in got)


def test_the_body_that_elects_to_a_post_in_another_is_no_seat_of_the_one_elected():
    text = "On 27 October the Ninth Congress elected Otto Brandt chairman of its Executive Bureau."
    got = _got(text, ["Otto Brandt"], ("Ninth Congress", "Executive Bureau"))
    assert ("otto_brandt", "executive_bureau", "held") in got or ("otto_brandt", "executive_bureau", "granted") in got
    assert not any(o == "ninth_congress" for _, o, _ in got)


def test_the_body_that_elects_without_another_body_still_admits():
    text = "In 1903 the Radical Union elected Otto Brandt unanimously."
    assert _got(text, ["Otto Brandt"], ("Radical Union",)) == {("otto_brandt", "radical_union", "granted")}
