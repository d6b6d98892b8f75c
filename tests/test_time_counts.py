"""Narrative time, on short passages written for these tests: a count of days from an event set off by a comma
after a day date is a span, not a second date; a month "in" or "that" January or February after a December
narrated late in the old year falls in the new year."""
from __future__ import annotations

from chronicle.annotate.timex import tag_time
from tests.helpers import time_value_at as _value_at


def _tags(text):
    return {text[t.span.start:t.span.end]: t.value for t in tag_time(text, "d")}


def test_a_count_after_a_day_date_is_a_span():
    text = "The steamer docked at Riga on the evening of 4 May 1911, three days after it had left Hull. That evening it rained."
    assert _value_at(text, "three days") == "P3D"
    assert _tags(text)["That evening"] == "1911-05-04TEV"  # the clock stays on the day of the docking
    text = "Petrov reached the capital on 20 June 1920, two days after leaving home, and found the shops shut."
    assert _value_at(text, "two days") == "P2D"
    text = "The treaty was signed on 9 April 1856, ten days before the congress broke up."
    assert _value_at(text, "ten days") == "P10D"


def test_a_count_that_restates_a_sentence_opening_date_names_that_day():
    text = "On 27 June 1950, two days after the army had crossed the river, the council met."
    assert _value_at(text, "two days") == "1950-06-27"


def test_a_count_without_a_day_date_before_it_is_still_counted():
    text = "On 4 May 1911 the steamer left Hull. Three days later it docked at Riga."
    assert _tags(text)["Three days later"] == "1911-05-07"


def test_january_after_a_late_december_day_is_in_the_new_year():
    text = ("Maria reached Vilna on the night of 29 December 1905 and found the town dark. Within a week she was "
            "writing for the paper, which she described to her brother in January as a small battle every day.")
    assert _tags(text)["January"] == "1906-01"
    text = ("In December 1916 the exiles were sent south by sleigh. He was allowed to wait at Tomsk, where he arrived "
            "that February.")
    assert _tags(text)["February"] == "1917-02"


def test_a_month_told_back_in_the_pluperfect_stays_in_the_year():
    text = ("Maria reached Vilna on the night of 29 December 1905. Her brother had gone ahead of her in January "
            "and had found rooms.")
    assert _tags(text)["January"] == "1905-01"


def _cal(text, words):
    from chronicle.extract import extract_string
    i = text.index(words)
    for t in extract_string(text).time_expressions:
        if t.span.start <= i < t.span.end and t.type == "DATE":
            return t.calendar, t.gregorian_value
    return None


def test_a_day_restated_in_the_other_calendar_is_its_twin():
    text = "The delegation reached Moscow on 5 March 1905, which was 18 March in Vienna, and rested for a day."
    assert _cal(text, "5 March") == ("julian", "1905-03-18")
    assert _cal(text, "18 March") == ("gregorian", None)
    text = "Kovalev's arrival on 2 June 1880 was, by the Gregorian reckoning, 14 June."
    assert _cal(text, "2 June") == ("julian", "1880-06-14")
    assert _cal(text, "14 June") == ("gregorian", None)
    text = "The envoy sailed from Dover on 4 May 1660 – 14 May by the Dutch reckoning – with the king's letters."
    assert _cal(text, "4 May") == ("julian", "1660-05-14")
    assert _cal(text, "14 May") == ("gregorian", None)


def test_a_range_of_thirteen_days_is_no_twin():
    text = "Dates are given in the Old Style. The congress sat in Moscow from 5 March 1905 to 18 March and broke up in anger."
    assert _cal(text, "18 March")[0] == "julian"


def test_a_rough_lapse_of_years_said_in_passing_is_a_span():
    text = "On 4 May 1911 the steamer left Hull. Her diary, written some forty years later, says the sea was calm."
    assert _value_at(text, "forty years") == "P40Y"
    text = "On 4 May 1911 the steamer left Hull. The captain, nearly twenty years afterwards, told the story to a reporter."
    assert _value_at(text, "twenty years") == "P20Y"


def test_an_exact_or_opening_lapse_of_years_is_still_a_year():
    text = "On 4 May 1911 the steamer left Hull. Her sister, writing her memoirs twenty years later, recalled the day."
    assert _value_at(text, "twenty years") == "1931"
    text = "On 4 May 1911 the steamer left Hull. Nearly thirty years later, dictating his memoirs, he recalled the day."
    assert _value_at(text, "thirty years") != "P30Y"


def test_a_count_from_a_clause_that_tells_an_arrival_counts_from_its_day():
    text = ("Marta reached Odessa on 3 June 1905 and took rooms by the harbour. The port was quiet. "
            "Her first report, sent two days after she arrived, spoke of the strike.")
    assert _value_at(text, "two days after") == "1905-06-05"
    text = ("On 18 May 1899 Pavel arrived in Geneva. He had come by way of Vienna, where he stayed a night "
            "a week before he reached Geneva.")
    assert _value_at(text, "a week before") == "1899-05-11"


def test_a_count_from_a_clause_the_story_does_not_date_stays_a_span():
    text = "In 1905 Marta went to Odessa. Her first report, sent two days after she arrived, spoke of the strike."
    assert _value_at(text, "two days after") == "P2D"
    text = "On 3 June 1905 the strike began. Two days after she left, the police came."
    assert _value_at(text, "Two days after") == "P2D"


def test_an_arrival_told_at_a_chapter_s_opening_is_found_far_later():
    filler = " ".join(["The winter was long, and the letters from home were few and came late."] * 50)
    text = ("The steamer brought Anna into Riga harbour on the morning of 9 April 1912. She carried one trunk.\n\n"
            "Her exile had begun in 1909. " + filler + "\n\nOn the day after her arrival the committee met.")
    assert _value_at(text, "the day after her arrival") == "1912-04-10"
