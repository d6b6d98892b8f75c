"""SQLite, the embedded default store: one file, named migrations, all-or-nothing writes.

Each record list has a table with the columns people query (names, coordinates,
values, offsets) and a ``data`` column holding the item's full JSON, so reading back
is lossless. ``mentions`` lists every entity mention with its offsets. The schema is
documented in ``docs/store.md``; applied migrations are rows of ``chronicle_migrations``.
"""
from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from ..errors import StoreError
from ..export.json_format import from_json, item_to_json
from ..record import Record

# list name -> (extra indexed columns, how to read them from the item's JSON)
TABLES: dict[str, tuple[str, ...]] = {
    "persons": ("name", "gender"),
    "places": ("name", "kind", "lat", "lon", "gazetteer_id"),
    "organizations": ("name", "kind"),
    "time_expressions": ("type", "value", "calendar", "gregorian_value"),
    "events": ("type", "summary", "place", "date"),
    "journeys": (),
    "memberships": ("person", "organization", "role", "status"),
    "relationships": ("a", "b", "type"),
    "quotations": ("speaker", "addressee"),
    "claims": ("claimant", "content"),
}


def _table_sql(name: str, cols: tuple[str, ...]) -> str:
    extra = "".join(f", {c}" for c in cols)
    return (f"CREATE TABLE {name} (id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) "
            f"ON DELETE CASCADE{extra}, data TEXT NOT NULL);\n"
            f"CREATE INDEX {name}_doc ON {name}(doc_id);")


MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", "\n".join([
        "CREATE TABLE documents (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, title TEXT, source TEXT,"
        " length INTEGER, format TEXT, encoding TEXT, text TEXT NOT NULL, data TEXT NOT NULL, added_at TEXT);",
        *(_table_sql(n, c) for n, c in TABLES.items()),
        "CREATE TABLE mentions (entity_id TEXT NOT NULL, doc_id TEXT NOT NULL REFERENCES documents(id)"
        " ON DELETE CASCADE, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, text TEXT NOT NULL);",
        "CREATE INDEX mentions_entity ON mentions(entity_id);",
        "CREATE TABLE endnotes (doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
        " number INTEGER NOT NULL, offset INTEGER NOT NULL, \"end\" INTEGER NOT NULL, anchor TEXT,"
        " PRIMARY KEY (doc_id, offset));",
    ])),
]


class SQLiteStore:
    """A Chronicle database in one SQLite file (see module docstring)."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, not a database file")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a Chronicle database: {exc}") from exc

    def _migrate(self) -> None:
        c = self.conn
        c.execute("CREATE TABLE IF NOT EXISTS chronicle_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
        done = {r[0] for r in c.execute("SELECT name FROM chronicle_migrations")}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            c.execute("BEGIN IMMEDIATE")
            try:
                for stmt in filter(str.strip, sql.split(";")):
                    c.execute(stmt)
                c.execute("INSERT INTO chronicle_migrations VALUES (?, ?)", (name, _now()))
                c.execute("COMMIT")
            except sqlite3.DatabaseError:
                c.execute("ROLLBACK")
                raise

    def migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM chronicle_migrations ORDER BY name")]

    def known_hashes(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT sha256 FROM documents")}

    def save(self, records: Iterable[Record], texts: dict[str, str] | None = None) -> None:
        """Write one-document records in a single transaction: all or nothing."""
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
            for rec in records:
                self._save_one(rec, (texts or {}).get(rec.documents[0].id, ""))
            c.execute("COMMIT")
        except BaseException as exc:
            c.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                raise StoreError(f"{self.path}: write failed, database unchanged: {exc}") from exc
            raise

    def _save_one(self, rec: Record, text: str) -> None:
        (doc,) = rec.documents
        d = item_to_json(doc)
        self.conn.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
                          (doc.id, doc.sha256, doc.title, doc.source, doc.length, doc.format, doc.encoding,
                           text, json.dumps(d, ensure_ascii=False), _now()))
        for name, cols in TABLES.items():
            for item in getattr(rec, name):
                j = item_to_json(item)
                vals = [j.get(col) for col in cols]
                marks = ",".join("?" * (len(cols) + 3))
                self.conn.execute(f"INSERT INTO {name} VALUES ({marks})",
                                  (j["id"], doc.id, *vals, json.dumps(j, ensure_ascii=False)))
                for m in j.get("mentions", []):
                    self.conn.execute("INSERT INTO mentions VALUES (?,?,?,?,?)",
                                      (j["id"], doc.id, m["start"], m["end"], m["text"]))
        for n in rec.endnotes:
            self.conn.execute("INSERT INTO endnotes VALUES (?,?,?,?,?)", (doc.id, n.number, n.offset, n.end, n.anchor))

    def load(self, *, sha256: str | None = None) -> Record:
        """The stored record: all documents, or the one with this content hash."""
        where, args = ("WHERE sha256 = ?", (sha256,)) if sha256 else ("", ())
        docs = [json.loads(r[0]) for r in self.conn.execute(f"SELECT data FROM documents {where} ORDER BY added_at, id", args)]
        ids = [d["id"] for d in docs]
        data: dict[str, list] = {"documents": docs}
        marks = ",".join("?" * len(ids))
        for name in TABLES:
            data[name] = [json.loads(r[0]) for r in self.conn.execute(
                f"SELECT data FROM {name} WHERE doc_id IN ({marks}) ORDER BY rowid", ids)]
        data["endnotes"] = [{"doc": r[0], "number": r[1], "offset": r[2], "end": r[3], "anchor": r[4]}
                            for r in self.conn.execute(
                                f"SELECT * FROM endnotes WHERE doc_id IN ({marks}) ORDER BY doc_id, offset", ids)]
        return from_json(data)

    def text(self, doc_id: str) -> str:
        row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise StoreError(f"{self.path}: no document {doc_id!r}")
        return row[0]

    def close(self) -> None:
        self.conn.close()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
