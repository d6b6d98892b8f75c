"""A person's sex from the document's own words outweighs a given name's usual sex (eighth session)."""
from __future__ import annotations

from tests.helpers import record


def _sex(rec, name: str) -> str:
    return next(p.gender for p in rec.persons if name in p.name)


def test_pronouns_outweigh_a_given_names_usual_sex():
    rec = record("Camille Fournel left Lyon in the spring of 1791. Camille wrote to his brother every week. "
                 "In May Camille was arrested at Dijon, and he spent the summer in a cell. "
                 "Camille sold his house in October.")
    assert _sex(rec, "Fournel") == "m"


def test_one_pronoun_does_not_outweigh_the_name():
    rec = record("Camille Fournel left Lyon in the spring of 1791. Camille wrote to his brother every week.")
    assert _sex(rec, "Fournel") == "f"


def test_a_title_is_not_outweighed():
    rec = record("Mrs. Harriet Vane reached Oxford in June. Harriet wrote to his office twice, "
                 "and Harriet sold his house in October.")
    assert _sex(rec, "Vane") == "f"


def test_possessor_of_a_wife_is_a_man():
    rec = record("Dana Corwell lived at Bath. Corwell's wife kept the accounts. "
                 "Years later Corwell's young wife sold the farm, and Dana left his books to the town.")
    assert _sex(rec, "Corwell") == "m"


def test_a_name_of_one_sex_is_not_outweighed_by_the_he_of_someone_unnamed():
    # a nurse called Emma amid a boy's "he": the he/she votes may not flip a name the lexicon gives one sex
    rec = record("Emma Hart came for the boy in the morning. Emma held out her hand. He would not take it. "
                 "Emma waited at the gate. He came down at last. Emma put on his hat.")
    assert _sex(rec, "Hart") == "f"
