"""Place names the recogniser misses or cuts: buildings named by "the", by an owner or by a sign, "X of Y"
features, "the Front", and titles in quotation marks (passages written for these tests)."""
from __future__ import annotations

import pytest

from chronicle.extract import extract_string
from chronicle.resolve.gazetteer import haversine_km


def _places(rec) -> dict:
    return {p.name: p for p in rec.places}


def _named(rec, name: str):
    return [e for e in (*rec.persons, *rec.places, *rec.organizations) if e.name == name]


@pytest.fixture(scope="module")
def theatre():
    return extract_string(
        "In the winter of 1913 Vera lived in Petrograd. She danced at the Sokolsky, and her sister sang at "
        "the Vetrinsky every night. A friend brought her to the Crooked Pike, an inn by the river. The "
        "statue before the Vetrinsky\nTheatre wore a red flag. Her brother belonged to the Left Wing of "
        "the party. A letter came from the Prime Minister the same week.")


def test_a_name_at_the_is_a_place_at_the_city(theatre):
    places = _places(theatre)
    assert "Sokolsky" in places and "Crooked Pike" in places
    assert places["Sokolsky"].within == places["Petrograd"].id


def test_the_elliptic_name_joins_the_full_building_name_across_a_line_break(theatre):
    places = _places(theatre)
    assert "Vetrinsky Theatre" in places and "Vetrinsky" not in places
    assert len(places["Vetrinsky Theatre"].mentions) == 2


def test_belonging_to_a_wing_or_a_letter_from_an_office_is_no_place(theatre):
    places = _places(theatre)
    assert "Left Wing" not in places and "Prime Minister" not in places


def test_feature_of_place_is_one_name():
    rec = extract_string("In 1905 the fleet lay in the Gulf of Riga. Later they wintered in the South of "
                         "France, far from Riga.")
    places = _places(rec)
    assert "Gulf of Riga" in places and "South of France" in places
    assert "Gulf" not in places and "South" not in places
    south = places["South of France"]
    assert haversine_km((south.lat, south.lon), (44.0, 2.5)) < 300


def test_compass_word_without_the_is_a_direction():
    rec = extract_string("He was born in 1869 in a village some 300 km East of Moscow, and he went to Moscow.")
    assert "East of Moscow" not in _places(rec)


def test_name_only_inside_a_quoted_title_is_no_place():
    rec = extract_string("In 1919 Reed wrote “Kornilov to Brest-Litovsk” about the winter. He lived in Moscow.")
    places = _places(rec)
    assert "Moscow" in places
    assert not any("Brest" in n for n in places)


def test_inn_sign_with_a_number_word():
    rec = extract_string("In 1723 I walked into Philadelphia. We were then near the sign of the Three Swans, "
                         "where I got a dinner.")
    assert "Three Swans" in _places(rec)


def test_owned_buildings_are_places_and_the_owner_stays_a_person():
    rec = extract_string(
        "In 1723 I came to Philadelphia. Mr. Hobson was a printer there. Hobson's printing-house was poor. "
        "Hobson said I might stay, and he got me a lodging at Mr.\nTaylor's, who was his landlord. "
        "Mr. Taylor was kind. On Sunday I was led into the great meeting-house of the Quakers, and fell asleep.")
    places = _places(rec)
    assert "Hobson's printing-house" in places
    assert "Mr. Taylor's house" in places
    assert "great meeting-house of the Quakers" in places
    assert places["Mr. Taylor's house"].within == places["Philadelphia"].id
    assert any(p.name.endswith("Hobson") for p in rec.persons)
    assert any(p.name.endswith("Taylor") for p in rec.persons)


def test_possessive_before_a_title_or_a_common_noun_is_no_house():
    rec = extract_string("In 1888 his story was praised, to Chekhov's bemusement, and it is similar to "
                         "Chekhov's \"Sleepy\". Chekhov lived in Moscow.")
    assert not any(p.name.endswith("house") for p in rec.places)


def test_the_front_of_a_russian_war_text_is_the_eastern_front():
    rec = extract_string(
        "In 1916 the soldiers in Petrograd read the papers. At the Front the soldiers fought on, and "
        "Riga and Moscow waited. In 1917 the men at the Front would not fight.")
    front = _places(rec).get("Front")
    assert front is not None
    assert haversine_km((front.lat, front.lon), (53.1, 26.0)) < 100


def test_inn_kept_by_a_person_is_their_inn():
    rec = extract_string("In 1723 I walked toward Burlington. In the evening I got to an inn, within ten miles of "
                         "Burlington, kept by one Dr.\nGreene. He was very sociable, and Greene gave me a supper.")
    assert "Dr. Greene's inn" in _places(rec)
    assert any(p.name.endswith("Greene") for p in rec.persons)


def test_some_wine_named_after_a_place_is_no_place():
    rec = extract_string("In 1790 the governor sat in Philadelphia and took me to taste some excellent Madeira.")
    places = _places(rec)
    assert "Philadelphia" in places and "Madeira" not in places
