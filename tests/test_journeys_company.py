"""Journeys: who travels in a group the text lists or leads, stops the parser hangs on the wrong clause, halts told
as participles, and places told through the people gone to."""
from chronicle.extract import extract_string


def _trips(text):
    rec = extract_string(text)
    names = {e.id: e.name for e in list(rec.persons) + list(rec.places) + list(rec.organizations)}
    return [([names[t] for t in j.travellers], [names[s] for s in j.stops]) for j in rec.journeys]


def _stops_of(trips, who):
    return [s for w, stops in trips if any(who in x for x in w) for s in stops]


def test_left_for_a_place_to_do_something_goes_there():
    trips = _trips("In May 1913 Pavel Orlov lived in Vienna. In January 1914 Orlov left for Berlin to work with "
                   "the printers.")
    assert "Berlin" in _stops_of(trips, "Orlov")


def test_a_place_opening_the_clause_is_where_the_move_began_and_the_next_clause_takes_its_preposition():
    trips = _trips("In March 1907 Pavel Orlov escaped from Riga. At Tilsit a peasant guide led him on foot across "
                   "the Memel by night, and from Ragnit, on the Prussian side, he went on by train to Berlin.")
    stops = _stops_of(trips, "Orlov")
    assert [s for s in stops if s in ("Tilsit", "Memel", "Ragnit", "Berlin")] == ["Tilsit", "Memel", "Ragnit", "Berlin"]


def test_halts_told_as_participles_are_stops_on_the_way():
    trips = _trips("In 1648 Thomas Harlow travelled down by coach from London with Edward Gorin, dining at Reading "
                   "and lying the night at Newbury before going on to Bath.")
    stops = _stops_of(trips, "Harlow")
    assert [s for s in stops if s in ("London", "Reading", "Newbury", "Bath")] == ["London", "Reading", "Newbury",
                                                                                    "Bath"]


def test_going_back_to_people_who_were_somewhere_goes_there():
    trips = _trips("In June 1914 Maria Orlova spoke at a congress in Vienna. From Vienna she went back to her "
                   "children, who were spending the summer at Nice.")
    assert _stops_of(trips, "Orlova") == ["Vienna", "Nice"]


def test_they_after_a_listed_delegation_are_its_members_not_the_body_that_sent_them():
    trips = _trips("In May 1918 the Central Committee decided to send a small delegation – Maria Orlova, Pavel "
                   "Sokolov and two others – to explain its policy, and on 3 May they sailed from Petrograd to "
                   "Stockholm.")
    assert any("Maria Orlova" in who and stops == ["Petrograd", "Stockholm"] for who, stops in trips)
    assert not any("Central Committee" in who for who, _ in trips)


def test_those_a_man_led_fall_back_with_him_first_to_one_place_then_to_another():
    trips = _trips("In February 1918 Pavel Orlov led a detachment of sailors to Pskov. On 4 March the "
                   "sailors abandoned the town and fell back, first to Luga and then to Tosno.")
    assert ["Pskov", "Luga", "Tosno"] in [stops for who, stops in trips if "Pavel Orlov" in who]


def test_a_fall_is_no_journey_without_back():
    trips = _trips("In 1812 General Pavel Orlov fell at Borodino.")
    assert not _stops_of(trips, "Orlov")


def test_the_road_taken_and_the_head_of_the_column_move_those_who_took_it():
    trips = _trips("On 19 October 1812 Marshal Orlov rode out from Moscow and took once more the road by which he "
                   "had come. That road led past Mozhaisk and across the field of Borodino. On 9 November the head "
                   "of the column entered Smolensk.")
    stops = _stops_of(trips, "Orlov")
    assert [s for s in stops if s in ("Moscow", "Mozhaisk", "Borodino", "Smolensk")] == ["Moscow", "Mozhaisk",
                                                                                         "Borodino", "Smolensk"]


def test_those_taken_at_a_place_and_then_marched_start_there():
    trips = _trips("At dawn on 28 March 1649 soldiers took Thomas Harlow at his lodging near Smithfield. The four "
                   "were marched to Whitehall. Harlow refused to answer, and that night was carried by barge to "
                   "the Tower of London.")
    stops = _stops_of(trips, "Harlow")
    assert [s for s in stops if s in ("Smithfield", "Whitehall", "Tower of London")] == ["Smithfield", "Whitehall",
                                                                                        "Tower of London"]


def test_fugitives_are_the_party_of_several_and_a_stop_after_and_goes_to_the_next_clause():
    trips = _trips("On 5 December 1812 Marshal Orlov set out in a carriage with Pavel Sokolov. Joachim departed for "
                   "Naples. The fugitives had skirted Vilna before dawn on the 6th; beyond the Niemen they exchanged "
                   "the carriage for a sledge, in which they crossed the snows of Poland; and at Warsaw, on the 10th, "
                   "Orlov alighted at a hotel.")
    stops = _stops_of(trips, "Orlov")
    assert [s for s in stops if s in ("Vilna", "Niemen", "Poland", "Warsaw")] == ["Vilna", "Niemen", "Poland",
                                                                                 "Warsaw"]
    assert "Vilna" not in _stops_of(trips, "Joachim")


def test_an_aside_to_a_far_year_does_not_move_the_narrative_clock():
    rec = extract_string("On 19 October 1812 Marshal Orlov left Moscow. The quarrel was carried to the field of "
                         "honour, and in 1825 the two generals met sword in hand. Orlov rode on past Mozhaisk to "
                         "Smolensk. On 9 November he wrote to his wife.")
    rode = next(e for e in rec.events if e.evidence.text.startswith("Orlov rode on"))
    assert rode.date == "1812-10-19"
    assert any(e.date == "1825" for e in rec.events)  # the aside keeps its own year
    names = {p.id: p.name for p in rec.places}
    assert [[names[s] for s in j.stops] for j in rec.journeys] == [["Moscow", "Mozhaisk", "Smolensk"]]


def test_following_from_a_station_goes_where_the_body_went_and_a_room_given_is_a_stop():
    trips = _trips("In March 1918 Maria Orlova lived in Petrograd. On 10 March the government left for Moscow. "
                   "Orlova followed on the night train from the Nikolaevsky Station on 12 March and arrived the next "
                   "morning. She was given a room at the Hotel Metropol.")
    assert trips == [(["Maria Orlova"], ["Nikolaevsky Station", "Moscow", "Hotel Metropol"])]


def test_a_room_given_with_no_journey_under_way_is_no_journey():
    assert _trips("In 1918 Maria Orlova was given a room at the Hotel Metropol.") == []


def test_the_government_is_the_government_body_named_last():
    trips = _trips("In March 1918 the Sovnarkom dismissed Pavel Orlov. On 10 March the government left for Moscow.")
    assert (["Sovnarkom"], ["Moscow"]) in trips


def test_the_night_of_a_night_train_does_not_date_the_clause():
    rec = extract_string("On 3 May 1918 the government left Petrograd. Maria Orlova followed on the night train from "
                         "the Nikolaevsky Station on 12 May.")
    followed = next(e for e in rec.events if e.summary.endswith("followed"))
    assert followed.date == "1918-05-12"
