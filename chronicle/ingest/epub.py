"""EPUB 2/3: the OPF spine read with :mod:`zipfile` and lxml.

``META-INF/container.xml`` names the package document (OPF); its
``<spine>`` gives the reading order. Each spine document is parsed as strict
XML and extracted with :mod:`chronicle.ingest.html`; the texts are joined
by a blank line. A document is

* **notes** when its ``<body>`` (or its single wrapping section) carries
  ``epub:type``/``role``/``class`` endnotes, footnotes or rearnotes, or its
  file name or first heading says Notes;
* **front** when it is the navigation document or is marked cover,
  titlepage, frontmatter, toc, copyright-page, dedication, preface or
  foreword (by ``epub:type`` or file name);
* otherwise a **chapter** titled by its first heading (then its
  ``<title>``, then its file name). Several top-level headings in one
  document make several chapters.

A broken zip, a missing container or OPF, a spine entry that is not in the
archive, or a document that is not well-formed XML raises
:class:`MalformedInput`.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO
from urllib.parse import unquote

from lxml import etree

from chronicle.errors import InputTooLarge, MalformedInput
from chronicle.ingest import html
from chronicle.ingest.layout import Layout, Marker, Range, build_layout, is_notes_title

_CONTAINER = "META-INF/container.xml"
_NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_XHTML_TYPES = frozenset({"application/xhtml+xml", "text/html", "application/xml", "text/xml"})
_FRONT_TOKENS = frozenset({"cover", "titlepage", "halftitlepage", "frontmatter", "toc",
                           "copyright-page", "dedication", "preface", "foreword", "imprint",
                           "epigraph", "landmarks"})
_NOTES_NAME = re.compile(r"(?:^|[-_.])(?:end|foot|rear)?notes?(?:$|[-_.\d])", re.I)
_FRONT_NAME = re.compile(
    r"^(?:cover|title|titlepage|toc|contents|copyright|dedication|nav)(?:$|[-_.\d])", re.I
)
_SEPARATOR = "\n\n"
_MAX_EXPANSION = 20  # uncompressed spine text may be this many times max_bytes


@dataclass(frozen=True)
class Book:
    """An EPUB reduced to text and structure."""

    title: str | None
    text: str
    layout: Layout
    encoding: str


@dataclass(frozen=True)
class _Item:
    href: str
    media_type: str
    properties: str


def read_epub(source: IO[bytes], path: str, max_bytes: int) -> Book:
    """Open the EPUB in *source* (read from *path*) and extract its spine in reading order."""
    try:
        with zipfile.ZipFile(source) as archive:
            return _read(archive, path, max_bytes)
    except zipfile.BadZipFile as exc:
        raise MalformedInput(f"{path}: not a valid EPUB (zip archive unreadable: {exc})") from exc
    except (zipfile.LargeZipFile, zlib.error, RuntimeError, OSError, EOFError) as exc:
        raise MalformedInput(f"{path}: EPUB archive cannot be read ({exc})") from exc


def _read(archive: zipfile.ZipFile, path: str, max_bytes: int) -> Book:
    opf_path = _opf_path(archive, path)
    opf = _parse_xml(_member(archive, opf_path, path), f"{path}!{opf_path}")
    items = _manifest(opf, posixpath.dirname(opf_path))
    spine = _spine(opf, items, path)
    _check_expansion(archive, spine, path, max_bytes)
    documents = [_document(archive, item, path) for item in spine]
    encoding = (opf.getroottree().docinfo.encoding or "utf-8").lower()
    return _assemble(_title(opf), documents, encoding)


def _opf_path(archive: zipfile.ZipFile, path: str) -> str:
    """Where the package document lives, from container.xml (or the only .opf)."""
    names = set(archive.namelist())
    if _CONTAINER in names:
        container = _parse_xml(archive.read(_CONTAINER), f"{path}!{_CONTAINER}")
        rootfile = container.find(".//c:rootfile", _NS)
        if rootfile is not None and rootfile.get("full-path"):
            return rootfile.get("full-path")
    opfs = [name for name in names if name.lower().endswith(".opf")]
    if len(opfs) == 1:
        return opfs[0]
    raise MalformedInput(f"{path}: not a valid EPUB (no package document: container.xml/OPF missing)")


def _member(archive: zipfile.ZipFile, name: str, path: str) -> bytes:
    try:
        return archive.read(name)
    except KeyError as exc:
        raise MalformedInput(f"{path}: EPUB names {name!r} but the archive lacks it") from exc


def _parse_xml(data: bytes, where: str) -> etree._Element:
    """Strict, offline XML parsing; errors become :class:`MalformedInput`."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise MalformedInput(f"{where}: broken XML ({exc})") from exc
    if root is None:
        raise MalformedInput(f"{where}: empty XML document")
    return root


