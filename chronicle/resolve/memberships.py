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
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from ..annotate.lexicon import ALLEGING, EVENT_HEADS, KIN_NOUNS, ORG_HEADS, SPEECH_VERBS, TITLES, given_name_gender
from ..context import DocContext, EntityRef
from ..record import Membership
from .clauses import HE, SHE, WE, Reader, Sentence, children, conjuncts, hypothetical, negated, party_stem, preps, \
    subjects, unique

ROLES = {"member", "chairman", "chairwoman", "president", "vice-president", "editor", "secretary", "delegate",
         "minister", "premier", "speaker", "ambassador", "governor", "commander", "leader", "head", "chief",
         "director", "treasurer", "clerk", "founder", "deputy", "representative", "officer", "general",
         "colonel", "captain", "admiral", "agent", "correspondent", "partner", "fellow", "professor",
         "student", "pupil", "chancellor", "commissar", "organizer", "organiser", "spokesman", "one",
         "envoy", "consul", "senator", "judge", "bishop", "priest", "manager", "proprietor", "owner",
         "candidate", "adherent", "supporter", "follower", "employee", "apprentice", "printer", "lieutenant",
         "sergeant", "soldier", "sailor", "officer", "comrade", "brother", "sister", "inspector", "prime",
         "informer", "spy", "collaborator", "contributor"}
RANKS = {"captain", "colonel", "general", "admiral", "commander", "lieutenant", "major", "commodore", "sergeant",
         "corporal", "brigadier", "professor", "commissar"}  # "Captain X of the Y": the post is in the Y
SHARED_ROLES = {"collaborator"}  # "his old collaborator on the daily Nachalo, X": both were on it
PERSON_ROLE = ROLES - {"one", "brother", "sister", "comrade"}
GRANT = {"join": None, "enter": None, "elect": None, "admit": None, "appoint": None, "accept": None,
         "enrol": None, "enroll": None, "name": None, "nominate": None, "make": None, "recruit": None,
         "co-opt": None, "induct": None, "return": None, "designate": None, "install": None, "promote": None,
         "assign": None, "choose": None, "select": None}
REMOVE = {"expel", "dismiss", "remove", "oust", "resign", "leave", "quit", "drive", "force", "throw", "exclude",
          "discharge", "eject", "purge", "withdraw", "retire", "depose", "sack", "kick", "hurl", "break", "strip",
          "drop"}
PUSH_OFF = {"vote", "push", "drop", "squeeze", "take", "get", "walk", "boot", "hound", "freeze"}  # "voted off X"
LEFT = {"dobj", "from", "off", "out of", "out", "as", "on"}  # how a body is left: "left X", "resigned from X"
HOLD = {"sit", "serve", "lead", "head", "chair", "edit", "direct", "command", "represent", "belong", "found"}
REFUSE = {"refuse", "reject", "decline", "deny", "turn", "blackball", "veto"}
OBJECT_IS_MEMBER = {"admit", "expel", "elect", "appoint", "accept", "dismiss", "remove", "exclude", "reject",
                    "refuse", "name", "nominate", "recruit", "oust", "sack", "discharge", "co-opt", "induct",
                    "purge", "make", "designate", "install", "promote", "assign", "choose", "select", "drop"}
HOLD_ROLE = {"lead": "leader", "head": "head", "chair": "chairman", "edit": "editor", "direct": "director",
             "command": "commander", "represent": "representative", "found": "founder"}
BODIES = {"board", "staff", "presidium", "bureau", "executive", "rank", "ranks", "leadership", "secretariat", "politburo",
          "committee", "council", "cell", "branch", "section", "delegation", "faction", "directorate", "collegium"}
REFUSABLE = {"admit", "accept", "elect", "appoint", "enrol", "enroll", "nominate", "induct", "co-opt", "name"}
DECIDE = {"resolve", "decide", "vote", "agree", "determine", "choose", "move"}  # "X resolved to admit him"
APPLY_REACH = 250
APPLY = {"application", "candidature", "candidacy", "admission", "membership", "request", "nomination", "bid"}


