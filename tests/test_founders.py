"""Founding a body is how its founders come into it (granted), and who "they" that founded it are.
Invented sentences only."""
from tests.helpers import membership_triples


def test_relative_on_infinitive_after_help_is_granted():
    text = "The Rowing Club, which Hartley and Crisp had helped to found in 1850, had passed into other hands."
    got = membership_triples(text, ["Hartley", "Crisp"], ("Rowing Club",))
    assert ("hartley", "rowing_club", "granted") in got
    assert ("crisp", "rowing_club", "granted") in got


def test_they_after_a_pair_founded():
    text = "Hartley and Crisp met at Leeds in the spring. In May they founded the Rowing Club."
    got = membership_triples(text, ["Hartley", "Crisp"], ("Rowing Club",))
    assert {("hartley", "rowing_club", "granted"), ("crisp", "rowing_club", "granted")} <= got


def test_they_is_the_newcomer_and_the_main_person():
    text = ("Hartley was born in York. Hartley went to school in Hull. Hartley read law. Hartley married late. "
            "Hartley wrote for the papers. Crisp landed at Dover at the end of July. "
            "In August they founded the Rowing Club.")
    got = membership_triples(text, ["Hartley", "Crisp"], ("Rowing Club",))
    assert {("hartley", "rowing_club", "granted"), ("crisp", "rowing_club", "granted")} <= got


def test_the_two_friends_founded():
    text = "Hartley and Crisp took over a small paper. In November the two friends founded the Rowing Club."
    got = membership_triples(text, ["Hartley", "Crisp"], ("Rowing Club",))
    assert {("hartley", "rowing_club", "granted"), ("crisp", "rowing_club", "granted")} <= got


def test_they_with_one_candidate_names_no_founder():
    text = "Crisp landed at Dover at the end of July. In August they founded the Rowing Club."
    got = membership_triples(text, ["Crisp"], ("Rowing Club",))
    assert not any(o == "rowing_club" for _, o, _ in got)
