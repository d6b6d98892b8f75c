"""Exporters: a record out in the formats historians use.

Each format is a function ``(record, out) -> None`` registered in :data:`EXPORTERS`
with :func:`exporter`; :func:`export` loads a database and calls one. ``json``, ``geojson``
and ``lpf`` write to stdout when ``out`` is None.
"""
from __future__ import annotations

import json
import os
import sys
from typing import Callable

from ..errors import ExportError
from ..record import Record
from .csv_format import write_csv
from .geojson_format import to_geojson, write_geojson
from .json_format import from_json, to_json, write_json
from .lpf_format import to_lpf, write_lpf

Exporter = Callable[[Record, "str | os.PathLike | None"], None]
EXPORTERS: dict[str, Exporter] = {}


def exporter(name: str) -> Callable[[Exporter], Exporter]:
    """Register an export format under ``name``."""
    def register(fn: Exporter) -> Exporter:
        EXPORTERS[name] = fn
        return fn
    return register


def _json_document(name: str, build: Callable[[Record], dict], write: Callable[[Record, object], None]) -> None:
    """Register a format that is one JSON document: to ``out``, or to stdout without it."""
    @exporter(name)
    def _export(record: Record, out) -> None:
        if out is None:
            sys.stdout.write(json.dumps(build(record), ensure_ascii=False, indent=1) + "\n")
        else:
            write(record, out)


_json_document("json", to_json, write_json)
_json_document("geojson", to_geojson, write_geojson)
_json_document("lpf", to_lpf, write_lpf)


@exporter("csv")
def _csv(record: Record, out) -> None:
    if out is None:
        raise ExportError("csv export needs --out FOLDER (it writes one file per table)")
    write_csv(record, out)


def export(db: str | os.PathLike, format: str = "json", out: str | os.PathLike | None = None) -> None:
    """Export everything in database ``db`` as ``format`` to ``out``."""
    from pathlib import Path

    from ..store import open_store

    if format not in EXPORTERS:
        raise ExportError(f"unknown export format {format!r}; choose one of {', '.join(sorted(EXPORTERS))}")
    if not Path(db).is_file():
        raise ExportError(f"{db}: no such database")
    store = open_store(db)
    try:
        record = store.load()
    finally:
        store.close()
    EXPORTERS[format](record, out)


__all__ = ["export", "exporter", "EXPORTERS", "to_json", "from_json", "write_json", "write_csv",
           "to_geojson", "write_geojson", "to_lpf", "write_lpf"]
