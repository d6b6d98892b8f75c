"""Relationships between people (and bodies): kinship, friendship, alliance, enmity, patronage…

Read from a relation noun (:data:`NOUNS`) tying two entities together:

* apposition or a name beside it: "his old comrade X", "X's wife Z", "Z, his wife";
* "of": "the sister of Y", "Z, the wife of Y", "a bitter enemy of Y";
* a copula or "become": "X was his friend", "X became the protector of Y";

and from verbs (:data:`VERBS`): "married", "rented a room from", "lodged with",
"employed", "worked for", "opposed", "supported", "allied himself with".

"his"/"her" is the subject of the verb whose object carries it ("he wrote to his wife"), else the main
clause's subject in its sentence, else the most recent person of compatible gender other than the other
party. Names given together to one child noun are siblings ("his sons A and B"), to one "colleagues"
noun colleagues. Types follow the gold schema: ``parent`` (a is the parent of b);
``host``, ``employer``, ``patron`` (a acts on b); "son of", "lodger", "servant" are
turned round into those.
"""
from __future__ import annotations

import bisect
import re
from spacy.tokens import Token

from ..annotate.lexicon import FEMALE_NOUNS, MALE_NOUNS, given_name_gender
from ..context import DocContext, EntityRef
from ..record import Relationship
from .clauses import ACTORS, HE, PAIR, SHE, THEY_REACH, Reader, Sentence, children, conjuncts, hypothetical, negated, preps, \
    shared_reader, subjects
from .pair_readers import learned_relationships

# noun -> (type, reversed): reversed means the noun's bearer is b, not a ("the son of Y": Y parent of X)
NOUNS: dict[str, tuple[str, bool]] = {}
for _type, _rev, _words in [
    ("spouse", False, "wife husband spouse consort widow widower bride bridegroom fiancée fiancee fiancé"),
    ("parent", False, "father mother parent"),
    ("parent", True, "son daughter child"),
    ("sibling", False, "brother sister"),
    ("relative", False, "cousin uncle aunt nephew niece grandson granddaughter grandfather grandmother "
                        "brother-in-law sister-in-law father-in-law mother-in-law son-in-law daughter-in-law "
                        "relative relation kinsman kinswoman stepfather stepmother stepson stepdaughter"),
    ("friend", False, "friend comrade companion confidant confidante"),
    ("ally", False, "ally supporter partisan follower"),
    ("rival", False, "rival competitor"),
    ("enemy", False, "enemy foe opponent adversary antagonist persecutor"),
    ("patron", False, "patron protector benefactor sponsor"),
    ("patron", True, "protégé protege pupil disciple"),
    ("patron", False, "teacher mentor tutor"),
    ("host", False, "host hostess landlord landlady"),
    ("host", True, "lodger tenant guest"),
    ("employer", False, "employer master mistress"),
    ("employer", True, "employee servant apprentice assistant clerk secretary aide aide-de-camp adjutant "
                       "orderly ambassador envoy emissary agent steward valet butler chamberlain bodyguard officer"),
    ("colleague", False, "colleague partner associate collaborator co-worker coworker cellmate cell-mate "
                         "roommate room-mate deputy"),
    ("lover", False, "lover sweetheart"),
]:
    for _w in _words.split():
        NOUNS[_w] = (_type, _rev)

DIPLOMATS = {"ambassador", "envoy", "emissary"}
# an officer attached to a person ("the Emperor's orderly officer"), not to a post ("his signal officer")
PERSONAL = {"orderly", "personal", "staff", "private"}

# verb -> (type, who is a): "subj" — the subject is a, "obj" — the object (or prepositional object) is a
VERBS = {
    "marry": ("spouse", "subj", ("dobj", "to")), "wed": ("spouse", "subj", ("dobj",)),
    "divorce": ("spouse", "subj", ("dobj",)), "bear": ("parent", "subj", ("to",)),
    "employ": ("employer", "subj", ("dobj",)), "hire": ("employer", "subj", ("dobj",)),
    "engage": ("employer", "subj", ("dobj",)),
    "work": ("employer", "obj", ("for", "under")), "serve": ("employer", "obj", ("dobj", "under")),
    "lodge": ("host", "obj", ("with", "at")), "board": ("host", "obj", ("with",)),
    "stay": ("host", "obj", ("with",)), "rent": ("host", "obj", ("from",)), "live": ("host", "obj", ("with",)),
    "shelter": ("host", "subj", ("dobj",)), "harbour": ("host", "subj", ("dobj",)),
    "harbor": ("host", "subj", ("dobj",)),
    "befriend": ("friend", "subj", ("dobj",)), "protect": ("patron", "subj", ("dobj",)),
    "patronize": ("patron", "subj", ("dobj",)), "patronise": ("patron", "subj", ("dobj",)),
    "oppose": ("enemy", "subj", ("dobj",)), "denounce": ("enemy", "subj", ("dobj",)),
    "support": ("ally", "subj", ("dobj",)), "ally": ("ally", "subj", ("with", "dobj")),
    "quarrel": ("enemy", "subj", ("with",)), "feud": ("enemy", "subj", ("with",)),
    "rival": ("rival", "subj", ("dobj",)), "collaborate": ("colleague", "subj", ("with",)),
    "hate": ("enemy", "subj", ("dobj",)), "detest": ("enemy", "subj", ("dobj",)),
    "loathe": ("enemy", "subj", ("dobj",)), "break": ("enemy", "subj", ("with",)),
    "attack": ("enemy", "subj", ("dobj",)), "condemn": ("enemy", "subj", ("dobj",)),
    "persecute": ("enemy", "subj", ("dobj",)), "betray": ("enemy", "subj", ("dobj",)),
    "fight": ("enemy", "subj", ("against", "with", "dobj")), "side": ("ally", "subj", ("with",)),
    "back": ("ally", "subj", ("dobj",)), "endorse": ("ally", "subj", ("dobj",)),
    "take in": ("host", "subj", ("dobj",)), "put up": ("host", "subj", ("dobj",)),
    "take on": ("employer", "subj", ("dobj",)),
    "align": ("ally", "subj", ("with",)), "father": ("parent", "subj", ("dobj",)),
    "sire": ("parent", "subj", ("dobj",)), "defeat": ("enemy", "subj", ("dobj",)),
    "defend": ("ally", "subj", ("dobj",)),
    "turn": ("enemy", "subj", ("against",)), "plot": ("enemy", "subj", ("against",)),
    "conspire": ("enemy", "subj", ("against",)), "intrigue": ("enemy", "subj", ("against",)),
    "hold off": ("enemy", "subj", ("dobj",)), "repulse": ("enemy", "subj", ("dobj",)),
    "repel": ("enemy", "subj", ("dobj",)), "rout": ("enemy", "subj", ("dobj",)),
    "besiege": ("enemy", "subj", ("dobj",)), "ambush": ("enemy", "subj", ("dobj",)),
    "clash": ("enemy", "subj", ("with",)), "argue": ("rival", "subj", ("with",)),
    "vote": ("ally", "subj", ("with",)),
    "send": ("patron", "subj", ("dobj",)), "dispatch": ("patron", "subj", ("dobj",)),
}
# "He sent Inessa instead, at the head of a delegation": one person sends another on an errand (not "sent
# Lenin her resignation", not "sent his men", not a body's sending: see _from_verb)
SEND = {"send", "dispatch"}
# "regarded her as an opponent": the subject is the other party of an "as" noun with no possessor
REGARD = {"regard", "see", "view", "consider", "treat"}
# "stayed at Ivan Babushkin's flat", "lived in the house of X": the dweller's host
DWELLING = {"flat", "apartment", "house", "home", "dacha", "room", "rooms", "lodgings", "lodging", "quarters", "cottage",
            "villa", "hut", "cabin"}
DWELL = {"stay", "live", "lodge", "board", "hide", "settle", "sleep", "shelter"}
# "worked for the electrical company of Robert Klasson": the owner employs
WORKPLACE = {"company", "firm", "factory", "plant", "works", "shop", "office", "business", "shipyard", "bank",
             "estate", "mill", "household", "workshop", "press", "practice", "bureau"}
# "shared a cell with X", "was put in a cell with X": fellow prisoners / lodgers
SHARED = {"cell", "room", "flat", "apartment", "lodgings", "quarters", "hut", "house", "exile", "prison", "barracks"}
# "he took X as his secretary", "regarded X as a rival": the "as" noun is the object's ("led X as
# secretary of Y" is the subject's)
TAKE_AS = {"take", "regard", "see", "treat", "choose", "select", "appoint", "accept", "hire", "employ", "engage",
           "name", "adopt", "consider", "recognize", "recognise", "welcome", "keep", "retain", "install", "want",
           "receive", "bring", "nominate", "make"}
# "worked with X", "co-edited a paper with X", "co-founded the party with X": colleagues
WITH_COLLEAGUE = {"work", "cooperate", "co-operate"}
# "travelled / set off / journeyed with X": fellow travellers (persons)
TRAVEL = {"travel", "journey", "set off", "set out", "ride", "sail", "flee", "escape", "tour"}
CO_VERBS = {"edit", "author", "found", "write", "operate", "organise", "organize", "direct", "produce", "sign",
            "chair", "lead", "translate"}
# "many of the Mensheviks", "most of his brothers", "one of them": the group named after "of"
QUANTIFIERS = {"many", "most", "some", "several", "few", "all", "both", "each", "none", "any", "one", "two",
               "three", "another", "either", "neither", "certain", "number", "majority", "part", "rest"}
# "a friend of his / hers / mine" (the double genitive): the pronoun is the possessor
POSS_PRONOUNS = {"his", "hers", "her", "mine", "my", "theirs", "ours"}


HIRE = {"take", "hire", "employ", "engage", "retain", "keep"}  # "X took him on as a secretary": X employs him


# a verb and its object naming a tie with the "with" party: "fell in love with X", "made friends with X"
LIGHT = {("fall", "love"): "lover", ("make", "friend"): "friend", ("make", "friends"): "friend",
         ("strike", "friendship"): "friend", ("form", "friendship"): "friend", ("form", "alliance"): "ally",
         ("make", "alliance"): "ally", ("enter", "alliance"): "ally", ("enter", "partnership"): "colleague",
         ("go", "partnership"): "colleague", ("fall", "out"): "enemy", ("join", "force"): "ally",
         ("join", "forces"): "ally", ("make", "common"): "ally", ("make", "cause"): "ally",
         ("become", "friend"): "friend", ("become", "ally"): "ally", ("become", "close"): "friend",
         ("be", "close"): "friend", ("grow", "close"): "friend", ("be", "friend"): "friend"}
# nouns naming a tie between two parties: "concluded an alliance with X", "the struggle between X and Y"
BONDS = {"alliance": "ally", "friendship": "friend", "partnership": "colleague", "marriage": "spouse",
         "struggle": "rival", "rivalry": "rival", "quarrel": "enemy", "feud": "enemy", "war": "enemy",
         "conflict": "enemy", "enmity": "enemy", "hostility": "enemy", "collaboration": "colleague",
         "assistance": "ally", "help": "ally", "support": "ally", "sanction": "ally", "cooperation": "ally",
         "coalition": "ally", "pact": "ally", "treaty": "ally", "agreement": "ally",
         "protection": "patron", "patronage": "patron", "protectorship": "patron", "hospitality": "host",
         "persecution": "enemy", "oppression": "enemy", "affection": "friend", "attack": "enemy",
         "opposition": "enemy", "hatred": "enemy", "betrayal": "enemy", "denunciation": "enemy",
         "loyalty": "ally"}
