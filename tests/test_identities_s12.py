"""Person identities, twelfth session (invented sentences)."""
from chronicle.extract import extract_string
from tests.helpers import person_id as _id_of, person_ids_at as _ids_at


def test_a_bare_first_name_goes_to_the_namesake_never_called_by_surname():
    text = ("In 1902 Helena Voskresenskaya took a house at Yalta. Voskresenskaya wrote every morning and "
            "walked on the shore in the afternoon. A widow from the town, Helena Marchetti, cooked for her. "
            "Voskresenskaya read her new chapters aloud at supper. Every evening Helena lit the lamps in the "
            "hall before she went home.")
    rec = extract_string(text)
    lamps = text.index("Helena lit")
    assert _ids_at(rec, lamps) == {_id_of(rec, "Helena Marchetti")}


def test_the_first_name_stays_with_the_one_called_by_surname_inside_a_quotation():
    text = ("In 1902 Helena Voskresenskaya took a house at Yalta. Voskresenskaya wrote every morning and "
            "walked on the shore in the afternoon. A widow from the town, Helena Marchetti, cooked for her. "
            "Voskresenskaya read her new chapters aloud at supper. ‘Helena works too hard,’ her brother wrote.")
    rec = extract_string(text)
    quoted = text.index("Helena works")
    assert _id_of(rec, "Helena Marchetti") not in _ids_at(rec, quoted)


def test_a_name_he_was_born_with_is_his():
    text = ("In 1917 Arkady Semyonov was a clerk in a London bank, a quiet man who walked to work each morning. "
            "He had been born Samuel Cohen in Vilna in 1880, and Semyonov never spoke of it.")
    rec = extract_string(text)
    assert _ids_at(rec, text.index("Samuel Cohen")) == {_id_of(rec, "Arkady Semyonov")}


def test_the_name_she_was_simply_is_the_woman_named_in_her_sentence():
    text = ("Vera Zasulich lived in Geneva and Vera Zasulich wrote to him every week. "
            "Lydia Petrovna followed that summer with their daughter; to the landlady she was simply "
            "Madame Orlova.")
    rec = extract_string(text)
    assert _ids_at(rec, text.index("Madame Orlova")) == {_id_of(rec, "Lydia Petrovna")}


def test_a_namesake_named_pages_before_does_not_take_a_later_first_name():
    filler = "He worked at the novel through the long winter and wrote to his publisher every week. " * 50
    text = ("As a boy Fedor Lomov read the novels of Ann Radcliffe with his brother. " + filler +
            "In 1867 Lomov married Anna Snitkina, his stenographer. Lomov dictated and Snitkina wrote. "
            "In the spring Anna sold the copies of the book herself.")
    rec = extract_string(text)
    sold = text.index("Anna sold")
    assert _id_of(rec, "Ann Radcliffe") not in _ids_at(rec, sold)
    assert _ids_at(rec, sold) == {_id_of(rec, "Anna Snitkina")}
