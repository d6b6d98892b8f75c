"""Narrative time, on short passages written for these tests: the day date inside a part of day said of it, listed in
the record as a date of its own; a year said in passing that dates only its own clause; a leap of years in an aside
with an irregular participle; "since the autumn" told in spring."""
from __future__ import annotations

from chronicle.annotate.timex import day_dates_of_times, tag_time
from chronicle.extract import extract_string


def _tags(text):
    return {text[t.span.start:t.span.end]: t.value for t in tag_time(text, "d")}


def test_the_day_date_inside_a_part_of_day_is_listed_as_a_date_of_its_own():
    text = "Dates are given in the Old Style. Sonya crossed the river at Kalisz on the evening of 9 June 1911 with her brother."
    found = tag_time(text, "d")
    extra = day_dates_of_times(found, text)
    assert [(text[t.span.start:t.span.end], t.type, t.value) for t in extra] == [("9 June 1911", "DATE", "1911-06-09")]
    outer = next(t for t in found if t.type == "TIME")
    assert outer.value == "1911-06-09TEV" and extra[0].anchor == outer.id
    assert extra[0].calendar == outer.calendar
    # in a record both are listed: the time of day and the day
    rec = extract_string(text)
    values = {(t.span.text, t.value) for t in rec.time_expressions}
    assert ("the evening of 9 June 1911", "1911-06-09TEV") in values and ("9 June 1911", "1911-06-09") in values


def test_a_part_of_day_without_a_day_date_gets_no_extra_date():
    text = "On 4 May 1911 the boat left. That evening it rained."
    assert day_dates_of_times(tag_time(text, "d"), text) == []


def test_a_year_said_in_passing_does_not_date_the_next_clause():
    text = ("On 2 October 1916 the delegates met at Berne. Karpov, whose cousin had married a Swiss banker in 1898, "
            "distrusted them, and in November he wrote so to the committee.")
    assert _tags(text)["November"] == "1916-11"
    text = ("On 2 October 1916 the delegates met at Berne. The story is known only from a diary of 1941, but the name "
            "was current in the press before the end of the year.")
    assert _tags(text)["the end of the year"] == "1916"


def test_a_year_said_in_passing_still_dates_that_same_year_and_a_count_from_it():
    text = ("On 2 October 1916 the delegates met at Berne. Karpov was born at Perm in 1880; his friend Orlov, born in Omsk "
            "that same year, outlived him.")
    assert _tags(text)["same year"] == "1880"


def test_a_leap_of_years_in_an_aside_with_an_irregular_participle_leaves_the_story():
    text = ("On 9 December 1840 Anna reached the fort. Her diary, written some forty years later, says that the commandant "
            "was kind. She had written to her aunt the previous autumn.")
    tags = _tags(text)
    # a rough lapse said in passing is a span (the passages' gold: "Her memoir, written some thirty years later" P30Y)
    assert tags["some forty years later"] == "P40Y"
    assert tags["the previous autumn"] == "1840-FA"


def test_since_a_season_later_in_the_year_than_the_story_is_last_years():
    text = "On 20 March 1851 the courier reached Omsk. The governor had been ill since the autumn."
    assert _tags(text)["the autumn"] == "1850-FA"
    text = "On 20 October 1851 the courier reached Omsk. The governor had been ill since the summer."
    assert _tags(text)["the summer"] == "1851-SU"


def test_a_count_of_weeks_from_a_known_day_is_that_day():
    text = ("On 6 May 1907 the police took her to the Town Hall cells and then, a week later, to the fortress. Her "
            "brother had come home five weeks earlier. The next week the court met.")
    tags = _tags(text)
    assert tags["a week later"] == "1907-05-13"
    assert tags["five weeks earlier"] == "1907-04-08"  # counted from the clock's day, 13 May; the clock stays
    assert tags["The next week"] == "1907-W21"  # a calendar week keeps its ISO week
    # an approximate count keeps its week
    assert _tags("On 6 May 1907 she left. About a week later she wrote.")["About a week later"] == "1907-W20"
