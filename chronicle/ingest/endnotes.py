"""Endnote markers: find them, and hide them from the NLP without moving offsets.

Four marker styles occur in narrative history:

* bracketed, as in Project Gutenberg texts: ``forgeries;[1] and``
* parenthesized and glued, as in older printed books: ``his only companion.(1) Joachim``
* Unicode superscripts kept from a digital edition: ``the end of the war).¹``
* glued superscripts flattened to digits: ``end of the war).1``, ``his remarks’.8``,
  ``said to him.’22``, ``the welcoming party.)35``

Glued digits are ambiguous (``Louis XIV``, ``Pope Pius 9``, ``1916–17``, ``12 March``,
``1) the first demand``), so a candidate only counts when it sits right after a word
or closing punctuation with no space, is followed by a space/line end, and its number
fits the rising sequence 1, 2, 3… of the notes found so far (numbering may restart at 1
in a new chapter). ``mask`` replaces each marker with spaces so spaCy never sees it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

BRACKETED = re.compile(r"(?<=[^\s\[])\[(\d{1,3})\](?!\()")
# closing punctuation or a letter, then digits, then whitespace/end or closing punct
GLUED = re.compile(r"(?<=[.,;:!?’'”\"\)\]a-zA-Z])(\d{1,3})(?=[\s\u2014—]|$)")
# a letter-glued number is a marker only after punctuation-final words; after a bare
# letter it is too often part of a name ("B52", "Pius9"), so demand punctuation there
_LETTER_BEFORE = re.compile(r"[A-Za-z]$")
# "(1)" glued to the word or punctuation before it; "demands: (1) bread" has a space and is a list
PARENTHESIZED = re.compile(r"(?<=[.,;:!?’'”\"\)\]a-zA-Z])\((\d{1,3})\)(?=[\s\u2014—]|$)")
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT = re.compile(r"(?<=[.,;:!?’'”\"\)\]a-zA-Z])([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
_NOTE_LINE = re.compile(r"^[ \t]*\[?(\d{1,3})[\].]?[ \t]+\S", re.M)


@dataclass(frozen=True)
class NoteMarker:
    """An endnote marker: its number and where it sits in the text."""

    number: int
    start: int
    end: int


def find_markers(text: str, ranges: Sequence[tuple[int, int]] | None = None) -> list[NoteMarker]:
    """Endnote markers in reading order, within ``ranges`` (default: the whole text)."""
    ranges = ranges or [(0, len(text))]
    bracketed = [m for lo, hi in ranges for m in _bracketed(text, lo, hi)]
    if bracketed:
        return bracketed
    for style in (PARENTHESIZED, SUPERSCRIPT):
        found = [m for lo, hi in ranges for m in _rising(text, style, lo, hi)]
        if found:
            return found
    return [m for lo, hi in ranges for m in _glued(text, lo, hi)]


def _rising(text: str, style: re.Pattern, lo: int, hi: int) -> Iterable[NoteMarker]:
    """Unambiguous glued markers ("(3)", "³") that keep the rising order of the notes."""
    expected = None
    for m in style.finditer(text, lo, hi):
        n = int(m.group(1).translate(_FROM_SUPERSCRIPT))
        before = text[max(0, m.start() - 8):m.start()]
        if re.search(r"\d\s*[a-zA-Z]{1,3}$", before) or re.match(r"\s*\d", text[m.end():m.end() + 3]):
            continue  # a unit's power ("10 m²"), an edition before a page ("Syll.³ 843"): not notes
        if re.search(r"(?:^|\s)['\"]$|\([a-z\d]\)$", before):
            continue  # "a sermon: '(1) asking", "501(c)(3)": an enumeration opening a quotation or a clause
        if expected is None or n == 1 or expected <= n <= expected + 4:
            yield NoteMarker(n, m.start(), m.end())
            expected = n + 1


_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


def _bracketed(text: str, lo: int, hi: int) -> Iterable[NoteMarker]:
    for m in BRACKETED.finditer(text, lo, hi):
        if _at_line_start(text, m.start()):
            continue  # "[1] Part of the ..." is the note body, not a marker
        yield NoteMarker(int(m.group(1)), m.start(), m.end())


def _at_line_start(text: str, i: int) -> bool:
    j = text.rfind("\n", 0, i) + 1
    return not text[j:i].strip()


def _glued(text: str, lo: int, hi: int) -> Iterable[NoteMarker]:
    """Digits glued to closing punctuation (strong) or to a word (weak), in rising order."""
    expected = None
    for m in GLUED.finditer(text, lo, hi):
        n = int(m.group(1))
        strong = not _LETTER_BEFORE.search(text[max(0, m.start() - 1):m.start()])
        if expected is not None and n == expected and _count_ends_sentence(text, m):
            yield NoteMarker(n, m.start(), m.end())  # "approved it by 30 votes to 12.9": the ninth note
            expected = n + 1
            continue
        if _is_text_number(text, m) or (not strong and not _word_ends_sentence(text, m)):
            continue
        if expected is None:
            fits = strong or n == 1
        elif strong:
            fits = n == 1 or expected <= n <= expected + 4
        else:
            fits = n == expected
        if fits:
            yield NoteMarker(n, m.start(), m.end())
            expected = n + 1


def _count_ends_sentence(text: str, m: re.Match) -> bool:
    """A small number and a full stop right before the digits, and a sentence or paragraph starting after
    them: "by 30 votes to 12.9 The Congress" is the count, its full stop, then the next note ("rose to 3.5
    per cent" goes on in lower case and is a decimal)."""
    if not re.search(r"(?<![\d.,])\d{1,3}\.$", text[max(0, m.start() - 5):m.start()]):
        return False
    return bool(re.match(r"(?:\s*$|[ \t]*\n[ \t]*\n|\s+[A-Z“\"‘(])", text[m.end():m.end() + 4]))


def _word_ends_sentence(text: str, m: re.Match) -> bool:
    """``war2 There``: a word-glued number counts only before a capital or a line end."""
    rest = text[m.end():m.end() + 3]
    return bool(re.match(r"\s*(\n|[A-Z“\"‘])", rest)) and not re.search(r"\b[IVXLC]+$", text[:m.start()])


def _is_text_number(text: str, m: re.Match) -> bool:
    """Numbers that belong to the prose: dates, ranges, counts, enumerations."""
    before = text[max(0, m.start() - 20):m.start()]
    after = text[m.end():m.end() + 12]
    if re.search(r"(?<!\d)(1[0-9]|20)\d\d[.,;:]$", before) and not re.search(r"\d[.,]\d+$", before[:-1]):
        return False  # "arrested in 1908.4": a year ends the sentence, then the note
    if re.search(r"(?<!\d)(1[0-9]|20)\d\d[–\-/](\d\d|\d{4})[.,;:]$", before):
        return False  # "the lecture tour of 1915–16.1": a span of years ends the sentence, then the note
    if re.search(r"[\d–\-/]$|\d[.,:]$", before):
        return True  # 1916–17, 3/4, 3.5, 10:30
    if re.match(r"\s*[A-Z][a-z]+ \d{4}", after) or re.match(r"\)", after):
        return True
    if re.search(r"\b(?:Pope|King|Queen|Pius|Louis|No|Nos|no|p|pp|vol|chap|ch)\.?\s*$", before):
        return True
    return False


def mask(text: str, markers: Iterable[NoteMarker]) -> str:
    """``text`` with every marker replaced by spaces: same length, same offsets."""
    chars = list(text)
    for mk in markers:
        chars[mk.start:mk.end] = " " * (mk.end - mk.start)
    return "".join(chars)


def anchor_before(text: str, offset: int, words: int = 5) -> str:
    """The few words right before ``offset`` (what the note is attached to)."""
    start = max(0, offset - 200)
    chunk = text[start:offset]
    parts = re.split(r"(\s+)", chunk)
    tail = "".join(parts[-(2 * words - 1):]) if len(parts) >= 2 * words - 1 else chunk
    return tail.strip()
