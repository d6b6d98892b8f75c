"""Time expressions: one test per rule, on passages written for the tests."""
from __future__ import annotations


import pytest

from chronicle.annotate.timex import tag_time
from chronicle.resolve import calendar as cal


def tags(text: str, **kw) -> dict[str, object]:
    """surface text (whitespace collapsed) -> TimeExpression (last one wins)."""
    return {" ".join(t.span.text.split()): t for t in tag_time(text, "d", **kw)}


# --- calendar arithmetic -------------------------------------------------------------------------

@pytest.mark.parametrize("jul,offset", [((1582, 10, 5), 10), ((1700, 2, 28), 10), ((1700, 2, 29), 11),
                                        ((1752, 9, 2), 11), ((1800, 3, 1), 12), ((1917, 10, 25), 13),
                                        ((2100, 3, 1), 14)])
def test_calendar_offset_follows_century_rule(jul, offset):
    assert cal.julian_offset(*jul) == offset
    g = cal.julian_to_gregorian(*jul)
    assert cal.gregorian_to_julian(*g) == jul


def test_calendar_known_conversions():
    assert cal.julian_to_gregorian(1752, 9, 2) == (1752, 9, 13)
    assert cal.julian_to_gregorian(1917, 10, 25) == (1917, 11, 7)
    assert cal.julian_to_gregorian(1918, 1, 31) == (1918, 2, 13)


def test_easter_in_both_calendars():
    assert cal.easter(2024) == (3, 31)
    assert cal.easter(1917) == (4, 8)
    assert cal.easter(1917, "julian") == (4, 2)  # 15 April Gregorian


def test_calendar_region_table():
    assert cal.calendar_for("russia", 1917, 10, 25) == "julian"
    assert cal.calendar_for("russia", 1918, 3, 1) == "gregorian"
    assert cal.calendar_for("britain", 1731, 2, 11) == "julian"
    assert cal.calendar_for("britain", 1760, 1, 1) == "gregorian"
    assert cal.calendar_for("france", 1700, 1, 1) == "gregorian"


# --- calendars of dates in text ---------------------------------------------------------------

def test_dual_date_gives_julian_value_and_gregorian_equivalent():
    t = tags("The rising began on 25 October (7 November) 1917 in Petrograd.")
    x = t["25 October (7 November) 1917"]
    assert (x.value, x.calendar, x.gregorian_value) == ("1917-10-25", "julian", "1917-11-07")


def test_old_style_marker_next_to_date():
    x = tags("He reached Paris on March 3, 1790, and wrote home on May 5, 1790 (O.S.).")["May 5, 1790"]
    assert x.calendar == "julian" and x.gregorian_value == "1790-05-16"


def test_declared_convention_gregorian_throughout():
    text = ("I have adopted in this book our Calendar throughout, instead of the former Russian Calendar, "
            "which was thirteen days earlier.\n\nOn November 7th, 1917, the Bolsheviki took Petrograd.")
    x = tags(text)["November 7th, 1917"]
    assert (x.calendar, x.gregorian_value) == ("gregorian", None)


def test_declared_convention_old_style():
    text = "All dates in this book are given in the Old Style.\n\nThe Tsar abdicated on March 2, 1917, at Pskov."
    x = tags(text)["March 2, 1917"]
    assert (x.calendar, x.gregorian_value) == ("julian", "1917-03-15")


def test_place_and_period_decide_undeclared_russian_date():
    x = tags("In Moscow the Tsar received the envoys on 9 May 1880. Russia was quiet.")["9 May 1880"]
    assert (x.calendar, x.gregorian_value) == ("julian", "1880-05-21")


def test_weekdays_show_the_calendar_a_text_keeps():
    # 4 November 1917 was a Sunday in the Gregorian calendar only: this Petrograd text keeps New Style
    t = tags("In Petrograd the Soviet called meetings for Sunday, November 4th, 1917. "
             "On November 6th the Cossacks stayed in their barracks.")
    assert t["Sunday, November 4th, 1917"].calendar == "gregorian"
    assert t["November 6th"].calendar == "gregorian" and t["November 6th"].gregorian_value is None
    # a text whose weekdays show both calendars keeps the rules: no flip
    t = tags("In Petrograd the rising came in the night to Wednesday 7 November 1917 according to the modern "
             "Gregorian calendar, the night to Wednesday 25 October according to the Julian calendar. "
             "On 27 October the Soviet met again.")
    assert t["Wednesday 7 November 1917"].calendar == "gregorian"
    assert t["27 October"].calendar == "julian"
    # 9 January 1905 was a Sunday in the Julian calendar: Old Style, as the place implies
    t = tags("In St Petersburg the workers marched to the Winter Palace on Sunday, 9 January 1905. "
             "On 12 January the strike spread.")
    assert t["12 January"].calendar == "julian" and t["12 January"].gregorian_value == "1905-01-25"


def test_user_override_forces_calendar():
    x = tags("In Moscow the Tsar received the envoys on 9 May 1880.", calendar="gregorian")["9 May 1880"]
    assert (x.calendar, x.gregorian_value) == ("gregorian", None)


def test_british_double_year_before_1752():
    x = tags("The letter from London was dated Feb. 11, 1731/32, and reached Boston in April.")["Feb. 11, 1731/32"]
    assert (x.value, x.calendar, x.gregorian_value) == ("1732-02-11", "julian", "1732-02-22")


# --- detection and values --------------------------------------------------------------------

def test_full_dates_months_and_years():
    t = tags("In March, 1917, the Tsar fell. On October 14th the paper spoke. The war of 1914 went on.")
    assert t["March, 1917"].value == "1917-03"
    assert t["October 14th"].value == "1917-10-14" and t["October 14th"].anchor == "d-t1"
    assert t["1914"].value == "1914"


def test_bc_years_decades_centuries():
    t = tags("Athens fell in 404 BC. In the 1890s trade grew; by the eighteenth century it had faded.")
    assert t["404 BC"].value == "BC0404"
    assert t["the 1890s"].value == "189"
    assert t["the eighteenth century"].value == "17"


def test_seasons():
    t = tags("The army suffered through the winter of 1870–71. In March, 1871, Paris rose. That summer was hot.")
    assert t["the winter of 1870–71"].value == "1870-WI"
    assert t["That summer"].value == "1871-SU"


def test_mods_start_mid_end_approx_more_than():
    t = tags("In 1917 the war went on. By the end of May the troops were tired; in mid-1848 too. "
             "He sailed about a fortnight later and waited over three decades. Early in June they marched.")
    assert (t["the end of May"].value, t["the end of May"].mod) == ("1917-05", "END")
    assert (t["mid-1848"].value, t["mid-1848"].mod) == ("1848", "MID")
    assert t["over three decades"].mod == "MORE_THAN" and t["over three decades"].value == "P3DE"


def test_durations():
    t = tags("In three days I found myself in New York, absent seven months, for weeks, "
             "in about a fortnight, after thirty hours on the water.")
    assert t["three days"].value == "P3D"
    assert t["seven months"].value == "P7M"
    assert t["weeks"].value == "PXW"
    assert (t["about a fortnight"].value, t["about a fortnight"].mod) == ("P2W", "APPROX")
    assert t["thirty hours"].value == "PT30H"


