"""Features of two entity mentions in one parsed sentence, read by the learned pair readers.

A pair reader (:mod:`chronicle.resolve.pair_model`) decides whether a sentence that names two persons tells a
tie between them (the relationships reader, applied by :mod:`pair_readers`; a person and an organization for the
memberships reader, which the training script measures but does not ship), where no rule reads its wording. It
sees only what generalizes across texts: the dependency path between the two mentions (its labels and the
lemmas on it), the word governing both, the content words between them, how far apart they are, how
crowded the sentence is, and whether the clause is negated or hypothetical. Never a name.

:func:`sentence_pairs` yields the candidate pairs of a document, each with its features;
the training script (``scripts/train_pair_models.py``) and the stages read the same function, so what
is learned is what is applied.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Token

from ..context import EntityRef
from .clauses import HE, SHE, Reader, Sentence, head_token, hypothetical, negated, quoted_test

CONTENT = {"NOUN", "VERB", "ADJ", "ADP", "ADV"}
NAMED = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}
MAX_PATH = 8  # a longer dependency path reads as "far"


@dataclass(frozen=True)
class Candidate:
    """Two mentions in one sentence and what the pair reader sees of them."""

    a: EntityRef
    b: EntityRef
    sentence: Sentence
    features: tuple[str, ...]


def _ancestors(t: Token) -> list[Token]:
    """``t`` and its heads up to the root, in order."""
    return [t, *t.ancestors]


def dependency_path(a: Token, b: Token) -> tuple[list[Token], Token, list[Token]]:
    """The path ``a`` → lowest common head → ``b``: the tokens climbed from ``a`` (``a`` first, the common
    head excluded), the common head, and the tokens climbed from ``b``."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    ids_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in ids_b:
            return up_a[:k], t, up_b[:ids_b[t.i]]
    return up_a, up_a[-1], up_b  # different roots (a bad parse): joined at the top


def word(t: Token) -> str:
    """A token as the reader sees it: its lower-case lemma, or "NAME" for any part of a name (the reader
    learns how ties are told, never who is tied)."""
    if t.pos_ == "PROPN" or t.ent_type_ in NAMED or t.is_title and t.i != t.sent.start:
        return "NAME"
    return t.lemma_.lower()


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    return next((str(e) for e in edges if n <= e), f">{edges[-1]}")


def pair_features(a: Token, b: Token, a_pronoun: bool, n_persons: int, n_others: int, b_kind: str) -> list[str]:
    """What the pair reader sees of mention heads ``a`` (a person) and ``b`` (the other end) in one sentence."""
    up, top, down = dependency_path(a, b)
    f = ["bias"]
    labels = [t.dep_ for t in up] + ["^" + top.pos_] + [t.dep_ for t in reversed(down)]
    if len(labels) <= MAX_PATH:
        f.append("path=" + "/".join(labels))
    else:
        f.append("path=far")
    f.append(f"plen={_bucket(len(up) + len(down), (1, 2, 3, 4, 6, 8))}")
    top_lemma = word(top)
    f.append(f"top={top_lemma}")
    f.append(f"top_pos={top.pos_}")
    f.append(f"adep={a.dep_}")
    f.append(f"bdep={b.dep_}")
    f.append(f"top={top_lemma}|{a.dep_ if not up else up[-1].dep_}|{b.dep_ if not down else down[-1].dep_}")
    for t in [*up[1:], *down[1:]]:
        if t.pos_ in CONTENT and word(t) != "NAME":
            f.append(f"on={word(t)}")
    lo, hi = (a, b) if a.i < b.i else (b, a)
    gap = hi.i - lo.i
    f.append(f"gap={_bucket(gap, (1, 2, 3, 5, 8, 12, 20))}")
    f.append("order=" + ("ab" if a.i < b.i else "ba"))
    if gap <= 12:
        for t in a.doc[lo.i + 1:hi.i]:
            if t.pos_ in ("NOUN", "VERB", "ADP", "ADJ") and word(t) != "NAME":
                f.append(f"between={word(t)}")
    verb = top if top.pos_ in ("VERB", "AUX") else next((t for t in _ancestors(top) if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        f.append(f"verb={word(verb)}")
        if negated(verb):
            f.append("negated")
        if hypothetical(verb):
            f.append("hypothetical")
    if a_pronoun:
        f.append("a_pronoun")
    f.append(f"npersons={_bucket(n_persons, (1, 2, 3, 5))}")
    f.append(f"nothers={_bucket(n_others, (1, 2, 3))}")
    f.append(f"bkind={b_kind}")
    return list(dict.fromkeys(f))  # each once: the model sums weights, and training reads a set


def _person_mentions(rd: Reader, s: Sentence) -> list[tuple[EntityRef, Token, bool]]:
    """Persons named in ``s`` (by name or by a resolved he/she), with their head token."""
    out = []
    for r in rd.refs_in(s.start, s.end):
        if r.kind == "person" and (t := head_token(s, r.start, r.end)) is not None:
            out.append((r, t, False))
    for t in s.sent:
        if t.lower_ in HE | SHE and rd.ref(t, s.offset) is None:
            r = rd.entity(t, s.offset, ("person",))
            if r is not None:
                out.append((EntityRef(s.offset + t.idx, s.offset + t.idx + len(t.text), r.id, "person"), t, True))
    return out


def sentence_pairs(rd: Reader, kind: str) -> Iterator[Candidate]:
    """Every (person mention, mention of ``kind``) pair of a sentence, with its features: ``kind`` is
    "organization" (memberships) or "person" (relationships: each unordered pair once, by text order).
    Mentions inside quotations are left out."""
    said = quoted_test(rd.ctx.masked)
    for s in rd.sentences():
        persons = _person_mentions(rd, s)
        if kind == "person":
            others = [(r, t, p) for r, t, p in persons]
        else:
            others = [(r, t, False) for r in rd.refs_in(s.start, s.end) if r.kind == kind
                      and (t := head_token(s, r.start, r.end)) is not None]
        if not persons or not others:
            continue
        n_p = len({r.id for r, _, _ in persons})
        n_o = len({r.id for r, _, _ in others})
        for ra, ta, pa in persons:
            for rb, tb, pb in others:
                if ta.i == tb.i or ra.id == rb.id:
                    continue
                if kind == "person" and (ra.start, ra.end) > (rb.start, rb.end):
                    continue
                b_kind = ("pronoun" if pb else "name") if kind == "person" else rd.kinds.get(rb.id) or "organization"
                if said(ra.start) or said(rb.start):
                    continue  # a name inside quoted words is the speaker's, not a tie the narration tells
                feats = pair_features(ta, tb, pa, n_p, n_o, b_kind)
                yield Candidate(ra, rb, s, tuple(feats))
