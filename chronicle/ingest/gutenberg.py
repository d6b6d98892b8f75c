"""Project Gutenberg framing: where the book starts and ends, and its title.

Recognises the modern ``*** START OF THE/THIS PROJECT GUTENBERG EBOOK ... ***``
and ``*** END OF ...`` markers (also split over two lines, with or without
spaces after the asterisks), and older forms: ``End of the Project Gutenberg
EBook of ...``, ``End of Project Gutenberg's ...`` and the
``*END*THE SMALL PRINT!`` line that closed the 1990s header. A
``Produced by`` / ``E-text prepared by`` credit right after the start
marker is treated as header too.
"""
from __future__ import annotations

import re

from chronicle.ingest.layout import Range

_START = re.compile(
    r"^[ \t]*\*{3}[ \t]*START[ \t]+OF[ \t]+(?:THE|THIS)[ \t]+PROJECT[ \t]+GUTENBERG[ \t]+E-?(?:BOOK|TEXT)"
    r"[^*]*\*{3}[^\n]*$",
    re.I | re.M,
)
_SMALL_PRINT_END = re.compile(r"^[ \t]*\*END\*[ \t]*THE SMALL PRINT![^\n]*$", re.I | re.M)
_END = re.compile(
    r"^[ \t]*(?:\*{3}[ \t]*END[ \t]+OF[ \t]+(?:THE[ \t]+|THIS[ \t]+)?PROJECT[ \t]+GUTENBERG"
    r"|End[ \t]+of[ \t]+(?:the[ \t]+)?Project[ \t]+Gutenberg"
    r"|\*{3}[ \t]*START:[ \t]+FULL[ \t]+LICENSE)",
    re.I | re.M,
)
_CREDIT = re.compile(
    r"\s*(?:Produced by|E-text prepared by|Etext prepared by|Transcribed from)[^\n]*(?:\n[ \t]*\S[^\n]*)*",
    re.I,
)
_TITLE = re.compile(r"^Title:[ \t]*(\S[^\r\n]*)((?:\r?\n[ \t]+\S[^\r\n]*)*)", re.M)
_OLD_TITLE = re.compile(
    r"^\W*The Project Gutenberg E-?(?:Book|Text) of[ \t]+(.+?)(?:,[ \t]+by[ \t]|\r?\n)", re.I | re.M
)
_HEADER_WINDOW = 20_000


def frame(text: str) -> Range | None:
    """``(start, end)`` of the book between Gutenberg header and footer, or ``None``."""
    start = _body_start(text)
    end_match = _END.search(text, start or 0)
    if start is None and end_match is None:
        return None
    start = start or 0
    end = end_match.start() if end_match else len(text)
    return (start, end) if start < end else None


def _body_start(text: str) -> int | None:
    """Offset just after the header (and any producer credit), or ``None``."""
    match = _START.search(text) or _SMALL_PRINT_END.search(text)
    if match is None:
        return None
    start = match.end()
    credit = _CREDIT.match(text, start)
    return credit.end() if credit else start


def title(text: str) -> str | None:
    """The ``Title:`` header line (with indented continuation lines), or the old first line."""
    head = text[:_HEADER_WINDOW]
    start = _START.search(head)
    if start:
        head = head[: start.start()]
    match = _TITLE.search(head)
    if match:
        return " ".join((match.group(1) + match.group(2)).split())
    old = _OLD_TITLE.search(head)
    return " ".join(old.group(1).strip("* \t").split()) if old else None
