"""Places of the Greek and Roman world: the curated supplement's ancient names, their ranking over
modern homonyms, and the year of a text dated BC. Passages written for these tests."""
from __future__ import annotations

import pytest

from chronicle.resolve.gazetteer import Gazetteer, haversine_km
from chronicle.resolve.places import document_year, geocode
from test_places import _places

PASSAGE = (
    "After the victory Themistokles sailed from the Peiraeus past Sunium to Keos, and thence along "
    "Euboea; the Lakedaemonians marched out of Sparta through Boeotia and Phokis towards Thermopylae, "
    "while the fleet of the Persians lay at Artemisium. Exiled, he went first to Korkyra and Leucas, "
    "then by way of Pydna and the Chersonese to Halikarnassus in Caria, and at last through Ionia "
    "and Cilicia into Asia."
)

# Coordinates of each place from its English Wikipedia article (site, or centre of the region).
EXPECTED = {
    "Peiraeus": ((37.94, 23.65), 20), "Sunium": ((37.65, 24.03), 20), "Keos": ((37.62, 24.33), 25),
    "Euboea": ((38.50, 23.85), 100), "Sparta": ((37.07, 22.43), 20), "Boeotia": ((38.40, 23.10), 100),
    "Phokis": ((38.50, 22.40), 100), "Thermopylae": ((38.80, 22.54), 20), "Artemisium": ((39.02, 23.25), 25),
    "Korkyra": ((39.62, 19.92), 25), "Leucas": ((38.72, 20.65), 30), "Pydna": ((40.37, 22.60), 20),
    "Halikarnassus": ((37.04, 27.43), 20), "Caria": ((37.30, 28.00), 150), "Ionia": ((38.30, 27.20), 150),
    "Cilicia": ((36.90, 35.00), 150),
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_greek_and_persian_war_places_are_geocoded_at_their_sites(gaz):
    names = list(EXPECTED) + ["Asia"]
    got = {p.name: p for p in geocode(_places(PASSAGE, *names), text=PASSAGE, gazetteer=gaz,
                                       unknown_at_dominant_city=True)}
    for name, (where, km) in EXPECTED.items():
        p = got[name]
        assert p.lat is not None and p.within is None, f"{name} not geocoded"
        assert haversine_km((p.lat, p.lon), where) <= km, f"{name} at {p.lat},{p.lon}"


@pytest.mark.parametrize("name,country", [
    ("Corinth", "GR"), ("Sparta", "GR"), ("Lacedaemon", "GR"), ("Olympia", "GR"), ("Delphi", "GR"),
    ("Marathon", "GR"), ("Ithaca", "GR"), ("Troy", "TR"), ("Babylon", "IQ"), ("Carthage", "TN"),
    ("Halicarnassus", "TR"), ("Akragas", "IT"), ("Lilybaeum", "IT"), ("Veii", "IT"),
])
def test_a_bare_ancient_name_is_the_ancient_place_not_an_american_town(gaz, name, country):
    assert gaz.lookup(name)[0].country == country


def test_an_only_ancient_name_gives_way_to_the_modern_town_in_a_modern_text(gaz):
    assert gaz.lookup("Troy", year=-1200)[0].country == "TR"
    assert gaz.lookup("Troy", year=2005)[0].country == "US"  # Ilium's name ends with antiquity


def test_old_names_of_italian_cities_join_the_modern_city(gaz):
    assert gaz.lookup("Tarentum")[0].name == "Taranto"
    assert gaz.lookup("Mediolanum")[0].name == "Milan"
    assert gaz.lookup("Panormus")[0].name == "Palermo"


def test_a_text_of_antiquity_is_dated_by_its_years_bc():
    text = ("Born in 356 BC at Pella, he crossed into Asia in 334 BC and died at Babylon in 323 BC. "
            "See Green (1991) and Lane Fox (2004).")
    assert document_year(text) == -334
    assert document_year("He was born in AD 14 and died in 1812, 1815 and 1820.") == 1815  # one era year only
    assert document_year("In 1723 ... by 1724 ... in 1730") == 1724
