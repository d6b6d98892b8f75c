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
  "X refused to admit him", "was not admitted to X" (refused); a proposal that came to nothing
  ("proposed him for the board of X …, and the proposal lapsed") (refused);
* posts in services: "appointed to the command of X", "second in command of X", "with Y for his
  second", "Captain Y of X", "hoisted / flew his flag in X", "relieved of the command of X", "was
  recalled from X", "succeeded Z as chairman of X".

* a party word the entity layer left untyped, matched to the record's organizations by number
  ("a Menshevik" ~ "Mensheviki"); a body of an organization ("the editorial board of X");
  committees deciding ("X resolved to admit him", "X co-opted him"); ministers by title
  ("Minister of War Y" -> the government last named); bodies named after their head
  ("the Miliukov Ministry", "hurled … down" -> removed); lists: "a hunt of X; hundreds were imprisoned,
  among them A and B" (members of X) and "Name:" paragraphs under a heading naming the office
  ("The Socialist Ministers" -> the government last named).

Not memberships (found auditing whole books): person "names" that are no names, office words and
adjectives taken for bodies ("Minister", "Soviet ambassador", "Commissar of Labour"), reference lines,
coordinated labels and conjuncts with their own role, claims and allegations, the narrator's "we", a quoted
"I", a document's signatory, bare titles, and a pronoun after an unnamed newcomer ("the chauffeur
protested… he was a Bolshevik"). See docs/memberships.md.

Status is granted, refused, removed or held; the date is the clause's date.

* offices and ranks (membership_offices): "Y, the Commissar of Labour" -> the council of commissars and the
  commissariat of that field; "Colonel Y" -> the text's only army; "Patriarch Y" -> its only church; also
  "wrote for X" (contributor), "at the head of X", "whose X", "the only woman in X", "asked for a seat in X and
  was refused it", "member for <constituency>", a lowercase "the party" (the one party named in full).

This module is the stage: `run`, `_add` and the checks on the person. The readers are in
membership_base (shared vocabularies, token helpers), membership_bodies (short forms, "it"/"its"
bodies), membership_readings (role nouns and verbs around a mention), membership_seats (seats,
commands, votes, applications), membership_lists (colleagues, "among the", lists) and
membership_titles (titles and offices, "its chairman") and membership_offices (portfolio titles, ranks, clergy).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from ..annotate.lexicon import ORG_HEADS, SPEECH_VERBS, TITLES
from ..context import DocContext, EntityRef
from ..record import Membership
from .clauses import HE, SHE, WE, Reader, Sentence, children, party_stem, shared_reader
from .membership_base import BODIES, OFFICE_WORDS, PERSON_NOUNS, ROLES, _person_name
from .membership_bodies import _body_again, _called_paper, _it_body, _short_form, _the_body, _the_paper, _the_party
from .membership_founding import new_body_founders
from .membership_lists import _among_the, _among_them, _colleagues, _listed
from .membership_offers import _offers, _successions
from .membership_offices import _portfolio_titles, _ranks
from .membership_readings import _readings
from .membership_seats import _applications, _co_opted, _congress_delegate, _declined_nomination, _elected_for, \
    _in_place, _member_for, _struck_off, _voice, _whose_seat
from .membership_titles import _government_titles, _government_with_as, _head_of, _its_office, _label_after_dash, _led_by, _named_after, \
    _owner, _titled


