"""Memberships ended by striking a name off a body's roll: "Y's name was struck off the roll of X", "had his name
struck from the rolls of X", "X had struck Y's name from their list".

Short passages written for these tests (other names and wording than any evaluation text).
"""
from __future__ import annotations

import pytest

from chronicle.resolve import memberships
from tests.helpers import make_ctx


def _got(text, orgs=("Weavers Guild",)):
    ctx = make_ctx(text, {"Tobias Wren": "m", "George Hale": "m"}, orgs=orgs)
    return {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}


@pytest.mark.parametrize("text", [
    "Tobias Wren's name was struck off the roll of the Weavers Guild within the week.",
    "Tobias Wren refused, and the Senate had his name struck from the rolls of the Weavers Guild.",
    "By then the Weavers Guild had struck Tobias Wren's name from their list.",
    "Tobias Wren was struck off the roll of the Weavers Guild.",
])
def test_a_name_struck_off_a_bodys_roll_is_removed(text):
    assert _got(text, ("Weavers Guild", "Senate")) == {("tobias_wren", "weavers_guild", "removed")}


def test_a_name_struck_from_a_list_of_no_body_is_nothing():
    assert _got("George Hale struck Tobias Wren's name from the guest list.") == set()