# "his attacks on X", "her marriage to X", "his loyalty to X": the possessor's tie with the object
POSSESSED_BOND_PREPS = {"on", "upon", "against", "with", "to", "towards", "toward", "of", "for"}
# "X was under the protection of Y", "X enjoyed the hospitality of Y": Y acts on X
TURNED = {"patron", "host"}
# kin nouns: "lived with his sister" is family, not a host
# a seat when held "of" a body ("the deputy of the Duma"), a tie only when a person's ("his deputy")
PERSON_ONLY = {"deputy"}
KIN_TYPES = {"spouse", "parent", "sibling", "relative", "lover"}
KIN = {w for w, (t, _) in NOUNS.items() if t in ("spouse", "parent", "sibling", "relative")} | {"family"}


def run(ctx: DocContext) -> dict[str, list]:
    rd = shared_reader(ctx)
    found: dict[tuple[str, str, str], Relationship] = {}
    sentences: list[tuple[int, int]] = []
    couples: list[tuple[int, EntityRef, EntityRef]] = []  # married pairs so far, for "their son X"
    travelled: set[frozenset[str]] = set()  # pairs made colleagues by travelling together only
    for s in rd.sentences():
        sentences.append((s.start, s.end))
        for tok in s.sent:
            for a, b, kind in [*_from_noun(rd, s, tok, couples), *_from_verb(rd, s, tok, couples),
                               *_from_bond(rd, s, tok)]:
                if a.id == b.id or kind in KIN_TYPES and not a.kind == b.kind == "person":
                    continue  # "his wife, X, herself a Bolshevik": kin are persons, not the party said of one
                if kind == "travel":
                    kind = "colleague"
                    travelled.add(frozenset((a.id, b.id)))
                key = (a.id, b.id, kind) if kind not in ("spouse", "sibling", "friend", "ally", "rival", "enemy",
                                                          "colleague", "relative", "lover") \
                    else (*sorted((a.id, b.id)), kind)
                if key not in found:
                    found[key] = Relationship(f"{ctx.doc_id}-r{len(found) + 1}", a.id, b.id, kind,
                                              rd.span(s.start, s.end))
                if kind == "spouse" and a.kind == b.kind == "person":
                    couples.append((s.offset + tok.idx, a, b))
    for a, b, kind, (start, end) in [*_narrator_kin(ctx, sentences), *_shared_surname(rd)]:
        key = (a, b, kind) if kind == "parent" else (*sorted((a, b)), kind)
        if key not in found:
            found[key] = Relationship(f"{ctx.doc_id}-r{len(found) + 1}", a, b, kind, rd.span(start, end))
    known = {frozenset((r.a, r.b)) for r in found.values()}
    for tie in learned_relationships(rd, known):  # the pairs no rule reads, by the learned pair reader
        key = (tie.a.id, tie.b.id, tie.type)
        if key not in found:
            found[key] = Relationship(f"{ctx.doc_id}-r{len(found) + 1}", tie.a.id, tie.b.id, tie.type,
                                      rd.span(tie.sentence.start, tie.sentence.end))
    tied = {frozenset((r.a, r.b)) for r in found.values() if r.type != "colleague"}
    # "Kerensky travelled with her [his wife]": fellow travellers already tied otherwise are no colleagues
    return {"relationships": [r for r in found.values() if r.type != "colleague" or
                              frozenset((r.a, r.b)) not in travelled & tied]}


# "Henry and Anna Richardson": two given names sharing one surname
SHARED_SURNAME = re.compile(r"\s+and\s+")


def _shared_surname(rd: Reader):
    """ "Henry and Anna Richardson", "Sidney and Beatrice Webb's": a person named by a bare given name
    (nowhere given a longer name), "and", then a given name with a surname share the surname: a couple
    (man and woman: spouses) or siblings (one sex), with the phrase's sentence as evidence."""
    names = {p.id: p.name for p in rd.ctx.persons}
    text = rd.ctx.text
    for a, b in zip(rd.refs, rd.refs[1:]):
        if not (a.kind == b.kind == "person") or a.id == b.id or not SHARED_SURNAME.fullmatch(text[a.end:b.start]):
            continue
        first, words = text[a.start:a.end], text[b.start:b.end].split()
        if len(names.get(a.id, "").split()) != 1 or len(first.split()) != 1 or len(words) != 2:
            continue
        g1, g2 = given_name_gender(first), given_name_gender(words[0])
        if g1 not in ("m", "f") or g2 not in ("m", "f") or given_name_gender(words[1]) is not None:
            continue
        start = text.rfind(".", 0, a.start) + 1
        end = text.find(".", b.end)
        yield a.id, b.id, "spouse" if g1 != g2 else "sibling", (start, end if end > 0 else b.end)


def _narrator_kin(ctx: DocContext, sentences: list[tuple[int, int]]):
    """The narrator's kin named by kinship ("my father" -> the narrator's father, see
    :func:`chronicle.resolve.narrator.find_narrator_kin`) are related to the narrator; the
    evidence is the sentence of the first mention."""
    narrator = next((p.id for p in ctx.persons if p.id.endswith("-per-narrator")), None)
    if narrator is None:
        return
    for p in ctx.persons:
        noun = p.id[len(narrator) + 1:] if p.id.startswith(narrator + "-") else ""
        if noun not in NOUNS or not p.mentions:
            continue
        kind, rev = NOUNS[noun]
        first = p.mentions[0].start
        where = next(((a, b) for a, b in sentences if a <= first < b), (first, p.mentions[0].end))
        yield (narrator, p.id, kind, where) if rev else (p.id, narrator, kind, where)


def _pair(bearer: EntityRef, other: EntityRef, noun: str):
    kind, rev = NOUNS[noun]
    if noun == "mistress" and other.kind == "person":
        kind = "lover"  # "Vera was Orlov's mistress" (of a house or a servant, it is no person's)
    return (other, bearer, kind) if rev else (bearer, other, kind)


def _from_noun(rd: Reader, s: Sentence, noun: Token, couples: list | None = None):
    word = noun.lower_ if noun.lower_ in NOUNS else noun.lemma_.lower()
    if word not in NOUNS and _fellow(noun):
        word = "colleague"  # "a fellow exile", "his fellow deportees": companions in a shared lot
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and doc[noun.i + 2].lower_ == "in":
        word = "cousin"  # "brother-in-law" split by the tokenizer: a relative, not a brother
    if word not in NOUNS or noun.pos_ not in ("NOUN", "PROPN") or _figurative(noun):
        return
    if word == "officer" and not any(c.dep_ in ("amod", "compound") and c.lower_ in PERSONAL for c in noun.children):
        return  # "his orderly officer" serves him; "his signal officer" serves the ship
    off = s.offset
    parents = _son_of_and_wife(rd, noun, word, off)
    if parents is not None:  # "the son of a metalworker and his wife Yevdokia": Yevdokia is the son's parent
        yield from parents
        return
    bearers = _bearers(rd, noun, off)
    if not bearers and word in ("wife", "husband"):
        pair = _unnamed_spouse(rd, noun, word, off, couples)
        if pair is not None:  # "Anita rode beside her husband", "he wired his wife from Vyatka"
            yield pair[0], pair[1], "spouse"
            return
    if not bearers and word in PARENT_NOUNS:
        pair = _unnamed_parent(rd, noun, word, off)
        if pair is not None:  # "the boy asked when his father would come home", in a life of the father
            yield _pair(pair[1], pair[0], word)
            return
    if not bearers and noun.tag_ in ("NNS", "NNPS") and noun.dep_ in ("attr", "oprd") and not NOUNS[word][1]:
        pair = _the_two(rd, s, noun)  # "The two men became friends": the two persons of the sentence before
        if pair:
            yield pair[0], pair[1], NOUNS[word][0]
        return
    if not bearers:
        return
    # "With X came A, …, his son B": A, the list member the noun hangs on, is no more its possessor than B
    beside = {r.id for r in [rd.entity(noun.head, off, ACTORS)] if r} if noun.dep_ == "appos" else set()
    others = _relatives(rd, noun, off, exclude={b.id for b in bearers} | beside, couples=couples)
    if NOUNS[word] == ("employer", True) or word in PERSON_ONLY:  # "secretary of the Moscow Committee": a seat
        others = [o for o in others if o.kind == "person"]  # (see memberships); "deputy of the Duma" too
    if not others and NOUNS[word] == ("employer", True) and noun.dep_ == "pobj" and noun.head.lower_ == "as" \
            and noun.head.head.lemma_.lower() in HIRE and not negated(noun.head.head):
        # "Lenin took him on as a secretary": whoever took him on employs him
        others = [r for t in subjects(noun.head.head) for r in rd.group(t, off, ("person",), of=False)
                  if r.id not in {b.id for b in bearers}]
    if not others and noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in REGARD \
            and NOUNS[word][0] not in ("spouse", "parent", "sibling", "relative", "employer") \
            and not children(noun, "poss") and not negated(noun.head.head) and not hypothetical(noun.head.head):
        # "he regarded her as an opponent": the one who regards her is the other party
        others = [r for t in subjects(noun.head.head) for r in rd.group(t, off, ("person",), of=False)
                  if r.id not in {b.id for b in bearers}]
    if NOUNS[word][0] == "colleague" and any(o.kind == "person" for o in children(noun, "poss") for o in
                                             [_possessor(rd, o, off, set())] if o is not None):
        # "his colleagues of the Triumvirate, X and Y": the body they sit on together, no party to the tie
        body = {r.id for c in children(noun, "prep") if c.lower_ == "of" for p in children(c, "pobj")
                for r in rd.group(p, off, ACTORS, of=False) if r.kind != "person"}
        others = [o for o in others if o.id not in body]
    if not others and NOUNS[word][0] in CLAUSE_TIES and not NOUNS[word][1] and _unowned(noun):
        others = _clause_other(rd, noun, bearers, off)  # "X, an old comrade, met him": X and him
    no_friend = word == "friend" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    for b in bearers:
        for o in others:
            # "The Times, no friend of the Republic": an enemy
            yield (b, o, "enemy") if no_friend else _pair(b, o, word)
    if len(bearers) >= 2 and (NOUNS[word] == ("parent", True) and (others or _child_list(noun)) or others and
                              noun.tag_ in ("NNS", "NNPS") and not NOUNS[word][1] and
                              NOUNS[word][0] in ("sibling", "colleague")):
        # "his sons Luigi and Lorenzo", "their son A and daughter B" (brother and sister); "his colleagues,
        # X and Y" (colleagues of each other too; one man's two friends or allies need not be each other's)
        kind = "sibling" if NOUNS[word][0] in ("parent", "sibling") else NOUNS[word][0]
        strangers = _strangers(rd, bearers) if kind == "sibling" else set()
        for i, a in enumerate(bearers):
            for b in bearers[i + 1:]:
                if a.id not in strangers and b.id not in strangers:
                    yield a, b, kind
    if not others and noun.tag_ in ("NNS", "NNPS") and noun.dep_ in ("attr", "oprd") and not NOUNS[word][1]:
        for i, a in enumerate(bearers):  # "X and Y became friends", "the two were brothers"
            for b in bearers[i + 1:]:
                yield a, b, NOUNS[word][0]


# ties an unowned noun names with the other party of its clause ("X, an old comrade, met him")
CLAUSE_TIES = {"friend", "colleague", "ally"}
# "a fellow exile", "fellow-prisoners": the noun's bearer shares a lot with someone
FELLOW = {"fellow", "fellow-"}


def _fellow(noun: Token) -> bool:
    """A common noun under "fellow" ("a fellow exile", "his fellow deportees", "a fellow-prisoner")."""
    if noun.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ == "fellow" and c.i < noun.i for c in noun.children):
        return True
    doc = noun.doc
    return noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ == "fellow" \
        and not doc[noun.i - 2].whitespace_


