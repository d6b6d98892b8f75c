"""Narrative time at a turn of the year and around asides, on short passages written for these tests: a winter
across two years, a pluperfect look back of more than a year, a season looked back to, a leap of years in a
clause of concession, and the end of a span reaching ahead ("not until the following year")."""
from __future__ import annotations

from chronicle.resolve.calendar import REGION_CUES
from chronicle.extract import extract_string
from tests.helpers import time_value_at as _value_at


def test_a_winter_across_two_years_puts_the_next_january_in_the_new_year():
    text = ("By the spring of 1890 the painter was living in Arles. The town in the winter of 1890–91 was cold and "
            "quiet. He wrote to his brother that January that the mistral never stopped.")
    assert _value_at(text, "the winter of 1890–91") == "1890-WI"
    assert _value_at(text, "January") == "1891-01"


def test_a_december_told_in_a_winter_across_two_years_stays_in_the_first():
    text = "In the winter of 1890–91 the painter lived in Arles. In December he fell ill."
    assert _value_at(text, "December") == "1890-12"


def test_a_pluperfect_look_back_of_more_than_a_year_leaves_the_clock():
    text = ("By December 1916 the engineer had spent two years in the north. Dismissed in February 1915, he had "
            "been sent to the mines, and for most of 1916 he had lived at the pit head. In the late autumn the "
            "company allowed him to move south.")
    assert _value_at(text, "February 1915") == "1915-02"
    assert _value_at(text, "the late autumn") == "1916-FA"


def test_a_pluperfect_look_back_within_a_year_still_narrates():
    text = "In March 1840 she was in Paris. Early in June 1839 she had returned from Rome. In July she went to Lyon."
    assert _value_at(text, "July") == "1839-07"


def test_a_season_looked_back_to_from_january_is_the_year_before():
    text = ("On 10 January 1917 the exile wrote to his cousin, who had been expelled from Spain in the autumn "
            "and had just landed in New York.")
    assert _value_at(text, "the autumn") == "1916-FA"


def test_that_season_in_a_pluperfect_clause_is_the_clock_year():
    text = "On 29 January 1900 the exile ended. His friends had agreed that spring to found the paper."
    assert _value_at(text, "that spring") == "1900-SP"


def test_a_leap_of_years_in_a_concessive_clause_leaves_the_story():
    text = ("On 17 August 1849 the party crossed the river at dawn. He is said to have wept on the bank, though the "
            "only witness was writing twenty years later. He had left the fortress in the small hours of 12 August.")
    assert _value_at(text, "twenty years later") == "1869"
    assert _value_at(text, "12 August") == "1849-08-12"


def test_the_end_of_a_span_reaching_ahead_leaves_the_story():
    text = ("On 3 September 1849 he wrote to his wife from the frontier. She did not join him until the following "
            "year. On 12 September he sent a long letter to the consul.")
    assert _value_at(text, "the following year") == "1850"
    assert _value_at(text, "12 September") == "1849-09-12"


def test_hungary_is_dated_with_the_habsburg_lands():
    assert {"Hungary", "Hungarian", "Budapest"} <= set(REGION_CUES["austria"])
    text = ("On 2 May 1849 the Hungarian government left Budapest for the south; the Russian army was still "
            "beyond the Carpathians.")
    from tests.helpers import record
    r = record(text)
    t = next(t for t in r.time_expressions if t.span.text == "2 May 1849")
    assert t.calendar == "gregorian"


def test_for_n_years_afterwards_is_how_long_not_when():
    rec = extract_string("On 3 May 1905 he reached Geneva. He lived there for three years afterwards, writing for "
                         "the paper. In 1848 he fled to London, where he stayed for nearly ten years after.")
    got = {t.span.text: (t.type, t.value, t.mod) for t in rec.time_expressions}
    assert got["three years afterwards"] == ("DURATION", "P3Y", None)
    assert got["nearly ten years after"] == ("DURATION", "P10Y", "LESS_THAN")


def test_n_years_afterwards_without_for_still_dates():
    rec = extract_string("In 1848 he fled to London. Two years afterwards he married.")
    got = {t.span.text: (t.type, t.value) for t in rec.time_expressions}
    assert got["Two years afterwards"] == ("DATE", "1850")
