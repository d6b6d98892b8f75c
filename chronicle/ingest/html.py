"""HTML and XHTML: plain text from block elements, headings, notes.

The extracted text is what every offset of an HTML or EPUB document points
into. Each block element (``p``, ``div``, ``li``, ``h1``...) with text
becomes one paragraph; paragraphs are joined by a blank line (``"\\n\\n"``).
Whitespace inside a block collapses to single spaces (``<pre>`` keeps its
own), ``<br>`` becomes ``"\\n"``. ``script``, ``style``, ``nav``, ``head``,
``template``, ``noscript`` and elements marked ``hidden`` are dropped.

An element whose ``id``, ``class``, ``role`` or ``epub:type`` names
footnotes/endnotes/rearnotes is a notes block: the plural (``endnotes``,
``footnotes``, ``doc-endnotes``) opens a notes section, the singular
(an ``<aside epub:type="footnote">``) just marks its text as notes.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.entities import name2codepoint

import lxml.html
from lxml import etree

from chronicle.errors import MalformedInput
from chronicle.ingest.layout import (
    Layout, Marker, Range, build_layout, heading_markers, section_level,
)

_SKIP = frozenset({"script", "style", "nav", "head", "template", "noscript", "iframe", "object",
                   "select", "textarea", "button"})
_BLOCK = frozenset({"address", "article", "aside", "blockquote", "body", "caption", "center",
                    "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                    "footer", "header", "hgroup", "hr", "html", "legend", "li", "main", "ol",
                    "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_NOTES_SECTION = re.compile(r"(?:^|[-_:])(?:footnotes|endnotes|rearnotes|notes)$", re.I)
_NOTE = re.compile(r"(?:^|[-_:])(?:footnote|endnote|rearnote)$", re.I)
_EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
_INLINE = frozenset({"a", "abbr", "b", "cite", "code", "em", "i", "small", "span", "strong",
                     "sub", "sup", "u"})
_BREAK = "\x00"
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_BREAKS = re.compile(r" ?\x00 ?")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
NOTES_TITLE = "Notes"


@dataclass
class Extract:
    """Text pulled out of one HTML document, with what was found in it."""

    text: str = ""
    paragraphs: list[Range] = field(default_factory=list)
    headings: list[tuple[int, str, int]] = field(default_factory=list)  # level, title, start
    notes_sections: list[tuple[str, Range]] = field(default_factory=list)  # title, range
    notes: list[Range] = field(default_factory=list)


def parse_html(source: str | bytes, path: str) -> etree._Element:
    """Parse HTML leniently (as browsers do); only a document with no elements is refused."""
    if isinstance(source, str):  # lxml refuses str input that declares an encoding
        source = _XML_DECLARATION.sub("", source, count=1)
    try:
        return lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError) as exc:
        raise MalformedInput(f"{path}: not parseable as HTML ({exc})") from exc


def document_title(root: etree._Element) -> str | None:
    """The ``<title>`` text, whitespace collapsed, or ``None``."""
    for element in root.iter():
        if isinstance(element.tag, str) and _local(element) == "title":
            title = " ".join("".join(element.itertext()).split())
            return title or None
    return None


def extract(root: etree._Element) -> Extract:
    """Plain text, paragraphs, headings and notes of the document at *root*."""
    builder = _Builder()
    builder.walk(root)
    return builder.finish()


def layout(found: Extract, frame: Range) -> Layout:
    """Sections from headings (see :func:`markers`) inside *frame* of the extracted text."""
    return build_layout(found.text, frame, markers(found, book=True), found.paragraphs, found.notes)


def markers(found: Extract, *, book: bool) -> list[Marker]:
    """Section markers of one extracted document.

    With ``book=True`` (a whole book in one file) a lone first top heading is
    the book's title and the next level marks chapters; otherwise (one EPUB
    spine document) the highest level present marks chapters.
    """
    levels = [level for level, _, _ in found.headings]
    level = section_level(levels) if book else min(levels, default=0)
    result = heading_markers(found.headings, level)
    for title, (start, end) in found.notes_sections:
        result.append(Marker("notes", title, start))
        resume = [m for m in result if m.start < start and m.kind == "chapter"]
        if resume:
            result.append(Marker("chapter", resume[-1].title, end))
    return result


def is_notes_section_token(token: str) -> bool:
    """True for ``endnotes``, ``footnotes``, ``rearnotes``, ``doc-endnotes``, ``chapter-notes``..."""
    return bool(_NOTES_SECTION.search(token))


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname.lower()


def type_tokens(element: etree._Element) -> list[str]:
    """The words of an element's ``id``, ``class``, ``role`` and ``epub:type``."""
    values = [element.get(name) or "" for name in ("id", "class", "role", "epub:type", _EPUB_TYPE)]
    return " ".join(values).split()