def _unowned(noun: Token) -> bool:
    """A singular relation noun that names no other party: no possessor, no "of"/"to", an indefinite or no
    article ("an old comrade", "a fellow exile"; not "the friend", "his friend", "a friend of Y")."""
    if noun.tag_ != "NN" or children(noun, "poss") or any(c.lower_ in ("of", "to") for c in children(noun, "prep")):
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return all(d in ("a", "an", "another") for d in dets)


def _clause_other(rd: Reader, noun: Token, bearers: list[EntityRef], off: int) -> list[EntityRef]:
    """The one other person of the clause an unowned relation noun (and its bearer) sits in: the verb's
    subject when the noun is outside it ("Y made for the flat of X, an old comrade": Y), else the verb's
    direct object ("A fellow exile, X, coached him": him). None when the verb is negated or hypothetical,
    or the clause names no single other person."""
    verb, t = None, noun
    for _ in range(8):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            verb = t
            break
    if verb is None or negated(verb) or hypothetical(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return []
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.tag_ in ("VBD", "VBN") \
            and verb.doc[verb.i - 1].text == ",":
        subj = [verb.head]  # "Stalin, who had no family there, made for …": a finite verb misread as a modifier
    inside = any(h.i != verb.head.i and noun.i in range(h.left_edge.i, h.right_edge.i + 1) for h in subj)
    slots = children(verb, "dobj") if inside else subj
    ids = {b.id for b in bearers}
    out = [r for h in slots for r in _other_party(rd, h, off, ids)]
    return out if len({r.id for r in out}) == 1 else []


def _other_party(rd: Reader, h: Token, off: int, exclude: set[str]) -> list[EntityRef]:
    """The persons a subject or object names, none of ``exclude``; a "him"/"her" is read past them (one
    clause's subject is not its own object: "X, a fellow exile, coached him")."""
    if h.lower_ in HE | SHE:
        r = rd.antecedent(h.lower_, off + h.idx, exclude)
        return [r] if r is not None and r.kind == "person" else []
    return [r for r in rd.group(h, off, ("person",), of=False) if r.id not in exclude]


def _strangers(rd: Reader, bearers: list[EntityRef]) -> set[str]:
    """Children named by a bare first name that the record took for someone of another family: "his sons, Sergey
    and Paul" read as Sergei Witte and Paul Heyse, "Dmitry (b. 1895), Maria and Varvara" as Dmitry Kosorotov beside
    Maria Rasputin. A child whose full name in the record has a surname that no other person of the record bears
    (the family's name is always someone else's too: the parent's, a sibling's) is no sure sibling."""
    last = {p.id: p.name.split()[-1][:5].lower() for p in rd.ctx.persons if p.name.split()}  # "Dostoevskaya" too
    full = {p.id for p in rd.ctx.persons if len(p.name.split()) >= 2}
    out = set()
    for b in bearers:
        if b.id in full and " " not in rd.ctx.text[b.start:b.end].strip() and not any(
                s == last[b.id] for pid, s in last.items() if pid != b.id):
            out.add(b.id)
    return out


def _child_list(noun: Token) -> bool:
    """ "his sons, Luigi and Lorenzo", "her son A and daughter B": a plural child noun, or one coordinated with
    another, with its names in apposition."""
    return (noun.tag_ == "NNS" or any(c.dep_ == "conj" and c.lemma_.lower() in CHILDREN for c in noun.children)) \
        and _named(noun)


def _bearers(rd: Reader, noun: Token, off: int) -> list[EntityRef]:
    """Who is the wife / friend / enemy: an apposition, a name the noun modifies, or a copula's subject."""
    out: list[EntityRef] = []
    for c in noun.children:
        if c.dep_ == "appos" and _after_of(rd, noun, c, off):
            continue  # "the daughter of a notary, Pyotr Voronov": the notary's name, not the daughter's
        if c.dep_ == "appos" and _list_after(noun, c):
            continue  # "X with his wife Y and their son, A, and another B": the list goes on, no son's name
        if c.dep_ in ("appos",) or (c.dep_ in ("compound", "flat") and c.i > noun.i) or _loose_conj(noun, c):
            out += [r for t in conjuncts(c) if t.lemma_.lower() not in NOUNS and t.lower_ not in NOUNS
                    for r in [rd.entity(t, off, ACTORS) or _described(rd, t, off)] if r]
    if noun.tag_ == "NNS" and not out:  # "his colleagues of the Directory, X and Y", the names hung on the body
        for c in children(noun, "prep"):
            for p in children(c, "pobj") if c.lower_ == "of" else []:
                body = rd.entity(p, off, ACTORS)
                names = [q for q in p.children if q.dep_ == "conj" and q.pos_ == "PROPN" and
                         q.doc[q.left_edge.i - 1].text == ","]
                if body is not None and body.kind != "person" and names:
                    out += [r for q in names for t in conjuncts(q) for r in [rd.entity(t, off, ("person",))] if r]
    for c in children(noun, "prep"):  # "a friend of his, one Vernon": the name after the pronoun
        pron = _double_genitive(c)
        if pron is not None:
            names = [p for p in children(c, "pobj") if p.i != pron.i] + children(pron, "appos")
            out += [r for a in names for t in conjuncts(a) for r in [rd.entity(t, off, ACTORS)] if r]
    if noun.dep_ in ("compound", "nmod", "amod") and noun.head.pos_ == "PROPN":  # "his friend Collins"
        out += rd.group(noun.head, off, ACTORS, of=False)
    elif noun.i + 1 < len(noun.doc) and noun.nbor(1).pos_ == "PROPN" and noun.nbor(1).head.i == noun.head.i \
            and noun.nbor(1).dep_ == noun.dep_:  # the same, parsed as two subjects
        out += rd.group(noun.nbor(1), off, ACTORS, of=False)
    elif noun.dep_ == "appos" and _born(rd, noun, off):  # "X was born in Tver, the son of Y": X
        out += _born(rd, noun, off)
    elif noun.dep_ == "appos" and not out and not any(c.dep_ == "conj" and c.pos_ == "NOUN" and
                                          (c.lemma_.lower() not in NOUNS or c.tag_ == "NNS") for c in noun.children):
        # "Z, his wife" (not a list: "Ciceruacchio, his sons and six companions were shot"; not "A, his son B":
        # a noun with a name of its own is the list's next member, not a second name for A)
        out += _own_group(rd, noun.head, off)
    elif noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and not negated(noun.head):
        # "His parents were X and Y", "Her husband was X"
        out += [r for a in children(noun.head, "attr") for r in rd.group(a, off, ACTORS, of=False)
                if a.lemma_.lower() not in NOUNS]
    elif noun.dep_ in ("attr", "oprd") or (noun.dep_ == "pobj" and noun.head.lower_ == "as") or \
            (noun.dep_ == "conj" and noun.head.lemma_ == "be"):  # "X was a daughter of Y, and a sister of Z"
        verb = noun.head if noun.dep_ != "pobj" else noun.head.head
        objs = children(verb, "dobj") if noun.dep_ == "pobj" and verb.lemma_.lower() in TAKE_AS else []
        if not negated(verb) and not hypothetical(verb):  # "he took X as his secretary": X, not he
            # "Kerensky's father was the teacher of X": the father, not Kerensky
            out += [r for sub in (objs or _subjects(rd, verb, off)) for r in _own_group(rd, sub, off)]
    elif not out and noun.dep_ == "conj" and noun.head.lemma_.lower() in NOUNS and noun.head.dep_ in ("attr", "oprd"):
        # "X was a daughter of Y, and a sister of Z": the first predicate's bearer
        out += _bearers(rd, noun.head, off)
    elif not out and noun.dep_ == "conj" and any(c.dep_ == "amod" and c.lower_ in ("other", "fellow")
                                                 for c in noun.children):
        out += rd.group(noun.head, off, ACTORS, of=False)  # "X and other opponents of Y"
    if not out and noun.dep_ in ("nsubj", "nsubjpass"):
        out += _of_appos(rd, noun, off)  # "The sister of Dmitry, Nadezhda Stasova, was…": Nadezhda
    if not out and children(noun, "poss") and noun.i + 1 < len(noun.doc) and noun.nbor(1).pos_ == "PROPN" \
            and not noun.whitespace_.count("\n\n"):
        r = rd.entity(noun.nbor(1), off, ("person",))  # "wrote to his sister Sarra that …", however parsed
        if r is not None:
            out.append(r)
    if not out and noun.dep_ == "pobj" and _owner_before(noun) is not None:
        # "X, the member for Berkshire and Lilburne's patron": the second predicate, parsed into the first's "for"
        # phrase, is borne by the name the first is apposed to
        t = noun.head
        for _ in range(4):
            if t.dep_ == "appos" and t.pos_ == "NOUN":
                out += [r for r in [rd.entity(t.head, off, ("person",))] if r]
                break
            if t.dep_ not in ("prep", "pobj"):
                break
            t = t.head
    return [r for r in out if r.kind in ACTORS]


def _list_after(noun: Token, appos: Token) -> bool:
    """A singular relation noun set off by a comma from names that run on as a list (", A, and B"): one son or
    wife has one name, so the names are the list's next members, not the noun's."""
    if noun.tag_ != "NN" or appos.i < noun.i or noun.doc[appos.left_edge.i - 1].text != ",":
        return False
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > appos.i and c.doc[c.left_edge.i - 1].lower_ == "and"
               and c.doc[c.left_edge.i - 2].text == "," for c in [*appos.children, *noun.children])


def _of_appos(rd: Reader, noun: Token, off: int) -> list[EntityRef]:
    """ "The sister of Dmitry, Nadezhda Stasova, …": a name in apposition to the "of" object, another person
    than it and not of the other gender than the noun, is the noun's bearer (the parser hangs it on the
    object)."""
    word = noun.lemma_.lower()
    for c in children(noun, "prep"):
        if c.lower_ != "of":
            continue
        for p in children(c, "pobj"):
            own = rd.entity(p, off, ("person",))
            if p.pos_ != "PROPN" or own is None:
                continue
            for a in children(p, "appos"):
                r = rd.entity(a, off, ("person",))
                g = rd.gender.get(r.id) if r is not None else None
                if a.pos_ == "PROPN" and r is not None and r.id != own.id and a.doc[a.left_edge.i - 1].text == "," \
                        and not (g == "m" and word in FEMALE_NOUNS or g == "f" and word in MALE_NOUNS):
                    return [r]
    return []


CHILDREN = {"son", "daughter", "child"}
TWO = {"two", "both"}


def _son_of_and_wife(rd: Reader, noun: Token, word: str, off: int):
    """ "X was born in Kolpino, the son of a metalworker and his wife Yevdokia": the parser makes "wife" a
    conjunct of "son"; "his" is the unnamed metalworker, and the wife is the parent of the son's bearer.
    None when the noun is not such a conjunct."""
    head = noun.head
    if word not in ("wife", "husband") or noun.dep_ != "conj" or head.lemma_.lower() not in CHILDREN \
            or not any(c.lower_ in HE | SHE for c in children(noun, "poss")):
        return None
    objs = [p for c in children(head, "prep") if c.lower_ == "of" for p in children(c, "pobj")]
    if not objs or objs[0].pos_ != "NOUN" or rd.entity(objs[0], off, ("person",)) is not None \
            or any(c.dep_ == "appos" for c in objs[0].children):
        return None
    children_ = _bearers(rd, head, off)
    parents = [r for c in noun.children if c.dep_ == "appos" for r in [rd.entity(c, off, ("person",))] if r]
    return [(a, b, "parent") for a in parents for b in children_]


def _the_two_noun(t: Token) -> bool:
    """ "the two men", "both" (naming no one)."""
    return t.lower_ in TWO or any(c.lower_ in TWO for c in t.children)


