"""The SQLite store: round trip, idempotent re-extraction, all-or-nothing writes."""
import hashlib
import sqlite3

import pytest

import chronicle
from chronicle.errors import StoreError
from chronicle.export.json_format import to_json
from chronicle.store import open_store

TEXT = ("Pyotr Stolypin arrived in Kiev in September 1911. Stolypin was shot at the opera.\n\n"
        "The Kiev Soviet did not yet exist; Stolypin’s death pleased the Bolsheviki.1\n")


def file_hash(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def chapter(tmp_path):
    p = tmp_path / "chapter.txt"
    p.write_text(TEXT, encoding="utf-8")
    return p


def test_round_trip_is_lossless(chapter, tmp_path):
    db = tmp_path / "c.db"
    result = chronicle.extract([chapter], db=db)
    store = open_store(db)
    try:
        assert to_json(store.load()) == to_json(result.record)
        assert store.text(result.record.documents[0].id) == TEXT
        assert store.migrations() == ["0001_initial"]
    finally:
        store.close()


def test_reextracting_same_content_is_idempotent(chapter, tmp_path):
    db = tmp_path / "c.db"
    first = chronicle.extract([chapter], db=db)
    before = file_hash(db)
    again = chronicle.extract([chapter], db=db)
    assert again.added == () and again.skipped == (str(chapter),)
    assert file_hash(db) == before
    assert to_json(again.record) == to_json(first.record)
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_failed_run_leaves_database_unchanged(chapter, tmp_path):
    db = tmp_path / "c.db"
    chronicle.extract([chapter], db=db)
    before = file_hash(db)
    other = tmp_path / "other.txt"
    other.write_text("Lenin arrived at the Finland Station in April 1917.", encoding="utf-8")
    with pytest.raises(chronicle.ChronicleError):
        chronicle.extract([other, tmp_path / "missing.txt"], db=db)
    assert file_hash(db) == before


def test_failed_first_run_creates_no_database(tmp_path):
    db = tmp_path / "new.db"
    with pytest.raises(chronicle.ChronicleError):
        chronicle.extract([tmp_path / "missing.txt"], db=db)
    assert not db.exists()


def test_not_a_database_is_a_clear_error(chapter, tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not a Chronicle database"):
        chronicle.extract([chapter], db=db)


def test_mentions_table_lists_every_entity_mention(chapter, tmp_path):
    db = tmp_path / "c.db"
    result = chronicle.extract([chapter], db=db)
    n = sum(len(e.mentions) for e in (*result.record.persons, *result.record.places, *result.record.organizations))
    with sqlite3.connect(db) as c:
        rows = c.execute('SELECT start, "end", text FROM mentions').fetchall()
    assert len(rows) == n
    assert all(TEXT[s:e] == t for s, e, t in rows)
