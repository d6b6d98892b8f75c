"""Memberships: the vocabulary and token helpers the readers share (person names, lemmas, persons
under a word, reported speech). See memberships.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..annotate.lexicon import ALLEGING, EVENT_HEADS, KIN_NOUNS, TITLES, given_name_gender
from .clauses import Reader, children, negated

def name_head(name: str) -> str:
    """The head word of a body's name, as written: the word before "of", else the last, a possessive 's dropped
    ("Petersburg Soviet of Workers' Deputies" -> "Soviet", "the Tsar's Commission" -> "Commission")."""
    words = re.sub(r"[’']s\b", "", name).split()
    if not words:
        return ""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


ROLES = {"member", "chairman", "chairwoman", "president", "vice-president", "editor", "secretary", "delegate",
         "minister", "premier", "speaker", "ambassador", "governor", "commander", "leader", "head", "chief",
         "director", "treasurer", "clerk", "founder", "deputy", "representative", "officer", "general",
         "colonel", "captain", "admiral", "agent", "correspondent", "partner", "fellow", "professor",
         "student", "pupil", "chancellor", "commissar", "organizer", "organiser", "spokesman", "one",
         "envoy", "consul", "senator", "judge", "bishop", "priest", "manager", "proprietor", "owner",
         "candidate", "adherent", "supporter", "follower", "employee", "apprentice", "printer", "lieutenant",
         "sergeant", "soldier", "sailor", "officer", "comrade", "brother", "sister", "inspector", "prime",
         "informer", "spy", "collaborator", "contributor",
         # posts and trades held in a body: "the chef of the Reform Club", "the surgeon of the Victory"
         "chef", "cook", "physician", "surgeon", "chaplain", "purser", "nurse", "actress", "actor", "dictator",
         "lecturer", "teacher", "tutor", "steward", "superintendent", "matron", "administrator", "auditor"}
PERSON_ROLE = ROLES - {"one", "brother", "sister", "comrade"}
GRANT = {"join": None, "enter": None, "elect": None, "admit": None, "appoint": None, "accept": None,
         "enrol": None, "enroll": None, "name": None, "nominate": None, "make": None, "recruit": None,
         "co-opt": None, "induct": None, "return": None, "designate": None, "install": None, "promote": None,
         "assign": None, "choose": None, "select": None, "readmit": None, "re-elect": None, "reinstate": None,
         "re-admit": None}
REMOVE = {"expel", "dismiss", "remove", "oust", "resign", "leave", "quit", "drive", "force", "throw", "exclude",
          "discharge", "eject", "purge", "withdraw", "retire", "depose", "sack", "kick", "hurl", "break", "strip",
          "drop"}
REFUSE = {"refuse", "reject", "decline", "deny", "turn", "blackball", "veto"}
OBJECT_IS_MEMBER = {"admit", "expel", "elect", "appoint", "accept", "dismiss", "remove", "exclude", "reject",
                    "refuse", "name", "nominate", "recruit", "oust", "sack", "discharge", "co-opt", "induct",
                    "purge", "make", "designate", "install", "promote", "assign", "choose", "select", "drop", "readmit",
                    "re-elect", "reinstate", "re-admit"}
HOLD_ROLE = {"lead": "leader", "head": "head", "chair": "chairman", "edit": "editor", "direct": "director",
             "command": "commander", "represent": "representative", "found": "founder",
             "preside": "president", "run": "head", "manage": "manager", "administer": "administrator"}
BODIES = {"board", "staff", "presidium", "bureau", "executive", "rank", "ranks", "leadership", "secretariat", "politburo",
          "committee", "council", "cell", "branch", "section", "delegation", "faction", "directorate", "collegium"}
APPLY = {"application", "candidature", "candidacy", "admission", "membership", "request", "nomination", "bid"}


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
           "arab", "turk", "scot", "irish", "saxon", "dane", "norman", "briton", "jew", "celt", "goth", "hun", "frank"}  # peoples of old: no body
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
    if len(words) == 1 and words[0].lower().strip(".") in TITLES:
        return False  # "General" alone (from "Lord General"): a title, not a person
    if "of" in words[1:-1] and not given_name_gender(words[0]):
        return False  # "Cossacks of Kerensky", not "Catherine of Aragon"
    return not any(w.lower().strip(".,") in NOT_NAME_WORDS for w in words[1:]) and \
        words[0].lower() not in FIRST_NOT_NAME


def _nor(verb: Token) -> bool:
    """Negated, or a conjunct after "nor" ("he would not let his name go forward; nor would he take X")."""
    if negated(verb):
        return True
    if verb.dep_ != "conj":
        return False
    ccs = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    return bool(ccs) and ccs[-1].lower_ == "nor"


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


def _token_at(rd: Reader, pos: int) -> tuple[Token, int] | None:
    for ch in rd.ctx.chunks:
        if ch.offset <= pos < ch.end:
            span = ch.doc.char_span(pos - ch.offset, pos - ch.offset + 1, alignment_mode="expand")
            return (span[0], ch.offset) if span is not None and len(span) else None
    return None


def _asked_for_other(rd: Reader, noun: Token, off: int) -> bool:
    """ "his request for funds", "an application for a passport": an application for something other
    than a body or a seat in one."""
    return noun.lemma_.lower() in APPLY and any(
        p.dep_ == "prep" and p.lower_ == "for" and not any(rd.entity(o, off, ("organization",)) or o.lemma_.lower()
                                                          in APPLY for o in children(p, "pobj"))
        for p in noun.children)


# nouns whose owner is a member of the body they stand for: "his party, the Socialist Revolutionaries"
MEMBER_NOUNS = {"party", "faction", "group", "union", "organization", "organisation", "sect", "church", "movement",
                "tendency", "wing", "camp", "fraction", "caucus", "club", "society", "order", "brotherhood", "comrade",
                "comrades", "friend", "friends", "colleague", "colleagues", "man", "men", "woman", "women",
                "supporter", "follower", "adherent", "ally", "disciple", "youth", "boy", "girl", "person", "people"}
PERSON_NOUNS = MEMBER_NOUNS | KIN_NOUNS | ROLES


def _persons(rd: Reader, tok: Token, off: int):
    # "her husband had left the party": the husband, not "her" (a possessor names the person only for
    # nouns like "his application")
    poss = tok.lemma_.lower() not in KIN_NOUNS
    got = [r for r in rd.group(tok, off, ("person",), of=False, poss=poss) if r.kind == "person"]
    if not got and tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN":
        # "Ugo Bassi, the friar who had served the Legion as chaplain": the subject "who" is the friar,
        # a common noun in apposition to the person it describes
        got = [r for r in [rd.entity(tok.head, off, ("person",))] if r is not None]
    if not got and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "appos" and \
            tok.head.head.head.pos_ == "PROPN" and rd.ref(tok, off) is None and \
            any(c.dep_ == "relcl" and c.i > tok.i for c in tok.children):
        # "Y, the Commissar of Labour, who had been …" with "who" hung on "Labour": the relative is Y's
        got = [r for r in [rd.entity(tok.head.head.head, off, ("person",))] if r is not None]
    return got


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


def _lemma(verb: Token) -> str:
    """The verb's lemma, "co-opt" rejoined when the tokenizer split it, a doubled "-tted" undone."""
    lemma = verb.lemma_.lower()
    if lemma.endswith("tte") and verb.lower_.endswith("tted"):
        return verb.lower_[:-3]  # "readmitted" lemmatized "readmitte": "readmit"
    if lemma == "opt" and verb.i >= 2 and verb.doc[verb.i - 2].lower_ == "co":
        return "co-opt"
    if lemma == "find" and verb.lower_ == "found" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return "found"  # "helped to found X": the infinitive is "found", never "find"
    return lemma
# a seat in a body, and what the verb taking it does to its holder: "was refused a seat on X", "lost his
# place on X", "took his seat in X", "was denied membership of X", "held a post in X"
SEATS = {"seat", "place", "membership", "post", "position", "berth",
         # a command in a body: "gave him a brigade of the Legion", "would not take the command of the army"
         "command", "brigade", "battalion", "regiment", "division", "squadron", "detachment",
         "chair", "chairmanship", "presidency", "secretaryship",
         "charge"}  # "had laid down her charge of X" (not "in charge of X", read on its own)  # "was removed from the chair of the VTsIK"
SEAT_ROLE = {"command": "commander", "chair": "chairman", "chairmanship": "chairman", "presidency": "president",
             "secretaryship": "secretary"}
