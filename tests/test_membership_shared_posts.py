"""Memberships shared across a list of names, a paper's board named by "its", and a person pushed off
a board (membership_readings, membership_bodies).

Short passages written for these tests.
"""
from __future__ import annotations

from tests.helpers import membership_triples as _got


def test_a_post_given_together_with_others_is_theirs_too():
    text = "In May Otto Brandt was appointed to the Harbour Board together with Karl Vogt and Emil Roth."
    got = _got(text, ["Otto Brandt", "Karl Vogt", "Emil Roth"], ("Harbour Board",))
    assert {("otto_brandt", "harbour_board", "granted"), ("karl_vogt", "harbour_board", "granted"),
            ("emil_roth", "harbour_board", "granted")} <= got


def test_a_seat_held_with_others_is_theirs_too():
    text = "Otto Brandt sat on the Harbour Board with Karl Vogt and Emil Roth for ten years."
    got = _got(text, ["Otto Brandt", "Karl Vogt", "Emil Roth"], ("Harbour Board",))
    assert {("otto_brandt", "harbour_board", "held"), ("karl_vogt", "harbour_board", "held"),
            ("emil_roth", "harbour_board", "held")} <= got


def test_with_a_thing_adds_no_one():
    text = "Otto Brandt joined the Harbour Board with great reluctance."
    assert _got(text, ["Otto Brandt"], ("Harbour Board",)) == {("otto_brandt", "harbour_board", "granted")}


def test_names_listed_after_the_object_are_appointed_too():
    text = "Vogt could not travel, so Brandt appointed him, Emil Roth and Paul Weiss to the Harbour Board."
    got = _got(text, ["Vogt", "Brandt", "Emil Roth", "Paul Weiss"], ("Harbour Board",))
    assert {("emil_roth", "harbour_board", "granted"), ("paul_weiss", "harbour_board", "granted")} <= got
    assert ("brandt", "harbour_board", "granted") not in got


def test_its_board_is_the_board_of_the_body_named_before():
    text = "The union founded the Morning Herald in May, and Karl Vogt was appointed to its editorial board."
    got = _got(text, ["Karl Vogt"], ("Morning Herald",))
    assert ("karl_vogt", "morning_herald", "granted") in got


def test_the_one_pushed_off_a_board_is_removed_not_the_one_pushing():
    text = "Otto Brandt took over the Morning Herald in March, pushing Karl Vogt off its editorial board."
    got = _got(text, ["Otto Brandt", "Karl Vogt"], ("Morning Herald",))
    assert ("karl_vogt", "morning_herald", "removed") in got
    assert ("otto_brandt", "morning_herald", "removed") not in got


def test_writing_most_of_a_paper_is_holding_a_place_on_it():
    text = "By the spring Karl Vogt was writing most of the Morning Herald himself."
    assert _got(text, ["Karl Vogt"], ("Morning Herald",)) == {("karl_vogt", "morning_herald", "held")}


def test_a_paper_described_as_written_by_someone():
    text = "The Morning Herald, the radical weekly then written by Karl Vogt, printed the story first."
    assert _got(text, ["Karl Vogt"], ("Morning Herald",)) == {("karl_vogt", "morning_herald", "held")}


def test_a_letter_written_to_a_paper_is_no_post():
    text = "Karl Vogt wrote a long letter to the Morning Herald about the strike."
    assert _got(text, ["Karl Vogt"], ("Morning Herald",)) == set()


def test_the_paper_is_the_title_called_a_paper_before():
    text = ("Karl Vogt founded the Morning Herald, the union's paper, in 1901. He was often in Berlin and saw "
            "the Labour Courier there. Emil Roth, who had worked with him on the paper, later denied it.")
    got = _got(text, ["Karl Vogt", "Emil Roth"], ("Morning Herald", "Labour Courier"))
    assert ("emil_roth", "morning_herald", "held") in got
    assert ("emil_roth", "labour_courier", "held") not in got


def test_the_paper_just_after_a_title_is_that_title():
    text = "Vogt kept writing in the Morning Herald. Emil Roth had edited the paper in a cautious spirit."
    got = _got(text, ["Vogt", "Emil Roth"], ("Morning Herald",))
    assert ("emil_roth", "morning_herald", "held") in got


def test_a_paper_of_its_own_is_no_earlier_title():
    text = "Vogt kept writing in the Morning Herald. Emil Roth had edited the paper of the dockers for years."
    got = _got(text, ["Vogt", "Emil Roth"], ("Morning Herald",))
    assert ("emil_roth", "morning_herald", "held") not in got


def test_writing_a_title_is_no_post_on_it():
    text = "In 1839 Karl Vogt wrote the Morning Herald, a novel of student life."
    assert _got(text, ["Karl Vogt"], ("Morning Herald",)) == set()
