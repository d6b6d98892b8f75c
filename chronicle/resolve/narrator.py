"""The narrator of a first-person text (a memoir, an autobiography, a reporter's account).

"I" and "me" outside quotations refer to one person who takes part in the narrated
events; Chronicle records them as a person named "the narrator" so events, journeys
and relationships can point at them. Pronouns inside quoted speech belong to the
speaker and are left out.

The narrator's family, named only by kinship ("my father", "my elder brother"), are
people of the story too: each kin noun becomes one person ("the narrator's father")
unless a name stands beside it ("my brother John", "Robert Holmes, my brother-in-law"),
in which case the mention belongs to that name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from ..annotate.lexicon import given_name_gender
from ..context import DocContext, EntityRef
from ..record import Person

FIRST_PERSON = {"I", "me", "myself", "Me", "Myself"}  # not "my": "my brother" is someone else
MIN_MENTIONS = 3
MIN_PER_10K = 1.5  # first-person pronouns outside quotations per 10,000 characters (Reed's chapters: 3.7–4.9)
QUOTE_MARKS = {"“", "”", '"', "«", "»"}  # the marks that open or close a quotation (events, claims)
QUOTE_PAIRS = re.compile(r"“[^”]*”?|\"[^\"\n]*(?:\n(?!\s*\n)[^\"\n]*)*\"|‘[^’]*’(?!\w)")


@lru_cache(maxsize=1)
def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The text's paragraphs (runs of lines between blank lines), as the quotations and the blocks read them."""
    return [(p.start(), p.end()) for p in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)]


@lru_cache(maxsize=1)
def quoted_regions(text: str) -> tuple[tuple[int, int], ...]:
    """Stretches inside double or single quotation marks (each closed within its paragraph; straight
    single marks as the quotation stage reads them, when they are the text's style).

    Cached for the latest text: the narrator, its kin and every fact stage's reader ask for the
    same document's."""
    from .quotes import find_segments, quote_style

    out = []
    paras = _paragraph_spans(text)
    for base, end in paras:
        for q in QUOTE_PAIRS.finditer(text[base:end]):
            out.append((base + q.start(), base + q.end()))
    if quote_style(text) == "single":  # straight single marks ('It was as if,' she said): the quote finder's reading
        out += [(g.start, g.end) for g in find_segments(text, paras, "single")]
    return tuple(sorted(set(out)))