def _two_before(rd: Reader, s: Sentence) -> tuple[EntityRef, EntityRef] | None:
    """The two persons (named, or read for a pronoun) of the sentence before, when there are exactly two."""
    doc = s.sent.doc
    if s.sent.start == 0:
        return None
    prev = doc[s.sent.start - 1].sent
    found: dict[str, EntityRef] = {}
    for tok in prev:
        r = rd.ref(tok, s.offset) or rd.pronouns.get(s.offset + tok.idx)
        if r is not None and r.kind == "person":
            found.setdefault(r.id, r)
    return tuple(found.values()) if len(found) == 2 else None  # type: ignore[return-value]


def _the_two(rd: Reader, s: Sentence, noun: Token) -> tuple[EntityRef, EntityRef] | None:
    """ "The two men became friends": the subject is "the two …" / "both …" naming no one; the pair is the two
    persons (named or read for a pronoun) of the sentence before, when there are exactly two."""
    verb = noun.head
    subj = subjects(verb)
    if len(subj) != 1 or negated(verb) or hypothetical(verb):
        return None
    t = subj[0]
    if not _the_two_noun(t) or rd.entity(t, s.offset) is not None:
        return None
    return _two_before(rd, s)


def _born(rd: Reader, noun: Token, off: int) -> list[EntityRef]:
    """ "X was born in 1884 in Tver, the second son of Y": a kin noun in apposition to the birthplace (as the
    parser hangs it) is the one born's."""
    place = noun.head
    if place.lemma_.lower() == "bear" and place.pos_ == "VERB":
        verb = place  # "X was born in Samara, the only daughter of Y", the noun hung on the verb
    elif place.dep_ == "pobj" and place.head.dep_ == "prep" and rd.entity(place, off, ("person",)) is None:
        verb = place.head.head
        for _ in range(2):  # "born in the village of Tskhadisi, the son of Y": up through "of"
            if verb.lemma_.lower() == "bear" or verb.dep_ != "pobj" or verb.head.dep_ != "prep" \
                    or rd.entity(verb, off, ("person",)) is not None:
                break
            verb = verb.head.head
        if verb.lemma_.lower() != "bear" or verb.pos_ != "VERB":
            return []
    else:
        return []
    return [r for t in subjects(verb) for r in rd.group(t, off, ("person",), of=False)]


def _after_of(rd: Reader, noun: Token, appos: Token, off: int) -> bool:
    """An apposition hung on the relation noun but standing right after its "of" phrase, whose object is an
    unnamed description, names that description when the noun already has its bearer ("X was born in Samara,
    the only daughter of a notary, Pyotr Voronov") or the name's gender is not the noun's."""
    for p in children(noun, "prep"):
        if p.lower_ == "of" and p.i < appos.i:
            objs = children(p, "pobj")
            if objs and objs[0].pos_ == "NOUN" and objs[0].right_edge.i + 2 >= appos.left_edge.i \
                    and appos.doc[appos.left_edge.i - 1].text == "," and objs[0].lemma_.lower() not in NOUNS:
                named = rd.entity(appos, off, ("person",))
                g = rd.gender.get(named.id) if named else None
                word = noun.lemma_.lower()
                if g == "m" and word in FEMALE_NOUNS or g == "f" and word in MALE_NOUNS:
                    return True
                own = noun.head if noun.dep_ == "appos" else None
                return own is not None and (rd.entity(own, off, ("person",)) is not None or bool(_born(rd, noun, off)))
    return False


def _described(rd: Reader, tok: Token, off: int) -> EntityRef | None:
    """ "Her father, the landowner X": a common noun in apposition that names a person by its own
    apposition or by the name it stands before."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in NOUNS:
        return None
    return next((r for c in tok.children if c.dep_ == "appos" or c.dep_ in ("compound", "flat") and c.i > tok.i
                 for r in [rd.entity(c, off, ("person",))] if r), None)


def _double_genitive(prep: Token) -> Token | None:
    """The pronoun of "a friend of his, one X" / "a friend of mine, X" (however the parser hung the name)."""
    doc = prep.doc
    if prep.lower_ != "of" or prep.i + 2 >= len(doc) or doc[prep.i + 1].lower_ not in POSS_PRONOUNS \
            or doc[prep.i + 2].text != ",":
        return None
    return doc[prep.i + 1]


def _own_group(rd: Reader, tok: Token, off: int) -> list[EntityRef]:
    """The entities ``tok`` names, but a relation noun names no one by its possessor: in "his wife, Y's
    only son" the son is not "his"."""
    if tok.lemma_.lower() not in NOUNS:
        return rd.group(tok, off, ACTORS, of=False)
    named = [tok, *children(tok, "appos")]
    if tok.i + 1 < len(tok.doc) and tok.nbor(1).pos_ == "PROPN" and tok.nbor(1).head.i == tok.head.i \
            and tok.nbor(1).dep_ in ("npadvmod", tok.dep_):
        named.append(tok.nbor(1))  # "Their daughter Nadezhda married Stalin", the name hung on the verb
    return [r for t in named for r in [rd.entity(t, off, ACTORS)] if r]


def _family(rd: Reader, tok: Token, off: int) -> list[EntityRef]:
    """ "lodged with the Alliluyevs": a plural surname no entity names is that family's one person of the
    name in the text, or its one man."""
    if tok.pos_ != "PROPN" or not tok.text.endswith("s") or len(tok.text) < 4 or rd.ref(tok, off) is not None \
            or not any(c.lower_ == "the" for c in tok.children):
        return []
    stem = tok.text[:-1]
    same = [p for p in rd.ctx.persons if p.name.split() and p.name.split()[-1] == stem]
    if len(same) > 1:
        same = [p for p in same if rd.gender.get(p.id) == "m"]
    if len(same) != 1:
        return []
    pos = off + tok.idx
    return [EntityRef(pos, pos + len(tok.text), same[0].id, "person")]


# "his first wife", "her former husband": one of several, not to be guessed
NOT_THE_SPOUSE = {"first", "second", "third", "former", "previous", "ex", "late", "future", "prospective",
                  "intended", "would-be", "no", "any", "a", "another", "every", "each"}


def _unnamed_spouse(rd: Reader, noun: Token, word: str, off: int,
                    couples: list | None) -> tuple[EntityRef, EntityRef] | None:
    """An unnamed "his wife" / "her husband" (no name beside it): the possessor and the one the text makes
    their spouse already (see :func:`_spouse_named`), else, when the possessor is the person named most often
    of their gender, the person named most often of the other gender (at least three times, and twice as often
    as anyone else of that gender): the couple a biography follows ("Anita rode beside her husband" in a life
    of Garibaldi; "he wired his wife from Vyatka" in a chapter on Trotsky and Natalya Sedova). Not "his first /
    former / late wife", "no wife", one quoted, or "His Wife" in a title."""
    poss = children(noun, "poss")
    if len(poss) != 1 or any(c.lower_ in NOT_THE_SPOUSE for c in noun.children if c.dep_ in ("amod", "det")) \
            or rd.in_quote(off + noun.idx) or negated(noun.head) or not noun.text.islower():  # not a title's
        return None
    p = poss[0]
    if p.lower_ not in HE | SHE and p.pos_ != "PROPN":
        return None
    who = _possessor(rd, p, off, set())
    if who is None or who.kind != "person":
        return None
    named = _spouse_named(rd, noun, off, couples)
    if named:
        return who, named[0]
    g = "f" if word == "husband" else "m"  # the possessor's gender
    if rd.gender.get(who.id) not in (g, None, "unknown"):
        return None
    kin = _same_surname(rd, who.id, "m" if g == "f" else "f")
    if kin is not None:  # "Ekaterina Trubetskaya left the day after her husband": the one Trubetskoy
        pos = off + noun.idx
        return who, EntityRef(pos, pos + len(noun.text), kin, "person")

    def top(gender: str) -> list:
        # a possessor the record left without a gender has the one its "his" / "her" gives it
        ranked = sorted((p for p in rd.ctx.persons if p.id != rd.narrator and (
            rd.gender.get(p.id) == gender or gender == g and p.id == who.id)), key=lambda p: -len(p.mentions))
        return ranked[:2]
    own, other = top(g), top("m" if g == "f" else "f")
    if not own or own[0].id != who.id or not other or len(other[0].mentions) < 3 or \
            len(other) > 1 and 2 * len(other[1].mentions) > len(other[0].mentions):
        return None  # the one of the other gender the text follows: named thrice, twice as often as the next
    if any(other[0].id in (a.id, b.id) and who.id not in (a.id, b.id) for _, a, b in couples or []):
        return None  # the followed person is married to someone else already: "her husband, X … Lenin and his wife"
    pos = off + noun.idx
    return who, EntityRef(pos, pos + len(noun.text), other[0].id, "person")


# an unnamed parent noun and the gender of the parent it names
PARENT_NOUNS = {"father": "m", "mother": "f"}


def _unnamed_parent(rd: Reader, noun: Token, word: str, off: int) -> tuple[EntityRef, EntityRef] | None:
    """An unnamed "his father" / "her mother" (no name beside it, one "his"/"her", not quoted): the possessor
    and the text's main person of the parent's gender (:meth:`Reader._main_persons`: the one a life follows),
    when the possessor is someone else, named in the text before: the child of the person the text is about
    ("the boy, X, asked when his father would come home" in a life of the father); the possessor must be named
    as a child in that sentence (:func:`_named_child`): "he wrote to his mother" in a life of a couple is not the
    wife's son."""
    poss = children(noun, "poss")
    if len(poss) != 1 or poss[0].lower_ not in HE | SHE or not noun.text.islower() or noun.tag_ != "NN" \
            or rd.in_quote(off + noun.idx) or negated(noun.head) or children(noun, "prep") and any(
                c.lower_ == "of" for c in children(noun, "prep")):
        return None
    parent = (rd.topics or {}).get(PARENT_NOUNS[word])
    who = _possessor(rd, poss[0], off, set())
    if parent is None or who is None or who.kind != "person" or who.id == parent \
            or not _named_child(rd, poss[0], who, off):
        return None
    pos = off + noun.idx
    if not any(r.id == parent and r.start < pos for r in rd.refs):
        return None
    return who, EntityRef(pos, pos + len(noun.text), parent, "person")


# nouns that name a person as a child
CHILD_WORDS = {"boy", "girl", "child", "baby", "infant", "son", "daughter"}


def _named_child(rd: Reader, poss: Token, who: EntityRef, off: int) -> bool:
    """Person ``who`` is named, before ``poss`` in its sentence, by a child noun or a name in its phrase ("the
    boy, X", "a second child, a boy named X")."""
    for t in poss.sent:
        if t.i >= poss.i:
            return False
        if t.lemma_.lower() in CHILD_WORDS and t.pos_ == "NOUN" and not children(t, "poss") and any(
                x is not None and x.id == who.id for x in (rd.entity(u, off, ("person",)) for u in t.subtree
                                                            if u.pos_ == "PROPN" and u.i < poss.i)):
            return True
    return False


# surname endings that differ between a man and a woman of one family: Trubetskoy / Trubetskaya,
# Volkonsky / Volkonskaya, Ivanov / Ivanova
SURNAME_ENDINGS = ("aya", "oy", "iy", "yi", "y", "a", "i")


def _surname_stem(name: str) -> str:
    last = name.split()[-1].lower() if name.split() else ""
    for end in SURNAME_ENDINGS:
        if last.endswith(end) and len(last) - len(end) >= 3:
            return last[:-len(end)]
    return last


