"""Memberships: finding the body a word stands for -- short forms ('the Committee'), 'it' and
'its' bodies, a body named a little before, bodies of an organization ('the collegium'), and lowercase
body nouns ('that committee', 'the circle') for the body last named with that head word.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..annotate.lexicon import ORG_HEADS
from ..context import EntityRef
from .clauses import Reader, Sentence
from .membership_base import BODIES, OBJECT_IS_MEMBER, _lemma, _token_at, name_head


def _head_words(rd: Reader) -> dict[str, list[str]]:
    """The head word of each organization's name of two words or more -> those organizations: its last
    word, or the word before "of" ("Petersburg Soviet of Workers' Deputies" -> "Soviet", "Roman
    Constituent Assembly" -> "Assembly")."""
    got = getattr(rd, "_member_heads", None)
    if got is None:
        got = {}
        for o in rd.ctx.organizations:
            if len(re.sub(r"[’']s\b", "", o.name).split()) < 2:
                continue
            head = name_head(o.name)
            if head[:1].isupper() and head.lower() in ORG_HEADS:  # a body's noun, not "the Saints" of a title
                got.setdefault(head, []).append(o.id)
        rd._member_heads = got
    return got


def _short_form(rd: Reader, tok: Token, off: int) -> EntityRef | None:
    """ "the Soviet's executive" after "the Petersburg Soviet of Workers' Deputies", "a brigade of the Legion"
    after "Garibaldi's Italian Legion": "the" and a capitalised word standing alone that is the head word of
    exactly one organization's longer name in the record (the entity layer left the short form untyped)."""
    if rd.ref(tok, off) is not None or not tok.is_title or not tok.is_alpha or tok.pos_ not in ("PROPN", "NOUN") \
            or tok.dep_ in ("compound", "amod", "nmod"):
        return None  # "the Soviet historian": an adjective
    if not any(c.dep_ == "det" and c.lower_ == "the" and c.i == tok.i - 1 for c in tok.children):
        return None
    if tok.i + 1 < len(tok.doc) and tok.nbor(1).is_title and tok.nbor(1).is_alpha:
        return None  # part of a longer name
    ids = _head_words(rd).get(tok.text, [])
    if len(ids) != 1:
        return None
    pos = off + tok.idx
    return EntityRef(pos, pos + len(tok.text), ids[0], "organization")


def _short_forms(rd: Reader, s: Sentence, start: int, end: int) -> list[EntityRef]:
    return [r for t in s.sent if start <= s.offset + t.idx < end for r in [_short_form(rd, t, s.offset)] if r]


IT_VERBS = {"resign", "quit", "join", "expel", "withdraw", "rejoin", "readmit"}  # not "leaving it with no authority"
TIME_NOUNS = {"day", "week", "month", "year", "time", "evening", "morning", "night", "spring", "summer", "autumn",
              "winter", "hour", "moment"}


def _it_body(rd: Reader, s: Sentence, it: Token) -> EntityRef | None:
    """ "…put him at odds with the majority of the Central Committee, and on 4 November he resigned from it": "it"
    after a verb of joining or leaving, "it" electing or admitting someone ("the next day it elected her chairman")
    and "its" on a body's noun ("was appointed to its editorial board") are the organization named last before
    it in its sentence, when no common noun (other than a time word) comes between; with nothing named before it
    there, the body the sentence before ended on ("The Guild met in May. It elected him chairman.";
    membership_titles._its_before)."""
    its_body = it.lower_ == "its" and it.dep_ == "poss" and it.head.lemma_.lower() in BODIES and it.head.pos_ == "NOUN"
    electing = it.lower_ == "it" and it.dep_ == "nsubj" and _lemma(it.head) in OBJECT_IS_MEMBER
    if not its_body and not electing and (
            it.lower_ != "it" or not (it.dep_ == "pobj" and it.head.lower_ in ("from", "to", "into") and
                                      _lemma(it.head.head) in IT_VERBS or it.dep_ == "dobj" and _lemma(it.head) in IT_VERBS)):
        return None  # "was appointed to its editorial board" after naming the paper: that paper's board
    from .membership_titles import _its_before, _named_bodies  # (membership_titles reads this module)
    pos = s.offset + it.idx
    before = _named_bodies(rd, s, s.start, pos)
    if not before:  # not after "He wrote a pamphlet and resigned from it" (_thing_before)
        before = _its_before(rd, s, it, same=False)
        if not before or before[-1].kind != "organization":
            return None
        return EntityRef(pos, pos + len(it.text), before[-1].id, "organization")
    org = before[-1]
    if org.kind != "organization":
        return None
    above = {a.i for a in it.ancestors}  # "was elected chairman of its council": the office it is a body of
    if any(t.pos_ == "NOUN" and t.lemma_.lower() not in TIME_NOUNS and org.end <= s.offset + t.idx < pos
           and t.i not in above for t in s.sent):
        return None  # "…the Central Committee's programme, and he rejected it"
    return EntityRef(pos, pos + len(it.text), org.id, "organization")


def _body_it(rd: Reader, s: Sentence, it: Token) -> EntityRef | None:
    """ "A new triumvirate was named the next day. A handful of deputies proposed Garibaldi for it": "it" is
    the subject of the sentence before when that is a body's common noun naming one organization of the
    record ("triumvirate" ~ "the Triumvirate")."""
    got = rd.entity(it, s.offset, ("organization",))
    if got is not None or s.sent[0].i == 0:
        return got
    prev = s.sent[0].nbor(-1).sent
    for t in prev:
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN":
            ids = {o.id for o in rd.ctx.organizations if o.name.lower().split()[-1:] == [t.lower_]}
            if len(ids) == 1:
                pos = s.offset + prev.start_char + (t.idx - prev[0].idx)
                return EntityRef(pos, pos + len(t.text), ids.pop(), "organization")
    return None


def _aside(rd: Reader, r: EntityRef) -> bool:
    """A body named as where something happened ("met instead in London, in the Brotherhood Church") or as
    the agent acting on another ("had been driven out of Copenhagen by the Danish authorities")."""
    got = _token_at(rd, r.start)
    if got is None:
        return False
    t = got[0]
    while t.head.i != t.i and rd.ref(t.head, got[1]) == r:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "inside", "by"):
        return True
    # "Lenin, who sat on the presidium with Plekhanov, did not intervene": a body said of a person in a clause
    # about that person, not the body the sentence speaks of
    return any(a.dep_ == "relcl" and a.head.i != a.i and rd.entity(a.head, got[1], ("person",)) is not None
               for a in t.ancestors)


