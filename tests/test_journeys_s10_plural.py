"""Journeys, tenth session: a plural subject ("the two officers", "mother and daughter", "they") read as at most one
person takes the text's main person along (number agreement; invented sentences)."""
from helpers import make_ctx

from chronicle.resolve import journeys

INTRO = ("Anton Ortmann was born in Ulm. Ortmann studied law. Ortmann wrote poems. Ortmann married late. "
         "Ortmann served the King. ")


def _journeys(text, persons, places):
    ctx = make_ctx(text, persons, {p: None for p in places})
    return [(tuple(j.travellers), list(j.stops)) for j in journeys.run(ctx)["journeys"]]


def test_the_two_officers_include_the_main_person():
    got = _journeys(INTRO + "In Lyon Ortmann met Colonel Vesey, who asked that Marek be sent to Tunis. "
                    "On 3 May the two officers left Lyon by train for Dijon.",
                    {"Anton Ortmann": "m", "Ortmann": "m", "Vesey": "m", "Marek": "m"}, ["Ulm", "Lyon", "Tunis", "Dijon"])
    assert any("ortmann" in who and "dijon" in stops for who, stops in got)


def test_mother_and_daughter_are_the_main_woman_not_the_main_man():
    text = (INTRO + "Clara Vogt was his bride. Clara wrote to him. Clara waited. Clara sewed. Clara packed. "
            "Mother and daughter left Basel by train for Bern.")
    got = _journeys(text, {"Anton Ortmann": "m", "Ortmann": "m", "Clara Vogt": "f", "Clara": "f"},
                    ["Ulm", "Basel", "Bern"])
    movers = [who for who, stops in got if "bern" in stops]
    assert movers and any("clara" in w for w in movers[0]) and "ortmann" not in movers[0]


def test_a_plural_naming_the_one_already_travelling_keeps_that_reading():
    got = _journeys(INTRO + "That night Marek led the horses from Lyon across the river, and early next day they "
                    "reached Dijon.",
                    {"Anton Ortmann": "m", "Ortmann": "m", "Marek": "m"}, ["Ulm", "Lyon", "Dijon"])
    assert not any("ortmann" in who for who, stops in got if "dijon" in stops)


def test_a_singular_subject_takes_no_one_along():
    got = _journeys(INTRO + "On 3 May Marek left Lyon by train for Dijon.",
                    {"Anton Ortmann": "m", "Ortmann": "m", "Marek": "m"}, ["Ulm", "Lyon", "Dijon"])
    assert got and all(who == ("marek",) for who, stops in got if "dijon" in stops)


def test_they_being_somewhere_on_the_way_is_a_stop_of_the_main_person():
    got = _journeys(INTRO + "From Lyon the railway took him to Dijon, where his wife met him. Two days later they "
                    "were in Paris, and within a week they were living in a cottage at Rouen.",
                    {"Anton Ortmann": "m", "Ortmann": "m"}, ["Ulm", "Lyon", "Dijon", "Paris", "Rouen"])
    assert any(who == ("ortmann",) and stops[-3:] == ["dijon", "paris", "rouen"] for who, stops in got)
