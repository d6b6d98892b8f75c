"""Journeys, ninth session: "the party" is the party of the one the text gave it to; "the women" are the
persons named in apposition to an earlier "the women" (invented sentences)."""
from helpers import make_ctx

from chronicle.extract import extract_string

from chronicle.resolve import journeys


def _journeys(text, persons, places):
    ctx = make_ctx(text, {p: "f" for p in persons}, {p: None for p in places})
    return [(tuple(j.travellers), list(j.stops)) for j in journeys.run(ctx)["journeys"]]


def test_the_party_is_whose_party_it_was_not_who_travelled_last():
    got = _journeys("Orlova left Leeds on 3 May and sailed for Bergen, where she and her party of some twenty "
                    "Britons were kept for a week until word came that Petrova had crossed into Finland. "
                    "From Bergen the party went by train to Christiania and on to Stockholm.",
                    ["Orlova", "Petrova"], ["Leeds", "Bergen", "Finland", "Christiania", "Stockholm"])
    ours = [stops for who, stops in got if who == ("orlova",)]
    assert any("stockholm" in stops for stops in ours)
    assert not any("stockholm" in stops for who, stops in got if who == ("petrova",))


def test_the_women_are_those_named_in_apposition_before():
    rec = extract_string("The order freed Mary Lane in March, and the women who walked out with her, Jane Ellis and "
                         "Ruth Hale, had served as long. Her sister Anne, who had come up from Leeds, met her in York. "
                         "From Dover the released women were driven to Canterbury, and a coach took them on to London.")
    persons = {p.id: p.name for p in rec.persons}
    places = {p.id: p.name for p in rec.places}
    moved = [{persons.get(t) for t in j.travellers} for j in rec.journeys
             if "Canterbury" in [places.get(s) for s in j.stops]]
    assert moved and "Jane Ellis" in moved[0] and "Anne" not in moved[0]


def test_a_party_no_one_was_given_stays_with_the_last_travellers():
    got = _journeys("Orlova left Leeds with Petrova on 3 May. The party went on to York.",
                    ["Orlova", "Petrova"], ["Leeds", "York"])
    assert any(who == ("orlova",) and "york" in stops for who, stops in got)
