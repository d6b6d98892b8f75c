"""Document-level entity typing: is a name a person, a place or an organization?

spaCy's small model labels each mention alone and is weak on this genre (a Russian
surname becomes a place, a Siberian village a person). Here every mention of a name
votes, with weights for the cues :mod:`chronicle.annotate.mentions` found around it
(titles, verbs of speech, kin nouns, prepositions, head nouns), for given-name and
surname shape, and for the gazetteer's prior that the name is a place. The name's
class is the argmax over all its mentions in the document.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..annotate.lexicon import (rank_title, FEMININE_SURNAME_END, ADDRESS_NOUNS, OFFICE_NOUNS, territorial, looks_like_classical_name, BROAD_GROUPS, FAC_HEADS, ORG_HEADS, SINGULAR_NAME_END, TITLES, EVENT_HEADS,
                                affiliation_word, given_name_gender,
                                looks_like_place_name, looks_like_surname)
from ..annotate.works import PRINTING_VERBS

PER, LOC, ORG = "person", "place", "organization"
SAINTS = {"st", "saint", "san", "santa", "ste"}  # part of the name: "St. Petersburg", "St. Paul"
CLASSES = (PER, LOC, ORG)
MIN_SCORE = 1.0

SPACY_VOTES = {"ADJ": {}, "PERSON": {PER: 1.0}, "GPE": {LOC: 1.0}, "LOC": {LOC: 1.0}, "FAC": {LOC: 0.8},
               "ORG": {ORG: 1.0}, "NORP": {ORG: 0.4}, "PROPN": {}, "WORK_OF_ART": {},
               "EVENT": {}, "PRODUCT": {}, "LAW": {}}


@dataclass(frozen=True)
class Mention:
    """A name occurrence: ``text`` is the original characters ``[start:end]``."""

    start: int
    end: int
    text: str
    cues: dict = field(hash=False, compare=False, default_factory=dict)

    @property
    def name(self) -> str:
        return self.cues.get("as_name") or clean_name(self.text)  # "at Mr. Read's": "Mr. Read's house"

    @property
    def key(self) -> str:
        return name_key(self.name)


GRAND_BODIES = {"army", "armies", "fleet", "navy", "guard", "council", "lodge", "assembly", "alliance", "coalition",
                "jury", "orient", "hotel", "theatre", "theater", "opera"}


@lru_cache(maxsize=65536)
def clean_name(text: str) -> str:
    """Single-spaced name without leading article, title words or a possessive ending."""
    s = re.sub(r"\s+", " ", text).strip()
    s = re.sub(r"[’']s?$", "", s).strip()
    s = re.sub(r"^(?:the|The)\s+", "", s)
    words = s.split(" ")
    while len(words) > 1 and (words[0].lower().rstrip(".") in TITLES - SAINTS or rank_title(words[0])) \
            and words[1][:1].isupper():
        words = words[1:]
    if len(words) > 1 and words[0].lower() in ("grand", "great") and words[1].lower() not in GRAND_BODIES \
            and words[-1].lower() not in ORG_HEADS:
        words = words[1:]  # "Grand Duke Michael", not "the Grand Army" or "the Great Council" (a body's name)
        while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
            words = words[1:]
    return " ".join(words).strip("_*")


def name_key(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold().replace("’", "'")


PlacePrior = Callable[[str], float]


ROMAN = re.compile(r"[IVXLCDM]+")  # a bare Roman numeral ("See App. V") names nothing
# a word of initials, three to seven letters, capitals but for a plural 's' or a particle's lower-case letter
INITIALS = re.compile(r"(?=(?:[^A-Z]*[A-Z]){3})[A-Z][A-Za-z]{1,5}[A-Z]s?")


def score_mention(m: Mention, place_prior: PlacePrior) -> dict[str, float]:
    """One mention's votes, from its cues and the shape of its name."""
    c = m.cues
    v = defaultdict(float)
    if c.get("label") == "ADJ":
        return v  # "a Menshevik" follows the party's name, it does not vote
    words = re.split(r"[ -]", m.name)  # "Market-street" has a head noun too
    surname = len(words) == 1 and looks_like_surname(words[0]) and place_prior(m.name) < 0.5
    for k, w in SPACY_VOTES.get(c.get("label", ""), {}).items():
        if k == ORG and len(words) == 1 and not c.get("org_head"):
            w *= 0.3 if surname else 0.6  # spaCy's ORG on a lone "Skobeliev" is nearly always wrong
        if c.get("whole_sentence"):
            w *= 0.4  # a word standing as a sentence ("[27] Manuscript."): the model guesses
        v[k] += w
    if c.get("title") and c["title"].lower().rstrip(".") in ("st", "saint", "san", "santa", "ste"):
        v[PER] += 1.0 if place_prior(m.name) < 0.5 else 0.0  # "St. Petersburg" is no saint
    elif c.get("title"):
        v[PER] += 3.0
    if c.get("kin"):
        v[PER] += 2.5
    if c.get("source"):  # "according to X"
        v[PER] += 1.5
        v[ORG] += 0.5
        v[LOC] -= 1.0
    if c.get("speech_subj"):
        v[PER] += 1.5
        v[ORG] += 0.3
    if c.get("motion_subj"):
        v[PER] += 1.2
    if _common_words_acting(c, words):
        v[ORG] += 1.5  # "the Admiralty held", "the Labour Leader accused": a body named in common words acts
        v[PER] -= 1.5  # (cancels the speaker's vote: a person's name takes no article)
    if c.get("prep") == "in":
        v[LOC] += 1.2
    elif c.get("prep"):
        v[LOC] += 0.8
    if c.get("prep") in ("reach", "enter") or c.get("prep") == "from" and c.get("prep_head") in JOURNEY_VERBS | COME_GO | WRITTEN_FROM \
            or c.get("prep") == "to" and c.get("prep_head") in COME_GO:
        v[LOC] += 0.6  # "they reached Berezov", "travelled from Yanovka": persons are seldom reached or left so
    if c.get("prep") in LOCATING_PREPS and c.get("prep_head") in FAC_HEADS | SETTLEMENT_NOUNS and not c.get("org_head"):
        v[LOC] += 1.0  # "the farm at Mandriole", "a hut near Razliv": a place placed at a name is placed in a place
    if c.get("the") and len(words) == 1 and c.get("label") in ("PERSON", "GPE", "LOC", "FAC") and not c.get("plural") \
            and words[0][1:].isalpha() and words[0][1:].islower() and not c.get("modifier") and not c.get("appos_noun") \
            and not c.get("lexical") and not any(c.get(k) for k in ("title", "kin", "who", "role", "personal_clause",
                                                                     "next_head", "publisher", "modifies_org")):
        v[LOC] += 1.0  # "the bastions of the Janiculum", "the patriots of the Romagna": a person's name takes no
        # article, a hill's, a river's or a region's does
    if c.get("course") and not c.get("org_head") and not c.get("title"):
        v[LOC] += 1.5  # "up the Lena", "followed the frozen Sosva": a river or a region is travelled so
    if c.get("org_head") and len(words) > 1 or c.get("org_head") in ("soviet", "duma", "cheka", "okhrana", "sovnarkom"):
        v[ORG] += 4.0 if place_prior(m.name) < COUNTRY_PRIOR else 0.5  # "the Soviet Union", "the Russian
        # Federation": a country the gazetteer knows, though named with a body noun
    if c.get("fac_head") == "house" and CHAMBER.fullmatch(m.name):
        v[ORG] += 3.5  # "the House of Commons", "the House of Lords": a house of an estate of the realm is a chamber
    elif c.get("fac_head") and len(words) > 1:
        v[LOC] += 3.5 if not c.get("org_head") else 1.0
    if c.get("body_of"):
        v[ORG] += 1.5
    if c.get("publisher") or c.get("org_gloss"):
        v[ORG] += 4.0  # "Boni and Liveright, N.Y. 1919", "_gorodovoye_ (city police)"
    if c.get("published_in"):
        v[ORG] += 2.0
        v[LOC] -= 1.2  # cancels the "in" vote
    if c.get("cited"):
        v[PER] += 2.0  # "Huntford, pp. 7–12": an author cited by page
    if c.get("who") and c.get("plural") and m.name.endswith("s") and " " in m.name:
        v[ORG] += 1.0  # "Social Democrats who belonged to neither faction": a group's members, no person
    elif c.get("who") or c.get("emphatic") or c.get("vocative"):
        v[PER] += 2.0
    if c.get("periodical") and c.get("quoted_title") == "whole" and (
            c.get("subj") in PRINTING_VERBS or c.get("published_in") or c.get("body_of")):
        v[ORG] += 1.5  # "“Borba” printed the appeal", "wrote for “Borba”": a paper's name set off as a title
    if c.get("title_the") and place_prior(m.name) < 0.3 and not c.get("title") and not c.get("kin"):
        v[ORG] += 1.0  # "according to The Moderate", "The Times reported": a paper's or a body's name, not "The Hague"
    if c.get("periodical") and not any(c.get(k) for k in ("title", "kin", "modifier", "quoted_title")) \
            and c.get("label") not in ("LAW", "EVENT") and place_prior(m.name) < 0.5:
        v[ORG] += 2.5  # "_Rabotnitsa_ published…", "writing most of Czerwony Sztandar, the party's paper", "the columns
        # of Zvezda": said to be a paper (printed in, printing, edited, a paper noun beside it), and a paper is an
        # organization (not "founded the White movement", "launched the second revolution", a quoted gloss "(“The Beginning”)")
    if c.get("body_noun") and not c.get("title") and not c.get("kin"):
        v[ORG] += 2.5  # "the railwaymen's union, Vikzhel": said to be a body
        v[PER] -= 1.0
        v[LOC] -= 1.0
    if c.get("building_part") and not c.get("title") and not c.get("kin") and c.get("org_head") not in SITTING_BODY_HEADS:
        v[LOC] += 4.0  # "in Room 75 of the X", "beneath the arches of the X": a building, where a body may sit
        v[ORG] -= 3.0
    if c.get("paper_noun"):
        v[ORG] += 2.0  # "its own paper, Soldatskaya Pravda", "the newspaper Borba": a paper is an organization
        v[PER] -= 1.0
    if c.get("members_said") and not c.get("title") and not c.get("kin"):
        v[ORG] += 2.5  # "X and Y were Bolsheviks", "chaired X": persons are members of it, or it is chaired
        v[LOC] -= 1.0
        v[PER] -= 1.0
    if c.get("role"):
        v[PER] += 2.0
    if c.get("personal_clause"):
        v[PER] += 2.5  # "Washington set out from Williamsburg", "Kirov was shot": no place does that
    if c.get("one_named"):
        v[PER] += 2.5
    if c.get("place_noun"):
        v[LOC] += 3.0
    if c.get("personal"):
        v[PER] += 1.5
    if c.get("next_head"):
        v[ORG if c["next_head"] in ORG_HEADS and c["next_head"] not in FAC_HEADS else LOC] += 2.0
    if c.get("italic"):
        v[ORG] += 1.0
    if c.get("owned") and not c.get("kin"):
        v[PER] -= 1.5  # "his Pamela": a possessed name is a work or a body, not a person or a place
        v[LOC] -= 1.5
    if c.get("modifies_org"):
        v[LOC] += 0.5
    if c.get("mass"):
        v[LOC] -= 2.5  # "some excellent Madeira"
    if c.get("the") and (c.get("prep") in THE_PLACE_PREPS or c.get("prep") == "to" and c.get("prep_head") in TO_PLACE_VERBS) \
            and not c.get("plural") and not c.get("org_head") and words[-1].lower().rstrip(".") not in TITLES:
        v[LOC] += 1.0  # "at the Marinsky", "to the Crooked Billet": a person is never "at the X"
    if (c.get("org_head") in BUILDING_ORG_HEADS or c.get("org_head") == "church" and _church_building(m.name)) \
            and c.get("prep") in THE_PLACE_PREPS | {"in", "from", "to"} and len(words) > 1:
        v[LOC] += 4.0  # "from Smolny Institute", "met in the Brotherhood Church": the building
        v[ORG] -= 3.0
    if (c.get("plural") or len(words) == 1 and RUSSIAN_GROUP.search(m.name) and not c.get("title") and not c.get("kin")
        and not given_name_gender(m.name)) \
            and len(words) == 1:  # "all prominent Mezhraiontsy": a Russian plural is a group, with "the" or not
        v[ORG] += 0.8 + (1.2 if (c.get("speech_subj") or c.get("motion_subj") or c.get("subj")) else 0.0)
        if not (c.get("the") and c.get("prep") in LOCATING_PREPS | {"into", "through", "across"}
                and c.get("prep_head") in FAC_HEADS | SETTLEMENT_NOUNS):
            v[LOC] *= 0.5  # not "a farm in the Adirondacks", "a hut beyond the Urals": a range or a region
    return v


