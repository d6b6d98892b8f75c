"""Small closed-class word lists the entity cues rest on (titles, kin and role nouns,
verbs of speech and movement, head nouns of organizations and buildings).

These are English function vocabulary, not names: nothing here is taken from a text.
Given names come from a public lexicon (``gender_guesser``'s nam_dict, by Jörg Michael,
shipped in the ``gender-guesser`` package) loaded lazily by :func:`given_name_gender`.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .timex_vocab import MONTH_NAMES, MONTHS as _MONTH_ABBR, WEEKDAYS

MALE_TITLES = {
    "mr", "sir", "lord", "king", "prince", "duke", "count", "baron", "tsar", "czar", "emperor",
    "father", "brother", "monsieur", "herr", "signor", "don", "archduke", "grand duke",
    "tsarevich", "sultan", "shah", "pope", "cardinal", "bishop", "archbishop", "rabbi", "uncle",
    "earl", "marquis", "marquess", "viscount", "kaiser", "monsignor", "archdeacon", "vicar", "rector",
    "maharaja", "maharajah", "raja", "rajah", "nawab", "sheikh", "imam", "caliph", "swami", "pandit",
}
FEMALE_TITLES = {
    "mrs", "miss", "ms", "madame", "mme", "mademoiselle", "lady", "queen", "princess", "duchess",
    "countess", "baroness", "empress", "tsarina", "tsaritsa", "czarina", "grand duchess",
    "sister", "mother", "aunt", "frau", "fraulein", "signora", "dona", "dame",
    "viscountess", "marchioness", "archduchess", "maharani", "rani", "begum",
}
NEUTRAL_TITLES = {
    "dr", "doctor", "professor", "prof", "general", "colonel", "major", "captain", "lieutenant",
    "admiral", "marshal", "sergeant", "corporal", "commander", "comrade", "citizen", "senator",
    "governor", "president", "minister", "premier", "ambassador", "judge", "reverend", "rev",
    "saint", "st", "hetman", "ataman", "commissar", "chairman", "deputy", "secretary",
    "mayor", "consul", "chancellor", "elder", "deacon", "abbot", "abbé", "patriarch",
    # abbreviations, written "Capt." or "Capt" ("Capt. Holmes", "Gen. Kornilov", "the Hon. John Byng")
    "capt", "col", "gen", "lieut", "lt", "sgt", "maj", "adm", "gov", "hon",
}
TITLES = MALE_TITLES | FEMALE_TITLES | NEUTRAL_TITLES
# the first half of a hyphenated rank ("Vice-Admiral", "Rear-Admiral", "Lieutenant-General", "Major-General",
# "Sub-Lieutenant", "Brigadier-General", "Field-Marshal")
RANK_PREFIXES = frozenset({"vice", "rear", "lieutenant", "major", "sub", "brigadier", "field", "deputy", "under",
                           "post", "flag", "staff", "quartermaster", "sergeant", "lance", "acting"})


def rank_title(word: str) -> bool:
    """'Vice-Admiral', 'Lieutenant-General': a hyphenated rank ending in a title."""
    parts = word.lower().rstrip(".").split("-")
    return len(parts) == 2 and parts[0] in RANK_PREFIXES and parts[1] in TITLES

KIN_NOUNS = {
    "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "uncle", "aunt",
    "nephew", "niece", "cousin", "grandfather", "grandmother", "grandson", "granddaughter",
    "widow", "widower", "fiancée", "fiancee", "fiance", "bride", "mistress", "lover", "friend",
    "comrade", "ally", "enemy", "rival", "colleague", "secretary", "landlady", "landlord",
    "children", "child", "parents", "family", "servant", "master", "employer", "patron",
    "protégé", "protege", "disciple", "pupil", "teacher", "biographer", "assistant", "deputy",
    "successor", "predecessor", "companion", "partner", "heir", "brother-in-law", "sister-in-law",
    "father-in-law", "mother-in-law", "son-in-law", "daughter-in-law", "stepfather", "stepmother",
}

# verbs of an assertion that may be unwarranted ("claimed", "alleged", "it was rumoured"): the core that the claims,
# journeys (a journey someone else asserts) and memberships (an alleged membership) stages each widen
ALLEGING = {"allege", "assert", "believe", "claim", "deny", "doubt", "imagine", "rumor", "rumour", "suppose", "suspect"}
SPEECH_VERBS = {
    "say", "tell", "ask", "reply", "answer", "declare", "exclaim", "cry", "shout", "whisper",
    "write", "recall", "remember", "claim", "insist", "argue", "explain", "add", "remark",
    "admit", "deny", "protest", "announce", "report", "complain", "confess", "inform",
    "think", "believe", "feel", "know", "want", "wish", "hope", "fear", "decide", "realise",
    "realize", "recognise", "recognize", "suspect", "doubt", "love", "hate", "marry", "smile",
    "laugh", "weep", "die", "bear", "live", "work", "read", "sign", "agree", "refuse",
}
MOTION_VERBS = {
    "go", "come", "arrive", "leave", "depart", "travel", "return", "flee", "escape", "walk",
    "ride", "sail", "fly", "move", "reach", "set", "enter", "visit", "run", "hurry", "rush",
    "march", "advance", "retreat", "proceed", "cross", "drive", "emigrate", "migrate",
}

# the head words of papers named in another language ("the Gazzetta di Bologna", "the Frankfurter Zeitung"): heads
# of bodies and, in the records, of newspapers
FOREIGN_PAPER_HEADS = {"gazzetta", "gazeta", "gaceta", "corriere", "giornale", "diario", "courrier", "moniteur", "zeitung"}
ORG_HEADS = {
    "soviet", "soviets", "committee", "committees", "party", "council", "government", "ministry",
    "assembly", "congress", "union", "unions", "bureau", "army", "armies", "fleet", "navy",
    "company", "society", "league", "federation", "association", "church", "senate", "duma",
    "parliament", "cabinet", "court", "guard", "guards", "corps", "regiment", "division",
    "brigade", "battalion", "bank", "university", "college", "academy", "school", "institute",
    "gazette", "times", "herald", "journal", "review", "tribune", "post", "chronicle", "news",
    "convention", "commission", "directory", "board", "police", "okhrana",
    "cheka", "zemstvo", "zemstvos", "cooperatives", "group", "faction", "bloc", "club",
    "international", "brotherhood", "order", "office", "department", "administration",
    "press", "railway", "railways", "corporation", "trust", "syndicate", "sovnarkom",
    "diet", "sejm", "rada", "reichstag", "landtag", "storting", "riksdag", "cortes", "sobor", "synod",
    "politburo", "orgburo", "comintern", "bund", "presidium", "collegium", "sovdep", "ispolkom", "revkom",
    # a state's or an army's bodies named by one noun ("the Triumvirate", "the Legion", "the Tobolsk gendarmerie")
    "triumvirate", "junta", "directorate", "secretariat", "commissariat", "tribunal", "gendarmerie",
    "constabulary", "legion", "squadron", "flotilla", "authorities",
    *FOREIGN_PAPER_HEADS,
    "organisation", "organization",  # "the Military Organisation"
    "executive",  # "the SPD executive"
}
FAC_HEADS = {
    "station", "palace", "square", "street", "prospekt", "prospect", "avenue", "bridge",
    "cathedral", "monastery", "fortress", "prison", "hotel", "theatre", "theater", "wharf",
    "quay", "embankment", "gate", "gates", "tower", "house", "hall", "castle", "park",
    "field", "garden", "gardens", "market", "canal", "harbour", "harbor", "port", "lane",
    "road", "boulevard", "island", "islands", "river", "sea", "lake", "mountains", "mount",
    "valley", "bay", "gulf", "strait", "coast", "province", "district", "quarter", "county",
    "region", "oblast", "guberniya", "gubernia", "uyezd", "steppe", "desert", "peninsula",
    "grave", "cemetery", "abbey", "chapel", "mosque", "synagogue", "temple", "barracks",
    "factory", "works", "mill", "mine", "mines", "front", "forest", "woods", "hill", "hills",
    "creek", "brook", "inn", "tavern", "ferry", "falls", "lakes", "dock", "docks", "dockyard", "pier", "jetty",
    "shipyard", "arsenal", "tunnel", "lighthouse", "memorial", "monument", "mausoleum", "farm", "platform",
}
# a name with one of these heads names an event, not an entity ("the French Revolution")
EVENT_HEADS = {
    "revolution", "war", "wars", "battle", "conference", "treaty", "rising", "uprising", "revolt",
    "rebellion", "strike", "siege", "campaign", "offensive", "massacre", "coup", "putsch", "mutiny",
    "crisis", "affair", "days", "exhibition", "festival", "olympics", "trial", "trials", "purge",
    "purges", "expedition", "crusade", "terror", "famine", "election", "elections", "sunday",
    "ages", "age", "era", "period", "renaissance", "reformation", "enlightenment",
}
# nouns whose possessor or "of"-object is a person: "Meyerhold's production", "the works of Gogol"
PERSONAL_NOUNS = {
    "works", "writings", "novel", "novels", "poem", "poems", "play", "plays", "letter", "letters",
    "memoirs", "diary", "diaries", "production", "music", "painting", "paintings", "book", "books",
    "biography", "followers", "disciples", "admirers", "funeral", "death", "birth", "life", "lifetime",
    "arrest", "execution", "murder", "assassination", "speech", "speeches", "opinion", "views",
    "face", "eyes", "voice", "hand", "hands", "head", "health", "childhood", "youth", "career",
    "resignation", "autobiography", "words", "own", "killing", "murderer", "murderers", "assassin", "assassins",
    "killer", "killers", "widow", "grave", "tomb", "portrait", "bust", "statue", "signature",
    "companion", "companions", "pupil", "pupils", "disciple", "follower", "admirer", "wisdom", "teaching",
    "teachings", "dialogues", "reign", "verses", "treachery", "exploits", "sayings", "counsel",
}
# an institution named with these is an organization, not a building
INSTITUTE_AS_FAC = {"institute"}

SURNAME_SUFFIXES = (
    "ov", "ev", "ёв", "yov", "in", "yn", "sky", "ski", "skii", "skiy", "ska", "skaya", "ova", "eva",
    "ina", "yna", "vich", "vitch", "witz", "enko", "chuk", "shvili", "dze", "yan", "ian", "off",
)
# nouns that say a woman or a man (kin, rank, station): a pronoun's gender (clauses, quotations) and the gender a
# relation noun asks of its bearer (relationships)
FEMALE_NOUNS = {"woman", "lady", "girl", "mother", "daughter", "sister", "aunt", "niece", "wife", "widow", "bride",
                "fiancée", "granddaughter", "grandmother", "stepmother", "stepdaughter", "mamma", "maid", "mistress",
                "queen", "princess", "countess", "landlady", "hostess"}
MALE_NOUNS = {"man", "boy", "gentleman", "fellow", "father", "son", "brother", "uncle", "nephew", "husband", "widower",
              "bridegroom", "fiancé", "grandson", "grandfather", "stepfather", "stepson", "papa", "king", "prince",
              "lord", "duke", "footman", "butler", "youth", "landlord", "host", "master"}
# a woman's surname (Russian "-ova", "-ina", "-skaya"; Polish "-ska"): identities and entities read it
FEMININE_SURNAME_END = ("ova", "eva", "ina", "yna", "aya", "ska")
# calendar words that open no name: the months, their abbreviations, the weekdays and two feasts
MONTHS = {*MONTH_NAMES, *_MONTH_ABBR, "sept", *WEEKDAYS, "christmas", "easter"}
# capitalised plurals that name a faith's or a class's adherents at large, not an organised body
# ("the Protestants", "Christians"); sects and parties ("Quakers", "Anarchists") stay bodies
BROAD_GROUPS = {
    "christians", "protestants", "catholics", "jews", "muslims", "moslems", "mohammedans", "mussulmans",
    "hindus", "buddhists", "pagans", "heathens", "gentiles", "infidels", "atheists", "europeans",
    "asiatics", "orientals", "westerners", "easterners", "northerners", "southerners", "negroes",
    "indians", "natives", "aborigines", "slavs", "latins", "teutons", "celts", "saxons", "anglo-saxons",
}
# nouns of formal address ("Her Majesty", "His Royal Highness", "Your Excellency"): a way of
# speaking to or of a person, not a person, place or body of that name
ADDRESS_NOUNS = {
    "majesty", "majesties", "highness", "highnesses", "excellency", "excellencies", "holiness",
    "eminence", "eminences", "lordship", "lordships", "ladyship", "ladyships", "worship", "reverence",
}
NOT_NAMES = {
    "i", "we", "he", "she", "they", "it", "you", "god", "lord", "chapter", "book", "part",
    "note", "notes", "appendix", "app", "sect", "section", "vol", "page", "yes", "no", "oh",
    "ah", "mr", "mrs", "dr", "st", "the", "a", "an", "and", "but", "or", "of", "in", "on",
    "o.s.", "n.s.", "o.s", "n.s", "a.d.", "b.c.", "a.m.", "p.m.", "ibid", "ibid.", "cf", "cf.", "viz",
}


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def given_name_gender(word: str) -> str | None:
    """'m', 'f' or 'u' (androgynous) for a known given name, else None."""
    if not word[:1].isupper() or len(word) < 2:
        return None
    g = _detector().get_gender(word)
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f",
            "andy": "u"}.get(g)


def given_name_firm(word: str) -> bool:
    """Whether the lexicon gives a given name one sex without doubt ("Emma", "Jean"), not only mostly one
    ("Camille", "Sasha") or either."""
    return word[:1].isupper() and len(word) > 1 and _detector().get_gender(word) in ("male", "female")


def title_gender(title: str) -> str | None:
    t = title.lower().rstrip(".")
    if t in MALE_TITLES:
        return "m"
    if t in FEMALE_TITLES:
        return "f"
    return None


def looks_like_surname(word: str) -> bool:
    w = word.lower()
    return len(w) > 4 and w.endswith(SURNAME_SUFFIXES)


PATRONYMIC = ("ovich", "evich", "ovitch", "evitch", "yevich", "ich", "ovna", "evna", "ichna", "inichna", "yevna")


def is_patronymic(word: str) -> bool:
    """'Ilyich', 'Konstantinovna': a father's name used with the first name."""
    w = word.lower()
    return len(w) > 5 and w.endswith(PATRONYMIC)


