"""The record: typed, frozen dataclasses for everything Chronicle extracts.

Every fact points at the characters it came from through a :class:`Span`
(document id + character offsets into the *original* decoded text, endnote
markers included). Items refer to one another by id. Serialization to JSON
lives in :mod:`chronicle.export`, not here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

RECORD_VERSION = "1.2"


@dataclass(frozen=True)
class Span:
    """A stretch of the original text: ``text == original[start:end]``."""

    doc: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Section:
    """A chapter or a notes section of a document (``kind``: chapter|notes|front)."""

    kind: str
    title: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    source: str
    sha256: str
    length: int
    format: str = "text"
    encoding: str = "utf-8"
    sections: tuple[Section, ...] = ()
    paragraphs: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    mentions: tuple[Span, ...]
    gender: str = "unknown"


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    aliases: tuple[str, ...]
    mentions: tuple[Span, ...]
    kind: str = "other"


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    aliases: tuple[str, ...]
    mentions: tuple[Span, ...]
    lat: float | None = None
    lon: float | None = None
    kind: str = "other"
    gazetteer_id: str | None = None
    confidence: float | None = None
    within: str | None = None  # id of a containing place (a station inside a city)


@dataclass(frozen=True)
class TimeExpression:
    id: str
    span: Span
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    mod: str | None = None
    calendar: str = "n/a"  # julian | gregorian | n/a
    gregorian_value: str | None = None
    anchor: str | None = None  # id of the time expression or event a relative value rests on


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    summary: str
    participants: tuple[str, ...]
    place: str | None
    date: str | None
    evidence: Span
    negated: bool = False
    hypothetical: bool = False


@dataclass(frozen=True)
class Journey:
    id: str
    travellers: tuple[str, ...]
    stops: tuple[str, ...]
    evidence: tuple[Span, ...]
    modes: tuple[str, ...] = ()
    dates: tuple[str | None, ...] = ()  # one per stop: the date of the clause naming it, or None


@dataclass(frozen=True)
class Membership:
    id: str
    person: str
    organization: str
    role: str | None
    status: str  # granted | refused | removed | held
    date: str | None
    evidence: Span


@dataclass(frozen=True)
class Relationship:
    id: str
    a: str
    b: str
    type: str
    evidence: Span


@dataclass(frozen=True)
class Quotation:
    """A quotation and who said it. ``span`` is its evidence: the quoted words with the words that
    report them before them in the same sentence ("the chorus of the Bolsheviki, “All Power…”"),
    or for a block its introducing sentence; ``quote`` is the quoted words alone, marks included."""
    id: str
    speaker: str | None
    addressee: str | None
    span: Span
    kind: str = "direct"  # direct | block
    quote: Span | None = None

    @property
    def words(self) -> Span:
        """The quoted words alone (``span`` for a record written before contract 1.2)."""
        return self.quote or self.span


@dataclass(frozen=True)
class Claim:
    id: str
    claimant: str | None
    content: str
    disputed_by: tuple[str, ...]
    evidence: Span
    disputed_by_author: bool = False


@dataclass(frozen=True)
class Endnote:
    doc: str
    number: int
    offset: int  # character offset of the marker's first character
    end: int  # offset just past the marker
    anchor: str  # the words right before the marker


@dataclass(frozen=True)
class Record:
    """Everything extracted from one or more documents."""

    documents: tuple[Document, ...] = ()
    persons: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    organizations: tuple[Organization, ...] = ()
    time_expressions: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    journeys: tuple[Journey, ...] = ()
    memberships: tuple[Membership, ...] = ()
    relationships: tuple[Relationship, ...] = ()
    quotations: tuple[Quotation, ...] = ()
    claims: tuple[Claim, ...] = ()
    endnotes: tuple[Endnote, ...] = ()
    version: str = field(default=RECORD_VERSION)

    LISTS = ("documents", "persons", "places", "organizations", "time_expressions", "events",
             "journeys", "memberships", "relationships", "quotations", "claims", "endnotes")

    def merge(self, other: "Record") -> "Record":
        """A record holding the items of both."""
        return Record(**{k: getattr(self, k) + getattr(other, k) for k in self.LISTS})