class _Builder:
    """Walks a tree once, appending block texts to the output."""

    def __init__(self) -> None:
        self.result = Extract()
        self._parts: list[str] = []
        self._length = 0
        self._buffer: list[str] = []

    def walk(self, root: etree._Element) -> None:
        """Visit the tree in document order, without recursion (deep trees are fine)."""
        stack: list[tuple[etree._Element, Callable[[], None] | None]] = [(root, None)]
        while stack:
            element, close = stack.pop()
            if close is None:
                close = self._open(element)
                if close is not None:
                    stack.append((element, close))
                    if element.text:
                        self._buffer.append(element.text)
                    stack.extend((child, None) for child in reversed(element))
                    continue
            else:
                close()
            if element.tail:
                self._buffer.append(element.tail)

    def _open(self, element: etree._Element) -> Callable[[], None] | None:
        """Handle an element's start; return what to do after its children, or ``None`` to skip them."""
        if element.tag is etree.Entity:
            code = name2codepoint.get(element.text.strip("&;"))
            self._buffer.append(chr(code) if code else element.text)
            return None
        if not isinstance(element.tag, str) or self._skipped(element):
            return None
        name = _local(element)
        if name == "br":
            self._buffer.append(_BREAK)
            return None
        if name in _HEADINGS:
            self.flush()
            return lambda: self._close_heading(_HEADINGS[name])
        return self._open_container(element, name)

    def _skipped(self, element: etree._Element) -> bool:
        return _local(element) in _SKIP or element.get("hidden") is not None

    def _close_heading(self, level: int) -> None:
        span = self.flush()
        if span:
            title = " ".join(self._parts[-1].split())
            self.result.headings.append((level, title, span[0]))

    def _open_container(self, element: etree._Element, name: str) -> Callable[[], None]:
        tokens = type_tokens(element)
        boxed = name not in _INLINE
        notes_section = boxed and any(is_notes_section_token(t) for t in tokens)
        note = boxed and any(_NOTE.search(t) for t in tokens)
        block = name in _BLOCK or notes_section or note
        if block:
            self.flush()
        first, headings = len(self.result.paragraphs), len(self.result.headings)

        def close() -> None:
            if block:
                self.flush(preserve=name == "pre")
            if (notes_section or note) and len(self.result.paragraphs) > first:
                self._notes(first, headings if notes_section else None)

        return close

    def _notes(self, first: int, headings: int | None) -> None:
        """Record paragraphs from index *first* on as notes (a notes section if *headings* given)."""
        span = (self.result.paragraphs[first][0], self.result.paragraphs[-1][1])
        self.result.notes.append(span)
        if headings is not None:
            inner = self.result.headings[headings:headings + 1]
            self.result.notes_sections.append((inner[0][1] if inner else NOTES_TITLE, span))

    def flush(self, *, preserve: bool = False) -> Range | None:
        """End the current block; return its range if it had text."""
        raw = "".join(self._buffer)
        self._buffer = []
        block = raw.replace(_BREAK, "\n").strip("\r\n") if preserve else _collapse(raw)
        if not block.strip():
            return None
        if self._length:
            self._append("\n\n")
        start = self._length
        self._append(block)
        self.result.paragraphs.append((start, self._length))
        return start, self._length

    def finish(self) -> Extract:
        """Close the last block and return the result."""
        self.flush()
        self.result.text = "".join(self._parts)
        return self.result

    def _append(self, piece: str) -> None:
        self._parts.append(piece)
        self._length += len(piece)


def _collapse(raw: str) -> str:
    """Whitespace runs to one space, ``<br>`` to a newline, ends stripped."""
    spaced = _SPACE.sub(" ", raw)
    return _BREAKS.sub("\n", spaced).strip(" \n")
