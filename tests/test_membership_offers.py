"""Memberships from offers answered and from a body turning a person away by name (membership_offers).

Short passages written for these tests.
"""
from __future__ import annotations

from chronicle.resolve import memberships
from tests.test_facts import make_ctx


def _got(text, persons, orgs):
    ctx = make_ctx(text, {p: "m" for p in persons}, orgs=orgs)
    return {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}


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
