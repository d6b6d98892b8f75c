"""Journeys, ninth session: boarding a vehicle at a place (invented sentences)."""
from helpers import make_ctx

from chronicle.resolve import journeys


def _journeys(text, persons, places):
    ctx = make_ctx(text, {p: "m" for p in persons}, {p: None for p in places})
    return [(tuple(j.travellers), list(j.stops)) for j in journeys.run(ctx)["journeys"]]


def test_put_on_a_train_at_a_place_is_where_the_journey_starts():
    got = _journeys("In May two gendarmes put Orlov on the mail train at Vilnius. Orlov was sent under guard to Odessa.",
                    ["Orlov"], ["Vilnius", "Odessa"])
    assert (("orlov",), ["vilnius", "odessa"]) in got


def test_seen_to_the_train_at_a_place():
    got = _journeys("His brother saw Orlov to the train at Lemberg. Orlov reached Odessa on 3 May.",
                    ["Orlov"], ["Lemberg", "Odessa"])
    assert any("lemberg" in stops for who, stops in got if who == ("orlov",))


def test_joining_a_train_at_a_place():
    got = _journeys("Petrov left Vilnius for Riga on 9 May. Orlov joined the train at Dvinsk the next evening, and "
                    "Orlov went on to Riga.", ["Petrov", "Orlov"], ["Vilnius", "Riga", "Dvinsk"])
    assert any(stops[:1] == ["dvinsk"] for who, stops in got if who == ("orlov",))


def test_put_on_a_committee_in_a_town_is_no_journey():
    got = _journeys("In 1905 the party put Orlov on the committee at Vilnius.", ["Orlov"], ["Vilnius"])
    assert got == []