def run(ctx: DocContext) -> dict[str, list]:
    rd = Reader(ctx)
    found: dict[tuple[str, str, str], Membership] = {}
    bodies: dict[str, tuple[int, str]] = {}  # "collegium" -> (where, the organization it was last "of")
    for s in rd.sentences():
        if _citation(s.sent.text):
            continue  # "[24] A. Koestler, _Darkness at Noon_, p. 258": a reference, not a narrative
        for tok in s.sent:
            body = _body_again(rd, s, tok, bodies)
            if body is not None:  # "was forced off the collegium" after "the collegium of the Cheka"
                for person, role, status, trigger in _readings(rd, s, tok):
                    _add(found, rd, s, person, body, role or tok.lemma_.lower(), status, s.offset + trigger.idx)
                continue
            org = rd.entity(tok, s.offset, ("organization",)) or rd.org_word(tok, s.offset) or \
                _short_form(rd, tok, s.offset) or _it_body(rd, s, tok)
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
        for person, org_id, role, trigger, status in _voice(rd, s):
            _add(found, rd, s, person, org_id, role, status, s.offset + trigger.idx)
        for person, org_id, role, trigger in _in_place(rd, s, found):
            _add(found, rd, s, person, org_id, role, "granted", s.offset + trigger.idx)
        for person, org_id, status, trigger in _colleagues(rd, s):
            _add(found, rd, s, person, org_id, "colleague" if status == "held" else None, status, s.offset + trigger.idx)
        for person, org_id, trigger in _declined_nomination(rd, s):
            _add(found, rd, s, person, org_id, None, "refused", s.offset + trigger.idx)
        for person, org_id, trigger in _elected_for(rd, s):
            _add(found, rd, s, person, org_id, "deputy", "granted", s.offset + trigger.idx)
        for person, org_id, role, trigger in _among_the(rd, s):
            _add(found, rd, s, person, org_id, role, "held", s.offset + trigger.idx)
        for person, org_id, trigger in _among_them(rd, s):
            _add(found, rd, s, person, org_id, "member", "held", s.offset + trigger.idx)
    sents = None
    for person, org, role, pos in [*_titled(rd, ctx), *_government_titles(rd, ctx), *_listed(rd, ctx)]:
        sents = sents if sents is not None else list(rd.sentences())
        s = next((x for x in sents if x.start <= pos < x.end), None)
        if s is not None:
            _add(found, rd, s, EntityRef(pos, pos + 1, person, "person"), org, role, "held", pos)
    return {"memberships": list(found.values())}


def _head_words(rd: Reader) -> dict[str, list[str]]:
    """The head word of each organization's name of two words or more -> those organizations: its last
    word, or the word before "of" ("Petersburg Soviet of Workers' Deputies" -> "Soviet", "Roman
    Constituent Assembly" -> "Assembly")."""
    got = getattr(rd, "_member_heads", None)
    if got is None:
        got = {}
        for o in rd.ctx.organizations:
            words = re.sub(r"[’']s\b", "", o.name).split()
            if len(words) < 2:
                continue
            head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
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


# a person's record name that is no name: initials or numerals only ("III", "R. S. D. R. P."), a bare
# office ("Secretary", "Military Commissar"), or a phrase with a word no name carries ("Staff Headquarters",
# "Georgia Category", "Cossacks of Kerensky", "Orel Massacres", "Dark People")
INITIALS = re.compile(r"^(?:[A-Z]\.)+$|^[IVXLC]+\.?$")
OFFICE_WORDS = {"commissar", "minister", "secretary", "chairman", "president", "councillor", "councilor", "delegate",
                "member", "premier", "deputy", "commander", "leader", "officer", "representative", "editor", "director",
                "ambassador", "treasurer", "governor", "commissary"}
# words no name opens with, and (with the bodies' words) none carries after its first word
FIRST_NOT_NAME = {"category", "people", "organisations", "organizations", "headquarters", "affairs", "verdict"}
NOT_NAME_WORDS = FIRST_NOT_NAME | {"committee", "committees", "party", "council", "government", "ministry", "army",
                                   "regiment", "soviet", "soviets", "union", "congress", "staff", "press",
                                   "bolsheviki", "mensheviki", "bolsheviks", "mensheviks"} \
    | EVENT_HEADS | {w + "s" for w in EVENT_HEADS}
PEOPLES = {"roman", "athenian", "spartan", "persian", "gaul", "carthaginian", "macedonian", "egyptian", "trojan",
           "arab", "turk", "scot", "irish", "saxon", "dane", "norman", "briton", "jew", "celt", "goth", "hun", "frank"}
NATIONALITIES = {"russian", "german", "french", "english", "british", "american", "italian", "polish", "ukrainian",
                 "austrian", "turkish", "japanese", "chinese", "soviet", "jewish", "georgian", "finnish", "swedish",
                 "czech", "hungarian", "romanian", "serbian", "greek", "spanish", "dutch", "belgian", "lettish",
                 "latvian", "lithuanian", "estonian", "cossack", "tatar", "bulgarian", "norwegian", "danish", "mexican"}

