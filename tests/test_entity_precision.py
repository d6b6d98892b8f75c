"""Capitalised common nouns, ranks, offices, laws and gods are no persons, places or bodies; a person
described by a demonym and a title in apposition is a person (passages written for these tests)."""
from chronicle.extract import extract_string
from tests.helpers import entity_names as names
from chronicle.resolve.entities import PER, Mention, type_names



def test_capitalised_abstractions_listed_with_a_common_noun_are_no_names():
    rec = extract_string("The ladies of the town flocked to lectures on Art, Music and the Higher Philosophies. "
                         "Their husbands cared little for music.")
    assert not names(rec) & {"Art", "Music", "Higher Philosophies"}


def test_plural_of_a_common_noun_is_no_person():
    rec = extract_string("In the provinces the lamps were dimmed at night for fear of Zeppelins, and the trams "
                         "stopped early.")
    assert "Zeppelins" not in names(rec)


def test_a_rank_named_as_such_is_no_one():
    rec = extract_string("The clerk Ivanov hoped to reach the rank of Titular Councillor, or Court Assessor, "
                         "before he retired to his village.")
    assert names(rec, "persons") == {"Ivanov"}
    assert not names(rec) & {"Titular Councillor", "Court Assessor"}


def test_an_office_noun_standing_for_its_holder_is_no_entity():
    rec = extract_string("Palmerston sent the despatch without showing it to the Sovereign. The Sovereign was "
                         "angry, and the Sovereign's secretary wrote to him at once.")
    assert "Sovereign" not in names(rec)


def test_gods_are_no_persons_or_places():
    rec = extract_string("The priestesses of Hermes foretold a storm, and Demetrius built a temple to Hermes on "
                         "the shore. Demetrius sailed for Rhodes.")
    assert "Hermes" not in names(rec)
    assert "Demetrius" in names(rec, "persons")
    rec = extract_string("The people said that the goddess Athena (Minerva) had left the city, and Themistokles "
                         "ordered the ships to be manned.")
    assert names(rec, "persons") == {"Themistokles"}


def test_a_law_is_no_place():
    rec = extract_string("The Cabinet argued that nothing in the Constitution allowed it, while Russell held that "
                         "the Constitution was silent.")
    assert "Constitution" not in names(rec)


def test_demonym_and_name_with_a_title_in_apposition_is_a_person():
    rec = extract_string("The Corinthian Neon, the General in command of the garrison, fell upon the enemy.")
    assert names(rec, "persons") == {"Corinthian Neon"}
    assert not names(rec, "organizations")


def _typed(*mentions):
    return type_names(list(mentions), lambda name: 0.0).classes


def test_a_feminine_surname_shape_alone_is_no_person_outside_a_russian_text():
    quarter = [Mention(0, 9, "Tychinina", {"label": "PRODUCT"}),
               Mention(20, 29, "Tychinina", {"label": "PRODUCT", "prep": "from", "prep_head": "attack"})]
    assert _typed(*quarter).get("tychinina") != PER
    # among Russians named as persons the same shape is a woman's surname
    russians = [Mention(40, 47, "Guchkov", {"label": "PERSON", "speech_subj": "say"}),
                Mention(50, 57, "Guchkov", {"label": "PERSON"})]
    assert _typed(*quarter, *russians).get("tychinina") == PER


def test_adjectives_and_a_noun_of_the_lexicon_are_no_person():
    cues = {"label": "PROPN", "personal": "truths", "lexical": True, "adjectives_noun": True}
    assert _typed(Mention(0, 17, "Political Economy", cues)).get("political economy") != PER
    # a given name keeps a nickname of that shape a person's ("Honest John")
    cues = {"label": "PERSON", "personal": "works", "lexical": True, "adjectives_noun": True}
    assert _typed(Mention(0, 11, "Honest John", cues)).get("honest john") == PER
