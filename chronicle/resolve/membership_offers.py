"""Memberships: offers and invitations answered, and a body that turns a person away by name.

* "Y had been invited into X and had declined" (refused), "X invited Y to join and he accepted" (granted);
* "X offered Y a commission in its guard, which he declined" (refused): the body offering is the subject
  when no body is named inside the offer;
* "X refused him a place (on its board)" / "X gave him a seat" with the body as the subject.

The body may be said again by its common noun ("the committee refused him a place" after "the Organizing
Committee"): :func:`_definite_body` finds the organization of that head word named last before it.
See memberships.py and docs/memberships.md.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context import EntityRef
from .clauses import Reader, Sentence, children, hypothetical, negated, preps, subjects, unique
from .membership_base import SEATS, SEAT_ROLE, _lemma, _persons, _reported, name_head
from .membership_bodies import _short_form

# a body's common noun that may stand alone for the body named before it with that head word
BODY_NOUNS = {"committee", "commission", "council", "congress", "conference", "bureau", "board", "society", "union",
              "assembly", "soviet", "government", "league", "club", "presidium", "executive", "senate", "cabinet",
              "directory", "convention", "synod", "tribunal", "court", "parliament", "duma"}
DEFINITE_REACH = 1500  # how far back the body it stands for may be named

OFFER = {"invite", "offer", "ask", "urge", "press", "summon", "propose"}
ANSWER = {"decline": "refused", "refuse": "refused", "reject": "refused", "accept": "granted"}
OFFER_NOUNS = {"invitation", "offer", "proposal", "request"}
GIVE = {"refuse": "refused", "deny": "refused", "give": "granted", "grant": "granted", "offer": None}


def _definite_body(rd: Reader, tok: Token, off: int) -> EntityRef | None:
    """ "the committee" / "the commission" in lower case, with nothing of its own (no "of Y", no adjective, no
    possessor): the organization whose name ends in that noun named last before it, within the paragraph or
    :data:`DEFINITE_REACH` characters; none when another organization of that head word came between."""
    lemma = tok.lemma_.lower()
    if lemma not in BODY_NOUNS or tok.pos_ != "NOUN" or not tok.text.islower() or tok.tag_ != "NN" or \
            rd.ref(tok, off) is not None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
            any(c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") or c.dep_ == "prep" and c.lower_ == "of"
                for c in tok.children) or tok.dep_ in ("compound", "poss"):
        return None
    pos = off + tok.idx
    heads = {o.id: name_head(o.name).lower() for o in rd.ctx.organizations}
    for r in reversed(rd.refs_in(max(0, pos - DEFINITE_REACH), pos)):
        if r.kind != "organization":
            continue
        if heads.get(r.id) == lemma:
            return EntityRef(pos, pos + len(tok.text), r.id, "organization")
    return None


def _body(rd: Reader, tok: Token, off: int) -> EntityRef | None:
    return rd.entity(tok, off, ("organization",)) or rd.org_word(tok, off) or _short_form(rd, tok, off) or \
        _definite_body(rd, tok, off)


def _bodies_under(rd: Reader, tok: Token, off: int, skip: set[int]) -> list[EntityRef]:
    """Organizations named in the prepositional phrases under ``tok`` ("into X", "a commission in the guard of X")."""
    out = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("into", "to", "onto", "in", "on", "of", "for"):
            continue
        for o in children(c, "pobj"):
            if o.i in skip:
                continue
            got = _body(rd, o, off)
            out += [got] if got is not None else _bodies_under(rd, o, off, skip)
    return out


def _answer(verb: Token) -> tuple[str, Token] | None:
    """How an offer or invitation was answered in the same sentence: a conjunct verb ("had been invited … and had
    declined"), or a relative clause on what was offered ("a commission …, which he declined")."""
    for c in children(verb, "conj"):
        st = ANSWER.get(_lemma(c))
        if st is not None and not negated(c) and not hypothetical(c):
            return st, c
    for o in children(verb, "dobj"):
        for c in o.subtree:
            if c.dep_ == "relcl" and any(w.lower_ in ("which", "that") for w in children(c, "dobj")):
                st = ANSWER.get(_lemma(c))
                if st is not None and not negated(c):
                    return st, c
    return None


def _offers(rd: Reader, s: Sentence):
    """(person, organization id, role, trigger, status) for offers answered and seats given or refused by a
    body named as the subject."""
    off = s.offset
    for v in s.sent:
        if v.pos_ != "VERB" or hypothetical(v) or _reported(v):
            continue
        lemma = _lemma(v)
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)
        subj = subjects(v)
        if lemma in ANSWER and not negated(v) and not passive:
            # "Y declined an invitation from X to write for its paper", "accepted an offer to join X"
            for noun in children(v, "dobj"):
                if noun.lemma_.lower() not in OFFER_NOUNS or not any(
                        a.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)
                        for a in noun.children):
                    continue  # "declined an offer of money": no post offered
                orgs = [b for w, o in preps(noun) if w == "from" for b in [_body(rd, o, off)] if b]
                orgs += [b for a in children(noun, "acl") for o in children(a, "dobj") for b in [_body(rd, o, off)] if b]
                orgs += [b for a in children(noun, "acl") for b in _bodies_under(rd, a, off, set())]
                for p in unique([p for t in subj for p in _persons(rd, t, off)]):
                    for o in unique(orgs)[:1]:
                        yield p, o.id, None, v, ANSWER[lemma]
        if lemma in OFFER and not negated(v):
            got = _answer(v)
            if got is None:
                continue
            status, trigger = got
            who = subj if passive else children(v, "dative") or children(v, "dobj")
            persons = unique([p for t in who for p in _persons(rd, t, off)])
            skip = {t.i for t in subj}
            orgs = _bodies_under(rd, v, off, skip) + [b for o in children(v, "dobj") for b in _bodies_under(rd, o, off, skip)]
            if not orgs and not passive:
                orgs = [b for t in subj for b in [_body(rd, t, off)] if b is not None]
            for p in persons:
                for o in unique(orgs)[:1]:
                    yield p, o.id, None, trigger, status
        elif lemma in GIVE and GIVE[lemma] and not passive:
            seats = [o for o in children(v, "dobj") if o.lemma_.lower() in SEATS and o.pos_ == "NOUN"]
            dative = children(v, "dative")
            if not seats or not dative:
                continue
            orgs = [b for t in subj for b in [_body(rd, t, off)] if b is not None]
            if not orgs:
                continue
            status = GIVE[lemma]
            if negated(v):
                if status != "granted":
                    continue
                status = "refused"
            role = SEAT_ROLE.get(seats[0].lemma_.lower())
            for p in unique([p for t in dative for p in _persons(rd, t, off)]):
                yield p, orgs[0].id, role, v, status


