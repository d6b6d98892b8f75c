"""Memberships: a person's place in an organization, with role and status.

Read around every mention of an organization:

* a role noun governing it ("editor of X", "a member of X", "X's leader", "one of the
  X") held by a person through apposition ("Y, chairman of X"), a copula ("Y was
  a member of X"), "as" ("served as editor of X") or a name beside it ("Chairman Y");
* a verb taking it: "joined X", "was elected/admitted/appointed to X" (granted); "was
  expelled/dismissed/removed from X", "was forced off X", "left X", "resigned from X"
  (removed); "X admitted/expelled/elected him"; "sat on X", "led X" (held);
* the organization naming a person's party: "the Cadet Y", "Y, a Bolshevik", "Y was
  a Bolshevik" (held, role member);
* a refused application: "his application (to X) was turned down / rejected",
  "X refused to admit him", "was not admitted to X" (refused).

Status is granted, refused, removed or held; the date is the clause's date.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..context import DocContext
from ..record import Membership
from .clauses import Reader, Sentence, children, hypothetical, negated, subjects, unique

ROLES = {"member", "chairman", "chairwoman", "president", "vice-president", "editor", "secretary", "delegate",
         "minister", "premier", "speaker", "ambassador", "governor", "commander", "leader", "head", "chief",
         "director", "treasurer", "clerk", "founder", "deputy", "representative", "officer", "general",
         "colonel", "captain", "admiral", "agent", "correspondent", "partner", "fellow", "professor",
         "student", "pupil", "chancellor", "commissar", "organizer", "organiser", "spokesman", "one",
         "envoy", "consul", "senator", "judge", "bishop", "priest", "manager", "proprietor", "owner",
         "candidate", "adherent", "supporter", "follower", "employee", "apprentice", "printer", "lieutenant",
         "sergeant", "soldier", "sailor", "officer", "comrade", "brother", "sister", "inspector", "prime"}
PERSON_ROLE = ROLES - {"one", "brother", "sister", "comrade"}
GRANT = {"join": None, "enter": None, "elect": None, "admit": None, "appoint": None, "accept": None,
         "enrol": None, "enroll": None, "name": None, "nominate": None, "make": None, "recruit": None,
         "co-opt": None, "induct": None, "return": None}
REMOVE = {"expel", "dismiss", "remove", "oust", "resign", "leave", "quit", "drive", "force", "throw", "exclude",
          "discharge", "eject", "purge", "withdraw", "retire", "depose", "sack", "kick", "hurl", "break"}
HOLD = {"sit", "serve", "lead", "head", "chair", "edit", "direct", "command", "represent", "belong", "found"}
REFUSE = {"refuse", "reject", "decline", "deny", "turn", "blackball", "veto"}
OBJECT_IS_MEMBER = {"admit", "expel", "elect", "appoint", "accept", "dismiss", "remove", "exclude", "reject",
                    "refuse", "name", "nominate", "recruit", "oust", "sack", "discharge", "co-opt", "induct",
                    "purge", "make"}
HOLD_ROLE = {"lead": "leader", "head": "head", "chair": "chairman", "edit": "editor", "direct": "director",
             "command": "commander", "represent": "representative", "found": "founder"}
APPLY = {"application", "candidature", "candidacy", "admission", "membership", "request", "nomination", "bid"}


def run(ctx: DocContext) -> dict[str, list]:
    rd = Reader(ctx)
    found: dict[tuple[str, str, str], Membership] = {}
    for s in rd.sentences():
        for tok in s.sent:
            org = rd.entity(tok, s.offset, ("organization",))
            if org is None or rd.ref(tok.head, s.offset) == org and tok.head.i != tok.i:
                continue  # only the head word of an organization's name
            for person, role, status, trigger in [*_readings(rd, s, tok), *_label_after_dash(rd, s, tok),
                                                  *_head_of(rd, s, tok)]:
                if person.id == org.id or person.kind != "person":
                    continue
                key = (person.id, org.id, status)
                if key not in found:
                    found[key] = Membership(f"{ctx.doc_id}-m{len(found) + 1}", person.id, org.id, role, status,
                                            rd.date(s.start, s.end, s.offset + trigger.idx), rd.span(s.start, s.end))
    for person, org, role, s, pos in _titled(rd, ctx):
        key = (person, org, "held")
        if key not in found:
            found[key] = Membership(f"{ctx.doc_id}-m{len(found) + 1}", person, org, role, "held",
                                    rd.date(s.start, s.end, pos), rd.span(s.start, s.end))
    return {"memberships": list(found.values())}


LABEL_CUE = re.compile(r"(?:,|--|—|–)\s*(?:a|an)\s+$")
HEADED = ("government", "party", "army")  # bodies "of" a person are headed by them


def _label_after_dash(rd: Reader, s: Sentence, org: Token):
    """ "Lianozov, a great capitalist--a Cadet by faith": a party label after a comma or dash and "a",
    held by the last person named before it in the sentence (parsers rarely attach it)."""
    pos = s.offset + org.idx
    if not LABEL_CUE.search(rd.ctx.text, max(0, pos - 12), pos):
        return
    if org.i + 1 < len(org.doc) and org.nbor(1).pos_ in ("NOUN", "PROPN") and org.nbor(1).dep_ != "appos":
        return  # "a Bolshevik newspaper"
    before = [r for r in rd.refs_in(s.start, s.offset + org.idx) if r.kind in ("person", "organization")]
    if before and before[-1].kind == "person":
        yield before[-1], "member", "held", org


def _head_of(rd: Reader, s: Sentence, org: Token):
    """ "the Provisional Government of Kerensky", "the Ministry of Miliukov": the person heads it."""
    org_ref = rd.ref(org, s.offset)
    if org_ref is None or rd.kinds.get(org_ref.id) not in HEADED:
        return
    for prep in children(org, "prep"):
        if prep.lower_ == "of":
            for p in children(prep, "pobj"):
                for r in _persons(rd, p, s.offset):
                    yield r, "head", "held", org


# a title before a name and the body whose name ends in the matching word: "Senator Sokolov" / "the Senate"
TITLE_BODY = {"senator": "senate", "councillor": "council", "councilor": "council", "congressman": "congress",
              "assemblyman": "assembly", "alderman": "council", "deputy": "duma", "commissar": "commissariat"}


def _titled(rd: Reader, ctx: DocContext):
    """(person, organization, role, sentence, position) for titled names whose body the text names."""
    bodies: dict[str, set[str]] = {}
    for o in ctx.organizations:
        last = o.name.lower().split()[-1] if o.name.split() else ""
        bodies.setdefault(last, set()).add(o.id)
    text = ctx.text
    sents = None
    for r in ctx.refs:
        if r.kind != "person":
            continue
        words = text[max(0, r.start - 20):r.end].lower().split()
        title = next((w for w in words[:-1] if w.strip(".,") in TITLE_BODY), None)
        if title is None:
            continue
        ids = bodies.get(TITLE_BODY[title.strip(".,")], set())
        if len(ids) != 1:
            continue
        sents = sents if sents is not None else list(rd.sentences())
        s = next((x for x in sents if x.start <= r.start < x.end), None)
        if s is not None:
            yield r.id, next(iter(ids)), title.strip(".,"), s, r.start


def _readings(rd: Reader, s: Sentence, org: Token):
    """(person ref, role, status, trigger token) readings of one organization mention."""
    off = s.offset
    head, dep = org.head, org.dep_
    first = org
    while dep == "conj":  # "joined the X and the Y": read the first conjunct's attachment
        first = first.head
        head, dep = first.head, first.dep_
    if dep == "pobj":
        prep = head
        holder = prep.head
        if holder.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and holder.lemma_.lower() in ROLES:
            yield from _role(rd, holder, off, prep)
        elif holder.pos_ in ("VERB", "AUX"):
            yield from _verb(rd, holder, off, prep.lower_)
        elif holder.lemma_.lower() in APPLY and holder.head.pos_ == "VERB":
            yield from _application(rd, holder, off)
    elif dep in ("dobj", "nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        yield from _verb(rd, head, off, dep)
    elif dep == "poss" and head.lemma_.lower() in ROLES:
        yield from _role(rd, head, off, None)
    elif dep in ("compound", "amod", "nmod") and head.pos_ in ("PROPN", "NOUN"):
        if head.lemma_.lower() in PERSON_ROLE:  # "the Bolshevik leader X"
            yield from _role(rd, head, off, None)
        else:
            for p in _persons(rd, head, off):  # "the Cadet X"
                yield p, "member", "held", org
    elif dep == "appos" or (dep == "attr" and head.lemma_ == "be"):
        holders = [head] if dep == "appos" else subjects(head)
        for h in holders:
            for p in _persons(rd, h, off):
                yield p, "member", "held", org


def _persons(rd: Reader, tok: Token, off: int):
    return [r for r in rd.group(tok, off, ("person",), of=False) if r.kind == "person"]


def _role(rd: Reader, role: Token, off: int, prep: Token | None):
    """A role noun ("chairman of X"): who holds it, and how (granted when elected or made)."""
    name = role.lemma_.lower()
    name = "member" if name == "one" else name
    status = "held"
    holders: list = []
    for c in role.children:  # "Chairman Smith", "X's leader, Smith", "the X leaders, A, B and C"
        if c.dep_ in ("appos", "compound", "flat") and c.pos_ == "PROPN":
            holders += _persons(rd, c, off)
        elif c.dep_ == "conj" and c.pos_ == "PROPN" and role.tag_ == "NNS" and c.i > role.i \
                and role.doc[role.i + 1].text == ",":
            holders += _persons(rd, c, off)
    if role.dep_ == "appos" or (role.dep_ == "conj" and role.head.dep_ == "appos"):
        h = role.head if role.dep_ == "appos" else role.head.head
        holders += _persons(rd, h, off)
    elif role.dep_ in ("attr", "oprd", "acomp") or (role.dep_ == "pobj" and role.head.lower_ == "as"):
        verb = role.head if role.dep_ != "pobj" else role.head.head
        lemma = verb.lemma_.lower()
        if lemma in GRANT or lemma == "become":
            status = "granted"
        if negated(verb) or hypothetical(verb):
            return
        if lemma in OBJECT_IS_MEMBER and children(verb, "dobj") and role.dep_ != "attr":
            holders += [p for o in children(verb, "dobj") for p in _persons(rd, o, off)]
        else:
            holders += [p for sub in subjects(verb) for p in _persons(rd, sub, off)]
    elif role.dep_ in ("nsubj", "nsubjpass"):
        pass
    for p in unique(holders):
        yield p, name, status, role


def _lemma(verb: Token) -> str:
    """The verb's lemma, "co-opt" rejoined when the tokenizer split it."""
    lemma = verb.lemma_.lower()
    if lemma == "opt" and verb.i >= 2 and verb.doc[verb.i - 2].lower_ == "co":
        return "co-opt"
    return lemma


