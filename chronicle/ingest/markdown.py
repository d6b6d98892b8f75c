"""Markdown: the text stays verbatim; ``#`` headings become sections.

ATX headings (``# Title``) and setext headings (a line underlined with
``===`` or ``---``) outside fenced code blocks are found. Chapters are the
headings at :func:`~chronicle.ingest.layout.section_level`; a lone title
heading above them starts a front section. A heading named Notes,
Footnotes or Endnotes opens a notes section; footnote definitions
(``[^1]: ...``) are notes ranges.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from chronicle.ingest.layout import Layout, Range, build_layout, heading_markers, section_level
from chronicle.ingest.plaintext import paragraphs

_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n|$)")
_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_FOOTNOTE_DEF = re.compile(r"\[\^[^\]]+\]:")


def layout(text: str, frame: Range) -> Layout:
    """The structure of a Markdown document inside *frame*."""
    headings = list(_headings(text, frame))
    level = section_level([lvl for lvl, _, _ in headings])
    markers = heading_markers(headings, level)
    paras = paragraphs(text, *frame)
    footnotes = [p for p in paras if _FOOTNOTE_DEF.match(text, p[0])]
    return build_layout(text, frame, markers, paras, footnotes)


def _headings(text: str, frame: Range) -> Iterator[tuple[int, str, int]]:
    """``(level, title, start offset)`` of each heading, in order."""
    lines = [(m.start(), m.group().rstrip("\r\n")) for m in _LINE.finditer(text, *frame) if m.group()]
    fenced = False
    for index, (start, line) in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        atx = _ATX.match(line)
        if atx and atx.group(2):
            yield len(atx.group(1)), atx.group(2), start
            continue
        below = lines[index + 1][1] if index + 1 < len(lines) else ""
        underline = _SETEXT.match(below)
        if underline and line.strip() and not _continues_paragraph(lines, index):
            yield (1 if underline.group(1)[0] == "=" else 2), line.strip(), start


def _continues_paragraph(lines: list[tuple[int, str]], index: int) -> bool:
    """True when the line follows a non-blank line (then an underline does not make it a heading)."""
    return index > 0 and lines[index - 1][1].strip() != ""