def _person_name(name: str) -> bool:
    words = name.replace("-", " ").split()
    if not words or all(INITIALS.match(w) for w in words) and (len(words) > 1 or len(words[0].strip(".")) > 1):
        return False  # "III", "S. D.", not "Lord M." filed as "M."
    if words[-1].lower() in OFFICE_WORDS or words[-1].lower() in NATIONALITIES:
        return False  # "Military Commissar", "White Russian"
    if "of" in words[1:-1] and not given_name_gender(words[0]):
        return False  # "Cossacks of Kerensky", not "Catherine of Aragon"
    return not any(w.lower().strip(".,") in NOT_NAME_WORDS for w in words[1:]) and \
        words[0].lower() not in FIRST_NOT_NAME


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
        if ch.offset >= end or ch.offset + len(ch.doc.text) <= start:
            continue
        for t in ch.doc:
            pos = ch.offset + t.idx
            if pos < start or pos >= end or t.pos_ != "NOUN" or t.tag_ != "NN" or rd.ref(t, ch.offset) is not None:
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


APPOS_GAP = re.compile(r",|--|—|–|\(")
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
        if role == "governor":  # a governor's government is seldom the one last named: only when unique
            gov = next(iter(only)) if len(only) == 1 else None
        else:
            gov = govs[i].id if i >= 0 else next(iter(only)) if len(only) == 1 else None
        if gov is not None:
            yield r.id, gov, role, r.start


COLLEAGUES = re.compile(r"\b(?:his|her|their)\s+(?:(?:old|former|fellow|new)\s+)?(?:colleagues|fellow[- ]members|"
                        r"associates)\s+(?:of|on|in)\s+(?:the\s+)?$", re.I)
WENT_WITH = re.compile(r"\b(?:resigned|withdrew|retired|stepped down|left|was dismissed|were dismissed|was removed|"
                       r"went)\b[^.;:]*\bwith (?:him|her)\s+$", re.I)
LIST_GAP = re.compile(r"^(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _colleagues(rd: Reader, s: Sentence):
    """ "his colleagues on the Politburo, Kamenev and Zinoviev": the persons listed and the possessor sit on the
    body (held); "the Triumvir resigned, and with him his colleagues of the Triumvirate, A and B": they left it
    (removed)."""
    refs = rd.refs_in(s.start, s.end)
    text = rd.ctx.text
    for k, org in enumerate(refs):
        if org.kind != "organization":
            continue
        m = COLLEAGUES.search(text, max(s.start, org.start - 60), org.start)
        if m is None or text[org.end:org.end + 1] != ",":
            continue
        listed, end = [], org.end
        for r in refs[k + 1:]:
            if r.kind != "person" or not (LIST_GAP.match(text[end:r.start]) if listed else
                                         re.match(r"^,\s*$", text[end:r.start])):
                break
            listed.append(r)
            end = r.end
        if not listed:
            continue
        status = "removed" if WENT_WITH.search(text, max(s.start, m.start() - 200), m.start()) else "held"
        owner = _token_at(rd, m.start())
        who = rd.entity(owner[0], owner[1], ("person",)) if owner is not None else None
        since = s.start
        if owner is not None and owner[0].sent[0].i > 0:
            since = owner[0].sent[0].nbor(-1).sent.start_char + owner[1]
        if who is not None and any(r.id == who.id and r.kind == "person" for r in rd.refs_in(since, m.start())):
            listed.append(who)  # "his" is one of them, when named in this sentence or the one before
        trigger = _token_at(rd, org.start)
        for p in unique(listed):
            yield p, org.id, status, trigger[0] if trigger else s.sent[0]


IT_VERBS = {"resign", "quit", "join", "expel", "withdraw", "rejoin", "readmit"}  # not "leaving it with no authority"
TIME_NOUNS = {"day", "week", "month", "year", "time", "evening", "morning", "night", "spring", "summer", "autumn",
              "winter", "hour", "moment"}


def _it_body(rd: Reader, s: Sentence, it: Token) -> EntityRef | None:
    """ "…put him at odds with the majority of the Central Committee, and on 4 November he resigned from it": "it"
    after a verb of joining or leaving is the organization named last before it in its sentence, when no common
    noun (other than a time word) comes between."""
    if it.lower_ != "it" or not (it.dep_ == "pobj" and it.head.lower_ in ("from", "to", "into") and
                                 _lemma(it.head.head) in IT_VERBS or it.dep_ == "dobj" and _lemma(it.head) in IT_VERBS):
        return None
    pos = s.offset + it.idx
    before = [r for r in rd.refs_in(s.start, pos) if r.kind != "person"] + _short_forms(rd, s, s.start, pos)
    if not before:
        return None
    org = max(before, key=lambda r: r.start)
    if org.kind != "organization":
        return None
    if any(t.pos_ == "NOUN" and t.lemma_.lower() not in TIME_NOUNS and org.end <= s.offset + t.idx < pos
           for t in s.sent):
        return None  # "…the Central Committee's programme, and he rejected it"
    return EntityRef(pos, pos + len(it.text), org.id, "organization")


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


def _nor(verb: Token) -> bool:
    """Negated, or a conjunct after "nor" ("he would not let his name go forward; nor would he take X")."""
    if negated(verb):
        return True
    if verb.dep_ != "conj":
        return False
    ccs = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    return bool(ccs) and ccs[-1].lower_ == "nor"


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


def _aside(rd: Reader, r: EntityRef) -> bool:
    """A body named as where something happened ("met instead in London, in the Brotherhood Church") or as
    the agent acting on another ("had been driven out of Copenhagen by the Danish authorities")."""
    got = _token_at(rd, r.start)
    if got is None:
        return False
    t = got[0]
    while t.head.i != t.i and rd.ref(t.head, got[1]) == r:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "inside", "by")


