"""Linked Places Format (LPF v1.1): the record's places for World Historical Gazetteer and Recogito.

Spec: https://github.com/LinkedPasts/linked-places-format. ``to_lpf`` returns a GeoJSON-LD
FeatureCollection; each place becomes one Feature with

* ``@id``: ``urn:chronicle:place:<place id>`` (Chronicle publishes no landing pages);
* ``properties``: ``title`` (the place's name) and ``ccodes`` (ISO 3166-1 alpha-2) when the
  built-in gazetteer knows the country of its ``gazetteer_id``;
* ``names``: one per alias, each citing the document and characters of its first mention;
* ``types``: the place's kind as ``label``, with a Getty AAT ``identifier`` where one fits;
* ``geometry``: a Point ``[lon, lat]`` with a ``certainty`` from the geocoder's confidence, or null;
* ``links``: ``closeMatch`` to ``https://www.geonames.org/<id>`` for a GeoNames id;
* ``relations``: ``gvp:broaderPartitive`` to the containing place (``within``);
* ``when``: one timespan from the earliest to the latest dated event placed there (ISO dates,
  Gregorian where the record has the conversion); left out when no dated event names the place.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable
from typing import Any

from ..record import Document, Place, Record, Span, TimeExpression
from .geojson_format import position
from .json_format import atomic_write

CONTEXT = "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld"
ID_PREFIX = "urn:chronicle:place:"

#: Getty AAT concepts (from WHG's AAT subset) for the kinds that map without doubt
AAT = {"settlement": "aat:300008347", "country": "aat:300387506", "region": "aat:300182722",
       "continent": "aat:300128176", "island": "aat:300008791"}

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def certainty(confidence: float | None) -> str:
    """LPF's three certainty values from a 0..1 confidence."""
    if confidence is None or confidence < 0.5:
        return "uncertain"
    return "certain" if confidence >= 0.8 else "less-certain"


def citation(span: Span, docs: dict[str, Document]) -> dict:
    doc = docs.get(span.doc)
    title = doc.title if doc else span.doc
    return {"label": f"{title} ({span.doc}), characters {span.start}–{span.end}"}


def names(place: Place, docs: dict[str, Document]) -> list[dict]:
    """One LPF name per distinct alias, each citing its first mention; the first always cites one."""
    first: dict[str, Span] = {}
    for m in sorted(place.mentions, key=lambda m: (m.doc, m.start)):
        first.setdefault(" ".join(m.text.split()), m)
    out = []
    for toponym in dict.fromkeys((place.name, *place.aliases)):
        span = first.get(" ".join(toponym.split())) or (place.mentions[0] if not out and place.mentions else None)
        out.append({"toponym": toponym, **({"citations": [citation(span, docs)]} if span else {})})
    return out


def _bounds(value: str) -> tuple[str, str]:
    """The first and last day an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) can mean, as sortable strings."""
    return value + "-01-01"[len(value) - 4:], value + "-12-31"[len(value) - 4:]


def gregorian(date: str, evidence: Span, times: Iterable[TimeExpression]) -> str:
    """``date`` in the Gregorian calendar when a Julian time expression in ``evidence`` gave it."""
    for t in times:
        if (t.value == date and t.gregorian_value and t.span.doc == evidence.doc
                and evidence.start <= t.span.start and t.span.end <= evidence.end):
            return t.gregorian_value
    return date


def when(dates: Iterable[str]) -> dict | None:
    """One LPF timespan covering ``dates`` (ISO strings); None when there are none."""
    dates = [d for d in dates if _ISO_DATE.match(d)]
    if not dates:
        return None
    start = min(dates, key=lambda d: _bounds(d)[0])
    end = max(dates, key=lambda d: _bounds(d)[1])
    span: dict[str, Any] = {"start": {"in": start}}
    if end != start:
        span["end"] = {"in": end}
    return {"timespans": [span]}


def place_dates(record: Record) -> dict[str, list[str]]:
    """Place id → the ISO dates of the dated events placed there."""
    out: dict[str, list[str]] = {}
    for e in record.events:
        if e.place and e.date and not e.negated and not e.hypothetical:
            out.setdefault(e.place, []).append(gregorian(e.date, e.evidence, record.time_expressions))
    return out


def country_codes(gazetteer_ids: Iterable[str]) -> dict[str, str]:
    """Gazetteer id → ISO country code, read from the built-in gazetteer; {} if it cannot be read."""
    from ..resolve.gazetteer import DEFAULT_PATH

    ids = {g for g in gazetteer_ids if g}
    gids = [int(g.split(":", 1)[1]) for g in ids if re.fullmatch(r"geonames:\d+", g)]
    refs = [g for g in ids if not g.startswith("geonames:")]
    if not (gids or refs) or not DEFAULT_PATH.is_file():
        return {}
    q = (f"SELECT gid, ref, country FROM places WHERE gid IN ({','.join('?' * len(gids))}) "
         f"OR ref IN ({','.join('?' * len(refs))})")
    try:
        con = sqlite3.connect(f"file:{DEFAULT_PATH}?mode=ro&immutable=1", uri=True)
        try:
            rows = con.execute(q, (*gids, *refs)).fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return {}
    return {(f"geonames:{gid}" if gid else ref): c for gid, ref, c in rows if c}


def place_feature(place: Place, docs: dict[str, Document], dates: list[str], ccodes: dict[str, str],
                  titles: dict[str, str]) -> dict:
    pos = position(place)
    props: dict[str, Any] = {"title": place.name}
    if place.gazetteer_id in ccodes:
        props["ccodes"] = [ccodes[place.gazetteer_id]]
    feature: dict[str, Any] = {
        "@id": ID_PREFIX + place.id, "type": "Feature", "properties": props,
        "geometry": {"type": "Point", "coordinates": pos, "certainty": certainty(place.confidence)} if pos else None,
        "names": names(place, docs),
        "types": [{**({"identifier": AAT[place.kind]} if place.kind in AAT else {}), "label": place.kind}],
    }
    gid = place.gazetteer_id or ""
    if re.fullmatch(r"geonames:\d+", gid):
        feature["links"] = [{"type": "closeMatch", "identifier": f"https://www.geonames.org/{gid.split(':')[1]}"}]
    if place.within in titles:
        feature["relations"] = [{"relationType": "gvp:broaderPartitive", "relationTo": ID_PREFIX + place.within,
                                 "label": f"part of {titles[place.within]}"}]
    span = when(dates)
    if span:
        feature["when"] = span
    return feature


def to_lpf(record: Record) -> dict[str, Any]:
    """The record's places as a Linked Places Format FeatureCollection."""
    docs = {d.id: d for d in record.documents}
    dates = place_dates(record)
    ccodes = country_codes(p.gazetteer_id for p in record.places)
    titles = {p.id: p.name for p in record.places}
    return {"type": "FeatureCollection", "@context": CONTEXT,
            "features": [place_feature(p, docs, dates.get(p.id, []), ccodes, titles) for p in record.places]}


def write_lpf(record: Record, path: str | os.PathLike) -> None:
    """Write :func:`to_lpf` to ``path`` atomically."""
    atomic_write(path, json.dumps(to_lpf(record), ensure_ascii=False, indent=1))
