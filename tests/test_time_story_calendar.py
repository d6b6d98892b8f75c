"""Narrative time and calendars, on short passages written for these tests: a calendar implied by "our own", days
counted in the calendar of the day they are counted from, double dates and places under a declaration that dates by
place, months of the turn of the year, days told back in the month, and the calendar declaration's own days."""
from __future__ import annotations

from chronicle.annotate.timex import tag_time
from chronicle.extract import extract_string


def _tags(text):
    return {text[t.span.start:t.span.end]: (t.value, t.calendar, t.gregorian_value) for t in tag_time(text, "d")}


def test_the_old_calendar_against_our_own_makes_the_author_new_style():
    text = ("The army entered the town on the 28th of June, 1812. The Russian dispatches dated the entry the 16th of "
            "June, for the Russians still reckoned by the old calendar, which ran twelve days behind our own. Next "
            "morning the Emperor rode out to the river.")
    tags = _tags(text)
    assert tags["the 28th of June, 1812"] == ("1812-06-28", "gregorian", None)
    assert tags["the 16th of June"] == ("1812-06-16", "julian", "1812-06-28")
    # the date told in the other calendar is the same day again: the story goes on from the 28th
    assert tags["Next morning"] == ("1812-06-29TMO", "gregorian", None)


PLACES = ("He left Vienna in April 1908. (Dates for events inside Russia are given in the Old Style; dates abroad are "
          "New Style.) He reached Moscow on 3 May 1908. Five days earlier he had stopped at Odessa. In June he was "
          "back abroad. On 2/15 June he spoke at the congress in Zurich. A fortnight later he was ill. She reached "
          "Zakopane on 9 August.")


def test_a_day_counted_from_a_julian_day_is_julian():
    tags = _tags(PLACES)
    assert tags["3 May 1908"] == ("1908-05-03", "julian", "1908-05-16")
    assert tags["Five days earlier"] == ("1908-04-28", "julian", "1908-05-11")


def test_a_double_date_abroad_is_its_new_style_half_and_the_days_after_count_from_it():
    tags = _tags(PLACES)
    assert tags["2/15 June"] == ("1908-06-15", "gregorian", None)
    assert tags["A fortnight later"] == ("1908-06-29", "gregorian", None)


def test_a_small_place_abroad_is_found_in_the_gazetteer():
    # Zakopane is no region's name cue; the gazetteer puts it in Austrian Galicia, New Style in 1908
    assert _tags(PLACES)["9 August"] == ("1908-08-09", "gregorian", None)


def test_a_month_of_the_turn_of_the_year_told_later_in_the_sentence_is_the_next_years():
    text = "He was arrested on 20 October 1910. The cell was cold, and by March the doctor feared the worst."
    assert _tags(text)["March"][0] == "1911-03"


def test_a_look_ahead_closing_a_paragraph_leaves_the_narrated_day():
    text = ("On the 4th of December, 1850, he gave up the command at Linz. That night he set out for the west. His "
            "deputy kept the post scarcely a month; at Graz, in January, he resigned it.\n\n"
            "Ten days later, on the 14th, the carriage reached Paris.")
    tags = _tags(text)
    assert tags["January"][0] == "1851-01"
    assert tags["Ten days later"][0] == "1850-12-14"


def test_an_earlier_day_of_the_month_is_the_nearer_reading():
    text = ("On the 20th of May, 1850, the couriers reached the capital. They had left the coast before dawn on the 8th, "
            "and on the 12th they crossed the hills. On the 23rd and 24th they rested.")
    tags = _tags(text)
    assert tags["dawn on the 8th"][0] == "1850-05-08TMO"  # 12 days back, not 19 on
    assert tags["the 12th"][0] == "1850-05-12"
    assert tags["the 23rd"][0] == "1850-05-23"  # two days, each its own expression
    assert tags["24th"][0] == "1850-05-24"


def test_days_counted_from_a_narrated_event():
    text = ("The treaty was ratified by the assembly on 9 March 1905. The next day the envoy fell ill. Three days after "
            "the ratification the envoy left the city.")
    assert _tags(text)["Three days"][0] == "1905-03-12"