def _body_before(rd: Reader, pos: int, reach: int, ok=lambda r: True) -> EntityRef | None:
    """The organization named last before ``pos`` in its paragraph (within ``reach``), not a venue."""
    for r in reversed(rd.refs_in(max(0, pos - reach), pos)):
        if "\n\n" in rd.ctx.text[r.end:pos]:
            return None
        if r.kind == "organization" and not _aside(rd, r) and ok(r):
            return r
    return None


BODY_REACH = 2000  # how far back "the collegium" finds the body it was "of"


def _body_again(rd: Reader, s: Sentence, tok: Token, bodies: dict) -> str | None:
    """ "the collegium" / "the board" alone, a few sentences after "the collegium of X": X's, when the noun
    has no body of its own here ("of Y", "Y's", a name) and is the object of a verb or preposition."""
    lemma = tok.lemma_.lower()
    if lemma not in BODIES or tok.pos_ != "NOUN" or tok.dep_ not in ("pobj", "dobj") or lemma not in bodies:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
            any(c.dep_ in ("poss", "compound", "amod") or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    if rd.ref(tok, s.offset) is not None:
        return None
    where, org = bodies[lemma]
    return org if s.offset + tok.idx - where <= BODY_REACH else None


def _the_party(rd: Reader, tok: Token, off: int) -> EntityRef | None:
    """ "the party expelled him", "was not readmitted to the party": a lowercase "the party" standing alone is
    the one party the record names in full ("the Russian Communist Party"), or, naming none so, its one
    organization of a party's kind ("the Bolsheviks"); none where it names two."""
    if tok.lower_ != "party" or tok.text != "party" or rd.ref(tok, off) is not None or \
            any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in tok.children) or \
            not any(c.dep_ == "det" and c.lower_ == "the" and c.i < tok.i
                    for c in (*tok.children, *(tok.head.children if tok.dep_ == "compound" else ()))):
        return None
    got = getattr(rd, "_member_party", False)
    if got is False:
        ids = {o.id for o in rd.ctx.organizations
               if (re.sub(r"[’']s\b", "", o.name).split(" of ")[0].split() or [""])[-1] == "Party"} or \
            {o.id for o in rd.ctx.organizations if o.kind == "party"}  # else the one party by kind ("Bolsheviks")
        got = rd._member_party = next(iter(ids)) if len(ids) == 1 else None
    if got is None:
        return None
    pos = off + tok.idx
    return EntityRef(pos, pos + len(tok.text), got, "organization")


