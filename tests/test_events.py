"""Events on short hand-written passages: what is an event, its type, participants, place and date.

Entities are given by hand (every occurrence of a listed name becomes a resolved mention), so these
tests check the event rules alone, whatever the entity layer decides.
"""
from __future__ import annotations

import re

from chronicle.context import DocContext
from chronicle.resolve import events
from tests.helpers import make_ctx


def _ctx(text: str, persons=(), places=(), orgs=(), times: dict[str, str] = {}) -> DocContext:
    """``make_ctx`` with genders read from the names (a final "a" is a woman's) and the text's paragraphs."""
    ctx = make_ctx(text, {n: "f" if n.endswith("a") else "m" for n in persons}, {p: None for p in places},
                   tuple(orgs), times)
    ctx.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)]
    return ctx


def _events(text, persons=(), places=(), orgs=(), times={}):
    return events.run(_ctx(text, persons, places, orgs, times))["events"]


def _verb(e):
    return e.summary.split(": ", 1)[1].split(" (")[0]


# --- the narrative clock ------------------------------------------------------------------

def test_a_quoted_date_and_a_span_in_a_future_clause_leave_the_clock_alone():
    text = ("On 7 November 1917 Orlov entered the Palace. The walls bore paintings titled “12 October 1812”. "
            "Orlov met Kuzin. Kuzin said that the Bolsheviki would not hold the city more than three days. "
            "The hall had been a barrack for weeks. Orlov visited Kuzin.")
    evs = _events(text, ["Orlov", "Kuzin"], times={"7 November 1917": "1917-11-07", "12 October 1812": "1812-10-12",
                                                    "more than three days": "P3D", "weeks": "PXW"})
    got = {_verb(e): e.date for e in evs}
    assert got["met"] == "1917-11-07" and got["visited"] == "1917-11-07"


def test_a_birth_takes_no_date_from_the_clock():
    text = ("Orlov was killed by a shell on 13 April 1918. One story relates how Orlov was born as a Cossack "
            "and adopted by the family of his uncle.")
    evs = _events(text, ["Orlov"], times={"13 April 1918": "1918-04-13"})
    got = {e.type: e.date for e in evs}
    assert got["death"] == "1918-04-13" and got["birth"] is None


# --- what is an event -------------------------------------------------------------------

def test_claims_participles_and_attempt_verbs_are_no_events_of_their_own():
    text = ("Kuzin wrote that Orlov had not been adopted. Service has claimed that Orlov was a printer. "
            "This was an assumption based on Orlov's birth. The old guard was led by Kuzin. "
            "In July 1916 Orlov managed to escape to Russia. Orlov began writing for the paper.")
    evs = _events(text, ["Orlov", "Kuzin", "Service"], places=["Russia"], times={"July 1916": "1916-07"})
    verbs = [_verb(e) for e in evs]
    assert "wrote" not in verbs and "claimed" not in verbs and "based" not in verbs and "managed" not in verbs
    assert "escape" in verbs and "writing" in verbs


def test_he_or_she_is_enough_of_an_actor_but_dialogue_tags_are_no_events():
    text = ("Orlov grew up in Perm. In August 1892 he was assigned as a lieutenant to the Turkestan district. "
            "“To keep the soldiers in,” he answered.")
    evs = _events(text, ["Orlov"], times={"August 1892": "1892-08"})
    assert [(_verb(e), e.participants, e.date) for e in evs if _verb(e) != "grew up"] == [
        ("assigned", ("orlov",), "1892-08")]


def test_types_a_man_rising_spoke_a_language_born_strike_siege_command():
    text = ("I rose very late. Orlov spoke French fluently. Born to a peasant family, Kuzin became a priest. "
            "The typesetters of the Sytin Works went out on strike. Orlov laid siege to Kazan. "
            "Kuzin was given command of the Petrograd district.")
    evs = _events(text, ["Orlov", "Kuzin"], places=["Kazan"], orgs=["Sytin Works"])
    types = {_verb(e): e.type for e in evs}
    assert types.get("rose") != "uprising" and "spoke" not in types
    assert types["Born"] == "birth" and types["went out"] == "strike"
    assert types["laid"] == "battle" and types["given"] == "appointment"


# --- participants and places -------------------------------------------------------------

def test_the_possessor_of_a_person_is_not_an_actor_but_including_names_one():
    text = ("Orlov's father lived in Poltava. In January 1898 more than 200 members of the union, including "
            "Orlov, were arrested. His application was rejected by Kuzin.")
    evs = _events(text, ["Orlov", "Kuzin"], places=["Poltava"], times={"January 1898": "1898-01"})
    parts = {_verb(e): e.participants for e in evs}
    assert "lived" not in parts  # no named actor: only the father lived there
    assert parts["arrested"] == ("orlov",) and set(parts["rejected"]) == {"orlov", "kuzin"}


def test_place_is_the_destination_not_the_waypoint_and_the_city_of_x_is_x():
    text = ("Orlov secretly returned to Russia in February 1905, by way of Kiev. "
            "Kuzin travelled to the city of Kazan on the Volga river. Orlov soon moved to the capital, Petersburg.")
    evs = _events(text, ["Orlov", "Kuzin"], places=["Russia", "Kiev", "Kazan", "Volga", "Petersburg"],
                  times={"February 1905": "1905-02"})
    assert {_verb(e): e.place for e in evs} == {"returned": "russia", "travelled": "kazan", "moved": "petersburg"}


def test_a_section_heading_stops_the_clock_of_the_summary_above_it():
    text = ("Orlov was a general who was killed on 13 April 1918.\n\nEarly career\n\n"
            "Orlov was adopted by his uncle. In 1885 Orlov entered the school in Omsk. Orlov met Kuzin.")
    evs = _events(text, ["Orlov", "Kuzin"], places=["Omsk"], times={"13 April 1918": "1918-04-13", "1885": "1885"})
    got = {_verb(e): e.date for e in evs}
    assert got == {"killed": "1918-04-13", "adopted": None, "entered": "1885", "met": "1885"}


