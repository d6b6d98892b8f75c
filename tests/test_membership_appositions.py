"""Memberships told by a body's phrase: "a Harbour Board under Karl Vogt" (led by him) --
membership_titles._under; "with Y as treasurer" on a body or on the verb it is the subject of, and on a
common "government" standing for the government named before -- _with_as_role, _government_with_as.

Short passages written for these tests.
"""
from __future__ import annotations

import dataclasses

from chronicle.resolve import memberships
from tests.helpers import make_ctx


def _got(text, persons, orgs, governments=()):
    ctx = make_ctx(text, {p: "m" for p in persons}, orgs=orgs)
    ctx.organizations = [dataclasses.replace(o, kind="government") if o.name in governments else o
                         for o in ctx.organizations]
    return {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}


def test_a_body_under_a_person_is_led_by_him():
    text = "By the spring a Harbour Board under Karl Vogt had taken charge of the docks."
    assert ("karl_vogt", "harbour_board", "held") in _got(text, ["Karl Vogt"], ("Harbour Board",))


def test_a_body_then_comma_under_a_person():
    text = "In May the Harbour Board, under Karl Vogt, voted to close the docks."
    assert ("karl_vogt", "harbour_board", "held") in _got(text, ["Karl Vogt"], ("Harbour Board",))


def test_under_without_a_person_gives_nothing():
    text = "Karl Vogt saw that the Harbour Board under the new law could not close the docks."
    assert ("karl_vogt", "harbour_board", "held") not in _got(text, ["Karl Vogt"], ("Harbour Board",))


def test_with_a_person_as_a_role_on_the_body():
    text = "By May a Harbour Board, with Karl Vogt as treasurer, had taken charge of the docks."
    assert ("karl_vogt", "harbour_board", "held") in _got(text, ["Karl Vogt"], ("Harbour Board",))


def test_with_a_person_as_no_role_gives_nothing():
    text = "By May a Harbour Board, with Karl Vogt as a guest, had taken charge of the docks."
    assert ("karl_vogt", "harbour_board", "held") not in _got(text, ["Karl Vogt"], ("Harbour Board",))


def test_a_common_government_formed_with_a_minister_is_the_one_named_before():
    text = ("The Council of Regency fell in March. In April a new government was formed, with Karl Vogt as "
            "minister of finance.")
    got = _got(text, ["Karl Vogt"], ("Council of Regency",), governments=("Council of Regency",))
    assert ("karl_vogt", "council_of_regency", "granted") in got


def test_a_common_government_with_no_government_named_gives_nothing():
    text = "The Harbour Board met in March. In April a new government was formed, with Karl Vogt as minister."
    got = _got(text, ["Karl Vogt"], ("Harbour Board",))
    assert not {m for m in got if m[0] == "karl_vogt"}
