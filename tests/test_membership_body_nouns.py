"""Memberships through a lowercase body noun ("that committee", "the circle", "the executive") standing for the
organization named before it whose name has that head word (else that word as a modifier); with two precision
guards the link exposed: a bare title is no person, "refused to hear him" is no refused seat, and the subject of
an active "named/elected" is not the one named.

Short passages written for these tests (other names and wording than any evaluation text).
"""
from __future__ import annotations

from chronicle.resolve import memberships
from tests.helpers import make_ctx


def _got(text, persons, orgs, places=()):
    ctx = make_ctx(text, {p: "m" for p in persons}, places={p: None for p in places}, orgs=orgs)
    return {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}


def test_that_committee_is_the_committee_named_before():
    text = ("The Harbour Relief Committee raised money for the families of drowned fishermen. "
            "Tobias Wren and Amos Hale both sat on that committee for ten years.")
    got = _got(text, ["Tobias Wren", "Amos Hale"], ("Harbour Relief Committee",))
    assert ("tobias_wren", "harbour_relief_committee", "held") in got


def test_the_circle_left_is_the_circle_named_before():
    text = ("In 1890 a few students formed the Pemberton circle to read political economy together. "
            "Tobias Wren left the circle two years later.")
    got = _got(text, ["Tobias Wren"], ("Pemberton circle",))
    assert got == {("tobias_wren", "pemberton_circle", "removed")}


def test_a_body_noun_with_its_own_modifier_is_not_the_named_body():
    text = ("The Harbour Relief Committee raised money for the families of drowned fishermen. "
            "Tobias Wren sat on the new committee of the dockers.")
    got = _got(text, ["Tobias Wren"], ("Harbour Relief Committee",))
    assert got == set()


def test_a_body_noun_of_another_head_finds_nothing():
    text = ("The Harbour Relief Committee raised money for the families of drowned fishermen. "
            "Tobias Wren left the society two years later.")
    assert _got(text, ["Tobias Wren"], ("Harbour Relief Committee",)) == set()


def test_refusing_to_hear_someone_is_no_refused_seat():
    text = ("The Harbour Relief Committee met in March. A letter came from Tobias Wren, the former treasurer; "
            "the committee refused to hear him.")
    got = _got(text, ["Tobias Wren"], ("Harbour Relief Committee",))
    assert not any(s == "refused" for _, _, s in got)


def test_refusing_to_admit_someone_still_is():
    text = "In March the Harbour Relief Committee refused to admit Tobias Wren."
    got = _got(text, ["Tobias Wren"], ("Harbour Relief Committee",))
    assert ("tobias_wren", "harbour_relief_committee", "refused") in got


def test_a_bare_title_is_no_member():
    from chronicle.resolve.membership_base import _person_name
    assert not _person_name("General") and _person_name("Tobias Wren")



def test_the_executive_is_the_executive_committee_named_before():
    text = ("The Harbour Executive Committee met every Monday in the spring. "
            "Tobias Wren, who held no mandate from any trade, was co-opted onto the executive.")
    got = _got(text, ["Tobias Wren"], ("Harbour Executive Committee",))
    assert ("tobias_wren", "harbour_executive_committee", "granted") in got


def test_a_named_head_wins_over_a_modifier():
    text = ("Tobias Wren founded the Harbour Union in 1900. Later he spoke at the Trades Union Congress in Leeds. "
            "Amos Hale joined the union a year later.")
    got = _got(text, ["Tobias Wren", "Amos Hale"], ("Harbour Union", "Trades Union Congress"))
    assert ("amos_hale", "harbour_union", "granted") in got
    assert ("amos_hale", "trades_union_congress", "granted") not in got


def test_the_subject_of_an_active_naming_is_not_the_one_named():
    from chronicle.annotate.pipeline import load_nlp
    from chronicle.resolve.membership_readings import _names_another
    doc = load_nlp(())("He named acting secretary a man of his own choosing. He was named secretary. He made a good secretary.")
    verbs = [t for t in doc if t.lemma_ in ("name", "make") and t.pos_ == "VERB"]
    assert [_names_another(v) for v in verbs] == [True, False, False]