def test_a_battle_of_a_named_place_is_an_event_and_reaching_a_crisis_is_no_arrival():
    text = ("Orlov was heavily involved in the Battle of Mukden in March 1905. "
            "In September 1917 matters reached a crisis.")
    evs = _events(text, ["Orlov"], places=["Mukden"], times={"March 1905": "1905-03", "September 1917": "1917-09"})
    assert ("battle", "1905-03") in {(e.type, e.date) for e in evs}
    assert not any(e.type == "travel_arrival" for e in evs)


def test_an_age_dates_an_event_from_the_birth_year():
    text = ("Orlov (7 November 1879 – 21 August 1940) was a revolutionary. Orlov grew up on a farm. "
            "When Orlov was eight, his father sent him to Odessa. At the age of 17 he moved to Nikolayev.")
    evs = _events(text, ["Orlov"], places=["Odessa", "Nikolayev"],
                  times={"7 November 1879": "1879-11-07", "21 August 1940": "1940-08-21"})
    got = {_verb(e): e.date for e in evs}
    assert got["sent"] == "1887" and got["moved"] == "1896"


def test_he_after_a_sentence_with_a_relative_clause_is_its_main_subject():
    from chronicle.extract import extract_string
    rec = extract_string("In the autumn of 1862 Otto Bismarck returned from Paris to Berlin, where King William "
                         "had summoned him. On 23 September he was appointed Minister-President of Prussia.")
    names = {p.id: p.name for p in rec.persons}
    appointed = [e for e in rec.events if "appointed" in e.evidence.text]
    assert appointed and [names.get(p) for p in appointed[0].participants][:1] == ["Otto Bismarck"]


def test_a_pluperfect_or_relative_clause_date_neither_dates_the_main_verb_nor_moves_the_clock():
    text = ("In August 1903 the congress opened in London. Then the congress discussed the position of the Bund, "
            "which had co-founded the party in 1898. Kuzin argued for a smaller party.")
    evs = _events(text, ["Kuzin"], places=["London"], orgs=["Bund"],
                  times={"August 1903": "1903-08", "1898": "1898"})
    got = {_verb(e): e.date for e in evs}
    assert got["discussed"] == "1903-08" and got["co-founded"] == "1898" and got["argued"] == "1903-08"


def test_only_a_people_rises_in_revolt():
    text = "The fortunes of Orlov rose together. In 1905 the peasants of the district rose against Orlov."
    evs = _events(text, ["Orlov"], times={"1905": "1905"})
    assert [e.type for e in evs if _verb(e) == "rose"][-1:] == ["uprising"]
    assert [e.type for e in evs if _verb(e) == "rose"].count("uprising") == 1


def test_the_owner_of_a_thing_that_acts_is_no_actor_of_its_own():
    text = ("Orlov's ideas formed the basis of a school. The ambition of Kuzin took a new form. "
            "The members of the union met Orlov. Orlov's application was rejected.")
    evs = _events(text, ["Orlov", "Kuzin"], orgs=["union"])
    verbs = [_verb(e) for e in evs]
    assert "formed" not in verbs and "took" not in verbs and "met" in verbs and "rejected" in verbs


def test_they_after_a_sentence_naming_two_people_is_the_two():
    text = "In late 1902 Orlov met Natalia Sedova. They married in 1903. The Bund met Orlov. They left Kiev."
    evs = _events(text, ["Orlov", "Natalia Sedova"], places=["Kiev"], orgs=["Bund"],
                  times={"late 1902": "1902", "1903": "1903"})
    got = {_verb(e): (e.participants, e.date) for e in evs}
    assert got["married"] == (("orlov", "natalia_sedova"), "1903")
    assert got["left"][0] == ()  # after a sentence naming a body "they" is left alone


def test_an_object_pronoun_continues_the_object_pronoun_of_the_sentence_before():
    from chronicle.extract import extract_string
    rec = extract_string("In March Yakov Sverdlov reached Moscow. There he met Ordzhonikidze, and Ordzhonikidze "
                         "took him to the flat of a doctor. The next day the Moscow Committee decided to arrest "
                         "him, and his friends hid him.")
    names = {p.id: p.name for p in rec.persons}
    ev = [e for e in rec.events if "Committee" in e.evidence.text]
    people = {names.get(p) for e in ev for p in e.participants}
    assert "Yakov Sverdlov" in people and "Ordzhonikidze" not in people


def test_coming_into_contact_is_no_journey_and_a_present_passive_no_happening():
    text = ("In the prison Orlov came into contact with Kuzin. "
            "The land is assured to the peasants. The food-supplies were looted.")
    evs = _events(text, ["Orlov", "Kuzin"])
    types = {_verb(e): e.type for e in evs}
    assert types["came"] == "other" and "assured" not in types and types["looted"] == "other"


def test_a_person_going_down_a_street_travels():
    text = "In 1917 Orlov went down the Nevsky and then went toward the Winter Palace."
    evs = _events(text, ["Orlov"], places=["Nevsky", "Winter Palace"], times={"1917": "1917"})
    assert [(e.type, e.place) for e in evs] == [("journey", "nevsky"), ("journey", "winter_palace")]


def test_an_event_deemed_only_possible_is_flagged_hypothetical():
    text = "It is possible that Orlov wandered as far as Athos in 1900. In 1901 Orlov travelled to Athos."
    evs = _events(text, ["Orlov"], places=["Athos"], times={"1900": "1900", "1901": "1901"})
    assert [(e.date, e.hypothetical) for e in evs] == [("1900", True), ("1901", False)]


def test_a_documents_title_or_a_signature_is_no_section_heading():
    from chronicle.resolve.clauses import is_heading
    assert is_heading("Early life") and is_heading("Chapter V") and is_heading("CHAPTER III. LORD MELBOURNE")
    assert not is_heading("FROM THE MUNICIPAL DUMA") and not is_heading("Signed: ATAMAN KALEDIN")
    assert not is_heading("D. Maskvin") and not is_heading("You fell in the fatal fight")
    assert not is_heading("[Illustration: Sailboat]") and not is_heading("He rose.")


