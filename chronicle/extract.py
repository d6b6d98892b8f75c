"""``extract``: files in, a sourced record out (and, if asked, stored and exported).

Data flows one way: ingest → annotate (spaCy) → resolve (entities, identities, time,
places, facts) → record → store / export. :func:`extract_text` does the work for one
document and returns a :class:`~chronicle.record.Record`; :func:`extract` reads files,
calls it, and writes the database and JSON only once every file has succeeded.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from .annotate.pipeline import parse
from .context import DocContext
from .errors import GazetteerError
from .ingest.endnotes import anchor_before, find_markers, mask
from .record import Document, Endnote, Record
from .resolve import stages
from .resolve.entity_records import resolve_entities
from .resolve.identities import slug

if TYPE_CHECKING:
    from .ingest import SourceText

Progress = Callable[[int], None]


@dataclass(frozen=True)
class ExtractResult:
    """What :func:`extract` did: the record, and which documents were new to the database."""

    record: Record
    added: tuple[str, ...]
    skipped: tuple[str, ...]


def doc_id_for(source: "SourceText") -> str:
    stem = slug(Path(source.path).stem).replace("_", "-")[:24]
    return f"{stem}-{source.sha256[:6]}"


def extract_text(source: "SourceText", *, calendar: str = "auto", gazetteer: Sequence[str] = (),
                 progress: Progress | None = None) -> Record:
    """Extract the record of one ingested document."""
    doc_id = doc_id_for(source)
    text = source.text
    ranges = sorted(list(source.body) + list(source.notes))
    markers = find_markers(text, source.body)
    masked = mask(text, markers)
    chunks = list(parse(masked, ranges, progress=progress))
    ctx = DocContext(doc_id, text, masked, source.body, ranges, source.paragraphs, chunks, calendar=calendar)
    ctx.endnotes = [Endnote(doc_id, m.number, m.start, m.end, anchor_before(masked, m.start)) for m in markers]
    resolve_entities(ctx)
    stages.run(ctx, gazetteer=gazetteer)
    document = Document(doc_id, source.title, str(source.path), source.sha256, len(text), source.format,
                        source.encoding, tuple(source.sections), tuple(source.paragraphs))
    return stages.to_record(ctx, document)


def extract(paths: Iterable[str | os.PathLike], *, db: str | os.PathLike | None = None,
            json_out: str | os.PathLike | None = None, calendar: str = "auto",
            gazetteer: Sequence[str] = (), max_bytes: int = 50_000_000,
            progress: Progress | None = None) -> ExtractResult:
    """Read every file, extract its record, then store and export it all at once.

    Nothing is written unless every file succeeds; a document already in ``db``
    (same content hash) is not extracted again.
    """
    from .export.json_format import write_json
    from .ingest import read_document
    from .store import open_store

    for g in gazetteer:  # fail before any work, not after the extraction
        if not Path(g).is_file():
            raise GazetteerError(f"{g}: no such gazetteer file")
    sources = [read_document(p, max_bytes=max_bytes) for p in paths]
    known = _known_hashes(db)
    records, new, texts, added, skipped = [], [], {}, [], []
    for src in sources:
        if src.sha256 in known or src.sha256 in {r.documents[0].sha256 for r in new}:
            skipped.append(str(src.path))
            if src.sha256 in known:
                records.append(_load(db, src.sha256))
            continue
        rec = extract_text(src, calendar=calendar, gazetteer=gazetteer, progress=progress)
        records.append(rec)
        new.append(rec)
        texts[rec.documents[0].id] = src.text
        added.append(str(src.path))
    record = Record()
    for r in records:
        record = record.merge(r)
    if db and new:
        store = open_store(db)
        try:
            store.save(new, texts)  # one transaction: all of it or nothing
        finally:
            store.close()
    if json_out:
        write_json(record, json_out)
    return ExtractResult(record, tuple(added), tuple(skipped))


def _known_hashes(db) -> set[str]:
    """Hashes already stored; a database that does not exist yet is not created here."""
    from .store import open_store

    if not db or not Path(db).exists():
        return set()
    store = open_store(db)
    try:
        return store.known_hashes()
    finally:
        store.close()


def _load(db, sha256: str) -> Record:
    from .store import open_store

    store = open_store(db)
    try:
        return store.load(sha256=sha256)
    finally:
        store.close()


def extract_string(text: str, *, name: str = "text", calendar: str = "auto") -> Record:
    """Extract the record of a string (a passage typed in a notebook or a test)."""
    import hashlib

    from .ingest import SourceText

    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    src = SourceText(path=name, title=name, text=text, format="text", encoding="utf-8", sha256=sha,
                     body=((0, len(text)),), notes=(), sections=(), paragraphs=_paragraphs(text))
    return extract_text(src, calendar=calendar)


def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text))
