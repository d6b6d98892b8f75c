"""A singular he/she seldom takes up one of a pair of persons joined by "and" ("Orlov and Dr. Belov wished
to move him, but he refused"): the reader (``clauses.Reader``) passes over both of the pair, in their own
sentence and the next, unless the pronoun stands inside the pair's own phrase ("Orlov and Belov, who had
followed him from Kiev, ..."). Passages written for these tests."""
from __future__ import annotations

from chronicle.resolve.clauses import Reader
from tests.helpers import make_ctx as _ctx, pronoun_at as _who

PAIR = ("Pavel Serov came back from the river with a fever. Ivan Orlov and Dr. Nikolai Belov, a surgeon from "
        "Tomsk, wished to move him at once, but he refused for two days.")
GENDERS = {"Pavel Serov": "m", "Ivan Orlov": "m", "Nikolai Belov": "m"}


def test_a_pair_of_subjects_is_not_the_object_pronoun_of_their_clause():
    rd = Reader(_ctx(PAIR, GENDERS))
    assert _who(rd, PAIR, "him at once") == "pavel_serov"


def test_a_pair_of_subjects_is_not_the_next_singular_subject():
    rd = Reader(_ctx(PAIR, GENDERS))
    assert _who(rd, PAIR, "he refused") == "pavel_serov"


BY = ("Anton Kedrov reached the capital in March. On the day after his arrival the bureau, run by Ivan Orlov "
      "and the young Pyotr Gusev, considered his case.")


def test_a_pair_in_a_participle_phrase_is_passed_over():
    rd = Reader(_ctx(BY, {"Anton Kedrov": "m", "Ivan Orlov": "m", "Pyotr Gusev": "m"}))
    assert _who(rd, BY, "his case") == "anton_kedrov"


INSIDE = ("Pavel Serov waited at the ferry. Ivan Orlov and Gleb Belov, who had followed him from Kiev, carried "
          "the boxes to the boat.")


def test_a_pronoun_inside_the_pairs_phrase_still_takes_the_person_before():
    rd = Reader(_ctx(INSIDE, {"Pavel Serov": "m", "Ivan Orlov": "m", "Gleb Belov": "m"}))
    assert _who(rd, INSIDE, "him from Kiev") == "pavel_serov"


def test_one_person_alone_is_still_taken_up():
    text = "Ivan Orlov reached Tomsk in May. He joined the committee."
    rd = Reader(_ctx(text, {"Ivan Orlov": "m"}))
    assert _who(rd, text, "He joined") == "ivan_orlov"