def _data_rows(name: str):
    """The rows of the CSV file ``chronicle/data/<name>`` as dicts by header."""
    import csv
    from pathlib import Path

    with open(Path(__file__).resolve().parent.parent / "data" / name, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


@lru_cache(maxsize=1)
def _given_name_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for row in _data_rows("russian_diminutives.csv"):
        key = row["given_name"].lower()
        for form in [row["given_name"], *row["variants"].split("|"), *row["diminutives"].split("|")]:
            if form:
                forms.setdefault(form.lower(), key)
    return forms


def first_name_key(word: str) -> str:
    """One key for a given name and its variants and diminutives ('Volodya' -> 'vladimir')."""
    w = word.lower().rstrip(".")
    forms = _given_name_forms()
    if w in forms:
        return forms[w]
    w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))  # "Eugène" is "Eugene"
    return forms.get(w, w)


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, frozenset[str]]:
    """Nickname -> the English given names it shortens ("sam" -> {"samuel", "samson", ...}), from
    ``english_nicknames.csv`` (built by scripts/build_nicknames.py; see data/SOURCES.md)."""
    from collections import defaultdict

    of: dict[str, set[str]] = defaultdict(set)
    for row in _data_rows("english_nicknames.csv"):
        for nick in row["nicknames"].split("|"):
            if nick:
                of[nick].add(row["given_name"])
    return {k: frozenset(v) for k, v in of.items()}


