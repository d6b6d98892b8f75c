"""A one-word name only ever written from, sent from, fled from or stayed at is a place, even when the
given-name lexicon knows it as a name and the model says PERSON (invented sentences)."""
from __future__ import annotations

from tests.helpers import entity_names, record

TEXT = ("The exiles crossed the river on 17 August. A week after the crossing they were at Vidin, where the pasha "
        "received them. From Vidin he wrote to his wife. On 12 September he sent from Vidin the letter that "
        "named the general a traitor.")


def test_a_name_written_and_sent_from_is_a_place():
    rec = record(TEXT)
    assert "Vidin" in entity_names(rec, "places")
    assert "Vidin" not in entity_names(rec, "persons")


def test_a_person_heard_from_stays_a_person():
    rec = record("Ivan Petrov came to Kiev in May. Petrov spoke to the printers. They heard from Petrov that "
                 "the paper was closed.")
    assert "Petrov" in entity_names(rec, "persons") or "Ivan Petrov" in entity_names(rec, "persons")
    assert "Petrov" not in entity_names(rec, "places")
