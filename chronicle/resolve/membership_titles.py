"""Memberships: titles and offices -- 'Senator Y', 'Minister of War Y', a label after a dash,
bodies headed or named after a person, 'led by Y', 'Y's party', and 'its chairman'.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from ..annotate.lexicon import ORG_HEADS
from ..context import DocContext, EntityRef
from .clauses import Reader, Sentence, children, head_token, negated, unique
from .membership_base import BODIES, HOLD_ROLE, MEMBER_NOUNS, NATIONALITIES, PEOPLES, PERSON_ROLE, REMOVE, _lemma, _persons, \
    _surnames, _token_at
from .membership_bodies import PAPER_NOUNS, _short_forms, _the_body, _the_party
from .membership_readings import _role

LABEL_CUE = re.compile(r"(?:,|--|—|–)\s*(?:a|an)\s+$")
HEADED = ("government", "party", "army")  # bodies "of" a person are headed by them
OWNER_KINDS = (*HEADED, "newspaper", "other")  # "Gorky's Novaya Zhizn", "Platov's Cossacks": the possessor leads/owns it


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
                r = rd.ref(p, s.offset)  # "the army of Kutuzov": the name itself, not a pronoun's guess
                if r is not None and r.kind == "person":
                    yield r, "head", "held", org


# a title before a name and the body whose name ends in the matching word: "Senator Sokolov" / "the Senate"
TITLE_BODY = {"senator": "senate", "councillor": "council", "councilor": "council", "congressman": "congress",
              "assemblyman": "assembly", "alderman": "council", "deputy": "duma", "commissar": "commissariat"}


def _titled(rd: Reader, ctx: DocContext):
    """(person, organization, role, position) for titled names whose body the text names."""
    bodies: dict[str, set[str]] = {}
    for o in ctx.organizations:
        last = o.name.lower().split()[-1] if o.name.split() else ""
        bodies.setdefault(last, set()).add(o.id)
    text = ctx.text
    for r in ctx.refs:
        if r.kind != "person":
            continue
        words = text[max(0, r.start - 20):r.end].lower().split()
        title = next((w for w in words[:-1] if w.strip(".,") in TITLE_BODY), None)
        if title is None:
            continue
        ids = bodies.get(TITLE_BODY[title.strip(".,")], set())
        if len(ids) == 1:
            yield r.id, next(iter(ids)), title.strip(".,"), r.start


# "Minister of War Kerensky", "the Minister of Justice, Zarudny", "the war minister Verkhovsky", "Premier X"
GOV_TITLE = re.compile(r"(?:\b(?i:minister)|\bPremier|\bPrime Minister|\bGovernor)"
                       r"(?: of(?: the)? [A-Z][\w’'-]+(?: and [A-Z][\w’'-]+)?)?,?\s+(?:[A-Z][\w.’'-]*\s+)?$")
GOV_AFTER = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z]+\s+)?(?:minister|premier|governor)\b", re.I)
OF = re.compile(r"\s+of\s+")
OWNED = re.compile(r"(?:\b(?:his|her|their|its)|['’]s)\s+(?:[a-z]+\s+)?\S?$", re.I)
GOV_ROLE = re.compile(r"(?:minister|premier|governor)", re.I)


def _government_titles(rd: Reader, ctx: DocContext):
    """A minister or premier by title ("Minister of War Kerensky") holds a place in the government:
    the government organization mentioned last before the title (or the record's only one)."""
    govs = [r for r in rd.orgs if rd.kinds.get(r.id) == "government"]
    only = {r.id for r in govs}
    starts = [r.start for r in govs]
    for r in ctx.refs:
        if r.kind != "person":
            continue
        m = GOV_TITLE.search(ctx.text, max(0, r.start - 40), r.start) or GOV_AFTER.match(ctx.text, r.end)
        if m is None or m.start() > r.start and _of_organization(rd, m.end()):
            continue  # "Y, minister of the X Government": the role noun's own reading
        if m.start() < r.start and OWNED.search(ctx.text, max(0, m.start() - 30), m.start() + 1):
            continue  # "Kolchak and his prime minister Pepelyaev": the possessor's government, not the last named
        role = GOV_ROLE.search(m.group(0)).group(0).lower()
        i = bisect.bisect_left(starts, m.start()) - 1
        ministry = _ministry_before(rd, m.start()) if role == "minister" and " of " not in m.group(0) else None
        if ministry is not None:  # "the Ministry of X … had gone with the former deputy minister, Y": its minister
            yield r.id, ministry, role, r.start
            continue
        if role == "governor":  # a governor's government is seldom the one last named: only when unique
            gov = next(iter(only)) if len(only) == 1 else None
        else:
            gov = govs[i].id if i >= 0 else next(iter(only)) if len(only) == 1 else None
        if gov is not None:
            yield r.id, gov, role, r.start


MINISTRY_REACH = 1500


def _ministry_before(rd: Reader, pos: int) -> str | None:
    """The ministry (an organization named "Ministry of …" / "… Ministry") named last, shortly, before a
    minister's title without a field of its own."""
    i = bisect.bisect_left(rd.org_starts, pos) - 1
    while i >= 0 and pos - rd.orgs[i].start <= MINISTRY_REACH:
        if "ministry" in rd.names.get(rd.orgs[i].id, "").lower().split():
            return rd.orgs[i].id
        i -= 1
    return None


def _of_organization(rd: Reader, pos: int) -> bool:
    m = OF.match(rd.ctx.text, pos)
    return m is not None and any(r.kind == "organization" for r in rd.refs_in(m.end(), m.end() + 12))


NAMED_BODY = {"ministry", "government", "cabinet", "administration", "regime"}
FALL = {"fall", "collapse", "resign"}


def _named_after(rd: Reader, s: Sentence, org: Token, ref: EntityRef):
    """ "the Miliukov Ministry", "the Kerensky government": the person it is named after heads it;
    "hurled the Miliukov Ministry down" / "the Kerensky cabinet fell": removed."""
    if org.lower_ not in NAMED_BODY:
        return
    names = _surnames(rd)
    for c in org.children:
        pid = names.get(c.text) if c.dep_ in ("compound", "nmod", "amod") and c.i < org.i else None
        if pid is None:
            continue
        verb = org.head
        gone = (org.dep_ in ("dobj", "nsubjpass") and _lemma(verb) in REMOVE | {"overthrow", "topple"}) or \
               (org.dep_ == "nsubj" and _lemma(verb) in FALL)
        yield EntityRef(s.offset + c.idx, s.offset + c.idx + len(c.text), pid, "person"), "head", \
            "removed" if gone else "held", c


ITS_REACH = 400


def _named_bodies(rd: Reader, s: Sentence, start: int, end: int) -> list[EntityRef]:
    """The things named in ``s`` between ``start`` and ``end`` that "its" may stand for: the record's places and
    bodies, short forms ("the Soviet") and lowercase body nouns standing for a body named before ("that committee",
    "the party"; membership_bodies._the_body, _the_party)."""
    return sorted([r for r in rd.refs_in(max(s.start, start), end) if r.kind != "person"] +
                  _short_forms(rd, s, start, end) +
                  [r for t in s.sent if start <= s.offset + t.idx < end
                   for r in [_the_body(rd, s, t) or _the_party(rd, t, s.offset)] if r is not None],
                  key=lambda r: r.start)


def _its_before(rd: Reader, s: Sentence, tok: Token, same: bool = True) -> list[EntityRef]:
    """What "its" (or "it", ``tok``) may stand for, last the likeliest: the things named before it in its sentence
    (``same``), else, with no other thing named before it there, those of the sentence before when that sentence
    ended on a body (no paragraph between; :func:`_ended_on`); [] when that sentence was about something else."""
    pos = s.offset + tok.idx
    before = _named_bodies(rd, s, max(s.start, pos - ITS_REACH), pos) if same else []
    if before or _thing_before(tok):
        return before
    # "…threw in her lot with the Workers' Opposition. Its leader, Shlyapnikov, …"
    before = [r for r in rd.refs_in(max(0, pos - ITS_REACH), s.start) if r.kind != "person"]
    if s.sent[0].i > 0:  # "The committee met on Monday. It elected him its chairman."
        prev = Sentence(s.sent[0].nbor(-1).sent, s.offset)
        before = sorted({(r.start, r.id): r for r in before + _named_bodies(rd, prev, prev.start, s.start)
                         if r.start >= pos - ITS_REACH}.values(), key=lambda r: r.start)
    before = [r for r in before if "\n\n" not in rd.ctx.text[r.end:pos]]
    if before:
        before = before[:-1] + [_relative_host(rd, before, before[-1])]
    if before and not _ended_on(rd, before[-1]):
        return []
    return _past_adjunct_place(rd, before)


def _its_office(rd: Reader, s: Sentence):
    """ "He worked at the Soviet and, after Nosar's arrest, was elected its chairman": "its" is the body named
    last before it in the sentence (when no place or other thing was named after that body)."""
    for tok in s.sent:
        if tok.lower_ != "its" or tok.dep_ != "poss" or tok.head.lemma_.lower() not in PERSON_ROLE:
            continue
        before = _its_before(rd, s, tok)
        subject = [r for r in before if r.kind == "organization" and _subject_ref(rd, s, r)]
        if subject and before[-1].kind == "organization" and _possessor_ref(rd, s, before[-1]):
            before = subject  # "“Borba” printed the Committee's appeal, and Medvedev, its editor…": the subject's
        if not before or before[-1].kind != "organization":
            continue
        role = _hyphen_whole(tok.head)
        got = list(_role(rd, role, s.offset, None)) or list(_with_as(rd, s, role))
        for person, name, status, trigger in got:
            if role is not tok.head:
                name = role.doc[tok.head.i:role.i + 1].text.lower()  # "secretary-general"
            yield person, before[-1].id, name, trigger, status


def _past_adjunct_place(rd: Reader, before: list[EntityRef]) -> list[EntityRef]:
    """ "The Union met in Leeds. Its chairman was Y": in the sentence before "its", a place named last in a
    prepositional adjunct ("in Leeds", "a session at the Institute") yields to the body that is the subject of
    that place's clause. (Within the sentence of "its" the place stands: "a chapel in Islington lent by its
    minister".)"""
    if not before or before[-1].kind != "place":
        return before
    place = _span_head(rd, before[-1])
    if place is None or place.dep_ != "pobj":
        return before
    clause = next((a for a in place.ancestors if a.pos_ in ("VERB", "AUX")), None)
    for i in range(len(before) - 2, -1, -1):
        r = before[i]
        if r.kind != "organization" or "\n\n" in rd.ctx.text[r.end:before[-1].start]:
            continue
        t = _span_head(rd, r)
        if clause is not None and t is not None and t.dep_ in ("nsubj", "nsubjpass") and t.head.i == clause.i \
                and t.doc is place.doc:
            return before[:i + 1]
    return before


def _span_head(rd: Reader, r: EntityRef) -> Token | None:
    """The token of a mention whose head lies outside it (:func:`clauses.head_token`)."""
    got = _token_at(rd, r.start)
    if got is None:
        return None
    tok, off = got
    return head_token(Sentence(tok.sent, off), r.start, r.end)


def _hyphen_whole(role: Token) -> Token:
    """ "its secretary-general": the role noun is the head of the hyphened compound ("general"), read
    whole from there."""
    if role.dep_ == "compound" and role.head.i == role.i + 2 and role.doc[role.i + 1].text == "-" \
            and not role.whitespace_ and not role.doc[role.i + 1].whitespace_:
        return role.head
    return role


WITH_REACH = 20  # tokens from "with" to "as"


def _with_as(rd: Reader, s: Sentence, role: Token):
    """ "The Council, with John Y, the judge who …, as its President, was named …": the person after "with"
    holds the role "as its" names (a clause of its own the parser hangs anywhere)."""
    if role.dep_ != "pobj" or role.head.lower_ != "as":
        return
    as_tok = role.head
    for w in reversed(list(role.doc[max(s.sent.start, as_tok.i - WITH_REACH):as_tok.i])):
        if w.lower_ != "with" or w.dep_ != "prep":
            continue
        people = [p for o in children(w, "pobj") for p in _persons(rd, o, s.offset)]
        for p in unique(people):
            yield p, role.lemma_.lower(), "held", role
        return


def _ref_token(s: Sentence, r: EntityRef) -> Token | None:
    return next((t for t in s.sent if s.offset + t.idx >= r.start and s.offset + t.idx < r.end
                 and t.head.i != t.i and not (r.start <= s.offset + t.head.idx < r.end)), None)


def _subject_ref(rd: Reader, s: Sentence, r: EntityRef) -> bool:
    t = _ref_token(s, r)
    return t is not None and t.dep_ in ("nsubj", "nsubjpass")


def _possessor_ref(rd: Reader, s: Sentence, r: EntityRef) -> bool:
    t = _ref_token(s, r)
    return t is not None and (t.dep_ == "poss" or any(c.dep_ == "case" for c in t.children))  # "the Committee’s"


def _relative_host(rd: Reader, refs: list[EntityRef], org: EntityRef) -> EntityRef:
    """The body a relative clause holding ``org`` is said of: "the Soviet, which met in the hall of the Free
    Economic Society. Its first chairman …" is the Soviet's chairman."""
    got = _token_at(rd, org.start)
    if got is None:
        return org
    t, off = got
    for _ in range(8):
        if t.dep_ == "relcl":
            host = next((r for r in refs if r.start <= off + t.head.idx < r.end and r.kind == "organization"), None)
            return host or org
        if t.head.i == t.i:
            break
        t = t.head
    return org


def _ended_on(rd: Reader, org: EntityRef) -> bool:
    """The sentence before "Its leader, …" is about the organization it names: not one named as an agent
    or an apposition ("The committee was infiltrated by the secret police, the Okhrana. As one of its
    leaders…": "its" is the committee, the subject, a body's common noun)."""
    got = _token_at(rd, org.start)
    if got is None:
        return False
    tok, off = got
    if any(a.dep_ == "agent" or a.lower_ == "by" and a.dep_ == "prep" for a in tok.ancestors):
        return False
    return not any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and rd.ref(t, off) is None
                   and not org.start <= off + t.idx < org.end  # "that committee" standing for the body
                   and t.lemma_.lower() in BODIES | MEMBER_NOUNS | ORG_HEADS for t in tok.sent)


