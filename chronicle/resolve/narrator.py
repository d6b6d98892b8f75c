"""The narrator of a first-person text (a memoir, an autobiography, a reporter's account).

"I" and "me" outside quotations refer to one person who takes part in the narrated
events; Chronicle records them as a person named "the narrator" so events, journeys
and relationships can point at them. Pronouns inside quoted speech belong to the
speaker and are left out.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..annotate.lexicon import given_name_gender
from ..context import DocContext, EntityRef
from ..record import Person

FIRST_PERSON = {"I", "me", "myself", "Me", "Myself"}  # not "my": "my brother" is someone else
MIN_MENTIONS = 3
QUOTE_PAIRS = re.compile(r"“[^”]*”?|\"[^\"\n]*(?:\n(?!\s*\n)[^\"\n]*)*\"|‘[^’]*’(?!\w)")


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Stretches inside double or single quotation marks (each closed within its paragraph)."""
    out = []
    for para in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text):
        base = para.start()
        for q in QUOTE_PAIRS.finditer(para.group()):
            out.append((base + q.start(), base + q.end()))
    return out


def find_narrator(ctx: DocContext) -> tuple[Person, list[EntityRef]] | None:
    """The narrator person and its pronoun mentions, if the text is told in the first person."""
    quoted = quoted_regions(ctx.masked)
    spans = [(s, e) for s, e in _pronouns(ctx) if not _inside(s, quoted)]
    if len(spans) < MIN_MENTIONS:
        return None
    pid = f"{ctx.doc_id}-per-narrator"
    forms = list(dict.fromkeys(ctx.text[s:e] for s, e in spans))
    person = Person(pid, "the narrator", tuple(forms), tuple(ctx.span(s, e) for s, e in spans))
    return person, [EntityRef(s, e, pid, "person") for s, e in spans]


def _pronouns(ctx: DocContext) -> Iterable[tuple[int, int]]:
    for ch in ctx.chunks:
        for t in ch.doc:
            if (t.text in FIRST_PERSON and t.pos_ == "PRON" or t.text == "I" and t.tag_ == "PRP") and not _numeral(t):
                yield ch.offset + t.idx, ch.offset + t.idx + len(t.text)


def _numeral(t) -> bool:
    """'App. I', 'Chapter I', 'Peter I': a Roman numeral after a capitalised word or abbreviation."""
    if t.text != "I" or t.i == 0:
        return False
    prev = t.doc[t.i - 1]
    if prev.text == "." and t.i > 1 and not t.doc[t.i - 2].whitespace_:
        prev = t.doc[t.i - 2]  # "App. I"
        return prev.text[:1].isupper() and len(prev.text) < 6
    if prev.pos_ == "PROPN" and given_name_gender(prev.text):
        return True  # "Peter I"
    return prev.text.istitle() and not prev.is_sent_start and prev.pos_ in ("PROPN", "NOUN")


def _inside(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in regions)
