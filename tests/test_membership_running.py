"""Memberships (eighth session): running a body ("ran the X", "presided over the X", "was run by Y"), a part
of a body led or managed ("led the left wing of X", "managed the business of X"), and a named person's
"of"-phrase ("Mr. Y, of the X", "Y of the X").

Short passages written for these tests.
"""
from __future__ import annotations

from tests.helpers import membership_triples as _got


def test_ran_a_body_as_object():
    text = "In those years Paul Roux ran the Harbour Club almost alone."
    assert ("paul_roux", "harbour_club", "held") in _got(text, ["Paul Roux"], ("Harbour Club",))


def test_ran_for_a_body_is_no_post():
    text = "In 1910 Paul Roux ran for the County Council and lost."
    assert ("paul_roux", "county_council", "held") not in _got(text, ["Paul Roux"], ("County Council",))


def test_presided_over_a_body():
    text = "Henry Lamb, who presided over the Water Board, refused the petition."
    assert ("henry_lamb", "water_board", "held") in _got(text, ["Henry Lamb"], ("Water Board",))


def test_managed_the_business_of_a_society():
    text = "Henry Lamb, who managed the business of the Temperance Society, wrote to the printer."
    assert ("henry_lamb", "temperance_society", "held") in _got(text, ["Henry Lamb"], ("Temperance Society",))


def test_led_a_wing_of_a_party():
    text = "Henry Lamb, who led the radical wing of the Farmers Party, spoke first."
    assert ("henry_lamb", "farmers_party", "held") in _got(text, ["Henry Lamb"], ("Farmers Party",))


def test_a_named_persons_of_phrase_with_a_comma():
    text = "Next morning Mr. Lamb, of the Evening Courier, called at the house."
    assert ("lamb", "evening_courier", "held") in _got(text, ["Lamb"], ("Evening Courier",))


def test_a_named_persons_of_phrase_without_a_comma():
    text = "Paul Roux of the Harbour Club was carried in on a chair."
    assert ("paul_roux", "harbour_club", "held") in _got(text, ["Paul Roux"], ("Harbour Club",))


def test_a_view_of_a_body_is_no_membership():
    text = "Paul Roux's opinion of the Harbour Club was low."
    assert ("paul_roux", "harbour_club", "held") not in _got(text, ["Paul Roux"], ("Harbour Club",))


def test_a_title_of_a_body_with_an_article_is_no_person_in_it():
    text = "The council was allowed to name the first Keeper of the Harbour Club."
    assert ("keeper", "harbour_club", "held") not in _got(text, ["Keeper"], ("Harbour Club",))


def test_a_prince_of_a_house_is_no_member_by_the_of_phrase():
    text = "In 1870 Prince Leopold of the Harbour Club was offered the throne."
    assert ("leopold", "harbour_club", "held") not in _got(text, ["Leopold"], ("Harbour Club",))
