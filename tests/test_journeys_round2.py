"""Journeys, round 2: flashback runs, parser slips that dropped travel clauses, ships and titles as travellers."""
from chronicle.extract import extract_string


def _stops(rec, who=None):
    names = {p.id: p.name for p in rec.places}
    people = {p.id: p.name for p in rec.persons}
    out = []
    for j in rec.journeys:
        if who is None or any(who in people.get(t, "") for t in j.travellers):
            out.append([names.get(s, s) for s in j.stops])
    return out


def _flat(rec, who=None):
    return [s for j in _stops(rec, who) for s in j]


def test_a_run_of_verbs_joined_to_a_past_perfect_goes_before_the_arrival():
    rec = extract_string("In May 1920 Petrov sailed from Oslo and arrived at Boston on 2 June. He had left Riga in "
                         "April, stayed a week in Hamburg and boarded a liner at Oslo.")
    stops = _flat(rec, "Petrov")
    assert stops.index("Riga") < stops.index("Hamburg") < stops.index("Boston")


def test_a_verb_joined_to_a_passive_one_is_passive_too():
    rec = extract_string("In 1911 Orlov was arrested in Moscow. In June he was put aboard a barge and carried down "
                         "the Volga to Astrakhan.")
    assert "Astrakhan" in _flat(rec, "Orlov")


def test_a_vehicle_tagged_as_a_verb_after_by_keeps_its_places():
    rec = extract_string("In 1916 Orlov lived at Turukhansk. In December Orlov was taken by reindeer sleigh up the "
                         "frozen river, through Yeniseisk, to Kansk, a journey of several weeks.")
    stops = _flat(rec, "Orlov")
    assert "Kansk" in stops


def test_where_on_a_noun_in_apposition_to_the_place():
    rec = extract_string("In 1916 Orlov left Kansk. Later he was allowed to live at Tomsk, a large town on the "
                         "Siberian line, where he arrived that February.")
    assert "Tomsk" in _flat(rec, "Orlov")


def test_a_ship_touched_at_a_port():
    rec = extract_string("In 1850 Miss Harlow left Bristol for Lisbon. They touched at Vigo on the 3rd.")
    assert "Vigo" in _flat(rec, "Harlow")
    rec = extract_string("In 1850 Miss Harlow touched the hem of his coat at Vigo.")
    assert "Vigo" not in _flat(rec)


def test_the_harbour_of_a_town_is_the_town():
    rec = extract_string("In July 1823 Lord Byron went on board the brig Swallow in the harbour of Genoa.")
    assert "Genoa" in _flat(rec, "Byron")


def test_a_ship_named_in_apposition_carries_its_passengers():
    rec = extract_string("In 1854 Miss Harlow went from London to Marseilles. There she boarded the Petrel, a mail "
                         "steamer of evil reputation. The Petrel sailed for Malta on the 27th.")
    assert "Malta" in _flat(rec, "Harlow")


def test_the_king_is_the_titled_person_the_text_follows():
    rec = extract_string("Charles Stuart fled from Worcester in 1651. Charles hid at Boscobel for a day, and "
                         "Charles was hungry. Charles slept in a barn. Charles wrote nothing. The king spent the "
                         "night of the 7th at Moseley Hall.")
    assert "Moseley Hall" in _flat(rec, "Charles")
    rec = extract_string("Charles Stuart fled from Worcester in 1651. The king of Prussia rode to Berlin.")
    assert "Berlin" not in _flat(rec, "Charles")


def test_a_stage_without_a_verb_joined_as_an_adverb_or_to_a_relative_clause():
    rec = extract_string("In 1651 Edmund Pryce lived at Taunton. In May Edmund Pryce rode to Exeter, which was full "
                         "of soldiers, and so back to Taunton.")
    stops = _flat(rec, "Pryce")
    assert stops[-2:] == ["Exeter", "Taunton"]
    rec = extract_string("In 1827 Olga Mirskaya crossed the Volga and came on to Kazan, where the governor detained "
                         "her two days, and then to Perm.")
    stops = _flat(rec, "Mirskaya")
    assert stops.index("Kazan") < stops.index("Perm")


def test_a_ship_called_so_elsewhere_carries_the_person_the_text_follows():
    rec = extract_string("In July 1823 Lord Byron hired the brig Hercules at Genoa. Byron sailed from Genoa on the "
                         "16th. Four days later the Hercules put into Leghorn.")
    assert "Leghorn" in _flat(rec, "Byron")


def test_a_verb_joined_to_a_passive_one_with_its_own_object_is_active():
    rec = extract_string("In 46 BC Gaius Varro returned from Africa to Rome. There Varro was appointed consul and "
                         "brought Livia Drusa to Capua.")
    assert "Capua" in _flat(rec, "Livia")