def test_sets():
    t = tags("Every year they met; the paper came out daily and weekly; day after day it rained; "
             "he earned two pounds a month and went to church on Sundays.")
    assert t["Every year"].value == "P1Y" and t["Every year"].type == "SET"
    assert t["daily"].value == "P1D"
    assert t["weekly"].value == "P1W"
    assert t["day after day"].value == "P1D"
    assert t["a month"].type == "SET"
    assert t["Sundays"].value == "XXXX-WXX-7"


def test_everyday_the_adjective_is_not_a_set():
    t = tags("He is too much of an individualist in everyday life, but he wrote to her every day.")
    assert "everyday" not in t and t["every day"].value == "P1D"


def test_clock_times_and_parts_of_day():
    t = tags("On 9 May 1871 the Commune met. At six o'clock in the evening they voted; that night the guns fired.")
    assert t["six o'clock in the evening"].value == "1871-05-09T18:00"
    assert t["that night"].value == "1871-05-09TNI"


def test_holidays_fixed_and_easter():
    t = tags("In London in 1850 the family met. On Christmas Day they dined; at Easter, 1851, they parted.")
    assert t["Christmas Day"].value == "1850-12-25"
    assert t["Easter, 1851"].value == "1851-04-20"


def test_false_positives_we_may_march():
    t = tag_time("We may march at once. They may come. We shall see; March on! He will take a second look.", "d")
    assert t == []


def test_vague_words_are_not_tagged():
    assert tag_time("Now and then he came; soon after, at length, he left, and then he wrote.", "d") == []


# --- narrative clock ------------------------------------------------------------------------------

def test_dates_next_day_follows_narrative_time():
    t = tags("On 14 October 1917 the delegates arrived. The next day they voted, and the following morning they left.")
    assert t["The next day"].value == "1917-10-15"
    assert t["the following morning"].value == "1917-10-16TMO"
    assert t["The next day"].anchor == "d-t1"


def test_relative_years_and_ago():
    t = tags("In 1848 he came to Paris. Two years later he married. In December, 1851, he wrote: \"One year ago I wed.\"")
    assert t["Two years later"].value == "1850"
    assert t["One year ago"].value == "1850-12"


def test_same_day_and_yesterday():
    t = tags("On 3 June 1900 the Boxers attacked. The same day the legation wrote that yesterday had been calm.")
    assert t["The same day"].value == "1900-06-03"
    assert t["yesterday"].value == "1900-06-02"


def test_flashback_year_does_not_move_the_clock():
    text = ("In the spring of 1871 the Commune ruled Paris. Men who had fought in 1848 joined it. "
            "On 9 May the fort fell.")
    t = tags(text)
    assert t["1848"].value == "1848"
    assert t["9 May"].value == "1871-05-09"


def test_sentence_initial_year_moves_the_clock():
    t = tags("In 1848 he came to Paris. In 1850 he moved to Rome. In March he fell ill.")
    assert t["March"].value == "1850-03"


def test_partial_dates_before_first_year_count_back():
    t = tags("We reached the town in October. About the end of April, 1724, a vessel sailed.")
    assert t["October"].value == "1723-10"


def test_a_year_naming_a_thing_does_not_date_the_story_before_its_first_date():
    t = tags("On November 3d the Cossacks announced a procession in honour of the Ikon of 1612. "
             "Next day the Soviet answered with a manifesto. On December 1, 1917, the pass was issued.")
    assert t["November 3d"].value == "1917-11-03"
    assert t["Next day"].value == "1917-11-04"
    assert t["1612"].value == "1612"
    # a narrated year still leads: "the autumn of 1913" is no thing named by its year
    t = tags("In May he left Vienna. In the autumn of 1913 he was arrested in Petersburg.")
    assert t["May"].value == "1913-05"


def test_a_leap_of_years_closing_a_paragraph_looks_ahead_and_comes_back():
    t = tags("He reached Petrograd on 12 March 1917. Her sister Nadezhda said little; six years later she "
             "became his wife.\n\nOn 14 March the Bureau considered the arrivals.")
    assert t["six years later"].value == "1923"
    assert t["14 March"].value == "1917-03-14"
    # a paragraph that opens with the leap moves the story on
    t = tags("He reached Petrograd on 12 March 1917.\n\nSix years later he was in Paris. He was poor.\n\n"
             "On 14 March he fell ill.")
    assert t["14 March"].value == "1923-03-14"


def test_weekday_assertion_names_the_chain_of_days():
    text = ("In 1723 I left. The next day we reached Amboy. The next morning I walked on, "
            "this being Saturday.")
    t = tags(text)
    assert t["The next day"].value == "1723-WXX-5"
    assert t["The next morning"].value == "1723-WXX-6TMO"


def test_habitual_time_has_no_date():
    t = tags("In 1917 life was hard. At night the lights were out, and the shops usually closed at six o'clock.")
    assert t["night"].value == "XXXX-XX-XXTNI"


def test_inst_takes_month_from_context():
    t = tags("London, June 2, 1760. Sir, I received yours of the 4th inst. with pleasure.")
    assert t["the 4th inst."].value == "1760-06-04"


def test_ranges_limit_tagging_and_offsets_are_original():
    text = "Preface of 1920.\n\nIn March, 1917, the Tsar fell."
    out = tag_time(text, "d", ranges=[(18, len(text))])
    assert [x.span.text for x in out] == ["March, 1917"]
    assert all(text[x.span.start:x.span.end] == x.span.text for x in out)
    assert out[0].id == "d-t1"


def test_a_long_text_is_tagged_to_its_end():
    # its speed is measured by bench/bench_extract.py (stage "time"), never by a timed test
    text = ("On 14 October 1917 the delegates arrived. The next day they voted for three days, "
            "and every night the guns fired. In 1905 there had been a rising. ") * 500
    out = tag_time(text, "d")
    assert len([t for t in out if t.span.text == "14 October 1917"]) == 500
    assert out[-1].span.end <= len(text) and out[-1].span.start > len(text) - 200


# --- round 2: ranges, ISO timestamps, 24-hour clocks, swallowed candidates, vague refs, spaCy ----

def test_each_end_of_a_day_range_is_tagged():
    t = tags("The battle of the Imjin River (22-25 April 1951) was fierce. Surrendering on May 4 and 5 were "
             "two departments. Talks ran from March 5-9, 1918.")
    assert t["22"].value == "1951-04-22" and t["25 April 1951"].value == "1951-04-25"
    assert t["May 4"].value.endswith("-05-04") and t["5"].value.endswith("-05-05")
    assert t["March 5"].value == "1918-03-05" and t["9, 1918"].value == "1918-03-09"


def test_each_end_of_a_year_range_is_tagged():
    t = tags("Throughout 1915-17, the armies bled. The Western Theater 1861-1863 saw much fighting.")
    assert t["1915"].value == "1915" and t["17"].value == "1917"
    assert t["1861"].value == "1861" and t["1863"].value == "1863"


def test_day_range_joined_by_and_before_a_count_is_not_a_range():
    t = tags("On June 6 and 7 divisions attacked in 1944.")
    assert "7" not in t


def test_iso_timestamp_keeps_its_seconds():
    assert tags("Updated 2009-12-19T17:00:00 by the editor.")["2009-12-19T17:00:00"].value == "2009-12-19T17:00:00"