def _verb(rd: Reader, verb: Token, off: int, how: str):
    """An organization attached to a verb: as object, subject or prepositional object."""
    lemma = _lemma(verb)
    particles = {c.lower_ for c in children(verb, "prt")}
    base = verb.head if lemma == "co-opt" and verb.head.lower_ == "co" else verb  # "co" took the auxiliaries
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in base.children)
    refused = negated(verb) and lemma in GRANT
    if hypothetical(verb) or (negated(verb) and not refused):
        return
    if how == "nsubj" and lemma in OBJECT_IS_MEMBER:  # "the Society admitted him"
        members = [p for o in children(verb, "dobj") for p in _persons(rd, o, off)]
        status = "removed" if lemma in REMOVE else "refused" if lemma in REFUSE or refused else "granted"
        if lemma in REFUSE:  # "X refused to admit him"
            members += [p for x in children(verb, "xcomp") for o in children(x, "dobj") for p in _persons(rd, o, off)]
        for p in unique(members):
            yield p, None, status, verb
        return
    if how == "nsubj" or how == "nsubjpass":
        return
    if lemma in REMOVE or "off" in particles or "out" in particles or how in ("from", "off", "out of"):
        if lemma in REMOVE or how in ("off", "out of") or (how == "from" and lemma in REMOVE):
            status = "removed"
        else:
            return
    elif lemma in GRANT and (how == "dobj" and lemma in ("join", "enter") or how in ("to", "into", "onto", "as", "in", "on")):
        status = "refused" if refused else "granted"
    elif lemma in HOLD and (how == "dobj" or how in ("on", "in", "with", "for", "to")):
        status = "held"
    else:
        return
    role = HOLD_ROLE.get(lemma) if status == "held" else None
    if passive or (lemma in OBJECT_IS_MEMBER and not children(verb, "dobj")):
        members = [p for sub in subjects(base) for p in _persons(rd, sub, off)]
    elif lemma in OBJECT_IS_MEMBER and children(verb, "dobj") and how != "dobj":
        members = [p for o in children(verb, "dobj") for p in _persons(rd, o, off)]
    else:
        members = [p for sub in subjects(base) for p in _persons(rd, sub, off)]
    for p in unique(members):
        yield p, role, status, verb


def _application(rd: Reader, noun: Token, off: int):
    """ "his application to X was turned down / rejected": refused."""
    verb = noun.head
    if noun.dep_ not in ("nsubjpass", "nsubj", "dobj") or verb.lemma_.lower() not in REFUSE:
        return
    if verb.lemma_.lower() == "turn" and not any(c.lower_ == "down" for c in verb.children):
        return
    for c in children(noun, "poss"):
        for p in _persons(rd, c, off):
            yield p, None, "refused", verb

