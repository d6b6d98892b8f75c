"""Journeys: "the party" is the several people of the company before it, not the one man who travelled last; a
party whose members its sentence lists ("the party included A, B and C") is those members."""
from chronicle.annotate.pipeline import load_nlp
from chronicle.extract import extract_string
from chronicle.resolve import journeys as J
from chronicle.resolve.journeys import Leg, _company


def _leg(who, start, company=()):
    return Leg(travellers=who, stops=["loc-a"], has_origin=False, modes=[], evidence=None, start=start,
               company=company)


def test_the_party_after_one_man_is_the_company_before_him():
    h = next(t for t in load_nlp(())("The party left Linz on 2 May.") if t.text == "party")
    group = _leg(("per-orlov",), 10, company=("per-sokolov",))
    alone = _leg(("per-petrova",), 200)
    assert _company([h], 400, alone, [group, alone]) == ("per-orlov",)


def test_the_party_after_a_company_is_that_company():
    h = next(t for t in load_nlp(())("The party left Linz on 2 May.") if t.text == "party")
    group = _leg(("per-orlov",), 10, company=("per-sokolov",))
    assert _company([h], 400, group, [group]) == ("per-orlov",)


def test_a_party_that_included_named_people_is_those_people(monkeypatch):
    found = []
    real = J._lists

    def spy(rd):
        out = real(rd)
        found.append(out)
        return out

    monkeypatch.setattr(J, "_lists", spy)
    rec = extract_string("On 2 May 1905 the exiles gathered at Basel. Besides Pavel Orlov and Ivan Sokolov the "
                         "party included Anna Petrova and Maria Lenz. They crossed the Rhine to Freiburg.")
    names = {p.id: p.name for p in rec.persons}
    lists = [[names.get(i, i) for i in who] for out in found for _, noun, who in out if noun == "party"]
    assert lists and set(lists[0]) == {"Pavel Orlov", "Ivan Sokolov", "Anna Petrova", "Maria Lenz"}