def test_a_shell_landing_is_no_arrival_idioms_block_other_events_and_modal_passives_are_flagged():
    text = ("On 13 April 1918 a shell landed on Orlov's headquarters. Orlov paid much attention to China. "
            "Orlov vowed that the goals of Kuzin must be fulfilled.")
    evs = _events(text, ["Orlov", "Kuzin"], places=["China"], times={"13 April 1918": "1918-04-13"})
    got = {_verb(e): (e.type, e.hypothetical) for e in evs}
    assert got["landed"][0] == "other" and "paid" not in got and got["fulfilled"] == ("other", True)


def test_a_day_counted_from_a_dated_event_dates_the_verb_and_a_bracketed_twin_dates_nothing():
    import dataclasses
    text = ("Three days before his arrest on 9 February 1899, Orlov burned his letters. "
            "On 4 July (17 July, New Style) Orlov marched with the sailors. Orlov was arrested in his flat.")
    ctx = _ctx(text, ["Orlov"], times={"Three days before": "1899-02-06", "9 February 1899": "1899-02-09",
                                         "4 July": "1917-07-04", "17 July": "1917-07-17"})
    ctx.time_expressions[0] = dataclasses.replace(ctx.time_expressions[0], anchor="t1")
    evs = {_verb(e): e for e in events.run(ctx)["events"]}
    assert evs["burned"].date == "1899-02-06"
    assert evs["marched"].date == "1917-07-04"
    assert evs["arrested"].date == "1917-07-04"  # the clock: the outer date, not its New Style twin


def test_a_pluperfect_look_back_a_noun_measure_and_a_birth_day_leave_the_events_clock():
    text = ("Orlov arrived in Geneva on 3 November 1908, after a journey of eleven days. The first emigration was "
            "short: in the autumn of 1905, after the manifesto, he had gone home to Odessa. Now Orlov rented a room.")
    evs = {_verb(e): e for e in _events(text, ["Orlov"], places=["Geneva", "Odessa"],
                                        times={"3 November 1908": "1908-11-03", "eleven days": "P11D",
                                               "the autumn of 1905": "1905-FA"})}
    assert evs["rented"].date == "1908-11-03"
    text = "Orlov was born on 7 November 1879 in Yanovka. Orlov's sister Vera married Kuzin."
    evs = {_verb(e): e for e in _events(text, ["Orlov", "Vera", "Kuzin"], times={"7 November 1879": "1879-11-07"})}
    assert evs["married"].date == "1879"


def test_failed_to_and_neither_nor_are_negated_hoped_to_is_hypothetical():
    text = ("Orlov failed to reach Kiev. Neither Orlov nor Kuzin attended the congress. Orlov hoped to return to "
            "Russia. Orlov returned to Russia.")
    evs = _events(text, ["Orlov", "Kuzin"], places=["Kiev", "Russia"])
    flags = {(_verb(e), e.evidence.start): (e.negated, e.hypothetical) for e in evs}
    got = {v: f for (v, _), f in sorted(flags.items(), key=lambda x: x[0][1])}
    assert got["reach"] == (True, False)
    assert got["attended"][0]
    assert flags[("return", text.index("Orlov hoped"))] == (False, True)
    assert flags[("returned", text.index("Orlov returned"))] == (False, False)


def test_they_after_a_sentence_naming_one_person_and_a_resolved_he_is_the_couple():
    text = "Orlov came to Geneva in 1909. That summer he met Vera at a lecture. They married in October."
    evs = {_verb(e): e for e in _events(text, ["Orlov", "Vera"], places=["Geneva"])}
    assert set(evs["married"].participants) == {"orlov", "vera"}


# --- round 8: modern-biography probes ---------------------------------------------------------

def test_sentences_to_exile_wires_trains_set_foot_trials_and_going_abroad_are_typed():
    text = ("In 1902 Orlov was sentenced to four years of exile in Siberia. In March Orlov sent a telegram to Kuzin. "
            "In 1904 Kuzin was sentenced to three years in exile. "
            "Orlov took the train to Samara. Orlov never set foot in Paris. Orlov was tried in Kiev in 1908. "
            "Orlov was released in 1911 and went abroad.")
    evs = _events(text, ["Orlov", "Kuzin"], places=["Siberia", "Samara", "Paris", "Kiev"],
                  times={"1902": "1902", "March": "1902-03", "1908": "1908", "1911": "1911"})
    got = {_verb(e): (e.type, e.place, e.negated) for e in evs}
    # the place under "of exile in Siberia"; "three years in exile" too
    assert [(e.type, e.place) for e in evs if _verb(e) == "sentenced"] == [("exile", "siberia"), ("exile", None)]
    assert got["sent"][0] == "letter"
    assert got["took"][:2] == ("journey", "samara")
    assert got["set"] == ("travel_arrival", "paris", True)
    assert got["tried"][:2] == ("other", "kiev")
    assert got["went"][0] == "journey"


def test_a_participle_describing_a_speech_a_stance_and_dress_are_no_events():
    text = ("At a meeting on 12 October Orlov delivered a speech attacking the Mensheviks. The Mensheviks, who "
            "supported the Provisional Government, opposed Orlov. Kuzin wore a uniform.")
    evs = _events(text, ["Orlov", "Kuzin"], orgs=("Mensheviks", "Provisional Government"),
                  times={"12 October": "1903-10-12"})
    assert [(e.type, _verb(e)) for e in evs] == [("speech", "delivered")]


def test_a_named_event_in_a_time_phrase_takes_no_actor_and_a_death_has_its_nested_place():
    text = ("Vera was appointed secretary after the February Revolution. Orlov died of typhus in Odessa in 1905. "
            "Orlov fled to Finland after the unrest in Petrograd.")
    evs = _events(text, ["Vera", "Orlov"], places=["Odessa", "Finland", "Petrograd"], times={"1905": "1905"})
    rev = next(e for e in evs if e.summary == "February Revolution")
    assert rev.participants == ()
    got = {_verb(e): e.place for e in evs if ": " in e.summary}
    assert got["died"] == "odessa" and got["fled"] == "finland"