def _same_surname(rd: Reader, pid: str, gender: str) -> str | None:
    """The one person of ``gender`` whose surname is the family name of person ``pid`` (by its stem, so
    Trubetskaya's Trubetskoy): an unnamed "her husband" / "his wife" in a text that names the couple. None
    when ``pid`` has no surname of its own (a one-word name) or the name is shared by more than one."""
    me = next((p for p in rd.ctx.persons if p.id == pid), None)
    if me is None or len(me.name.split()) < 2:
        return None
    stem = _surname_stem(me.name)
    same = [p.id for p in rd.ctx.persons if p.id != pid and p.id != rd.narrator and len(p.name.split()) >= 2
            and rd.gender.get(p.id) == gender and _surname_stem(p.name) == stem]
    return same[0] if len(same) == 1 else None


def _spouse_named(rd: Reader, tok: Token, off: int, couples: list | None) -> list[EntityRef]:
    """ "had long hated her husband": an unnamed "his wife" / "her husband" object is the possessor's spouse
    found last within reach (see :func:`_their`)."""
    if not couples or tok.lemma_.lower() not in ("wife", "husband") or _named(tok):
        return []
    poss = [c for c in children(tok, "poss") if c.lower_ in HE | SHE]
    if len(poss) != 1:
        return []
    who = _possessor(rd, poss[0], off, set())
    if who is None:
        return []
    pos = off + tok.idx
    for at, a, b in reversed(couples):
        if at <= pos and pos - at <= COUPLE_REACH * 4 and who.id in (a.id, b.id):
            other = b if who.id == a.id else a
            return [EntityRef(pos, pos + len(tok.text), other.id, other.kind)]
    return []


def _loose_conj(noun: Token, c: Token) -> bool:
    """ "her uncles, the Dukes of York and Sussex": a name after a comma parsed as the noun's conjunct
    with no "and" before it is its apposition."""
    if c.dep_ != "conj" or c.pos_ != "PROPN" or c.i < noun.i or noun.tag_ != "NNS" or children(noun, "appos"):
        return False
    left = c.left_edge.i
    return left > 0 and c.doc[left - 1].text == "," and \
        not any(d.dep_ in ("cc", "conj") and noun.i < d.i < c.i for d in noun.children)


COUPLE_REACH = 1500  # how far back "their son X" looks for the married pair


def _their(rd: Reader, h: Token, off: int, couples: list | None) -> list[EntityRef]:
    """ "their son Andrei": both parents — persons coordinated as the clause's subject before "their"
    ("Arkady and Olga settled in Tver; their son…"), else the pair last found married within reach
    ("…whom he married in 1908. Their son Andrei was born…")."""
    verb = h.head.head
    if verb.i != h.head.i:
        subj = [r for t in subjects(verb) if t.i < h.i for r in rd.group(t, off, ("person",), of=False)]
        if len(subj) >= 2:
            return subj
    pos = off + h.idx
    for at, a, b in reversed(couples or []):
        if at <= pos and pos - at <= COUPLE_REACH:
            return [a, b]
    return []


def _and_his(rd: Reader, h: Token, off: int, exclude: set[str]) -> EntityRef | None:
    """ "a railway engineer, Arkady Berezin, and his wife Olga": "his" is the person named right before
    "and", however the parser hung the two."""
    doc = h.doc
    i = h.i - 1
    if i < 1 or doc[i].lower_ != "and":
        return None
    i -= 1 + (doc[i - 1].text == ",")
    if i < 0:
        return None
    r = rd.ref(doc[i], off)
    if r is None or r.kind != "person" or r.id in exclude or \
            rd.gender.get(r.id) == ("f" if h.lower_ in HE else "m"):
        return None
    return r


def _relatives(rd: Reader, noun: Token, off: int, exclude: set[str], couples: list | None = None) -> list[EntityRef]:
    """Whose wife / friend: the possessor ("his", "X's") or the object of "of"."""
    holders = [c for c in noun.children if c.dep_ == "poss"]
    if noun.dep_ in ("compound", "nmod", "amod") and noun.head.pos_ == "PROPN":
        holders += [c for c in noun.head.children if c.dep_ == "poss"]
    owner = _owner_before(noun)
    if owner is not None and all(owner.i != h.i for h in holders):
        holders = [owner]  # "the member for Berkshire and Lilburne's patron", parsed as "(Berkshire and Lilburne)'s"
    out: list[EntityRef] = []
    if not holders and noun.dep_ == "dobj" and noun.head.lemma_ == "have" and not negated(noun.head):
        # "X had a brother-in-law, Y", "X had two sons, A and B": X is the other party
        out += [r for t in subjects(noun.head) for r in [_narrator_pronoun(rd, t, off, first=True)
                                                          or rd.entity(t, off, ACTORS)] if r]
    for h in holders:
        r = None
        if h.lower_ == "their" and noun.lemma_.lower() in KIN:
            # a married pair found before is the parents of "their son", not the children of "their mother"
            out += _their(rd, h, off, couples if noun.lemma_.lower() in CHILDREN | {"children"} else None)
            continue
        if h.lower_ == "their":  # "Lenin and Zinoviev hid in a hut. Their host was X": the pair just named
            out += [r for r in rd.collective(off + h.idx) if r.kind == "person"]
            continue
        if h.lower_ in HE | SHE:
            r = _echo(rd, h, off, exclude) or _and_his(rd, h, off, exclude)
        first = noun.head if noun.dep_ == "conj" and noun.head.lemma_.lower() in NOUNS else None
        first_poss = next((c for c in first.children if c.dep_ == "poss" and c.lower_ in HE | SHE), None) \
            if first is not None and h.lower_ in HE | SHE else None
        if first_poss is not None:  # "his father Timodemus, and his mother Demariste": one "his", not Timodemus
            r = _possessor(rd, first_poss, off, exclude)
        if r is None and first_poss is None and h.lower_ in HE | SHE and noun.dep_ == "conj":
            # "Ivan Kuzin and his wife": his is Ivan Kuzin
            r = rd.entity(noun.head, off, ("person",))
            if r is not None and (r.id in exclude or rd.gender.get(r.id) == ("f" if h.lower_ in HE else "m")):
                r = None
        r = r or _possessor(rd, h, off, exclude)
        if r is not None:
            out.append(r)
    for c in children(noun, "prep"):
        if c.lower_ == "to" and noun.lemma_.lower() in DIPLOMATS:
            continue  # "his envoy to the Pope": sent to him, not his
        if c.lower_ in ("of", "to") and not any(t.text == "," for t in noun.doc[noun.i + 1:c.i]):
            # "her uncles, the Dukes of York and Sussex, of Brougham, …": that "of" is no longer the uncles'
            for p in [_double_genitive(c) or q for q in children(c, "pobj")]:
                r = _narrator_pronoun(rd, p, off)  # "a friend of mine"
                if r is None and p.lower_ in HE | SHE:  # "a friend of his"
                    r = _possessor(rd, p, off, exclude)
                out += [r] if r is not None else rd.group(p, off, ACTORS, of=False)
    return [r for r in out if r.id not in exclude]


def _owner_before(noun: Token) -> Token | None:
    """The name whose "'s" stands right before the noun and its modifiers ("Lenin's old friend"), when the parser
    hung that name elsewhere: on a conjunct before it ("the Party and Lenin's friend")."""
    doc, j = noun.doc, noun.i - 1
    while j > 0 and doc[j].dep_ in ("amod", "advmod", "compound", "nummod") and doc[j].head.i in (noun.i, j + 1):
        j -= 1
    if j < 1 or (doc[j].tag_ != "POS" and doc[j].lower_ not in ("'s", "’s")) or doc[j - 1].pos_ != "PROPN" \
            or doc[j - 1].dep_ != "conj":
        return None
    return doc[j - 1]


# a kin noun "of" a people or a cause is a figure of speech: "the common father of his country", "the
# mother of parliaments", "the father of the Revolution", "a son of the Church"
FIGURATIVE_OF = {"country", "countries", "people", "peoples", "nation", "nations", "city", "church", "revolution",
                 "party", "state", "fatherland", "motherland", "homeland", "empire", "republic", "parliament",
                 "parliaments", "movement", "army", "soil", "poor", "faith", "cause", "liberty", "freedom", "history"}


def _figurative(noun: Token) -> bool:
    return any(p.lemma_.lower() in FIGURATIVE_OF or p.lower_ in FIGURATIVE_OF
               for c in children(noun, "prep") if c.lower_ == "of" for p in children(c, "pobj"))


def _narrator_pronoun(rd: Reader, tok: Token, off: int, first: bool = False) -> EntityRef | None:
    """ "my" / "mine" (``first``: "I" too) outside quotations in a first-person text: the narrator."""
    if tok.lower_ not in (("my", "mine", "i") if first else ("my", "mine")) or not rd.narrator \
            or rd.in_quote(off + tok.idx):
        return None
    return EntityRef(off + tok.idx, off + tok.idx + len(tok.text), rd.narrator, "person")


def _possessor(rd: Reader, tok: Token, off: int, exclude: set[str]) -> EntityRef | None:
    if tok.lower_ == "whose":  # "Orlov, whose wife Vera had died": Orlov
        v = tok.head
        while v.dep_ != "relcl" and v.head.i != v.i:
            v = v.head
        return _whose_antecedent(rd, tok, v, off) if v.dep_ == "relcl" else None
    if tok.lower_ in ("my", "mine"):  # "my brother John": the narrator's brother
        return _narrator_pronoun(rd, tok, off)
    if tok.lower_ in HE | SHE:
        if off + tok.idx in rd.strangers:
            return None  # "a Quaker woman, with her attendants": someone unnamed
        # "he wrote to his wife": the writer; "so did Brunetti, …, with his sons": the sentence's subject
        r = _clause_subject(rd, tok, off, exclude) or _echo(rd, tok, off, exclude) or \
            _main_subject(rd, tok, off, exclude)
        if r is not None:
            return r
        r = rd.pronouns.get(off + tok.idx)  # the last subject before a nearer name: "He lodged with X. His wife…"
        if r is None or r.id in exclude:
            # "Kamenev, his old comrade": not Kamenev, so the last subject before him, else the nearest name
            r = rd.subject_antecedent(tok.lower_, off + tok.idx, exclude) or \
                rd.antecedent(tok.lower_, off + tok.idx, exclude)
        return r if r is not None and r.kind == "person" else None
    return rd.entity(tok, off, ACTORS)


def _whose_antecedent(rd: Reader, tok: Token, rel: Token, off: int) -> EntityRef | None:
    """Whose kin a "whose" names: the entity the relative clause ``rel`` hangs on; when the parser hung it on a
    relation noun with the name in apposition ("her sister X, whose husband Y": on "sister"), that name; when on
    a place inside the person's own phrase ("X, the king of Z, whose son Y": on "Z"), the person that phrase
    names (a kin noun only: "the mayor of Z, whose council" stays Z's)."""
    h = rel.head
    r = rd.entity(h, off, ACTORS)
    if r is not None or tok.head.lemma_.lower() not in KIN:
        return r
    if h.pos_ == "NOUN":  # "her sister Ekaterina, whose husband": Ekaterina
        return next((x for c in children(h, "appos") if c.pos_ == "PROPN"
                     for x in [rd.entity(c, off, ("person",))] if x), None)
    if h.pos_ == "PROPN":  # a place or a thing named inside the person's phrase
        up = _up_to_person(rd, h, off)
        return rd.entity(up, off, ("person",)) if up is not None else None
    return None


ECHO = {"his": ("he", "him"), "her": ("she", "her")}


