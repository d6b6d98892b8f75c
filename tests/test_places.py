"""Place resolution: gazetteer look-ups and document-context geocoding, on passages written here."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from chronicle.record import Place, Span
from chronicle.resolve.gazetteer import Gazetteer, GazetteerError, haversine_km, name_key
from chronicle.resolve.places import document_year, geocode, local_kind

SPB = (59.94, 30.31)
ISTANBUL = (41.01, 28.95)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _places(text: str, *names: str) -> list[Place]:
    out = []
    for i, name in enumerate(names):
        spans, start = [], text.find(name)
        while start >= 0:
            spans.append(Span("t", start, start + len(name), name))
            start = text.find(name, start + 1)
        out.append(Place(id=f"p{i}", name=name, aliases=(), mentions=tuple(spans)))
    return out


def _km(p: Place, where: tuple[float, float]) -> float:
    assert p.lat is not None, f"{p.name} not placed"
    return haversine_km((p.lat, p.lon), where)


def test_name_key_folds_diacritics_case_punctuation_and_saint():
    assert name_key("Königsberg") == name_key("KONIGSBERG")
    assert name_key("St. Petersburg") == name_key("Saint-Petersburg")
    assert name_key("New Castle") == name_key("Newcastle")


def test_lookup_strips_the_and_possessive(gaz):
    assert gaz.lookup("Russia's")[0].kind == "country"
    assert gaz.lookup("the Volga")[0].kind == "river"


def test_lookup_historical_name_petrograd_is_st_petersburg(gaz):
    best = gaz.lookup("Petrograd", year=1917)[0]
    assert haversine_km((best.lat, best.lon), SPB) < 20
    assert best.valid_from == 1914 and best.valid_to == 1924


def test_lookup_constantinople_is_istanbul(gaz):
    best = gaz.lookup("Constantinople", year=1900)[0]
    assert haversine_km((best.lat, best.lon), ISTANBUL) < 20


def test_lookup_abbreviation_needs_its_dot(gaz):
    assert gaz.lookup("Pa.")[0].name == "Pennsylvania"


def test_is_place_name_strong_for_countries_weak_for_villages(gaz):
    assert gaz.is_place_name("Finland") > 0.8
    assert gaz.is_place_name("Moscow") > 0.8
    assert gaz.is_place_name("Pravda") < 0.4
    assert gaz.is_place_name("Lenin") < 0.4
    assert gaz.is_place_name("Xqzzyville") == 0.0


def test_geocode_petrograd_in_1917(gaz):
    text = "In March 1917 the crowds of Petrograd filled the streets; news reached Moscow by night."
    out = {p.name: p for p in geocode(_places(text, "Petrograd", "Moscow"), text=text, gazetteer=gaz)}
    assert _km(out["Petrograd"], SPB) < 20
    assert out["Petrograd"].kind == "settlement"
    assert out["Petrograd"].gazetteer_id.startswith("geonames:")
    assert 0 < out["Petrograd"].confidence <= 1


def test_geocode_constantinople_with_context(gaz):
    text = "In 1853 the fleet sailed from Sevastopol across the Black Sea towards Constantinople."
    out = {p.name: p for p in geocode(_places(text, "Sevastopol", "Black Sea", "Constantinople"),
                                      text=text, gazetteer=gaz)}
    assert _km(out["Constantinople"], ISTANBUL) < 20
    assert out["Black Sea"].kind == "sea"


def test_geocode_river(gaz):
    text = "The barges went down the Volga from Kazan to Astrakhan."
    out = {p.name: p for p in geocode(_places(text, "Volga", "Kazan", "Astrakhan"), text=text, gazetteer=gaz)}
    assert out["Volga"].kind == "river"
    assert _km(out["Volga"], (53.0, 47.0)) < 500


def test_geocode_paris_in_a_texas_context(gaz):
    text = ("The cattle drive left Dallas for Paris, a day's ride north-east, then went on "
            "to Sherman and Denison in Texas before crossing the Red River.")
    out = {p.name: p for p in geocode(_places(text, "Dallas", "Paris", "Sherman", "Denison", "Texas"),
                                      text=text, gazetteer=gaz)}
    assert out["Paris"].lon < -90  # Paris, Texas
    assert _km(out["Paris"], (33.66, -95.56)) < 50


def test_geocode_paris_in_a_french_context(gaz):
    text = "From Lyon he went to Paris, and later to Rouen and Orleans."
    out = {p.name: p for p in geocode(_places(text, "Lyon", "Paris", "Rouen", "Orleans"), text=text, gazetteer=gaz)}
    assert _km(out["Paris"], (48.85, 2.35)) < 20
    assert _km(out["Orleans"], (47.9, 1.9)) < 30


def test_geocode_station_takes_the_documents_city(gaz):
    text = ("Petrograd was quiet. At the Warsaw Station the train from Pskov arrived late; "
            "Petrograd had not seen such crowds since spring.")
    places = _places(text, "Petrograd", "Warsaw Station", "Pskov")
    out = {p.name: p for p in geocode(places, text=text, gazetteer=gaz)}
    st = out["Warsaw Station"]
    assert st.kind == "station"
    assert _km(st, SPB) < 20
    assert st.within == "p0"
    assert st.confidence < out["Petrograd"].confidence


def test_local_kind_of_buildings_and_streets():
    assert local_kind("Smolny Institute") == "building"
    assert local_kind("Market-street") == "street"
    assert local_kind("Nevsky Prospekt") == "street"
    assert local_kind("Viborg Quarter") == "district"
    assert local_kind("Moscow") is None


def test_unknown_name_stays_unplaced(gaz):
    text = "They met at Xqzzyville."
    (p,) = geocode(_places(text, "Xqzzyville"), text=text, gazetteer=gaz)
    assert p.lat is None and p.lon is None and p.gazetteer_id is None


def test_document_year_is_the_median_year():
    assert document_year("In 1723 ... by 1724 ... in 1730") == 1724
    assert document_year("no years here") is None


def test_user_gazetteer_csv_overrides_builtin(tmp_path):
    csv_path = tmp_path / "mine.csv"
    csv_path.write_text("name,alt_names,kind,lat,lon,country,valid_from,valid_to,source\n"
                        "Paris,Lutetia,settlement,10.0,20.0,XX,,,my notes\n", encoding="utf-8")
    g = Gazetteer.load(extra=[csv_path])
    (best, *_) = g.lookup("Paris")
    assert (best.lat, best.lon, best.source) == (10.0, 20.0, "my notes")
    assert g.lookup("Lutetia")[0].lat == 10.0
    text = "He reached Paris."
    (p,) = geocode(_places(text, "Paris"), text=text, gazetteer=g)
    assert (p.lat, p.lon) == (10.0, 20.0)


def test_user_gazetteer_linked_places_json(tmp_path):
    lpf = {"type": "FeatureCollection", "features": [{
        "@id": "my:1", "type": "Feature", "properties": {"title": "Nowhere Mill"},
        "names": [{"toponym": "Old Nowhere Mill"}], "types": [{"label": "building"}],
        "geometry": {"type": "Point", "coordinates": [30.5, 50.25]},
        "when": {"timespans": [{"start": {"in": "1850"}, "end": {"in": "1900"}}]}}]}
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(lpf), encoding="utf-8")
    (c,) = Gazetteer.load(extra=[path]).lookup("Old Nowhere Mill")
    assert (c.id, c.lat, c.lon, c.kind, c.valid_from, c.valid_to) == ("my:1", 50.25, 30.5, "building", 1850, 1900)


def test_missing_gazetteer_file_is_a_coded_error(tmp_path):
    with pytest.raises(GazetteerError, match="E400"):
        Gazetteer.load(tmp_path / "none.sqlite")


# ---------------------------------------------------------------- transliteration, states, qualifiers

def test_fuzzy_key_folds_transliteration_variants():
    from chronicle.resolve.gazetteer import fuzzy_key

    assert fuzzy_key("Tikreet") == fuzzy_key("Tikrit") == fuzzy_key("Al Tikrit")
    assert fuzzy_key("Tschernigow") == fuzzy_key("Chernigov")
    assert fuzzy_key("Smolensky") == fuzzy_key("Smolenskij")
    assert fuzzy_key("Ai") == ""  # under two consonants: no key


def test_lookup_fuzzy_finds_spellings_the_gazetteer_lacks(gaz):
    assert gaz.lookup("Tikreet") == []
    found = gaz.lookup_fuzzy("Tikreet")
    assert any(c.country == "IQ" and c.fuzzy for c in found)


def test_geocode_transliterated_name_placed_among_the_documents_places(gaz):
    text = "In 1850 the caravan went from Mossoul down the river to Tikreet and on to Baghdad."
    p = {x.name: x for x in geocode(_places(text, "Mossoul", "Tikreet", "Baghdad"), text=text, gazetteer=gaz)}
    assert _km(p["Tikreet"], (34.6, 43.68)) < 50


def test_geocode_transliterated_name_far_from_the_document_is_left_unplaced(gaz):
    text = "In 1900 we took the train from Paris to Lyon and Marseille, and then to Tikreet."
    p = {x.name: x for x in geocode(_places(text, "Paris", "Lyon", "Marseille", "Tikreet"), text=text, gazetteer=gaz)}
    assert p["Tikreet"].lat is None


def test_geocode_city_followed_by_its_state_paris_texas(gaz):
    text = "We drove to Paris, Texas, in 1950."
    (paris,) = geocode(_places(text, "Paris"), text=text, gazetteer=gaz)
    assert _km(paris, (33.66, -95.56)) < 50


def test_geocode_state_named_in_the_document_picks_its_town(gaz):
    text = "Fishermen from all over Maine sold their catch in Portland."
    p = {x.name: x for x in geocode(_places(text, "Maine", "Portland"), text=text, gazetteer=gaz)}
    assert _km(p["Portland"], (43.66, -70.26)) < 50
    (alone,) = geocode(_places("They sold fish in Portland.", "Portland"), text="They sold fish in Portland.",
                       gazetteer=gaz)
    assert _km(alone, (45.52, -122.68)) < 50  # without Maine: the larger Portland, Oregon


def test_lookup_country_abbreviation_without_dots_and_name_without_the(gaz):
    assert gaz.lookup("US")[0].name == "United States"
    assert gaz.lookup("U.S.")[0].name == "United States"
    assert gaz.lookup("Netherlands")[0].kind == "country"
    assert gaz.lookup("South Sudan")[0].lat is not None  # no DSPL centroid: median of its places


def test_station_takes_the_city_the_text_was_just_in_and_rivers_are_never_put_in_a_city():
    from chronicle.extract import extract_string

    text = ("In the winter he was sent to Tomsk and then up the Ket River. In March 1917 he returned to "
            "Petrograd, and on 3 April he arrived at the Finland Station. Tomsk, Tomsk, Tomsk.")
    rec = extract_string(text)
    by_name = {p.name: p for p in rec.places}
    station, petrograd = by_name["Finland Station"], by_name["Petrograd"]
    assert station.within == petrograd.id and (station.lat, station.lon) == (petrograd.lat, petrograd.lon)
    assert by_name["Ket River"].lat is None


def test_calendar_markers_are_not_places():
    from chronicle.extract import extract_string

    rec = extract_string("On 25 October (O.S.) the Bolsheviks took the Winter Palace in Petrograd.")
    assert "O.S." not in {p.name for p in rec.places}


def test_geocode_places_named_close_together_lie_together(gaz, monkeypatch):
    text = ("I grew up in Boston. " + "Boston was a fine town. " * 4 + "\n\n" + "Nothing happened that year. " * 30
            + "\n\nIn 1723 I walked from Trenton to Burlington, and took a boat down the river to Philadelphia.")
    names = ("Boston", "Trenton", "Burlington", "Philadelphia")
    p = {x.name: x for x in geocode(_places(text, *names), text=text, gazetteer=gaz)}
    assert _km(p["Burlington"], (40.07, -74.86)) < 20  # Burlington, New Jersey, not the one by Boston
    monkeypatch.setattr("chronicle.resolve.places.LOCAL_WEIGHT", 0.0)
    p = {x.name: x for x in geocode(_places(text, *names), text=text, gazetteer=gaz)}
    assert _km(p["Burlington"], (40.07, -74.86)) > 100  # the whole document alone leans to Boston


def test_geocode_feature_or_compass_word_cut_before_of(gaz):
    text = "Cold winds blew in from the Gulf of Finland. Later he wintered in the South of France."
    gulf, south = _places(text, "Gulf", "South")
    gulf = replace(gulf, mentions=gulf.mentions[:1])
    out = {x.name: x for x in geocode([gulf, south], text=text, gazetteer=gaz, unknown_at_dominant_city=True)}
    assert _km(out["Gulf"], (59.9, 26.5)) < 200 and out["Gulf"].kind == "sea"
    assert _km(out["South"], (44.0, 2.5)) < 300


def test_bare_compass_word_is_not_a_place(gaz):
    text = "From Paris and Lyon we travelled South for a week."
    out = {x.name: x for x in geocode(_places(text, "Paris", "Lyon", "South"), text=text, gazetteer=gaz,
                                      unknown_at_dominant_city=True)}
    assert out["South"].lat is None


def test_unknown_creek_lies_at_the_city_the_text_is_in(gaz):
    text = "At Baltimore we hired a boat and rowed up Harrowgate Creek to the mill. Baltimore, Baltimore."
    out = {x.name: x for x in geocode(_places(text, "Baltimore", "Harrowgate Creek"), text=text, gazetteer=gaz,
                                      unknown_at_dominant_city=True)}
    creek = out["Harrowgate Creek"]
    assert creek.kind == "river" and creek.confidence == 0.1 and _km(creek, (39.29, -76.61)) < 20
    (alone,) = geocode(_places(text, "Harrowgate Creek"), text=text, gazetteer=gaz)
    assert alone.lat is None  # without the fallback it stays unplaced


def test_state_in_an_imprint_is_its_city(gaz):
    text = "See his memoir (Harper and Brothers, N.Y., 1890). Albany, N.Y. was his home."
    (ny,) = geocode(_places(text, "N.Y."), text=text, gazetteer=gaz)
    assert _km(ny, (40.71, -74.01)) < 20 and ny.kind == "settlement"
    text = "He lived in the State of New York, in Albany."
    out = {x.name: x for x in geocode(_places(text, "New York", "Albany"), text=text, gazetteer=gaz)}
    assert out["Albany"].lat is not None


def test_unknown_name_takes_the_city_of_its_own_paragraph(gaz):
    text = ("Footnote: printed at Leipzig.\n\nIn Moscow we met officers of the Grenadier Corps. "
            "Moscow was cold. Moscow, Moscow.")
    out = {x.name: x for x in geocode(_places(text, "Leipzig", "Moscow", "Grenadier Corps"), text=text,
                                      gazetteer=gaz, unknown_at_dominant_city=True)}
    assert out["Grenadier Corps"].within == out["Moscow"].id


def test_europe_is_at_its_usual_centre_not_near_stuttgart(gaz):
    europe = gaz.lookup("Europe")[0]
    assert europe.kind == "continent" and haversine_km((europe.lat, europe.lon), (52.0, 19.0)) < 500


def test_villages_of_exile_and_their_old_names_are_in_the_gazetteer():
    from chronicle.resolve.gazetteer import Gazetteer
    gaz = Gazetteer.load()
    [kureika] = gaz.lookup("Kureyka")
    assert abs(kureika.lat - 66.47) < 0.1 and abs(kureika.lon - 87.17) < 0.1
    old = gaz.lookup("Monastyrskoye", year=1913)
    assert old and old[0].name == "Turukhansk" and old[0].valid_to == 1924
    assert gaz.lookup("Narym") and gaz.lookup("Novaya Uda")


def test_village_and_river_are_not_put_in_the_city_named_before(gaz):
    text = ("The gendarmes put him on a train for Yekaterinburg, and from there he was sent by sleigh to the "
            "village of Maksimkin Yar on the Ket river.")
    out = {p.name: p for p in geocode(_places(text, "Yekaterinburg", "Maksimkin Yar", "Ket"), text=text,
                                      gazetteer=gaz, unknown_at_dominant_city=True)}
    assert out["Yekaterinburg"].lat is not None
    assert out["Maksimkin Yar"].lat is None and out["Maksimkin Yar"].within is None
    assert out["Ket"].lat is None  # not a town called so, nor a region with a name alike


def test_a_station_stands_in_the_city_the_text_says_not_in_the_city_left_behind(gaz):
    text = ("He left Achinsk by train, passing through Omsk and Perm, and arrived at the Nicholas Station in "
            "Petrograd on 12 March. Trotsky came through Halifax and landed at the Finland Station. Petrograd "
            "was cold.\n\nIn Moscow, the Kursk Station was crowded.")
    names = ("Achinsk", "Omsk", "Perm", "Nicholas Station", "Petrograd", "Halifax", "Finland Station", "Moscow",
             "Kursk Station")
    out = {p.name: p for p in geocode(_places(text, *names), text=text, gazetteer=gaz)}
    for station in ("Nicholas Station", "Finland Station"):
        assert _km(out[station], (59.94, 30.31)) < 30, station  # Petrograd, not Perm or Halifax
        assert out[station].within == out["Petrograd"].id
    assert _km(out["Kursk Station"], (55.75, 37.62)) < 30  # "In Moscow, the Kursk Station": no journey between


def test_small_seat_of_a_commune_is_in_the_gazetteer(gaz):
    # GeoNames lists a place under 500 inhabitants in cities500 only as an administrative seat (Portofino, 406)
    found = gaz.lookup("Portofino")
    assert found and found[0].country == "IT" and found[0].kind == "settlement"


def test_lookup_variants_sea_adjective_and_russian_adjectival_name(gaz):
    assert gaz.lookup("the Tyrrhenian") == []
    sea = gaz.lookup_variants("the Tyrrhenian")
    assert sea and sea[0].kind == "sea" and sea[0].name == "Tyrrhenian Sea"
    assert gaz.lookup("Bogoslovsk") == []  # GeoNames keeps the adjectival "Bogoslovskiy" for Karpinsk
    town = gaz.lookup_variants("Bogoslovsk")
    assert town and town[0].name == "Karpinsk" and town[0].country == "RU"
    assert gaz.lookup_variants("Smithfield") == []


def test_geocode_sea_named_by_its_adjective_is_the_sea_not_a_town_spelled_alike(gaz):
    text = "In 1860 the steamer left Genoa, crossed the Tyrrhenian and put in at Naples."
    p = {x.name: x for x in geocode(_places(text, "Genoa", "Tyrrhenian", "Naples"), text=text, gazetteer=gaz)}
    assert p["Tyrrhenian"].kind == "sea" and _km(p["Tyrrhenian"], (40.0, 12.0)) < 100


def test_geocode_small_foreign_town_next_to_a_place_written_beside_it(gaz):
    text = ("In 1907 he lived in Moscow, then in Tver, Kazan and Samara, and often in Moscow again. "
            "In May he went abroad and reached London by way of the Hook of Holland.")
    names = ("Moscow", "Tver", "Kazan", "Samara", "London", "Hook of Holland")
    p = {x.name: x for x in geocode(_places(text, *names), text=text, gazetteer=gaz)}
    assert _km(p["Hook of Holland"], (51.98, 4.13)) < 20


def test_geocode_town_named_bare_after_a_preposition_keeps_its_place_far_away(gaz):
    text = ("In 1907 he lived in Moscow, then in Tver, Kazan and Samara, and often in Moscow again. "
            "His friend had just come from Portofino. In the evening they went to the Hermitage.")
    names = ("Moscow", "Tver", "Kazan", "Samara", "Portofino", "Hermitage")
    p = {x.name: x for x in geocode(_places(text, *names), text=text, gazetteer=gaz, unknown_at_dominant_city=True)}
    assert _km(p["Portofino"], (44.30, 9.21)) < 20
    assert _km(p["Hermitage"], (55.75, 37.62)) < 20  # "the Hermitage": a landmark of the city, not Tennessee


def test_building_after_a_city_state_stands_in_its_city(gaz):
    text = "In 1890 the painter reached San Marino. He lodged at the Titano Hotel for a month."
    p = {x.name: x for x in geocode(_places(text, "San Marino", "Titano Hotel"), text=text, gazetteer=gaz,
                                    unknown_at_dominant_city=True)}
    assert p["Titano Hotel"].within == p["San Marino"].id and _km(p["Titano Hotel"], (43.94, 12.45)) < 10


def test_lookup_variants_leave_an_adjectival_name_alone(gaz):
    # "the Alexandrinsky", "the Sokolsky": theatres named by an adjective, not villages called "-sk"
    assert gaz.lookup_variants("Sokolsky") == [] and gaz.lookup_variants("Alexandrinsky") == []


def _first_only(text: str, name: str, pid: str, keep: tuple[int, ...]) -> Place:
    """A place whose mentions are only the ``keep``-th occurrences of ``name`` (the others belong to a body)."""
    spans, start, k = [], text.find(name), 0
    while start >= 0:
        if k in keep:
            spans.append(Span("t", start, start + len(name), name))
        k, start = k + 1, text.find(name, start + 1)
    return Place(id=pid, name=name, aliases=(), mentions=tuple(spans))


_TALK = "The talk in the carriage was of bread, of the war and of the elections, and nobody slept much. " * 4


def test_a_city_named_inside_a_body_name_counts_for_the_home_of_landmarks(gaz):
    text = ("The night train pulled into the Central Station late, and two members of the Kiev Soviet met him "
            "on the platform. " + _TALK + "\n\nHe had left Vienna nine days earlier and had been ill in Vienna "
            "for a week before. " + _TALK + "He reached Kiev at last on 3 May. " + _TALK +
            "\n\nThe Kiev press wrote of him daily. " + _TALK +
            "Next morning he walked to the Mariinsky Palace to meet the committee.")
    places = _places(text, "Central Station", "Vienna", "Mariinsky Palace") + [_first_only(text, "Kiev", "k", (1,))]
    out = {p.name: p for p in geocode(places, text=text, gazetteer=gaz)}
    kiev = (50.45, 30.52)
    assert _km(out["Central Station"], kiev) < 30 and out["Central Station"].within == "k"
    assert _km(out["Mariinsky Palace"], kiev) < 30  # not Vienna, named twice as a place to Kiev's once


def test_a_landmark_stands_in_the_city_named_last_before_it(gaz):
    text = ("Odessa was hot that spring. " + _TALK + "In Odessa the strikes went on. " + _TALK +
            "\n\nIn June he went by train from Odessa to Kharkov as a delegate, and the conference met in "
            "secret in the Ivanovsky district.")
    out = {p.name: p for p in geocode(_places(text, "Odessa", "Kharkov", "Ivanovsky district"), text=text,
                                      gazetteer=gaz)}
    assert _km(out["Ivanovsky district"], (49.98, 36.25)) < 30  # Kharkov, where he went, not Odessa


def test_landmarks_with_a_city_of_their_own_do_not_choose_the_home_of_the_others(gaz):
    text = ("Reshetov was first held in the Alexandrovsky Prison, and wrote many letters. " + _TALK * 2 +
            "His sister lived in Kazan, and Kazan wrote back. " + _TALK * 8 + "\n\nIn 1911 he was in Tobolsk, "
            "and Tobolsk bored him. The party met in Riga in 1912, at the Pokrovsky Hospital.")
    names = ("Alexandrovsky Prison", "Kazan", "Tobolsk", "Riga", "Pokrovsky Hospital")
    out = {p.name: p for p in geocode(_places(text, *names), text=text, gazetteer=gaz)}
    assert _km(out["Pokrovsky Hospital"], (56.95, 24.11)) < 30  # Riga, named just before it
    assert _km(out["Alexandrovsky Prison"], (55.79, 49.12)) < 30  # Kazan: the hospital draws it to no town near it


def test_a_station_stands_in_the_city_the_traveller_leaves_from_it(gaz):
    text = ("Odessa was hot that spring, and in Odessa the strikes went on; Odessa was his home.\n\n"
            "Orlov left Kiev on the night of 3 May, with papers in the name of a clerk from Odessa; his "
            "brother saw him to the train at the Kursk Station. He came through Gomel and arrived at the "
            "Warsaw Station.")
    names = ("Kiev", "Odessa", "Kursk Station", "Gomel", "Warsaw Station")
    out = {p.name: p for p in geocode(_places(text, *names), text=text, gazetteer=gaz)}
    assert _km(out["Kursk Station"], (50.45, 30.52)) < 30  # Kiev, which he left from it; not Odessa
    assert _km(out["Warsaw Station"], (52.43, 31.0)) > 50  # not Gomel, which he only came through