# heads of bodies that sit in a building named after them: "the building of the Yekaterinburg Soviet" is the soviet's
SITTING_BODY_HEADS = {"soviet", "soviets", "committee", "committees", "party", "council", "government", "ministry",
                      "congress", "assembly", "union", "unions", "commission", "bureau", "board", "league", "federation",
                      "association", "society", "faction", "group", "duma", "cheka", "okhrana", "police", "directory",
                      "convention", "zemstvo", "presidium", "executive"}


DENOMINATION = re.compile(r"(?:an|ic|ist|ox|al|ed|ian|ite|ish)$")  # Anglican, Catholic, Methodist, Orthodox,
# Episcopal, Reformed, Presbyterian, Maronite, English


def _common_words_acting(c: dict, words: list[str]) -> bool:
    """The name takes the article, every word of it is a word of the lexicon, and it is the subject of a verb
    other than one of motion: "the Admiralty held", "the Commonweal wrote", "the New York World reported" (a
    person's name takes no article, a place seldom acts; not a titled or kin name, a plural, a building, an event
    ("the Revolution began"), a lone letter, an agent noun ("the Superintendent ordered") or a ship sailing)."""
    return bool(c.get("the") and c.get("lexical") and (c.get("subj") or c.get("speech_subj"))
                and not c.get("passive") and not c.get("plural") and not c.get("fac_head")
                and not any(c.get(k) for k in ("title", "kin", "role", "who", "one_named"))
                and words[-1].lower().rstrip(".") not in TITLES | EVENT_HEADS and len("".join(words)) > 1
                and not (len(words) == 1 and AGENT_NOUN.search(words[0].lower()) and not c.get("periodical")
                         and not c.get("org_head")))


# the endings of a noun for one who does ("the Superintendent", "the Resident", "the Purveyor", "the Triumvir"):
# said alone with the article it is an office held by a person, not a body
AGENT_NOUN = re.compile(r"(?:er|or|ent|ant|ist|ian|ee|ar|vir|ive|ary)$")


def _church_building(name: str) -> bool:
    """'the Brotherhood Church', 'St Mary's Church': met in, preached at — a building; 'the Orthodox Church',
    'the Church of England' are a faith's institution wherever one is said to be "in" it."""
    words = name.split(" ")
    return " of " not in name and words[-1].lower() == "church" and len(words) > 1 \
        and not DENOMINATION.search(words[-2].lower())


TO_PLACE_VERBS = {"go", "come", "bring", "take", "walk", "return", "ride", "drive", "send", "lead", "carry", "move",
                  "run", "hurry", "travel", "sail", "get", "proceed", "conduct", "show", "invite", "admit", "hasten",
                  "march", "flee", "escape", "repair", "transfer", "remove", "way"}
JOURNEY_VERBS = {"travel", "journey", "ride", "drive", "sail", "walk", "march", "flee", "escape", "return", "set",
                 "emigrate", "move", "steam", "fly", "hurry", "hasten", "proceed", "depart", "start", "exile",
                 "deport", "banish"}
COME_GO = {"come", "go"}
# written or sent from a name: "From Vidin he wrote", "a letter sent from Turin" (one hears from a person, one
# does not write from one)
WRITTEN_FROM = {"write", "send", "wire", "telegraph", "cable", "date"}
CHAMBER = re.compile(r"(?:[Tt]he )?House of (?:the )?[A-Z][a-z]+[^s\W]?s")  # "House of Keys", not "House of Romanov"
# a land named by the adjective of its people or its name: "the Sabine country", "the Kentish coast"
REGION_NOUNS = {"country", "land", "lands", "coast", "shore", "border", "frontier", "plain", "plains", "hills",
                "mountains", "territory", "region", "province", "district", "side", "bank", "steppe", "valley"}  # "came up from Combe Hurst", "went down to Charing Cross": a person is come to, not gone to
LOCATING_PREPS = {"at", "in", "near", "outside", "beyond"}
SETTLEMENT_NOUNS = {"village", "hamlet", "town", "city", "estate", "hut", "cottage", "villa", "camp", "farmhouse"}
THE_PLACE_PREPS = {"at", "near", "outside", "inside", "towards", "toward"}
BUILDING_ORG_HEADS = {"institute"}
COUNTRY_PRIOR = 0.9  # the gazetteer's prior of countries (0.95)