def _thing_before(its: Token) -> bool:
    """A common noun before "its" in its sentence that "its" may stand for ("The factory grew, and its
    director…"), other than a body's noun ("The group had grown…, and its leader…")."""
    above = {a.i for a in its.ancestors}  # "after the arrest of its chairman": not the arrest's own chairman
    return any(t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and t.i < its.i
               and t.lemma_.lower() not in BODIES | MEMBER_NOUNS | ORG_HEADS and t.tag_ == "NN" and t.i not in above
               for t in its.sent)


OWNER = re.compile(r"(?:[A-Z][\w-]+\s+){0,2}([A-Z][\w-]+)[’']s\s")


def _owner(rd: Reader, s: Sentence, tok: Token, org: EntityRef):
    """ "Garibaldi's Italian Legion", "Shlyapnikov's Workers' Opposition", "Gorky's Novaya Zhizn": the person whose
    possessive names the body leads it (a newspaper: owns it), whether the entity layer kept the possessive in the
    body's name or not; "The Beacon, Y's paper": Y owns the title."""
    words = rd.names.get(org.id, "").lower().split()
    role = "proprietor" if rd.kinds.get(org.id) == "newspaper" else "leader"
    yield from _paper_owner(rd, s, tok, org)
    if rd.kinds.get(org.id) not in OWNER_KINDS and not (words and words[-1] in ORG_HEADS) or \
            words and {re.sub(r"(?:e?s)$", "", words[-1]), re.sub(r"s$", "", words[-1])} & (NATIONALITIES | PEOPLES):
        return  # "Plutarch's Lives", "Caesar's Dictatorship", "Plutarch's Greeks": no body he leads
    m = OWNER.match(rd.ctx.text, org.start)
    if m is not None and m.end() < org.end:
        pid = _surnames(rd).get(m.group(1))
        if pid is not None:
            yield EntityRef(m.start(1), m.end(1), pid, "person"), role, "held", tok
        return
    for c in children(tok, "poss"):
        if c.lower_ == "whose" and tok.head.dep_ == "relcl" and tok.head.head.pos_ == "PROPN":
            # "the Viceroy, Prince Y, whose Fourth Corps led the march": the relative's host leads it
            for r in _persons(rd, tok.head.head, s.offset):
                yield r, role, "held", tok
            continue
        r = rd.ref(c, s.offset)
        if r is not None and r.kind == "person" and c.pos_ == "PROPN" and \
                not re.search(r"[“\"‘_]", rd.ctx.text[r.end:org.start + 1]):  # "Lenin's “General Rules…”": a title
            yield r, role, "held", tok


