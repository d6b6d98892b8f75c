"""Events on short hand-written passages: what is an event, its type, participants, place and date.

Entities are given by hand (every occurrence of a listed name becomes a resolved mention), so these
tests check the event rules alone, whatever the entity layer decides.
"""
from __future__ import annotations

import re

from chronicle.annotate.pipeline import Chunk, load_nlp
from chronicle.context import DocContext, EntityRef
from chronicle.record import Organization, Person, Place, TimeExpression
from chronicle.resolve import events


def _ctx(text: str, persons=(), places=(), orgs=(), times: dict[str, str] = {}) -> DocContext:
    doc = load_nlp()(text)
    ctx = DocContext("t", text, text, [(0, len(text))], [(0, len(text))], [], [Chunk(0, doc)])
    slug = lambda s: re.sub(r"\W+", "_", s.lower())
    refs = []

    def find(name):
        return [ctx.span(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]

    for name in persons:
        spans = find(name)
        ctx.persons.append(Person(slug(name), name, (name,), tuple(spans), "f" if name.endswith("a") else "m"))
        refs += [EntityRef(s.start, s.end, slug(name), "person") for s in spans]
    for name in places:
        spans = find(name)
        ctx.places.append(Place(slug(name), name, (name,), tuple(spans)))
        refs += [EntityRef(s.start, s.end, slug(name), "place") for s in spans]
    for name in orgs:
        spans = find(name)
        ctx.organizations.append(Organization(slug(name), name, (name,), tuple(spans)))
        refs += [EntityRef(s.start, s.end, slug(name), "organization") for s in spans]
    ctx.refs = sorted(refs, key=lambda r: (r.start, r.end))
    for i, (t, value) in enumerate(times.items()):
        s = find(t)[0]
        kind = "DURATION" if value.startswith("P") else "TIME" if re.search(r"T[A-Z0-9]", value) else "DATE"
        ctx.time_expressions.append(TimeExpression(f"t{i}", s, kind, value))
    return ctx


def _events(text, persons=(), places=(), orgs=(), times={}):
    return events.run(_ctx(text, persons, places, orgs, times))["events"]


def _verb(e):
    return e.summary.split(": ", 1)[1].split(" (")[0]


# --- the narrative clock ------------------------------------------------------------------

def test_a_quoted_date_and_a_span_in_a_future_clause_leave_the_clock_alone():
    text = ("On 7 November 1917 Orlov entered the Palace. The walls bore paintings titled “12 October 1812”. "
            "Orlov met Kuzin. Kuzin said that the Bolsheviki would not hold the city more than three days. "
            "The hall had been a barrack for weeks. Orlov visited Kuzin.")
    evs = _events(text, ["Orlov", "Kuzin"], times={"7 November 1917": "1917-11-07", "12 October 1812": "1812-10-12",
                                                    "more than three days": "P3D", "weeks": "PXW"})
    got = {_verb(e): e.date for e in evs}
    assert got["met"] == "1917-11-07" and got["visited"] == "1917-11-07"
