"""A state's bodies named by a lower-case noun after a place's or a nation's word (twelfth session): missions abroad,
local assemblies, troops, a body's kind between the place and the noun, and the body "of" a place. Sentences
written for these tests."""
from __future__ import annotations

from chronicle.extract import extract_string


def _orgs(text):
    rec = extract_string(text)
    return {o.name for o in rec.organizations}, {p.name for p in rec.places}


def test_a_nations_mission_abroad_is_a_body_but_its_house_is_a_place():
    orgs, _ = _orgs("In 1918 Litvinov sent a note through the Norwegian legation. The American consulate in Canton "
                    "warned him, and he went to the Russian consulate-general for papers.")
    assert {"Norwegian legation", "American consulate", "Russian consulate-general"} <= orgs
    orgs, _ = _orgs("He met Joffe at the German embassy in Berlin.")
    assert not any("embassy" in o for o in orgs)


def test_local_assemblies_and_a_states_troops_are_bodies():
    orgs, _ = _orgs("In 1899 he went to Ufa, where the local zemstvo refused to employ him. The town duma voted "
                    "against him, and the city duma sent a deputation. Next day the Federal troops arrived, and "
                    "the imperial troops withdrew.")
    assert {"local zemstvo", "town duma", "city duma", "Federal troops", "imperial troops"} <= orgs


def test_a_bodys_kind_between_the_place_and_the_noun_and_a_body_of_a_place():
    orgs, _ = _orgs("In October the rebels set up a Hubei military government. The Hunan military government "
                    "joined them, and Sun became head of the provisional government of Kwangtung. Next day the "
                    "militia of Virginia surrounded the armory.")
    assert {"Hubei military government", "Hunan military government", "provisional government of Kwangtung",
            "militia of Virginia"} <= orgs


def test_no_body_from_a_party_word_a_bare_indefinite_or_the_of_phrase_with_an_article():
    orgs, _ = _orgs("Whether a Liberal government would give women the vote was doubtful. Garibaldi took command "
                    "of the army of the Republic in April, and the county militia refused to march.")
    assert not any(o.endswith("government") for o in orgs)
    assert "army of the Republic" not in orgs and "county militia" not in orgs


def _members(rec):
    names = {e.id: e.name for e in [*rec.persons, *rec.organizations]}
    return {(names[m.person], names[m.organization], m.status) for m in rec.memberships}


def test_a_lower_case_noun_that_names_only_a_body_is_a_body():
    rec = extract_string("That evening the deputies elected a presidium of three. Within a week Litvinov was "
                         "appointed to the collegium of the People's Commissariat of Foreign Affairs. Lev Karakhan, "
                         "the third member of the collegium, tried to keep the peace.")
    orgs = {o.name: len(o.mentions) for o in rec.organizations}
    assert orgs.get("presidium") == 1 and orgs.get("collegium") == 2
    assert {("Litvinov", "collegium", "granted"), ("Lev Karakhan", "collegium", "held")} <= _members(rec)
    rec = extract_string("Dan sat on its presidium, and the presidium members voted.")
    assert "presidium" not in {o.name for o in rec.organizations}


def test_a_body_in_a_clause_about_a_person_is_not_the_sentences_body():
    rec = extract_string("In May the party congress opened in London. The mandate commission refused Trotsky a "
                         "deciding vote; Lenin, who sat on the presidium with Plekhanov and Martov, did not intervene. "
                         "Among the guests were Maxim Gorky and Rosa Luxemburg.")
    got = _members(rec)
    assert ("Lenin", "presidium", "held") in got
    assert not any(o == "presidium" and p in ("Trotsky", "Maxim Gorky", "Rosa Luxemburg") for p, o, _ in got)


def test_a_numbered_section_and_a_society_with_a_compound_ordinal_are_bodies():
    orgs, _ = _orgs("In 1874 he was arrested by the Third Section and held in the fortress. Theodore Parker was "
                    "minister of the Twenty-Eighth Congregational Society in Boston.")
    assert {"Third Section", "Twenty-Eighth Congregational Society"} <= orgs


def test_a_police_court_is_the_court_house_but_a_papal_court_a_body():
    orgs, places = _orgs("Next morning they were brought before Mr. Saunders at the Thames Police Court. The Papal "
                         "court refused him.")
    assert "Thames Police Court" in places and "Thames Police Court" not in orgs
    assert "Papal court" in orgs