def is_nickname_of(nick: str, name: str) -> bool:
    """'Sam' for 'Samuel', 'Charlie' for 'Charles': an English nickname of that given name, the two of
    one sex where the name lexicon knows both ('Bell' is no William's, 'Sam' no Samantha's beside a Samuel)."""
    if name.lower().rstrip(".") not in _nicknames().get(nick.lower().rstrip("."), ()):
        return False
    a, b = given_name_gender(nick.capitalize()), given_name_gender(name.capitalize())
    return a is None or b is None or "u" in (a, b) or a == b


def same_given_name(a: str, b: str) -> bool:
    """One given name in two forms: a variant or diminutive ('Volodya', 'Vladimir') or an English
    nickname ('Fred', 'Frederick')."""
    return first_name_key(a) == first_name_key(b) or is_nickname_of(a, b) or is_nickname_of(b, a)


PLACE_SUFFIXES = ("sk", "grad", "gorod", "burg", "ovo", "evo", "skoye", "skoe", "tskoye", "pol", "opol", "abad",
                  "ovka", "evka", "ivka")  # "Yanovka", "Sosnovka", "Ivanivka": villages
PLACE_PREFIXES = ("novaya", "novy", "novyi", "novo", "staraya", "stary", "nizhny", "nizhni", "nizhne",
                  "verkhny", "verkhne", "bolshaya", "bolshoi", "malaya", "maly", "ust")


