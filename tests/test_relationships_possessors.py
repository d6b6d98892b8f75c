"""Whose "his"/"her" a relation noun carries, and list members that are no relation noun's names (sentences
written for the tests)."""
from __future__ import annotations

from chronicle.resolve import relationships
from chronicle.resolve.clauses import Reader
from test_relationships import _ctx, _rels


def test_his_echoes_an_object_pronoun_not_the_last_name_of_a_list():
    text = ("Tolstoy sailed for Greece in July. With him were Ivan Petrov, an old soldier, a doctor named Karl "
            "Weber, and his servant Boris, who had followed him everywhere.")
    rels = _rels(text, {"Tolstoy": "m", "Ivan Petrov": "m", "Karl Weber": "m", "Boris": "m"})
    assert ("tolstoy", "boris", "employer") in rels
    assert not any("karl_weber" in (a, b) for a, b, _ in rels)


def test_a_subject_he_does_not_take_his_from_the_name_before_and():
    text = "He brought Arkady Berezin and his wife Olga to the meeting."
    rels = _rels(text, {"Arkady Berezin": "m", "Olga": "f"})
    assert ("arkady_berezin", "olga", "spouse") in rels or ("olga", "arkady_berezin", "spouse") in rels


def test_her_on_a_listed_object_is_the_person_subject_of_a_misparsed_clause():
    text = ("Vera Zasulich was arrested in May. She was held in the House of Detention on Gorokhovaya Street, the "
            "‘Kresty’ known to two generations of students, and for six months she saw no one but her guards and, "
            "once a fortnight, her sister-in-law Olga Petrova.")
    rd = Reader(_ctx(text, {"Vera Zasulich": "f", "Olga Petrova": "f"}))
    found = []
    for s in rd.sentences():
        for tok in s.sent:
            if tok.lower_ == "her" and tok.dep_ == "poss" and tok.head.lower_ == "guards":
                found.append(relationships._clause_subject(rd, tok, s.offset, set()))
    assert [r.id for r in found if r is not None] == ["vera_zasulich"]