def _body_before(rd: Reader, pos: int, reach: int, ok=lambda r: True) -> EntityRef | None:
    """The organization named last before ``pos`` in its paragraph (within ``reach``), not a venue."""
    for r in reversed(rd.refs_in(max(0, pos - reach), pos)):
        if "\n\n" in rd.ctx.text[r.end:pos]:
            return None
        if r.kind == "organization" and not _aside(rd, r) and ok(r):
            return r
    return None


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


AMONG_THE = re.compile(r"^\s*(?:Among|Amongst)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?P<role>members|delegates|deputies|"
                       r"guests|representatives|founders|leaders|officers|directors|speakers|signatories)\s+"
                       r"(?:(?:were|was|sat|stood)\s+|(?:of|at|in|on)\s+)", re.I)
AMONG_REACH = 1500


def _among_the(rd: Reader, s: Sentence):
    """ "Among the guests were Maxim Gorky … and Rosa Luxemburg": the persons the sentence lists after a
    plural office hold it in the body named in the sentence ("Among the delegates of X were…"), else the
    body named last before it in the paragraph (the congress the paragraph is about)."""
    m = AMONG_THE.match(s.sent.text)
    if m is None:
        return
    role = m.group("role").lower()
    role = role[:-3] + "y" if role.endswith("ies") else role[:-1]
    cut = s.start + m.end()
    refs = rd.refs_in(s.start, s.end)
    first = next((r.start for r in refs if r.kind == "person"), s.end)
    inside = [r for r in refs if r.kind == "organization" and r.start < first and not _aside(rd, r)]
    body = inside[0] if inside else _body_before(rd, s.start, AMONG_REACH)
    if body is None:
        return
    trigger = next(t for t in s.sent if s.offset + t.idx >= s.start + m.start("role"))
    for r in rd.refs_in(cut, s.end):
        if r.kind != "person":
            continue
        between = rd.ctx.text[cut:r.start]
        if ";" in between or ":" in between:
            break
        tok = _token_at(rd, r.start)
        if tok is not None:
            t = tok[0]
            while t.head.i != t.i and rd.ref(t.head, tok[1]) == r:
                t = t.head
            if t.dep_ in ("nsubj", "nsubjpass", "dobj") and any(a.dep_ == "relcl" for a in [t.head, *t.head.ancestors]):
                continue  # "Luxemburg, with whom Trotsky formed an alliance": not one listed
        yield r, body.id, role, trigger


AMONG = re.compile(r"\b(?:among (?:them|whom|these|those)|including)\s*$", re.I)
NOT_MEMBERS = {"newspaper", "government"}  # "the Government arrested hundreds, among them…": not its members


def _among_them(rd: Reader, s: Sentence):
    """ "a savage hunt of the Bolsheviki; hundreds were imprisoned, among them A, B and C": the persons
    listed after "among them/whom" or "including" belong to the organization named last before it in the
    sentence, when no person comes between and that organization is not the clause's actor (a subject,
    or "by X")."""
    toks = list(s.sent)
    for k, t in enumerate(toks[1:], 1):
        pos = s.offset + t.idx
        m = AMONG.search(rd.ctx.text, max(s.start, pos - 20), pos)
        if m is None or toks[k - 1].lower_ not in ("them", "whom", "these", "those", "including"):
            continue
        before = [r for r in rd.refs_in(s.start, m.start()) if r.kind in ("person", "organization")]
        if not before or before[-1].kind != "organization" or rd.kinds.get(before[-1].id) in NOT_MEMBERS:
            continue
        org = before[-1]
        org_tok = next((x for x in toks if s.offset + x.idx >= org.start), None)
        if org_tok is None or org_tok.dep_ in ("nsubj", "nsubjpass") or \
                org_tok.dep_ == "pobj" and org_tok.head.lower_ == "by":
            continue
        listed = []
        for x in toks[k:]:
            if x.text in (";", ".", ":", "(", "--", "—") or x.pos_ == "VERB":
                break
            p = rd.entity(x, s.offset, ("person",))
            if p is not None:
                listed.append(p)
        for p in unique(listed):
            yield p, org.id, t


