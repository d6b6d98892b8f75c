"""Memberships: the readings around one mention of an organization -- role nouns ('editor of X'),
verbs taking it ('joined X', 'was expelled from X') and their objects and capacities.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..annotate.lexicon import KIN_NOUNS, ORG_HEADS
from .clauses import Reader, Sentence, children, conjuncts, hypothetical, negated, party_stem, preps, subjects, unique
from .membership_base import APPLY, BODIES, GRANT, HOLD_ROLE, NATIONALITIES, OBJECT_IS_MEMBER, OFFICE_WORDS, \
    PEOPLES, PERSON_NOUNS, PERSON_ROLE, REFUSE, REMOVE, ROLES, SEATS, SEAT_ROLE, _asked_for_other, _lemma, _persons, \
    _reported
from .membership_bodies import _the_party
from .membership_seats import _application, _seat, _seat_noun, _seat_relative, _second_in_command

RANKS = {"captain", "colonel", "general", "admiral", "commander", "lieutenant", "major", "commodore", "sergeant",
         "corporal", "brigadier", "professor", "commissar"}  # "Captain X of the Y": the post is in the Y
SHARED_ROLES = {"collaborator"}  # "his old collaborator on the daily Nachalo, X": both were on it
PUSH_OFF = {"vote", "push", "drop", "squeeze", "take", "get", "walk", "boot", "hound", "freeze"}  # "voted off X"
LEFT = {"dobj", "from", "off", "out of", "out", "as", "on"}  # how a body is left: "left X", "resigned from X"
HOLD = {"sit", "serve", "lead", "head", "chair", "edit", "direct", "command", "represent", "belong", "found"}
# verbs of running a body that take it only as their object ("ran the bureau", "managed the society's
# business"; not "ran for the Duma"), and "presided over X"
HOLD_OBJECT = {"run", "manage", "administer"}
REFUSABLE = {"admit", "accept", "elect", "appoint", "enrol", "enroll", "nominate", "induct", "co-opt", "name",
             "readmit", "re-admit", "re-elect", "reinstate"}
LEAVING = {"resignation", "withdrawal", "retirement"}  # "X accepted his resignation": not his admission
ACCEPT = {"accept", "approve"}
DECIDE = {"resolve", "decide", "vote", "agree", "determine", "choose", "move"}  # "X resolved to admit him"


APPOS_GAP = re.compile(r",|--|—|–|\(")


def _readings(rd: Reader, s: Sentence, org: Token):
    """(person ref, role, status, trigger token) readings of one organization mention."""
    off = s.offset
    head, dep = org.head, org.dep_
    first = org
    while dep == "conj":  # "joined the X and the Y": read the first conjunct's attachment
        first = first.head
        head, dep = first.head, first.dep_
    for rel in children(org, "relcl"):  # "its paper, Soldatskaya Pravda, which Nevsky edited"
        how = next((c.dep_ for c in rel.children if c.dep_ in ("dobj", "nsubj") and c.lower_ in RELATIVES), None)
        if how is not None:
            yield from _verb(rd, rel, off, how)
        elif _lemma(rel) in HELP:  # "the club, which A and B had helped to found": the relative is the infinitive's
            for x in children(rel, "xcomp"):
                if any(c.dep_ == "dobj" and c.lower_ in RELATIVES for c in x.children):
                    yield from _verb(rd, x, off, "dobj")
    if dep == "poss" and head.lemma_.lower() in BODIES and head.pos_ == "NOUN" and rd.ref(head, off) is None:
        body = head  # "a member of the Comintern's executive committee"
        name = " ".join(t.lower_ for t in body.lefts if t.dep_ in ("amod", "compound") and t.is_alpha)
        for p, role, status, trigger in _readings(rd, s, body):
            yield p, role or f"{name} {body.lemma_.lower()}".strip(), status, trigger
        return
    if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in BODIES and head.head.pos_ == "NOUN":
        body = head.head  # "joined the editorial board of X", "elected to the presidium of X"
        name = " ".join(t.lower_ for t in body.lefts if t.dep_ in ("amod", "compound") and t.is_alpha)
        for p, role, status, trigger in _readings(rd, s, body):
            yield p, role or f"{name} {body.lemma_.lower()}".strip(), status, trigger
        return
    if dep == "pobj":
        prep = head
        holder = prep.head
        if prep.dep_ == "conj" and prep.pos_ == "ADP":
            # "elected to the Central Committee that January and to the Duma in October": the second "to"
            # hangs on the first conjunct (a preposition, or a date the parser took for one)
            x = prep
            while x.dep_ == "conj" and x.head.i != x.i:
                x = x.head
            if x.pos_ == "ADP" and x.dep_ == "prep" or x.dep_ in ("npadvmod", "dobj") and x.head.pos_ == "VERB":
                holder = x.head
        if prep.lower_ == "of" and holder.lemma_.lower() in SESSIONS and holder.dep_ == "pobj" and \
                holder.head.lower_ == "at" and _standing_body(rd, org, off):
            yield from _at_session(rd, holder.head.head, off, holder)  # "Y, who was at a session of the Council"
            return
        if prep.lower_ == "into" and holder.lemma_.lower() in TRANSFORM and holder.dep_ == "conj" and \
                any(o.lower_ == "it" for o in children(holder, "dobj")) and holder.head.pos_ == "VERB":
            # "was to take over the Ministry of X and turn it into a Commissariat of Y": Y too
            yield from _verb(rd, holder.head, off, "dobj")
            return
        if prep.lower_ == "of" and holder.lemma_.lower() == "head" and holder.dep_ == "pobj" and \
                holder.head.lower_ == "at" and rd.ref(holder, off) is None:
            yield from _at_head(rd, holder.head, off)  # "Admiral Y, at the head of the Army of X"
            return
        if prep.lower_ == "of" and holder.lower_ in WRITTEN_SHARE and holder.dep_ == "dobj" and \
                holder.head.lemma_.lower() in ("write", "edit") and rd.ref(holder, off) is None:
            yield from _verb(rd, holder.head, off, "dobj")  # "was writing most of X": writing X
            return
        if prep.lower_ == "of" and holder.lemma_.lower() in PARTITIVE and holder.pos_ == "NOUN" and \
                rd.ref(holder, off) is None and holder.i < org.i:
            yield from _readings(rd, s, holder)  # "led the remnant of the Third Corps": led the corps
            return
        seat = _seat_noun(holder, prep)
        if seat is not None:  # "was refused a seat on X", "lost his place on X", "was denied membership of X"
            yield from _seat(rd, seat, off)
        if prep.lower_ == "of" and holder.lemma_.lower() in SEATS and holder.pos_ == "NOUN":
            yield from _seat_relative(rd, org, holder, off)
        if prep.lower_ == "of" and holder.lemma_.lower() == "command":
            yield from _second_in_command(rd, holder, off)
        if prep.lower_ == "of" and holder.lemma_.lower() in SEAT_ROLE and holder.dep_ == "nsubj" and \
                holder.head.lemma_.lower() in ("go", "pass", "fall") and not negated(holder.head):
            # "the chairmanship of the All-Russian Central Executive Committee went at first to Lev Kamenev"
            for w, o in preps(holder.head):
                if w == "to":
                    for p in unique(_persons(rd, o, off)):
                        yield p, SEAT_ROLE[holder.lemma_.lower()], "granted", holder.head
        if prep.lower_ == "of" and holder.lemma_.lower() == "charge" and holder.dep_ == "pobj" and \
                holder.head.lower_ == "in" and holder.head.head.pos_ in ("VERB", "AUX"):
            # "within a fortnight he was in charge of its Secretariat", "put him in charge of X"
            verb = holder.head.head
            if not (negated(verb) or hypothetical(verb) or _reported(verb)):
                status = "granted" if verb.lemma_.lower() in {"put", "place", "leave", "set"} | set(GRANT) else "held"
                who = children(verb, "dobj") if status == "granted" and children(verb, "dobj") else subjects(verb)
                for p in unique([p for t in who for p in _persons(rd, t, off)]):
                    yield p, "head", status, verb
        elif (prep.lower_ == "on" and holder.lemma_.lower() in ON_NOUNS or prep.lower_ == "in"
              and holder.lemma_.lower() in IN_NOUNS | ON_NOUNS) and holder.pos_ == "NOUN" \
                and (holder.dep_ in ("appos", "attr") or holder.dep_ == "dep" and holder.head.lemma_ == "be") \
                and not negated(holder.head):
            # "Kollontai, the only woman on the Executive Committee", "Shlyapnikov, her ally in the X": held
            who = [holder.head] if holder.dep_ == "appos" else subjects(holder.head)
            for p in unique([p for t in who for p in _persons(rd, t, off)]):
                yield p, "member", "held", holder
            if holder.lemma_.lower() in IN_NOUNS:  # "Y, her ally in the X": she is in it too
                for p in unique([p for c in children(holder, "poss") for p in [rd.entity(c, off, ("person",))] if p]):
                    yield p, "member", "held", holder
        elif holder.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and holder.lemma_.lower() in ROLES:
            if holder.lemma_.lower() in PORTFOLIO and _portfolio(rd, org, off):
                return  # "Commissar of Labour": a portfolio, not the Labour Group
            yield from _role(rd, holder, off, prep)
        elif prep.lower_ == "of" and holder.pos_ == "PROPN" and holder.i < org.i:
            # "Captain Henry Blackwood of the Euryalus", "Colonel Wright of the Royal Engineers": a rank
            # before the name, and the body after it, is a post held in that body
            rank = next((c for c in holder.children if c.dep_ == "compound" and c.i < holder.i
                         and c.lower_ in RANKS), None)
            person = rd.entity(holder, off, ("person",))
            if rank is not None and person is not None and not negated(holder.head):
                yield person, rank.lower_, "held", rank
            elif person is not None and person.end <= off + prep.idx and not negated(holder.head) and \
                    not any(c.dep_ == "det" or c.dep_ == "compound" and c.lower_ in HONORIFICS
                            for c in holder.children) and \
                    re.fullmatch(r"\s*,?\s*", rd.ctx.text[person.end:off + prep.idx]) and \
                    rd.entity(org, off, ("organization",)) is not None:
                # "Mr. Y, of the Gazette", "Y of the great Committee": a named person's "of" the body he is in (not
                # "the first Librarian of X", a title, nor "Prince Y of X", a house or a land)
                yield person, "member", "held", prep
        elif holder.pos_ == "VERB" and prep.lower_ in ("in", "on", "aboard", "into", "to") and \
                any(o.lemma_.lower() == "flag" and children(o, "poss") for o in children(holder, "dobj")):
            # "hoisted his flag in the Temeraire" (granted), "In the Temeraire, Collingwood flew his flag" (held)
            if not (negated(holder) or hypothetical(holder) or _reported(holder)):
                status = "granted" if holder.lemma_.lower() in ("hoist", "shift", "transfer", "move", "raise") \
                    else "held"
                for p in unique([p for t in subjects(holder) for p in _persons(rd, t, off)]):
                    yield p, "flag officer", status, holder
        elif holder.pos_ in ("VERB", "AUX"):
            got = list(_verb(rd, holder, off, prep.lower_))
            yield from got
            if got and _lemma(holder) in ("sit", "serve") and prep.lower_ in ("on", "in"):
                # "Lenin, who sat on the presidium with Plekhanov and Martov": they sat on it too
                role, status = got[0][1], got[0][2]
                for w in [c for t in (org, holder) for c in children(t, "prep") if c.lower_ == "with"]:
                    for p in unique([p for o in children(w, "pobj") for p in _persons(rd, o, off)]):
                        yield p, role, status, holder
        elif holder.lemma_.lower() == "capacity" and holder.dep_ == "pobj" and holder.head.head.pos_ == "VERB":
            yield from _verb(rd, holder.head.head, off, prep.lower_)  # "admit him in a consultative capacity to X"
        elif holder.lemma_.lower() in APPLY and holder.head.pos_ == "VERB":
            yield from _application(rd, holder, off)
    elif dep in ("dobj", "nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        yield from _verb(rd, head, off, dep)
    elif dep == "poss" and head.lemma_.lower() in ROLES:
        yield from _role(rd, head, off, None)
    elif dep in ("compound", "amod", "nmod") and head.pos_ in ("PROPN", "NOUN"):
        if head.lemma_.lower() in PERSON_ROLE:  # "the Bolshevik leader X"
            if first is org and not children(org, "conj"):  # "the Menshevik and SR leaders, A, B": whose?
                yield from _role(rd, head, off, None)
        else:
            yield from _label_before(rd, org, head, off)
            yield from _party_noun(rd, org, head, off)
    elif dep == "appos" and head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in OFFICE_WORDS | {"head", "chief"} \
            and rd.ref(head, off) is None:
        yield from _role(rd, head, off, None)  # "declared himself Chairman of a new government, the Council"
    elif dep == "appos" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.pos_ == "NOUN" and \
            head.head.head.lemma_.lower() in ROLES and head.head.head.pos_ in ("NOUN", "PROPN"):
        yield from _role(rd, head.head.head, off, head.head)  # "editor of the party newspaper, _Pravda_"
    elif dep == "appos" and head.pos_ == "NOUN" and rd.ref(head, off) is None and head.i < org.i and \
            head.lemma_.lower() not in ROLES | KIN_NOUNS and head.dep_ in ("dobj", "pobj", "nsubjpass") and \
            APPOS_GAP.search(org.doc[head.i:org.i].text) and not _titled_work(rd.ctx.text, off + org.idx,
                                                                             off + org.idx + len(org.text)):
        # "took over a small liberal daily, Russkaya Gazeta", "who edited its journal, Chernyi peredel", "joined a
        # small group, the X": the common noun the name is in apposition to stands for the body in its clause
        yield from _readings(rd, s, head)
    elif dep == "appos" or (dep == "attr" and head.lemma_ == "be"):
        holders = [head] if dep == "appos" else subjects(head)
        if dep == "appos" and not APPOS_GAP.search(org.doc[min(head.i, org.i):max(head.i, org.i)].text):
            return  # "Peter's _Tabel o Rangov": no comma or dash, no apposition
        if dep == "appos" and org.tag_ in ("NNS", "NNPS") and any(c.lower_ == "the" for c in org.children) \
                and head.pos_ == "PROPN":
            return  # "led by A and B, the Mensheviki Internationalists under C": the next item of a list
        if any(c.lower_ == "no" for c in org.children) or dep == "attr" and (negated(head) or _reported(head)):
            return  # "he was no Bolshevik", "he claimed to be a loyal Leninist"
        if _titled_work(rd.ctx.text, off + org.idx, off + org.idx + len(org.text)):
            return  # "his prison writings, _Philosophical Arabesques_": a title, not a body joined
        for h in holders:
            if h.pos_ == "NOUN" and rd.ref(h, off) is None and h.lemma_.lower() not in PERSON_NOUNS:
                continue  # "Plekhanov's paper, _Yedinstvo_": the paper is his, he is not its member
            for p in _persons(rd, h, off):
                yield p, "member", "held", org


TIME_NOUNS = {"night", "day", "morning", "evening", "afternoon", "week", "month", "year", "spring", "summer",
              "autumn", "winter", "time"}


def _doers(verb: Token) -> list[Token]:
    """The verb's subjects, less a time phrase the parser made one ("and that night led the remnant of X":
    "night" is no subject; the first conjunct's subject leads)."""
    subj = subjects(verb)
    if subj and all(t.lemma_.lower() in TIME_NOUNS and any(c.dep_ == "det" for c in t.children) for t in subj) \
            and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return subjects(verb.head)
    if subj and all(t.lower_ in ("who", "that") for t in subj) and verb.dep_ == "conj":
        v = verb  # "Y, who had been in the region and who had been co-opted to X": the relative's host
        while v.dep_ == "conj" and v.head.i != v.i:
            v = v.head
        if v.dep_ == "relcl" and v.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return [v.head]
    return subj