def score_name(name: str, place_prior: PlacePrior) -> dict[str, float]:
    """Votes from the name alone (lexicons and gazetteer), counted once per name."""
    v = defaultdict(float)
    words = name.split(" ")
    prior = place_prior(name)
    v[LOC] += 2.5 * prior
    place_shape = looks_like_place_name(name) and prior < 0.8
    if place_shape:
        v[LOC] += 2.5
    elif len(words) >= 2 and given_name_gender(words[0]) and words[-1][:1].isupper():
        v[PER] += 2.0 if prior < 0.8 else 0.5
    elif len(words) == 1 and given_name_gender(words[0]):
        v[PER] += 1.5 if prior < 0.5 and given_name_gender(words[0]) != "u" and len(words[0]) > 3 else 0.6
    if looks_like_surname(words[-1]) and prior < 0.8 and not place_shape:
        v[PER] += 1.0
    if len(words) == 1 and looks_like_classical_name(name) and prior < 0.5:
        v[PER] += 1.5  # "Leosthenes", "Onomarchus": spaCy's GPE on a Greek name is a guess
    if words[-1].lower() in ORG_HEADS and len(words) > 1:
        v[ORG] += 1.0
    return v


@dataclass
class Typing:
    """The class chosen for each name key, with its scores (for inspection)."""

    classes: dict[str, str]
    scores: dict[str, dict[str, float]]
    titles: frozenset[tuple[int, int]] = frozenset()  # (start, end) of mentions that name a work ("Cicero, _Brutus_, 313")
    gods: frozenset[str] = frozenset()  # keys of gods, no entity but owners of their temples ("a temple of Artemis")


def type_names(mentions: Iterable[Mention], place_prior: PlacePrior,
               common_words: frozenset[str] = frozenset()) -> Typing:
    """Choose person / place / organization for every name, from all its mentions.

    ``common_words`` are the lower-case words of the document: a one-word name that
    also occurs in lower case ("the Revolution", "the Front") is a common noun unless
    a title or kin noun says otherwise.
    """
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.key:
            by_key[m.key].append(m)
    families = {k: f for k in by_key if " " not in k and k.endswith("s")
                for s in (k[:-1], k[:-1] + "a")  # "the Novgorodtsevs": a family of "Novgorodtseva"
                for f in [s] + (sorted(f for f in by_key if f.endswith(" " + s)) if s.endswith("a") else [])
                if f in by_key and _mostly_people(by_key[f])}
    by_last: dict[str, list[str]] = defaultdict(list)  # "penderel" -> "william penderel", "richard penderel"
    for k in by_key:
        if " " in k and given_name_gender(by_key[k][0].name.split(" ")[0]):  # a person's full name, not "Pranami
            by_last[k.rsplit(" ", 1)[1]].append(k)  # Vaishnava Hindu" mistyped
    kin_of_full_names = {k: f for k in by_key if k not in families and k.endswith("s") and len(k) > 4
                         and (" " not in k or _family_epithet(k, by_key[k]))
                         for f in sorted(by_last.get(k.rsplit(" ", 1)[-1][:-1], ()))[:1]
                         if _mostly_people(by_key[f])}  # "the Penderels" of "William Penderel": typed after them,
    # without voting on them (a plural said as a group must not make "Thomas Lincoln" a body)
    for plural, singular in families.items():  # "the Stolypins" is typed with "Stolypin"
        by_key[singular].extend(by_key.pop(plural))
    works, titles, split = _works(by_key), set(), set()
    for key in list(works):  # "Cicero, _Brutus_, 313" and "Caesar and Brutus": the roman mentions said as
        # a person's are typed alone, the work's are no mention
        ms = by_key[key]
        rest = [m for m in ms if not _work_marked(m)]
        if any(m.cues.get(c) for m in rest for c in PERSONAL_CUES):  # "Brutus replied"
            titles |= {(m.start, m.end) for m in ms if _work_marked(m)}
            by_key[key] = rest
            works.discard(key)
            split.add(key)
    scores: dict[str, dict[str, float]] = {}
    peoples: set[str] = set()  # "Germans", "Hindu": a people or a faith at large, no entity
    for key, ms in by_key.items():
        v = score_name(ms[0].name, place_prior)
        for m in ms:
            for k, w in score_mention(m, place_prior).items():
                v[k] += w
        if _common_noun_checks(key, ms, v, common_words, place_prior) == "people":
            peoples.add(key)
        if _phrase_of_the_lexicon(key, ms, by_key):
            v[PER] = 0.0
        scores[key] = v
    slavic = [k for k, ms in by_key.items() if " " not in k and looks_like_surname(ms[0].name) and _said_a_person(ms)
              and not k.endswith("ian") and not any(m.cues.get("label") == "NORP" for m in ms)]  # not "Athenian"
    for key, ms in by_key.items():
        if not slavic and _shape_alone(key, ms, place_prior):
            scores[key][PER] = scores[key].get(PER, 0.0) - 1.0  # takes back score_name's surname vote
    for key in works:  # "wrote _Pamela_, _Clarissa Harlowe_": titles of works, no person or body
        scores[key] = defaultdict(float)
    parties: set[str] = set()  # plurals of party words: a party named by its members
    for key in by_key:  # "the Bolshevik propaganda", tagged a person: a party word names no person
        if " " not in key and affiliation_word(key):
            scores[key][PER] = 0.0
        if _party_members_named(key, by_key[key]):
            scores[key][PER] = scores[key][LOC] = 0.0
            scores[key][ORG] += 1.0
            parties.add(key)
    silenced = {k for k, v in scores.items() if not any(x > 0 for x in v.values())
                and not given_name_gender(by_key[k][0].name)  # "Literature", not "Hope"
                and not (" " not in k and SINGULAR_NAME_END.search(k))}  # nor "Pyrrhus", "Demosthenes"
    nothing = {k for k, ms in by_key.items() if _no_one(k, ms, place_prior) or _heading(k, ms, place_prior)
               or _opening_noun(k, ms, place_prior, by_key) or ROMAN.fullmatch(ms[0].name)}  # "App. V": a numeral
    # gods, ranks, offices, headings
    gods = {k for k in nothing if any(m.cues.get("deity") for m in by_key[k])}
    ends = {m.end for k in gods for m in by_key[k]}
    gods |= {k for k, ms in by_key.items() if all(m.cues.get("in_parens") and m.start - 2 in ends for m in ms)}
    nothing |= gods  # "the goddess Athena (Minerva)"
    silenced |= nothing
    _share_surname_votes(scores)
    surnames = _person_surnames(scores)
    _families_no_bodies(scores, surnames)
    _surnames_unknown_to_the_gazetteer(scores, by_key, place_prior, surnames)
    _names_never_placed(scores, by_key, place_prior, surnames)
    _names_never_bodies(scores, by_key)
    _papers_never_placed(scores, by_key, place_prior)
    _great_places(scores, by_key, place_prior, surnames)
    _names_only_placed(scores, by_key, place_prior)
    _surnames_among_surnames(scores, by_key, place_prior)
    _persons_of_places(scores)
    common = {k for k, v in scores.items() if k in common_words and not any(x > 0 for x in v.values())} | nothing
    listed = _abstractions_listed(by_key, common, place_prior)  # "Art, Literature and the Easy Philosophies"
    nothing |= listed
    silenced |= listed
    for key in nothing:  # they neither take nor give a list's votes (silenced: _share_list_votes adds them none)
        scores[key] = defaultdict(float)
    _share_list_votes(by_key, scores, silenced)
    for key in peoples:  # not even as the last word of a mistyped longer name ("Vaishnava Hindu")
        for k in CLASSES:
            scores[key][k] = min(scores[key].get(k, 0.0), 0.0)
    for key in works:
        scores[key] = defaultdict(float)
    for key, ms in by_key.items():  # "the brig Oreste", "the steamer Vega": a ship is no person, place or body
        if sum(1 for m in ms if m.cues.get("vessel")) * 2 >= len(ms) and not any(m.cues.get("title") for m in ms):
            scores[key] = defaultdict(float)
    for key, ms in by_key.items():
        if all(m.cues.get("quoted_title") for m in ms):  # only inside “Kornilov to Brest-Litovsk”, “No Taxes”:
            scores[key][LOC] = 0.0  # words of a title or a motto, not a place
            if not any(m.cues.get("quoted_title") == "whole" for m in ms):
                scores[key][PER] = 0.0  # nor a person, unless the quotation is the name alone (“Jim!”)
                scores[key][ORG] = 0.0  # nor a body: “Government of Treason to the People”, a phrase
    classes = {}
    adjectives = {k for k, ms in by_key.items() if sum(m.cues.get("label") == "ADJ" for m in ms) * 2 > len(ms)}
    for key, v in scores.items():
        if key in adjectives:
            continue
        best = max(CLASSES, key=lambda k: v.get(k, 0.0))
        if v.get(best, 0.0) >= MIN_SCORE:
            classes[key] = best
    for key in parties - nothing - peoples - works:  # whatever votes a list shared with them ("Lenin and the Bolsheviks")
        classes[key] = ORG
    for key, ms in by_key.items():  # "the RSDLP", "VTsIK": a body's initials, whatever the votes of their shape
        if classes.get(key) == PER and INITIALS.fullmatch(ms[0].name) and not any(m.cues.get("title") for m in ms):
            classes[key] = ORG
    for key in split:
        if classes.get(key) != PER:
            classes.pop(key, None)  # the roman mentions of a work's name are a person's or nothing
    for plural, singular in families.items():
        if singular in classes:
            classes[plural] = classes[singular]
    for plural, full in kin_of_full_names.items():
        if classes.get(full) == PER:
            classes[plural] = PER
    for key in adjectives | (set(by_key) - set(classes)):  # "a Menshevik": the Mensheviks, when they are named
        if " " not in key and any(classes.get(key + end) == ORG for end in ("s", "i", "ki", "es")):
            classes[key] = ORG
        elif key in FACTION_WORDS and by_key[key][0].name[:1].isupper() and any(not any(
                m.cues.get(c) for c in ("title", "kin", "who", "personal_clause", "before_name")) for m in by_key[key]):
            classes[key] = ORG  # "a Bolshevik delegate suggested …": the faction is in the story, named or not
            # (not "the Menshevik leader Fyodor Dan", a word describing a person)
    return Typing(classes, scores, frozenset(titles), frozenset(gods))