def test_leading_zero_hour_is_a_24_hour_clock():
    assert tags("The division was deployed by 05:30 that day.")["05:30"].value.endswith("T05:30")


def test_modifier_swallows_a_nested_candidate():
    t = tags("In 1918 the war went on. During the last week of August the pressure grew.")
    assert t["the last week of August"].value == "1918-08" and "last week" not in t


def test_vague_references_only_on_request():
    text = "Allied leaders had now realised it. The former regime fell, as recently reported."
    assert not tags(text)
    t = tags(text, vague=True)
    assert t["now"].value == "PRESENT_REF" and t["former"].value == "PAST_REF" and t["recently"].value == "PAST_REF"


def test_time_component_writes_span_group_on_a_hand_made_doc():
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("en")
    time_pipe = nlp.add_pipe("chronicle_time")
    doc = Doc(nlp.vocab, words=["On", "9", "May", "1850", "he", "left", ";", "the", "next", "day", "he", "rested", "."])
    doc.user_data["chronicle_doc_id"] = "x"
    doc = time_pipe(doc)
    spans = doc.spans["chronicle_time"]
    assert [s.text for s in spans] == ["9 May 1850", "the next day"]
    assert spans[0].label_ == "DATE" and spans[0]._.chronicle_time["value"] == "1850-05-09"
    assert spans[1]._.chronicle_time == {"id": "x-t2", "value": "1850-05-10", "mod": None, "calendar": "gregorian",
                                         "gregorian_value": None, "anchor": "x-t1"}


# --- round 3: clock jumps, event-anchored days, seasons as modifiers, weekdays, calendar markers ----

def test_date_at_the_end_of_a_span_does_not_move_the_clock():
    t = tags("In September 1944 the Red Army entered Yugoslavia; the siege lasted until the fall of Budapest in "
             "February 1945. By the start of July, the Japanese had taken Changsha.")
    assert t["February 1945"].value == "1945-02"
    assert t["the start of July"].value == "1944-07"


def test_far_month_in_mid_sentence_is_said_in_passing():
    t = tags("In 1915 Serbia was attacked. Airships were used, as in the raid at Tondern in July 1918, and later. "
             "The attack began in October.")
    assert t["October"].value == "1915-10"


def test_year_in_a_heading_moves_the_clock_and_attributive_year_does_not():
    t = tags("On 21 October 1904 the fleet sailed.\n\nCampaign of 1905\n\nThe army attacked on January 25.")
    assert t["January 25"].value == "1905-01-25"
    t = tags("In December 1788 the Estates met, arranged as in 1614. The 1614 rules were old. "
             "The King agreed on 27 December.")
    assert t["27 December"].value == "1788-12-27"


def test_relative_days_follow_the_clock_precisely():
    text = ("On 14 October 1852 the delegates reached London. The next day they voted. The following morning "
            "the Committee met, and two days later the troops marched. On Saturday the crowd rose. That evening "
            "the guns fired; by nightfall the square was taken. The same day the minister fled.")
    t = tags(text)
    assert (t["The next day"].value, t["The next day"].anchor) == ("1852-10-15", "d-t1")
    assert (t["The following morning"].value, t["The following morning"].anchor) == ("1852-10-16TMO", "d-t2")
    assert (t["two days later"].value, t["two days later"].anchor) == ("1852-10-18", "d-t3")
    assert t["Saturday"].value == "1852-10-23"  # 18 October 1852 was a Monday
    assert t["That evening"].value == "1852-10-23TEV"
    assert t["nightfall"].value == "1852-10-23TEV"
    assert t["The same day"].value == "1852-10-23"


def test_weekday_after_a_gregorian_date_is_the_next_such_day():
    t = tags("On 14 October 1917 the Allies met in London. On Saturday they sailed.")
    assert t["Saturday"].value == "1917-10-20"


def test_weekday_after_a_julian_date_uses_the_julian_weekday():
    # 14 October 1917 O.S. is 27 October N.S., a Saturday: the next Saturday is 21 October O.S.
    t = tags("On 14 October 1917 the Soviet met in Petrograd. On Saturday the cadets rose.")
    assert t["14 October 1917"].calendar == "julian"
    assert (t["Saturday"].value, t["Saturday"].gregorian_value) == ("1917-10-14", "1917-10-27")


def test_days_before_an_event_dated_later_in_the_clause():
    t = tags("In 1850 the town was quiet. Three days before his arrival on 14 October 1850, the mayor wrote.")
    assert (t["Three days"].value, t["Three days"].anchor) == ("1850-10-11", "d-t3")


def test_day_after_an_event_in_apposition_is_that_day():
    t = tags("On 27 June 1950, two days after the invasion began, the President acted. "
             "On 1 July 1916, the first day of the Battle of the Somme, the army attacked.")
    assert t["two days"].value == "1950-06-27"
    assert t["the first day of the Battle of the Somme"].value == "1916-07-01"


def test_the_day_after_an_event_counts_from_the_clock():
    t = tags("On 8 August 1918 the offensive began. The day after the battle the general wrote.")
    assert t["The day after"].value == "1918-08-09"


def test_seasons_as_modifiers():
    t = tags("In 1942 the Germans launched their main summer offensive. Washington entered winter quarters. "
             "The German Spring Offensive of 1918 followed.")
    assert t["summer"].value == "1942-SU"
    assert t["winter"].value == "XXXX-WI"
    assert t["The German Spring"].value == "1918-SP"


def test_new_style_marker_on_a_single_date_wins_over_place():
    t = tags("In Petrograd the Soviet met on 7 November 1917 N.S. and the Tsar's men fled.")
    assert (t["7 November 1917"].calendar, t["7 November 1917"].gregorian_value) == ("gregorian", None)
    t = tags("In Petrograd the Soviet met on November 7, 1917 (New Style).")
    assert t["November 7, 1917"].calendar == "gregorian"


def test_undeclared_russian_day_date_is_julian_and_dual_dates_keep_both():
    t = tags("The Tsar abdicated in Petrograd on 2 March 1917. On 25 October (7 November) 1917 the Bolsheviki rose.")
    assert (t["2 March 1917"].calendar, t["2 March 1917"].gregorian_value) == ("julian", "1917-03-15")
    x = t["25 October (7 November) 1917"]
    assert (x.calendar, x.gregorian_value) == ("julian", "1917-11-07")


def test_declaration_in_a_preface_covers_the_chapters():
    text = ("PREFACE\n\nThroughout this book I have used the Gregorian calendar.\n\nCHAPTER I\n\n"
            "In Petrograd, on 25 October 1917, the Bolsheviki rose.\n\nCHAPTER II\n\nMoscow followed on 2 November 1917.")
    t = tags(text)
    assert t["25 October 1917"].calendar == "gregorian" and t["2 November 1917"].calendar == "gregorian"
    # tagging the chapters alone still reads the preface's declaration
    body = text.index("CHAPTER I")
    out = tag_time(text, "d", ranges=[(body, len(text))])
    assert {x.calendar for x in out} == {"gregorian"}


def test_local_marker_wins_over_a_declaration():
    text = ("All dates in this book are given in the Old Style.\n\n"
            "The Tsar abdicated on 2 March 1917. Lenin arrived on 16 April 1917 (N.S.).")
    t = tags(text)
    assert t["2 March 1917"].calendar == "julian"
    assert (t["16 April 1917"].calendar, t["16 April 1917"].gregorian_value) == ("gregorian", None)


