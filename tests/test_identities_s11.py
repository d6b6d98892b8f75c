"""Person identities, eleventh session: first names coordinated before one surname, and namesakes
told apart by the family their sentence names (invented sentences)."""
from chronicle.extract import extract_string
from tests.helpers import person_id as _id_of, person_ids_at as _ids_at



def test_first_names_coordinated_before_a_surname_share_it():
    text = ("The mill was bought in 1840 by Walter Grimsby, a banker of Leeds. In the winter the "
            "lease passed to Robert Hale. Walter and Agnes Fenwick, his neighbours, kept the "
            "lodge at the gate.")
    rec = extract_string(text)
    walter = text.index("Walter and")
    assert _ids_at(rec, walter) and _id_of(rec, "Walter Grimsby") not in _ids_at(rec, walter)
    assert _id_of(rec, "Agnes Fenwick") not in _ids_at(rec, walter)


def test_a_first_name_not_in_the_lexicon_coordinated_with_one_is_no_epithet():
    text = ("Thomas Pelling rented the farm in 1851. Years later, on the night of the raid, Edward and "
            "Brannoc Pelling, brothers of Thomas, were killed at the ford.")
    rec = extract_string(text)
    quillon = text.index("Brannoc")
    assert _ids_at(rec, quillon) and _id_of(rec, "Thomas Pelling") not in _ids_at(rec, quillon)


def test_a_surname_before_and_is_not_taken_for_a_first_name():
    text = ("Captain Oswin Marley commanded the sloop. Marley and Peter Dunmore sailed at dawn.")
    rec = extract_string(text)
    assert _ids_at(rec, text.index("Marley and")) == {_id_of(rec, "Oswin Marley")}


def test_a_bare_first_name_goes_to_the_namesake_whose_family_its_sentence_names():
    text = ("George Ellery married in 1820 and settled at Hythe. In 1831 George Tanner, a lawyer, "
            "bought the house next door. Martha and Jane Ellery, sisters of George, kept a school "
            "in the village.")
    rec = extract_string(text)
    sisters = text.index("George, kept")
    assert _ids_at(rec, sisters) == {_id_of(rec, "George Ellery")}


def test_children_listed_after_the_kin_noun_are_not_namesakes_of_another_family():
    text = ("In 1840 Ferdinand Ash, a clerk of the customs, took the lease of the inn. Paul Rowe kept the "
            "stables. Years later Mary Holt left the town at night, and the children, Ferdinand, Clara and "
            "little Paul, were placed with friends.")
    rec = extract_string(text)
    ferdinand = text.index("Ferdinand, Clara")
    paul = text.index("Paul, were")
    assert _ids_at(rec, ferdinand) and _id_of(rec, "Ferdinand Ash") not in _ids_at(rec, ferdinand)
    assert _ids_at(rec, paul) and _id_of(rec, "Paul Rowe") not in _ids_at(rec, paul)


def test_a_relative_of_the_named_family_still_joins_its_namesake():
    text = ("Hugh Marston farmed at Elmley until 1830. His cousin, Richard Marston, kept the mill. In "
            "1835 Marston's cousin Richard sold the mill to the parish.")
    rec = extract_string(text)
    assert _ids_at(rec, text.index("Richard sold")) == {_id_of(rec, "Richard Marston")}
