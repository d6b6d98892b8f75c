"""Plain text: blank-line paragraphs, chapter headings, trailing notes.

A heading is a paragraph of one short line, so blank lines surround it:

* chapter words with a number — ``CHAPTER I``, ``Chapter 3``, ``BOOK TWO``,
  ``Part the First`` — and ``APPENDIX ...``, ``PROLOGUE``, ``EPILOGUE``;
* bare Roman numerals (``III``, ``IV.``), used only when a text has no
  chapter words (otherwise they number sub-sections);
* ``NOTES`` / ``Footnotes`` / ``Endnotes`` after the first chapter: a notes
  section; ``PREFACE`` / ``CONTENTS`` / ``INTRODUCTION`` before it: front.

A one-line title right under a chapter heading joins it
(``Chapter I`` + ``Background`` → ``Chapter I. Background``). Footnote
paragraphs (``[1] ...``, ``[Footnote A: ...]``) become notes ranges.
"""
from __future__ import annotations

import re

from chronicle.ingest.layout import Layout, Marker, Range, build_layout, trim

_BLANK_RUN = re.compile(r"(?:\r\n?|\n)(?:[ \t\f\v]*(?:\r\n?|\n))+")
_NUMBER = (
    r"(?:(?-i:[IVXLCDM]+)|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty[\w-]*|thirty[\w-]*"
    r"|the\s+\w+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)"
)
_NUMBERED = re.compile(
    rf"^(?:chapter|book|part|volume|vol\.|section|letter)\s+{_NUMBER}\b.*$", re.I
)
_NAMED = re.compile(r"^(?:appendix\b.*|prologue\b.*|epilogue\b.*|afterword\b.*|conclusion\.?)$", re.I)
_ROMAN = re.compile(r"^[IVXLC]+\.?$")
_NOTES = re.compile(r"^(?:notes|footnotes|endnotes|end\s*notes|notes\s+to\s+.+)\.?$", re.I)
_FRONT = re.compile(
    r"^(?:preface|foreword|introduction|introductory note|prefatory note|contents|table of contents"
    r"|dedication|acknowledge?ments|list of illustrations|illustrations)\.?$",
    re.I,
)
_FOOTNOTE = re.compile(r"\[(?:\d{1,4}\]|Footnote\s*[\w*]*\s*:)", re.I)
_SUBTITLE_END = re.compile(r"[.,;:!?\"'”’]$")
_PAGE_NUMBER = re.compile(r"\s\d{1,4}\s*$")
_MAX_HEADING = 80
_MAX_SUBTITLE = 70


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Range]:
    """Blank-line separated blocks of ``text[start:end]``, trimmed of whitespace."""
    end = len(text) if end is None else end
    spans: list[Range] = []
    cursor = start
    for gap in _BLANK_RUN.finditer(text, start, end):
        spans.append((cursor, gap.start()))
        cursor = gap.end()
    spans.append((cursor, end))
    return [r for r in (trim(text, s, e) for s, e in spans) if r]


def layout(text: str, frame: Range) -> Layout:
    """The structure of a plain-text document inside *frame*."""
    paras = paragraphs(text, *frame)
    markers = _markers(text, paras)
    footnotes = [p for p in paras if _FOOTNOTE.match(text, p[0])]
    return build_layout(text, frame, markers, paras, footnotes)


def _markers(text: str, paras: list[Range]) -> list[Marker]:
    """Section markers: chapter-word headings if any, else bare Roman numerals."""
    lines = [_heading_line(text, p) for p in paras]
    tier = _NUMBERED if any(line and _NUMBERED.match(line) for line in lines) else _ROMAN
    markers: list[Marker] = []
    for index, line in enumerate(lines):
        if not line:
            continue
        seen_chapter = any(m.kind == "chapter" for m in markers)
        if (tier.match(line) or _NAMED.match(line)) and not _before_toc(text, paras, index):
            title = _with_subtitle(line, lines, index)
            markers.append(Marker("chapter", title, paras[index][0]))
        elif seen_chapter and _NOTES.match(line):
            markers.append(Marker("notes", line, paras[index][0]))
        elif not seen_chapter and _FRONT.match(line):
            markers.append(Marker("front", line, paras[index][0]))
    return markers


def _before_toc(text: str, paras: list[Range], index: int) -> bool:
    """True when the next paragraph is table-of-contents lines ending in page numbers."""
    if index + 1 >= len(paras):
        return False
    lines = text[paras[index + 1][0]:paras[index + 1][1]].splitlines()
    return sum(1 for line in lines if _PAGE_NUMBER.search(line)) * 2 >= len(lines)


def _heading_line(text: str, para: Range) -> str | None:
    """The paragraph's text when it is one short line, else ``None``."""
    line = text[para[0]:para[1]]
    if len(line) > _MAX_HEADING or "\n" in line or "\r" in line:
        return None
    return line


def _with_subtitle(line: str, lines: list[str | None], index: int) -> str:
    """Join a one-line title paragraph that directly follows a numbered heading."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    if (
        following is None
        or index + 2 >= len(lines)
        or len(following) > _MAX_SUBTITLE
        or _SUBTITLE_END.search(following)
        or not following[:1].isupper()
        or _NUMBERED.match(following)
        or _NAMED.match(following)
        or _ROMAN.match(following)
    ):
        return line
    separator = " " if _SUBTITLE_END.search(line) else ". "
    return f"{line}{separator}{following}"