SESSIONS = {"session", "sitting", "meeting"}
STANDING_KINDS = {"council", "government"}


def _standing_body(rd: Reader, org: Token, off: int) -> bool:
    """A council, cabinet or committee that sits in sessions of its members (not a party, congress or paper)."""
    r = rd.ref(org, off)
    if r is None:
        return False
    words = rd.names.get(r.id, "").lower().split(" of ")[0].split()
    return bool(words) and (words[-1] in BODIES or rd.kinds.get(r.id) in STANDING_KINDS and words[-1] not in
                            ("congress", "conference", "convention", "assembly"))


def _at_session(rd: Reader, verb: Token, off: int, session: Token):
    """ "Lenin, who was at a session of the Council of People's Commissars", "he told her at the next meeting of
    the Council": the subject sat in it (held, member); a session of a standing body, not a congress."""
    if verb.pos_ not in ("VERB", "AUX") or negated(verb) or hypothetical(verb) or _reported(verb):
        return
    for p in unique([p for t in subjects(verb) for p in _persons(rd, t, off)]):
        yield p, "member", "held", session


TRANSFORM = {"turn", "transform", "convert", "reorganize", "reorganise", "remake", "reshape"}
WRITTEN_SHARE = {"most", "much", "part", "all", "half", "nearly", "almost"}  # "was writing most of X"
HELP = {"help", "begin", "start", "continue"}  # "which he helped to found"
PARTITIVE = {"remnant", "remnants", "remains", "rest", "bulk", "half", "body", "mass", "main",
             "wing", "business", "affairs"}  # "led the moderate wing of X", "managed the business of X"


