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


LIST = {"Boris": "m", "Pavel Orlov": "m", "Anna Orlova": "f", "Ivan Bunin": "m", "Semyon Kotov": "m",
        "Lev Rudin": "m"}


def test_names_running_on_as_a_list_are_no_singular_sons_names():
    text = ("Besides Semyon Kotov the group included Lev Rudin, Pavel Orlov with his wife Anna Orlova and their "
            "little son, Ivan Bunin, and another Boris, the tall Savin.")
    rels = _rels(text, LIST)
    assert ("anna_orlova", "pavel_orlov", "spouse") in rels
    assert not any(t in ("parent", "sibling") for _, _, t in rels)


def test_a_relation_noun_with_its_own_name_is_the_next_list_member():
    text = ("With Pavel Orlov came Lev Rudin, the painter who had been his friend since 1900, his adopted son "
            "Ivan Bunin, who served as guide, and Semyon Kotov, a clerk.")
    rels = _rels(text, LIST)
    assert ("pavel_orlov", "ivan_bunin", "parent") in rels
    assert not any("lev_rudin" in (a, b) and t in ("parent", "sibling") for a, b, t in rels)


def test_a_son_named_alone_after_a_comma_is_still_named():
    text = "Pavel Orlov lived with his wife Anna Orlova and their son, Ivan Bunin, in Kiev."
    rels = _rels(text, LIST)
    assert ("pavel_orlov", "ivan_bunin", "parent") in rels and ("anna_orlova", "ivan_bunin", "parent") in rels


OWNERS = {"Karl Weber": "m", "Tolstoy": "m", "Ivan Petrov": "m"}


def test_a_possessive_name_parsed_as_a_conjunct_is_still_the_owner():
    text = ("The letters passed to Karl Weber, treasurer of the Social Democratic Party and Tolstoy’s friend since "
            "the congress of 1905.")
    assert ("karl_weber", "tolstoy", "friend") in _rels(text, OWNERS)


def test_the_owner_of_a_second_apposed_predicate():
    text = "Its chairman was Ivan Petrov, the member for Kiev and Tolstoy’s most loyal patron in the Duma."
    assert ("ivan_petrov", "tolstoy", "patron") in _rels(text, OWNERS)


LIFE = ("Belov left Odessa in March. Belov reached Vienna in April. In Vienna Belov wrote pamphlets. "
        "The police watched Belov all summer. In October Belov moved to Zurich. ")


def test_an_unnamed_father_of_a_named_child_is_the_man_the_text_follows():
    text = LIFE + "At home the boy, Pavel, asked every day when his father would come back."
    got = _rels(text, {"Belov": "m", "Pavel": "m"})
    assert any({a, b} == {"belov", "pavel"} and t == "parent" for a, b, t in got)


def test_an_unnamed_father_of_one_not_named_as_a_child_is_not_guessed():
    text = LIFE + "In Zurich Pavel Orlov, a printer, wrote to his father for money."
    got = _rels(text, {"Belov": "m", "Pavel Orlov": "m"})
    assert not any({a, b} == {"belov", "pavel_orlov"} for a, b, _ in got)
