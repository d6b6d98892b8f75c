"""CSV export: one file per record list, in a folder, for spreadsheets and Palladio.

Scalar fields become columns; lists of ids are joined with ``|``; spans become
``doc``, ``start``, ``end`` and ``text`` columns; entity mentions get their own
``mentions.csv`` (entity id, doc, start, end, text).
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from pathlib import Path

from ..errors import ExportError
from ..record import Record
from .json_format import to_json


def _flat(item: dict) -> dict:
    out = {}
    for k, v in item.items():
        if k == "mentions":
            continue
        if isinstance(v, dict) and "doc" in v:
            for sub in ("doc", "start", "end", "text"):
                out[f"{k}_{sub}" if k not in ("span",) else sub] = v.get(sub)
        elif isinstance(v, list):
            out[k] = "|".join(_cell(x) for x in v)
        else:
            out[k] = v
    return out


def _cell(x) -> str:
    if isinstance(x, dict) and "start" in x:
        where = f"{x['start']}-{x['end']}"
        return f"{x['doc']}:{where}" if "doc" in x else f"{x.get('kind', '')}:{x.get('title', '')}:{where}"
    if isinstance(x, list):
        return "-".join(str(y) for y in x)
    return str(x)


def tables(record: Record) -> dict[str, list[dict]]:
    """Each CSV file's rows, by file stem."""
    data = to_json(record)
    out = {k: [_flat(x) for x in v] for k, v in data.items() if isinstance(v, list)}
    out["mentions"] = [{"entity_id": e["id"], **m} for k in ("persons", "places", "organizations")
                       for e in data[k] for m in e["mentions"]]
    return out


def write_csv(record: Record, out: str | os.PathLike) -> list[Path]:
    """Write ``<out>/<list>.csv`` files atomically (a temporary folder, then a rename)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a folder (CSV export writes one file per table)")
    tmp = Path(tempfile.mkdtemp(dir=out.parent if out.parent.exists() else None, prefix=".csv-"))
    try:
        for name, rows in tables(record).items():
            cols = list(dict.fromkeys(k for r in rows for k in r)) or ["id"]
            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=cols)
            w.writeheader()
            w.writerows(rows)
            (tmp / f"{name}.csv").write_text(buf.getvalue(), encoding="utf-8")
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for f in sorted(tmp.iterdir()):
            os.replace(f, out / f.name)
            written.append(out / f.name)
        return written
    except OSError as exc:
        raise ExportError(f"{out}: cannot write CSV: {exc}") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
