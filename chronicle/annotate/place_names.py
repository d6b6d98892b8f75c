"""Place-name shapes the entity recogniser misses or cuts, used by :mod:`.mentions`.

* "the Gulf of Finland", "the South of France": a feature or compass word, "of", and a place
  name are one name (:func:`join_of_heads`);
* "the Alexandrinsky\\nTheatre": a head noun after a hard line break still belongs to the name
  (:func:`next_word`);
* "the Three Mariners", "the Seven Stars": an inn sign spelled with a number word is a name
  (:func:`number_sign`);
* "Keimer's printing-house", "lodging at Mr. Read's": a building named by a person who owns it
  (:func:`owned_buildings`); the entity layer keeps it only when the owner is a person;
* “Reigen.”, “Kornilov to Brest-Litovsk”: a name inside a short quoted title is not a place
  (:func:`in_quoted_title`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .lexicon import TITLES

OF_HEADS = {"gulf", "bay", "sea", "straits", "strait", "isle", "isles", "cape", "lake", "mouth", "coast",
            "isthmus", "peninsula", "south", "north", "east", "west", "gulph"}
COMPASS = {"south", "north", "east", "west"}  # "the South of France", not "2800 km East of Moscow"
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}
OWNED_NOUNS = {"house", "printing-house", "shop", "inn", "tavern", "store", "farm", "mill", "factory",
               "mansion", "cottage", "villa", "dacha", "lodgings", "apartment", "flat", "hut", "estate"}
ELIDED_PREPS = {"at", "to", "from", "into"}
TITLE_WORDS = {"of", "the", "a", "an", "and", "to", "in", "on", "for", "at", "by", "with", "or"}


def next_word(doc: Doc, i: int):
    """The token at ``i``, or the one after it when ``i`` is a single line break (hard-wrapped text)."""
    if i >= len(doc):
        return None
    t = doc[i]
    if t.is_space and "\n\n" not in t.text and i + 1 < len(doc):
        return doc[i + 1]
    return None if t.is_space else t


def join_of_heads(spans: list[Span]) -> list[Span]:
    """'Gulf' + 'of' + 'Finland', 'South' + 'of' + 'France': one place name."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    skip = set()
    for k, s in enumerate(spans):
        if k in skip:
            continue
        doc = s.doc
        if len(s) == 1 and s[0].lower_ in OF_HEADS and s[0].text[:1].isupper() and s.end < len(doc) \
                and doc[s.end].lower_ == "of" and (s[0].lower_ not in COMPASS or s.start > 0 and doc[s.start - 1].lower_ == "the"):
            j = s.end + 1 + (1 if s.end + 1 < len(doc) and doc[s.end + 1].lower_ == "the" else 0)
            nxt = spans[k + 1] if k + 1 < len(spans) else None
            if nxt is not None and nxt.start == j and nxt.label_ in ("GPE", "LOC", "PROPN", "FAC"):
                out.append(Span(doc, s.start, nxt.end, label="LOC"))
                skip.add(k + 1)
                continue
        if s.start >= 2 and doc[s.start - 1].lower_ in NUMBER_WORDS and doc[s.start - 1].text[:1].isupper() \
                and doc[s.start - 2].lower_ == "the" and s[-1].tag_ in ("NNPS", "NNS") and (not out or out[-1].end < s.start):
            s = Span(doc, s.start - 1, s.end, label="FAC")  # "the Three" + "Swans": an inn sign
        out.append(s)
    return out


def number_sign(s: Span) -> bool:
    """'the Three Mariners': "the", a spelled-out number, capitalised plural noun(s)."""
    return (len(s) >= 2 and s.start > 0 and s.doc[s.start - 1].lower_ == "the" and s[0].lower_ in NUMBER_WORDS
            and s[0].text[:1].isupper() and all(t.text[:1].isupper() and not t.like_num for t in s[1:])
            and s[-1].tag_ in ("NNPS", "NNS"))


def owned_buildings(doc: Doc, spans: list[Span]):
    """'Keimer's printing-house' and 'at Mr. Read's' (the house understood): (span, owner text, noun).

    ``spans`` are the name mentions already found; an owner is one of them followed by a possessive."""
    for s in spans:
        if s.end >= len(doc) or doc[s.end].tag_ != "POS" or s.label_ in ("ORG", "NORP"):
            continue
        after = s.end + 1
        owner = s.text
        noun = doc[after] if after < len(doc) else None
        if noun is not None and noun.lower_ in OWNED_NOUNS and noun.text.islower():
            end = after + 1
            if noun.lower_ == "printing" and end + 1 < len(doc) and doc[end].text == "-":
                continue
            yield Span(doc, s.start, end, label="FAC"), owner, noun.lower_
            continue
        if after + 2 < len(doc) and doc[after + 1].text == "-" and doc[after + 2].lower_ == "house" \
                and doc[after].lower_ in ("printing", "meeting", "coffee", "ware"):
            yield Span(doc, s.start, after + 3, label="FAC"), owner, "house"
            continue
        start = _title_start(doc, s.start)
        prev = doc[start - 1] if start > 0 else None
        if prev is not None and prev.lower_ in ELIDED_PREPS and (prev.lower_ != "to" or prev.head.pos_ == "VERB") and \
                (noun is None or noun.text in ",;.:!?" or noun.pos_ in ("ADV", "SCONJ", "CCONJ", "ADP", "PRON", "DET", "AUX")):
            yield Span(doc, start, s.end + 1, label="FAC"), doc[start:s.end].text, None  # "lodging at Mr. Read's"


