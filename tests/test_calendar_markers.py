"""A calendar named before a date, in its clause, says which calendar the date is in; a split declaration
may name the change and leave its day to the sentence before."""
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


def test_split_declaration_naming_the_change_takes_its_day_from_the_sentence_before():
    rec = extract_string(
        "Vera Lomova reached Petrograd on 29 March 1917 and joined the Secretariat on 3 April. The Soviet "
        "government abandoned the Julian calendar with effect from 1/14 February 1918. Dates before the change "
        "are given here in the Old Style and those after it in the New. On 10 March 1918 she left for Moscow, "
        "arriving on 11 March.")
    dates = _dates(rec)
    assert dates["29 March 1917"] == ("1917-03-29", "julian", "1917-04-11")
    assert dates["10 March 1918"] == ("1918-03-10", "gregorian", None)
    assert dates["11 March"][1] == "gregorian"


def test_a_change_narrated_without_its_day_declares_no_split():
    from chronicle.resolve.calendar import declared_switch
    assert declared_switch("Russia changed its calendar in 1918. Dates before the change are given in the Old "
                           "Style and those after it in the New.") is None


def test_days_counted_from_a_date_said_after_them():
    rec = extract_string("Lomov left Kiev on 1 May 1917. He had reached Kiev two days after 3 March 1917. "
                         "The day before 9 January he was in Moscow, and the day after 31 January he was back.")
    dates = _dates(rec)
    assert dates["two days"][0] == "1917-03-05"
    assert dates["The day before"][0].endswith("-01-08")
    assert dates["the day after"][0].endswith("-02-01")


def test_a_year_in_a_clause_said_of_a_noun_leaves_the_story_where_it_is():
    rec = extract_string(
        "On 13 January 1918 sailors fired on the crowd. The next day the procession went ahead.\n\n"
        "Vera Petrova, whose memoir of the revolution appeared in London in 1919, put Lomova herself at the gates. "
        "Lomova’s diary tells another story: that evening she wrote to her sister.")
    dates = _dates(rec)
    assert dates["1919"][0] == "1919"
    assert dates["that evening"][0] == "1918-01-14TEV"


def test_mixed_declaration_lets_each_dates_place_decide():
    # a biography's convention: Old Style for events in Russia, New Style for those abroad
    text = ("In exile he wrote to his sister from Zurich on 12 March 1909. (Here and below, events in Russia are "
            "dated in the Old Style then in force there; events abroad are given in the New Style.) "
            "He spent the summer in Geneva among the emigrants. On 5 July 1910 he was arrested in Moscow "
            "at a meeting of the Bolshevik committee. The Paris group heard of it on 20 August 1910, and "
            "Lenin wrote to him in Geneva again.")
    from chronicle.resolve.calendar import declared_by_region, declared_convention
    assert declared_by_region(text) == "russia" and declared_convention(text) is None
    t = _dates(extract_string(text))
    assert t["12 March 1909"][1:] == ("gregorian", None)
    assert t["5 July 1910"][1:] == ("julian", "1910-07-18")  # named in Geneva's neighbourhood, but in Moscow
    assert t["20 August 1910"][1:] == ("gregorian", None)


def test_a_declaration_naming_one_style_is_not_mixed():
    from chronicle.resolve.calendar import declared_by_region
    assert declared_by_region("All dates in this book are given in the Old Style. He lived in Russia.") is None
