"""Memberships: readers of seats, commands and votes -- 'a seat on X', 'second in command of X',
'a consultative voice in X', co-opted, elected for, refused applications and declined nominations.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..context import EntityRef
from .clauses import Reader, Sentence, children, conjuncts, hypothetical, negated, preps, subjects, unique
from .membership_base import APPLY, BODIES, GRANT, OBJECT_IS_MEMBER, REFUSE, REMOVE, SEATS, SEAT_ROLE, _asked_for_other, \
    _lemma, _nor, _persons, _reported, _token_at
from .membership_bodies import _aside, _body_before, _body_it, _short_form, _the_body

APPLY_REACH = 250


PLACE_OF = {"place", "stead"}


def _in_place(rd: Reader, s: Sentence, found: dict):
    """ "Four days later he was removed from the chair of the VTsIK, and Sverdlov was elected in his place": the
    one elected, appointed or co-opted in someone's place takes the seat that person left or refused in this
    sentence or the one before."""
    for v in s.sent:
        if _lemma(v) not in GRANT or v.pos_ != "VERB" or negated(v) or hypothetical(v):
            continue
        for w, o in preps(v):
            if w != "in" or o.lemma_.lower() not in PLACE_OF:
                continue
            old = [r for c in children(o, "poss") for r in [rd.entity(c, s.offset, ("person",))] if r]
            since = s.start
            if s.sent[0].i > 0:
                since = s.sent[0].nbor(-1).sent.start_char + s.offset
            people = [p for t in subjects(v) for p in _persons(rd, t, s.offset)] if \
                any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) else \
                [p for t in children(v, "dobj") for p in _persons(rd, t, s.offset)]
            new_ids = {p.id for p in people}
            seats = [m for m in found.values() if m.status in ("removed", "refused") and m.evidence.start >= since
                     and m.person not in new_ids]
            if old and old[0].id not in new_ids:  # "his" read as the new man himself: the one who went before
                seats = [m for m in seats if m.person == old[0].id]
            for m in seats[-1:]:
                for p in unique(people):
                    if p.id != m.person:
                        yield p, m.organization, m.role, v


NOMINATE = {"propose", "nominate", "suggest", "recommend", "put"}


def _declined_nomination(rd: Reader, s: Sentence):
    """ "A handful of deputies proposed Garibaldi for it, but he would not let his name go forward": a person
    proposed for a body who declines in the next conjunct (negated, or refusing) is refused; a proposal alone
    gives nothing."""
    for v in s.sent:
        if _lemma(v) not in NOMINATE or v.pos_ != "VERB" or negated(v):
            continue
        body = next((b for w, o in preps(v) if w == "for" for b in [
            rd.entity(o, s.offset, ("organization",)) or (_body_it(rd, s, o) if o.lower_ == "it" else None)] if b), None)
        people = [p for o in children(v, "dobj") for p in _persons(rd, o, s.offset)]
        if body is None or not people:
            continue
        for c in children(v, "conj"):
            if not (_nor(c) or _lemma(c) in ("decline", "refuse")):
                continue
            if {p.id for t in subjects(c) for p in _persons(rd, t, s.offset)} & {p.id for p in people}:
                for p in unique(people):
                    yield p, body.id, c


# bodies that seat members for constituencies: "elected for Macerata", "returned for Westminster"
LEGISLATURES = {"assembly", "parliament", "duma", "diet", "convention", "congress", "chamber", "senate", "house",
                "commons", "reichstag", "landtag", "cortes", "sejm", "rada", "states-general", "constituent"}
CONSTITUENCY_REACH = 1500


def _elected_for(rd: Reader, s: Sentence):
    """ "Giuseppe Garibaldi, elected for Macerata in the January elections": a person elected or returned
    for a place sits for it in the assembly, parliament or congress named last before (or in the sentence)."""
    for v in s.sent:
        if v.lemma_.lower() not in ("elect", "return") or v.tag_ not in ("VBN", "VBD") or negated(v) \
                or hypothetical(v):
            continue
        if not any(w == "for" and o.pos_ == "PROPN" and (rd.ref(o, s.offset) or EntityRef(0, 0, "", "")).kind == "place"
                   for w, o in preps(v)) or any(w in ("as", "to") for w, o in preps(v)):
            continue  # "elected to a third term as Consul for 46 BC": an office, no constituency
        if v.dep_ == "acl" and v.head.pos_ == "PROPN":
            who = [v.head]  # "Garibaldi, elected for Macerata, rode down…"
        elif any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
            who = subjects(v)
        else:
            continue
        people = unique([p for t in who for p in _persons(rd, t, s.offset)])
        legislative = lambda r: any(w.lower() in LEGISLATURES for w in rd.names.get(r.id, "").split())
        body = next((o for t in s.sent for o in [rd.entity(t, s.offset, ("organization",))]
                     if o and legislative(o)), None) or _body_before(rd, s.start, CONSTITUENCY_REACH, legislative)
        if body is not None:
            for p in people:
                yield p, body.id, v


def _member_for(rd: Reader, s: Sentence):
    """ "Y, the republican member for Berkshire", "Y was member for Z": a member for a place sits for it in the
    lower house when the record names one ("the Commons"), else in the assembly or parliament named in the
    sentence or last before it."""
    for m in s.sent:
        if m.lemma_.lower() not in ("member", "deputy") or m.pos_ != "NOUN":
            continue
        if not any(o.pos_ == "PROPN" and (rd.ref(o, s.offset) or EntityRef(0, 0, "", "")).kind
                   != "organization" for w in children(m, "prep") if w.lower_ == "for" and w.i + 1 < len(w.doc)
                   for o in [w.nbor(1)]):
            continue  # a constituency (the entity layer may have missed it as a place), not "member for the X"
        if m.dep_ == "appos" and m.head.pos_ == "PROPN":
            who = [m.head]
        elif m.dep_ == "attr" and not negated(m.head) and not hypothetical(m.head):
            who = subjects(m.head)
        else:
            continue
        people = unique([p for t in who for p in _persons(rd, t, s.offset)])
        legislative = lambda r: any(w.lower() in LEGISLATURES for w in rd.names.get(r.id, "").split())
        commons = {o.id for o in rd.ctx.organizations if "commons" in o.name.lower().split()}
        body = next(iter(commons)) if len(commons) == 1 else None
        if body is None:
            got = next((o for t in s.sent for o in [rd.entity(t, s.offset, ("organization",))]
                        if o and legislative(o)), None) or _body_before(rd, s.start, CONSTITUENCY_REACH, legislative)
            body = got.id if got is not None else None
        if body is not None:
            for p in people:
                yield p, body, m


CONGRESSES = {"congress", "conference", "convention", "synod", "diet"}


def _congress_delegate(rd: Reader, s: Sentence):
    """ "Y was back in time for the Seventh Party Congress, which met in March. She was one of the few delegates
    who voted against …": a delegate with no body of their own ("delegate to / of / from X") sat in the congress
    or conference named in the sentence or last before it in the paragraph."""
    for d in s.sent:
        if d.lemma_.lower() != "delegate" or d.pos_ != "NOUN":
            continue
        if any(c.dep_ == "prep" or c.dep_ in ("compound", "amod", "nmod", "poss") and c.pos_ in ("PROPN", "PRON")
               for c in d.children):
            continue  # "a delegate to X", "a Bolshevik delegate", "their delegates": said of a body
        role = d.head.head if d.dep_ == "pobj" and d.head.lower_ == "of" and d.head.head.lower_ == "one" else d
        if role.dep_ == "attr" and role.head.lemma_ == "be" and not negated(role.head) and not hypothetical(role.head):
            who = subjects(role.head)
        elif role.dep_ == "appos" and role.head.pos_ == "PROPN":
            who = [role.head]
        else:
            continue
        people = unique([p for t in who for p in _persons(rd, t, s.offset)])
        congress = lambda r: (re.sub(r"[’']s\b", "", rd.names.get(r.id, "")).split(" of ")[0].split() or [""])[-1] \
            .lower() in CONGRESSES
        body = next((o for t in s.sent for o in [rd.entity(t, s.offset, ("organization",))] if o and congress(o)),
                    None) or _body_before(rd, s.start, CONSTITUENCY_REACH, congress)
        if body is not None:
            for p in people:
                yield p, body.id, d


PASSIVE = {"was", "were", "been", "being", "be", "is", "are"}


def _co_opted(rd: Reader, s: Sentence):
    """ "the committee co-opted him (onto the bureau) (as a member)": the tokenizer splits "co-opted"
    and the parser loses the clause, so read it left to right: the organization named last before it
    co-opts the persons after it, onto the organization after "onto/to/into" when one is named."""
    toks = list(s.sent)
    off = s.offset
    for k, t in enumerate(toks[:-2]):
        if not (t.lower_ == "co" and toks[k + 1].text == "-" and toks[k + 2].lower_.startswith("opt")):
            continue
        if any(x.lower_ in PASSIVE for x in toks[max(0, k - 3):k]):
            continue  # passive: read from the organization's side
        orgs = [o for x in toks[:k] for o in [rd.entity(x, off, ("organization",)) or rd.org_word(x, off)] if o]
        members, target, role = [], None, None
        for j in range(k + 3, min(len(toks), k + 14)):
            x = toks[j]
            if x.lower_ in ("onto", "to", "into", "on") and target is None:
                target = next((o for y in toks[j + 1:j + 7] for o in [rd.entity(y, off, ("organization",))] if o), None)
            elif x.lower_ == "as" and j + 1 < len(toks):
                role = next((y.lemma_.lower() for y in toks[j + 1:j + 4] if y.pos_ == "NOUN"), None)
            elif x.is_punct and x.text not in ("-",):
                break
            elif target is None and role is None:
                p = rd.entity(x, off, ("person",))
                if p is not None:
                    members.append(p)
        org = target or (orgs[-1] if orgs else None)
        if org is not None:
            for p in unique(members):
                yield p, org.id, role, t


# a place of a given kind on a body: "was given only an advisory voice", "admitted with a consultative vote",
# "granted full voting rights", "in a consultative capacity"
VOICE = re.compile(r"\b(?P<kind>advisory|consultative|deliberative|full|voting|non-voting|decisive|deciding)\s+"
                   r"(?:(?:voting|voice|vote)\s+)?(?P<what>voice|vote|votes|capacity|member|membership|place|status|"
                   r"seat|rights|say)\b", re.I)
VOICE_VERBS = {"give", "grant", "allow", "accord", "offer", "admit", "accept", "seat", "allot", "award", "receive",
               "get", "obtain", "co-opt", "enrol", "enroll", "include", "confirm"}
FULL_VOICE = {"full", "voting", "deliberative", "decisive", "deciding"}
VOICE_REACH = 600  # how far back the deciding body may be named


def _voice(rd: Reader, s: Sentence):
    """ "The Bureau resolved to admit Muranov as a full member. Stalin … was given only an advisory voice":
    a person given a voice, a vote or a capacity of a kind on a body is granted a place on it ("refused him a
    deciding vote": refused); the body is the one named in the sentence, else the one named last before it
    in the paragraph (the body deciding)."""
    text = s.sent.text
    orgs = None
    for m in VOICE.finditer(text):
        kind = m.group("kind").lower()
        role = f"{'full' if kind in FULL_VOICE else kind} member"
        what = next((t for t in s.sent if t.idx >= s.sent.start_char + m.start("what")), None)
        verb = what
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb is None or verb.pos_ not in ("VERB", "AUX") or negated(verb):
            continue
        lemma = verb.lemma_.lower()
        if lemma not in VOICE_VERBS and lemma not in ("refuse", "deny"):
            continue
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        if lemma in ("receive", "get", "obtain") or passive:
            who = subjects(verb)
        else:  # "allowed him only a consultative voice", parsed with "him" the voice's subject
            who = children(verb, "dative", "iobj") or [o for o in children(verb, "dobj") if o.i != what.i] or \
                children(what, "nsubj")
        people = [p for t in who for c in conjuncts(t) for p in [rd.entity(c, s.offset, ("person",))] if p]
        if not people:
            continue
        if orgs is None:  # the sentence's bodies, else the one deciding before it: the same for every verb
            orgs = [o for t in s.sent for o in [rd.entity(t, s.offset, ("organization",))] if o and not _aside(rd, o)] \
                or [o for o in [_body_before(rd, s.start, VOICE_REACH)] if o]
        if orgs:
            for p in unique(people):
                yield p, orgs[-1].id, role, verb, "refused" if lemma in ("refuse", "deny") else "granted"


# a body named before an application is the one applied to only where its sentence speaks of applying or
# joining ("Sverdlov applied to join X. His application was turned down"), not a body named in passing ("…in
# the struggle against the Left Opposition. His application to be readmitted was rejected")
APPLIED = re.compile(r"\b(?:appl(?:y|ied|ying|ication)|join(?:ed|ing)?|petition(?:ed)?|admi(?:t|tted|ssion)|"
                     r"candida(?:te|cy|ture)|membership|re-?(?:join|admi\w*|instate\w*))\b", re.I)


def _sentence_text(rd: Reader, pos: int) -> str:
    got = _token_at(rd, pos)
    return got[0].sent.text if got else ""


def _refused_below(noun: Token) -> Token | None:
    """The parser sometimes leaves the application noun as the sentence's root and hangs the refusing verb
    under it ("Bukharin's application to rejoin the Politburo was rejected": "rejected" under "rejoin"): a
    passive refusing verb after the noun, in its subtree, with the noun governed by no verb."""
    if noun.head.pos_ in ("VERB", "AUX") and noun.head.i != noun.i:
        return None
    for t in noun.subtree:
        if t.i > noun.i and t.lemma_.lower() in REFUSE and t.pos_ == "VERB" and \
                (children(t, "auxpass") or t.lemma_.lower() == "turn"):
            return t
    return None


def _applications(rd: Reader, s: Sentence):
    """ "his application was turned down", "the committee rejected his application": refused, the body
    being the organization named with the application ("to X") or last named before it in the sentence."""
    for noun in s.sent:
        if noun.lemma_.lower() not in APPLY or noun.pos_ != "NOUN":
            continue
        verb = noun.head
        if noun.dep_ not in ("nsubjpass", "nsubj", "dobj") or verb.lemma_.lower() not in REFUSE:
            verb = _refused_below(noun)  # "X's application to rejoin the Politburo was rejected", misparsed
            if verb is None:
                continue
        lemma = verb.lemma_.lower()
        if lemma not in REFUSE or negated(verb):
            continue
        if lemma == "turn" and not any(c.lower_ == "down" for c in verb.children):
            continue
        if _asked_for_other(rd, noun, s.offset):
            continue  # "refused his request for funds": not for a seat
        inside = [o for t in noun.subtree for o in [rd.entity(t, s.offset, ("organization",))] if o]
        pos = s.offset + noun.idx  # the body may be named in the sentence before ("applied to X. His application…")
        before = [r for r in rd.refs_in(max(0, pos - APPLY_REACH), pos) if r.kind == "organization"
                  and APPLIED.search(_sentence_text(rd, r.start))]
        org = (inside or before[-1:] or [None])[0]
        if org is None:
            continue
        who = children(noun, "poss")
        if not who and noun.dep_ == "dobj" and children(verb, "auxpass"):
            who = children(verb, "nsubjpass")  # "Y was refused admission": Y applied
        for c in who:
            for p in _persons(rd, c, s.offset):
                yield p, org.id, verb
    yield from _asked_and_refused(rd, s)


TAKEN_IN = {"take", "admit", "accept", "receive", "enrol", "enroll", "co-opt", "elect", "appoint", "readmit"}
OBJECT_PRONOUNS = {"him", "her", "them"}


def _asked_and_refused(rd: Reader, s: Sentence):
    """ "Y asked to be taken into X; Z turned him down" / "… and was refused": refused. The one who asked is the
    one refused (a pronoun object of the refusing verb stands for him), the body the one he asked to enter."""
    off = s.offset
    for ask in s.sent:
        if ask.lemma_.lower() not in ASK or ask.pos_ != "VERB" or negated(ask) or hypothetical(ask) or _reported(ask):
            continue
        bodies = [b for x in children(ask, "xcomp") if _lemma(x) in TAKEN_IN and children(x, "auxpass")
                  for w, o in preps(x) if w in ("into", "to", "onto")
                  for b in [rd.entity(o, off, ("organization",))] if b is not None]
        if not bodies:
            continue
        askers = subjects(ask) or ([ask.head] if ask.dep_ in ("acl", "relcl") and ask.head.pos_ == "PROPN" else [])
        persons = unique([p for t in askers for p in _persons(rd, t, off)])
        for r in s.sent:
            if r.i <= ask.i or r.lemma_.lower() not in REFUSE or r.pos_ != "VERB" or negated(r) or hypothetical(r):
                continue
            if r.lemma_.lower() == "turn" and not any(c.lower_ == "down" for c in children(r, "prt")):
                continue
            passive = bool(children(r, "auxpass"))
            if not passive and not any(o.lower_ in OBJECT_PRONOUNS for o in children(r, "dobj")):
                continue  # "Lenin refused to see him": refused something else
            for p in persons:
                yield p, bodies[0].id, r
            break
SEAT_VERBS = {"refuse": "refused", "deny": "refused", "reject": "refused",
              "give": "granted", "win": "granted", "gain": "granted", "obtain": "granted", "get": "granted",
              "receive": "granted", "take": "granted", "grant": "granted", "award": "granted", "secure": "granted",
              "assume": "granted", "lose": "removed", "forfeit": "removed", "relinquish": "removed",
              "resign": "removed", "surrender": "removed", "vacate": "removed",
              "have": "held", "hold": "held", "keep": "held", "retain": "held", "occupy": "held",
              "accept": "granted", "decline": "refused"}
SEAT_PREPS = {"on", "in", "of", "at", "within"}
RELIEVE = {"relieve", "deprive", "strip"}  # "was relieved of the command of X": removed
GIVERS = {"refuse", "deny", "give", "grant", "award"}  # "the congress denied him a place on X": the dative holds it


def _seat_noun(holder: Token, prep: Token) -> Token | None:
    """The seat noun a body's preposition hangs on: on the noun ("a seat on X") or, misparsed, on the verb
    that takes it ("lost his seat on X" with "on" under "lost")."""
    if prep.lower_ not in SEAT_PREPS:
        return None
    if holder.lemma_.lower() in SEAT_ROLE and holder.lemma_.lower() != "command" and not (
            prep.lower_ == "of" and any(c.dep_ == "det" and c.lower_ == "the" for c in holder.children)):
        return None  # "the chair of the VTsIK", not "a golden chair in the Senate"
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in SEATS and holder.dep_ in ("dobj", "nsubjpass") \
            and holder.head.pos_ in ("VERB", "AUX"):
        return holder
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in SEATS and holder.dep_ == "pobj" \
            and holder.head.lower_ == "from" and holder.head.head.pos_ == "VERB":
        return holder  # "was removed from her post in the Zhenotdel"
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in SEATS and holder.dep_ == "pobj" \
            and holder.head.lower_ == "of" and holder.head.head.lemma_.lower() in RELIEVE:
        return holder  # "was relieved of the command of the Channel Fleet"
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in SEATS and holder.dep_ == "pobj" \
            and holder.head.lower_ in ("to", "into") and holder.head.head.pos_ == "VERB" \
            and _lemma(holder.head.head) in GRANT and prep.lower_ == "of":
        return holder  # "was appointed to the command of the Mediterranean fleet"
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in SEATS and holder.dep_ == "pobj" \
            and holder.head.lower_ == "for" and holder.head.head.lemma_.lower() in ASK:
        return holder  # "asked for a seat in the Council"
    if holder.pos_ == "VERB" and holder.lemma_.lower() in SEAT_VERBS and prep.lower_ != "of":
        return next((o for o in children(holder, "dobj") if o.lemma_.lower() in SEATS and o.pos_ == "NOUN"
                     and (o.lemma_.lower() not in SEAT_ROLE or o.lemma_.lower() == "command")), None)
    return None


SECOND = re.compile(r"\b(second|third)[- ]in[- ]$", re.I)


def _second_in_command(rd: Reader, command: Token, off: int):
    """ "X was second in command of the fleet", "X, second in command of the fleet, …": held (the parser
    hangs "second" and "in" anywhere, so the words are read as text)."""
    start = off + command.idx
    m = SECOND.search(rd.ctx.text, max(0, start - 20), start)
    if m is None and (command.dep_ == "pobj" and command.head.lower_ in ("to", "into") or command.dep_ == "dobj"):
        # "appointed to the command of the fleet, with Vice-Admiral Collingwood … for his second"
        for second in command.sent:
            w = second.head
            if second.lower_ != "second" or second.dep_ != "pobj" or w.lower_ not in ("for", "as") \
                    or not any(c.dep_ == "poss" for c in second.children):
                continue
            # the person of "with", the "for/as" hung on it or right after its phrase
            who = next((o for t in command.sent if t.lower_ == "with" and command.i < t.i < w.i
                        for o in children(t, "pobj") if w.head.i == o.i or w.i == o.right_edge.i + 1), None)
            p = rd.entity(who, off, ("person",)) if who is not None else None
            if p is not None:
                yield p, "second in command", "held", second
        return
    if m is None and command.dep_ == "pobj" and command.head.lower_ == "in" and command.head.head.lemma_ == "be" \
            and not any(c.dep_ == "det" for c in command.children):
        verb = command.head.head  # "Alby was in command of the Channel Fleet"
        if not (negated(verb) or hypothetical(verb) or _reported(verb)):
            for p in unique([p for t in subjects(verb) for p in _persons(rd, t, off)]):
                yield p, "commander", "held", command
        return
    if m is None or command.dep_ != "pobj":
        return
    role = f"{m.group(1).lower()} in command"
    first = next((t for t in command.doc[max(0, command.i - 4):command.i] if t.lower_ == m.group(1).lower()), None)
    if first is None:
        return
    verb = command.head.head
    if verb.lemma_ == "be" and command.head.lower_ == "in" and not (negated(verb) or hypothetical(verb)):
        for p in unique([p for t in subjects(verb) for p in _persons(rd, t, off)]):
            yield p, role, "held", first
    elif first.i >= 2 and command.doc[first.i - 1].text == ",":  # "Collingwood, second in command of …"
        p = rd.entity(command.doc[first.i - 2], off, ("person",))
        if p is not None:
            yield p, role, "held", first


def _seat(rd: Reader, noun: Token, off: int):
    """ "Kollontai was refused a seat on the Bureau" (refused), "Rykov lost his seat on the Politburo"
    (removed), "took his seat in the Duma" (granted), "had a seat on the board" (held)."""
    verb = noun.head
    if noun.dep_ == "pobj":  # "removed from her post in X": the verb above "from"
        verb = noun.head.head
    lemma = verb.lemma_.lower()
    if lemma in ASK and noun.head.lower_ == "for":
        yield from _asked_seat(rd, verb, noun, off)
        return
    status = "removed" if noun.dep_ == "pobj" and (lemma in REMOVE or lemma in RELIEVE) else SEAT_VERBS.get(lemma) if noun.dep_ != "pobj" \
        else "granted" if noun.head.lower_ in ("to", "into") and _lemma(verb) in GRANT else None
    if status is None and noun.dep_ == "dobj" and any((lemma, c.lower_) in GIVE_UP for c in children(verb, "prt")):
        status = "removed"  # "had laid down her charge of X", "gave up his seat in X"
    if status is None or hypothetical(verb) or _reported(verb) or noun.dep_ == "nsubjpass":
        return
    if lemma == "take" and any(c.dep_ == "prt" for c in verb.children) and status != "removed":
        return  # "took up a position on the hill"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if _nor(verb):
        if status != "granted":
            return  # "he did not lose his seat"
        status = "refused"  # "was not given a seat on X", "nor would he take the supreme command of X"
    if passive:
        who = subjects(verb)
    elif noun.dep_ == "pobj" and (lemma in OBJECT_IS_MEMBER or lemma in RELIEVE):  # "removed him from his post in X"
        who = children(verb, "dobj")
    elif lemma in GIVERS:
        who = children(verb, "dative") + [o for o in children(verb, "dobj") if o.i != noun.i]
        if not who and lemma in REFUSE:  # "he refused the command of the army": the one offered it
            who = subjects(verb)
    else:
        who = subjects(verb)
    lemma_n = noun.lemma_.lower()
    role = None if lemma_n in ("seat", "place", "membership", "post", "position", "berth") else "head" \
        if lemma_n == "charge" else SEAT_ROLE.get(lemma_n) or f"{lemma_n} commander"
    for p in unique([p for t in who for p in _persons(rd, t, off)]):
        yield p, role, status, verb


ASK = {"ask", "apply", "petition", "press", "beg", "seek", "bid", "sue", "call"}


def _asked_seat(rd: Reader, ask: Token, noun: Token, off: int):
    """ "Y asked for a seat in X and was refused it" (refused), "… and was given it" (granted): the answer in the
    next conjunct decides; a request alone is no seat."""
    if negated(ask) or hypothetical(ask) or _reported(ask):
        return
    for c in children(ask, "conj"):
        passive = any(x.dep_ in ("auxpass", "nsubjpass") for x in c.children)
        lemma = _lemma(c)
        if lemma in REFUSE and (passive or children(c, "dative")) or lemma in ("give", "grant") and passive and _nor(c):
            status = "refused"
        elif lemma in ("give", "grant", "allow", "accord") and passive and not _nor(c):
            status = "granted"
        else:
            continue
        role = None if noun.lemma_.lower() in ("seat", "place", "membership", "post", "position", "berth") else \
            SEAT_ROLE.get(noun.lemma_.lower())
        for p in unique([p for t in subjects(ask) for p in _persons(rd, t, off)]):
            yield p, role, status, c
        return


GIVE_UP = {("lay", "down"), ("give", "up"), ("hand", "over"), ("step", "down"), ("throw", "up")}


def _seat_relative(rd: Reader, org: Token, seat: Token, off: int):
    """ "the supreme command of the army, which General Roselli offered to lay down in his favour": the subject
    of a relative clause on the seat (or on its body) held it; removed when the clause itself gives it up
    ("which he resigned in May"), not when it only offers or means to."""
    name = rd.ref(org, off) or rd.entity(org, off, ("organization",))
    inner = [t for t in org.subtree if t.i == org.i or name is not None and rd.ref(t, off) == name]
    for rel in [r for t in [seat, *inner] for r in children(t, "relcl")]:  # on "the Army" or on "Alps" of its name
        if not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for x in [rel, *children(rel, "xcomp")]
                   for c in x.children) or negated(rel) \
                or hypothetical(rel) or _reported(rel):
            continue
        lemma = rel.lemma_.lower()
        parts = {c.lower_ for c in children(rel, "prt")}
        if lemma in REMOVE or SEAT_VERBS.get(lemma) == "removed" or any((lemma, p) in GIVE_UP for p in parts):
            status = "removed"
        elif SEAT_VERBS.get(lemma) in ("held", "granted"):
            status = SEAT_VERBS[lemma]
        elif any((_lemma(x), p.lower_) in GIVE_UP or _lemma(x) in REMOVE for x in children(rel, "xcomp")
                 for p in [*children(x, "prt"), x]):
            status = "held"  # "which he offered to lay down": his to give
        else:
            continue
        role = "commander" if seat.lemma_.lower() == "command" else None
        for p in unique([p for t in subjects(rel) for p in _persons(rd, t, off)]):
            yield p, role, status, rel


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


WHOSE_NOUNS = SEATS | BODIES | {"editorship"}
WHOSE_ROLE = {**SEAT_ROLE, "editorship": "editor"}
WHOSE_HELD = {"sit", "hold", "serve", "keep", "occupy", "fill", "retain"}
WHOSE_GAINED = {"accept", "take", "win", "gain", "assume"}
WHOSE_LOST = {"lose", "resign", "vacate", "surrender", "relinquish"}


def _whose_seat(rd: Reader, s: Sentence):
    """ "the Geographical Society, whose secretaryship Y had declined" (refused), "the VTsIK, on whose presidium Y
    sat" (held): "whose" on a seat or a body's noun after a body's name and a comma; the first person named in the
    relative clause (up to the next punctuation) is said to do to that seat what its first verb says (declined,
    refused: refused; sat, held: held; accepted, took: granted; lost, resigned: removed). Another verb, a negated
    one or no person in the clause: nothing."""
    doc, off = s.sent.doc, s.offset
    for w in s.sent:
        if w.lower_ != "whose":
            continue
        noun = next((t for t in doc[w.i + 1:min(w.i + 4, s.sent.end)] if t.pos_ != "ADJ"), None)
        if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in WHOSE_NOUNS:
            continue  # the word after "whose" (the parser often hangs "whose" on the name that follows)
        j = w.i - 1 if w.i > s.sent.start and doc[w.i - 1].pos_ == "ADP" else w.i  # "on whose presidium"
        if j - 2 < s.sent.start or doc[j - 1].text != ",":
            continue
        org = rd.entity(doc[j - 2], off, ("organization",))
        if org is None:
            continue
        clause = []
        for t in doc[noun.i + 1:s.sent.end]:
            if t.is_punct:
                break
            clause.append(t)
        verb = next((t for t in clause if t.pos_ == "VERB"), None)
        person = next((r for t in clause for r in [rd.entity(t, off, ("person",))] if r is not None), None)
        if verb is None or person is None or negated(verb) or hypothetical(verb):
            continue
        lemma = verb.lemma_.lower()
        status = "refused" if lemma in REFUSE else "held" if lemma in WHOSE_HELD else \
            "granted" if lemma in WHOSE_GAINED or lemma in GRANT else "removed" if lemma in WHOSE_LOST | REMOVE else None
        if status is None:
            continue
        role = WHOSE_ROLE.get(noun.lemma_.lower()) or (noun.lemma_.lower() if noun.lemma_.lower() in BODIES else None)
        yield person, org.id, role, verb, status


STRIKE = {"strike", "erase", "cross", "delete", "scratch"}
ROLLS = {"roll", "rolls", "list", "lists", "register", "books", "membership"}


def _struck_off(rd: Reader, s: Sentence):
    """ "Y's name was struck off the roll of X", "the Senate had his name struck from the rolls of X", "X had struck
    Y's name from their list", "Y was struck off the roll of X": Y leaves X (removed). The body is the roll's "of X",
    a body struck from itself ("from the Federation"), or, for "their/its list", the body that struck the name."""
    off = s.offset

    def body(t: Token):
        return rd.entity(t, off, ("organization",)) or _short_form(rd, t, off) or _the_body(rd, s, t)

    for verb in s.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in STRIKE or negated(verb) or hypothetical(verb):
            continue
        names = [c for c in verb.children if c.lemma_.lower() == "name" and c.dep_ in ("dobj", "nsubjpass", "nsubj")]
        persons = [p for n in names for c in n.children if c.dep_ == "poss" for p in _persons(rd, c, off)] + \
            [p for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() != "name"
             for p in _persons(rd, c, off)]
        if not persons:
            continue
        org = None
        for w, o in preps(verb):
            if w not in ("from", "off", "out of"):
                continue
            org = body(o)
            if org is None and o.lemma_.lower() in ROLLS:
                org = next((r for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                            for q in p.children if q.dep_ == "pobj" for r in [body(q)] if r is not None), None)
                if org is None and any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in o.children):
                    org = next((r for t in subjects(verb) for r in [body(t)] if r is not None), None)
            if org is not None:
                break
        if org is None or org.kind != "organization":
            continue
        for p in unique(persons):
            yield p, org.id, "member", verb, "removed"