def _at_head(rd: Reader, at: Token, off: int):
    """ "Y, at the head of X" / "Y marched at the head of X": Y heads X; "sent Y at the head of X": granted."""
    h = at.head
    if h.pos_ == "PROPN":
        for p in unique(_persons(rd, h, off)):
            yield p, "head", "held", at
    elif h.pos_ in ("VERB", "AUX") and not (negated(h) or hypothetical(h) or _reported(h)):
        sent = h.lemma_.lower() in SEND | {"put", "place", "set"} and children(h, "dobj")
        who = children(h, "dobj") if sent else subjects(h)
        for p in unique([p for t in who for p in _persons(rd, t, off)]):
            yield p, "head", "granted" if sent else "held", at


def _titled_work(text: str, start: int, end: int) -> bool:
    """The name is set off as a title: in _italics_ or in quotation marks."""
    before, after = text[max(0, start - 1):start], text[end:end + 1]
    return before == "_" or after == "_" or before in "\"“" and after in "\"”" and before != ""


FIELDS = {"state", "war", "justice", "marine", "finance", "labour", "labor", "interior", "agriculture", "education",
          "health", "commerce", "trade", "industry", "supplies", "transport", "colonies", "instruction", "posts",
          "telegraphs", "railways", "communications", "food", "welfare", "nationalities", "enlightenment", "supply"}