# the words of one party or faction (not of a creed at large, "Socialist", "Liberal"): said as an adjective alone
# ("a Bolshevik delegate", "the Whig benches") they still name that party
FACTION_WORDS = {"bolshevik", "menshevik", "cadet", "kadet", "octobrist", "trudovik", "narodnik", "tory", "whig",
                 "jacobin", "girondin", "girondist", "mezhraionets", "otzovist", "esser", "chartist", "fenian"}


WORK_CUES = ("written", "work_after", "work", "author_before")
PERIODICAL_CUES = ("periodical", "published_in", "body_of", "org_head", "org_gloss", "publisher", "next_head")


def _works(by_key: dict[str, list[Mention]]) -> set[str]:
    """Names of works: said at least once to be written, translated or published ("wrote _Pamela_"), dated
    or glossed as a work ("_The Idiot_ (1869)", "_Heartbreak House_, a play"), or listed in italics with
    such a title ("wrote _Pamela_, _Clarissa Harlowe_"); in italics, owned ("his Pamela") or so marked in
    most of their mentions; never a paper's ("wrote for _Pravda_", "the editor of _Zvezda_",
    "the newspaper _Iskra_"), a body's head noun or a title or kin noun of a person."""
    lists = {m.cues[k] for ms in by_key.values() for m in ms for k in ("conj", "title_list") if k in m.cues
             and m.cues.get("italic") and not m.cues.get("italic_part") and any(m.cues.get(c) for c in WORK_CUES)}
    lists -= {m.cues[k] for ms in by_key.values() for m in ms for k in ("conj", "title_list") if k in m.cues
              and m.cues.get("italic") and m.cues.get("periodical")}  # "_Pravda_ and _Capital_": no one kind
    works = set()
    for key, ms in by_key.items():
        if any(m.cues.get(c) for m in ms for c in PERIODICAL_CUES + ("title", "kin")):
            continue
        strong = [m for m in ms if not m.cues.get("italic_part") and (any(m.cues.get(c) for c in WORK_CUES)
                  or m.cues.get("italic") and (m.cues.get("conj") in lists or m.cues.get("title_list") in lists))]
        # not a word of a longer title
        if not strong:
            continue
        ids = {id(m) for m in strong}
        marked = len(ids) + sum(1 for m in ms if id(m) not in ids and _work_marked(m))
        if marked * 2 > len(ms):
            works.add(key)
    return works


def _work_marked(m: Mention) -> bool:
    """Written as a title is: in italics, owned ("his Pamela") or with a work cue (quotes alone are as often
    a nickname or a scare quote: the "Reds")."""
    return any(m.cues.get(c) for c in WORK_CUES + ("italic", "owned"))


def _share_surname_votes(scores: dict[str, dict[str, float]]) -> None:
    """'General Kornilov' is a person, so 'Kornilov' leans person too; so does a given name
    used alone when the full name is in the document."""
    singles = {k for k in scores if " " not in k}
    extra: dict[str, float] = defaultdict(float)
    placed: dict[str, float] = {}
    for key, v in scores.items():
        words = key.split(" ")
        if len(words) > 1 and words[-1] in singles and v.get(PER, 0) > max(v.get(LOC, 0), v.get(ORG, 0)) \
                and not territorial(words):  # "the Queen of Spain" lends "Spain" nothing
            extra[words[-1]] += 2.0 + v[PER]
        if len(words) == 2 and words[-1] in PLACE_NAME_HEADS and words[0] in singles:
            one = scores[words[0]]
            if one.get(LOC, 0) > one.get(PER, 0):
                placed[key] = 3.0  # "at Merton" … "Merton Place": the house named after the village
            continue  # and no given name of a person ("Merton Place" makes no Merton a man)
        if len(words) > 1 and words[0] in singles and v.get(PER, 0) > max(v.get(LOC, 0), v.get(ORG, 0)) \
                and given_name_gender(words[0].capitalize()):
            extra[words[0]] += 2.0 + 0.5 * v[PER]  # "Florence Nightingale" → "Florence" is her
    for k, w in extra.items():
        scores[k][PER] = scores[k].get(PER, 0.0) + w
    for k, w in placed.items():
        scores[k][LOC] = scores[k].get(LOC, 0.0) + w


# the last word of a two-word name of a house, a street or a building ("Merton Place", "Florence Street")
PLACE_NAME_HEADS = FAC_HEADS | {"place"}


def _persons_of_places(scores: dict[str, dict[str, float]]) -> None:
    """"Diogenes of Sinope", "Themistokles of Phrearri": a one-word name the document treats as a person's,
    with "of" and a place, is that person (spaCy often calls the longer name a body)."""
    extra = {}
    for key in scores:
        words = key.split(" ")
        if len(words) == 3 and words[1] == "of" and words[2] not in ORG_HEADS:
            one = scores.get(words[0], {})
            if one.get(PER, 0) >= 1.0 and one.get(PER, 0) >= max(one.get(LOC, 0), one.get(ORG, 0)) \
                    or not one and looks_like_classical_name(words[0].capitalize()):  # "Epikles of Hermione"
                extra[key] = 2.0
    for key, w in extra.items():
        scores[key][PER] = scores[key].get(PER, 0.0) + w


PLACE_DOUBT = 0.4  # what is left of the place votes of a surname the gazetteer does not know


def _person_surnames(scores: dict[str, dict[str, float]]) -> set[str]:
    """The last words of the document's full names that lean person ("bukharin" of "nikolai bukharin")."""
    return {k.split(" ")[-1] for k, v in scores.items() if " " in k and not territorial(k.split(" "))
            and v.get(PER, 0) > max(v.get(LOC, 0), v.get(ORG, 0))}


def _families_no_bodies(scores: dict[str, dict[str, float]], surnames: set[str]) -> None:
    """"The Lows were a Jewish family", "the Stuarts": the plural of a surname the document's persons bear is their
    family, never a body, whatever a verb it heads votes."""
    for key, v in scores.items():
        if " " not in key and key.endswith("s") and (key[:-1] in surnames or key.endswith("es") and key[:-2] in surnames):
            v[ORG] = min(v.get(ORG, 0.0), 0.0)


def _surnames_unknown_to_the_gazetteer(scores: dict[str, dict[str, float]], by_key: dict[str, list[Mention]],
                                       place_prior: PlacePrior, surnames: set[str]) -> None:
    """A one-word name that ends a person's full name in the document ("Nikolai Bukharin",
    "Christian Friedrich Stockmar") and is no place the gazetteer knows keeps only
    :data:`PLACE_DOUBT` of its place votes: spaCy's GPE on "Bukharin" or "Stockmar", however often
    repeated, is the model misreading a foreign surname, not a place."""
    for key in surnames & set(scores):
        if " " not in key and by_key.get(key) and place_prior(by_key[key][0].name) == 0.0:
            scores[key][LOC] = scores[key].get(LOC, 0.0) * PLACE_DOUBT


