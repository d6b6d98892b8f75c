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
from .context import DocContext, EntityRef
from .errors import GazetteerError
from .ingest.endnotes import anchor_before, find_markers, mask
from .record import Document, Endnote, Organization, Person, Place, Record, Span
from .resolve import stages
from .resolve.entities import LOC, ORG, PER, Mention, type_names
from .resolve.narrator import find_narrator
from .resolve.identities import Identity, assign_ids, attach_titles, by_kind, group_by_name, group_persons, slug

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
    _resolve_entities(ctx)
    stages.run(ctx, gazetteer=gazetteer)
    document = Document(doc_id, source.title, str(source.path), source.sha256, len(text), source.format,
                        source.encoding, tuple(source.sections), tuple(source.paragraphs))
    return stages.to_record(ctx, document)


def _mentions(ctx: DocContext) -> list[Mention]:
    out = []
    for ch in ctx.chunks:
        for span in ch.doc.spans["chronicle_mentions"]:
            s, e = ch.offset + span.start_char, ch.offset + span.end_char
            cues = dict(span._.chronicle_cues or {})
            if "conj" in cues:
                cues["conj"] += ch.offset  # list ids are offsets: make them document-wide
            out.append(Mention(s, e, ctx.text[s:e], cues))
    return out


def _resolve_entities(ctx: DocContext) -> None:
    everything = _drop_nested(_mentions(ctx))
    titles = [m for m in everything if m.cues.get("label") == "TITLE"]
    mentions = [m for m in everything if m.cues.get("label") != "TITLE"]
    common = frozenset(w for w in re.findall(r"\b[a-z][a-z’'-]+\b", ctx.masked))
    typing = type_names(mentions, stages.place_prior(), common)
    kinds = by_kind(typing.classes, mentions)
    people = group_persons(kinds.get(PER, []))
    attach_titles(people, titles)
    persons = assign_ids(ctx.doc_id, "per", people)
    places = assign_ids(ctx.doc_id, "loc", group_by_name(kinds.get(LOC, []), LOC))
    orgs = assign_ids(ctx.doc_id, "org", group_by_name(kinds.get(ORG, []), ORG))
    ctx.persons = [Person(i, x.canonical(), tuple(x.aliases()), _spans(ctx, x), x.gender()) for i, x in persons.items()]
    ctx.places = [Place(i, x.canonical(), tuple(x.aliases()), _spans(ctx, x)) for i, x in places.items()]
    ctx.organizations = [Organization(i, x.canonical(), tuple(x.aliases()), _spans(ctx, x), _org_kind(x))
                         for i, x in orgs.items()]
    refs = [EntityRef(m.start, m.end, i, kind) for kind, table in ((PER, persons), (LOC, places), (ORG, orgs))
            for i, x in table.items() for m in x.mentions]
    narrator = find_narrator(ctx)
    if narrator:
        ctx.persons.insert(0, narrator[0])
        refs += narrator[1]
    ctx.refs = sorted(refs, key=lambda r: (r.start, r.end))


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """A name inside a longer name ("Moscow" in "Moscow Soviet") is not its own mention."""
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _spans(ctx: DocContext, ident: Identity) -> tuple[Span, ...]:
    return tuple(ctx.span(m.start, m.end) for m in sorted(ident.mentions, key=lambda m: m.start))


ORG_KINDS = [
    ("party", {"party", "faction", "bloc", "league", "group"}),
    ("government", {"government", "ministry", "cabinet", "administration", "department", "office", "sovnarkom"}),
    ("council", {"soviet", "soviets", "council", "committee", "committees", "duma", "assembly", "congress",
                 "senate", "parliament", "conference", "commission", "board", "zemstvo", "zemstvos"}),
    ("newspaper", {"gazette", "times", "herald", "journal", "review", "tribune", "post", "chronicle", "news", "press"}),
    ("army", {"army", "armies", "fleet", "navy", "guard", "guards", "corps", "regiment", "division", "brigade", "battalion"}),
    ("company", {"company", "bank", "corporation", "trust", "syndicate", "railway", "railways"}),
    ("church", {"church"}),
    ("school", {"university", "college", "academy", "school", "institute"}),
]


def _org_kind(ident: Identity) -> str:
    last = re.split(r"\s+", ident.canonical().lower())[-1]
    for kind, heads in ORG_KINDS:
        if last in heads:
            return kind
    if any(m.cues.get("plural") or m.cues.get("label") == "NORP" for m in ident.mentions):
        return "party"
    return "other"


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