PORTFOLIO = {"minister", "commissar", "secretary", "undersecretary"}


def _portfolio(rd: Reader, org: Token, off: int) -> bool:
    """A one-word field after a minister's title ("Commissar of Labour", "Minister of War") matched to a
    longer organization's name whose last word it is not ("the Labour Group"): the field, not that body."""
    r = rd.ref(org, off) or rd.org_word(org, off)
    if r is None or r.end - r.start > len(org.text) + 1 or not org.is_title:
        return False
    if org.lower_ in FIELDS or org.dep_ == "conj" and org.head.lower_ in FIELDS:
        return True  # "Secretary of State", "Minister of War", "Minister of Posts and Telegraphs"
    words = rd.names.get(r.id, "").split()
    return len(words) > 1 and words[-1].lower() != org.lower_


HONORIFICS = {"lord", "lady", "sir", "dame", "king", "queen", "prince", "princess", "duke", "duchess", "count",
              "countess", "baron", "baroness", "earl", "marquis", "marquess", "viscount"}


def _label_before(rd: Reader, org: Token, head: Token, off: int):
    """ "the Cadet X", "Menshevik Dan": the label stands right before the person's name (a space apart)."""
    p = rd.ref(head, off)
    if p is None or p.kind != "person" or org.i > head.i or org.lower_ in ORG_HEADS or org.lower_ in HONORIFICS:
        return  # "At the thirteenth Congress Kamenev…": a body's common noun is no party label; "Lord Y" is
        # a peer's style, not a seat in "the Lords" (courtesy, Scottish and Irish titles sit in no house)
    gap = rd.ctx.text[off + org.idx + len(org.text):p.start]
    if p.start > off + org.idx and (gap == "" or gap.isspace() and "\n\n" not in gap) or \
            p.start <= off + org.idx and org.i + 1 < len(org.doc) and org.nbor(1).text[0].isupper():
        yield p, "member", "held", org


def _party_noun(rd: Reader, org: Token, head: Token, off: int):
    """ "a young Bolshevik worker, Ivan Akulov", "the Menshevik chronicler Nikolai Sukhanov": a party's word on
    a common noun for a person, the person named beside it (in apposition, or the name the noun modifies)."""
    if head.pos_ != "NOUN" or rd.ref(head, off) is not None or head.lemma_.lower() in ORG_HEADS or \
            head.lemma_.lower() in PERSON_ROLE or org.i > head.i or children(org, "conj"):
        return  # a role noun is read as a role ("the Bolshevik leader X"); "the Menshevik and SR workers": whose?
    ref = rd.entity(org, off, ("organization",)) or rd.org_word(org, off) or _the_party(rd, org, off)
    kind, name = (rd.kinds.get(ref.id), rd.names.get(ref.id, "")) if ref is not None else (None, "")
    if kind != "party" and not (org.text != name and party_stem(org.text) == party_stem(name) != name.lower()) or \
            party_stem(org.text) in NATIONALITIES | PEOPLES:
        return  # a party, or one member's word for a body named in the plural ("Bolshevik" ~ "Bolsheviks");
        # not a people ("the Roman orator Cicero")
    names = [c for c in children(head, "appos") if c.pos_ == "PROPN" and c.i > head.i
             and (APPOS_GAP.search(head.doc[head.i:c.i].text) or c.left_edge.i == head.i + 1)]
    if head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
        names.append(head.head)  # "the Menshevik chronicler Nikolai Sukhanov"
    if head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.i < head.i and \
            APPOS_GAP.search(head.doc[head.head.i:head.i].text):
        names.append(head.head)  # "Olga Ravich, the party worker"
    # a name the record holds as a person's mention, not a capitalised word guessed to be one ("Peter's _Cadet o
    # Rangov_": a title)
    for p in unique([p for t in names for p in [rd.ref(t, off)] if p is not None and p.kind == "person"]):
        yield p, "member", "held", org


