"""GeoJSON (RFC 7946): places as points, journeys as lines, for QGIS, Leaflet and geojson.io.

``to_geojson`` returns one FeatureCollection. Each place is a Feature whose geometry is a
``Point`` ``[lon, lat]`` or ``null`` when the place has no coordinates (RFC 7946 §3.2 allows
it, so unlocated places keep their row in a GIS attribute table). Each journey is a
``LineString`` through its located stops in order; a journey with fewer than two distinct
located stops has a ``null`` geometry, and one that crosses the antimeridian is cut into
a ``MultiLineString`` (RFC 7946 §3.1.9). Coordinates are rounded to 6 decimals (~0.1 m).
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from typing import Any

from ..record import Journey, Place, Record, Span, TimeExpression
from .json_format import atomic_write

Position = list[float]

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def position(place: Place) -> Position | None:
    """``[lon, lat]`` of a place, or None when it has no (valid) coordinates."""
    if place.lat is None or place.lon is None:
        return None
    if not (-90 <= place.lat <= 90 and -180 <= place.lon <= 180):
        return None
    return [round(place.lon, 6), round(place.lat, 6)]


def span_json(span: Span) -> dict:
    return {"doc": span.doc, "start": span.start, "end": span.end, "text": span.text}


def place_feature(place: Place) -> dict:
    pos = position(place)
    return {
        "type": "Feature",
        "id": place.id,
        "geometry": {"type": "Point", "coordinates": pos} if pos else None,
        "properties": {
            "record_type": "place", "id": place.id, "name": place.name, "aliases": list(place.aliases),
            "kind": place.kind, "gazetteer_id": place.gazetteer_id, "confidence": place.confidence,
            "within": place.within, "mentions": len(place.mentions),
            "docs": sorted({m.doc for m in place.mentions}),
        },
    }


def line_geometry(points: list[Position]) -> dict | None:
    """A LineString through ``points`` (repeats dropped), cut at the antimeridian; None under two points."""
    pts = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    if len(pts) < 2:
        return None
    parts: list[list[Position]] = [[pts[0]]]
    for a, b in zip(pts, pts[1:]):
        if abs(b[0] - a[0]) > 180:  # the short way round crosses ±180°
            side = 180.0 if a[0] > 0 else -180.0
            b_lon = b[0] + 2 * side  # b's longitude continued past the antimeridian
            t = (side - a[0]) / (b_lon - a[0])
            lat = round(a[1] + t * (b[1] - a[1]), 6)
            parts[-1].append([side, lat])
            parts.append([[-side, lat]])
        parts[-1].append(b)
    if len(parts) == 1:
        return {"type": "LineString", "coordinates": parts[0]}
    return {"type": "MultiLineString", "coordinates": parts}


def dates_within(spans: Iterable[Span], times: Iterable[TimeExpression]) -> list[str]:
    """Calendar dates (ISO, Gregorian where known) of the time expressions inside ``spans``."""
    spans = list(spans)
    out = set()
    for t in times:
        value = t.gregorian_value or t.value
        if t.type == "DATE" and value and _ISO_DATE.match(value) and any(
                s.doc == t.span.doc and s.start <= t.span.start and t.span.end <= s.end for s in spans):
            out.add(value)
    return sorted(out)


def journey_feature(journey: Journey, places: dict[str, Place], names: dict[str, str],
                    times: tuple[TimeExpression, ...]) -> dict:
    located = [(sid, position(places[sid])) for sid in journey.stops if sid in places]
    located = [(sid, pos) for sid, pos in located if pos]
    located_ids = {sid for sid, _ in located}
    return {
        "type": "Feature",
        "id": journey.id,
        "geometry": line_geometry([pos for _, pos in located]),
        "properties": {
            "record_type": "journey", "id": journey.id,
            "travellers": list(journey.travellers),
            "traveller_names": [names.get(t, t) for t in journey.travellers],
            "modes": list(journey.modes),
            "stops": list(journey.stops),
            "stop_names": [places[s].name if s in places else s for s in journey.stops],
            "unlocated_stops": [s for s in journey.stops if s not in located_ids],
            "dates": dates_within(journey.evidence, times),
            "stop_dates": list(journey.dates) if journey.dates else [None] * len(journey.stops),
            "evidence": [span_json(s) for s in journey.evidence],
        },
    }


def to_geojson(record: Record) -> dict[str, Any]:
    """The record's places and journeys as one RFC 7946 FeatureCollection."""
    places = {p.id: p for p in record.places}
    names = {x.id: x.name for x in (*record.persons, *record.organizations)}
    features = [place_feature(p) for p in record.places]
    features += [journey_feature(j, places, names, record.time_expressions) for j in record.journeys]
    return {"type": "FeatureCollection", "features": features}


def write_geojson(record: Record, path: str | os.PathLike) -> None:
    """Write :func:`to_geojson` to ``path`` atomically."""
    atomic_write(path, json.dumps(to_geojson(record), ensure_ascii=False, indent=1))
