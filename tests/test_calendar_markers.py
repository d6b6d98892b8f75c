"""A calendar named before a date, in its clause, says which calendar the date is in."""
from __future__ import annotations

from chronicle.extract import extract_string
from chronicle.resolve.calendar import leading_marker

PASSAGE = (
    "The deportees left Moscow on 4 January 1911 and reached Narym on 20 February. (Dates inside Russia are "
    "Old Style here; by European reckoning the party reached Narym on 5 March.) A later memoir puts the escape "
    "in March, but that is only the Western date of 9 March misread; the boat left Narym in February.\n\n"
    "In the Russian calendar, the strike began on 23 February 1917."
)


def _dates(rec):
    return {t.span.text: (t.value, t.calendar, t.gregorian_value) for t in rec.time_expressions}


def test_named_calendar_before_a_date_decides_it():
    dates = _dates(extract_string(PASSAGE))
    assert dates["5 March"] == ("1911-03-05", "gregorian", None)
    assert dates["9 March"][1:] == ("gregorian", None)
    assert dates["23 February 1917"][1] == "julian"


def test_a_marker_trailing_an_earlier_date_is_not_the_next_dates():
    text = "the revolution of 25 October 1917 according to the Julian calendar and 7 November in the Gregorian"
    assert leading_marker(text, text.index("7 November")) is None
    text = "by European reckoning 25 February, or 12 February as Russians counted"
    assert leading_marker(text, text.index("25 February")) == "gregorian"
    assert leading_marker(text, text.index("12 February")) is None  # another date stands between
