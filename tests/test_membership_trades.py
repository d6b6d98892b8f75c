"""Memberships: trades and posts held in a body read like offices ("Y, the chef of X", "the surgeon of the
Y", "once the chosen dictator of X") -- membership_base.ROLES.

Short passages written for these tests.
"""
from __future__ import annotations

from tests.helpers import membership_triples as _got


def test_the_chef_of_a_club_holds_a_post_in_it():
    text = "At the quay they met Paul Roux, the famous chef of the Harbour Club, who had come to cook for the wards."
    assert ("paul_roux", "harbour_club", "held") in _got(text, ["Paul Roux"], ("Harbour Club",))


def test_a_surgeon_of_a_body_by_the_copula():
    text = "Henry Lamb was the surgeon of the Northern Hospital for twenty years."
    assert ("henry_lamb", "northern_hospital", "held") in _got(text, ["Henry Lamb"], ("Northern Hospital",))


def test_a_trade_with_no_body_names_none():
    text = "Paul Roux, a famous chef, came to the Harbour Club in May."
    assert ("paul_roux", "harbour_club", "held") not in _got(text, ["Paul Roux"], ("Harbour Club",))