def test_the_eve_of_it():
    text = "The paper was to appear on 8 March 1913; on the eve of it the police raided the office."
    assert _tags(text)["the eve of it"][0] == "1913-03-07"


def test_a_leap_of_years_in_a_participial_aside_leaves_the_story():
    text = ("She came to the village on 2 August 1913. Her friend, writing her memoirs twenty years later, remembered "
            "that autumn with warmth.")
    tags = _tags(text)
    assert tags["twenty years later"][0] == "1933"
    assert tags["that autumn"][0] == "1913-FA"


def test_a_look_back_season_dates_its_own_sentence():
    text = ("On 3 March 1906 they married. They had met in Vienna in the spring of 1905 and had been friends since the "
            "summer.")
    assert _tags(text)["the summer"][0] == "1905-SU"


def test_the_days_of_a_year_start_declaration_are_a_rules():
    rec = extract_string("Dates in this book are given Old Style, with the year taken to begin on 1 January rather "
                         "than on Lady Day. The colonel was arrested on 3 May 1649.")
    dates = {t.span.text: (t.value, t.calendar) for t in rec.time_expressions}
    assert dates["1 January"] == ("XXXX-01-01", "n/a")
    assert dates["Lady Day"] == ("XXXX-03-25", "n/a")
    assert dates["3 May 1649"] == ("1649-05-03", "julian")


def test_that_evening_after_an_event_named_in_its_sentence_is_that_events_day():
    text = ("On 4 May 1906 a patrol fired on the crowd at the gates, and a student was shot. He died the next day. On "
            "9 May the workers struck.\n\nShe heard of the shooting at the office, and that evening she wrote to her "
            "sister.")
    assert _tags(text)["that evening"][0] == "1906-05-04TEV"


def test_the_same_day_of_an_event_told_as_the_subject_is_the_day_just_told():
    text = ("The garrison at the fort surrendered on 2 April 1811. The army crossed the river on 9 April and the "
            "surrender of the eastern forts happened the same day.")
    assert _tags(text)["the same day"][0] == "1811-04-09"


def test_a_date_whose_sentence_names_no_place_is_where_the_sentences_before_put_the_story():
    text = ("He left Moscow in April 1908. (Dates for events inside Russia are given in the Old Style; dates abroad "
            "are New Style.) He reached Moscow on 3 May 1908. In June he travelled to the congress at Zakopane. The "
            "hall was cold. On 20 June he spoke twice.")
    assert _tags(text)["20 June"] == ("1908-06-20", "gregorian", None)


SWITCH_BY_THE_CHANGE = (
    "The steamer from Stockholm reached the quay at Helsingfors on 2 June, late at night, and nobody met Kuzmin. "
    "The voyage had taken a week. On 29 May (N.S.) Kuzmin and forty other exiles had left Geneva. (Russian dates "
    "in this chapter are given in the Old Style, thirteen days behind the Western calendar, until the change of "
    "February 1918.) From the quay he went to his cousin's flat. Next day he called on the Finnish Senate.\n"
)


def test_a_split_declaration_naming_the_change_and_a_date_marked_new_style_in_it():
    from chronicle.resolve.calendar import declared_convention, declared_switch
    assert declared_switch(SWITCH_BY_THE_CHANGE) == (1918, 2, 1)
    assert declared_convention("All dates in this book are given in the Old Style, twelve days behind the Western "
                               "calendar.") == "julian"
    # the other calendar measured against "our own" is someone else's: no Old Style declaration
    assert declared_convention("The islanders of that day still reckoned by the Old Style, twelve days behind our "
                               "own; I give the English dates throughout.") is None
    rec = extract_string(SWITCH_BY_THE_CHANGE)
    got = {t.span.text: (t.value, t.calendar) for t in rec.time_expressions}
    assert got["2 June"][1] == "julian" and got["29 May"][1] == "gregorian"
    # the date marked New Style is told for comparison (and in the pluperfect): the story's day stays 2 June
    assert got["Next day"][0].endswith("-06-03")


