"""Ingest: files in, original decoded text plus its structure out.

``read_document(path)`` is the one entry point; see :class:`SourceText`.
"""
from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import PurePath

from chronicle.errors import EmptyInput
from chronicle.ingest import epub, gutenberg, html, markdown, plaintext
from chronicle.ingest.decode import decode_bytes
from chronicle.ingest.files import check_path, format_of, read_bytes, sniff_format
from chronicle.ingest.layout import Layout, Range
from chronicle.record import Section

__all__ = ["SourceText", "read_document", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 50_000_000


@dataclass(frozen=True)
class SourceText:
    """One document's text and structure; every range is an offset pair into ``text``.

    ``text`` is what all offsets point into: for text and Markdown the decoded
    file verbatim (a BOM dropped, line endings untouched); for HTML and EPUB
    the extracted plain text. ``body`` holds the narrative (no Gutenberg
    header or licence, no notes); ``notes`` the endnote/footnote ranges;
    ``sections`` the front matter, chapters and notes sections in reading
    order; ``paragraphs`` the paragraph spans inside the book.
    """

    path: str
    title: str
    text: str
    format: str  # text | markdown | html | epub
    encoding: str
    sha256: str
    body: tuple[Range, ...]
    notes: tuple[Range, ...]
    sections: tuple[Section, ...]
    paragraphs: tuple[Range, ...]


def read_document(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read the text, HTML, Markdown or EPUB file at *path*.

    Raises a subclass of :class:`chronicle.errors.InputError` when the file is
    missing, not a file, larger than *max_bytes*, empty, binary, not
    decodable or a broken container.
    """
    name = os.fsdecode(path)
    check_path(name, max_bytes)
    data = read_bytes(name, max_bytes)
    kind = format_of(name) or sniff_format(data)
    if kind == "epub":
        return _from_epub(name, data, max_bytes)
    text, encoding = decode_bytes(data, name)
    if not text.strip():
        raise EmptyInput(f"{name}: file holds only whitespace")
    if kind == "html":
        return _from_html(name, data, text, encoding)
    frame = gutenberg.frame(text) or (0, len(text))
    reader = markdown if kind == "markdown" else plaintext
    title = gutenberg.title(text) or PurePath(name).stem
    return _source(name, data, title, text, kind, encoding, reader.layout(text, frame))


def _from_html(name: str, data: bytes, decoded: str, encoding: str) -> SourceText:
    root = html.parse_html(decoded, name)
    found = html.extract(root)
    if not found.text:
        raise EmptyInput(f"{name}: HTML holds no text outside script, style and navigation")
    frame = gutenberg.frame(found.text) or (0, len(found.text))
    title = gutenberg.title(found.text) or html.document_title(root) or PurePath(name).stem
    return _source(name, data, title, found.text, "html", encoding, html.layout(found, frame))


def _from_epub(name: str, data: bytes, max_bytes: int) -> SourceText:
    book = epub.read_epub(io.BytesIO(data), name, max_bytes)
    if not book.text:
        raise EmptyInput(f"{name}: EPUB spine holds no text")
    title = book.title or PurePath(name).stem
    return _source(name, data, title, book.text, "epub", book.encoding, book.layout)


def _source(name: str, data: bytes, title: str, text: str, kind: str, encoding: str,
            layout: Layout) -> SourceText:
    return SourceText(
        path=name, title=title, text=text, format=kind, encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(), body=layout.body, notes=layout.notes,
        sections=layout.sections, paragraphs=layout.paragraphs,
    )