def test_new_style_names_of_the_russian_revolutions_mean_new_style_dates():
    text = ("Russia before the November insurrection seemed of another age. "
            "On October 15th, 1917, I had a conversation with a Moscow merchant.")
    x = tags(text)["October 15th, 1917"]
    assert (x.calendar, x.gregorian_value) == ("gregorian", None)


def test_october_revolution_name_leaves_the_russian_default():
    text = ("Before the October Revolution the Tsar's ministers had fled. "
            "On 9 May 1917 the Petrograd Soviet met in Moscow.")
    x = tags(text)["9 May 1917"]
    assert (x.calendar, x.gregorian_value) == ("julian", "1917-05-22")


def test_within_weeks_is_a_vague_duration():
    t = tags("On 18 May 1896 the crowd gathered. Within weeks the Powers had replied; within days he was back.")
    assert (t["weeks"].type, t["weeks"].value) == ("DURATION", "PXW")
    assert t["days"].value == "PXD"


def test_a_number_glued_to_a_letter_is_no_year():
    t = tags("The allowance was raised to L400 and finally to L1000 in 1840.")
    assert "1000" not in t and "400" not in t and t["1840"].value == "1840"


def test_a_year_before_a_month_is_not_a_day():
    t = tags("In 1953 he died. He had led the 1917 October Revolution.")
    assert "17 October" not in t
    assert t["1917"].value == "1917" and t["October"].value == "1917-10"


# --- round 5: encyclopedia conventions -----------------------------------------------------------

def test_bracketed_twin_with_old_style_marker_puts_the_outer_date_in_the_new_style():
    t = tags("The rising began in the capital on 7 November (25 October, O.S.) 1917. The ministers fled.")
    assert (t["7 November"].value, t["7 November"].calendar) == ("1917-11-07", "gregorian")
    assert (t["25 October"].value, t["25 October"].calendar, t["25 October"].gregorian_value) == \
        ("1917-10-25", "julian", "1917-11-07")


def test_marker_opening_the_bracket_names_the_bracketed_date():
    t = tags("In 1916 the court was uneasy. The body was found on 1 January [O.S. 19 December] 1917, under the ice.")
    assert (t["1 January"].value, t["1 January"].calendar) == ("1917-01-01", "gregorian")
    # the Julian twin of a January date in December lies in the year before
    assert (t["19 December"].value, t["19 December"].calendar, t["19 December"].gregorian_value) == \
        ("1916-12-19", "julian", "1917-01-01")


def test_new_style_twin_puts_the_outer_date_and_its_range_in_the_old_style():
    t = tags("In 1917 the city was restless. After the riots (3–7 July [16–20 July, N.S.] 1917) the party hid.")
    assert (t["7 July"].value, t["7 July"].calendar, t["7 July"].gregorian_value) == ("1917-07-07", "julian", "1917-07-20")
    assert (t["20 July"].value, t["20 July"].calendar) == ("1917-07-20", "gregorian")
    t = tags("On 23 October 1917 (5 November New Style), the committee voted.")
    assert t["23 October 1917"].calendar == "julian" and t["23 October 1917"].gregorian_value == "1917-11-05"


def test_old_style_bracket_before_a_date_and_a_year_after_a_marker():
    t = tags("She was born on her saint's day (3 February Old Style) 15 February 1862 in a port town.")
    assert (t["3 February"].value, t["3 February"].calendar) == ("1862-02-03", "julian")
    assert (t["15 February 1862"].calendar, t["15 February 1862"].gregorian_value) == ("gregorian", None)
    t = tags("In 1916 nothing changed. The commission was set up on December 7 (Old Style) 1917 by decree.")
    assert (t["December 7"].value, t["December 7"].calendar) == ("1917-12-07", "julian")


def test_season_naming_a_building_is_no_season():
    t = tags("In the winter of 1905 the crowd marched to the Winter Palace and then to the Summer Garden.")
    assert set(t) == {"the winter of 1905"}
    t = tags("The Spring Offensive of 1918 failed.")
    assert t["The Spring"].value == "1918-SP"


def test_year_counted_from_a_year_said_in_passing_in_the_previous_sentence():
    t = tags("In 1871, when he was six, the family moved. He left school with honours in 1883. "
             "The same year he entered the university. The next year he took up law.")
    assert (t["The same year"].value, t["The next year"].value) == ("1883", "1884")
    t = tags("In a 1760 letter he wrote of leaving the farm. The next year he sold it.")
    assert t["The next year"].value == "1761"


def test_month_naming_an_event_takes_the_year_of_the_name():
    t = tags("In 1870 he was born. After the March Uprising of 1905 he left. In May he was in Geneva.")
    assert t["March"].value == "1905-03"
    assert t["May"].value == "1870-05"  # the name does not move the narrative
    t = tags("In 1870 he was born. He joined just before the 1905 October Strike.")
    assert t["October"].value == "1905-10"


def test_end_of_a_year_range_in_a_heading_leaves_the_clock_at_its_start():
    t = tags("In 1900 he was arrested.\n\nSecond exile (1907–1914)\n\nIn January 1907 he escaped. In October he moved to Vienna.")
    assert t["October"].value == "1907-10"


def test_season_word_and_palace_across_a_line_break():
    t = tags("In the winter of 1905 the crowd\nmarched to the Winter\nPalace.")
    assert set(t) == {"the winter of 1905"}


def test_date_quoted_from_a_caption_does_not_move_the_clock():
    t = tags("On 7 November 1917 we walked through the halls. The frames bore “12 October 1812” and "
             "“6 November 1812.” The next day the ministers were taken.")
    assert t["12 October 1812"].value == "1812-10-12"
    assert t["The next day"].value == "1917-11-08"


def test_month_in_the_sentence_of_a_flashback_year_leaves_the_clock():
    t = tags("On 8 November 1917 the Soviets rose.\n\nAs long ago as 1905 the process had begun; the March "
             "Revolution had merely hastened it. Now, in one night, it was gone. They repeated the attempt of August.")
    assert t["March"].value == "1905-03"
    assert t["August"].value == "1917-08"


def test_era_abbreviation_glued_to_a_word_is_no_era():
    t = tags("OBLIGATORY ORDINANCE\n\n1. The city is declared in a state of siege. In AD 79 Vesuvius erupted.")
    assert set(t) == {"AD 79"}


def test_slash_coordinates_months():
    t = tags("In 1948 he died. See the Review, September/October 2006, pp. 11-15.")
    assert t["September"].value == "2006-09"


def test_event_takes_the_date_of_its_infinitive_complement():
    import re as _re

    from chronicle.annotate.pipeline import Chunk, load_nlp
    from chronicle.context import DocContext, EntityRef
    from chronicle.record import Person
    from chronicle.resolve import events

    text = ("In 1905 Mallory wrote a pamphlet. Mallory approached the committee to seek money for the paper "
            "throughout 1909. Later Mallory refused to sign the Treaty of 1912.")
    doc = load_nlp()(text)
    ctx = DocContext("t", text, text, [(0, len(text))], [(0, len(text))], [], [Chunk(0, doc)])
    spans = [ctx.span(m.start(), m.end()) for m in _re.finditer(r"\bMallory\b", text)]
    ctx.persons.append(Person("mallory", "Mallory", ("Mallory",), tuple(spans), "m"))
    ctx.refs = [EntityRef(s.start, s.end, "mallory", "person") for s in spans]
    ctx.time_expressions.extend(t for t in tag_time(text, "t") if t.type == "DATE")
    evs = events.run(ctx)["events"]
    approached = next(e for e in evs if "approached" in e.summary)
    assert approached.date == "1909"
    refused = next(e for e in evs if "refused" in e.summary)
    assert refused.date != "1912"  # a name's year ("the Treaty of 1912") does not date the refusal