def run(ctx: DocContext) -> dict[str, list]:
    rd = shared_reader(ctx)
    found: dict[tuple[str, str, str], Membership] = {}
    bodies: dict[str, tuple[int, str]] = {}  # "collegium" -> (where, the organization it was last "of")
    papers: dict[str, tuple[int, str]] = {}  # "paper" -> (where, the title last called a paper)
    sents = list(rd.sentences())
    for s in sents:
        if _citation(s.sent.text):
            continue  # "[24] A. Koestler, _Darkness at Noon_, p. 258": a reference, not a narrative
        for tok in s.sent:
            body = _body_again(rd, s, tok, bodies)
            if body is not None:  # "was forced off the collegium" after "the collegium of the Cheka"
                for person, role, status, trigger in _readings(rd, s, tok):
                    _add(found, rd, s, person, body, role or tok.lemma_.lower(), status, s.offset + trigger.idx)
                continue
            _called_paper(rd, tok, s.offset, papers)
            org = rd.entity(tok, s.offset, ("organization",)) or rd.org_word(tok, s.offset) or \
                _short_form(rd, tok, s.offset) or _it_body(rd, s, tok) or _the_party(rd, tok, s.offset) or \
                _the_paper(rd, s, tok, papers) or _the_body(rd, s, tok)
            if org is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                    tok.head.head.lemma_.lower() in BODIES and rd.ref(tok.head.head, s.offset) is None:
                bodies[tok.head.head.lemma_.lower()] = (s.offset + tok.idx, org.id)
            elif org is not None and tok.dep_ == "poss" and tok.head.lemma_.lower() in BODIES:
                bodies[tok.head.lemma_.lower()] = (s.offset + tok.idx, org.id)
            if org is None or rd.ref(tok.head, s.offset) == org and tok.head.i != tok.i:
                continue  # only the head word of an organization's name
            if _role_word(rd, tok, org) or _generic_word(rd, tok, org):
                continue  # "Minister Tchernov", "Soviet ambassador": a title or an adjective, not the body
            for person, role, status, trigger in [*_readings(rd, s, tok), *_label_after_dash(rd, s, tok),
                                                  *_head_of(rd, s, tok), *_named_after(rd, s, tok, org),
                                                  *_led_by(rd, s, tok), *_owner(rd, s, tok, org)]:
                _add(found, rd, s, person, org.id, role, status, s.offset + trigger.idx)
        for person, org_id, role, trigger, status in _its_office(rd, s):
            _add(found, rd, s, person, org_id, role, status, s.offset + trigger.idx)
        for person, org_id, trigger in _applications(rd, s):
            _add(found, rd, s, person, org_id, None, "refused", s.offset + trigger.idx)
        for person, org_id, role, trigger in _co_opted(rd, s):
            _add(found, rd, s, person, org_id, role, "granted", s.offset + trigger.idx)
        for reader in (_government_with_as, _voice, _whose_seat, _struck_off):  # each (person, body, role, trigger, status)
            for person, org_id, role, trigger, status in reader(rd, s):
                _add(found, rd, s, person, org_id, role, status, s.offset + trigger.idx)
        for person, org_id, role, trigger, status in _successions(rd, s, found):
            _add(found, rd, s, person, org_id, role, status, s.offset + trigger.idx)
        for person, org_id, role, trigger in _in_place(rd, s, found):
            _add(found, rd, s, person, org_id, role, "granted", s.offset + trigger.idx)
        for person, org_id, status, trigger in _colleagues(rd, s):
            _add(found, rd, s, person, org_id, "colleague" if status == "held" else None, status, s.offset + trigger.idx)
        for person, org_id, role, trigger, status in _offers(rd, s):
            _add(found, rd, s, person, org_id, role, status, s.offset + trigger.idx)
        for person, org_id, trigger in _declined_nomination(rd, s):
            _add(found, rd, s, person, org_id, None, "refused", s.offset + trigger.idx)
        for person, org_id, trigger in _elected_for(rd, s):
            _add(found, rd, s, person, org_id, "deputy", "granted", s.offset + trigger.idx)
        for person, org_id, trigger in _member_for(rd, s):
            _add(found, rd, s, person, org_id, "member", "held", s.offset + trigger.idx)
        for person, org_id, trigger in _congress_delegate(rd, s):
            _add(found, rd, s, person, org_id, "delegate", "held", s.offset + trigger.idx)
        for person, org_id, role, trigger in _among_the(rd, s):
            _add(found, rd, s, person, org_id, role, "held", s.offset + trigger.idx)
        for person, org_id, trigger in _among_them(rd, s):
            _add(found, rd, s, person, org_id, "member", "held", s.offset + trigger.idx)
    at = _sentence_finder(sents)
    for person, org, role, pos in [*_titled(rd, ctx), *_government_titles(rd, ctx), *_listed(rd, ctx)]:
        if (s := at(pos)) is not None:
            _add(found, rd, s, EntityRef(pos, pos + 1, person, "person"), org, role, "held", pos)
    for person, org, pos in new_body_founders(rd, sents):  # "A, with B, set about making a new party. … took the name X"
        if (s := at(pos)) is not None:
            _add(found, rd, s, person, org, "founder", "granted", pos)
    for person, org, role, status, pos in [*_portfolio_titles(rd, ctx), *_ranks(rd, ctx)]:
        if (s := at(pos)) is not None:
            _add(found, rd, s, person, org, role, status, pos)
    return {"memberships": list(found.values())}


