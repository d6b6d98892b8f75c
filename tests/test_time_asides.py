"""The day date inside a part of day said of it ("the evening of 9 June 1911"), listed in the record as a date of its
own, on short passages written for these tests."""
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