def test_house_number_is_no_year():
    t = tags("In 1917 he stayed for three months at 1522 Vyse Avenue in the Bronx. In 1917 Street fighting began.")
    assert [x.value for x in tag_time("In 1917 he stayed for three months at 1522 Vyse Avenue in the Bronx.", "d")
            if x.type == "DATE"] == ["1917"]
    assert t["1917"].value == "1917"


def test_writers_today_in_a_present_tense_sentence_is_present_ref():
    t = tags("On 14 November 1797 he was born at the house, which is still in use today. "
             "On 5 May 1817 he said: “Today we leave.” Today the coach left.")
    assert t["today"].value == "PRESENT_REF" and t["today"].calendar == "n/a"
    assert t["Today"].value == "1817-05-05"  # the narrated day, in the past tense


def test_month_as_a_first_name_after_and_or_by():
    t = tags("In 1890 he was compared with Henrik Ibsen and August Strindberg.")
    assert set(t) == {"1890"}
    t = tags("In 1917 from June to August Kerensky ruled. In 1789 the Assembly passed the August Decrees.")
    assert t["August"].value == "1789-08"
    assert [x.value for x in tag_time("In 1917 from June to August Kerensky ruled.", "d")] == ["1917", "1917-06", "1917-08"]


def test_month_naming_an_event_takes_the_year_in_brackets_but_not_a_titles():
    t = tags("In 1921 the famine spread. In the first month after the October Revolution (1917), the police grew.")
    assert t["October"].value == "1917-10"
    t = tags("In 1918 he wrote much. The passage was quoted in the book _The October Revolution_ (1934).")
    assert t["October"].value == "1918-10"


def test_season_in_a_farm_name_is_no_season():
    assert set(tags("In 1809 he was born on Sinking Spring Farm near the town.")) == {"1809"}


def test_a_number_alone_in_a_table_cell_is_no_year():
    t = tags("The prices rose in 1917.\n\n  | Calico | _(Arshin)_ | .11 | 1.40 | 1173 |\n"
             "  | Year   | 1916 prices | July 1917 |\n")
    assert "1173" not in t
    assert t["1916"].value == "1916" and t["July 1917"].value == "1917-07"


def test_saints_days():
    t = tags("In 1820 they met on St. John's Day, on Saint George's Day and on St. Nicholas Day. "
             "St. Petersburg was cold.")
    assert t["St. John's Day"].value == "1820-06-24"
    assert t["Saint George's Day"].value == "1820-04-23"
    assert t["St. Nicholas Day"].value == "1820-12-06"
    assert "St. Petersburg" not in t


def test_days_before_an_event_take_only_a_date_of_that_event():
    from chronicle.extract import extract_string
    rec = extract_string("On 3 February 1909 he was sent to Narym. Three days before the spring thaw he escaped "
                         "on foot to Tomsk and took the train to Moscow, arriving at the station on 20 March. "
                         "Three days before his arrival in Petrograd, on 14 October 1917, he wrote to her.")
    values = {t.span.text: t.value for t in rec.time_expressions}
    assert values["Three days"] != "1909-03-17"  # 20 March is the arrival's date, not the thaw's
    later = [t for t in rec.time_expressions if t.span.text == "Three days"][-1]
    assert later.value == "1917-10-11"


def test_a_sentence_narrating_the_calendar_reform_declares_no_convention():
    from chronicle.resolve.calendar import declared_convention
    assert declared_convention("In February 1918 Russia adopted the Gregorian calendar: 31 January was "
                               "followed by 14 February.") is None
    assert declared_convention("All dates are Old Style until 1 February 1918.") == "julian"
    assert declared_convention("Dates before February 1918 are given in the Old Style.") == "julian"
    assert declared_convention("I have adopted our Calendar throughout, instead of the former Russian "
                               "Calendar.") == "gregorian"


def test_long_runs_of_spaces_in_a_table_are_read_in_one_pass():
    from chronicle.annotate.timex import find_candidates
    row = "| 1917 |" + " " * 400 + "|\n|" + " " * 300 + "| - three" + " " * 200 + "days |\n"
    text = row * 20 + "The congress met for three days in October 1917."
    found = {text[c.start:c.end] for c in find_candidates(text)}
    assert "three days" in found and "October 1917" in found  # (before the fix this took minutes)


REED_LIKE = ("In September the Democratic Conference met, and on November 2 the delegates went home.[7]\n\n"
             "[7] Members of the internationalist wing, so called after the conference held at Zimmerwald "
             "in 1915.\n\n"
             "As long ago as May, 1917, the Petrograd Soviet had proclaimed the peace-conditions. In August "
             "the Allies answered, and on October 29th the Soviet met again.\n")


def test_a_footnotes_year_does_not_date_the_narrative_and_a_look_back_dates_what_follows(tmp_path):
    from chronicle.extract import extract_text
    from chronicle.ingest import read_document
    path = tmp_path / "chapter.txt"
    path.write_text(REED_LIKE, encoding="utf-8")
    src = read_document(path)
    assert src.notes  # the "[7] …" paragraph is a note body
    rec = extract_text(src)
    values = {t.span.text: t.value for t in rec.time_expressions}
    assert values["1915"] == "1915"
    assert values["September"] == "1917-09" and values["November 2"] == "1917-11-02"
    assert values["August"] == "1917-08" and values["October 29th"] == "1917-10-29"


# --- modern-biography clock (Old Style twins, flashbacks, seasons, "the new year") -------------------

def test_a_bracketed_new_style_twin_leaves_the_clock_on_the_old_style_date():
    t = tags("In 1917 the sailors came. On 4 July (17 July, New Style) he marched; two days later he was arrested.")
    assert t["two days later"].value == "1917-07-06"


def test_a_count_from_an_event_in_apposition_after_a_calendar_marker_names_the_date():
    t = tags("The telegram reached Achinsk on 4 March 1917 (O.S.), two days after Nicholas had signed it. "
             "He left that night.")
    # the date names the day; the count is the span from the event (as the passages' gold gives it)
    assert t["two days"].value == "P2D"
    assert t["that night"].value == "1917-03-04TNI"


def test_the_following_season_after_a_winter_month_is_in_the_same_year():
    t = tags("He arrived in Vologda on 2 February 1900. The following spring he married.")
    assert t["The following spring"].value == "1900-SP"
    t = tags("He arrived in Vologda on 2 May 1900. The following spring he married.")
    assert t["The following spring"].value == "1901-SP"


def test_the_new_year_is_the_next_year_or_its_first_day():
    t = tags("In March 1898 the circle printed a leaflet. The police struck in the new year.")
    assert t["the new year"].value == "1899"
    t = tags("In March 1938 the war went on. Eight days before the new year, Franco attacked.")
    assert t["the new year"].value == "1939-01-01"
    assert "the New Year" not in tags("In 1898 they met. The New Year's Day was cold.")