def test_a_name_after_a_month_is_the_subject_of_every_conjunct_and_was_tried_is_a_trial():
    text = "In August Orlov was arrested, tried and exiled to Archangel."
    evs = _events(text, ["Orlov"], places=["Archangel"], times={"August": "1907-08"})
    assert [(e.type, _verb(e), e.participants) for e in evs] == [
        ("arrest", "arrested", ("orlov",)), ("other", "tried", ("orlov",)), ("exile", "exiled", ("orlov",))]


def test_a_fronted_his_is_the_subjects_an_active_perfect_organised_and_a_dissolution_are_events():
    text = ("After his release from prison in May 1906, Orlov returned to Moscow. Kuzin, who had organised the "
            "strike, went to Kiev after the dissolution of the Duma in July.")
    evs = _events(text, ["Orlov", "Kuzin"], places=["Moscow", "Kiev"], orgs=("Duma",),
                  times={"May 1906": "1906-05", "July": "1906-07"})
    got = {_verb(e): e.participants for e in evs}
    assert got["release"] == ("orlov",) and got["dissolution"] == ("duma",) and got["organised"] == ("kuzin",)


def test_a_far_year_closing_a_plain_main_clause_or_after_not_until_moves_the_clock():
    from chronicle.annotate.timex import tag_time
    for middle in ("She returned to St Petersburg in 1905.", "She did not return to St Petersburg until 1905."):
        text = f"In the autumn of 1901 the circle was broken up. {middle} In October of that year she was elected."
        assert [t.value for t in tag_time(text, "d")][-1] == "1905-10"
    text = "In the autumn of 1901 the circle, founded in 1895, was broken up. In October she was elected."
    assert [t.value for t in tag_time(text, "d")][-1] == "1901-10"  # a year said in passing


def test_becoming_an_officer_is_an_appointment_and_becoming_a_member_a_membership_decision():
    text = ("In 1912 Orlov became editor of Pravda. In 1919 Kuzin became a member of the Politburo. "
            "In 1920 Orlov became very ill.")
    evs = _events(text, ["Orlov", "Kuzin"], orgs=("Pravda", "Politburo"),
                  times={"1912": "1912", "1919": "1919", "1920": "1920"})
    assert [(e.type, e.participants, e.date) for e in evs] == [
        ("appointment", ("orlov", "pravda"), "1912"), ("membership_decision", ("kuzin", "politburo"), "1919")]


def test_a_cleft_sentence_gives_its_place_and_date_to_the_event():
    text = "In 1912 Orlov lived in Paris. It was in Vienna in 1913 that Orlov first met Kuzin."
    evs = _events(text, ["Orlov", "Kuzin"], places=["Paris", "Vienna"], times={"1912": "1912", "1913": "1913"})
    met = next(e for e in evs if _verb(e) == "met")
    assert (met.place, met.date, met.participants) == ("vienna", "1913", ("orlov", "kuzin"))


def test_more_nominal_turns_of_a_life_are_events():
    text = "Orlov changed after Vera's suicide. The Bolsheviks' seizure of power surprised Kuzin."
    evs = _events(text, ["Orlov", "Vera", "Kuzin"], orgs=("Bolsheviks",))
    got = {_verb(e): (e.type, e.participants) for e in evs}
    assert got["suicide"] == ("death", ("vera",)) and got["seizure"] == ("other", ("bolsheviks",))


def test_a_wish_an_admission_that_and_a_thing_that_leaves_are_no_acts_or_journeys():
    text = ("Orlov hoped for a revolution in Germany. Kuzin admitted that the army was useless. "
            "This left the Bolsheviks with nothing. The response arrived on 21 February. Orlov planned an escape.")
    evs = _events(text, ["Orlov", "Kuzin"], places=["Germany"], orgs=("Bolsheviks",),
                  times={"21 February": "1918-02-21"})
    got = {_verb(e): e.type for e in evs if ": " in e.summary}
    assert "hoped" not in got and "admitted" not in got
    assert got["left"] == "other" and got["arrived"] == "other" and got["planned"] == "other"


def test_feelings_a_reached_compromise_and_a_reflected_influence_are_no_events():
    text = ("Lenin disliked Orlov's manner. A compromise was reached in May. Orlov's influence was reflected in "
            "the naming of streets. Orlov reached Kiev in May.")
    evs = _events(text, ["Lenin", "Orlov"], places=["Kiev"], times={"May": "1922-05"})
    assert [(e.type, _verb(e)) for e in evs] == [("travel_arrival", "reached")]


def test_an_absolute_clause_with_a_named_subject_is_narrated():
    text = "Orlov was determined to go, but Kuzin now siding with Vera, Orlov stayed."
    evs = _events(text, ["Orlov", "Kuzin", "Vera"])
    siding = next(e for e in evs if _verb(e) == "siding")
    assert siding.participants == ("kuzin", "vera")


def test_undertook_to_narrates_its_infinitive():
    text = "In 1905 Orlov undertook to organise the Red Guard."
    evs = _events(text, ["Orlov"], orgs=("Red Guard",), times={"1905": "1905"})
    assert [(_verb(e), e.hypothetical, e.date) for e in evs] == [("organise", False, "1905")]


def test_the_head_of_an_object_relative_clause_is_a_participant():
    text = "Kamo, whom the police had tortured in Berlin, feigned madness for four years."
    evs = _events(text, ["Kamo"], places=["Berlin"])
    tortured = next(e for e in evs if _verb(e) == "tortured")
    assert (tortured.participants, tortured.place) == (("kamo",), "berlin")


def test_an_unnamed_habit_is_no_event_but_a_named_one_is():
    text = "Students were often arrested in those years. Orlov was often arrested in Kiev."
    evs = _events(text, ["Orlov"], places=["Kiev"])
    assert [(e.type, e.participants) for e in evs] == [("arrest", ("orlov",))]


