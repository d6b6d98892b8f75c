"""Memberships: refusals said indirectly -- "Y was refused admission" after the body that admitted others,
"Y asked to be taken into X; Z turned him down" (membership_seats._applications, _asked_and_refused).

Short passages written for these tests.
"""
from __future__ import annotations

from tests.helpers import membership_triples as _got


def test_refused_admission_after_the_body_that_admitted_another():
    text = "The Harbour Board admitted Karl Vogt in May. Emil Roth was refused admission altogether."
    got = _got(text, ["Karl Vogt", "Emil Roth"], ("Harbour Board",))
    assert ("emil_roth", "harbour_board", "refused") in got


def test_the_one_who_asked_to_be_taken_in_is_the_one_turned_down():
    text = "Emil Roth, who had come from Hamburg, asked to be taken into the Harbour Board; Otto Brandt turned him down."
    got = _got(text, ["Emil Roth", "Otto Brandt"], ("Harbour Board",))
    assert ("emil_roth", "harbour_board", "refused") in got
    assert not any(p == "otto_brandt" for p, _, _ in got)


def test_refusing_something_else_is_no_refusal_of_the_request():
    text = "Emil Roth asked to be taken into the Harbour Board; Otto Brandt refused to see him that week."
    got = _got(text, ["Emil Roth", "Otto Brandt"], ("Harbour Board",))
    assert ("emil_roth", "harbour_board", "refused") not in got


def test_asking_alone_is_no_membership():
    text = "Emil Roth asked to be taken into the Harbour Board, and waited for an answer."
    assert _got(text, ["Emil Roth"], ("Harbour Board",)) == set()


def test_laying_down_a_charge_of_a_body_is_leaving_it():
    text = "In March Mary Lowe was appointed matron at Leeds and laid down her charge of the Harbour Mission."
    got = _got(text, ["Mary Lowe"], ("Harbour Mission",))
    assert ("mary_lowe", "harbour_mission", "removed") in got


def test_taking_charge_of_a_body_is_joining_it():
    text = "In March Mary Lowe took charge of the Harbour Mission."
    assert ("mary_lowe", "harbour_mission", "granted") in _got(text, ["Mary Lowe"], ("Harbour Mission",))


def test_declining_an_invitation_from_a_body_to_serve_it_is_a_refusal():
    text = "Karl Vogt declined an invitation from the Harbour Board to write for its weekly bulletin."
    got = _got(text, ["Karl Vogt"], ("Harbour Board",))
    assert got == {("karl_vogt", "harbour_board", "refused")}


def test_accepting_an_invitation_to_join_a_body_is_joining_it():
    text = "Karl Vogt accepted an invitation to join the Harbour Board."
    assert ("karl_vogt", "harbour_board", "granted") in _got(text, ["Karl Vogt"], ("Harbour Board",))


def test_declining_an_offer_of_money_is_no_refusal_of_a_post():
    text = "Karl Vogt declined an offer of money from the Harbour Board."
    assert _got(text, ["Karl Vogt"], ("Harbour Board",)) == set()


def test_an_offer_made_by_someone_names_no_body():
    text = "Karl Vogt rejected an offer by the Harbour Board's clerk to join a plot against the mayor."
    assert _got(text, ["Karl Vogt"], ("Harbour Board",)) == set()