def test_a_part_of_day_after_a_week_later_is_on_that_day():
    t = tags("On 14 December 1897 the circle met. The next day he wrote to his brother. A week later the "
             "inspector summoned him. That evening he spoke to the circle.")
    assert t["A week later"].value == "1897-12-22"  # a count of weeks from a known day is that day
    assert t["That evening"].value == "1897-12-22TEV"


def test_since_a_holiday_or_month_later_in_the_year_is_the_last_one_before():
    t = tags("He reached Geneva in November 1908. He wrote in February 1909 that he had not eaten meat since "
             "Christmas. In the spring he fell ill.")
    assert t["Christmas"].value == "1908-12-25"
    assert t["the spring"].value == "1909-SP"


def test_a_pluperfect_flashback_years_back_leaves_the_clock():
    t = tags("Lurye arrived in Geneva on 3 November 1908. The first emigration had been short: in the autumn "
             "of 1905, after the October Manifesto, he had gone home to Odessa. He wrote in February 1909 to "
             "his sister. That summer he met Vera.")
    assert t["the autumn of 1905"].value == "1905-FA"
    assert t["October"].value == "1905-10"
    assert t["That summer"].value == "1909-SU"
    # "By early 1958, he had organized a coup": the story is at that date
    t = tags("In 1960 the war went on. By early 1958, he had organized a coup. In May the junta seized power.")
    assert t["May"].value == "1958-05"


def test_a_date_in_an_opening_temporal_clause_narrates():
    t = tags("In 1912 he bought a ticket to Warsaw. When the war broke out in August 1914 he was in Brittany. "
             "He volunteered that autumn.")
    assert t["that autumn"].value == "1914-FA"


def test_child_of_a_family_is_no_age():
    t = tags("He was born on 7 November 1879, the fifth child of a Jewish family. A boy of 17 left home.")
    assert "a" not in t and t["17"].value == "P17Y"


def test_a_russian_life_abroad_is_dated_new_style_where_the_sentence_names_only_a_foreign_place():
    text = ("Lurye was born in Kiev, Russia, and joined the Bolsheviks in Moscow. "
            "Lurye arrived in Geneva on 3 November 1908, after a journey from Kiev. "
            "He was arrested in Moscow on 9 May 1907. He married in Petrograd on 12 October 1909.")
    t = tags(text)
    assert t["3 November 1908"].calendar == "gregorian" and t["3 November 1908"].gregorian_value is None
    assert t["9 May 1907"].calendar == "julian"
    assert t["12 October 1909"].calendar == "julian"


def test_a_holiday_naming_an_event_and_a_pluperfect_in_an_earlier_clause_leave_the_narrated_day():
    t = tags("He came to Tiflis in the spring of 1901. Within a month he had joined a circle, and on 22 April he "
             "marched in the May Day demonstration. The police dispersed the crowd that afternoon. The next day "
             "he lost his job.")
    assert t["22 April"].value == "1901-04-22"
    assert t["that afternoon"].value == "1901-04-22TAF"
    assert t["The next day"].value == "1901-04-23"


def test_a_split_declaration_old_style_until_a_date_new_style_after():
    assert cal.declared_switch("All dates are Old Style until February 1918, and New Style thereafter.") == (1918, 2, 1)
    assert cal.declared_switch("Dates before 1 February 1918 are given in the Old Style; later dates follow the "
                               "New Style.") == (1918, 2, 1)
    assert cal.declared_switch("All dates are Old Style until 1 February 1918.") == (1918, 2, 1)
    assert cal.declared_switch("All dates are given in the Old Style.") is None
    assert cal.declared_switch("In February 1918 Russia adopted the Gregorian calendar, and New Style dates "
                               "followed.") is None
    text = ("All dates are Old Style until February 1918 and New Style thereafter.\n\n"
            "In the autumn of 1902 he crossed into Turkey and made his way to Geneva. He arrived there on "
            "14 December 1902. He was shot in Baku on 20 September 1918.")
    t = tags(text)
    assert t["14 December 1902"].calendar == "julian"  # abroad, but the author declares Old Style
    assert t["20 September 1918"].calendar == "gregorian"


def test_on_the_nth_is_a_later_day_of_the_narrated_month_and_the_previous_winter_counts_back():
    assert tags("Kamo reached Berlin in the middle of August 1907. On the 25th a courier came.")["the 25th"].value \
        == "1907-08-25"
    t = tags("Kamo reached Berlin in the middle of August 1907 and took a room on 20 August. On the 25th a courier "
             "brought him a letter. Two days later he bought a suitcase. The police, who had been watching the house "
             "since the previous winter, arrested him.")
    assert t["the 25th"].value == "1907-08-25"
    assert t["Two days later"].value == "1907-08-27"
    assert t["the previous winter"].value == "1906-WI"
    t = tags("On 30 October 1917 the Soviet met. On the 3rd the leaders had another meeting.")
    assert t["the 3rd"].value == "1917-XX-03"  # an earlier day: not the narrated month's, and no clock move
    assert "the 25th" not in tags("In 1917, on the 25th Division front, it was quiet.")


def test_a_date_in_a_caucasus_town_is_russian():
    t = tags("In August 1907 Kamo was in Berlin, where the Berlin police watched him. On 30 January 1912 he was "
             "arrested near Kutais in the Caucasus.")
    assert t["30 January 1912"].calendar == "julian"


def test_declaration_sentences_are_read_one_sentence_at_a_time():
    from chronicle.resolve.calendar import _declaration_sentences, declared_switch
    text = ("The winter was hard. All dates are Old Style until February 1918, and New Style thereafter. "
            "He had no style at all\n\nand no dates! " + "long words without a stop " * 2000 + "calendar")
    found = [m.group(0).strip() for m in _declaration_sentences(text)]
    assert found == ["All dates are Old Style until February 1918, and New Style thereafter.",
                     "He had no style at all\n\nand no dates!"]
    assert declared_switch(text) == (1918, 2, 1)


# --- round 5: a return from Siberian exile (passages written for these tests) --------------------

def test_days_before_an_event_told_earlier_count_from_its_day():
    t = tags("All dates are Old Style. Tsereteli left Irkutsk on 8 March 1917. He arrived in Petrograd on 19 March "
             "and went to the Tauride Palace. A week later he spoke at the conference. Three days before his "
             "arrival, the Soviet had published its manifesto.")
    assert t["Three days"].value == "1917-03-16"
    assert t["Three days"].gregorian_value == "1917-03-29"


def test_the_eve_of_a_day_or_of_a_told_event_is_the_day_before():
    evs = [x for x in tag_time("Tsereteli arrived in Petrograd on 19 March 1917. On the eve of his arrival the "
                               "Soviet met. On the eve of 25 October he was at Smolny.", "d")
           if x.span.text == "the eve"]
    assert [x.value for x in evs] == ["1917-03-18", "1917-10-24"]
    assert "the eve" not in tags("On the eve of the war he was in Geneva in 1914.")


def test_the_early_hours_are_no_span_and_a_closing_quote_is_not_taken():
    t = tags("He arrived in the early hours of 27 April 1917. Petrovsky recalled that he 'could not sit still "
             "for an hour'.")
    assert "the early hours" not in t
    assert "an hour" in t and t["an hour"].value == "PT1H"


