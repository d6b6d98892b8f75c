"""Journeys end to end: stops reached through nouns and coordinated prepositions, dates, time gaps."""
from chronicle.extract import extract_string

TEXT = ("On 3 March 1913 Petrov was arrested in St Petersburg and sentenced to exile. "
        "He set off from Krasnoyarsk by steamer down the Yenisei, and then by sleigh to the village "
        "of Turukhansk.\n\n"
        "On 23 February 1917 the revolution broke out. Petrov boarded the train at Achinsk in March, "
        "and on 12 March he stepped off the train in Petrograd.")


def _named(rec):
    names = {p.id: p.name for p in rec.places}
    return [[names[s] for s in j.stops] for j in rec.journeys]


def test_stops_through_a_vehicle_a_coordinated_preposition_and_the_village_of_x():
    rec = extract_string(TEXT)
    first = rec.journeys[0]
    assert _named(rec)[0] == ["Krasnoyarsk", "Yenisei", "Turukhansk"]
    assert first.modes == ("by steamer", "by sleigh")


def test_clauses_years_apart_are_two_journeys_and_stops_carry_dates():
    rec = extract_string(TEXT)
    assert len(rec.journeys) == 2
    later = rec.journeys[1]
    assert _named(rec)[1] == ["Turukhansk", "Achinsk", "Petrograd"]  # he was last placed at Turukhansk
    assert len(later.dates) == len(later.stops)
    assert later.dates == (None, "1917-03", "1917-03-12")
    assert later.modes == ("by train",)
    assert all(d is None or d.startswith("1913") for d in rec.journeys[0].dates)


def test_the_city_is_not_put_again_between_two_of_its_stations():
    rec = extract_string("In 1917 Petrov lived in Petrograd. On 3 March he went from the Nikolaevsky Station "
                         "to the Finland Station, and on 4 March he left Petrograd for Moscow.")
    names = {p.id: p.name for p in rec.places}
    stops = [names[s] for j in rec.journeys for s in j.stops]
    assert stops.count("Petrograd") <= 2 and "Finland Station" in stops
    i = stops.index("Nikolaevsky Station")
    assert stops[i + 1] == "Finland Station"


def test_put_on_a_train_moves_its_object_and_the_river_a_village_lies_on_is_no_stop():
    rec = extract_string("On 3 February 1909 the gendarmes put Sverdlov on a train for Yekaterinburg, and from "
                         "there he was sent by sleigh to the village of Maksimkin Yar on the Ket river.")
    assert _named(rec) == [["Yekaterinburg", "Maksimkin Yar"]]
    assert rec.journeys[0].modes == ("by train", "by sleigh")
