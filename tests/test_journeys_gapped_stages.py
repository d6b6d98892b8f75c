"""Stages told without a verb of their own (eighth session): a vehicle gapped of the verb it shares, the next
stages hung on a preposition that has its own object, and a preposition coordinated with the verb's own."""
from chronicle.extract import extract_string


def _stops(text):
    rec = extract_string(text)
    names = {p.id: p.name for p in rec.places}
    return [[names[s] for s in j.stops] for j in rec.journeys]


def test_a_vehicle_gapped_of_the_verb_is_a_stage():
    stops = _stops("In 1902 Petrov left Kazan. From Samara a ferry took them to Saratov, and a train to Penza.")
    assert any(s[-2:] == ["Saratov", "Penza"] for s in stops)


def test_stages_hung_on_a_preposition_with_its_own_object():
    stops = _stops("In 1902 Petrov had gone by train to Kazan, and from there by way of Samara to Penza.")
    assert ["Kazan", "Samara", "Penza"] in stops


def test_a_preposition_coordinated_with_the_verbs_own():
    stops = _stops("In 1902 Petrov travelled by sledge down the frozen Volga to Samara and on to the railway at "
                   "Syzran, and from there by train to Penza.")
    assert any(s[-3:] == ["Samara", "Syzran", "Penza"] for s in stops)


def test_a_gapped_noun_that_is_no_vehicle_is_no_stage():
    stops = _stops("In 1902 Petrov went by train to Kazan, and a letter to Penza followed him.")
    assert not any("Penza" in s for s in stops)
