"""Shared structure helpers: ranges, section markers, body minus notes.

Every format reader reduces a document to the same few facts: the frame
(the stretch of text that is the book, not a licence), a list of
:class:`Marker` where sections begin, extra notes ranges (footnote blocks
inside chapters), and paragraph spans. :func:`build_layout` turns those
into the body, notes and sections that :class:`~chronicle.ingest.SourceText`
carries.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from chronicle.record import Section

Range = tuple[int, int]

FRONT_TITLE = "Front matter"
_NOTES_TITLE = re.compile(r"^(?:notes|footnotes|endnotes|end\s*notes)\.?$", re.I)


@dataclass(frozen=True)
class Marker:
    """A section starts at ``start`` (``kind``: chapter | notes | front)."""

    kind: str
    title: str
    start: int


@dataclass(frozen=True)
class Layout:
    """Body, notes, sections and paragraphs of one document text."""

    body: tuple[Range, ...]
    notes: tuple[Range, ...]
    sections: tuple[Section, ...]
    paragraphs: tuple[Range, ...]


def trim(text: str, start: int, end: int) -> Range | None:
    """``(start, end)`` shrunk past surrounding whitespace; ``None`` if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def merge(ranges: Iterable[Range]) -> tuple[Range, ...]:
    """Sorted union of *ranges*, touching or overlapping ones joined."""
    merged: list[Range] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def subtract(text: str, frame: Range, holes: Iterable[Range]) -> tuple[Range, ...]:
    """The parts of *frame* outside *holes*, each trimmed of whitespace."""
    pieces: list[Range] = []
    cursor = frame[0]
    for start, end in merge(holes):
        if start > cursor:
            pieces.append((cursor, min(start, frame[1])))
        cursor = max(cursor, end)
    if cursor < frame[1]:
        pieces.append((cursor, frame[1]))
    return tuple(r for r in (trim(text, s, e) for s, e in pieces if s < e) if r)


def sections_from_markers(text: str, frame: Range, markers: Iterable[Marker]) -> tuple[Section, ...]:
    """Sections in reading order; text before the first marker becomes front matter."""
    ordered = sorted((m for m in markers if frame[0] <= m.start < frame[1]), key=lambda m: m.start)
    first = ordered[0].start if ordered else frame[1]
    if trim(text, frame[0], first):
        ordered.insert(0, Marker("front", FRONT_TITLE, frame[0]))
    sections: list[Section] = []
    for marker, following in zip(ordered, [*ordered[1:], None]):
        end = following.start if following else frame[1]
        span = trim(text, marker.start, end)
        if span:
            sections.append(Section(marker.kind, marker.title, span[0], span[1]))
    return tuple(sections)


def section_level(levels: list[int]) -> int:
    """The heading level that marks chapters.

    The highest level present, unless that level occurs once, as the first
    heading, and deeper levels exist: then it is the book's title and the
    next level holds the chapters. ``0`` when there are no headings.
    """
    if not levels:
        return 0
    top = min(levels)
    deeper = sorted({lvl for lvl in levels if lvl > top})
    if levels.count(top) == 1 and levels[0] == top and deeper:
        return deeper[0]
    return top


def is_notes_title(title: str) -> bool:
    """True for a heading that names a notes section (Notes, Footnotes, Endnotes)."""
    return bool(_NOTES_TITLE.match(title.strip()))


def heading_markers(headings: Iterable[tuple[int, str, int]], level: int) -> list[Marker]:
    """Markers for ``(level, title, start)`` headings: chapters at *level*, front above it.

    Deeper headings are sub-sections and mark nothing, except one named Notes.
    """
    markers = []
    for depth, title, start in headings:
        if is_notes_title(title):
            markers.append(Marker("notes", title, start))
        elif depth == level:
            markers.append(Marker("chapter", title, start))
        elif depth < level:
            markers.append(Marker("front", title, start))
    return markers


def build_layout(
    text: str,
    frame: Range,
    markers: Iterable[Marker],
    paragraphs: Iterable[Range],
    extra_notes: Iterable[Range] = (),
) -> Layout:
    """Assemble a :class:`Layout` from what a format reader found."""
    sections = sections_from_markers(text, frame, markers)
    notes = merge([*(
        (s.start, s.end) for s in sections if s.kind == "notes"
    ), *extra_notes])
    inside = tuple(p for p in paragraphs if frame[0] <= p[0] and p[1] <= frame[1])
    return Layout(subtract(text, frame, notes), notes, sections, inside)