def test_a_time_of_a_named_day_sets_the_clock_and_boarding_a_ferry_is_a_departure():
    text = ("On 13 April Orlov reached Stockholm. Orlov arrived in Petrograd on the night of 16 April. Lenin "
            "climbed onto a car. At midnight Orlov left. Lenin spoke. At Sassnitz Orlov boarded a ferry.")
    evs = _events(text, ["Orlov", "Lenin"], places=["Stockholm", "Petrograd", "Sassnitz"],
                  times={"13 April": "1917-04-13", "the night of 16 April": "1917-04-16TNI",
                         "midnight": "1914-12-17T24:00"})
    got = {_verb(e): (e.type, e.date) for e in evs}
    assert got["climbed"] == ("other", "1917-04-16")
    assert got["spoke"][1] == "1917-04-16"  # a bare "midnight" is only as good as its anchor: no clock
    assert got["boarded"][0] == "travel_departure"


def test_an_absolute_clause_needs_a_subject_set_off_and_a_thing_giving_is_no_act():
    text = ("The only signs of war were Orlov's Red Guards squatting around fires. I saw Kuzin sitting in the hall. "
            "Nature had given Orlov beauty and brains.")
    evs = _events(text, ["Orlov", "Kuzin"], orgs=("Red Guards",))
    assert [_verb(e) for e in evs if ": " in e.summary] == []


def test_a_look_ahead_with_would_later_is_a_fact_that_leaves_the_clock_and_a_compound_role_is_an_appointment():
    text = ("In 1924 Vera was made minister plenipotentiary. Orlov would later be shot during the purges of 1938. "
            "Vera never returned to Moscow.")
    evs = {_verb(e): e for e in _events(text, ["Vera", "Orlov"], places=["Moscow"],
                                        times={"1924": "1924", "1938": "1938"})}
    assert evs["made"].type == "appointment"
    assert (evs["shot"].date, evs["shot"].hypothetical) == ("1938", False)
    assert evs["returned"].date == "1924"


def test_their_wedding_after_a_couple_is_the_couples():
    text = "In 1903 Orlov married Vera in Ust-Kut. Their wedding was witnessed by two deportees."
    evs = _events(text, ["Orlov", "Vera"], places=["Ust-Kut"], times={"1903": "1903"})
    wedding = next(e for e in evs if _verb(e) == "wedding")
    assert (wedding.type, set(wedding.participants)) == ("marriage", {"orlov", "vera"})


def test_joining_people_is_company_and_rejecting_a_claim_no_membership_decision():
    evs = _events("Kamenev joined the local merchants in sending a telegram. At Krasnoyarsk they were joined by "
                  "Goloshchekin. Kamenev later claimed that he had never signed it; Stalin rejected this. "
                  "Trotsky did not join them at once. Lenin invited Stalin to join the Central Committee.",
                  persons=("Kamenev", "Goloshchekin", "Stalin", "Trotsky", "Lenin"), orgs=("Central Committee",))
    kinds = {_verb(e): e.type for e in evs}
    assert kinds.get("joined") == "meeting"  # the merchants, and Goloshchekin joining them: company
    assert kinds.get("rejected") != "membership_decision"  # a dispute of a claim (the claims stage records it)
    assert kinds.get("join") == "membership_decision"  # "to join the Central Committee" still is one


def test_a_name_carried_by_an_apposed_role_noun_is_the_subject():
    from chronicle.extract import extract_string
    rec = extract_string("Trotsky spoke at the Soviet. Its first chairman, the lawyer Georgy Nosar, was arrested on "
                         "26 November.")
    name = {p.id: p.name for p in rec.persons}
    arrest = next(e for e in rec.events if e.type == "arrest")
    assert [name.get(p) for p in arrest.participants] == ["Georgy Nosar"]


def test_an_election_to_no_committee_is_negated_and_an_appeal_to_no_avail_is_not():
    from chronicle.extract import extract_string
    rec = extract_string("In London Trotsky attended the Fifth Congress of the party, at which he was elected to no "
                         "committee. In 1907 Lenin appealed to the Congress, to no avail.")
    kinds = {(e.summary.split(": ", 1)[-1].split(" (")[0], e.negated) for e in rec.events}
    assert ("elected", True) in kinds
    assert ("appealed", True) not in kinds


def test_a_time_counted_back_or_one_only_meant_leaves_the_clock_alone_and_a_week_moves_it():
    text = ("On 2 June 1908 the police searched the room of Lurye. The previous evening Lurye had burned his letters. "
            "Lurye met Kuzin. Vera wanted to wait for the spring boats. Lurye visited Vera. "
            "Lurye left Geneva the following week. Lurye wrote to Kuzin.")
    evs = _events(text, ["Lurye", "Kuzin", "Vera"], places=["Geneva"],
                  times={"2 June 1908": "1908-06-02", "The previous evening": "1908-06-01TEV",
                         "the spring": "1908-SP", "the following week": "1908-W24"})
    got = {_verb(e): e.date for e in evs}
    assert got["burned"] == "1908-06-01" and got["met"] == "1908-06-02" and got["visited"] == "1908-06-02"
    assert got["left"] == "1908-W24" and got["wrote"] == "1908-W24"


def test_a_week_in_the_narrators_look_ahead_leaves_the_clock_alone():
    # "which was to develop …, in the next week": the narrator looks ahead; the story stays on its day
    text = ("On 7 November 1917 the Committee met. The Committee was formed, which was to grow into the main enemy "
            "of the Soviet, appearing, in the next week, under its own name. Lieber met Kuzin. Dan wrote to Kuzin.")
    evs = _events(text, ["Lieber", "Dan", "Kuzin"], places=[],
                  times={"7 November 1917": "1917-11-07", "the next week": "1917-W46"})
    got = {_verb(e): e.date for e in evs}
    assert got["met"] == "1917-11-07" and got["wrote"] == "1917-11-07"