def _own(rd: Reader, tok: Token, off: int):
    """The persons a role noun names, less the conjuncts that carry a noun of their own: "the NKVD agent
    A and Mexican painter B" (B is a painter, not an agent)."""
    other = {r.id for t in conjuncts(tok) if t.i != tok.i and any(
        c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "NOUN" or c.dep_ == "appos" for c in t.children)
        for r in [rd.entity(t, off, ("person",))] if r is not None}
    return [r for r in _persons(rd, tok, off) if r.id not in other]


def _role(rd: Reader, role: Token, off: int, prep: Token | None):
    """A role noun ("chairman of X"): who holds it, and how (granted when elected or made)."""
    name = role.lemma_.lower()
    name = "member" if name == "one" else name
    status = "held"
    holders: list = []
    for c in role.children:  # "Chairman Smith", "X's leader, Smith", "the X leaders, A, B and C"
        if c.dep_ in ("appos", "compound", "flat") and c.pos_ == "PROPN":
            holders += _own(rd, c, off)
        elif c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > role.i:  # "its chairman, the lawyer Georgy Nosar"
            holders += [p for d in c.children if d.dep_ in ("appos", "compound", "flat") and d.pos_ == "PROPN"
                        and d.i > c.i for p in _own(rd, d, off)]
        elif c.dep_ == "conj" and c.pos_ == "PROPN" and role.tag_ == "NNS" and c.i > role.i \
                and role.doc[role.i + 1].text == ",":
            holders += _persons(rd, c, off)
    trigger = role
    if role.dep_ == "pobj" and role.head.lower_ == "of" and role.head.head.lower_ == "one" and role.tag_ == "NNS":
        role = role.head.head  # "was elected one of the five full members of the Politburo": read "one"
    while role.dep_ == "conj" and role.head.pos_ in ("NOUN", "PROPN", "NUM") and \
            role.head.lemma_.lower() in ROLES and role.head.dep_ != "appos":
        role = role.head  # "became a member of X and a candidate member of Y": read the first role's clause
    if role.dep_ in ("attr", "oprd") and role.head.lemma_.lower() in REPLACE or \
            role.dep_ == "pobj" and role.head.lower_ == "as" and role.head.head.lemma_.lower() in REPLACE:
        yield from _replaced(rd, role.head if role.dep_ != "pobj" else role.head.head, off, name, trigger)
        return
    if role.dep_ == "appos" or (role.dep_ == "conj" and role.head.dep_ == "appos" and role.head.pos_ == "NOUN"):
        h = role.head if role.dep_ == "appos" else role.head.head
        holders += _own(rd, h, off)  # "Denikin, head of X, and Krasnov, Ataman of Y": not Krasnov
        x = h
        while role.tag_ == "NNS" and x.dep_ == "conj" and x.head.pos_ == "PROPN" and \
                not any(c.dep_ == "appos" for c in x.head.children):
            x = x.head  # "Podvoisky and Nevsky, its leaders": the plural is said of the whole list
            holders += [p for p in [rd.entity(x, off, ("person",))] if p is not None]
    elif role.dep_ in ("attr", "oprd", "acomp") or (role.dep_ == "pobj" and role.head.lower_ == "as"):
        verb = role.head if role.dep_ != "pobj" else role.head.head
        lemma = verb.lemma_.lower()
        if lemma in GRANT or lemma == "become":
            status = "granted"
        elif lemma == "leave" and role.dep_ == "pobj" and not children(verb, "dobj"):
            status = "held"  # "he left as Pravda's Vienna correspondent": went away in that capacity, kept it
        elif lemma in REMOVE or lemma == "strip":  # "was deposed as president of X"
            status = "removed"
        if negated(verb) or hypothetical(verb):
            return
        if lemma in SEND and role.lemma_.lower() in SENT_AS:
            status = "granted"  # "X sent her as a delegate to the Congress"
        if (lemma in OBJECT_IS_MEMBER or lemma in TAKE_ON or lemma in SEND) and children(verb, "dobj", "dative") \
                and role.dep_ != "attr":
            # "elected him a candidate member of X" ("him" parsed as the dative)
            holders += [p for o in children(verb, "dobj", "dative") for p in _persons(rd, o, off)]
        elif not _names_another(verb):
            holders += [p for sub in subjects(verb) for p in _persons(rd, sub, off)]
    elif role.dep_ == "nsubj" and role.head.lemma_ == "be":  # "Its chairman was (a young clerk,) Y"
        if negated(role.head) or hypothetical(role.head):
            return
        holders += [p for a in children(role.head, "attr") for p in _named_attr(rd, a, off)]
    elif role.dep_ in ("ccomp", "xcomp") and children(role, "nsubj"):  # "declared himself Chairman of X"
        verb = role.head
        if negated(verb) or hypothetical(verb) or _reported(role):
            return
        if verb.lemma_.lower() in GRANT:
            status = "granted"
        for sub in children(role, "nsubj"):
            if sub.lower_ in ("himself", "herself"):
                holders += [p for v in subjects(verb) for p in _persons(rd, v, off)]
            else:
                holders += _persons(rd, sub, off)
    if name in SHARED_ROLES and holders and status == "held":
        holders += [p for c in children(trigger, "poss") for p in _persons(rd, c, off)]
    for p in unique(holders):
        yield p, name, status, trigger


def _names_another(verb: Token) -> bool:
    """An active verb of naming or electing ("he named Y acting secretary", its object misparsed away): its subject
    names someone else to the post and does not hold it; "he was named secretary", "he made a good secretary" do."""
    return _lemma(verb) in OBJECT_IS_MEMBER and _lemma(verb) not in ("make",) and \
        not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and bool(children(verb, "nsubj"))


