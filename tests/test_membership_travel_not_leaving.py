"""No membership from a body putting someone out of a country ("expelled him from Indochina") or from leaving a
name by train or coach ("left Charing Cross by the night mail"); leaving or expelling from a body still counts.

Short passages written for these tests (other names and wording than any evaluation text).
"""
from __future__ import annotations

from chronicle.resolve import memberships
from tests.helpers import make_ctx


def _got(text, orgs, places=()):
    ctx = make_ctx(text, {"Tobias Wren": "m", "George Hale": "m"}, places={p: None for p in places}, orgs=orgs)
    return {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}


def test_expelled_from_a_country_is_no_membership_of_the_expeller():
    text = "Early in 1908 the Weavers Guild, pressed by George Hale, expelled Tobias Wren from Indochina."
    assert _got(text, ("Weavers Guild",), ("Indochina",)) == set()


def test_expelled_from_a_body_or_by_a_body_still_counts():
    assert _got("In 1850 the Weavers Guild expelled Tobias Wren.", ("Weavers Guild",)) == \
        {("tobias_wren", "weavers_guild", "removed")}
    assert _got("In 1850 the Weavers Guild expelled Tobias Wren from the Spinners Union.",
                ("Weavers Guild", "Spinners Union")) == {("tobias_wren", "spinners_union", "removed")}


def test_left_by_the_night_mail_is_a_departure():
    text = "The same evening Tobias Wren left the Weavers Guild by the night mail for Paris."
    assert _got(text, ("Weavers Guild",), ("Paris",)) == set()
    assert _got("In 1850 Tobias Wren left the Weavers Guild for the Spinners Union.",
                ("Weavers Guild", "Spinners Union")) == {("tobias_wren", "weavers_guild", "removed")}