def test_a_lapse_of_a_few_days_inside_the_month_keeps_the_month():
    text = ("The news reached Orlov on 3 March 1917. Within days the colony had dissolved. Orlov met Kuzin. "
            "On 28 March Kuzin reached Omsk. A few days later Kuzin visited Orlov. After some weeks Orlov left Omsk.")
    evs = _events(text, ["Orlov", "Kuzin"], places=["Omsk"],
                  times={"3 March 1917": "1917-03-03", "days": "PXD", "28 March": "1917-03-28",
                         "A few days": "PXD", "some weeks": "PXW"})
    got = {_verb(e): e.date for e in evs}
    assert got["met"] == "1917-03"  # 3 March and a few days: still March
    assert got["visited"] == "1917"  # 28 March and a few days: March or April
    assert got["left"] == "1917"


def test_a_date_split_off_its_sentence_by_the_tagger_still_dates_it():
    # the tagger ends a sentence after "On October 14th"; the organ's dated statement is still a speech of that day
    text = ("The Mensheviki supported Kerensky.\n\nOn October 14th the official organ of the “moderate” Socialists "
            "said:\n\nThe drama of Revolution has two acts; the destruction of the old régime and the creation of "
            "the new one.")
    evs = _events(text, ["Kerensky"], orgs=["Socialists", "Mensheviki"], times={"October 14th": "1917-10-14"})
    said = [e for e in evs if _verb(e) == "said"]
    assert len(said) == 1 and said[0].type == "speech" and said[0].date == "1917-10-14"
    assert said[0].participants == ("socialists",) or list(said[0].participants) == ["socialists"]


# --- dates on the unseen passages: counted clauses, asides, travelling bodies ------------------------

def test_a_clause_counted_from_the_day_before_it():
    text = ("Orlov reached Kiev on 29 March 1915, five days before Kuzin stepped down from his train at the station. "
            "The news reached Orlov on 20 April 1915, three days after Kuzin had resigned.")
    evs = _events(text, ["Orlov", "Kuzin"], ["Kiev"], times={"29 March 1915": "1915-03-29",
                                                             "20 April 1915": "1915-04-20"})
    got = {_verb(e): e.date for e in evs}
    assert got["stepped"] == "1915-04-03" and got["resigned"] == "1915-04-17"
    assert got["reached"] in ("1915-03-29", "1915-04-20")


def test_a_month_naming_a_thing_and_a_pluperfect_relative_clause_leave_the_clock():
    text = ("On the morning of 30 June 1849 the Assembly sent for Orlov. Orlov, elected for Kiev in the January "
            "elections, rode down from the villa. He put three courses before the deputies. Kuzin, who had led the "
            "committee in late November 1848, received the same sentence. Kuzin spoke.")
    evs = _events(text, ["Orlov", "Kuzin"], ["Kiev"], times={
        "the morning of 30 June 1849": "1849-06-30TMO", "January": "1849-01", "late November 1848": "1848-11"})
    got = {_verb(e): e.date for e in evs if ": " in e.summary}
    assert got["rode down"] == got["put"] == got["received"] == got["spoke"] == "1849-06-30"
    assert got["led"] == "1848-11"


def test_a_body_of_travellers_named_by_a_common_noun_carries_the_main_person():
    text = ("Orlov gathered his men in the square. Orlov spoke. Orlov rode on. Orlov waited. Orlov slept. "
            "At eight that evening the column marched out by the gate and took the road for Tivoli. "
            "When the column came into Tivoli on 31 July it numbered perhaps fifteen hundred. "
            "The committee came into Tivoli later.")
    evs = _events(text, ["Orlov"], ["Tivoli"], times={"31 July": "1849-07-31"})
    got = {_verb(e): e for e in evs}
    assert got["marched out"].participants == ("orlov",) and got["came"].participants == ("orlov",)
    assert got["came"].date == "1849-07-31"
    # too few mentions to make anyone the text's main person: no one is guessed
    few = _events("Orlov slept. The convoy left Tivoli on 3 May 1910.", ["Orlov"], ["Tivoli"],
                  times={"3 May 1910": "1910-05-03"})
    assert all(e.participants == () for e in few if "left" in e.summary)


def test_a_dated_participle_on_a_name_is_what_befell_that_one():
    text = ("On 30 June 1849 the Assembly met. Orlov, elected for Kiev in the January elections, rode down from the "
            "villa. The men arrested in 1905 were freed.")
    evs = _events(text, ["Orlov"], ["Kiev"], times={"30 June 1849": "1849-06-30", "January": "1849-01",
                                                      "1905": "1905"})
    got = {_verb(e): e for e in evs if ": " in e.summary}
    assert got["elected"].participants == ("orlov",) and got["elected"].type == "appointment"
    assert got["elected"].date == "1849-01" and got["rode down"].date == "1849-06-30"
    assert "arrested" not in got  # no name to hang it on


def test_an_undated_pluperfect_keeps_only_the_month_of_the_story_day():
    text = ("Orlov came into Tivoli on the morning of 31 July 1849. From Citerna he had climbed the hills by mule "
            "tracks. On 2 August he had reached the coast.")
    evs = _events(text, ["Orlov"], ["Tivoli", "Citerna"], times={"the morning of 31 July 1849": "1849-07-31TMO",
                                                                  "2 August": "1849-08-02"})
    got = {_verb(e): e.date for e in evs}
    assert got["climbed"] == "1849-07" and got["reached"] == "1849-08-02"


def test_a_quoted_first_person_does_not_make_a_first_person_text():
    from types import SimpleNamespace

    from chronicle.context import EntityRef
    refs = [EntityRef(i * 10, i * 10 + 3, "hero", "person") for i in range(6)] + \
        [EntityRef(100 + i * 10, 101 + i * 10, "narrator", "person") for i in range(4)]
    told = SimpleNamespace(narrator="narrator", refs=refs, topics={"m": "hero"}, in_quote=lambda pos: pos >= 100)
    assert not events._first_person(told)  # a speech the hero gives: the text is still about him
    own = SimpleNamespace(narrator="narrator", refs=refs, topics={"m": "hero"}, in_quote=lambda pos: False)
    own.refs = refs + [EntityRef(200 + i * 10, 201 + i * 10, "narrator", "person") for i in range(4)]
    assert events._first_person(own)  # "I" outside quotations more often than the hero's name