# cues said only of persons; with a personal noun or a verb of speech or movement, cues said mostly of them
STRONG_PERSONAL = ("kin", "title", "who", "role", "personal_clause", "one_named", "source", "emphatic", "vocative")
PERSONAL_CUES = STRONG_PERSONAL + ("personal", "speech_subj", "motion_subj")
PLACING_CUES = ("prep", "place_noun", "fac_head", "next_head")  # a place's: "in X", "the village of X", "X Station"


def _names_never_placed(scores: dict[str, dict[str, float]], by_key: dict[str, list[Mention]],
                        place_prior: PlacePrior, surnames: set[str] = frozenset()) -> None:
    """A one-word name the gazetteer does not know, named four times or more, almost never after a
    preposition of place (in, at, to, from…: at most one mention in seven) and once at least in a way
    only persons are ("his pupil Stockmar", "Stockmar's words") keeps only :data:`PLACE_DOUBT` of its
    place votes: spaCy's GPE on every "Stockmar" of Strachey's chapter is the model misreading a
    German surname. Places are where things happen; their names come with prepositions."""
    for key, ms in by_key.items():
        if " " in key or len(ms) < 4 or place_prior(ms[0].name) >= 0.5 and key not in surnames:
            continue  # a great city's name only when a person's full name ends in it ("Christopher Columbus")
        placed = sum(1 for m in ms if any(m.cues.get(c) for c in PLACING_CUES))
        if placed * 7 > len(ms) or not any(m.cues.get(c) for m in ms for c in PERSONAL_CUES):
            continue
        scores[key][LOC] = scores[key].get(LOC, 0.0) * PLACE_DOUBT


BODY_DOUBT = 0.4  # what is left of the organization votes of a name never used as a body's name is


def _names_never_bodies(scores: dict[str, dict[str, float]], by_key: dict[str, list[Mention]]) -> None:
    """A one-word name named four times or more, never with a body's head noun, never as a plural,
    seldom after "the" or in italics, and said at least twice (one mention in twenty) to be what only
    persons are — someone's kin, titled, "who", dying, writing in his journal — keeps only
    :data:`BODY_DOUBT` of its organization votes: spaCy's ORG on 127 of the 234 "Hannibal"s of an
    article about him is the model's guess. Bodies come with "the", head nouns, plurals or italics."""
    for key, ms in by_key.items():
        if " " in key or len(ms) < 4:
            continue
        if any(m.cues.get("org_head") or m.cues.get("plural") or m.cues.get("org_gloss") or m.cues.get("publisher")
               for m in ms):
            continue
        if sum(1 for m in ms if m.cues.get("the")) * 7 > len(ms) or sum(1 for m in ms if m.cues.get("italic")) * 4 > len(ms):
            continue
        said = [any(m.cues.get(c) for c in STRONG_PERSONAL) for m in ms]
        strong = sum(said)
        if strong:  # "Hannibal's brother", "his works": a personal noun counts once the name is a person's
            strong += sum(1 for m, s in zip(ms, said) if not s and m.cues.get("personal"))
        if strong >= 2 and strong * 20 >= len(ms):
            scores[key][ORG] = scores[key].get(ORG, 0.0) * BODY_DOUBT


PAPER_BONUS = 1.5  # the organization votes a name said to be a paper, and never placed, gains


def _papers_never_placed(scores: dict[str, dict[str, float]], by_key: dict[str, list[Mention]],
                         place_prior: PlacePrior) -> None:
    """A name the text says is a paper (it prints, is printed in, is written for, is called a paper) on one
    mention at least, that no other mention places (no preposition of place, place noun or building noun) and
    none names with a place's or a building's noun ("founded the League at the Freemasons' Hall", misparsed),
    that nothing marks as a person's (title, kin noun) or as a quoted title, that has some organization votes
    already (not a common word silenced before), and that the gazetteer
    does not hold as a known place, gains :data:`PAPER_BONUS` organization votes: a paper's Russian title is
    shaped as a place's ("Novaya Zhizn"), a Latin or Slavic one as a person's ("Iskra", "Mercurius
    Publicus"); what the text says of it outweighs the shape of its words."""
    for key, ms in by_key.items():
        if key not in scores or place_prior(ms[0].name) >= 0.5:
            continue
        if scores[key].get(ORG, 0.0) <= 0.0:
            continue  # a common word silenced before ("the Free-State party")
        said = [m for m in ms if m.cues.get("paper_noun") or m.cues.get("periodical") and not m.cues.get("modifier")]
        if not said or any(m.cues.get(c) for m in ms for c in ("title", "kin", "quoted_title")):
            continue
        if any(m.cues.get("label") in ("LAW", "EVENT") for m in said):
            continue
        if any(any(m.cues.get(c) for c in PLACING_CUES) for m in ms if m not in said) \
                or any(m.cues.get(c) for m in said for c in ("place_noun", "fac_head")):
            continue  # "at the Freemasons' Hall": a building's name, whatever the parser attached it to
        scores[key][ORG] = scores[key].get(ORG, 0.0) + PAPER_BONUS


PERSON_DOUBT = 0.5  # what is left of the person votes of a great place named with no personal cue
GREAT_PLACE = 0.9  # the place prior of countries and of capitals and cities of a million


def _great_places(scores: dict[str, dict[str, float]], by_key: dict[str, list[Mention]],
                  place_prior: PlacePrior, surnames: set[str]) -> None:
    """A one-word name of a country or a great city ("Petrograd") keeps only :data:`PERSON_DOUBT` of
    its person votes when nothing personal is said of it: no title or kin noun on any mention, no
    full name of a person ending in it ("George Washington"), not a given name ("Florence"), and
    fewer than half its mentions labelled PERSON. spaCy labels "Petrograd" PERSON 9 times in 21 in
    Reed's chapter II (PRODUCT 10); the vote on the name is counted once, the model's labels once
    per mention."""
    for key, v in scores.items():
        ms = by_key.get(key)
        if " " in key or not ms or key in surnames or given_name_gender(ms[0].name):
            continue
        if any(m.cues.get("title") or m.cues.get("kin") for m in ms):
            continue
        if sum(1 for m in ms if m.cues.get("personal_clause") or m.cues.get("who")) * 3 >= len(ms):
            continue  # "Washington set out from Williamsburg … Washington wrote in his journal"
        if sum(1 for m in ms if m.cues.get("label") == "PERSON") * 2 >= len(ms):
            continue  # the model is sure of a person ("Gorky" the writer, not the city of that name)
        if place_prior(ms[0].name) >= GREAT_PLACE:
            v[PER] = v.get(PER, 0.0) * PERSON_DOUBT


ONLY_PLACED_PREPS = {"at", "in", "near", "reach", "enter", "into", "outside", "beyond", "towards", "toward"}
KNOWN_PLACE_BONUS = 1.0  # the gazetteer holds the name as a place's own
UNKNOWN_PLACE_BONUS = 0.3


def _names_only_placed(scores: dict[str, dict[str, float]], by_key: dict[str, list[Mention]],
                       place_prior: PlacePrior) -> None:
    """A one-word name written bare ("She reached Poronin", "held at Poronin", "At Smorgoni the Emperor
    called …", "fled from Poronin", "wrote from Poronin") every time after a preposition or verb of place, with nothing personal said of it (no
    title, kin noun, speech, movement or "who"), is a place: a person is not reached, nor is anything
    held at one. Its place votes gain :data:`KNOWN_PLACE_BONUS` when the gazetteer knows the name, else
    :data:`UNKNOWN_PLACE_BONUS` (enough for a village the gazetteer lacks to pass the minimum score
    against spaCy's guess of a body). A surname's shape ("Poronin") and the model's PERSON labels
    otherwise outvote the gazetteer's small prior of a village."""
    for key, ms in by_key.items():
        if " " in key or not ms or key not in scores:
            continue
        if not all((m.cues.get("prep") in ONLY_PLACED_PREPS
                    or m.cues.get("prep") == "from" and m.cues.get("prep_head") in JOURNEY_VERBS | WRITTEN_FROM)
                   and not m.cues.get("the") and not m.cues.get("lexical")
                   and m.cues.get("label") not in ("DATE", "TIME", "NORP", "LANGUAGE", "ADJ") for m in ms):
            continue
        if any(m.cues.get(c) for m in ms for c in PERSONAL_CUES + ("owned", "plural", "possessive")):
            continue
        v = scores[key]
        v[LOC] = v.get(LOC, 0.0) + (KNOWN_PLACE_BONUS if place_prior(ms[0].name) > 0 else UNKNOWN_PLACE_BONUS)