PAPER_NOUNS = {"paper", "newspaper", "journal", "weekly", "daily", "review", "magazine", "gazette"}
PAPER_REACH = 400  # how far back a bare "the paper" finds a title it may stand for
PAPER_KINDS = ("newspaper", "other")
CALLED_REACH = 6000  # a title the text has called "the paper" keeps that name for a chapter


def _called_paper(rd: Reader, tok: Token, off: int, papers: dict) -> None:
    """Note a title the text calls a paper: "X, the party's paper", "the newspaper X"."""
    org = rd.entity(tok, off, ("organization",))
    if org is None:
        return
    if any(c.dep_ == "appos" and c.lemma_.lower() in PAPER_NOUNS and rd.ref(c, off) is None for c in tok.children) \
            or tok.dep_ == "appos" and tok.head.lemma_.lower() in PAPER_NOUNS and rd.ref(tok.head, off) is None \
            or any(c.dep_ == "compound" and c.lower_ in PAPER_NOUNS for c in tok.lefts):
        papers["paper"] = (off + tok.idx, org.id)


def _the_paper(rd: Reader, s: Sentence, tok: Token, papers: dict) -> EntityRef | None:
    """ "Kamenev had edited the paper", "who had worked with her on the paper": a bare lowercase "the paper"
    is the title last called a paper ("X, the party's paper"), or else the newspaper (or untyped body) named
    just before it."""
    if tok.text not in PAPER_NOUNS or tok.pos_ != "NOUN" or rd.ref(tok, s.offset) is not None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
            any(c.dep_ in ("poss", "compound", "amod", "nmod", "appos") or c.dep_ == "prep" and c.lower_ == "of"
                for c in tok.children):
        return None
    pos = s.offset + tok.idx
    found = papers.get("paper")
    if found is not None and pos - found[0] <= CALLED_REACH:
        return EntityRef(pos, pos + len(tok.text), found[1], "organization")
    kinds = {o.id: o.kind for o in rd.ctx.organizations}
    before = [r for r in rd.refs_in(max(0, pos - PAPER_REACH), pos) if r.kind == "organization"]
    if not before or kinds.get(before[-1].id) not in PAPER_KINDS:
        return None
    return EntityRef(pos, pos + len(tok.text), before[-1].id, "organization")


BODY_NOUNS = (ORG_HEADS | {"circle", "society", "board", "legislature"}) - {"party", "police", "authorities", "times",
                                                                          "post", "news", "press", "order", "office"}
BODY_DETS = {"the", "that", "this"}
BODY_NOUN_REACH = 3000  # how far back "that committee" finds the named body it stands for


def _body_heads(rd: Reader, r: EntityRef) -> tuple[set[str], set[str]]:
    """The lowercase head words of the body a mention names, by its record name: its head and last word, then the
    body nouns modifying it ("Chaikovsky circle" -> circle; "Executive Committee" -> committee, then executive)."""
    names = getattr(rd, "_member_body_heads", None)
    if names is None:
        names = rd._member_body_heads = {}
        for o in rd.ctx.organizations:
            heads = {name_head(o.name).lower(), (o.name.split() or [""])[-1].lower()}
            names[o.id] = (heads, {w for w in o.name.lower().split() if w in BODY_NOUNS} - heads)
    return names.get(r.id, (set(), set()))


def _the_body(rd: Reader, s: Sentence, tok: Token) -> EntityRef | None:
    """ "both of whom sat on that committee", "he left the circle", "the society's advocate": a lowercase body's
    noun with "the/that/this" and no modifier of its own is the organization named last before it (within
    ``BODY_NOUN_REACH``) whose name has that head word ("the Executive Committee", "the Chaikovsky circle"), else
    that has it as a modifier ("the executive" for "the Executive Committee")."""
    lemma = tok.lemma_.lower()
    if tok.text != tok.lower_ or tok.pos_ != "NOUN" or lemma not in BODY_NOUNS or rd.ref(tok, s.offset) is not None:
        return None
    if not any(c.dep_ == "det" and c.lower_ in BODY_DETS for c in tok.children) or \
            any(c.dep_ in ("poss", "compound", "amod", "nmod", "nummod", "appos") or
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "the new committee", "the committee of five": a body of its own
    pos = s.offset + tok.idx
    orgs = [r for r in reversed(rd.refs_in(max(0, pos - BODY_NOUN_REACH), pos)) if r.kind == "organization"]
    for tier in (0, 1):  # "the union": a Union named before, else a Trades Union Congress
        for r in orgs:
            if lemma in _body_heads(rd, r)[tier]:
                return EntityRef(pos, pos + len(tok.text), r.id, "organization")
    return None