def _manifest(opf: etree._Element, base: str) -> dict[str, _Item]:
    items: dict[str, _Item] = {}
    for item in opf.iterfind(".//opf:manifest/opf:item", _NS):
        href = posixpath.normpath(posixpath.join(base, unquote(item.get("href", ""))))
        items[item.get("id", "")] = _Item(href, item.get("media-type", ""), item.get("properties", ""))
    return items


def _spine(opf: etree._Element, items: dict[str, _Item], path: str) -> list[_Item]:
    refs = [ref.get("idref", "") for ref in opf.iterfind(".//opf:spine/opf:itemref", _NS)]
    if not refs:
        raise MalformedInput(f"{path}: not a valid EPUB (the OPF spine is empty)")
    missing = [ref for ref in refs if ref not in items]
    if missing:
        raise MalformedInput(f"{path}: the OPF spine names unknown manifest item {missing[0]!r}")
    return [items[ref] for ref in refs if items[ref].media_type in _XHTML_TYPES]


def _check_expansion(archive: zipfile.ZipFile, spine: list[_Item], path: str, max_bytes: int) -> None:
    """Refuse archives whose spine documents unpack to far more than the size limit."""
    sizes = {info.filename: info.file_size for info in archive.infolist()}
    total = sum(sizes.get(item.href, 0) for item in spine)
    if total > _MAX_EXPANSION * max_bytes:
        raise InputTooLarge(
            f"{path}: EPUB text unpacks to {total} bytes, over the limit of "
            f"{_MAX_EXPANSION * max_bytes} ({_MAX_EXPANSION} x max_bytes)"
        )


def _title(opf: etree._Element) -> str | None:
    element = opf.find(".//dc:title", _NS)
    title = " ".join("".join(element.itertext()).split()) if element is not None else ""
    return title or None


@dataclass(frozen=True)
class _Document:
    kind: str  # chapter | notes | front
    title: str
    found: html.Extract


def _document(archive: zipfile.ZipFile, item: _Item, path: str) -> _Document:
    """Parse, extract and classify one spine document."""
    data = _member(archive, item.href, path)
    if item.media_type == "text/html":
        root = html.parse_html(data, f"{path}!{item.href}")
    else:
        root = _parse_xml(data, f"{path}!{item.href}")
    found = html.extract(root)
    stem = PurePosixPath(item.href).stem
    heading = found.headings[0][1] if found.headings else None
    title = heading or html.document_title(root) or stem
    return _Document(_kind(root, item, stem, heading), title, found)


def _kind(root: etree._Element, item: _Item, stem: str, heading: str | None) -> str:
    tokens = {token.lower() for token in _outer_tokens(root)}
    if any(html.is_notes_section_token(token) for token in tokens) or _NOTES_NAME.search(stem):
        return "notes"
    if heading and is_notes_title(heading):
        return "notes"
    if "nav" in item.properties.split() or tokens & _FRONT_TOKENS or _FRONT_NAME.search(stem):
        return "front"
    return "chapter"


def _outer_tokens(root: etree._Element) -> list[str]:
    """Type tokens of ``<body>`` and of its only child element, when it wraps the whole body."""
    bodies = (el for el in root.iter() if isinstance(el.tag, str) and etree.QName(el).localname == "body")
    body = next(bodies, None)
    if body is None:
        return []
    elements = [body]
    children = [child for child in body if isinstance(child.tag, str)]
    if len(children) == 1:
        elements.append(children[0])
    return [token for element in elements for token in html.type_tokens(element)]


def _assemble(title: str | None, documents: list[_Document], encoding: str) -> Book:
    """Join documents into one text, shifting every range into it."""
    parts: list[str] = []
    markers: list[Marker] = []
    paragraphs: list[Range] = []
    notes: list[Range] = []
    offset = 0
    for document in (d for d in documents if d.found.text):
        if parts:
            parts.append(_SEPARATOR)
            offset += len(_SEPARATOR)
        parts.append(document.found.text)
        markers.extend(_document_markers(document, offset))
        paragraphs.extend((s + offset, e + offset) for s, e in document.found.paragraphs)
        notes.extend((s + offset, e + offset) for s, e in document.found.notes)
        offset += len(document.found.text)
    text = "".join(parts)
    return Book(title, text, build_layout(text, (0, len(text)), markers, paragraphs, notes), encoding)


def _document_markers(document: _Document, offset: int) -> list[Marker]:
    """Markers of one document; its first marker always sits at its start."""
    if document.kind != "chapter":
        return [Marker(document.kind, document.title, offset)]
    inner = sorted(html.markers(document.found, book=False), key=lambda m: m.start)
    if inner and inner[0].start > 0 and inner[0].kind == "chapter":
        inner[0] = Marker("chapter", inner[0].title, 0)
    elif not inner or inner[0].start > 0:
        inner.insert(0, Marker("chapter", document.title, 0))
    return [Marker(m.kind, m.title, m.start + offset) for m in inner]
