"""A time in a relative clause looking ahead ("who would be shot the following year") dates its own clause and
leaves the story where it was; a mixed calendar declaration that names its home region without "events in"."""
from chronicle.extract import extract_string
from chronicle.resolve.calendar import declared_by_region


def _values(text: str) -> dict[str, str]:
    return {t.span.text: t.value for t in extract_string(text).time_expressions}


def test_a_look_ahead_in_a_relative_clause_does_not_move_the_clock():
    text = ("The ship docked on 14 January 1917. He joined the paper with Anton Berg, a printer from Riga who would "
            "be shot dead in Moscow the following year. The quarrel broke out that February, and on 8 March the "
            "news arrived.")
    values = _values(text)
    assert values["the following year"] == "1918"
    assert values["February"] == "1917-02"
    assert values["8 March"] == "1917-03-08"


def test_a_look_ahead_said_in_the_main_clause_still_moves_the_clock():
    text = "The ship docked on 14 January 1917. The following year he was in Moscow, and that February he married."
    values = _values(text)
    assert values["The following year"] == "1918"
    assert values["February"] == "1918-02"


def test_a_mixed_declaration_names_its_home_region_once():
    text = ("A note on dates: events abroad are given here by the Western calendar; from his return to Petrograd "
            "the Old Style is followed.")
    assert declared_by_region(text) == "russia"
    assert declared_by_region("Events abroad are given by the Western calendar; at home the Old Style.") is None