def looks_like_place_name(name: str) -> bool:
    """Russian place-name shape: 'Yeniseisk', 'Novaya Uda', 'Ust-Kut', 'Shushenskoye'."""
    words = name.lower().replace("-", " ").split()
    if not words:
        return False
    return words[0] in PLACE_PREFIXES and len(words) > 1 or (len(words[-1]) > 5 and words[-1].endswith(PLACE_SUFFIXES))


# nouns of a person's role or occupation: "The commandant, Legardeur de St. Pierre", "Gist, the Ohio
# Company's surveyor", "a kindly man named Ushakov" (an apposition or a "named" makes a person)
ROLE_NOUNS = {
    "man", "woman", "boy", "girl", "gentleman", "lady", "fellow", "youth", "child", "stranger", "commandant",
    "commander", "leader", "chief", "head", "surveyor", "interpreter", "guide", "physician", "surgeon", "lawyer",
    "attorney", "writer", "poet", "novelist", "journalist", "editor", "author", "historian", "printer", "merchant",
    "officer", "soldier", "sailor", "priest", "monk", "nun", "teacher", "tutor", "student", "worker", "peasant",
    "engineer", "agent", "spy", "informer", "founder", "widow", "widower", "landlady", "landlord", "clerk", "envoy",
    "delegate", "prisoner", "exile", "revolutionary", "organizer", "organiser", "activist", "orator", "philosopher",
    "scientist", "painter", "composer", "actor", "actress", "singer", "dancer", "banker", "industrialist",
    "manufacturer", "shopkeeper", "innkeeper", "servant", "maid", "cook", "coachman", "driver", "doctor",
    "nurse", "midwife", "bishop", "archbishop", "abbot", "pastor", "rabbi", "mullah", "judge", "magistrate",
    "prosecutor", "investigator", "gendarme", "policeman", "detective", "jailer", "warder", "governor",
    "minister", "ambassador", "diplomat", "consul", "mayor", "general", "colonel", "captain", "admiral",
    "lieutenant", "sergeant", "corporal", "private", "cossack", "commissar", "chairman", "secretary",
    "president", "premier", "chancellor", "deputy", "senator", "professor", "economist", "theorist",
    "comrade", "friend", "colleague", "rival", "enemy", "ally", "patron", "protégé", "disciple", "pupil",
    "assassin", "murderer", "killer", "defector", "traitor", "terrorist", "anarchist", "bolshevik", "menshevik",
    "dissident", "biographer", "critic", "scholar", "playwright", "dramatist", "sculptor", "architect", "inventor",
    "explorer", "navigator", "missionary", "preacher", "tsarina", "empress", "emperor", "king", "queen",
    "tyrant", "despot", "usurper", "satrap", "statesman", "tribune", "praetor", "dictator", "lawgiver", "sophist",
    "soothsayer", "prophet", "pretender", "regent",
}

