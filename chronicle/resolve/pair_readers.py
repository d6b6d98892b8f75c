"""Ties no rule reads, found by the learned pair reader (:mod:`pair_model` over :mod:`pair_features`).

The hand-written readers of relationships are precise but read only the wordings they know; on unseen
text most ties are told otherwise ("the two men quarrelled over the union's funds for a year"). After the
rules, the relationships stage asks the pair reader about every pair of persons sharing a sentence that
the rules left untied: a pair holds when one of its sentences scores at or above the
reader's threshold. The kind of tie is read from a kin or role noun on the path between the two or beside
them ("his old comrade"), else from the reader's own guess of the type, and the evidence is that
sentence.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Token

from ..context import EntityRef
from . import pair_model
from .clauses import Reader, Sentence, head_token
from .pair_features import Candidate, dependency_path, sentence_pairs

SYMMETRIC = {"spouse", "sibling", "relative", "friend", "ally", "rival", "enemy", "colleague", "lover"}
# what the reader may guess without a noun: ties of society, never of kin
SOCIAL = {"friend", "ally", "rival", "enemy", "colleague", "host", "host_by", "employer", "employer_by", "patron",
          "patron_by"}
# a type read from the second mention's side: "a acts on b" turned round
TURNED = {"child": "parent", "host_by": "host", "employer_by": "employer", "patron_by": "patron"}


@dataclass(frozen=True)
class LearnedTie:
    """A pair the reader holds: ``a``'s tie to ``b`` of relationship ``type``, told by ``sentence``."""

    a: EntityRef
    b: EntityRef
    type: str
    sentence: Sentence


def learned_relationships(rd: Reader, known: set[frozenset[str]]) -> Iterator[LearnedTie]:
    """The ties between two persons that the relationships reader holds and ``known`` (the pairs the rules
    tied) lacks, in text order, each with its best sentence."""
    model = pair_model.model("relationships") if pair_model.ENABLED else None
    if model is None:
        return
    best: dict[frozenset[str], tuple[float, Candidate]] = {}
    for c in sentence_pairs(rd, "person"):
        key = frozenset((c.a.id, c.b.id))
        if key in known:
            continue
        p = model.probability(c.features)
        if p >= model.threshold and p > best.get(key, (0.0, None))[0]:
            best[key] = (p, c)
    for _, c in sorted(best.values(), key=lambda x: x[1].a.start):
        a, b, kind = c.a, c.b, _relationship_type(model, c)
        if kind in TURNED:
            kind = TURNED[kind]
            a, b = b, a
        yield LearnedTie(a, b, kind, c.sentence)


def _relationship_type(model: pair_model.PairModel, c: Candidate) -> str:
    """The type of a tie the reader holds, told from ``c.a``'s side (a turned type, "child" or "host_by", is
    turned round by the caller). A kin or role noun on the dependency path gives it when one of the two owns
    it (its possessor, or the object of its "of") and the other is who it names (beside it, or its subject):
    "X, the son of Y", "Y's wife X", "X was a friend of Y". Otherwise the reader's own guess among the social
    types: kinship is never guessed ("Kalnins and his wife …, and Vera took a room": Vera is no wife of his)."""
    from .relationships import NOUNS

    ta, tb = head_token(c.sentence, c.a.start, c.a.end), head_token(c.sentence, c.b.start, c.b.end)
    if ta is not None and tb is not None:
        up, top, down = dependency_path(ta, tb)
        for n in [top, *up[1:], *down[1:]]:
            w = n.lemma_.lower()
            if w not in NOUNS or n.pos_ != "NOUN":
                continue
            if _owns(n, tb) and _bears(n, ta):
                a_bears = True  # "X, the son of Y"
            elif _owns(n, ta) and _bears(n, tb):
                a_bears = False  # "Y's son X"
            else:
                continue  # the noun is a third person's ("Grau's wife") or its parties are not shown
            t, turned = NOUNS[w]  # the bearer of "father" is the type's a, of "son" its b
            if t in SYMMETRIC:
                return t
            return t if a_bears != turned else {"parent": "child"}.get(t, t + "_by")
    return model.kind(c.features, among=SOCIAL) or "colleague"


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "the son of A and B": B stands where A does
    return tok


def _owns(noun: Token, tok: Token) -> bool:
    """Whether ``tok`` is ``noun``'s possessor or the object of its own "of" ("Y's son", "the son of Y and Z";
    not "the father of his country")."""
    tok = _first_conjunct(tok)
    return tok.head.i == noun.i and tok.dep_ == "poss" or \
        tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i == noun.i


def _bears(noun: Token, tok: Token) -> bool:
    """Whether ``tok`` is who ``noun`` names: beside it ("his wife Vera", "Vera, his wife") or its subject
    ("Vera was his wife")."""
    tok = _first_conjunct(tok)
    if tok.head.i == noun.i and tok.dep_ in ("appos", "compound", "flat", "nmod"):
        return True
    if noun.head.i == tok.i and noun.dep_ == "appos":
        return True
    return noun.dep_ == "attr" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == noun.head.i
