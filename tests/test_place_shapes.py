"""Places named by shape or by how the text places them, which spaCy's small model misses or calls persons."""
from __future__ import annotations

from chronicle.extract import extract_string


def _places(text: str) -> set[str]:
    return {p.name for p in extract_string(text).places}


def _persons(text: str) -> set[str]:
    return {p.name for p in extract_string(text).persons}


def test_a_river_followed_or_travelled_up_is_a_place():
    text = ("In the spring the two fugitives followed the frozen Lozva for three days, and later the party went "
            "up the Tavda by boat as far as the first village.")
    places = _places(text)
    assert "Lozva" in places and "Tavda" in places


def test_a_city_side_is_a_district():
    text = "She rented a room on the Okhta Side and walked every morning to the printing shop."
    assert "Okhta Side" in _places(text)


def test_a_named_farm_and_a_platform_are_places():
    text = ("On 3 May they hid at the Malvezzi farm near Comacchio, and a week later the delegates left "
            "from the Obvodnaya platform, a siding far from the main station.")
    places = _places(text)
    assert "Malvezzi" in places or "Malvezzi farm" in places
    assert "Obvodnaya" in places or "Obvodnaya platform" in places


def test_a_headland_is_one_place():
    text = "Off the Punta del Faro the frigate caught the fishing boats, and only two reached Capo Peloro."
    places = _places(text)
    assert "Punta del Faro" in places and "Capo Peloro" in places


def test_a_numbered_russian_street_is_a_place():
    text = "He hid first in the flat of a locksmith on the Fifth Sovetskaya, and then moved to Lesnoy."
    assert "Fifth Sovetskaya" in _places(text)


def test_a_name_placed_by_a_farm_or_a_village_is_a_place():
    text = "On the evening of 9 June, at the farm at Casalborsetti, a few miles from the coast, the fugitives rested."
    assert "Casalborsetti" in _places(text)


def test_a_name_with_the_article_is_no_person():
    text = ("By the end of May the enemy had carried the heights of the Aventine, and the peasants of the "
            "Lunigiana hid the last volunteers.")
    places, persons = _places(text), _persons(text)
    assert "Lunigiana" in places
    assert "Lunigiana" not in persons


def test_a_person_after_a_place_preposition_stays_a_person():
    text = "Dr. Brown said that he had left his papers with Morelli, and Morelli kept them until the spring."
    assert "Morelli" not in _places(text)