# nouns of a rank or an office that older prose capitalises when it means the holder ("the Sovereign", "the
# Infanta", "the Archon", "Collegiate Assessor"): with no name after them they name no one in particular
OFFICE_NOUNS = {
    "sovereign", "monarch", "infanta", "infante", "dauphin", "dauphine", "pontiff", "viceroy", "vicereine",
    "vizier", "khedive", "doge", "archon", "polemarch", "ephor", "proconsul", "propraetor", "quaestor", "aedile",
    "censor", "assessor", "councillor", "counsellor", "councilor", "registrar", "treasurer", "chancellor",
    "magistrate", "prefect", "intendant", "steward", "bailiff", "sheriff", "alderman", "burgomaster", "tsarevich",
    "tsarevna", "heir", "successor", "premier", "minister", "admiral", "general", "ruler",
}

# Greek and Latin names the tagger takes for plurals: "Romulus", "Prokles", "Eurysthenes", "Aristides", "Leonidas"
SINGULAR_NAME_END = re.compile(r"(?:[^aeiou]us|[kc]les|thenes|[^aeiou]ides|iades|[^i]das|[^aeiou]os)$")


# endings of Greek personal names, seldom of places or peoples: "Demosthenes", "Perikles", "Alkibiades",
# "Aristeides", "Sokrates", "Aristophanes", "Pythagoras", "Archimedes", "Lysimachus", "Chrysippus", "Diodorus"
CLASSICAL_PERSON_END = re.compile(r"(?:thenes|[kc]les|iades|[^aeiour]eides|[kc]rates|phanes|goras|.{3}medes|"
                                  r"(?:ma|ar)chus|ippus|odorus|odemus|[kc]ritus|[ey]tas|[kc]ias|anias|stratus)$")