@lru_cache(maxsize=1)
def block_regions(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraphs set off as block quotations after a paragraph ending in a colon ("the version that
    passed into the legend runs:" and the speech after it), as the quotation stage reads them."""
    from .quotes import find_blocks

    return tuple((b.start, b.end) for b in find_blocks(text, _paragraph_spans(text), []))


def find_narrator(ctx: DocContext) -> tuple[Person, list[EntityRef]] | None:
    """The narrator person and its pronoun mentions, if the text is told in the first person: by the
    pronouns outside quotations and block quotations (a memoir's blocks, its own letters, keep theirs)."""
    quoted = quoted_regions(ctx.masked)
    spans = [(s, e) for s, e in _pronouns(ctx) if not _inside(s, quoted)]
    blocks = block_regions(ctx.masked)
    told = [(s, e) for s, e in spans if not _inside(s, blocks)]  # a speech set off as a block is its speaker's
    if len(told) < MIN_MENTIONS or len(told) < MIN_PER_10K * len(ctx.text) / 10_000:
        return None  # a biographer's rare "as I have argued" makes no narrator of the story
    pid = f"{ctx.doc_id}-per-narrator"
    forms = list(dict.fromkeys(ctx.text[s:e] for s, e in spans))
    person = Person(pid, "the narrator", tuple(forms), tuple(ctx.span(s, e) for s, e in spans))
    return person, [EntityRef(s, e, pid, "person") for s, e in spans]


KIN_GENDER = {
    "father": "m", "mother": "f", "brother": "m", "sister": "f", "wife": "f", "husband": "m",
    "son": "m", "daughter": "f", "uncle": "m", "aunt": "f", "grandfather": "m", "grandmother": "f",
    "stepfather": "m", "stepmother": "f", "nephew": "m", "niece": "f",
    "father-in-law": "m", "mother-in-law": "f", "brother-in-law": "m", "sister-in-law": "f",
    "son-in-law": "m", "daughter-in-law": "f",
}
_KIN_RE = re.compile(
    r"\b[Mm]y\s+(?:(?:elder|eldest|older|oldest|younger|youngest|late|dear|poor|old|good|own|future|"
    r"beloved|little|half-)\s*)*(" + "|".join(sorted(map(re.escape, KIN_GENDER), key=len, reverse=True)) +
    r")(?![\w-])")
_NAME_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?:Mr\.|Mrs\.|Dr\.)?\s*[A-Z][a-z]")
_NAME_BEFORE = re.compile(r"[A-Z][\w.’'-]*,\s*$")
_POSSESSIVE = re.compile(r"['’]s\b")


def find_narrator_kin(ctx: DocContext, narrator_id: str, refs: list[EntityRef]) -> list[tuple[Person, list[EntityRef]]]:
    """The narrator's relatives named only by kinship: "my father" -> "the narrator's father".

    A kin phrase with a name beside it ("my brother John", "Robert Holmes, my
    brother-in-law") is that person's description, and phrases inside quotations are
    the speaker's, so both are left out; but in "Mr. Read, my wife's father" the name
    belongs to the father, so the wife stays. Each kin noun is one person; when the narrator
    names it once by apposition ("I had a brother-in-law, Robert Holmes") and gives that noun
    no other name, its bare mentions ("my brother-in-law told me") are returned under that
    person's id, for the caller to add to that person; so are the wife's when her father is
    named ("Mr. Read, my future wife's father") and one woman of the text bears his surname.
    """
    quoted = quoted_regions(ctx.masked)
    named = sorted((r.start, r.end) for r in refs if r.kind == "person")
    names = _kin_names(ctx.masked, [r for r in refs if r.kind == "person"])
    groups: dict[str, list[tuple[int, int]]] = {}
    for m in _KIN_RE.finditer(ctx.masked):
        s, e = m.start(), m.end()
        if _inside(s, quoted) or _NAME_AFTER.match(ctx.masked, e):
            continue
        if _NAME_BEFORE.search(ctx.masked, max(0, s - 40), s) and any(0 <= s - b <= 3 for _, b in named) \
                and not _POSSESSIVE.match(ctx.masked, e):
            continue  # "Robert Holmes, my brother-in-law" (but "Mr. Read, my wife's father" is her father)
        if any(a <= s < b for a, b in named):
            continue
        groups.setdefault(m.group(1).lower(), []).append((s, e))
    out = []
    for noun, spans in groups.items():
        ids = names.get(noun, {}) or _maiden(ctx, noun, spans, refs)
        one = len(ids) == 1 and next(iter(ids.values()))  # "I had a brother-in-law, Robert Holmes"
        pid = next(iter(ids)) if one else f"{narrator_id}-{noun}"
        forms = tuple(dict.fromkeys(" ".join(ctx.text[s:e].split()) for s, e in spans))
        person = Person(pid, f"the narrator's {noun}", forms, tuple(ctx.span(s, e) for s, e in spans),
                        KIN_GENDER[noun])
        out.append((person, [EntityRef(s, e, pid, "person") for s, e in spans]))
    return out


_PARENT_OF = re.compile(r"['’]s\s+(?:father|mother)\b")


def _maiden(ctx: DocContext, noun: str, spans: list[tuple[int, int]], refs: list[EntityRef]) -> dict[str, bool]:
    """"Mr. Read, my future wife's father" gives the wife her father's surname: she is the one
    woman of the text called by it ("Miss Read"), when there is exactly one."""
    if noun != "wife":
        return {}
    people = [r for r in refs if r.kind == "person"]
    for s, e in spans:
        if not _PARENT_OF.match(ctx.masked, e):
            continue
        father = next((r for r in people if 0 <= s - r.end <= 3 and ctx.masked[r.end:s].strip() == ","), None)
        if father is None:
            continue
        surname = ctx.text[father.start:father.end].split()[-1]
        women = {p.id for p in ctx.persons if p.id != father.id and p.gender == "f"
                 and p.name.split()[-1] == surname}
        if len(women) == 1:
            return {women.pop(): True}
    return {}


_KIN_MODS = r"(?:(?:elder|eldest|older|oldest|younger|youngest|late|dear|poor|old|good|own|future|beloved|little|half-)\s*)*"
_KIN_NOUNS = "|".join(sorted(map(re.escape, KIN_GENDER), key=len, reverse=True))
_KIN_BEFORE_NAME = re.compile(r"\b(?:[Mm]y|I\s+had\s+an?)\s+" + _KIN_MODS + "(" + _KIN_NOUNS + r"),\s*$")
_KIN_AFTER_NAME = re.compile(r"^,\s*my\s+" + _KIN_MODS + "(" + _KIN_NOUNS + r")(?![\w-])(?!['’]s)")
_KIN_WITH_NAME = re.compile(r"\b[Mm]y\s+" + _KIN_MODS + "(" + _KIN_NOUNS + r")[ \t]*\n?[ \t]*$")


def _kin_names(text: str, people: list[EntityRef]) -> dict[str, dict[str, bool]]:
    """The names the narrator gives a kin noun: {noun: {person id: named by apposition}}.

    "I had a brother-in-law, Robert Holmes", "my brother-in-law, Robert Holmes" and "Robert
    Holmes, my brother-in-law" name the brother-in-law (True); "my brother John" names one
    brother (False), so the other "my brother"s may be someone else."""
    out: dict[str, dict[str, bool]] = {}
    for r in people:
        before = text[max(0, r.start - 60):r.start]
        m = _KIN_BEFORE_NAME.search(before) or _KIN_WITH_NAME.search(before)
        if m:
            noun = m.group(1).lower()
            out.setdefault(noun, {})[r.id] = out.get(noun, {}).get(r.id, False) or bool(m.group(0).rstrip().endswith(","))
        a = _KIN_AFTER_NAME.match(text[r.end:r.end + 60])
        if a:
            out.setdefault(a.group(1).lower(), {})[r.id] = True
    return out


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


def _inside(pos: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in regions)