def _paper_owner(rd: Reader, s: Sentence, tok: Token, org: EntityRef):
    """ "The Beacon, Tobias Wren's paper in Norwich": the person whose possessive is on "paper" (journal, weekly…)
    in apposition to a title owns it (role proprietor)."""
    for h in children(tok, "appos"):
        if h.lemma_.lower() not in PAPER_NOUNS or rd.ref(h, s.offset) is not None:
            continue
        for c in children(h, "poss"):
            r = rd.ref(c, s.offset)
            if r is not None and r.kind == "person" and c.pos_ == "PROPN":
                yield r, "proprietor", "held", tok


LED_GAP = {",", "then", "now", "later", "still", "at", "the", "time", "long", "since", "originally", "first"}


def _founded(lemma: str) -> str:
    """Founding a body is how its founders come into it: granted (leading or editing it is held)."""
    return "granted" if lemma == "found" else "held"


def _led_by(rd: Reader, s: Sentence, org: Token):
    """ "the Union of Struggle, then led by Radchenko", "a paper edited by X", "the party founded by X":
    the agent of a participle right after the body holds it ("leader", "editor", "founder"), however the
    parser hung the participle (on the body, or on the clause's verb)."""
    # "X, the royalist weekly then written by Y": the participle on the common noun beside the name
    described = [c for c in children(org, "appos") if c.pos_ == "NOUN" and rd.ref(c, s.offset) is None]
    for v in [v for h in [org, *described] for v in children(h, "acl")]:
        # "the Mezhraiontsy, led by Yurenev and joined in May by Trotsky, drew…"
        for w in [v] + [c for c in v.children if c.dep_ == "conj"]:
            lemma = w.lemma_.lower()
            if w.tag_ not in ("VBN", "VBD") or negated(w) or not (lemma in HOLD_ROLE or lemma in ("join", "write")) \
                    or lemma in ("direct", "represent") or lemma == "write" and v.head.i == org.i:
                continue  # "_Reds_ (1981), directed by Warren Beatty": a film's; "X, written by Y": a book's
            for a in children(w, "agent"):
                for p in unique([p for o in children(a, "pobj") for p in _persons(rd, o, s.offset)]):
                    yield (p, HOLD_ROLE.get(lemma, "writer"), _founded(lemma), w) if lemma != "join" else \
                        (p, None, "granted", w)
        if children(v, "agent"):
            return
    yield from _under(rd, s, org)
    yield from _with_as_role(rd, s, org)
    end = org.right_edge.i
    for v in org.doc[end + 1:end + 6]:
        if v.tag_ == "VBN" and v.lemma_.lower() in HOLD_ROLE and (v.head.i == org.i or v.dep_ in ("advcl", "acl")) \
                and all(t.lower_ in LED_GAP for t in org.doc[end + 1:v.i]) and not negated(v):
            for a in children(v, "agent"):
                for p in unique([p for o in children(a, "pobj") for p in _persons(rd, o, s.offset)]):
                    yield p, HOLD_ROLE[v.lemma_.lower()], _founded(v.lemma_.lower()), v
            return
        if v.lower_ not in LED_GAP:
            return