def looks_like_classical_name(word: str) -> bool:
    """A one-word name of a Greek person's shape ("Leosthenes", "Onomarchus"), which spaCy often takes for a
    place or a body."""
    return len(word) > 5 and word[:1].isupper() and " " not in word and bool(CLASSICAL_PERSON_END.search(word.lower()))


# titles whose holder is called by the territory after "of": "the Duke of Wellington" is "Wellington"
PEERS_BY_TERRITORY = {"duke", "duchess", "earl", "count", "countess", "marquis", "marquess", "marchioness", "viscount",
                      "viscountess", "baron", "baroness", "lord", "lady", "archbishop", "bishop"}


def territorial(w: list[str]) -> bool:
    """"Leopold of Coburg", "the Queen of Spain", "Philomelus of Phokis": the word after "of" is a place
    or a house, not the person's surname ("Coburg" alone is the house, "Spain" the country), unless a
    peer's title stands before it ("the Duke of Wellington" is called "Wellington")."""
    return "of" in w[1:-1] and w[0].rstrip(".") not in PEERS_BY_TERRITORY


# words that say which party or side a person is on: "the Bolshevik Krylenko", "the Left Socialist Revolutionary
# Karelin", "the Menshevik Dan" (political vocabulary: none of them names a person)
AFFILIATION_WORDS = frozenset({
    "bolshevik", "menshevik", "left", "right", "socialist", "revolutionary", "social", "democrat", "democratic",
    "liberal", "conservative", "radical", "communist", "anarchist", "cadet", "kadet", "octobrist", "trudovik",
    "narodnik", "populist", "tory", "whig", "jacobin", "girondin", "girondist", "royalist", "monarchist",
    "republican", "nationalist", "fascist", "marxist", "labour", "unionist", "federalist", "syndicalist",
    "maximalist", "internationalist", "anarcho-syndicalist", "social-democrat", "social-revolutionary"})


def affiliation_word(w: str) -> bool:
    """'bolshevik', 'Bolsheviki', 'Revolutionaries', 'Democrats': a party word in any of its forms."""
    w = w.lower()
    forms = {w, w[:-1], w[:-3] + "y"}  # "bolsheviki" and "democrats" lose their last letter
    return bool(forms & AFFILIATION_WORDS)