def _echo(rd: Reader, tok: Token, off: int, exclude: set[str]) -> EntityRef | None:
    """ "With him were A, B, and his servant C": a "his"/"her" echoes an object pronoun of its gender before it
    in the sentence (the same person, read by the pronoun resolver), rather than a name the sentence lists (a
    subject "he" is left to the other readings: "He brought A and his wife")."""
    words = ECHO.get(tok.lower_)
    if words is None or tok.dep_ != "poss":
        return None
    for t in reversed(tok.doc[tok.sent.start:tok.i]):
        if t.lower_ in words and t.dep_ in ("pobj", "dobj", "dative") and t.tag_ == "PRP":
            r = rd.entity(t, off, ("person",))
            return r if r is not None and r.id not in exclude else None
    return None


def _clause_subject(rd: Reader, tok: Token, off: int, exclude: set[str]) -> EntityRef | None:
    """ "He wrote to his wife", "Lenin attacked his old rival": a "his"/"her" on the object of a verb (or on
    the object of its preposition) is the verb's one subject, a person of no other gender not excluded (the
    relation noun's bearer: "Krupskaya became her friend" is not Krupskaya's)."""
    noun = tok.head
    if tok.dep_ != "poss" or noun.i == tok.i:
        return None
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN", "PRON") and noun.head.i != noun.i:
        noun = noun.head  # "saw no one but her jailers and her sister": the object the noun is listed with
    if noun.dep_ in ("dobj", "dative"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
    elif noun.dep_ == "conj" and noun.head.pos_ == "VERB" and noun.head.i < noun.i and \
            any(c.dep_ in ("dobj", "dative") for c in noun.head.children):
        verb = noun.head  # the same with the last object hung on the verb itself: "saw no one but X and, once, her Y"
    else:
        return None
    if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "he was denounced by his rival": the agent's possessor is not sure
    heads = children(verb, "nsubj")
    if len(heads) > 1:  # a misparse's second subject ("…, the Predvarilka known to …, and she saw …"): the person
        heads = [h for h in heads if rd.entity(h, off, ("person",)) is not None]
    if len(heads) != 1 or heads[0].i > tok.i:
        return None
    r = rd.entity(heads[0], off, ("person",))
    other = "f" if tok.lower_ in HE else "m"
    if r is None or r.id in exclude or rd.gender.get(r.id) == other:
        return None
    return r


def _main_subject(rd: Reader, tok: Token, off: int, exclude: set[str]) -> EntityRef | None:
    """The last person before ``tok`` in its sentence who is the subject of the main clause (the root or a
    verb coordinated with it), of no other gender and not excluded."""
    other = "f" if tok.lower_ in HE else "m"
    up = tok.head
    while up.head.i != up.i:  # not across a clause with a subject of its own ("X notes that Caesar believed
        if up.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and (  # Brutus his son")
                c.pos_ in ("PROPN", "PRON") and c.lower_ not in ("who", "which", "that")) for c in up.children):
            return None
        up = up.head
    for t in reversed(tok.doc[tok.sent.start:tok.i]):
        if t.dep_ != "nsubj" or not _main_verb(t.head):
            continue
        r = rd.entity(t, off, ("person",))
        if r is not None and r.id not in exclude and rd.gender.get(r.id) != other:
            return r
    return None


def _subjects(rd: Reader, verb: Token, off: int) -> list[Token]:
    """The verb's subjects (:func:`clauses.subjects`); a "who" clause the parser hung on a name inside its
    antecedent's apposition ("X, the Commissar of Labour, who had been her lover": on "Labour") is the
    person's whose phrase holds that name."""
    out = []
    if not subjects(verb):  # "In Kureika Soso lodged with …", parsed "in [Kureika Soso]": the person is the subject
        out += [o for p in children(verb, "prep") if p.i < verb.i and p.lower_ in ("in", "at", "on")
                for o in children(p, "pobj") if o.pos_ == "PROPN" and o.i < verb.i
                and all(verb.doc[k].head.i == verb.i and verb.doc[k].dep_ in ("aux", "neg", "advmod")
                        for k in range(o.i + 1, verb.i))
                and any(c.dep_ == "compound" and rd.ref(c, off) != rd.ref(o, off) for c in o.children)
                and rd.entity(o, off, ("person",)) is not None]
    for t in subjects(verb):
        if t.pos_ == "PROPN" and rd.entity(t, off, ("person",)) is None and _who_of(verb, t):
            t = _up_to_person(rd, t, off) or t
        elif t.pos_ == "NOUN" and t.dep_ == "appos" and rd.entity(t, off, ACTORS) is None and _who_of(verb, t) \
                and rd.entity(t.head, off, ("person",)) is not None:
            t = t.head  # "X, the party worker who became Y's companion": X
        out.append(t)
    if out and verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and all(t.pos_ == "PROPN" and rd.entity(t, off, ACTORS) is None for t in out):
        # "X left for Paris to work with Y", "Paris" read as the infinitive's subject: the one who left
        out = subjects(verb.head)
    return out


def _who_of(verb: Token, head: Token) -> bool:
    """``verb`` (or the first verb it is coordinated with) is a relative clause on ``head`` with "who" for
    its subject."""
    v = verb
    for _ in range(4):
        if v.dep_ == "relcl":
            return v.head.i == head.i and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"
                                              for c in v.children)
        if v.dep_ != "conj" or v.head.i == v.i:
            return False
        v = v.head
    return False


def _up_to_person(rd: Reader, tok: Token, off: int) -> Token | None:
    """The person named by the phrase that holds ``tok`` through "of" objects, appositions and compounds."""
    t = tok
    for _ in range(6):
        if t.dep_ not in ("pobj", "prep", "appos", "compound", "flat") or t.head.i == t.i:
            return None
        t = t.head
        if rd.entity(t, off, ("person",)) is not None:
            return t
    return None


def _main_verb(verb: Token) -> bool:
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _from_verb(rd: Reader, s: Sentence, verb: Token, couples: list | None = None):
    if verb.pos_ not in ("VERB", "ADJ") and verb.lemma_ != "be":
        return  # every reading below needs a verb ("married" may be tagged an adjective; "was" for light verbs)
    lemma = "marry" if verb.lower_ == "married" else "hate" if verb.lower_ == "hated" else verb.lemma_.lower()
    lemma = next((f"{lemma} {p.lower_}" for p in children(verb, "prt") if f"{lemma} {p.lower_}" in VERBS), lemma)
    light = next((LIGHT[lemma, n.lemma_.lower()] for n in [*children(verb, "dobj", "prt"), *(p for _, p in preps(verb)),
                                                           *(a for a in children(verb, "attr", "acomp")
                                                             if a.tag_ == "NNS" or a.lower_ == "close"),
                                                           *(a for d in children(verb, "dobj") for a in
                                                             children(d, "appos"))]
                  if (lemma, n.lemma_.lower()) in LIGHT), None)  # "formed the Triumvirate, an alliance"
    if verb.pos_ == "VERB" and not hypothetical(verb):
        extra = list(_verb_extras(rd, s, verb, lemma))
        if extra:
            yield from extra
            return
    if light is not None and (verb.pos_ == "VERB" or verb.lemma_ == "be") and not negated(verb) \
            and not hypothetical(verb):
        yield from _light(rd, s, verb, light)  # "fell in love with X", "made friends with X"
        return
    if verb.pos_ != "VERB" or negated(verb) or hypothetical(verb):
        pass
    elif (lemma in WITH_COLLEAGUE or lemma.startswith("co-") or lemma.startswith("co") and lemma[2:] in CO_VERBS) \
            and any(w == "with" for w, _ in preps(verb)):
        yield from _with(rd, s, verb, "colleague")  # "worked with X", "co-edited a paper with X"
        return
    elif lemma in TRAVEL or f"{lemma} {next((p.lower_ for p in children(verb, 'prt')), '')}" in TRAVEL:
        # "he set off with X by sleigh", "had travelled down by coach with X and Y": companions on the road
        off = s.offset
        withs = [p for w, p in preps(verb) if w == "with"] + \
            [q for w, p in preps(verb) if w in ("by", "in") and rd.entity(p, off, ACTORS) is None
             for c in children(p, "prep") if c.lower_ == "with" for q in children(c, "pobj")]  # "by coach with X"
        subj = [r for t in _subjects(rd, verb, off) for r in rd.group(t, off, ("person",), of=False)]
        for b in [r for p in withs for r in _group(rd, p, off) if r.kind == "person"]:
            for a in subj:
                yield a, b, "travel"  # a colleague, unless the pair is tied otherwise (see run)
        return
    elif lemma in JOIN and not any(c.dep_ == "auxpass" for c in verb.children):
        yield from _joined(rd, s, verb)  # "Karetnik joined him that month, as did Shchus"
        return
    elif lemma == "give" and any(n.lemma_.lower() == "birth" for n in children(verb, "dobj")):
        off = s.offset  # "X gave birth to his son, Y": X is Y's parent
        for a0 in [r for t in subjects(verb) for r in rd.group(t, off, ("person",), of=False)]:
            for b0 in [r for w, p in preps(verb) if w == "to" and (p.lemma_.lower() not in NOUNS or _named(p))
                       for r in rd.group(p, off, ("person",), of=False)]:  # "to Y's child": no named child
                yield a0, b0, "parent"
        return
    if lemma not in VERBS or verb.pos_ not in ("VERB", "ADJ") or negated(verb) or hypothetical(verb):
        return
    if lemma == "marry" and any(p.lower_ == "off" for p in children(verb, "prt", "prep", "advmod")):
        return  # "he decided to marry her off to X": not his own marriage
    if lemma == "break" and children(verb, "dobj"):
        return  # "broke off the talks with X", "broke the news with X": no break with X
    kind, who, slots = VERBS[lemma]
    off = s.offset
    heads = _subjects(rd, verb, off)
    if lemma == "marry" and heads and all(h.lower_ == "they" for h in heads) and not children(verb, "dobj") \
            and not any(w == "to" and rd.group(p, off, ACTORS, of=False) for w, p in preps(verb)):
        pair = _met(rd, s, verb)  # "he met Lidia, a student from Kazan; they were married in 1905"
        if pair:
            yield pair[0], pair[1], "spouse"
        return
    if not heads and verb.dep_ == "acomp":  # "he had been long married to X"
        heads = subjects(verb.head)
    if not heads and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.sent.root.pos_ in ("NOUN", "PROPN") \
            and verb.doc[verb.i - 1].text == ",":
        heads = [verb.head]  # "Their teacher, the economist David Ryazanov, quarrelled with Lenin" (no finite verb)
    subj = [r for t in heads for r in _own_group(rd, t, off)]  # "Klavdia's sister rented …": not Klavdia
    if lemma == "bear":  # "X was born to Y and his wife Z": Y and Z are X's parents
        if not any(c.dep_ == "auxpass" for c in verb.children):
            return
        objs = subj
        subj = [r for w, p in preps(verb) if w == "to" for r in rd.group(p, off, ("person",), of=False)]
        subj += [r for w, p in preps(verb) if w == "to" for c in conjuncts(p) for a in children(c, "appos")
                 for r in [rd.entity(a, off, ("person",))] if r]
    elif any(c.dep_ == "auxpass" for c in verb.children):  # "he was employed by X": swap roles
        objs = subj
        subj = [r for t in children(verb, "agent") for p in children(t, "pobj") for r in rd.group(p, off, ACTORS)]
        if kind == "spouse" and not subj:  # "X was married to Y", "X and Y were married"
            subj = [r for w, p in preps(verb) if w == "to" for r in rd.group(p, off, ACTORS, of=False)]
            if not subj:
                subj, objs = objs[:1], objs[1:]
    else:
        objs = []
        dobjs = children(verb, "dobj")
        if not dobjs and "dobj" in slots and verb.pos_ == "VERB" and verb.i + 1 < len(verb.doc) and \
                verb.nbor(1).pos_ == "PROPN" and verb.nbor(1).head.i > verb.i + 1 and rd.entity(verb.nbor(1), off):
            dobjs = [verb.nbor(1)]  # "he had married Lady X, by whom…": the name misparsed as a later subject
        for t in dobjs:
            if "dobj" in slots and t.lower_ in ("whom", "who", "that") and verb.dep_ == "relcl" and t.i < verb.i:
                named = verb.head if verb.head.dep_ != "appos" or rd.entity(verb.head, off) else verb.head.head
                objs += rd.group(named, off, ACTORS, of=False)  # "Yelena, a typist whom he married"
            elif "dobj" in slots and not _kin_of(t):
                objs += _group(rd, t, off)
            elif "dobj" in slots and kind == "spouse":  # "married Nogin's sister Yelena": Yelena
                objs += [r for a in children(t, "appos") if a.pos_ == "PROPN" for r in [rd.entity(a, off, ("person",))]
                         if r]
            elif "dobj" in slots and kind in ("enemy", "ally", "patron", "friend"):
                objs += _spouse_named(rd, t, off, couples)  # "Beria, who had long hated her husband"
            for c in children(t, "prep"):  # "rented a room from them"
                if c.lower_ in slots:
                    objs += [r for p in children(c, "pobj") for r in rd.group(p, off, ACTORS, of=False)]
        objs += [r for w, p in preps(verb) if w in slots and kind == "employer" and p.lemma_.lower() in WORKPLACE
                 for r in rd.group(p, off, ("person",))]  # "worked for the electrical company of Robert Klasson"
        objs += [r for w, p in preps(verb) if w in slots and (kind != "host" or not _kin_of(p))
                 for r in (rd.group(p, off, ACTORS) if kind == "host" and _household_of(p) else _group(rd, p, off)
                           or (_family(rd, p, off) if kind == "host" else []))]
        if kind == "host" and "with" in slots and not objs:  # "lodged with a widow named X"
            objs += next((r for p in _host_withs(verb) for r in [_named_host(rd, p, off)] if r), [])
    if kind in ("employer", "host") or lemma in SEND:  # "she had served the Provisional Government": a membership
        subj, objs = [r for r in subj if r.kind == "person"], [r for r in objs if r.kind == "person"]
    if lemma in SEND and (any(c.dep_ in ("dative", "auxpass") or c.tag_ == "MD" for c in verb.children) or
                          not all(t.pos_ == "PROPN" for t in children(verb, "dobj"))):
        return  # "sent Lenin her resignation", "sent his son", "sent him", "was sent by", "should send": not sure
    for a0 in subj:
        for b0 in objs:
            yield (a0, b0, kind) if who == "subj" else (b0, a0, kind)


