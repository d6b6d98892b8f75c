"""The JSON record: Chronicle's public contract (schema in ``chronicle/schema/record.schema.json``).

``to_json`` turns a :class:`~chronicle.record.Record` into plain dicts and lists;
``from_json`` reads one back; ``write_json`` writes atomically (a temporary file,
then a rename), so a failed run never leaves half a file.
"""
from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ..errors import ExportError
from ..record import (RECORD_VERSION, Claim, Document, Endnote, Event, Journey, Membership, Organization,
                      Person, Place, Quotation, Record, Relationship, Section, Span, TimeExpression)

ITEM_TYPES = {
    "documents": Document, "persons": Person, "places": Place, "organizations": Organization,
    "time_expressions": TimeExpression, "events": Event, "journeys": Journey,
    "memberships": Membership, "relationships": Relationship, "quotations": Quotation,
    "claims": Claim, "endnotes": Endnote,
}


def _plain(x: Any) -> Any:
    if dataclasses.is_dataclass(x):
        return {f.name: _plain(getattr(x, f.name)) for f in dataclasses.fields(x)}
    if isinstance(x, (list, tuple)):
        return [_plain(y) for y in x]
    return x


def item_to_json(item: Any) -> dict:
    out = _plain(item)
    if isinstance(item, Document):
        out["paragraphs"] = [list(p) for p in item.paragraphs]
    return out


def to_json(record: Record) -> dict:
    """The record as the documented JSON object."""
    out: dict[str, Any] = {"chronicle_record_version": RECORD_VERSION}
    for key in Record.LISTS:
        out[key] = [item_to_json(x) for x in getattr(record, key)]
    return out


def _build(cls: type, data: dict) -> Any:
    kwargs = {}
    hints = {f.name: f for f in dataclasses.fields(cls)}
    for name, f in hints.items():
        if name not in data:
            continue
        v = data[name]
        ftype = str(f.type)
        if ftype.startswith("Span") and isinstance(v, dict):
            v = Span(**v)
        elif ftype.startswith("tuple[Span") and isinstance(v, list):
            v = tuple(Span(**s) for s in v)
        elif ftype.startswith("tuple[Section"):
            v = tuple(Section(**s) for s in v)
        elif ftype.startswith("tuple[tuple[int"):
            v = tuple(tuple(p) for p in v)
        elif isinstance(v, list):
            v = tuple(v)
        kwargs[name] = v
    return cls(**kwargs)


def from_json(data: dict) -> Record:
    """A record read back from :func:`to_json`'s output."""
    try:
        return Record(**{k: tuple(_build(ITEM_TYPES[k], x) for x in data.get(k, [])) for k in Record.LISTS})
    except (TypeError, KeyError) as exc:
        raise ExportError(f"not a Chronicle JSON record: {exc}") from exc


def write_json(record: Record, path: str | os.PathLike) -> None:
    """Write the record to ``path`` atomically."""
    atomic_write(path, json.dumps(to_json(record), ensure_ascii=False, indent=1))


def atomic_write(path: str | os.PathLike, text: str) -> None:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from exc
