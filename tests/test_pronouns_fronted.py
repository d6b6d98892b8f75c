"""A subject he/she is not a person named as the object of a preposition fronted on its own verb ("To Orlov
she wrote", "With a few comrades, among them Orlov, he fell back"): the reader (``clauses.Reader``) passes
over them. Passages written for these tests."""
from __future__ import annotations

from chronicle.resolve.clauses import Reader
from tests.helpers import make_ctx as _ctx, pronoun_at as _who


def test_a_fronted_addressee_is_not_the_writer():
    text = "Vera Serova was held in the fortress all winter. To Anna Orlova she wrote every week."
    rd = Reader(_ctx(text, {"Vera Serova": "f", "Anna Orlova": "f"}))
    assert _who(rd, text, "she wrote") == "vera_serova"


def test_a_companion_set_off_before_the_subject_is_not_the_subject():
    text = ("Pavel Serov left the town in April. With a handful of comrades, among them Ivan Orlov, a former "
            "sergeant who later led one of his squadrons, he rode east with the retreating guards.")
    rd = Reader(_ctx(text, {"Pavel Serov": "m", "Ivan Orlov": "m"}))
    assert _who(rd, text, "he rode") == "pavel_serov"


def test_a_possessor_in_a_fronted_phrase_may_still_be_the_subject():
    text = "Ivan Orlov reached Tomsk in May. After Orlov's arrest in June, he was sent north."
    rd = Reader(_ctx(text, {"Ivan Orlov": "m", "Orlov": "m"}))
    assert _who(rd, text, "he was sent") in ("ivan_orlov", "orlov")