# a heading naming an office, then one paragraph per holder, each opening "Name:" ("The Socialist
# Ministers" … "Tseretelli: disarmed the workmen…"; "The Delegates" … "Smith: spoke for the miners")
LIST_HEAD = re.compile(r"\b(?:(?:[A-Z][\w’'-]+)\s+)?(Ministers|Members|Delegates|Leaders|Commissars|Senators|Deputies"
                       r"|Directors|Editors|Governors)\b")
LIST_REACH = 400
PARAGRAPH_START = re.compile(r"\n[ \t]*\n[ \t]*$")
GOVERNING = {"minister", "commissar", "governor"}  # the government named last holds these


def _listed(rd: Reader, ctx: DocContext):
    """(person, organization, role, position) for "Name:" paragraphs under a heading naming their office:
    ministers, commissars, governors in the government named last before the heading; other offices in
    the organization the heading names ("The Bolshevik Leaders")."""
    text = ctx.text
    entries = [r for r in ctx.refs if r.kind == "person" and text[r.end:r.end + 1] == ":"
               and (r.start == 0 or PARAGRAPH_START.search(text, max(0, r.start - 10), r.start))]
    runs: list[list] = []
    for r in entries:
        if runs and r.start - runs[-1][-1].start < 800 and "\n\n" in text[runs[-1][-1].end:r.start]:
            runs[-1].append(r)
        else:
            runs.append([r])
    govs = [r for r in rd.orgs if rd.kinds.get(r.id) == "government"]
    for entries in (x for x in runs if len(x) >= 2):
        first = entries[0].start
        heads = list(LIST_HEAD.finditer(text, max(0, first - LIST_REACH), first))
        if not heads:
            continue
        m = heads[-1]
        word = m.group(1).lower()
        role = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        if role in GOVERNING:
            before = [g for g in govs if g.end <= m.start()]
            org = before[-1].id if before else None
        else:
            named = [r for r in rd.refs_in(m.start(), m.start(1)) if r.kind == "organization"]
            org = named[-1].id if named else None
        if org is None:
            continue
        for r in entries:
            yield r.id, org, role, r.start


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


def _surnames(rd: Reader) -> dict[str, str]:
    """last word of a person's name -> the most mentioned person of that surname whose name is a name
    (not "Cossacks of Kerensky" for "the Kerensky government")."""
    got = getattr(rd, "_member_surnames", None)
    if got is None:
        best: dict[str, tuple[int, str]] = {}
        for p in rd.ctx.persons:
            if p.name.split() and _person_name(p.name):
                n = (len(p.mentions), p.id)
                best[p.name.split()[-1]] = max(best.get(p.name.split()[-1], n), n)
        got = {k: v[1] for k, v in best.items()}
        rd._member_surnames = got
    return got


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


ITS_REACH = 400


def _its_office(rd: Reader, s: Sentence):
    """ "He worked at the Soviet and, after Nosar's arrest, was elected its chairman": "its" is the body named
    last before it in the sentence (when no place or other thing was named after that body)."""
    for tok in s.sent:
        if tok.lower_ != "its" or tok.dep_ != "poss" or tok.head.lemma_.lower() not in PERSON_ROLE:
            continue
        pos = s.offset + tok.idx
        before = sorted([r for r in rd.refs_in(max(s.start, pos - ITS_REACH), pos) if r.kind != "person"] +
                        _short_forms(rd, s, max(s.start, pos - ITS_REACH), pos), key=lambda r: r.start)
        if not before and not _thing_before(tok):  # "…threw in her lot with the Workers' Opposition. Its leader,
            # Shlyapnikov, …": the body the sentence before ended on (no paragraph between)
            before = [r for r in rd.refs_in(max(0, pos - ITS_REACH), s.start) if r.kind != "person"
                      and "\n\n" not in rd.ctx.text[r.end:pos]]
            if before:
                before = before[:-1] + [_relative_host(rd, before, before[-1])]
            if before and not _ended_on(rd, before[-1]):
                continue
        subject = [r for r in before if r.kind == "organization" and _subject_ref(rd, s, r)]
        if subject and before[-1].kind == "organization" and _possessor_ref(rd, s, before[-1]):
            before = subject  # "“Borba” printed the Committee's appeal, and Medvedev, its editor…": the subject's
        if not before or before[-1].kind != "organization":
            continue
        for person, role, status, trigger in _role(rd, tok.head, s.offset, None):
            yield person, before[-1].id, role, trigger, status


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


