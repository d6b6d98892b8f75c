"""Hosts told by "lodged with" (sentences written for the tests)."""
from __future__ import annotations

from test_relationships import _rels

P = {"Pavel Orlov": "m", "Marfa Kuzina": "f", "Olga": "f", "Kolya": "m"}


def test_the_name_after_an_unnamed_landlady_is_the_host():
    text = "In Tomsk Pavel Orlov lodged with the widow of a ferryman, Marfa Kuzina, and taught the children of a clerk."
    assert ("marfa_kuzina", "pavel_orlov", "host") in _rels(text, P)


def test_a_widow_named_x_is_the_host_but_a_sister_is_family():
    assert ("marfa_kuzina", "pavel_orlov", "host") in _rels(
        "Pavel Orlov lodged with a widow named Marfa Kuzina in a flat near the station.", P)
    rels = _rels("Pavel Orlov lodged with his sister Olga in Tomsk.", P)
    assert not any(t == "host" for _, _, t in rels)


def test_a_lodger_parsed_into_the_place_phrase_before_the_verb():
    assert ("marfa_kuzina", "kolya", "host") in _rels("In Narym Kolya lodged with Marfa Kuzina, a widow who fed him.", P)
