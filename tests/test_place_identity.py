"""Place identity: a settlement's name with a lower-case place noun after it ("X province", "the X station",
"the X wharf") is another place than the settlement X; a building's own name stays one place."""
from chronicle.extract import extract_string


def place_of(rec, start):
    return next(p for p in rec.places if any(m.start == start for m in p.mentions))


TEXT = ("In the spring of 1902 Semyon Gurevich was sentenced to four years in Olonets province. He went by rail "
        "through Tver to Petrozavodsk and was lodged in a house near the Petrozavodsk wharf. In Petrozavodsk "
        "he taught the children of a customs clerk. In June he escaped, walked to Tver and took the night train "
        "from the Tver station to Warsaw, where he arrived at the Warsaw station on a Sunday.")


def test_a_province_a_wharf_and_a_station_are_not_their_towns():
    rec = extract_string(TEXT)
    names = {p.name for p in rec.places}
    assert {"Olonets province", "Petrozavodsk wharf", "Tver station", "Warsaw station"} <= names, names
    assert {"Petrozavodsk", "Tver", "Warsaw"} <= names, names
    for town, other in (("Petrozavodsk", "Petrozavodsk wharf"), ("Tver", "Tver station"),
                        ("Warsaw", "Warsaw station")):
        bare = place_of(rec, TEXT.index(town))
        longer = place_of(rec, TEXT.index(other))
        assert bare.id != longer.id, (town, other)
        assert other not in bare.aliases and all(m.text == other for m in longer.mentions), (bare, longer)


def test_the_station_and_the_wharf_lie_in_their_towns():
    rec = extract_string(TEXT)
    by_name = {p.name: p for p in rec.places}
    warsaw, station = by_name["Warsaw"], by_name["Warsaw station"]
    if warsaw.lat is not None:  # the built-in gazetteer places Warsaw
        assert station.within == warsaw.id and (station.lat, station.lon) == (warsaw.lat, warsaw.lon)
        assert by_name["Olonets province"].kind in ("region", "other")


def test_a_building_named_bare_as_well_stays_one_place():
    text = ("Lukin was taken to the Shpalerka prison on the Liteiny. He spent the winter in the Shpalerka, "
            "writing to his sister every week.")
    rec = extract_string(text)
    prison = place_of(rec, text.index("Shpalerka"))
    assert any(m.start == text.index("Shpalerka,") for m in prison.mentions), prison
    assert not any(p.name == "Shpalerka prison" for p in rec.places if p.id != prison.id)


def test_a_body_named_after_a_town_district_keeps_its_town():
    text = "In 1905 Orlov joined the Tver district committee of the party and spoke often in Tver."
    rec = extract_string(text)
    assert not any(p.name == "Tver district" for p in rec.places), [p.name for p in rec.places]


def test_an_unnamed_building_of_a_town_is_the_town():
    text = "Arrested again in 1899, Gurevich spent two years in a Kiev prison before he was sent to Siberia."
    rec = extract_string(text)
    kiev = place_of(rec, text.index("Kiev"))
    assert kiev.name == "Kiev", kiev


def test_a_house_named_after_its_village_is_a_place_and_lends_no_given_name():
    text = ("At the end of July the admiral reached Kingsley, the small estate in Hampshire which his wife had "
            "bought for him. She had filled Kingsley Place with his cousins, and he spent the summer at Kingsley "
            "among them. On the 9th of September he left Kingsley for the last time and drove to Southampton.")
    rec = extract_string(text)
    assert not any(p.name in ("Kingsley", "Kingsley Place") for p in rec.persons), [p.name for p in rec.persons]
    village, house = place_of(rec, text.index("Kingsley")), place_of(rec, text.index("Kingsley Place"))
    assert village.id != house.id and village.name == "Kingsley" and house.name == "Kingsley Place"