def _named_attr(rd: Reader, attr: Token, off: int) -> list:
    """The person a copula's complement names: "was Y", or "was a young clerk, Y" (the name in apposition)."""
    if attr.pos_ == "PROPN":
        return _persons(rd, attr, off)
    return [p for c in children(attr, "appos") if c.pos_ == "PROPN" for p in _persons(rd, c, off)]


REPLACE = {"replace", "succeed", "supersede"}  # "Z succeeded X as chairman of Y": Z granted, X removed


def _replaced(rd: Reader, verb: Token, off: int, name: str, role: Token):
    """ "Z replaced X as premier of Y" / "X was replaced as a member of Y by Z": Z granted, X removed."""
    if negated(verb) or hypothetical(verb):
        return
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    subj = [p for sub in subjects(verb) for p in _persons(rd, sub, off)]
    other = [p for a in children(verb, "agent") for o in children(a, "pobj") for p in _persons(rd, o, off)] \
        if passive else [p for o in children(verb, "dobj") for p in _persons(rd, o, off)]
    new, old = (other, subj) if passive else (subj, other)
    for p in unique(new):
        yield p, name, "granted", role
    for p in unique(old):
        yield p, name, "removed", role


def _post_in_other_body(rd: Reader, verb: Token, off: int) -> bool:
    """The verb gives a role "of" a body after it ("elected him chairman of its Executive Committee", "reinstated
    him as chairman of the Cheka"): the subject body only appoints, the post is in the other one."""
    for t in verb.subtree:
        if t.i <= verb.i or t.lemma_.lower() not in ROLES or t.pos_ not in ("NOUN", "PROPN"):
            continue
        for q in children(t, "prep"):
            if q.lower_ == "of" and any(rd.entity(o, off, ("organization",)) for o in children(q, "pobj")):
                return True
    return False