def test_put_to_sea_named_to_a_post_and_a_day_before_a_conjunct():
    text = ("Orlov reached Cesenatico on 1 August 1849. There he commandeered thirteen boats, the fishing boats of the "
            "coast, and on 2 August put to sea for Venice. A new triumvirate was named the next day. Kuzin was named "
            "editor of the paper. The street was named after him.")
    evs = _events(text, ["Orlov", "Kuzin"], ["Venice", "Cesenatico"],
                  times={"1 August 1849": "1849-08-01", "2 August": "1849-08-02", "the next day": "1849-08-03"})
    put = [e for e in evs if _verb(e) == "put"]
    # the subject of "put" is the first conjunct's "he", not the month of "on 2 August"
    assert put and put[0].type == "travel_departure" and put[0].participants == ("orlov",)
    assert put[0].date == "1849-08-02" and put[0].place == "venice"
    named = [e for e in evs if _verb(e) == "named"]
    assert [e.type for e in named] == ["appointment", "appointment"]  # the triumvirate, Kuzin; not the street
    assert named[1].participants == ("kuzin",)


def test_a_vehicle_carries_its_passengers_and_the_government_is_the_body_that_travelled():
    text = ("On 10 March 1918 the train carrying the Sovnarkom left Petrograd. The journey lasted more than a day, and "
            "the government reached Moscow on the evening of 11 March. The train left Moscow on 12 March.")
    evs = _events(text, [], ["Petrograd", "Moscow"], ["Sovnarkom"], times={
        "10 March 1918": "1918-03-10", "the evening of 11 March": "1918-03-11TEV", "12 March": "1918-03-12"})
    got = [(e.type, e.participants, e.date) for e in evs]
    assert ("travel_departure", ("sovnarkom",), "1918-03-10") in got
    assert ("travel_arrival", ("sovnarkom",), "1918-03-11") in got
    assert ("travel_departure", (), "1918-03-12") in got  # a train carrying no one named


def test_troops_occupying_a_building_is_an_event_holding_a_post_is_not():
    text = ("On 5 July 1917 the paper was wrecked, and the following day troops occupied the mansion. "
            "Kuzin occupied the post of secretary until 1918.")
    evs = _events(text, ["Kuzin"], times={"5 July 1917": "1917-07-05", "the following day": "1917-07-06",
                                          "1918": "1918"})
    occupied = [e for e in evs if _verb(e) == "occupied"]
    assert [(e.type, e.date) for e in occupied] == [("battle", "1917-07-06")]


def test_they_naming_no_one_is_not_the_main_person_named_beside_it():
    text = ("Polo spoke. Polo wrote. Polo slept. Polo waited. Polo sang. In 1269 they returned to Venice to meet Polo "
            "for the first time. In 1271 they sailed to Acre.")
    evs = _events(text, ["Polo"], ["Venice", "Acre"], times={"1269": "1269", "1271": "1271"})
    got = {_verb(e): e.participants for e in evs}
    assert got.get("returned", ()) == () and got["sailed"] == ("polo",)


def test_the_day_after_a_clause_dates_that_clause_a_day_before_the_day_named():
    text = ("On 9 June 1905, the day after Orlov reached Riga, the committee met in his rooms. "
            "Kuzin spoke first.")
    evs = _events(text, ["Orlov", "Kuzin"], places=["Riga"], orgs=["committee"],
                  times={"9 June 1905": "1905-06-09", "the day after": "1905-06-09"})
    got = {_verb(e): e.date for e in evs}
    assert got["reached"] == "1905-06-08" and got["met"] == "1905-06-09"


def test_a_date_told_of_a_noun_or_looked_back_to_since_neither_dates_the_clause_nor_moves_the_clock():
    # an apposition's birth year, a look back "since" a date in the pluperfect
    text = ("The two men reached Petrograd on 3 April 1917. Semyon Orlov, born Petrov in Tver in 1871, "
            "had travelled with Kuzin all the way from Geneva. Orlov was still the chairman of the soviet, "
            "and since 29 August 1916 he had also led the strike committee. While Orlov was away, Kuzin "
            "arrested the printers.")
    evs = _events(text, ["Orlov", "Kuzin", "Petrov"], places=["Petrograd", "Tver", "Geneva"],
                  times={"3 April 1917": "1917-04-03", "1871": "1871", "29 August 1916": "1916-08-29"})
    got = {_verb(e): e.date for e in evs}
    assert got["travelled"] != "1871" and got["arrested"] == "1917-04-03"
    assert got["led"] == "1916-08-29"


def test_a_vessel_or_train_travelling_carries_the_people_of_the_last_journey():
    text = ("On 18 February 1918 Orlova and Kuzin left Petrograd on the steamer. The ship turned back to Reval. "
            "The train pulled into the station at Narva on 3 March.")
    evs = _events(text, ["Orlova", "Kuzin"], places=["Petrograd", "Reval", "Narva"],
                  times={"18 February 1918": "1918-02-18", "3 March": "1918-03-03"})
    got = {_verb(e): (e.type, e.participants, e.date) for e in evs}
    assert got["turned"] == ("journey", ("orlova", "kuzin"), "1918-02-18")
    assert got["pulled"] == ("travel_arrival", ("orlova", "kuzin"), "1918-03-03")
    # no journey told before: no one is aboard
    evs = _events("The train pulled into the station at Narva on 3 March 1918. Kuzin was waiting.", ["Kuzin"],
                  places=["Narva"], times={"3 March 1918": "1918-03-03"})
    assert not any(_verb(e) == "pulled" for e in evs)


