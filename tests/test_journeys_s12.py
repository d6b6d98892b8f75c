"""Journeys, twelfth session: where a crossing lies."""
from chronicle.extract import extract_string


def _trips(text):
    rec = extract_string(text)
    names = {e.id: e.name for e in list(rec.persons) + list(rec.places) + list(rec.organizations)}
    return [([names[t] for t in j.travellers], [names[s] for s in j.stops]) for j in rec.journeys]


def test_a_town_named_at_or_near_what_is_crossed_is_a_stop():
    trips = _trips("In 1848 Kossuth left Pest. He crossed the Danube near Vidin and went on to Sofia.")
    assert trips == [(["Kossuth"], ["Danube", "Vidin", "Sofia"])]


def test_a_bridge_crossed_at_a_town_in_a_gapped_clause():
    trips = _trips("In April 1918 Petrov left Chita by train. A week later he crossed the Urals at Chelyabinsk, and two "
                   "days after that the Volga bridge at Syzran. On 9 May he reached Moscow.")
    stops = next(s for who, s in trips if who == ["Petrov"])
    assert stops.index("Chelyabinsk") < stops.index("Syzran") < stops.index("Moscow")


def test_crossing_a_river_named_only_by_a_common_noun_keeps_the_clause():
    trips = _trips("In October 1918 Litvinov left Stockholm for Haparanda. He crossed the river to Tornio by ferry "
                   "and went on to Helsingfors.")
    assert trips == [(["Litvinov"], ["Stockholm", "Haparanda", "Tornio", "Helsingfors"])]
    trips = _trips("In 1858 Brown left Chicago. He crossed the river from Detroit by the ferry and reached Windsor.")
    assert trips == [(["Brown"], ["Chicago", "Detroit", "Windsor"])]


def test_forded_the_river_at_a_town():
    trips = _trips("In May 1850 Petrov left Kiev. He forded the stream near Bender and rode to Odessa.")
    assert trips == [(["Petrov"], ["Kiev", "Bender", "Odessa"])]


MAIN = ("In 1880 Plekhanov lived in Geneva with his wife Rosalia. Plekhanov wrote pamphlets for the group, and "
        "Plekhanov argued with Zasulich about the peasants. Plekhanov also read Marx. In the spring Plekhanov fell ill. ")


def test_the_family_moving_is_the_main_persons_household():
    trips = _trips(MAIN + "In November 1880 the family moved to Paris.")
    assert trips == [(["Plekhanov"], ["Geneva", "Paris"])]


def test_the_family_names_nobody_without_a_main_person():
    trips = _trips("In 1880 Plekhanov lived in Geneva. Axelrod lived in Zurich. In November 1880 the family moved "
                   "to Paris.")
    assert trips == []


def test_being_again_or_back_somewhere_is_a_return_from_the_last_place():
    trips = _trips("In 1872 Kropotkin went to Zurich and then to Geneva. That May Kropotkin was again in St Petersburg, "
                   "with books in his trunk.")
    assert trips == [(["Kropotkin"], ["Zurich", "Geneva", "St Petersburg"])]
    trips = _trips("In 1880 Plekhanov lived in Paris. He was back in Geneva by the autumn.")
    assert trips == [(["Plekhanov"], ["Paris", "Geneva"])]


def test_the_road_told_after_the_arrival_goes_before_it():
    trips = _trips("Nadezhda Krupskaya arrived in Shushenskoye on the evening of 7 May 1898. She had been sentenced "
                   "to exile in March. She left Petersburg by train towards the end of April 1898 and spent two days "
                   "in Moscow. From Moscow the Siberian line carried her east to Krasnoyarsk, and she went up the "
                   "Yenisei by steamer to Minusinsk.")
    stops = next(s for who, s in trips if who == ["Nadezhda Krupskaya"])
    assert stops[0] == "Petersburg" and stops[-1] == "Shushenskoye"
    assert stops.index("Moscow") < stops.index("Krasnoyarsk") < stops.index("Minusinsk")


def test_an_arrival_followed_by_a_later_move_keeps_its_order():
    trips = _trips("Nadezhda Krupskaya arrived in Shushenskoye on the evening of 7 May 1898. In June 1898 she went to "
                   "Minusinsk.")
    assert trips == [(["Nadezhda Krupskaya"], ["Shushenskoye", "Minusinsk"])]


def test_what_was_done_after_boarding_comes_after_the_boarding():
    trips = _trips("In January 1880 Plekhanov left Geneva. Plekhanov reached Warsaw on 21 January, two days after "
                   "boarding the evening train at Vilna.")
    assert trips == [(["Plekhanov"], ["Geneva", "Vilna", "Warsaw"])]