def _title_start(doc: Doc, start: int) -> int:
    """Where a name's title begins: "Mr.\nRead", "Dr.\nBrown" (a line break between them)."""
    i = start
    while i > 0 and (doc[i - 1].is_space or doc[i - 1].text == "." or
                     doc[i - 1].lower_.rstrip(".") in TITLES and doc[i - 1].text[:1].isupper()):
        i -= 1
    while i < start and (doc[i].is_space or doc[i].text == "."):
        i += 1
    return i


KEPT_NOUNS = {"inn", "tavern", "house", "shop", "store", "school", "hotel", "ale-house", "coffee-house"}


def kept_buildings(doc: Doc, spans: list[Span]):
    """'an inn, within eight or ten miles of Burlington, kept by one Dr. Brown': the building noun and
    its keeper's name, (noun span, keeper text, noun); the entity layer keeps it when the keeper is a
    person."""
    for s in spans:
        j = _title_start(doc, s.start) - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j >= 0 and doc[j].lower_ in ("one", "a", "an"):
            j -= 1
            while j >= 0 and doc[j].is_space:
                j -= 1
        if j < 1 or doc[j].lower_ != "by" or doc[j - 1].lower_ not in ("kept", "owned", "run"):
            continue
        noun = next((t for t in reversed(doc[max(0, j - 16):j - 1]) if t.lower_ in KEPT_NOUNS
                     and t.text.islower()), None)
        if noun is None or any(t.text in ".;!?" for t in doc[noun.i:j]):
            continue
        start = _title_start(doc, s.start)
        yield Span(doc, noun.i, noun.i + 1, label="FAC"), doc[start:s.end].text, noun.lower_


def mass_quantified(span: Span) -> bool:
    """'some excellent Madeira', 'much Burgundy': a wine or a stuff, not a place."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].pos_ == "ADJ") and span.start - i <= 3:
        i -= 1
    return i >= 0 and doc[i].lower_ in ("some", "much", "more", "little")


WORSHIP_NOUNS = {"meeting-house", "church", "chapel", "cathedral", "temple", "synagogue", "mosque", "monastery",
                 "convent", "palace", "college"}


def buildings_of(doc: Doc, spans: list[Span]):
    """'the great meeting-house of the Quakers', 'the church of the Jesuits': a building noun, "of",
    and a named body or person: (span, owner text). The entity layer keeps it when the owner is a
    person or an organization."""
    starts = {s.start: s for s in spans}
    for t in doc:
        if not t.text.islower():
            continue
        end = t.i + 1
        noun = t.lower_
        if t.lower_ == "meeting" and end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "house":
            noun, end = "meeting-house", end + 2
        if noun not in WORSHIP_NOUNS or end >= len(doc) or doc[end].lower_ != "of":
            continue
        j = end + 1 + (1 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else 0)
        owner = starts.get(j) or (starts.get(j + 1) if j < len(doc) and doc[j].is_space else None)
        if owner is None or t.i == 0 or doc[t.i - 1].lower_ not in ("the", "great", "old", "new", "little") \
                and doc[t.i - 1].pos_ != "ADJ":
            continue
        start = t.i - 1 if doc[t.i - 1].pos_ == "ADJ" and doc[t.i - 1].text.islower() else t.i
        yield Span(doc, start, owner.end, label="FAC"), owner.text


QUOTE_OPEN, QUOTE_CLOSE = "“\"", "”\""


def in_quoted_title(text: str, start: int, end: int, reach: int = 60) -> str | None:
    """Whether ``text[start:end]`` lies inside a short quotation that reads as a title: every word
    capitalised but small function words ("Kornilov to Brest-Litovsk", "Reigen."). "whole" when the
    name is all the quotation says (a title, or a name called out: “Reigen.”, “Jim!”), "part" when
    the quotation has other words too, else None."""
    line_start = max(0, text.rfind("\n\n", 0, start), start - reach)
    left = max(text.rfind(q, line_start, start) for q in QUOTE_OPEN)
    if left < 0:
        return None
    if text[left] == '"' and text.count('"', max(0, text.rfind("\n\n", 0, left)), left) % 2:
        return None  # a closing straight quote
    rights = [i for i in (text.find(q, end, end + reach) for q in QUOTE_CLOSE) if i >= 0]
    if not rights:
        return None
    inner = text[left + 1:min(rights)]
    if any(q in inner for q in QUOTE_OPEN + QUOTE_CLOSE):
        return None
    words = re.findall(r"[^\W\d_][\w’'-]*", inner)
    if not (0 < len(words) <= 6 and all(w[:1].isupper() or w.lower() in TITLE_WORDS for w in words)
            and words[0][:1].isupper()):
        return None
    name = re.findall(r"[^\W\d_][\w’'-]*", text[start:end])
    return "whole" if name == words else "part"