def _sentence_finder(sents: list[Sentence]):
    """A look-up of the sentence (of ``sents``, in text order) that holds a text position, or None."""
    starts = [x.start for x in sents]

    def at(pos: int) -> Sentence | None:
        i = bisect.bisect_right(starts, pos) - 1
        return sents[i] if i >= 0 and pos < sents[i].end else None
    return at


def _add(found: dict, rd: Reader, s: Sentence, person: EntityRef, org_id: str, role: str | None, status: str,
         pos: int) -> None:
    if person.id == org_id or person.kind != "person" or not _person_name(rd.names.get(person.id, "")):
        return
    pname = rd.names.get(person.id, "")
    if " " not in pname and party_stem(pname) in rd.party_words():
        return  # "Whig leaders" with "Whig" taken for a person: the party's word, not a name
    said = rd.ctx.text[person.start:person.end].lower()
    if person.id == rd.narrator and (said in WE or said in ("our", "ours") or rd.in_quote(person.start)):
        return  # "we, the Union of Railwaymen", an "I" inside a quotation: not the narrator's own place
    if said.strip(".").lower() in TITLES or said.startswith("the ") and said[4:].strip(".") in TITLES:
        return  # "The Colonel is a Menshevik": a bare title is whoever holds it there, seldom the one named
    if person.id == rd.narrator and SIGNATURE.match(rd.ctx.text, person.end):
        return  # "I, Minister-President of the Provisional Government, declare…": a document's signatory
    if VESSEL.search(rd.ctx.text, max(0, person.start - 14), person.start):
        return  # "a squadron led by the brig Oreste": a ship's name, no person
    word = re.match(r"\w*", rd.ctx.text[person.start:person.start + 8]).group(0).lower()
    if (person.start < s.start or word in HE | SHE) and _stranger_between(rd, max(_named_before(rd, person.id, pos), pos - STRANGER_REACH),
                                                    pos):
        return  # a pronoun after "The chauffeur protested…" / "He was a sullen youth": not the person named before
    key = (person.id, org_id, status)
    if key not in found:
        found[key] = Membership(f"{rd.ctx.doc_id}-m{len(found) + 1}", person.id, org_id, role, status,
                                rd.date(s.start, s.end, pos), rd.span(s.start, s.end))


VESSEL = re.compile(r"\b(?:brig|ship|steamer|frigate|schooner|sloop|cruiser|battleship|gunboat|corvette|yacht|"
                    r"barque|vessel|steamship)\s+$", re.I)


# a reference line: page numbers, a publisher's place and year, a category list
CITATION = re.compile(r"\bpp?\.\s*\d|\bVol\.\s*\d|\bISBN\b|Category:|\bRetrieved\b|\b(?:ed|eds|trans)\.,|"
                      r"\(\s*[A-Z][\w .]+:\s*[^()]*\d{4}\s*\)|^\s*\[\d+\][^.]*\b\d{4}\b|"
                      r"^\s*[A-Z][\w'’-]+,\s+(?:[A-Z][\w'’-]*\s*){1,5}\.?\s*$")  # "Jerrold, Early Court."


def _citation(text: str) -> bool:
    return CITATION.search(text) is not None