def test_a_place_named_for_a_meeting_counted_from_does_not_move_the_date_abroad():
    t = tags("In Russia the exiles were free. Ordzhonikidze arrived in Petrograd on 27 April 1917. That evening "
             "he met Lenin for the first time since the Prague conference.")
    assert t["That evening"].calendar == "julian"
    t = tags("In Russia the exiles were free. In September 1915 Trotsky attended the Zimmerwald Conference.")
    assert t["September 1915"].calendar == "gregorian"


def test_on_the_nth_before_a_name_is_a_day_of_the_narrated_month():
    t = tags("Early in March 1917 the garrison declared for the Duma, and on the 4th Kamenev addressed a crowd.")
    assert t["the 4th"].value == "1917-03-04"
    t = tags("In March 1917 the front held. On the 4th Army retreated, and on the 9th Instant died Mr. Charles.")
    assert "the 4th" not in t and "the 9th" not in t


def test_an_unmarked_bracketed_twin_of_julian_days_is_gregorian():
    found = {x.span.text: x for x in tag_time("All dates are Old Style. On 24–25 October (6–7 November) 1917 the "
                                              "Bolsheviks rose. On 31 October 1917 (13 November N.S), they won.", "d")}
    assert found["25 October"].calendar == "julian" and found["25 October"].gregorian_value == "1917-11-07"
    assert found["7 November"].calendar == "gregorian" and found["7 November"].gregorian_value is None
    assert found["6"].calendar == "gregorian"
    assert found["13 November"].calendar == "gregorian"


def test_the_morning_of_the_27th_and_a_fortnight_later_that_evening():
    t = tags("All dates in this chapter are Old Style. On Thursday 23 February 1917 the women came out. On the "
             "morning of the 27th the Volynsky regiment mutinied. That night the ministers were arrested.")
    assert t["the morning of the 27th"].value == "1917-02-27TMO"
    assert t["That night"].value == "1917-02-27TNI"
    t = tags("On 3 March 1917 Kerensky spoke. A fortnight later he was in Moscow. Late that evening he returned.")
    assert t["A fortnight later"].value == "1917-03-17"
    assert t["Late that evening"].value == "1917-03-17TEV"


def test_the_day_of_and_the_night_before_a_told_event():
    t = tags("He arrived in Petrograd on 19 March 1917. On the day of his arrival he spoke at the Soviet. The night "
             "before his arrival the Soviet met.")
    assert t["the day"].value == "1917-03-19"
    assert t["The night before"].value == "1917-03-18TNI"
    t = tags("Stalin died on 5 March 1953. His death was announced on 6 March. The committee met on the day of "
             "his death.")
    assert t["the day"].value == "1953-03-05"  # told by its verb, not where the noun is announced


def test_a_month_in_a_title_case_heading_is_no_date():
    text = ("Chapter 4: October\n\nThe Road to October\n\nIn the spring of 1917 Lenin returned to Petrograd. "
            "In October the Bolsheviks took power.\n")
    found = [(t.span.text, t.value, t.span.start) for t in tag_time(text, "d")]
    assert [f for f in found if f[0] == "October"] == [("October", "1917-10", text.index("In October") + 3)], found


def test_a_month_alone_on_its_line_or_with_a_day_in_a_heading_stays_a_date():
    text = "1899\n\nOctober\n\nWe sailed from Basra.\n\nThe 5 of June Voyage\n\nWe came home."
    found = {t.span.text: t.value for t in tag_time(text, "d")}
    assert found.get("October") == "1899-10", found
    assert any("June" in k for k in found), found


def test_a_night_the_next_day_counts_from_is_the_first_day_of_its_chain():
    text = ("We left the harbour in 1723 in an old sloop.\n\nThe wind rose, and night coming on, we dropt anchor and "
            "lay all night in the bay. The next day we reached Amboy. The next morning I walked on, this being "
            "Saturday.")
    t = tags(text)
    assert t["night"].value == "1723-WXX-4TNI" and t["all night"].value == "1723-WXX-4TNI"
    assert t["The next day"].value == "1723-WXX-5"


def test_a_habitual_or_lone_night_stays_undated():
    t = tags("In 1723 I was a printer.\n\nAt night I usually read. The next day was a holiday.")
    assert t["night"].value == "XXXX-XX-XXTNI"
    t = tags("In 1723 I was a printer.\n\nAt night I read Bunyan.\n\nThe next day we sailed.")
    assert t["night"].value == "XXXX-XX-XXTNI"  # the next day is in another paragraph


# --- unseen-passage round (27 Nov): look-back months, counted months and seasons, hours of counted days ----

def test_an_attributive_or_pluperfect_month_leaves_the_narrated_day():
    text = ("On the morning of 30 June 1849 the Assembly sent for the deputy elected in the January elections. "
            "The Triumvir resigned. A new triumvirate was named the next day. In January he had been elected for "
            "Macerata. The day after, he rode out.")
    t = tags(text)
    assert t["January"].value == "1849-01"
    assert t["the next day"].value == "1849-07-01"
    assert t["The day after"].value == "1849-07-02"


def test_the_previous_or_following_named_month():
    text = ("He reached the capital on 2 March 1907. The boy had been born the previous February. "
            "They married the following May. In December the boy fell ill; the previous April he had been well.")
    t = tags(text)
    assert t["the previous February"].value == "1906-02"  # the month before the clock's is "the month before"
    assert t["the following May"].value == "1907-05"
    assert t["the previous April"].value == "1907-04"
    assert tags("On 20 August 1917 he spoke of the war that had endured since last July.")["last July"].value == "1917-07"


def test_the_previous_season_is_the_last_one_begun_before_the_clocks_month():
    t = tags("The sentence came on 2 November 1906. Parvus had slipped away from his convoy the previous autumn.")
    assert t["the previous autumn"].value == "1906-FA"
    t = tags("They arrived on 3 March 1907. The previous autumn had been wet.")
    assert t["The previous autumn"].value == "1906-FA"


def test_a_year_back_in_a_pluperfect_relative_clause_leaves_the_clock():
    text = ("The sentence came on 2 November 1906. Bronstein, who had led the Soviet after the arrest of its "
            "chairman in late November 1905, received the same sentence. The next day the convoy was formed.")
    t = tags(text)
    assert t["late November 1905"].value == "1905-11"
    assert t["The next day"].value == "1906-11-03"


def test_a_month_early_in_the_year_after_a_late_day_date_is_the_next_years():
    text = ("The congress closed on 14 December 1901. In January he travelled to Kiev. On 3 February he was "
            "arrested.\n\nOn 20 November 1902 he wrote home. In January he had been in Kiev.")
    found = [(t.span.text, t.value) for t in tag_time(text, "d")]
    assert ("January", "1902-01") in found and ("3 February", "1902-02-03") in found, found
    assert found[-1] == ("January", "1902-01"), found  # a look back stays in the clock's year


def test_an_event_told_undated_is_dated_by_the_next_sentence():
    text = ("He was back in the capital within a fortnight, and it is easier to say how he arrived than how he "
            "got there. His wife met him at the station on 2 March 1907. Two days before his arrival he wired "
            "her from Vyatka.")
    assert tags(text)["Two days"].value == "1907-02-28"