def _token_at(rd: Reader, pos: int) -> tuple[Token, int] | None:
    for ch in rd.ctx.chunks:
        if ch.offset <= pos < ch.offset + len(ch.doc.text):
            span = ch.doc.char_span(pos - ch.offset, pos - ch.offset + 1, alignment_mode="expand")
            return (span[0], ch.offset) if span is not None and len(span) else None
    return None


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
                   and t.lemma_.lower() in BODIES | MEMBER_NOUNS | ORG_HEADS for t in tok.sent)


def _thing_before(its: Token) -> bool:
    """A common noun before "its" in its sentence that "its" may stand for ("The factory grew, and its
    director…"), other than a body's noun ("The group had grown…, and its leader…")."""
    above = {a.i for a in its.ancestors}  # "after the arrest of its chairman": not the arrest's own chairman
    return any(t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and t.i < its.i
               and t.lemma_.lower() not in BODIES | MEMBER_NOUNS | ORG_HEADS and t.tag_ == "NN" and t.i not in above
               for t in its.sent)


# a body named before an application is the one applied to only where its sentence speaks of applying or
# joining ("Sverdlov applied to join X. His application was turned down"), not a body named in passing ("…in
# the struggle against the Left Opposition. His application to be readmitted was rejected")
APPLIED = re.compile(r"\b(?:appl(?:y|ied|ying|ication)|join(?:ed|ing)?|petition(?:ed)?|admi(?:t|tted|ssion)|"
                     r"candida(?:te|cy|ture)|membership|re-?(?:join|admi\w*|instate\w*))\b", re.I)


def _sentence_text(rd: Reader, pos: int) -> str:
    got = _token_at(rd, pos)
    return got[0].sent.text if got else ""


def _asked_for_other(rd: Reader, noun: Token, off: int) -> bool:
    """ "his request for funds", "an application for a passport": an application for something other
    than a body or a seat in one."""
    return noun.lemma_.lower() in APPLY and any(
        p.dep_ == "prep" and p.lower_ == "for" and not any(rd.entity(o, off, ("organization",)) or o.lemma_.lower()
                                                          in APPLY for o in children(p, "pobj"))
        for p in noun.children)


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
        for c in children(noun, "poss"):
            for p in _persons(rd, c, s.offset):
                yield p, org.id, verb


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
              and holder.lemma_.lower() in IN_NOUNS) and holder.pos_ == "NOUN" \
                and holder.dep_ in ("appos", "attr") and not negated(holder.head):
            # "Kollontai, the only woman on the Executive Committee", "Shlyapnikov, her ally in the X": held
            who = [holder.head] if holder.dep_ == "appos" else subjects(holder.head)
            for p in unique([p for t in who for p in _persons(rd, t, off)]):
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
    elif dep == "appos" and head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in OFFICE_WORDS | {"head", "chief"} \
            and rd.ref(head, off) is None:
        yield from _role(rd, head, off, None)  # "declared himself Chairman of a new government, the Council"
    elif dep == "appos" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.pos_ == "NOUN" and \
            head.head.head.lemma_.lower() in ROLES and head.head.head.pos_ in ("NOUN", "PROPN"):
        yield from _role(rd, head.head.head, off, head.head)  # "editor of the party newspaper, _Pravda_"
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


# nouns whose owner is a member of the body they stand for: "his party, the Socialist Revolutionaries"
MEMBER_NOUNS = {"party", "faction", "group", "union", "organization", "organisation", "sect", "church", "movement",
                "tendency", "wing", "camp", "fraction", "caucus", "club", "society", "order", "brotherhood", "comrade",
                "comrades", "friend", "friends", "colleague", "colleagues", "man", "men", "woman", "women",
                "supporter", "follower", "adherent", "ally", "disciple", "youth", "boy", "girl", "person", "people"}
PERSON_NOUNS = MEMBER_NOUNS | KIN_NOUNS | ROLES


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


def _label_before(rd: Reader, org: Token, head: Token, off: int):
    """ "the Cadet X", "Menshevik Dan": the label stands right before the person's name (a space apart)."""
    p = rd.ref(head, off)
    if p is None or p.kind != "person" or org.i > head.i or org.lower_ in ORG_HEADS:
        return  # "At the thirteenth Congress Kamenev…": a body's common noun is no party label
    gap = rd.ctx.text[off + org.idx + len(org.text):p.start]
    if p.start > off + org.idx and (gap == "" or gap.isspace() and "\n\n" not in gap) or \
            p.start <= off + org.idx and org.i + 1 < len(org.doc) and org.nbor(1).text[0].isupper():
        yield p, "member", "held", org


def _persons(rd: Reader, tok: Token, off: int):
    # "her husband had left the party": the husband, not "her" (a possessor names the person only for
    # nouns like "his application")
    poss = tok.lemma_.lower() not in KIN_NOUNS
    got = [r for r in rd.group(tok, off, ("person",), of=False, poss=poss) if r.kind == "person"]
    if not got and tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN":
        # "Ugo Bassi, the friar who had served the Legion as chaplain": the subject "who" is the friar,
        # a common noun in apposition to the person it describes
        got = [r for r in [rd.entity(tok.head, off, ("person",))] if r is not None]
    return got


