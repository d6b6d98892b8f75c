"""Memberships: founders of a body first spoken of as new and unnamed, then named ("A, with B and C, set
about making a new party. Its founding congress took the name X" -> A, B and C founders of X, granted).
See memberships.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..context import EntityRef
from .clauses import Reader, Sentence, children, conjuncts, negated, unique
from .membership_base import _persons
from .membership_readings import _with_list

# common nouns a new body goes by before it has its name
NEW_BODY = {"party", "body", "group", "society", "union", "league", "organisation", "organization", "club",
            "association", "circle", "federation", "paper", "journal", "newspaper", "review", "committee"}
MAKE = {"make", "form", "found", "start", "create", "set", "establish", "launch", "build", "organise", "organize"}
PROPOSE = {"propose", "suggest", "decide", "resolve", "plan", "announce", "insist"}
# the words that give a body its name right before the name
NAMING = re.compile(r"\b(?:called|named|styled|(?:took|take|taking|taken|adopted|chose)\s+the\s+(?:name|title)"
                    r"(?:\s+of)?)\s*(?:the\s+)?$", re.I)
NAMED_WITHIN = 2  # sentences after the new body's in which its name may come


def new_body_founders(rd: Reader, ctx_sentences: list[Sentence]):
    """(founder, organization id, position) for each person who makes a new, unnamed body that a following
    sentence names: the subject of the making verb with those "with" it ("Spiridonova, with A and B, set about
    making a new party"), or the one proposing it ("The new body, Emmeline proposed, would admit women only")."""
    for k, s in enumerate(ctx_sentences):
        for noun in s.sent:
            if not _new_body(rd, noun, s.offset):
                continue
            org = _named(rd, ctx_sentences[k:k + NAMED_WITHIN + 1], s.offset + noun.idx)
            if org is None:
                continue
            for p in unique(_makers(rd, noun, s.offset)):
                yield p, org, s.offset + noun.idx


def _new_body(rd: Reader, noun: Token, off: int) -> bool:
    """ "a new party", "the new body": a body noun said to be new and not itself a mention of one."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in NEW_BODY and rd.ref(noun, off) is None and \
        any(c.dep_ == "amod" and c.lower_ == "new" for c in noun.children)


def _named(rd: Reader, sents: list[Sentence], after: int) -> str | None:
    """The organization next given a name ("took the name X", "it would be called X") after ``after``."""
    text = rd.ctx.text
    for s in sents:
        for r in rd.refs_in(max(s.start, after), s.end):
            if r.kind == "organization" and NAMING.search(text, max(s.start, r.start - 40), r.start):
                return r.id
    return None


def _makers(rd: Reader, noun: Token, off: int) -> list[EntityRef]:
    """The persons making the new body: the subject (and "with" companions) of the verb chain above it that
    holds a making verb, or the subject of a proposing verb set in its clause."""
    v, chain = noun, []
    for _ in range(5):
        if v.head.i == v.i:
            break
        v = v.head
        if v.pos_ in ("VERB", "AUX"):
            chain.append(v)
            if children(v, "nsubj"):
                break
    if not chain or any(negated(w) for w in chain):
        return []
    top = chain[-1]
    found = []
    if any(w.lemma_.lower() in MAKE for w in chain):
        subjects = [t for c in children(top, "nsubj") for t in conjuncts(c)]
        found += [p for t in subjects for p in _persons(rd, t, off)]
        found += _with_list(rd, top, off) + [p for t in subjects for p in _companions(rd, t, off)]
    asides = [c for h in (noun, top) for c in h.children if c.dep_ in ("parataxis", "ccomp", "relcl")]
    for w in asides + [top.head]:  # "The new body, Emmeline proposed, would …": the proposer's
        if w.lemma_.lower() in PROPOSE and w.pos_ == "VERB" and not negated(w):
            found += [p for c in children(w, "nsubj") for t in conjuncts(c) for p in _persons(rd, t, off)]
    return found


def _companions(rd: Reader, subject: Token, off: int) -> list[EntityRef]:
    """The persons "with" the subject, the parser having hung "with" on the subject itself ("Spiridonova, with
    A, B and the veteran C, set about …"): each conjunct, or the name in apposition to a common noun."""
    got = []
    for w in children(subject, "prep"):
        if w.lower_ != "with":
            continue
        for t in [t for o in children(w, "pobj") for t in conjuncts(o)]:
            names = [t] if t.pos_ == "PROPN" else [a for a in children(t, "appos") if a.pos_ == "PROPN"]
            got += [p for n in names for p in [rd.entity(n, off, ("person",))] if p is not None]
    return got