SURNAME_COMPANY = 3  # names of surname shape the document must already treat as persons
PLACE_CUES = PLACING_CUES + ("modifies_org", "org_head")
NOT_PERSON_CUES = ("the", "indefinite", "italic", "plural", "whole_sentence")


def _surnames_among_surnames(scores: dict[str, dict[str, float]], by_key: dict[str, list[Mention]],
                             place_prior: PlacePrior) -> None:
    """In a text whose surname-shaped names ("Khrushchev", "Orlov", "Zhukov") are persons, one more such
    name that nothing marks as a place ("Molotov rejected it", "the killing of Kirov") leans person too:
    GeoNames has towns named after most Soviet leaders. Nothing is changed for a name ever used with a
    preposition or a place noun, or for a country or a great city."""
    shaped = {k: v for k, v in scores.items() if " " not in k and by_key.get(k) and not k.endswith("an")
              and looks_like_surname(by_key[k][0].name) and place_prior(by_key[k][0].name) < GREAT_PLACE
              and not is_demonym(by_key[k][0].name, place_prior)}
    persons = [k for k, v in shaped.items() if v.get(PER, 0.0) > max(v.get(LOC, 0.0), v.get(ORG, 0.0)) + 1.0]
    places = [k for k, v in shaped.items() if v.get(LOC, 0.0) > v.get(PER, 0.0) + 1.0
              and any(m.cues.get(c) for m in by_key[k] for c in PLACE_CUES)]
    if len(persons) < SURNAME_COMPANY or len(persons) < 3 * len(places):
        return
    for k, v in shaped.items():
        if k in persons or any(m.cues.get(c) for m in by_key[k] for c in PLACE_CUES + NOT_PERSON_CUES) \
                or any(m.cues.get("label") in ("NORP", "ADJ") for m in by_key[k]):
            continue
        if max(v.get(LOC, 0.0), v.get(ORG, 0.0)) - v.get(PER, 0.0) < 2.5:
            v[PER] = v.get(PER, 0.0) + 1.0


def _family_epithet(key: str, ms: list[Mention]) -> bool:
    """'the Catholic Giffards': one capitalised word (a faith's, a place's) before a plural that may be a
    family's name, said with "the"."""
    return key.count(" ") == 1 and all(m.cues.get("the") for m in ms)


def _mostly_people(ms: list[Mention]) -> bool:
    """Most mentions look like a person's (spaCy PERSON, a title or a kin noun)."""
    return sum(1 for m in ms if m.cues.get("label") == "PERSON" or m.cues.get("title") or m.cues.get("kin")) * 2 > len(ms)


def _share_list_votes(by_key: dict[str, list[Mention]], scores: dict[str, dict[str, float]],
                      silenced: set[str] = frozenset()) -> None:
    """Names listed together ("Tseretelli, Dan, Lieber, Gotz and Avksentiev") are of one kind.
    A word already found to be a common noun ("lectures on Art, Literature and ...") gets no votes."""
    groups: dict[int, set[str]] = defaultdict(set)
    for key, ms in by_key.items():
        for m in ms:
            if "conj" in m.cues:
                groups[m.cues["conj"]].add(key)
    extra: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for keys in groups.values():
        if len(keys) < 2:
            continue
        for key in keys - silenced:
            for other in keys - {key}:
                v = scores[other]
                best = max(CLASSES, key=lambda k: v.get(k, 0.0))
                total = sum(max(0.0, x) for x in v.values()) or 1.0
                extra[key][best] += 1.5 * v.get(best, 0.0) / total
    for key, add in extra.items():
        for k, w in add.items():
            scores[key][k] = scores[key].get(k, 0.0) + w


TITLE_WORDS = TITLES | OFFICE_NOUNS


def _no_one(key: str, ms: list[Mention], place_prior: PlacePrior) -> bool:
    """Names that are no person, place or body of ours: a god ("the priestesses of Proserpine", "a temple to
    Dindymene", "the goddess Athena"; not a place the gazetteer knows, "the oracle of Delphi", nor a titled
    saint, "the shrine of St. Thomas"); a rank ("the rank of Collegiate Assessor"); an office named by its
    noun alone, which names its holder only as "the Tsar" does ("the Sovereign", "his Sovereign", "the
    Emperors"; "the Carthaginian Admiral", "Privy Councillor": adjectives before the noun, no name)."""
    if any(m.cues.get("title") for m in ms):
        return False
    gods = [m.cues["deity"] for m in ms if m.cues.get("deity") and not m.cues.get("plural")]
    if gods and len(gods) * 3 >= len(ms) and (any(g is True for g in gods) or place_prior(ms[0].name) < 0.5) \
            and sum(1 for m in ms if any(m.cues.get(c) for c in STRONG_PERSONAL)) <= len(gods):
        return True
    if any(m.cues.get("office") for m in ms) and not any(m.cues.get(c) for m in ms for c in STRONG_PERSONAL):
        return True
    if sum(1 for m in ms if m.cues.get("label") == "LAW") * 2 > len(ms) and place_prior(ms[0].name) < 0.5 \
            and all(m.cues.get("lexical") for m in ms) and not given_name_gender(ms[0].name.split(" ")[0]) \
            and sum(1 for m in ms if any(m.cues.get(c) for c in PERSONAL_CUES)) * 2 < len(ms):
        return True  # "the Constitution", "the Corn Laws": a law, which is "in" and "under" as places are
    words = key.split(" ")
    if " of " in key or " and " in key or words[-1] not in TITLE_WORDS:
        return False
    if len(words) == 1:  # a description, like "the Tsar": "the" or "his" on at least half its mentions ("the
        # Sovereign's husband" is still no name); "Marshall", "Cook died" are surnames
        return sum(1 for m in ms if m.cues.get("the") or m.cues.get("owned")) * 2 >= len(ms)
    if any(m.cues.get(c) for m in ms for c in ("kin", "who", "personal_clause", "one_named", "vocative", "cited")):
        return False
    return all(m.cues.get("adjectives_noun") and not m.cues.get(c) for m in ms for c in ("org_head", "fac_head")) \
        and not any(given_name_gender(w.capitalize()) for w in words)


def _heading(key: str, ms: list[Mention], place_prior: PlacePrior) -> bool:
    """'Long Road West' on a line of its own: a heading of English words standing as a whole sentence in
    every mention, of three words or with no given name first, no place the gazetteer knows, nothing personal said of it."""
    return (" " in key and all(m.cues.get("whole_sentence") and m.cues.get("lexical") for m in ms)
            and (key.count(" ") >= 2 or not given_name_gender(ms[0].name.split(" ")[0]))  # "Frank West" may be his
            and place_prior(ms[0].name) < 0.5
            and not any(m.cues.get(c) for m in ms for c in PERSONAL_CUES + ("org_head", "fac_head", "title")))


def _opening_noun(key: str, ms: list[Mention], place_prior: PlacePrior, by_key: dict[str, list[Mention]]) -> bool:
    """'News reached Chita …': a word of the lexicon that only ever opens a sentence, which the model gave no
    entity label, no given name nor a surname's shape, no place the gazetteer knows, no plural ("Cossacks were
    sent": a group), no word of another name of the document ("James P. Cannon … Cannon, a long-time …"), and
    of which nothing only a person's is said, is the sentence's capitalised common noun."""
    return (" " not in key and all(m.cues.get("sent_start") and m.cues.get("label") == "PROPN"
                                   and m.cues.get("lexical") for m in ms)
            and not given_name_gender(ms[0].name) and not looks_like_surname(ms[0].name)
            and place_prior(ms[0].name) < 0.5
            and not any(m.cues.get(c) for m in ms for c in STRONG_PERSONAL + ("title", "possessive", "plural"))
            and not any(key in k.split(" ") for k in by_key if k != key))  # "James P. Cannon … Cannon, a …"


def _phrase_of_the_lexicon(key: str, ms: list[Mention], by_key: dict[str, list[Mention]]) -> bool:
    """'Political Economy', 'the Royal Prerogative', 'Jolly Turks': adjectives and a noun of the lexicon, no
    word of it a given name or a name of the document ("Honest John", "Dear Ferdinand", "Old Aberdeen" are
    persons called so), and nothing said of it that only a person is: no person's name."""
    words = key.split(" ")
    named = words if any(m.cues.get("label") == "PERSON" for m in ms) else words[-1:]  # "Frank Smith"; not the
    # adjectives of "Royal Prerogative", "Jolly Turks", which the given-name lexicon also lists
    return (len(words) > 1 and all(m.cues.get("adjectives_noun") for m in ms)
            and not any(given_name_gender(w.capitalize()) for w in named)
            and not any(_said_a_person(by_key.get(w, [])) for w in words)
            and not any(m.cues.get(c) for m in ms for c in STRONG_PERSONAL))