def _own(rd: Reader, tok: Token, off: int):
    """The persons a role noun names, less the conjuncts that carry a noun of their own: "the NKVD agent
    A and Mexican painter B" (B is a painter, not an agent)."""
    other = {r.id for t in conjuncts(tok) if t.i != tok.i and any(
        c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "NOUN" or c.dep_ == "appos" for c in t.children)
        for r in [rd.entity(t, off, ("person",))] if r is not None}
    return [r for r in _persons(rd, tok, off) if r.id not in other]


ALLEGE = ALLEGING | {"accuse", "pretend", "charge", "fancy"}


def _reported(verb: Token) -> bool:
    """The clause is someone's allegation: "alleged to belong to X", "claimed to be a member of X"."""
    v = verb
    for _ in range(4):  # "It was rumored that …, and even that Rasputin had joined the Khlysty": a conjunct
        # clause of its own "that" (not "he denied it and resigned")
        if v.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children) and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ not in ("xcomp", "acl", "ccomp", "advcl", "relcl", "amod") or v.head.i == v.i:
            return False
        v = v.head
        if v.lemma_.lower() in ALLEGE:
            return True
    return False


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
        else:
            holders += [p for sub in subjects(verb) for p in _persons(rd, sub, off)]
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


OWNER = re.compile(r"(?:[A-Z][\w-]+\s+){0,2}([A-Z][\w-]+)[’']s\s")


def _owner(rd: Reader, s: Sentence, tok: Token, org: EntityRef):
    """ "Garibaldi's Italian Legion", "Shlyapnikov's Workers' Opposition": the person whose possessive names
    the body leads it, whether the entity layer kept the possessive in the body's name or not."""
    words = rd.names.get(org.id, "").lower().split()
    if rd.kinds.get(org.id) not in HEADED and not (words and words[-1] in ORG_HEADS) or \
            words and re.sub(r"(?:e?s)$", "", words[-1]) in NATIONALITIES | PEOPLES:
        return  # "Plutarch's Lives", "Caesar's Dictatorship", "Plutarch's Greeks": no body he leads
    m = OWNER.match(rd.ctx.text, org.start)
    if m is not None and m.end() < org.end:
        pid = _surnames(rd).get(m.group(1))
        if pid is not None:
            yield EntityRef(m.start(1), m.end(1), pid, "person"), "leader", "held", tok
        return
    for c in children(tok, "poss"):
        r = rd.ref(c, s.offset)
        if r is not None and r.kind == "person" and c.pos_ == "PROPN" and \
                not re.search(r"[“\"‘_]", rd.ctx.text[r.end:org.start + 1]):  # "Lenin's “General Rules…”": a title
            yield r, "leader", "held", tok


LED_GAP = {",", "then", "now", "later", "still", "at", "the", "time", "long", "since", "originally", "first"}


