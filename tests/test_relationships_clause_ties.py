"""Ninth session: a couple or siblings named by two given names and one surname, and an unowned relation noun
("an old comrade", "a fellow exile") tied to the other person of its clause. Invented sentences."""
from __future__ import annotations

import pytest

from tests.helpers import record

# what the rules refuse; the learned pair reader (tests/test_pair_reader.py) may still hold the pair
RULES_ONLY = pytest.mark.usefixtures("rules_only")


def _pairs(text: str) -> set[tuple[frozenset, str]]:
    rec = record(text)
    names = {p.id: p.name for p in rec.persons}
    return {(frozenset((names[r.a], names[r.b])), r.type) for r in rec.relationships}


def test_two_given_names_and_one_surname_are_a_couple():
    assert (frozenset(("Thomas", "Mary Hallworth")), "spouse") in \
        _pairs("In Leeds he was the guest of Thomas and Mary Hallworth, who lived near the mill.")


def test_a_surname_before_and_is_no_given_name():
    # "Hardy" here is the man's surname (the record knows him as Thomas Hardy): no couple
    pairs = _pairs("Thomas Hardy came aboard at dawn. Later Hardy and Thomas Atkinson went ashore together.")
    assert not any("Thomas Atkinson" in p and t in ("spouse", "sibling") for p, t in pairs)


def test_an_unowned_comrade_is_the_clause_subjects():
    text = ("Lev Kamenev, who had shared the compartment, went off to find his wife; Pavel Orlov, who had no family "
            "in the city, made for the flat of Ivan Belov, an old comrade from the Caucasus.")
    assert frozenset(("Pavel Orlov", "Ivan Belov")) in {p for p, _ in _pairs(text)}


def test_a_fellow_exile_subject_is_tied_to_the_object_pronoun():
    text = "Pavel Orlov reached the town in June. A fellow deportee, the physician Ivan Belov, coached him in Latin."
    assert frozenset(("Pavel Orlov", "Ivan Belov")) in {p for p, _ in _pairs(text)}


@RULES_ONLY
def test_an_unowned_friend_of_someone_names_that_someone_only():
    pairs = {p for p, _ in _pairs("Pavel Orlov met Ivan Belov, a friend of Anna Kuzmina, in Kiev.")}
    assert frozenset(("Ivan Belov", "Anna Kuzmina")) in pairs
    assert frozenset(("Pavel Orlov", "Ivan Belov")) not in pairs


def test_a_negated_clause_ties_no_one():
    text = "Pavel Orlov reached the town in June. Ivan Belov, an old comrade, did not meet him at the station."
    assert frozenset(("Pavel Orlov", "Ivan Belov")) not in {p for p, _ in _pairs(text)}
