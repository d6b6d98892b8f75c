"""The resolve stages after entity resolution, run in order on a :class:`DocContext`.

Each stage reads the context and fills its own part: time expressions, then place
coordinates, then the facts (quotations, claims, events, journeys, memberships,
relationships) that refer to entities, places and dates by id.
"""
from __future__ import annotations

import time
from typing import Callable, Sequence

from ..context import DocContext
from ..annotate.timex import day_dates_of_times, tag_time
from .gazetteer import Gazetteer
from .places import geocode
from . import claims, events, journeys, memberships, quotes, relationships
from ..record import Document, Record


TIMINGS: dict[str, float] = {}  # stage name -> seconds, for bench/
FACT_STAGES: list[Callable[[DocContext], dict[str, list]]] = [
    quotes.run, claims.run, events.run, journeys.run, memberships.run, relationships.run,
]


def run(ctx: DocContext, *, gazetteer: Sequence[str] = ()) -> None:
    """Fill ``ctx`` with time expressions, coordinates and facts."""
    t0 = time.perf_counter()
    body = set(ctx.body)
    ctx.time_expressions = tag_time(ctx.masked, ctx.doc_id, ranges=ctx.ranges, calendar=ctx.calendar,
                                    paragraphs=ctx.paragraphs, notes=[r for r in ctx.ranges if r not in body])
    TIMINGS["time"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    ctx.places = geocode(ctx.places, text=ctx.masked, gazetteer=Gazetteer.load(extra=tuple(gazetteer)),
                         unknown_at_dominant_city=True)
    TIMINGS["places"] = time.perf_counter() - t0
    for stage in FACT_STAGES:
        t0 = time.perf_counter()
        for key, items in stage(ctx).items():
            ctx.facts.setdefault(key, []).extend(items)
        TIMINGS[stage.__module__.rsplit(".", 1)[-1]] = TIMINGS.get(stage.__module__, 0.0) + time.perf_counter() - t0


def to_record(ctx: DocContext, document: Document) -> Record:
    facts = ctx.facts
    return Record(
        documents=(document,),
        persons=tuple(ctx.persons),
        places=tuple(ctx.places),
        organizations=tuple(ctx.organizations),
        time_expressions=tuple(sorted([*ctx.time_expressions, *day_dates_of_times(ctx.time_expressions, ctx.masked)],
                                      key=lambda t: (t.span.start, -t.span.end))),
        endnotes=tuple(ctx.endnotes),
        **{k: tuple(v) for k, v in facts.items()},
    )