def _led_by(rd: Reader, s: Sentence, org: Token):
    """ "the Union of Struggle, then led by Radchenko", "a paper edited by X", "the party founded by X":
    the agent of a participle right after the body holds it ("leader", "editor", "founder"), however the
    parser hung the participle (on the body, or on the clause's verb)."""
    for v in children(org, "acl"):  # "the Mezhraiontsy, led by Yurenev and joined in May by Trotsky, drew…"
        for w in [v] + [c for c in v.children if c.dep_ == "conj"]:
            lemma = w.lemma_.lower()
            if w.tag_ not in ("VBN", "VBD") or negated(w) or not (lemma in HOLD_ROLE or lemma == "join") \
                    or lemma in ("direct", "represent"):  # "_Reds_ (1981), directed by Warren Beatty": a film's
                continue
            for a in children(w, "agent"):
                for p in unique([p for o in children(a, "pobj") for p in _persons(rd, o, s.offset)]):
                    yield (p, HOLD_ROLE[lemma], "held", w) if lemma in HOLD_ROLE else (p, None, "granted", w)
        if children(v, "agent"):
            return
    end = org.right_edge.i
    for v in org.doc[end + 1:end + 6]:
        if v.tag_ == "VBN" and v.lemma_.lower() in HOLD_ROLE and (v.head.i == org.i or v.dep_ in ("advcl", "acl")) \
                and all(t.lower_ in LED_GAP for t in org.doc[end + 1:v.i]) and not negated(v):
            for a in children(v, "agent"):
                for p in unique([p for o in children(a, "pobj") for p in _persons(rd, o, s.offset)]):
                    yield p, HOLD_ROLE[v.lemma_.lower()], "held", v
            return
        if v.lower_ not in LED_GAP:
            return


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
    refused = negated(verb) and lemma in REFUSABLE and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if hypothetical(verb) or (negated(verb) and not refused) or _reported(verb):
        return
    if how == "nsubj" and lemma in DECIDE:  # "the committee resolved to admit him"
        for x in children(verb, "xcomp"):
            if _lemma(x) in OBJECT_IS_MEMBER:
                yield from _verb(rd, x, off, "nsubj")
        return
    if how == "nsubj" and lemma in OBJECT_IS_MEMBER:  # "the Society admitted him"
        if any(w in ("to", "onto", "into") and rd.entity(o, off, ("organization",)) for w, o in preps(verb)):
            return  # "the Congress elected him to the Committee": he joins the Committee
        members = [p for o in children(verb, "dobj") if not _asked_for_other(rd, o, off) for p in _persons(rd, o, off)]
        status = "removed" if lemma in REMOVE else "refused" if lemma in REFUSE or refused else "granted"
        if lemma in REFUSE:  # "X refused to admit him"
            members += [p for x in children(verb, "xcomp") for o in children(x, "dobj") for p in _persons(rd, o, off)]
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
    elif lemma in HOLD and (how == "dobj" or how in ("on", "in", "with", "for", "to")):
        status = "held"
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
    role = (HOLD_ROLE.get(lemma) or _capacity(verb)) if status == "held" else _capacity(verb)  # "served X as chaplain"
    if not passive and base.dep_ == "xcomp" and children(base.head, "dobj"):
        # "persuaded him to leave the Bund": the object goes; "invited him to join": no one yet
        if base.head.lemma_.lower() not in CONTROL:
            return
        members = [p for o in children(base.head, "dobj") for p in _persons(rd, o, off)]
    elif passive or (lemma in OBJECT_IS_MEMBER and not _objects(rd, verb, off)):
        members = [p for sub in subjects(base) for p in _persons(rd, sub, off)]
    elif lemma in OBJECT_IS_MEMBER and _objects(rd, verb, off) and how != "dobj":
        # "elected Zinoviev, Ordzhonikidze and Malinovsky to X" (the first name parsed as a predicate)
        members = [p for o in _objects(rd, verb, off) for p in _persons(rd, o, off)]
    else:
        members = [p for sub in subjects(base) for p in _persons(rd, sub, off)]
    for p in unique(members):
        yield p, role, status, verb


PROPOSE = {"propose", "nominate", "recommend"}  # a proposal is no membership; one that came to nothing is refused
FAILED = {"lapse", "fail", "founder", "collapse", "object", "veto", "block", "oppose", "reject", "refuse",
          "decline", "overrule"}


def _came_to_nothing(verb: Token) -> bool:
    """The sentence of a proposal says it failed: "… objected, and the proposal lapsed", "was vetoed"."""
    return any(t.i != verb.i and t.pos_ == "VERB" and t.lemma_.lower() in FAILED and not negated(t)
               and not hypothetical(t) for t in verb.sent)


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
IN_NOUNS = {"ally", "comrade", "colleague", "comrade-in-arms"}  # "her ally in the Workers' Opposition"
# a seat in a body, and what the verb taking it does to its holder: "was refused a seat on X", "lost his
# place on X", "took his seat in X", "was denied membership of X", "held a post in X"
SEATS = {"seat", "place", "membership", "post", "position", "berth",
         # a command in a body: "gave him a brigade of the Legion", "would not take the command of the army"
         "command", "brigade", "battalion", "regiment", "division", "squadron", "detachment",
         "chair", "chairmanship", "presidency", "secretaryship"}  # "was removed from the chair of the VTsIK"
SEAT_ROLE = {"command": "commander", "chair": "chairman", "chairmanship": "chairman", "presidency": "president",
             "secretaryship": "secretary"}
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
    status = "removed" if noun.dep_ == "pobj" and (lemma in REMOVE or lemma in RELIEVE) else SEAT_VERBS.get(lemma) if noun.dep_ != "pobj" \
        else "granted" if noun.head.lower_ in ("to", "into") and _lemma(verb) in GRANT else None
    if status is None or hypothetical(verb) or _reported(verb) or noun.dep_ == "nsubjpass":
        return
    if lemma == "take" and any(c.dep_ == "prt" for c in verb.children):
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
    role = None if lemma_n in ("seat", "place", "membership", "post", "position", "berth") else \
        SEAT_ROLE.get(lemma_n) or f"{lemma_n} commander"
    for p in unique([p for t in who for p in _persons(rd, t, off)]):
        yield p, role, status, verb


GIVE_UP = {("lay", "down"), ("give", "up"), ("hand", "over"), ("step", "down")}


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