# posts one person holds at a time, which a successor takes over and a resignation gives up
POSTS = {"chairman", "chairwoman", "president", "secretary", "commissar", "minister", "editor", "commander", "head",
         "leader", "director", "governor", "premier", "chancellor", "treasurer", "chief"}
POST_OF = {"chair": "chairman", "chairmanship": "chairman", "presidency": "president", "command": "commander",
           "editorship": "editor", "secretaryship": "secretary"}


def _post(role: str | None) -> str | None:
    """The post a membership's role names ("acting chairman" -> "chairman"), if it is one a person holds alone."""
    words = (role or "").lower().replace("-", " ").split()
    return words[-1] if words and words[-1] in POSTS else None


def _last_post(found: dict, pos: int, person: str | None = None, post: str | None = None):
    """The latest membership before ``pos`` that holds a post (of ``person``, of the ``post``)."""
    best = None
    for m in found.values():
        p = _post(m.role)
        if p is None or m.status not in ("granted", "held") or m.evidence.start >= pos:
            continue
        if person is not None and m.person != person or post is not None and p != post:
            continue
        if best is None or m.evidence.start >= best.evidence.start:
            best = m
    return best


def _successions(rd: Reader, s: Sentence, found: dict):
    """(person, organization id, role, trigger, status) for a post changing hands with the body left unsaid:
    "Y took his place in the chair" / "Y succeeded him" (the post "his" person held last: granted to Y),
    "Y took over as acting chairman" (the last post of that name before: granted), "he resigned" with no
    body or post named (the last post the subject held: removed)."""
    off = s.offset
    for v in s.sent:
        if v.pos_ != "VERB" or negated(v) or hypothetical(v) or _reported(v):
            continue
        lemma = _lemma(v)
        pos = off + v.idx
        if lemma == "take" and not children(v, "prt"):
            for o in children(v, "dobj"):
                if o.lemma_.lower() != "place":
                    continue
                old = [r for c in children(o, "poss") for r in [rd.entity(c, off, ("person",))] if r]
                post = next((POST_OF.get(x.lemma_.lower()) for w, x in preps(v) if w == "in"), None)
                if not old:
                    continue
                seat = _last_post(found, pos, old[0].id, post)
                if seat is None and post is not None:  # "his" read as someone else: the last holder of the post
                    seat = _last_post(found, pos, None, post)
                if seat is None:
                    continue
                for p in unique([p for t in subjects(v) for p in _persons(rd, t, off)]):
                    if p.id != seat.person:  # "his" read as the new man himself: the post's last holder
                        yield p, seat.organization, seat.role, v, "granted"
        elif lemma == "take" and any(c.lower_ == "over" for c in children(v, "prt")) and not children(v, "dobj"):
            role = next((x for w, x in preps(v) if w == "as"), None)
            if role is None or _post(role.text) is None:
                continue
            seat = _last_post(found, pos, None, _post(role.text))
            if seat is None:
                continue
            name = " ".join([t.lower_ for t in role.lefts if t.dep_ in ("amod", "compound")] + [role.lower_])
            for p in unique([p for t in subjects(v) for p in _persons(rd, t, off)]):
                if p.id != seat.person:
                    yield p, seat.organization, name, v, "granted"
        elif lemma == "resign" and not children(v, "dobj") and \
                not any(c.dep_ == "prep" and c.lower_ in ("from", "as", "over") for c in v.children):
            for p in unique([p for t in subjects(v) for p in _persons(rd, t, off)]):
                seat = _last_post(found, pos, p.id)
                if seat is not None and pos - seat.evidence.start <= 2000:
                    yield p, seat.organization, seat.role, v, "removed"