def _host_withs(verb: Token) -> list[Token]:
    """The "with" objects of a verb of dwelling: its own, else the first one the parser hung inside a phrase
    of its clause ("they lodged, as X and her cousin, with a widow": on "X")."""
    own = [p for w, p in preps(verb) if w == "with"]
    if own:
        return own
    for t in verb.subtree:
        if t.i <= verb.i or t.lower_ != "with" or t.dep_ != "prep":
            continue
        h = t.head
        while h.i != verb.i and h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
            h = h.head
        if h.i == verb.i:
            return children(t, "pobj")
    return []


def _named_host(rd: Reader, p: Token, off: int) -> list[EntityRef]:
    """ "lodged with the widow of a river pilot, X", "with a shoemaker, X", "with a widow named X": the person
    an unnamed common noun (no one's kin: "his sister" is family, not a host) is named as, in apposition, by
    "named", or as the name right after the noun's phrase and a comma, however parsed."""
    if p.pos_ != "NOUN" or children(p, "poss") or p.lemma_.lower() in HOUSEHOLD or rd.entity(p, off, ACTORS):
        return []
    out = rd.group(p, off, ("person",), of=False, poss=False)
    if out:
        return out
    doc, j = p.doc, p.right_edge.i + 1
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].pos_ == "PROPN":
        r = rd.entity(doc[j + 1], off, ("person",))
        return [r] if r is not None else []
    return []


def _verb_extras(rd: Reader, s: Sentence, verb: Token, lemma: str):
    """Ties told by a verb with a particular object: "never forgave X" (enemy), "took X under her wing"
    (patron), "shared a cell with X" / "was put in a cell with X" (colleague), "stayed at X's flat" (host)."""
    off = s.offset
    heads = subjects(verb)
    inviter = []
    if verb.dep_ == "xcomp" and not children(verb, "nsubj") and children(verb.head, "dobj"):
        inviter = subjects(verb.head)
        heads = children(verb.head, "dobj")  # "he invited him to stay in his home": him, in the inviter's home
    subj = [r for t in heads for r in _own_group(rd, t, off)]
    dobjs = children(verb, "dobj")
    if lemma in ("forgive", "forgave"):
        if negated(verb):  # "Klasson never forgave him"
            for b in [r for t in dobjs for r in _group(rd, t, off)]:
                for a in subj:
                    yield a, b, "enemy"
        return
    if negated(verb):
        return
    pobjs = [(w, p) for w, p in preps(verb)]
    if lemma == "take" and any(w == "under" and p.lemma_.lower() == "wing" for w, p in pobjs):
        for b in [r for t in dobjs for r in _group(rd, t, off)]:  # "she took Sergo under her wing"
            for a in subj:
                yield a, b, "patron"
        return
    places = [p for w, p in pobjs if w in ("in", "into")] + dobjs
    shared = [p for p in places if p.lemma_.lower() in SHARED and (lemma == "share" or p.lemma_.lower() == "cell")]
    withs = [q for p in shared for c in children(p, "prep") if c.lower_ == "with" for q in children(c, "pobj")]
    if lemma == "share" and shared:
        withs += [p for w, p in pobjs if w == "with"]
    if withs:
        for b in [r for p in withs for r in _group(rd, p, off) if r.kind == "person"]:
            for a in subj:
                yield a, b, "travel"  # a colleague, unless the pair is tied otherwise (see run)
        return
    guests = [r for t in dobjs for r in (_group(rd, t, off) if t.lower_ != "them" else rd.collective(off + t.idx))
              if r.kind == "person"] if lemma in HIDE | MOVE else []  # "them": a pair just named ("A and B")
    if guests and not any(c.dep_ == "auxpass" for c in verb.children):
        # "the priest X hid them in his house", "he moved him to the flat of Y": the owner hosts the object
        hosts = []
        for w, p in pobjs:
            if (w in ("at", "in") or w in ("to", "into") and lemma in MOVE) and \
                    (p.lower_ in DWELLING or p.lemma_.lower() in DWELLING):
                for o in [c for c in p.children if c.dep_ == "poss"] + \
                        [q for c in children(p, "prep") if c.lower_ == "of" for q in children(c, "pobj")]:
                    if o.lemma_.lower() in KIN or o.lower_ in ("my", "our", "their", "its"):
                        continue
                    hosts += subj if o.lower_ in HE | SHE else rd.group(o, off, ("person",), of=False)
        for h in hosts:
            for g in guests:
                yield h, g, "host"
        if hosts:
            return
    if lemma in TAKE_ROOM and any(t.lemma_.lower() in DWELLING for t in dobjs) \
            and not any(c.dep_ == "auxpass" for c in verb.children):
        # "X took a room with a widow, Y", "rented rooms from Y": Y is X's host (not "with his sister")
        with_ = [p for w, p in pobjs if w in ("with", "from")] + \
            [q for t in dobjs for c in children(t, "prep") if c.lower_ in ("with", "from") for q in children(c, "pobj")]
        hosts = [r for p in with_ if not _kin_of(p) for r in _group(rd, p, off) if r.kind == "person"]
        for h in hosts:
            for a in subj:
                yield h, a, "host"
        if hosts:
            return
    if (lemma in DWELL or lemma == "spend" and any(t.lemma_.lower() in SPAN for t in dobjs)) \
            and not any(c.dep_ == "auxpass" for c in verb.children):
        loci = [p for w, p in pobjs if w in ("at", "in") and lemma in DWELL] + _dwelling_loci(verb)
        if not subj and any(t.lower_ == "they" for t in heads):  # "where they hid": a pair just named
            subj = [r for t in heads if t.lower_ == "they" for r in _pair_before(rd, off + t.idx)]
        for p in loci:
            if p.lower_ not in DWELLING and p.lemma_.lower() not in DWELLING:
                continue
            owners = [c for c in p.children if c.dep_ == "poss" and not (inviter and c.lower_ in HE | SHE)] + \
                [t for c in p.children if c.dep_ == "poss" and inviter and c.lower_ in HE | SHE for t in inviter] + \
                [q for c in children(p, "prep") if c.lower_ == "of" for q in children(c, "pobj")]
            for o in owners:
                if o.lemma_.lower() in KIN or o.lower_ in ("my", "our", "their", "its"):
                    continue  # "lived in his father's house": family
                r = rd.entity(o, off, ("person",)) or next(iter(rd.group(o, off, ("person",), of=False)), None) \
                    or next(  # a place "X's flat" overlapping the name
                    (x for x in rd.refs_in(off + o.left_edge.idx, off + o.idx + len(o.text)) if x.kind == "person"
                     and x.end == off + o.idx + len(o.text)), None)
                if r is not None and r.id in {a.id for a in subj} and o.lower_ in HE | SHE and heads and \
                        all(h.pos_ == "PROPN" and h.i > o.i for h in heads):
                    # "it was in her lodging that Maria spent the night": "her" looks back past the name after it
                    r = rd.antecedent(o.lower_, off + o.idx, {a.id for a in subj})
                if r is not None:
                    for a in subj:
                        yield r, a, "host"


def _pair_before(rd: Reader, pos: int) -> list[EntityRef]:
    """The last two persons named together ("A and B") before ``pos``, within :data:`THEY_REACH`."""
    i = bisect.bisect_left(rd.starts, pos) - 1
    while i > 0 and pos - rd.refs[i].start < THEY_REACH:
        a, b = rd.refs[i - 1], rd.refs[i]
        if a.kind == b.kind == "person" and a.id != b.id and PAIR.fullmatch(rd.ctx.text[a.end:b.start]):
            return [a, b]
        i -= 1
    return []


def _dwelling_loci(verb: Token) -> list[Token]:
    """The dwelling a clause happens in when no "in"/"at" of the verb names it: a where-clause hung on the
    dwelling or on its owner ("from the flat of X, where they hid"), and a cleft ("it was in her lodging
    that Y spent the night")."""
    out = []
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        h = verb.head
        if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lemma_.lower() in DWELLING:
            h = h.head.head
        out.append(h)
    if any(c.lower_ == "that" and c.dep_ in ("mark", "advmod") for c in verb.children):
        t = verb
        while t.dep_ != "ROOT" and t.lemma_ != "be":
            t = t.head
        if t.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in t.children):
            out += [p for w, p in preps(t) if w in ("in", "at")]
    return out


# "spent the night / three days in X's flat": a stay
SPAN = {"night", "day", "week", "month", "year", "winter", "summer", "evening", "weekend", "autumn", "spring",
        "fortnight", "hour"}
# "took a room with X", "rented rooms from X": X is the host
TAKE_ROOM = {"take", "rent", "find", "hire", "get"}
# "hid them in his house", "moved him to the flat of Y": the object is the owner's guest
HIDE = {"hide", "shelter", "conceal", "harbour", "harbor", "lodge", "house"}
MOVE = {"move", "take", "bring", "send", "smuggle", "transfer", "escort", "install"}
MEET = {"meet", "court", "woo", "love", "encounter"}  # "he met X … they married": the two who met