def _said_a_person(ms: list[Mention]) -> bool:
    return any(m.cues.get("label") == "PERSON" or any(m.cues.get(c) for c in STRONG_PERSONAL) for m in ms)


def _shape_alone(key: str, ms: list[Mention], place_prior: PlacePrior) -> bool:
    """A one-word name whose only person evidence is its surname shape: a woman's Russian surname form
    ("-ina", "-ova") the model never labels a person and of which nothing personal is said, in a text
    where no other name of a Russian surname's shape is said to be a person's. Greek and Latin places
    have that ending too ("Achradina", a quarter of Syracuse; "master of Achradina")."""
    return (" " not in key and key.endswith(FEMININE_SURNAME_END) and looks_like_surname(ms[0].name)
            and place_prior(ms[0].name) < 0.8
            and not given_name_gender(ms[0].name) and not any(m.cues.get("label") == "PERSON" for m in ms)
            and not any(m.cues.get(c) for m in ms for c in PERSONAL_CUES))


def _abstractions_listed(by_key: dict[str, list[Mention]], common: set[str], place_prior: PlacePrior) -> set[str]:
    """'lectures on Art, Literature and the Easy Philosophies': a list in which one name is a common noun
    (here "literature", written so elsewhere in the document) lists capitalised common nouns; its other
    names made only of words of the lexicon, with nothing personal said of them and no place the gazetteer
    knows well, are no names either, unless the list also names someone said to be a person or the model
    calls the name a place or a body."""
    groups: dict[int, set[str]] = defaultdict(set)
    for key, ms in by_key.items():
        for m in ms:
            if "conj" in m.cues:
                groups[m.cues["conj"]].add(key)
    out = set()
    for keys in groups.values():
        if not any(k in common and all(m.cues.get("lexical") for m in by_key[k]) for k in keys):
            continue
        for key in keys - common:
            if any(_said_a_person(by_key[k]) and not all(m.cues.get("lexical") for m in by_key[k]) for k in keys - {key}):
                continue  # "Foreign Affairs, Vuritsky and Trotzky; Interior and Justice, Rykov": offices and persons
            ms = by_key[key]
            if any(m.cues.get("label") in ("GPE", "LOC", "FAC", "ORG", "NORP") for m in ms):
                continue  # "Media, Parthia, Aria (West Afghanistan)": the model knows a place or a body
            if all(m.cues.get("lexical") for m in ms) and place_prior(ms[0].name) < 0.5 \
                    and not any(m.cues.get(c) for m in ms for c in PERSONAL_CUES + ("org_head", "fac_head", "cited")):
                out.add(key)
    return out


def _party_members_named(key: str, ms: list[Mention]) -> bool:
    """'Mensheviks', 'the Social Democrats', 'Left Socialist Revolutionaries': a plural made only of party words
    (:func:`affiliation_word`) names a party by its members, never a person or a place ("met Mensheviks and
    Bolsheviks in Geneva"), though said once and without "the". Only a name the model tagged as an entity at least
    once outside brackets: an untagged run is often the tail of a longer name ("the Congress of the Party of
    Socialist Revolutionaries"), and a bracketed plural a gloss of one ("Party of Left SRs (Internationalists)")."""
    words = key.split(" ")
    return all(affiliation_word(w) for w in words) and any(
        _is_plural_name(m.name) and m.cues.get("label") != "PROPN" and not m.cues.get("in_parens") for m in ms)


def _is_plural_name(name: str) -> bool:
    """The name's last word is a plural: "Democrats", "Bolsheviki"."""
    last = name.split(" ")[-1]
    return last[:1].isupper() and (last.endswith("s") and not last.endswith("ss") or last.endswith("ki"))


def _common_noun_checks(key: str, ms: list[Mention], v: dict[str, float], common_words: frozenset[str],
                        place_prior: PlacePrior) -> str | None:
    """Damp names in italics (titles, foreign words) and one-word names that behave like
    common nouns, titles or nationalities; "people" when the name is a people or a faith at large
    (no entity, whatever longer names it ends)."""
    if sum(1 for m in ms if m.cues.get("italic")) * 2 > len(ms):
        v[PER] = 0.0
        if place_prior(ms[0].name) < 0.5:  # "_Novaya Zhizn_": a paper, though villages bear its name
            v[LOC] = v.get(LOC, 0.0) * 0.3
    if " and " in key or " & " in key:
        v[PER] = 0.0  # "Vatsetis and Trotsky", "Hue and Cry Over Kronstadt": a title or a pair, not one person
    if any(m.cues.get("org_gloss") for m in ms):
        return  # "_gorodovoye_ (city police)": a glossed body, though written in lower case
    if all(m.cues.get("bare_body") for m in ms):
        v[ORG] = max(v.get(ORG, 0.0), 0.0) + 2.0  # "a presidium of three", "the collegium": a lower-case noun that
        v[PER] = v[LOC] = 0.0  # names nothing but a body
        return
    if all(m.cues.get("entitled") or m.cues.get("italic_part") for m in ms) or (
            any(m.cues.get("work") for m in ms) and sum(1 for m in ms if m.cues.get("italic")) * 2 > len(ms)):
        for k in CLASSES:  # an article “entitled “The Socialist Ministers”", a word of _Tabel o Rangov_, a
            # work ("the novella _Animal Farm_", "_Scarlet Dawn_, a 1932 … drama")
            v[k] = 0.0
        return
    if key.split(" ")[-1] in ADDRESS_NOUNS or _shouted_phrase(key, ms, common_words):
        for k in CLASSES:  # "Her Majesty", "His Royal Highness"; a heading "MY LIFE", "CHAPTER I. CHILDHOOD"
            v[k] = 0.0
        return
    if " " not in key and all(m.cues.get("indefinite") for m in ms) and \
            not any(m.cues.get("title") or m.cues.get("kin") for m in ms):
        for k in CLASSES:
            v[k] = 0.0  # "a new Ballet": a common noun capitalised, not a name
        return
    if " " not in key and all(m.cues.get("modifier") and m.cues.get("lexical") for m in ms) \
            and not any(m.cues.get(c) for m in ms for c in ("title", "kin", "prep", "possessive", "org_head", "fac_head")) \
            and not any(m.cues["modifier"] in ORG_HEADS | FAC_HEADS | REGION_NOUNS for m in ms) \
            and place_prior(ms[0].name) < 0.5 and not affiliation_word(key):
        for k in CLASSES:
            v[k] = 0.0  # "the Puritan minister", "every Ostyak camp", "the Gardner gun": a word of the language
        return  # used as an adjective, naming no one thing
    _not_a_body(key, ms, v)
    if key == "front" and sum(1 for m in ms if m.cues.get("the") and not m.cues.get("sent_start")) * 2 > len(ms):
        v[LOC] = max(v.get(LOC, 0.0), 0.0) + 2.0  # "at the Front": the war's front line
        v[PER] = v[ORG] = 0.0
        return
    if " " in key:
        plural = sum(1 for m in ms if (m.cues.get("plural") or _plural_head(m.name)) and m.cues.get("the"))
        if plural * 2 > len(ms) and place_prior(ms[0].name) < 0.5:
            v[ORG] += 1.0 * plural  # "the Black Hundreds", "the Old Believers": a group
            v[PER] = 0.0
        return
    strong = any(m.cues.get("title") or m.cues.get("kin") for m in ms)
    if key in ORG_HEADS and sum(1 for m in ms if not m.cues.get("sent_start")) * 2 > len(ms):
        v[ORG] += 2.0  # "the Government", "the Soviet": a capitalised head names a body
        v[PER] = v[LOC] = 0.0
        return
    if key in common_words and not strong:
        for k in CLASSES:
            v[k] = 0.0
        return
    if sum(1 for m in ms if m.cues.get("plural")) * 2 > len(ms) and not strong:
        v[PER] = 0.0  # "Cossacks", "Mensheviks": a plural names a group (families join their singular)
    elif all(m.cues.get("lexical_plural") for m in ms) and not any(m.cues.get(c) for m in ms for c in PERSONAL_CUES):
        v[PER] = 0.0  # "for fear of Zeppelins": the plural of a common noun, of which nothing personal is said
    with_the = sum(1 for m in ms if m.cues.get("the"))
    kin = sum(1 for m in ms if m.cues.get("kin"))  # one "enemies of the Bolsheviki" among many
    if with_the * 2 >= len(ms) and not any(m.cues.get("title") for m in ms) and kin * 3 < len(ms):
        v[PER] = 0.0  # persons are not "the X" (families are plural: "the Stolypins")
        placed = any(m.cues.get("next_head") in FAC_HEADS for m in ms)  # "the Peski district" is no group
        placed = placed or any(m.cues.get("building_part") for m in ms)  # "beneath the arches of the X"
        placed = placed or all(m.cues.get("prep") in THE_PLACE_PREPS | {"in", "into", "through", "across"}
                               or m.cues.get("prep") == "to" and m.cues.get("prep_head") in TO_PLACE_VERBS
                               for m in ms)  # "feinted towards the Abruzzi", "taken to the Butyrki": only ever a
        # place one goes to or is in
        if (key[-1:] in ("s", "i") or RUSSIAN_PLURAL.search(key)) and place_prior(ms[0].name) < 0.5 and not placed:
            v[ORG] += max(v[LOC], 0.0) + 0.8 * with_the  # "the Cossacks", "the Bolsheviki": a group
            # ("the Mezhraiontsy", "the Otzovisty": Russian plurals in -y)
            v[LOC] = 0.0
    if (is_demonym(ms[0].name, place_prior) or key in BROAD_GROUPS or key + "s" in BROAD_GROUPS) and not (
            strong and sum(1 for m in ms if m.cues.get("title")) * 2 >= len(ms)) \
            and not _one_of_a_plural_shape(key, ms):  # "Colonel French"
        for k in CLASSES:
            v[k] = 0.0
        if key not in BROAD_GROUPS and _army_acting(ms):
            v[ORG] = 1.0 + with_the  # "the Germans advance", "the Germans would come": their army
            return None
        return "people"


