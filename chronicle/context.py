"""What the resolve stages share about one document while it is being extracted.

A :class:`DocContext` is built once per document by :func:`chronicle.extract.extract_text`
after parsing and entity resolution; the fact stages (time, places, quotations, events…)
read it and return record items. It never reaches the store or the exporters.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Sequence

from .annotate.pipeline import Chunk
from .record import Endnote, Organization, Person, Place, Span, TimeExpression


@dataclass(frozen=True)
class EntityRef:
    """One resolved mention: characters ``[start:end]`` refer to entity ``id`` of ``kind``."""

    start: int
    end: int
    id: str
    kind: str  # person | place | organization


@dataclass
class DocContext:
    doc_id: str
    text: str  # the original text: every offset points here
    masked: str  # the same text with endnote markers blanked (what spaCy saw)
    body: Sequence[tuple[int, int]]
    ranges: Sequence[tuple[int, int]]  # body and notes, in order: everything that is analysed
    paragraphs: Sequence[tuple[int, int]]
    chunks: list[Chunk]
    persons: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    refs: list[EntityRef] = field(default_factory=list)  # sorted by start
    time_expressions: list[TimeExpression] = field(default_factory=list)
    endnotes: list[Endnote] = field(default_factory=list)
    calendar: str = "auto"
    facts: dict[str, list] = field(default_factory=dict)  # record list name -> items
    _starts: list[int] = field(default_factory=list, repr=False)
    reader: object = field(default=None, repr=False, compare=False)  # the fact stages' shared pronoun reader

    def span(self, start: int, end: int) -> Span:
        return Span(self.doc_id, start, end, self.text[start:end])

    def refs_between(self, start: int, end: int) -> list[EntityRef]:
        """Resolved mentions lying inside ``[start, end)``."""
        if len(self._starts) != len(self.refs):  # refs are set once, after entity resolution
            self._starts = [r.start for r in self.refs]
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.refs) and self.refs[i].start < end:
            if self.refs[i].end <= end:
                out.append(self.refs[i])
            i += 1
        return out

    def ref_at(self, start: int, end: int) -> EntityRef | None:
        """The resolved mention overlapping ``[start, end)`` most, if any."""
        best, best_n = None, 0
        for r in self.refs_between(max(0, start - 200), end + 1):
            n = min(end, r.end) - max(start, r.start)
            if n > best_n:
                best, best_n = r, n
        return best