def _met(rd: Reader, s: Sentence, verb: Token) -> tuple[EntityRef, EntityRef] | None:
    """The last pair of persons who met (courted, loved) before "they" married, in this sentence or the one
    before: the verb's subject and its object (or "with" party, "fell in love with X")."""
    sent = s.sent
    doc = sent.doc
    toks = [t for t in doc[sent.start:verb.i]]
    if sent.start > 0:
        toks = list(doc[sent.start - 1].sent) + toks
    for t in reversed(toks):
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or not (lemma in MEET or lemma == "fall" and any(
                p.lemma_.lower() == "love" for _, p in preps(t))) or negated(t) or hypothetical(t):
            continue
        a = [r for x in subjects(t) for r in rd.group(x, s.offset, ("person",), of=False)]
        b = [r for x in [*children(t, "dobj"), *(p for w, p in preps(t) if w == "with")]
             for r in rd.group(x, s.offset, ("person",), of=False)]
        if len(a) == 1 and len(b) == 1 and a[0].id != b[0].id:
            return a[0], b[0]
        return None
    return None


def _named(noun: Token) -> bool:
    """A relation noun with a name in apposition ("his son, Konstantin")."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


JOIN = {"join", "rejoin"}


def _joined(rd: Reader, s: Sentence, verb: Token):
    """ "X joined him", "X joined the band of Y": X takes Y's side (persons only: joining a body is a
    membership). "…, as did Z" (an elliptical "do" clause on the verb) joins Z too."""
    off = s.offset
    subj = [r for t in _subjects(rd, verb, off) for r in rd.group(t, off, ("person",), of=False)]
    subj += [r for d in verb.children if d.dep_ in ("advcl", "conj") and d.lemma_ == "do"
             and any(m.lower_ == "as" for m in children(d, "mark")) for t in children(d, "nsubj")
             for r in rd.group(t, off, ("person",), of=False)]
    objs = []
    for o in children(verb, "dobj"):
        named = rd.group(o, off, ACTORS, of=False)
        if named:
            objs += [r for r in named if r.kind == "person"]
        elif o.pos_ == "NOUN" and o.lemma_.lower() not in NOUNS:  # "the detachment of a commander named Y"
            objs += [r for c in children(o, "prep") if c.lower_ == "of" for p in children(c, "pobj")
                     for r in rd.group(p, off, ("person",), of=False)]
    for a in subj:
        for b in objs:
            yield a, b, "ally"


def _group(rd: Reader, tok: Token, off: int) -> list[EntityRef]:
    """The entities a verb's object names; "many of the Mensheviks", "most of his brothers": the group."""
    out = rd.group(tok, off, ACTORS, of=False)
    if not out and tok.lower_ in ("whom", "which") and tok.dep_ == "pobj":
        verb = tok.head.head  # "Rosa Luxemburg, with whom Trotsky formed an alliance": Rosa Luxemburg
        if verb.dep_ == "relcl" and verb.head.i < tok.i:
            out = rd.group(verb.head, off, ACTORS, of=False)[-1:] if verb.head.pos_ == "PROPN" else []
    if not out and (tok.lower_ in QUANTIFIERS or tok.pos_ == "NUM"):
        # not a kin noun's possessor: "another of the Princess's uncles" is none of the Princess
        out = [r for c in children(tok, "prep") if c.lower_ == "of" for p in children(c, "pobj")
               if p.lemma_.lower() not in NOUNS for r in rd.group(p, off, ACTORS, of=False)]
    return out


def _with(rd: Reader, s: Sentence, verb: Token, kind: str):
    """The subject and the "with" party of a shared work."""
    off = s.offset
    subj = [r for t in _subjects(rd, verb, off) for r in rd.group(t, off, ACTORS, of=False)]
    for b in [r for w, p in preps(verb) if w == "with" for r in _group(rd, p, off)]:
        for a in subj:
            yield a, b, kind


def _light(rd: Reader, s: Sentence, verb: Token, kind: str):
    off = s.offset
    subj = [r for t in subjects(verb) for r in rd.group(t, off, ACTORS, of=False)]
    withs = [p for w, p in preps(verb) if w == "with"]
    withs += [q for n in [*children(verb, "dobj", "attr", "acomp"), *(p for _, p in preps(verb))]
              for c in children(n, "prep") if c.lower_ == "with" or c.lower_ == "to" and n.lower_ == "close"
              for q in children(c, "pobj")]  # "became friends with X", "was close to X"
    if kind == "friend" and verb.lemma_ in ("be", "become", "grow"):
        # a named person only ("became very close to him" leans on the weakest reading of a pronoun)
        withs = [p for p in withs if p.pos_ == "PROPN" and rd.entity(p, off, ("person",)) is not None]
        if not withs:
            return  # "X and Y were close" / "close to the border": no tie named
    for a in subj:
        for b in [r for p in withs for r in _group(rd, p, off)]:
            yield a, b, kind
    if not withs:  # "Caesar, Crassus and Pompey formed an alliance"
        for i, a in enumerate(subj):
            for b in subj[i + 1:]:
                yield a, b, kind


def _kin_of(tok: Token) -> bool:
    """ "his sister", "the widow of X", "her niece Tatiana": family of someone ("a widow named X" is not;
    "the family of X" is X's household, see :func:`_household_of`)."""
    if _household_of(tok):
        return False
    if tok.pos_ == "PROPN" and any(c.dep_ in ("compound", "nmod") and c.lemma_.lower() in KIN and
                                   (children(c, "poss") or children(tok, "poss")) for c in tok.children):
        return True  # "lived with her niece Tatiana", the kin noun parsed as the name's modifier
    return tok.lemma_.lower() in KIN and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                                             for c in tok.children)


HOUSEHOLD = {"family", "household", "home", "house"}


def _household_of(tok: Token) -> bool:
    """ "the family of a Polish exile, X", "the household of X": X's household, so X is the host."""
    return tok.lemma_.lower() in HOUSEHOLD and not children(tok, "poss") and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


# "put him at odds with X": the verbs whose object is the one at odds
PUT = {"put", "set", "place", "bring", "leave", "find"}


def _at_odds(rd: Reader, s: Sentence, noun: Token):
    """ "X was at odds with Y", "his support for a coalition put him at odds with the majority of Y": rivals."""
    if noun.lower_ != "odds" or noun.dep_ != "pobj" or noun.head.lower_ != "at":
        return
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or negated(verb) or hypothetical(verb):
        return
    off = s.offset
    heads = children(verb, "dobj") if verb.lemma_.lower() in PUT else subjects(verb)
    parties = [r for t in heads for r in rd.group(t, off, ACTORS, of=False)]
    for b in [r for c in children(noun, "prep") if c.lower_ == "with" for p in children(c, "pobj")
              for r in _group(rd, p, off)]:
        for a in parties:
            yield a, b, "rival"


def _in_unnamed_relative(rd: Reader, tok: Token, off: int) -> bool:
    """``tok`` stands in a relative clause on a common noun that names no one in the record ("his father, who
    …"): a "his" there is most likely that unnamed person's."""
    v = tok
    for _ in range(8):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    for _ in range(4):
        if v.dep_ == "relcl":
            return v.head.pos_ == "NOUN" and rd.entity(v.head, off, ("person",)) is None
        if v.dep_ not in ("conj", "xcomp", "advcl") or v.head.i == v.i:
            return False
        v = v.head
    return False


def _possessed_bond(rd: Reader, noun: Token, kind: str, off: int):
    """ "committed for his attacks on X", "her marriage to X", "his quarrel with X": a tie noun's possessor (a
    person or body) and the object of its preposition; the possessor acts ("his protection of X": he is the
    patron)."""
    poss = children(noun, "poss")
    if len(poss) != 1 or rd.in_quote(off + noun.idx):
        return
    p = poss[0]
    if p.lower_ in HE | SHE and _in_unnamed_relative(rd, noun, off):
        return  # "His father, who had three children from his first marriage to X": the father's
    a = _possessor(rd, p, off, set()) if p.lower_ in HE | SHE else rd.entity(p, off, ACTORS)
    if a is None:
        return
    for c in children(noun, "prep"):
        if c.lower_ not in POSSESSED_BOND_PREPS or c.lower_ == "of" and kind not in ("enemy", "ally", "patron"):
            continue
        for q in children(c, "pobj"):
            if q.lemma_.lower() in KIN:
                continue  # "his quarrel with his brother": unnamed
            for b in _group(rd, q, off):
                if b.id != a.id:
                    yield a, b, kind


# ties of two persons' own that a sentence can name without saying whose ("a warmth which soon ripened into
# friendship", "the friendship … cooled"): the two its clause is about
UNOWNED_BONDS = {"friendship", "rivalry", "enmity", "quarrel", "feud", "affection", "hostility", "partnership"}


def _unowned_bond(rd: Reader, noun: Token, kind: str, off: int):
    """ "Napier received him with a warmth which soon ripened into friendship", "Luxemburg never forgave
    him, and the friendship … cooled": a personal tie noun with no possessor and no party of its own is the
    tie of the person subject and the person object of the verb its phrase hangs on (up through relative
    clauses and prepositions, or the clause it is coordinated with)."""
    if noun.lemma_.lower() not in UNOWNED_BONDS or children(noun, "poss") or \
            any(c.lower_ in ("with", "between", "of", "to", "among", "against") for c in children(noun, "prep")) or \
            any(c.dep_ == "det" and c.lower_ not in ("the", "a", "an") for c in noun.children):
        return
    t = noun
    for _ in range(8):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            continue
        for v in (t, t.head) if t.dep_ == "conj" else (t,):
            subj = [r for x in subjects(v) for r in rd.group(x, off, ("person",), of=False)]
            objs = [r for x in children(v, "dobj") for r in rd.group(x, off, ("person",), of=False)]
            if subj and objs:  # the tie is told by the noun: "never forgave him, and the friendship cooled"
                for a in subj:
                    for b in objs:
                        if a.id != b.id:
                            yield a, b, kind
                return


def _from_bond(rd: Reader, s: Sentence, noun: Token):
    """ "X concluded an alliance with Y", "with the assistance of Y" (X's act), "the struggle between X and Y"."""
    yield from _at_odds(rd, s, noun)
    kind = BONDS.get(noun.lemma_.lower())
    if kind is None or noun.pos_ != "NOUN":
        return
    off = s.offset
    yield from _possessed_bond(rd, noun, kind, off)
    yield from _unowned_bond(rd, noun, kind, off)
    for c in children(noun, "prep"):
        if c.lower_ == "between":
            parties = [r for p in children(c, "pobj") for r in rd.group(p, off, ACTORS, of=False)]
            if not parties and any(_the_two_noun(p) for p in children(c, "pobj")):
                parties = list(_two_before(rd, s) or ())  # "the rivalry between the two men"
            for i, a in enumerate(parties):
                for b in parties[i + 1:]:
                    yield a, b, kind
    others = [r for c in children(noun, "prep") if c.lower_ in ("with", "of") and
              (c.lower_ == "with" or noun.head.lower_ in ("with", "under") or kind in TURNED)
              for p in children(c, "pobj") for r in rd.group(p, off, ACTORS, of=False)]
    if not others:
        return
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else noun.head.head if noun.dep_ == "pobj" else None
    if verb is not None and verb.dep_ == "nsubj" and verb.pos_ == "PROPN":  # "Z, with the sanction of Y, put…"
        heads, verb = [verb], verb.head
    else:
        heads = subjects(verb) if verb is not None else []
    if verb is None or verb.pos_ not in ("VERB", "AUX") or negated(verb) or hypothetical(verb):
        return
    for a in [r for t in heads for r in rd.group(t, off, ACTORS, of=False)]:
        for b in others:
            yield (b, a, kind) if kind in TURNED else (a, b, kind)
