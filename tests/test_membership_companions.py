"""Memberships: who else a membership verb names -- "who, like A, had been co-opted to X" (A too), "had come
back and, with A, had taken over X" (A too), and the host of a second relative clause ("Y, who had lived
there and who had been co-opted to X") -- membership_readings._with_list, _doers.

Short passages written for these tests.
"""
from __future__ import annotations

from tests.helpers import membership_triples as _got


def test_the_host_of_a_second_relative_clause_joins():
    text = ("At the port he met Karl Vogt, who had lived in the town for years and who had been elected to the "
            "Harbour Board in May.")
    assert ("karl_vogt", "harbour_board", "granted") in _got(text, ["Karl Vogt"], ("Harbour Board",))


def test_one_named_with_like_joins_too():
    text = "Karl Vogt, who, like Emil Roth, had been elected to the Harbour Board in May, stayed in the town."
    got = _got(text, ["Karl Vogt", "Emil Roth"], ("Harbour Board",))
    assert {("karl_vogt", "harbour_board", "granted"), ("emil_roth", "harbour_board", "granted")} <= got


def test_with_on_the_first_conjunct_is_said_of_the_second():
    text = "Karl Vogt had come back from Hamburg in May and, with Emil Roth, had taken over the Morning Herald."
    got = _got(text, ["Karl Vogt", "Emil Roth"], ("Morning Herald",))
    assert {("karl_vogt", "morning_herald", "granted"), ("emil_roth", "morning_herald", "granted")} <= got


def test_with_before_the_first_verb_stays_there():
    text = "With Emil Roth, Karl Vogt travelled to Hamburg in May and then took over the Morning Herald."
    got = _got(text, ["Karl Vogt", "Emil Roth"], ("Morning Herald",))
    assert ("emil_roth", "morning_herald", "granted") not in got