def test_the_commission_or_the_government_is_the_body_last_named_with_that_head():
    text = ("In March 1921 the Supreme Fisheries Commission moved to Kazan, and Orlov followed it. "
            "On 9 April the commission requisitioned a school. The Provisional Government's agents searched "
            "the port. Next day the government published the list.")
    evs = _events(text, ["Orlov"], places=["Kazan"], orgs=["Supreme Fisheries Commission", "Provisional Government"],
                  times={"March 1921": "1921-03", "9 April": "1921-04-09"})
    got = {_verb(e): e.participants for e in evs}
    assert got["requisitioned"] == ("supreme_fisheries_commission",)
    assert got["published"] == ("provisional_government",)


def test_the_party_or_the_colony_travelling_carries_the_main_person():
    text = ("Vera Orlova settled in Geneva in 1910. Orlova wrote for the paper, Orlova taught at the school, and "
            "Orlova lodged with a widow. Orlova met Kuzin there. Orlova was happy. In October the whole colony "
            "moved to Bern. The party of thirty émigrés reached Zurich in 1911.")
    evs = _events(text, ["Orlova", "Kuzin"], places=["Geneva", "Bern", "Zurich"],
                  times={"1910": "1910", "October": "1910-10", "1911": "1911"})
    got = {_verb(e): e.participants for e in evs}
    assert got["moved"] == ("orlova",) and got["reached"] == ("orlova",)


def test_a_lapse_within_a_month_dates_the_event_to_the_month_it_ends_in():
    # the carried day is 20 July; "within a month" lands in August, "within the week" of 3 March stays in March
    text = ("Markova reached Odessa on 20 July 1911. She found work at a printing shop, and within a month "
            "Markova had joined the strike committee.")
    evs = _events(text, ["Markova"], places=["Odessa"], times={"20 July 1911": "1911-07-20", "a month": "P1M"})
    got = {_verb(e): e.date for e in evs}
    assert got["reached"] == "1911-07-20" and got["joined"] == "1911-08"
    text = ("Markova reached Odessa on 28 March 1911. Within the week Markova met Orlov at the harbour.")
    evs = _events(text, ["Markova", "Orlov"], places=["Odessa"], times={"28 March 1911": "1911-03-28"})
    got = {_verb(e): e.date for e in evs}
    assert got["met"] == "1911-04"


def test_a_lapse_of_days_or_weeks_after_the_clock_keeps_the_month_it_reaches():
    # the clock is a month ("at the end of April"); three days of waiting reach May, not just the year
    text = ("At the end of April 1918 Markova reached Odessa. After three days of waiting, Markova took a train "
            "to Kiev. Markova lodged with Orlov.")
    evs = _events(text, ["Markova", "Orlov"], places=["Odessa", "Kiev"],
                  times={"the end of April 1918": "1918-04", "three days": "P3D"})
    got = {_verb(e): e.date for e in evs}
    assert got["lodged"] == "1918-05"
    # a week after a day date of 10 June stays in June
    text = "Markova reached Odessa on 10 June 1918. After a week Markova lodged with Orlov."
    evs = _events(text, ["Markova", "Orlov"], places=["Odessa"], times={"10 June 1918": "1918-06-10", "a week": "P1W"})
    got = {_verb(e): e.date for e in evs}
    assert got["lodged"] == "1918-06"


def test_words_said_to_someone_are_a_speech_but_not_a_second_verb_or_a_source_s_report():
    text = "‘We shall hold the bridge,’ Marek Olsen said to Ivan Berg. The rain went on all night."
    evs = _events(text, ["Marek Olsen", "Ivan Berg"])
    assert [(e.type, _verb(e)) for e in evs if _verb(e) == "said"] == [("speech", "said")]
    # coordinated with the verb that tells the meeting, or reported by a source: no speech of its own
    text = "Marek Olsen questioned Ivan Berg about the harvest and at the end said to him: ‘You may go.’"
    evs = _events(text, ["Marek Olsen", "Ivan Berg"])
    assert not [e for e in evs if _verb(e) == "said"]
    text = "According to Anna Kovacs, Marek Olsen said to Ivan Berg at the door, ‘You decide.’"
    evs = _events(text, ["Marek Olsen", "Ivan Berg", "Anna Kovacs"])
    assert not [e for e in evs if _verb(e) == "said"]
    text = "‘It will rain,’ Marek Olsen said. The rain went on all night."  # said to no one: a line of dialogue
    assert not [e for e in _events(text, ["Marek Olsen"]) if _verb(e) == "said"]


def test_a_work_that_appeared_in_a_paper_or_a_language_is_a_publication():
    text = "Marek Olsen finished the essay in March. The essay appeared in the Courier that spring."
    evs = _events(text, ["Marek Olsen"], orgs=["Courier"])
    assert [e.type for e in evs if _verb(e) == "appeared"] == ["publication"]
    text = "Anna Kovacs, whose novel appeared in Vienna in 1911, came to the meeting."  # said in passing
    assert not [e for e in _events(text, ["Anna Kovacs"], places=["Vienna"]) if _verb(e) == "appeared"]
    text = "Marek Olsen appeared in the doorway."  # a person appearing publishes nothing
    assert not [e for e in _events(text, ["Marek Olsen"]) if e.type == "publication"]


def test_the_ones_a_vessel_takes_off_or_carries_to_a_place_travel():
    text = ("Anna Kovacs and Marek Olsen rode to the coast. On 2 September a fishing boat took them off from Cala "
            "Rossa, and three days later they landed at Genoa.")
    evs = _events(text, ["Anna Kovacs", "Marek Olsen"], places=["Cala Rossa", "Genoa"],
                  times={"2 September": "1849-09-02", "three days later": "1849-09-05"})
    took = [e for e in evs if _verb(e).startswith("took")]
    assert len(took) == 1 and took[0].type == "travel_departure" and took[0].date == "1849-09-02"
    assert set(took[0].participants) == {"anna_kovacs", "marek_olsen"}
    text = "Anna Kovacs rode to the coast. The boat took the letters to Genoa."  # things carried: no one travels
    assert not [e for e in _events(text, ["Anna Kovacs"], places=["Genoa"]) if _verb(e).startswith("took")]