def _verb(rd: Reader, verb: Token, off: int, how: str):
    """An organization attached to a verb: as object, subject or prepositional object."""
    lemma = _lemma(verb)
    particles = {c.lower_ for c in children(verb, "prt")}
    base = verb.head if lemma == "co-opt" and verb.head.lower_ == "co" else verb  # "co" took the auxiliaries
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in base.children)
    refused = negated(verb) and lemma in REFUSABLE and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if hypothetical(verb) or (negated(verb) and not refused) or _reported(verb):
        return
    mover = _proposed(verb)
    if mover is not None and lemma in GRANT:
        # "X proposed that she be co-opted to Y": a proposal, no membership; one that came to nothing
        # ("Z objected, and the proposal was dropped") is refused for the one proposed
        if _came_to_nothing(mover) and how not in ("dobj", "nsubj", "nsubjpass"):
            for p in unique([p for t in _clause_subjects(verb) for p in _persons(rd, t, off)]):
                yield p, _capacity(verb), "refused", verb
        return
    if how == "dobj" and lemma == "leave" and any(c.dep_ == "prep" and c.lower_ == "by" and any(
            o.pos_ == "NOUN" and rd.ref(o, off) is None for o in children(c, "pobj")) for c in verb.children):
        return  # "he left Charing Cross by the night mail": a station or a town left by coach or train
    if how == "nsubj" and lemma in DECIDE:  # "the committee resolved to admit him"
        for x in children(verb, "xcomp"):
            if _lemma(x) in OBJECT_IS_MEMBER:
                yield from _verb(rd, x, off, "nsubj")
        return
    if how == "nsubj" and lemma in OBJECT_IS_MEMBER:  # "the Society admitted him"
        if any(w in ("to", "onto", "into", "from", "off", "out of") and rd.entity(o, off, ("organization",))
               for w, o in preps(verb)):
            return  # "the Congress elected him to the Committee", "X removed him from the Y": he joins / leaves Y
        if any(w in ("from", "out of") and rd.entity(o, off, ("place",)) for w, o in preps(verb)):
            return  # "the French authorities expelled him from Indochina": put out of a country, not of X
        if _post_in_other_body(rd, verb, off):
            return  # "the Congress elected him chairman of its Executive", "X reinstated him as chairman of Y"
        members = [p for o in children(verb, "dobj") if not _asked_for_other(rd, o, off)
                   and o.lemma_.lower() not in LEAVING for p in _persons(rd, o, off)]
        status = "removed" if lemma in REMOVE else "refused" if lemma in REFUSE or refused else "granted"
        if lemma in ACCEPT and not refused:  # "X accepted his resignation": he leaves X
            for p in unique([p for o in children(verb, "dobj") if o.lemma_.lower() in LEAVING
                             for p in _persons(rd, o, off)]):
                yield p, _capacity(verb), "removed", verb
        if lemma in REFUSE:  # "X refused to admit him"
            members += [p for x in children(verb, "xcomp") if _lemma(x) in OBJECT_IS_MEMBER  # not "refused to hear him"
                        for o in children(x, "dobj") for p in _persons(rd, o, off)]
        for p in unique(members):
            yield p, _capacity(verb), status, verb
        return
    if how == "nsubj" or how == "nsubjpass":
        return
    if how == "dobj" and lemma in REMOVE and lemma in OBJECT_IS_MEMBER:
        return  # "ordered him to exclude the Cadets": the Cadets are put out, he leaves nothing
    if how == "by" and any(w in ("from", "off", "out of") and rd.entity(o, off, ("organization",)) for w, o in preps(verb)):
        return  # "were removed from the Military Organization by the Central Committee": the agent removes
    recalled = lemma == "recall" and passive and how == "from"  # "was recalled from the Channel Fleet"
    if lemma in REMOVE or "off" in particles or "out" in particles or how in ("from", "off", "out of"):
        if how not in LEFT and not particles & {"off", "out"} and not (how == "by" and lemma in OBJECT_IS_MEMBER):
            return  # "driven from Transbaikalia by the Red Army", "forced south by X": X is who drives
        if lemma in REMOVE or recalled or (how in ("off", "out of") and lemma in PUSH_OFF):
            status = "removed"
        else:
            return
    elif lemma in GRANT and (how == "dobj" and lemma in ("join", "enter") or how in ("to", "into", "onto", "as", "in", "on")):
        status = "refused" if refused else "granted"
    elif lemma == "take" and "over" in particles and how == "dobj":
        status = "granted"  # "Stalin, Kamenev and Muranov had taken over the editorial board of Pravda"
    elif lemma in SEND and how == "to" and _capacity(verb) in SENT_AS:  # "was sent as a delegate to X"
        who = subjects(base) if passive else children(verb, "dobj")
        for p in unique([p for t in who for p in _persons(rd, t, off)]):
            yield p, _capacity(verb), "granted", verb
        return
    elif lemma == "found" and how == "dobj":
        status = "granted"  # "they founded X", "X, which A and B had helped to found": its founders come into it
    elif lemma in HOLD and (how == "dobj" or how in ("on", "in", "with", "for", "to")):
        status = "held"
    elif lemma in HOLD_OBJECT and how == "dobj" or lemma == "preside" and how == "over":
        status = "held"  # "Y, who ran the bureau", "Y presided over the Committee"
    elif (lemma, how) in CONTRIBUTE and not children(verb, "dobj", "dative") and verb.dep_ not in ("relcl", "acl"):
        # "she wrote almost daily for X", "began writing for X", "contributed to X": a paper's contributor
        # (not "wrote a letter for X" nor "the memoir he wrote for X": a piece written, not a post)
        status = "held"
    elif lemma == "write" and how == "dobj" and not passive and not children(verb, "dative") and \
            verb.dep_ not in ("relcl", "acl") and any(o.lower_ in WRITTEN_SHARE for o in children(verb, "dobj")):
        status = "held"  # "she was writing most of X" (a paper's share written): its writer; not "wrote a novel, X"
    elif lemma == "work" and how in ("for", "on") and not passive and children(verb, "nsubj"):
        status = "held"  # "worked for the Military Organisation", "had worked with her on the paper"
    elif lemma == "be" and how == "on" and not passive:
        status = "held"  # "he was on the editorial board of Iskra", "she was on the Central Committee"
    elif (lemma in PROPOSE or lemma == "put" and "forward" in particles) and how in ("for", "to", "as") \
            and _came_to_nothing(verb):
        # "When Lenin proposed Bukharin for the editorial board of X, Y objected …, and the proposal lapsed"
        for p in unique([p for o in children(verb, "dobj") for p in _persons(rd, o, off)]):
            yield p, _capacity(verb), "refused", verb
        return
    else:
        return
    role = (HOLD_ROLE.get(lemma) or _capacity(verb) or ("contributor" if (lemma, how) in CONTRIBUTE else None)
            or ("writer" if lemma == "write" else None)) \
        if status == "held" or lemma == "found" else _capacity(verb)  # "served X as chaplain"
    if not passive and base.dep_ == "xcomp" and children(base.head, "dobj"):
        # "persuaded him to leave the Bund": the object goes; "invited him to join": no one yet
        if base.head.lemma_.lower() not in CONTROL:
            return
        members = [p for o in children(base.head, "dobj") for p in _persons(rd, o, off)]
    elif status == "removed" and not passive and lemma in PUSH_OFF and how in ("off", "out of") and \
            children(verb, "dobj"):
        # "pushing the young X off its editorial board": the one pushed goes, not the one pushing
        members = [p for o in children(verb, "dobj") for p in _persons(rd, o, off)]
    elif passive or (lemma in OBJECT_IS_MEMBER and not _objects(rd, verb, off)):
        members = [p for sub in _doers(base) for p in _persons(rd, sub, off)]
        members += _with_list(rd, verb, off) if members else []
    elif lemma in OBJECT_IS_MEMBER and _objects(rd, verb, off) and how != "dobj":
        # "elected Zinoviev, Ordzhonikidze and Malinovsky to X" (the first name parsed as a predicate)
        members = [p for o in [*_objects(rd, verb, off), *_listed_on(rd, verb, off)] for p in _persons(rd, o, off)]
    else:
        members = [p for sub in _doers(base) for p in _persons(rd, sub, off)]
        if not members and lemma == "found" and not passive:
            members = [p for sub in _doers(base) for p in _they_founders(rd, sub, off)]
        members += _with_list(rd, verb, off) if members and status in ("granted", "held") else []
    for p in unique(members):
        yield p, role, status, verb


def _they_founders(rd: Reader, sub: Token, off: int) -> list:
    """Who "they" (or "the two friends") that founded a body are: the last pair of persons named ("A and
    B"), else the persons named in the sentence before together with the text's main person ("Y landed at
    Z. In August they founded X": Y and the one the life is about); nothing unless that makes two or more."""
    plural = sub.lower_ == "they" or sub.tag_ == "NNS" and rd.ref(sub, off) is None and \
        any(c.dep_ == "nummod" for c in sub.children) and any(c.dep_ == "det" and c.lower_ == "the" for c in sub.children)
    if not plural:
        return []
    pos = off + sub.idx
    pair = [r for r in rd.collective(pos) if r.kind == "person"]
    if len(pair) > 1:
        return pair
    sent = sub.sent
    if sent.start == 0:
        return []
    prev = sub.doc[sent.start - 1].sent
    named = [r for r in rd.refs_in(off + prev.start_char, off + sent.start_char) if r.kind == "person"]
    main = rd.main_person()
    mains = [r for r in rd.refs_in(0, pos) if r.kind == "person" and r.id == main][-1:]
    got = unique(named + mains)
    return got if named and len({r.id for r in got}) > 1 else []