def _role_word(rd: Reader, tok: Token, org: EntityRef) -> bool:
    """An organization mention that is only an office noun ("Minister", "the Commissars"): a title."""
    w = tok.lower_
    alone = rd.ctx.text[org.start:org.end].split()[-2:] in ([tok.text], ["the", tok.text], ["The", tok.text])
    return alone and (w in OFFICE_WORDS or w.endswith("s") and w[:-1] in OFFICE_WORDS)


def _generic_word(rd: Reader, tok: Token, org: EntityRef) -> bool:
    """A lone modifier that is only the last, common word of a longer organization's name ("Soviet
    ambassador" for "the Petrograd Soviet", "Socialist leaders" for "the American Socialist"): the adjective,
    not that body."""
    if tok.dep_ not in ("amod", "compound", "nmod") or org.end - org.start > len(tok.text) + 1:
        return False
    if tok.dep_ != "amod" and tok.tag_ != "JJ":
        return False  # "Duma member": the noun names the body
    words = rd.names.get(org.id, "").split()
    return len(words) > 1 and words[-1].lower().rstrip("s") == tok.lower_.rstrip("s")


POSTURE = {"sit", "stand", "lie", "come", "appear", "enter", "arrive", "wait", "ride", "walk"}  # "there sat a youth"
SIGNATURE = re.compile(r",\s+(?:the\s+)?[A-Z][\w-]+")  # "I, Minister-President of…"
STRANGER_REACH = 1500
# verbs whose subject is a person: an unnamed noun subject of one is someone ("the chauffeur protested")
PERSON_VERBS = SPEECH_VERBS | {"protest", "shout", "growl", "grumble", "mutter", "nod", "shrug", "salute", "stammer"}


def _named_before(rd: Reader, pid: str, pos: int) -> int:
    """The end of the person's last mention by name before ``pos`` (a pronoun's chain leads back to it)."""
    i = bisect.bisect_left(rd.starts, pos) - 1
    while i >= 0 and pos - rd.refs[i].start <= STRANGER_REACH:
        if rd.refs[i].id == pid:
            return rd.refs[i].end
        i -= 1
    return 0


def _stranger_between(rd: Reader, start: int, end: int) -> bool:
    """Between a pronoun's antecedent and the pronoun, someone unnamed comes on: a common noun speaking
    or feeling ("The chauffeur violently protested… True, he was a Bolshevik"), or "he"/"she" described
    by an indefinite noun ("He was a sullen youth…; he declared that he was no Bolshevik"). The pronoun
    is then likelier that stranger than the person named before."""
    chunks = rd.ctx.chunks
    for ch in chunks:
        if ch.offset >= end or ch.end <= start:
            continue
        doc, at = ch.doc, range(len(ch.doc))  # only the chunk's tokens that start in [start, end)
        i = bisect.bisect_left(at, start - ch.offset, key=lambda k: doc[k].idx)
        j = bisect.bisect_left(at, end - ch.offset, key=lambda k: doc[k].idx)
        for t in doc[i:j]:
            if t.pos_ != "NOUN" or t.tag_ != "NN" or rd.ref(t, ch.offset) is not None:
                continue
            if t.lemma_.lower() in BODIES or t.lemma_.lower() in ORG_HEADS:
                continue  # "The mandate commission refused him a deciding vote": a body, no newcomer
            if t.dep_ == "nsubj" and t.head.lemma_.lower() in PERSON_VERBS and \
                    any(d.dep_ == "det" and d.lower_ in ("the", "a", "an") for d in t.children):
                return True
            if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in PERSON_NOUNS and \
                    any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children):
                return True  # "a soldier came in"
            if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children) and (
                    t.lemma_.lower() in PERSON_NOUNS and t.head.lemma_.lower() in POSTURE or
                    any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in children(c, "nsubj")) for c in t.children)):
                return True  # "Next to me sat a youth…", "a man who spoke all languages"
            if t.dep_ == "attr" and t.head.lemma_ == "be" and t.lemma_.lower() not in ROLES and \
                    any(c.lower_ in HE | SHE for c in children(t.head, "nsubj")) and \
                    any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children) and \
                    not any(rd.ref(c, ch.offset) for c in t.children if c.dep_ in ("compound", "amod", "nmod")):
                return True
    return False