def test_a_declaration_naming_someone_elses_calendar_against_our_own_is_the_other_style():
    text = ("It must be said first that the Serbs of that time still counted by the Old Style, twelve days behind our "
            "own; to spare the reader two columns of figures, I give the English dates throughout.\n\n"
            "Colonel Hart had been named to the mission in the summer of 1833. On the 2nd of October he sailed from "
            "Trieste. Three days later he landed at Zara.")
    tags = _tags(text)
    assert tags["the 2nd of October"] == ("1833-10-02", "gregorian", None)
    assert tags["Three days later"] == ("1833-10-05", "gregorian", None)


def test_the_switch_day_of_a_calendar_declaration_dates_nothing_after_it():
    # a rule's day ("Dates before 14 February 1918 … Old Style") is no day of the story: the year of "9 May"
    # comes from the narrated date before the declaration, not from the rule's 1918
    rec = extract_string("The order freeing the prisoners arrived on 2 March 1917. Dates before 14 February 1918, "
                         "when the new government went over to the Western calendar, are given here in the Old "
                         "Style; later dates are New Style.\n\nShe reached the city on 9 May and lodged with her "
                         "aunt until the autumn.")
    dates = {t.span.text: (t.value, t.calendar) for t in rec.time_expressions}
    assert dates["14 February 1918"] == ("1918-02-14", "gregorian")
    assert dates["9 May"] == ("1917-05-09", "julian")
    assert dates["the autumn"][0] == "1917-FA"


def test_a_style_written_after_an_example_date_does_not_undo_the_declared_style():
    from chronicle.resolve.calendar import declared_convention
    assert declared_convention("Dates in this chapter are given in the New Style; the rising of 25 October (Old "
                               "Style) thus falls on 7 November.") == "gregorian"
    assert declared_convention("All dates here are in the Old Style; the treaty of 3 March (N.S.) is the one "
                               "exception.") == "julian"


def test_a_year_the_story_looks_ahead_to_moves_no_clock():
    rec = extract_string("In March 1918 he left for Moscow. His wife stayed behind; she would not see Moscow until "
                         "1922.\n\nIn May he was given a desk at the commissariat, and by December he was abroad "
                         "again.")
    dates = {t.span.text: t.value for t in rec.time_expressions}
    assert dates["1922"] == "1922"
    assert dates["May"] == "1918-05" and dates["December"] == "1918-12"


def test_a_count_restated_at_once_by_a_day_date_names_that_day():
    rec = extract_string("He was released at the beginning of January 1918 and left at once. Two days later, on "
                         "4 January, a telegram arrived from the capital.")
    dates = {t.span.text: t.value for t in rec.time_expressions}
    assert dates["Two days later"] == "1918-01-04" == dates["4 January"]


def test_a_day_of_the_narrated_month_in_words():
    rec = extract_string("In March 1862 her father fell ill, and he died on the twenty-first of that month. In "
                         "December the army crossed the river. On the thirteenth, the day of the assault, she "
                         "stayed on the north bank.")
    dates = {t.span.text: t.value for t in rec.time_expressions}
    assert dates["the twenty-first of that month"] == "1862-03-21"
    assert dates["the thirteenth"] == "1862-12-13"
    assert "the second" not in {t.span.text for t in extract_string(
        "In May 1862 they moved. On the second floor of the house lived a doctor.").time_expressions}


def test_within_the_hour_is_a_span_and_before_the_year_was_out_the_story_year():
    rec = extract_string("In May 1862 the regiment reached the river. The colonel gave his answer within the hour, "
                         "and within the week the bridge was built. Before the year was out he had resigned.")
    dates = {t.span.text: (t.type, t.value) for t in rec.time_expressions}
    assert dates["the hour"] == ("DURATION", "PT1H")
    assert dates["the week"] == ("DURATION", "P1W")
    assert dates["the year"] == ("DATE", "1862")
    assert "the week" not in {t.span.text for t in extract_string(
        "In May 1862 they came. Within the week of his arrival she left.").time_expressions}