CONTRIBUTE = {("write", "for"), ("contribute", "to"), ("contribute", "for")}
PROPOSE = {"propose", "nominate", "recommend"}  # a proposal is no membership; one that came to nothing is refused
FAILED = {"lapse", "fail", "founder", "collapse", "object", "veto", "block", "oppose", "reject", "refuse",
          "decline", "overrule", "drop", "abandon", "shelve"}


MOVE = {"propose", "suggest", "recommend", "urge", "move", "want", "wish", "hope", "plan", "intend", "demand",
        "insist"}  # "proposed that she be co-opted": the clause under these is a wish, not a fact


def _proposed(verb: Token) -> Token | None:
    """The proposing verb a membership verb's clause hangs on ("Y proposed that she be co-opted to X")."""
    v = verb
    for _ in range(2):
        if v.dep_ not in ("ccomp", "xcomp") or v.head.i == v.i:
            return None
        if v.head.lemma_.lower() in MOVE:
            return v.head
        v = v.head
    return None


def _clause_subjects(verb: Token) -> list[Token]:
    """The subject of a membership verb's clause, wherever the parser hung it ("that she be co-opted":
    "she" on the auxiliary, or on the "co" split off "co-opted")."""
    doc = verb.doc
    heads = [verb, *([doc[verb.i - 2]] if _lemma(verb) == "co-opt" and verb.i >= 2 else [])]
    heads += [a for h in list(heads) for a in h.children if a.dep_ in ("aux", "auxpass")]
    return [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PRON", "PROPN")]


def _came_to_nothing(verb: Token) -> bool:
    """The sentence of a proposal says it failed: "… objected, and the proposal lapsed", "was vetoed"."""
    return any(t.i != verb.i and t.pos_ == "VERB" and t.lemma_.lower() in FAILED and not negated(t)
               and not hypothetical(t) for t in verb.sent)


def _with_list(rd: Reader, verb: Token, off: int) -> list:
    """Named persons sharing the post: "was appointed to the board together with A, B and C", "sat on the
    presidium with A and B" ("with" on the verb or on the body it takes)."""
    heads = [verb] + [o for w, o in preps(verb) if w != "with"]
    got = []
    for c in children(verb, "prep"):
        if c.lower_ == "like" and c.i < verb.i:  # "who, like Stalin, had been co-opted to X": Stalin too
            got += [p for o in children(c, "pobj") for t in conjuncts(o) if t.pos_ == "PROPN"
                    for p in [rd.entity(t, off, ("person",))] if p is not None]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not children(verb, "nsubj", "nsubjpass"):
        # "had come back in March and, with Stalin, had taken over X": "with" hung on the first conjunct,
        # between it and this verb
        heads += [c for c in children(verb.head, "prep") if c.lower_ == "with" and verb.head.i < c.i < verb.i]
    for h in heads:
        for c in [h] if h.lower_ == "with" and h.dep_ == "prep" else children(h, "prep"):
            if c.lower_ != "with":
                continue
            for o in children(c, "pobj"):
                got += [p for t in conjuncts(o) if t.pos_ == "PROPN"
                        for p in [rd.entity(t, off, ("person",))] if p is not None]
    return got


def _listed_on(rd: Reader, verb: Token, off: int) -> list[Token]:
    """Names after the object the parser hung on the verb: "appointed him, A and B to X" with "A" an
    npadvmod/appos of "appointed" right after "him,"."""
    objs = children(verb, "dobj")
    if not objs:
        return []
    last = max(o.i for o in objs)
    return [t for c in verb.children if c.dep_ in ("npadvmod", "appos", "dep") and c.pos_ == "PROPN"
            and c.i == last + 2 and c.nbor(-1).lower_ == "," and rd.entity(c, off, ("person",)) is not None
            for t in conjuncts(c)]


def _objects(rd: Reader, verb: Token, off: int) -> list[Token]:
    """The verb's objects; a person's name the parser made a predicate or a dative ("The Prague Conference
    elected Zinoviev, Ordzhonikidze and Malinovsky to the Central Committee": "Zinoviev" an oprd) counts."""
    return children(verb, "dobj") or [o for o in children(verb, "oprd", "dative") if o.pos_ in ("PROPN", "PRON")
                                      and rd.entity(o, off, ("person",)) is not None]


# "Lenin took him on as a secretary of X", "hired him as editor of X": the object holds the role
TAKE_ON = {"take", "hire", "employ", "engage", "retain", "keep", "sign"}
# verbs whose object does what the infinitive after it says ("persuaded / forced him to leave X")
CONTROL = {"persuade", "force", "compel", "convince", "induce", "oblige", "drive", "pressure", "pressurize",
           "get", "lead", "cause"}
SEND = {"send", "dispatch", "delegate", "depute", "second", "mandate"}
SENT_AS = {"delegate", "representative", "deputy", "envoy", "member"}  # "sent as a delegate to X": a seat in X


def _capacity(verb: Token) -> str | None:
    """The role a verb grants: "admitted him as a candidate", "in a consultative capacity"."""
    for w, obj in preps(verb):
        if w == "as" and obj.pos_ == "NOUN":
            return obj.lemma_.lower()
        if w == "in" and obj.lemma_.lower() == "capacity":
            return " ".join(t.lower_ for t in obj.lefts if t.dep_ in ("amod", "compound")) + " capacity"
    return None


RELATIVES = {"which", "that", "whom"}
# persons described by a seat on a body: "the only woman on the Executive Committee", "a Bolshevik on the board"
ON_NOUNS = {"man", "woman", "worker", "peasant", "soldier", "bolshevik", "menshevik", "representative", "one"}
IN_NOUNS = {"ally", "comrade", "colleague", "comrade-in-arms", "friend"}  # "her ally in the Workers' Opposition"