def _under(rd: Reader, s: Sentence, org: Token):
    """ "a Provisional Government under Prince Lvov", "the Desert Column, under Sir Herbert Stewart, struck
    out": a body followed by "under" and a person is led by that person (held, "head"). Only a person
    right after "under" (no "under arrest", "under the name of"), and only "under" hung on the body or
    coming straight after it (after at most a comma)."""
    doc = org.doc
    end = org.i
    while end + 1 < len(doc) and doc[end + 1].dep_ in ("compound", "flat") and doc[end + 1].head.i > end:
        end += 1
    cands = [c for c in org.children if c.dep_ == "prep" and c.lower_ == "under"]
    for j in (end + 1, end + 2):
        if j < len(doc) and doc[j].lower_ == "under" and all(t.lower_ == "," for t in doc[end + 1:j]):
            cands.append(doc[j])
    for u in sorted(set(cands), key=lambda t: t.i):
        for o in children(u, "pobj"):
            for p in unique(_persons(rd, o, s.offset)):
                yield p, "head", "held", u
        return


FORMED = {"form", "create", "constitute", "establish", "set", "reconstruct", "reorganize", "reorganise", "found"}


def _with_as_role(rd: Reader, s: Sentence, org: Token):
    """ "a Provisional Government under Prince Lvov, with Pavel Miliukov as foreign minister" (held), "the
    coalition government had been formed, with Y as Minister of Posts" (granted): "with" a person "as" a
    role noun, hung on the body or on the verb the body is the subject or object of."""
    preps = [(c, None) for c in org.children if c.dep_ == "prep" and c.lower_ == "with"]
    if org.dep_ in ("nsubj", "nsubjpass", "dobj") and org.head.pos_ in ("VERB", "AUX"):
        preps += [(c, org.head) for c in org.head.children if c.dep_ == "prep" and c.lower_ == "with"]
    for w, verb in preps:
        if verb is not None and (negated(verb) or w.i < org.i):
            continue
        for o in children(w, "pobj"):
            # "as" on the person, or hung beside "with" right after the person ("formed, with Y as minister")
            ases = [c for c in o.children if c.dep_ == "prep" and c.lower_ == "as"] or \
                [c for c in w.head.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == o.right_edge.i + 1]
            for a in ases:
                role = next((r for r in children(a, "pobj") if r.lemma_.lower() in PERSON_ROLE
                             and (rd.ref(r, s.offset) is None or r.lemma_.lower() in ("minister", "commander"))), None)
                if role is None:
                    continue
                name = " ".join([t.lower_ for t in role.lefts if t.dep_ in ("amod", "compound")] + [role.lower_])
                status = "granted" if verb is not None and verb.lemma_.lower() in FORMED else "held"
                for p in unique(_persons(rd, o, s.offset)):
                    yield p, name, status, a


GOV_NOUNS = {"government", "cabinet", "ministry", "coalition"}


def _government_with_as(rd: Reader, s: Sentence):
    """ "the first coalition government had been formed, with Y as Minister of Posts": a common "government"
    the entity layer left unnamed is the government organization named last before it (or the record's only
    one); the person "with" ... "as" a role holds his post in it."""
    for tok in s.sent:
        if tok.lemma_.lower() not in GOV_NOUNS or tok.pos_ != "NOUN" or rd.ref(tok, s.offset) is not None:
            continue
        got = list(_with_as_role(rd, s, tok))
        if not got:
            continue  # the organizations are looked at only for a "with Y as minister" found
        i = bisect.bisect_left(rd.org_starts, s.offset + tok.idx) - 1
        while i >= 0 and rd.kinds.get(rd.orgs[i].id) != "government":
            i -= 1
        ids = {r.id for r in rd.orgs if rd.kinds.get(r.id) == "government"}
        gov = rd.orgs[i].id if i >= 0 else next(iter(ids)) if len(ids) == 1 else None
        for person, role, status, trigger in got if gov is not None else []:
            yield person, gov, role, trigger, status