def _one_of_a_plural_shape(key: str, ms: list[Mention]) -> bool:
    """'Gots was arrested', 'Gots has written': a word of a people's plural shape ("Got" + "land") that is the
    subject of a verb in the singular, never with "the", of which something personal is said, is one
    person's name, not a people."""
    return key.endswith("s") and any(m.cues.get("singular") for m in ms) and not any(m.cues.get("the") for m in ms) \
        and not any(m.cues.get("label") in ("NORP", "GPE") for m in ms) \
        and any(m.cues.get(c) for m in ms for c in PERSONAL_CUES + ("personal_clause",))


# a Russian plural left untranslated: "the Mezhraiontsy", "the Vperedovtsy", "the Otzovisty", "the Kadety"
RUSSIAN_PLURAL = re.compile(r"...(?:tsy|sty|ety|ery)$")
RUSSIAN_GROUP = re.compile(r"...(?:tsy|isty)$")  # the surest of them, said of groups even without "the"


def _plural_head(name: str) -> bool:
    """'Black Hundreds', 'Ladies of the Bedchamber': the head noun (before any "of") is a plural;
    'Prince of Wales', 'Duchess of Kent' are one person."""
    head = name.split(" of ")[0].split(" ")[-1]
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _shouted_phrase(key: str, ms: list[Mention], common_words: frozenset[str]) -> bool:
    """A name only ever printed in capitals that contains a word the document also uses in lower
    case ("MY LIFE", "CHAPTER I. CHILDHOOD", "COURAGEOUS"): a heading or emphasis, not a name.
    Capitals of real names ("NIKOLAI BUKHARIN", "NKVD") use no common word."""
    if not all(sum(c.isalpha() for c in m.text) >= 2 and m.text.upper() == m.text for m in ms):
        return False
    return any(len(w) > 1 and w in common_words for w in re.findall(r"[a-z]+", key))


def _not_a_body(key: str, ms: list[Mention], v: dict[str, float]) -> None:
    """Names that are no organization: an ideology or policy ("Marxism", "War Communism"), an
    office ("People's Commissar of Military Affairs", "Secretary of State for War"), a
    one-word name used as the head of "a"/"an" once in four times ("an Elegy", "a Bolshevik"), a
    substance ("some excellent Madeira")."""
    words = key.split(" ")
    head = key.split(" of ")[0].split(" for ")[0].split(" ")[-1]
    if len(words[-1]) > 5 and words[-1].endswith("ism") and not any(m.cues.get("org_head") for m in ms):
        for k in CLASSES:
            v[k] = 0.0
    elif len(words) > 1 and not any(m.cues.get("org_head") for m in ms) and (
            head in TITLES or (" of " in key or " for " in key) and (head.rstrip("s") in TITLES or head[:-3] + "y" in TITLES)):
        v[ORG] = v[LOC] = 0.0  # an office, or its holders ("Ladies of the Bedchamber"), not "Peasants’ Deputies"
    elif " " not in key and not any(m.cues.get("org_head") or m.cues.get("italic") or m.cues.get("plural")
                                    for m in ms):
        if sum(1 for m in ms if m.cues.get("indefinite")) * 4 >= len(ms):
            for k in CLASSES:  # "a Bolshevik" is then a member of the Bolsheviki, if they are named
                v[k] = 0.0
        elif any(m.cues.get("mass") for m in ms):
            v[ORG] = v[PER] = 0.0


# what an army does, as the object of the people's verb: "the Germans had resumed their advance"
ARMY_DEEDS = {"advance", "offensive", "attack", "assault", "march", "siege", "bombardment", "invasion", "pursuit",
              "retreat", "counter-attack", "counterattack", "blockade"}
ARMY_VERBS = {"advance", "attack", "invade", "occupy", "capture", "besiege", "bombard", "retreat", "come",
              "march", "land", "defeat", "beat", "seize", "enter", "shell", "storm", "rout", "withdraw",
              "push", "break", "threaten", "approach", "reach", "take", "sink", "torpedo", "overrun",
              "shoot", "pursue", "surround", "encircle", "blockade", "repulse", "repel"}


COLLECTIVE_DEMONYMS = {"french", "english", "british", "dutch", "spanish", "irish", "welsh", "swiss", "scotch",
                       "scots", "portuguese", "chinese", "japanese"}  # "the French" are many, with no plural ending


def _army_acting(ms: list[Mention]) -> bool:
    """A people named with 'the' and in the plural ("the Germans", "the French") that advances, attacks or
    comes, in the manner of an army, or resumes, begins or halts its advance or attack, or is named after
    a general ("the Russians of Doctoroff"), names that army, not the nation at large."""
    with_the = [m for m in ms if m.cues.get("the") and (m.cues.get("plural") or m.key in COLLECTIVE_DEMONYMS)]
    acting = [m for m in with_the if (m.cues.get("motion_subj") or m.cues.get("subj")) in ARMY_VERBS
              or m.cues.get("subj_obj") in ARMY_DEEDS or m.cues.get("led_by")]
    return len(with_the) * 2 > len(ms) and bool(acting)


IRREGULAR_DEMONYMS = {"dutch", "swiss", "french", "welsh", "irish", "scotch", "scots", "swedish", "danish",
                      "turkish", "greek", "greeks", "turks", "swedes", "danes", "finns", "poles", "czech",
                      "czechs", "slovak", "serb", "serbs", "croat", "croats", "thai", "arab", "arabs",
                      "jewish", "british", "spanish", "portuguese", "frenchman", "frenchmen", "dutchman"}


DEMONYM_PLACE = 0.8  # the place prior of countries (0.95) and regions (0.85), not of towns


def is_demonym(word: str, place_prior: PlacePrior) -> bool:
    """'Russians', 'Americans', 'Chinese', 'Russian', 'Polish': the people of a country or its
    adjective, not a body."""
    w = word.strip()
    if w.lower() in IRREGULAR_DEMONYMS:
        return True
    if place_prior(w) >= DEMONYM_PLACE:
        return False  # "the Urals", "the Alps": a place whose name is a plural
    if re.fullmatch(r"[A-Z][a-z]+(?:ish|ch|ese|an)(?:man|men|woman|women)", w):
        return True  # "Englishmen", "Scotchman", "Frenchwomen"
    for ending, repl in (("ians", ("ia", "y", "", "ium")), ("ans", ("a", "", "any")), ("ese", ("a", "")), ("ns", ("", "a")),
                         ("s", ("", "land", "y")), ("ian", ("ia", "y", "e", "ium")), ("an", ("a", "y", "any")),
                         ("ish", ("land", "and")), ("ch", ("ce",))):
        if w.endswith(ending) and len(w) > len(ending) + 2:
            stem = w[: -len(ending)]  # a country or a region ("English": England 0.85, "Prussian": Prussia)
            if any(place_prior(stem + r) >= DEMONYM_PLACE for r in repl):
                return True
    return False