def test_a_count_after_a_named_monarch_is_counted_from_that_event():
    t = tags("The telegram reached the town on 7 March 1917, five days after Nicholas II had abdicated. "
             "The next morning he set off.")
    assert t["five days"].value == "P5D"  # a span after the event; the day is the date before it
    assert t["The next morning"].value == "1917-03-08TMO"


def test_an_hour_of_a_counted_day_is_one_time():
    text = ("On 2 July 1849 the column assembled. At eight that evening the column marched. On 5 January 1918 "
            "the Assembly met. Towards five o’clock the next morning the sailor spoke.")
    t = tags(text)
    assert t["eight that evening"].value == "1849-07-02T20:00"
    assert t["five o’clock the next morning"].value == "1918-01-06T05:00"


def test_a_part_of_day_on_a_date_is_one_time():
    t = tags("On 2 August 1849 they sailed. The boats ran ashore at dawn on 3 August. He died just after "
             "midnight on 30 July 1898.")
    assert t["dawn on 3 August"].value == "1849-08-03TMO"
    assert t["30 July 1898"].value == "1898-07-30"  # "midnight on" a day is its start or end: left apart


def test_mid_month_after_a_hyphen_or_dash_and_bare_years_afterwards():
    t = tags("In 1917 he was in Zurich. In mid-April he left. In mid–May he spoke. Years afterwards he recalled "
             "it. Many years later he died.")
    assert t["mid-April"].value == "1917-04" and t["mid-April"].mod == "MID"
    assert t["mid–May"].value == "1917-05" and t["mid–May"].mod == "MID"
    assert t["Years afterwards"].value == "FUTURE_REF"
    assert t["Many years later"].value == "PXY"
    t = tags("On 3 May 1917 he left; years afterwards he recalled it. The next day he reached Tomsk.")
    assert t["The next day"].value == "1917-05-04"  # a later time unsaid leaves the narrated day


def test_the_nth_night_counts_from_the_day_that_began_the_run():
    text = ("They set out on the night of 18 February 1907. The next day they crossed the river. On the third "
            "night he threatened the driver. The second day had been cold.")
    t = tags(text)
    assert t["the third night"].value == "1907-02-20TNI"  # 18 February is the first night, not the next day
    assert "The second day" not in t


# --- 19th-century naval narrative (round 8) -------------------------------------------------------------------

_VOYAGE = (
    "In the spring of 1798 the squadron lay at Gibraltar. At six o'clock on the morning of the 3rd of May the "
    "admiral went on board, and at half-past nine on the night of Thursday the 10th the ships weighed. "
    "Brueys, who had been warned by the Directory, and who knew that the English were at sea, left Toulon on "
    "the morning of the 19th of May. All the next day the frigates searched for him, and at daybreak on the "
    "21st the coast of Sardinia was in sight.\n\n"
    "A little before noon the admiral told his flag officer to make ‘Every man to his quarters.’ "
    "The firing began soon after."
)


def test_clock_time_said_of_the_day_after_it_is_on_that_day_and_its_part_of_day():
    t = {k: v.value for k, v in tags(_VOYAGE).items()}
    assert t["six o'clock"] == "1798-05-03T06:00"  # a morning's six, not 18:00
    assert t["half-past nine"] == "1798-05-10T21:30"


def test_weekday_with_an_ordinal_day_is_one_date_of_the_narrated_month():
    assert tags(_VOYAGE)["the night of Thursday the 10th"].value == "1798-05-10TNI"


def test_a_closed_relative_clause_in_the_pluperfect_is_no_flashback_of_the_main_clause():
    t = {k: v.value for k, v in tags(_VOYAGE).items()}
    assert t["the morning of the 19th of May"] == "1798-05-19TMO"
    assert t["the next day"] == "1798-05-20"  # the 19th moved the story on
    assert t["daybreak on the 21st"] == "1798-05-21TMO"


def test_words_quoted_in_a_sentence_do_not_make_it_habitual():
    assert tags(_VOYAGE)["noon"].value == "1798-05-21T12:00"


def test_an_hour_after_by_or_until_with_the_next_morning_is_that_hour():
    t = {k: v.value for k, v in tags("On 3 May 1805 he left London. He was at Portsmouth by six the next morning, "
                                      "and waited there until ten that night. The price fell by two the next morning.").items()}
    assert t["six the next morning"] == "1805-05-04T06:00"
    assert t["ten that night"] == "1805-05-04T22:00"
    assert "two the next morning" not in t  # a quantity: "fell by two"


def test_the_day_before_a_clause_in_apposition_to_a_date_is_that_date():
    t = {k: v.value for k, v in tags("In September 1805 he was at home. On one of these visits to town, on the 12th of "
                                      "September, the day before he left Merton for good, he met Wellington. The day "
                                      "before he sailed on 3 October 1805 he wrote to Emma.").items()}
    assert t["the day before"] == "1805-09-12"  # the 12th, named by what followed it
    assert t["The day before"] == "1805-10-02"  # counted from the date later in its clause


def test_a_winter_in_a_pluperfect_clause_after_it_ended_is_the_last_winter():
    t = {k: v.value for k, v in tags("He was arrested on 14 May 1910. He had spent the winter dividing his time "
                                      "between the committee and the university.").items()}
    assert t["the winter"] == "1909-WI"  # the winter of 1909-10, before the arrest


def test_long_afterwards_is_a_later_time_unsaid():
    t = {k: v.value for k, v in tags("He escaped in 1911. His secretary, writing long afterwards, had him travel "
                                      "by river. How long afterwards he wrote is unknown.").items()}
    assert t["long afterwards"] == "FUTURE_REF"
    assert len([k for k in t if "afterwards" in k]) == 1  # not "how long afterwards"


def test_his_arrival_is_the_journeys_end_told_with_any_verb_of_arriving():
    from chronicle.extract import extract_string
    # the arrival told as "the steamer pulled into the harbour", a stop on the way ("Lyon, which she reached on the
    # 4th") told after it, and the same arrival counted from again when its telling is far behind
    filler = "The weather on the crossing had been foul, and the passengers kept below for most of it. " * 40
    rec = extract_string(
        "In 1871 Clara Hesse left Trieste for good. Late on 9 June 1871 the mail steamer pulled into the harbour at "
        "Marseille, and her cousin was waiting on the quay. She had gone first by rail, and at Lyon, which she "
        "reached on the 4th, she rested for a night.\n\n"
        "Two days before her arrival the city council had voted the new tariff. " + filler +
        "A week after her arrival she wrote to her brother.")
    values = {t.span.text: t.value for t in rec.time_expressions}
    assert values["Two days"] == "1871-06-07"  # the journey's end, not the stop at Lyon on the 4th
    assert values["A week"] == "1871-06-16"  # a day seven days on, not that ISO week


def test_an_arrival_told_in_the_same_paragraph_is_the_one_counted_from():
    from chronicle.extract import extract_string
    rec = extract_string(
        "Weber reached Vienna on 20 May 1848, after a long detour.\n\n"
        "At Graz, where he arrived on 11 May, he lodged with a printer. Three days after his arrival he spoke "
        "to the students.")
    values = {t.span.text: t.value for t in rec.time_expressions}
    assert values["Three days"] == "1848-05-14"
