"""Eighth session: the antecedent of "whose" before a kin noun when the parser hangs the relative clause on a
relation noun (the name in apposition) or on a place inside the person's phrase. Invented sentences."""
from __future__ import annotations

from tests.helpers import relationship_pairs as _pairs


def test_whose_on_a_kin_noun_is_its_apposed_name():
    text = ("Her brother Anton stayed in town, and her sister Marta, whose husband Oskar Brandt had been exiled "
            "years before, did what she could.")
    got = _pairs(text, {"Anton": "m", "Marta": "f", "Oskar Brandt": "m"})
    assert (frozenset(("marta", "oskar_brandt")), "spouse") in got


def test_whose_on_a_place_in_the_persons_phrase_is_that_person():
    text = ("He was received by Tomas Varga, the old governor of Eastmark, whose son Pavel had been killed "
            "in the war.")
    got = _pairs(text, {"Tomas Varga": "m", "Pavel": "m"}, orgs=())
    assert (frozenset(("tomas_varga", "pavel")), "parent") in got


def test_whose_on_a_body_keeps_the_body():
    text = "He wrote to the Northern Council, whose secretary Pavel Orsk answered within a week."
    got = _pairs(text, {"Pavel Orsk": "m"}, orgs=("Northern Council",))
    assert not any("tomas_varga" in p for p, _ in got)
    assert all(t != "parent" for _, t in got)
