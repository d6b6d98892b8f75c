"""Narrative time, on short passages written for these tests: days and parts of day told after a look back in the
pluperfect count from the day looked back to, within its paragraph; the story's own clock stays where it was."""
from __future__ import annotations

from tests.helpers import time_value_at as _value_at


def test_days_after_a_dated_look_back_count_from_it():
    text = ("The regiment marched into Lyon on the 30th of May, 1832. The men had left Dijon four days before, "
            "on the morning of the 26th, and camped that night at Beaune. Next day they reached Chalon. "
            "\n\nNext day the colonel reviewed them in the square.")
    assert _value_at(text, "four days before") == "1832-05-26"
    assert _value_at(text, "that night") == "1832-05-26TNI"
    assert _value_at(text, "Next day they reached") == "1832-05-27"
    # a new paragraph is back in the story's time
    assert _value_at(text, "Next day the colonel") == "1832-05-31"


def test_a_count_back_followed_by_a_pluperfect_starts_the_look_back():
    text = ("The envoy rode into Turin on the evening of 14 March 1790. Three days before, he had left Lyon "
            "with two servants, and he slept at Chambery that night.")
    assert _value_at(text, "Three days before") == "1790-03-11"
    assert _value_at(text, "that night") == "1790-03-11TNI"


def test_next_day_in_a_pluperfect_clause_counts_from_the_story_day_before():
    text = ("On 2 June 1805 the frigate sailed from Malta. She anchored at Naples on the 9th; she had touched at "
            "Syracuse next day, where the captain took on water.")
    assert _value_at(text, "next day") == "1805-06-03"


def test_a_story_told_in_the_past_keeps_counting_from_its_own_day():
    text = "On 2 June 1805 the frigate sailed from Malta. She anchored at Naples on the 9th. Next day she sailed again."
    assert _value_at(text, "Next day") == "1805-06-10"
