"""``chronicle_mentions``: candidate name mentions with the local cues that type them.

The component reads spaCy's entities and proper-noun runs and writes them to
``doc.spans["chronicle_mentions"]``; each span's ``._.chronicle_cues`` holds plain
values (spaCy label, title, verb, preposition, kin noun…). It decides nothing: the
person/place/organization choice is made per document in
:mod:`chronicle.resolve.entities`, from all of a name's mentions together.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .place_names import (buildings_of, in_quoted_title, join_of_heads, kept_buildings, mass_quantified, next_word,
                          number_sign, owned_buildings)
from .lexicon import (ROLE_NOUNS, OFFICE_NOUNS, affiliation_word, SINGULAR_NAME_END, looks_like_classical_name, EVENT_HEADS, given_name_gender, looks_like_surname, FAC_HEADS, KIN_NOUNS, MONTHS, MOTION_VERBS, NOT_NAMES, ORG_HEADS,
                      PERSONAL_NOUNS, RANK_PREFIXES, SPEECH_VERBS, TITLES)
from .works import PAPER_NOUNS

GROUP = "chronicle_mentions"
KEEP_LABELS = {"PERSON", "GPE", "LOC", "ORG", "FAC", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}
DEPARTURE_VERBS = {"set", "leave", "sail", "start", "depart", "head", "embark", "bind", "make", "steam", "board"}
BODY_ROLE_NOUNS = {"editor", "editors", "board", "staff", "member", "members", "leader", "leaders", "chairman",
                   "founder", "founders", "presidium", "bureau", "delegate", "delegates", "correspondent",
                   "contributor", "contributors", "editorship", "secretary", "treasurer",
                   "offices", "headquarters", "premises"}  # "cadets wrecked the offices of Pravda": a body's rooms
# parts of a building whose "of"-object is the building: "in Room 75 of the X", "beneath the arches of the X",
# "the ante-room of the X" (not "the offices of …", which a body has wherever it sits)
# not "wing": "the right wing of the Bolsheviki" is a faction of a party
BUILDING_PARTS = {"room", "ante-room", "anteroom", "building", "arch", "hall", "courtyard", "steps", "gate",
                  "corridor", "door", "roof", "cellar", "staircase", "stair", "basement", "window", "wall",
                  "facade", "façade", "colonnade", "portico", "ballroom", "vestibule", "lobby", "attic", "dome",
                  "porch", "entrance", "precincts"}
BUILDING_PART_BEFORE = re.compile(r"\b(" + "|".join(sorted(BUILDING_PARTS, key=len, reverse=True)) + r")(?:s|es)?"
                                  r"(\s+\d+[A-Za-z]?)?\s+of\s+the\s+$", re.I)  # "Room 75" capitalised with its number
SEAT_NOUNS = {"seat", "post", "membership"}  # a seat in a body: "her post in the Zhenotdel"
PUBLISH_VERBS = {"publish", "print", "appear", "write", "report", "announce", "serialise", "serialize"}
ISSUE_VERBS = {"publish", "print", "reprint", "issue", "distribute"}  # what a publishing house does
PLACE_NOUNS = {"sign", "village", "hamlet", "town", "city", "settlement", "port", "capital", "district", "province",
               "region", "island", "river", "station", "fortress", "monastery", "estate", "suburb", "county",
               "parish", "valley", "oblast", "guberniya", "uyezd", "volost", "stanitsa", "aul", "kishlak",
               "channel", "strait", "inlet", "creek", "bay", "lake", "harbour", "harbor", "gulf", "peninsula",
               "cape", "lagoon", "estuary", "fjord", "mountain", "pass"}  # "Kill van Kull, the channel separating…"
# "the walls of Leontini", "the people of Adranum": said after "of" of places (not of a plural, "the people of
# the Medes")
PLACE_OF_NOUNS = {"wall", "gate", "siege", "inhabitant", "citizen", "outskirts", "suburbs", "environs", "territory",
                  "neighbourhood", "neighborhood", "people", "townspeople", "garrison", "citadel", "forest",
                  "marsh", "harbour", "harbor", "hinterland", "countryside", "north", "south", "east", "west",
                  "northeast", "northwest", "southeast", "southwest"}  # "the pine forest of Ravenna", "north of X"
# a river's or a shore's parts, said in lower case before "of (the) X": "the steep bank of the Lusha", "the mouth
# of the Neva" (not "the Bank of England", capitalised, which is a name)
WATER_OF_NOUNS = {"bank", "banks", "shore", "shores", "mouth", "source", "headwaters", "ford", "bend", "waters"}
# a dwelling or building "on" a name stands on a river, a lake or a street: "a villa on the Biały Dunajec"
ON_PLACE_NOUNS = {"villa", "house", "cottage", "hut", "farm", "estate", "mill", "town", "village", "hamlet", "dacha",
                  "camp", "farmhouse", "lodge", "flat", "room", "rooms", "inn", "tavern"}
# a ship's name follows its kind: "the brig Oreste", "the steamer Vega" name no person, place or body
VESSEL_NOUNS = {"ship", "brig", "brigantine", "schooner", "sloop", "frigate", "corvette", "steamer", "steamship",
                "cruiser", "battleship", "gunboat", "destroyer", "yacht", "barque", "bark", "galley", "galleon",
                "packet", "whaler", "icebreaker", "vessel", "tug", "liner", "submarine", "felucca", "clipper"}
# kin nouns said after "of" of places as often as of persons: "master of Sicily", "the allies of Athens"
KIN_OF_PLACES_TOO = {"master", "ally", "allies", "enemy", "enemies", "rival", "patron"}
PLACE_OBJECT_VERBS = {"reach", "enter", "visit", "approach", "occupy", "besiege", "evacuate", "bomb", "shell"}
PLACE_PREPS = {"in", "at", "from", "to", "near", "into", "towards", "toward", "via", "through", "outside", "across", "beyond", "reach", "around"}

if not Span.has_extension("chronicle_cues"):
    Span.set_extension("chronicle_cues", default=None)


# titles that end a sentence as whole words: "…the death of the Queen. Stockmar…" is no "Queen Stockmar"
_WORD_TITLES = frozenset({"king", "tsar", "czar", "lord", "lady", "duke", "pope", "emir", "shah", "khan", "earl",
                          "dame", "sir", "miss", "baron", "count", "queen", "prince", "judge", "major"})


# verbs whose subject is a person, never a place: "Kirov died", "Frunze married"; and, in the passive,
# "Kirov was shot", "Washington was elected"
PERSON_SUBJECT_VERBS = {"die", "marry", "wed", "resign", "retire", "smile", "laugh", "weep", "sigh", "sleep", "dine",
                        "breakfast", "dress", "kneel", "pray", "confess", "beg", "implore", "plead", "entreat",
                        "beseech"}  # not "decide", "fear": "Berlin feared …"
PERSON_PASSIVE_VERBS = {"bear", "shoot", "execute", "murder", "assassinate", "arrest", "wound", "hang", "poison",
                        "exile", "imprison", "marry", "elect", "appoint", "baptize", "baptise", "christen", "educate",
                        "bury", "knight", "sentence", "acquit", "promote", "dismiss", "court-martial", "try", "release",
                        "deport", "banish", "expel", "torture", "flog", "behead"}
ENDPOINT_PREPS = {"from", "to", "for", "into"}


def _personal_clause(verb, lemma: str, subj) -> bool:
    """Said only of persons: a motion from or to a named place ("Washington set out from
    Williamsburg"), speech or writing with a personal possessive ("Washington wrote in his
    journal"), a verb of a person's life ("Kirov died", "Kirov was shot")."""
    if subj.dep_ == "nsubjpass":
        return lemma in PERSON_PASSIVE_VERBS
    if lemma in PERSON_SUBJECT_VERBS:
        return True
    if lemma in MOTION_VERBS or lemma in ("set", "start", "make"):
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ENDPOINT_PREPS and any(
                    o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children):
                return True
        for prt in verb.children:  # "set out from X"
            if prt.dep_ == "prt":
                return any(p.dep_ == "prep" and p.lower_ in ENDPOINT_PREPS for p in verb.children)
    if lemma in SPEECH_VERBS:
        return any(t.lower_ in ("his", "her", "himself", "herself") for t in verb.subtree if t.i > subj.i)
    return False


def _modified_noun(span: Span, head):
    """The lower-case noun right after the name that the parser makes the name a compound of ("its journal,
    Chernyi peredel": "peredel"), which stands for the name in the clause (a foreign title's second word in
    lower case); else the name's own head."""
    nxt = head.head
    if head.dep_ == "compound" and nxt.i == span.end and nxt.pos_ == "NOUN" and nxt.text.islower():
        return nxt
    return head


def _role_apposition(span: Span, head, before, before2) -> bool:
    """The name stands in apposition to a noun of a person's role ("The commandant, X, received
    him"; "X, the Ohio Company's surveyor") or follows "<role noun> named/called" ("a kindly man
    named X"); not a title with a possessive inside ("my favourite author, Bunyan's Pilgrim's Progress")."""
    if any(t.tag_ == "POS" for t in span[:-1]) or span.start > 0 and span.doc[span.start - 1].tag_ == "POS":
        return False
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in ROLE_NOUNS \
            and head.head.text.islower():
        return True
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in ROLE_NOUNS and c.text.islower()
           and c.i > span.end for c in head.children):
        return True
    if any(c.dep_ == "appos" and c.i > span.end and c.text.istitle() and c.lower_ in ROLE_NOUNS
           and span.doc[c.i - 1].lower_ == "the" and (c.i + 1 == len(span.doc) or not span.doc[c.i + 1].text[:1].isupper())
           for c in head.children):
        return True  # "The Corinthian Neon, the General in command of the garrison": a title standing for him
    if before is not None and before.text.islower() and before.lemma_.lower() in ROLE_NOUNS and before.i == span.start - 1 \
            and before2 is not None and before2.lower_ in ("the", "a", "an", "his", "her", "their", "our", "my"):
        return True  # "the assassin Nikolaev", "the historian Conquest"
    return (before is not None and before.lower_ in ("named", "called") and before2 is not None
            and before2.lemma_.lower() in ROLE_NOUNS and before2.text.islower())


def _singular_subject(head) -> bool:
    """The name is the subject of a verb in the singular ("Gots was tried", "Gots has written", "Gots
    speaks"): no plural, whatever the tagger's NNPS says."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = head.head
    if verb.lemma_ == "be":
        return False  # "Wuthering Heights is the name of …": a copula says nothing of the name's number
    return verb.tag_ == "VBZ" or verb.lower_ in ("was", "is", "has") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "is", "has") for c in verb.children)


def _whole_sentence(span: Span) -> bool:
    """Whether ``span`` is all of its sentence, but for closing punctuation ("Manuscript.")."""
    doc = span.doc
    j = span.start  # the sentence may start on the spaces or brackets before it ("[27] Manuscript.")
    while j > 0 and (doc[j - 1].is_space or doc[j - 1].is_punct or doc[j - 1].like_num and doc[j - 1].is_digit):
        j -= 1
    if not any(doc[i].is_sent_start or i == 0 for i in range(j, span.start + 1)):
        return False
    k = span.end
    while k < len(doc) and doc[k].is_punct:
        k += 1
    return k == len(doc) or doc[k].is_sent_start or doc[k].is_space


def _abbreviated(title: str) -> bool:
    """Whether ``title`` before a full stop is an abbreviation ("Dr", "Capt", "Lieut")."""
    return title not in _WORD_TITLES and (len(title) <= 4 or title in ("lieut", "comdr", "sergt"))


@Language.factory("chronicle_mentions", assigns=["doc.spans"], requires=["doc.ents", "token.dep", "token.tag"])
def make_mentions(nlp: Language, name: str) -> "MentionFinder":
    return MentionFinder(_common_nouns(nlp), _common_nouns(nlp, "adj"))


def _common_nouns(nlp: Language, pos: str = "noun") -> frozenset[str]:
    """The English nouns (or adjectives, verbs: ``pos``) of the pipeline's own lemmatizer tables (WordNet's index, shipped
    in the model)."""
    try:
        return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")[pos])
    except (KeyError, ValueError, AttributeError):
        return frozenset()


class MentionFinder:
    """Collect name mentions and cues; see the module docstring."""

    def __init__(self, common_nouns: frozenset[str] = frozenset(), adjectives: frozenset[str] = frozenset()):
        self.common_nouns = common_nouns
        self.adjectives = adjectives

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[tuple[Span, dict]]:
        lower_words = {t.lower_ for t in doc if t.text.islower()}  # the words the document writes in lower case
        parts = [p for e in doc.ents if e.label_ in KEEP_LABELS for p in _split(e, lower_words)]
        spans = [_of_the_side(s) for s in _acronym_before_name([s for s in (_trim(e) for e in parts) if s is not None])]
        text = doc.text  # built once: Doc.text joins every token
        spans = [_with_title(_without_affiliation(s, self.common_nouns)) for s in spans]
        spans = _hyphen_streets(doc, text, spans)
        spans = _publishers(doc, text, spans)
        spans = _adjective_bodies(doc, spans)
        spans = _headlands(doc, spans)  # "Punta della Maestra"
        taken = {t.i for s in spans for t in s}
        spans += _acronym_before_name([_without_affiliation(s, self.common_nouns) for s in _propn_runs(doc, taken)])
        taken = {t.i for s in spans for t in s}
        spans += list(_acronyms(doc, taken))
        spans += _echoes(doc, spans, self.common_nouns, self.adjectives)
        spans = _peerages(doc, spans)
        spans = join_of_heads(spans)  # "Gulf" + "of" + "Finland"
        spans = _body_of_two_places(spans)
        spans = _papers_of_places(spans)  # "Gazzetta" + "di" + "Bologna"
        spans = _hyphen_compounds(spans)  # "Malo" + "-Jaroslawetz", "Bahr-el-" + "Ghazal"
        spans = [_with_hyphen_tail(s, text) for s in spans if not _decoration(s) and not _compound_office(s)]
        spans = [s for s in spans if not _translation(s, text) and not _clock_or_era(s) and not _office_tail(s, text)]
        foreign = {t.text for s in spans if self._original_words(s, text) for t in s}
        spans = [s for s in spans if not foreign or not all(t.text in foreign for t in s)]  # "… as _Sabatchikh_
        # Deputatov": the words of such a gloss said again are no name either
        found = [(s, _cues(s, text)) for s in _join_heads(sorted(spans, key=lambda s: s.start))]
        for s, c in found:
            c.update(self._lexical(s))
        found = [(s, c) for s, c in found if not self._called_out(s, c, text)
                 and not (c.get("lexical") and _office_of(s))]
        found += [(s, _owned_cues(s, owner, noun, text)) for s, owner, noun in owned_buildings(doc, [s for s, _ in found])]
        found += [(s, {"label": "FAC", "fac_head": "house", "owner": owner, "owner_body": True, "sent_start": False,
                       "as_name": re.sub(r"\s+", " ", s.text)})
                  for s, owner in buildings_of(doc, [s for s, _ in found])]  # "the great meeting-house of the Quakers"
        found += [(s, {"label": "FAC", "fac_head": "house", "owner": owner, "sent_start": False,
                       "as_name": f"{re.sub(chr(92) + 's+', ' ', owner)}'s {noun}"})
                  for s, owner, noun in kept_buildings(doc, [s for s, _ in found])]  # "an inn … kept by one Dr. Brown"
        found += [(s, {"label": "ORG", "org_gloss": head, "italic": True, "sent_start": False})
                  for s, head in _glossed_bodies(doc, text, {t.i for s, _ in found for t in s})]
        return found + list(_bare_titles(doc, {t.i for s, _ in found for t in s}))

    def _lexical(self, s: Span) -> dict:
        """Whether every word of the name is an English noun or adjective of the lexicon ("Art", "Easy
        Philosophies", "Collegiate Assessor"; WordNet's index also holds many proper names, "Lenin", "Paris",
        so this is never evidence alone), and whether a one-word name is the plural of such a noun
        ("Zeppelins": "zeppelin" is in the index, "zeppelins" is not)."""
        if not self.common_nouns:
            return {}
        words = [t.lower_ for t in s if t.is_alpha and t.lower_ != "the"]
        if not words or any(not t.is_alpha and t.tag_ != "POS" and not t.is_space for t in s):
            return {}  # "Judith M.": an initial is no word of the lexicon
        cues = {}
        if all(w in self.common_nouns or w in self.adjectives or _singular(w) in self.common_nouns for w in words):
            cues["lexical"] = True
        w = words[-1]
        if len(words) > 1 and (w in self.common_nouns or _singular(w) in self.common_nouns) \
                and all(x in self.adjectives for x in words[:-1]):
            cues["adjectives_noun"] = True  # "Collegiate Assessor", "Privy Councillor", not "Chicago Tribune"
        if len(words) == 1 and len(w) > 3 and w not in self.common_nouns and _singular(w) in self.common_nouns \
                and not w.endswith("as") and not SINGULAR_NAME_END.search(w) and not looks_like_classical_name(s[-1].text):
            # not "Ammonias", "Leonidas", "Eurysthenes": Greek names of a plural's shape
            cues["lexical_plural"] = True
        return cues

    def _original_words(self, s: Span, text: str) -> bool:
        """"the Soviets of Workers’ Deputies (Rabotchikh Deputatov)": the original words of an English name,
        in brackets right after it, as many words as the English, none an English word or a given name,
        are no name of their own ("Mother Jones (Mary Harris)" keeps its given name)."""
        if not self.common_nouns or text[s.start_char - 1:s.start_char] != "(" or text[s.end_char:s.end_char + 1] != ")":
            return False
        m = ENGLISH_BEFORE.search(text, max(0, s.start_char - 80), s.start_char - 1)
        inner = s.text.split()
        if m is None or len(inner) < 2:
            return False
        english = [re.sub(r"[’']s?$", "", w).lower() for w in m.group(1).split()]

        def word(w: str) -> bool:
            return w in self.common_nouns or w in self.adjectives or _singular(w) in self.common_nouns
        return (len(english) == len(inner) and all(word(w) for w in english)
                and not any(word(w.lower()) or given_name_gender(w) for w in inner))

    def _called_out(self, s: Span, cues: dict, text: str) -> bool:
        """A common noun called out as a whole quotation ("“Neighbour,” says Bradford", "“Madam!”"): a
        way of addressing someone, not a name (a given name called out, "“Jim!”", stays)."""
        after = text[s.end_char:s.end_char + 1]  # the chunk's text, built once (Doc.text is rebuilt per call)
        return (len(s) == 1 and cues.get("quoted_title") == "whole" and after in (",", "!", "?")
                and s[0].lower_ in self.common_nouns and not given_name_gender(s[0].text))

    def set_annotations(self, doc: Doc, found: list[tuple[Span, dict]]) -> None:
        group = []
        for span, cues in found:
            span._.chronicle_cues = cues
            group.append(span)
        doc.spans[GROUP] = group


ENGLISH_BEFORE = re.compile(r"((?:[A-Z][a-z]+[’']?s?[’']?\s+){0,3}[A-Z][a-z]+[’']?s?[’']?)\s*$")


def _singular(w: str) -> str:
    """'zeppelins' → 'zeppelin', 'philosophies' → 'philosophy', 'churches' → 'church' (nouns only; a
    word not ending in "s" is returned as it is)."""
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


SPLIT_WORDS = {"and", "on", "in", "at", ",", "or", "&", "with", "to", "from", "near"}
JOINING_IN_NAMES = {"and", "&"}  # "Boni and Liveright", "Army and Fleet Committees"


def _split(span: Span, lower_words: set[str]) -> list[Span]:
    """'Lenin and Zinoviev', 'Grave on Mars Field': one entity per side of a joining word; 'Garibaldi’s Italian
    Legion': the owner and the body."""
    out, start = [], span.start
    words = [t for t in span if not (t.is_punct or t.tag_ == "POS")]
    keep = JOINING_IN_NAMES if span.label_ in ("ORG", "WORK_OF_ART", "LAW") and (
        len(words) > 3 or not all(_person_like(w.text) for w in words if w.lower_ not in JOINING_IN_NAMES)) else set()
    if span.label_ in ("ORG", "WORK_OF_ART", "LAW") and not keep and any(w.lower_ in JOINING_IN_NAMES for w in words):
        span = Span(span.doc, span.start, span.end, label="PROPN")  # "Lenin and Martov": two names, not a firm
    for t in span:
        if t.text == ":" and t.i > start:  # "The Prophet Armed: Trotsky 1879–1921"
            out.append(Span(span.doc, start, t.i, label=span.label_))
            start = t.i + 1
        elif t.lower_ in SPLIT_WORDS and t.lower_ not in keep and t.i > start and t.i + 1 < span.end and (
                span.doc[t.i + 1].text[:1].isupper() or t.lower_ in ("to", "with", "from") and t.i + 2 < span.end
                and span.doc[t.i + 1].lower_ == "the" and span.doc[t.i + 2].text[:1].isupper()):
            # "All Power to the Soviets": a slogan naming the body, not a body
            out.append(Span(span.doc, start, t.i, label=span.label_))
            start = t.i + 1
        elif t.lower_ == "the" and t.i > start and t.i + 1 < span.end and span.doc[t.i - 1].lower_ not in NAME_INNER \
                and (span.doc[t.i + 1].text[:1].isupper() or span.doc[t.i + 1].is_lower) and not _epithet(span, t):
            # "Council of the Republic the gulf between…": a lower-case word after "the" ends the name
            out.append(Span(span.doc, start, t.i, label=span.label_))  # "Revolution" | "the Cossacks refused"
            start = t.i
        elif t.lower_ in ("’s", "'s") and span.label_ == "ORG" and t.i == start + 1 and t.i + 1 < span.end \
                and (_person_like(span.doc[start].text) or _owner_of_body(span, start, lower_words)) \
                and span.doc[t.i + 1].text[:1].isupper() \
                and span[-1].lower_ not in FAC_HEADS | PLACE_NOUNS:  # "Cooper's Creek" is one place
            out.append(Span(span.doc, start, t.i, label="PERSON"))  # "Shlyapnikov’s Workers’ Opposition": his
            start = t.i + 1
        elif t.lower_ == "of" and t.i > start and span.doc[t.i - 1].lower_ in ORG_HEADS and t.i + 2 == span.end \
                and _person_like(span.doc[t.i + 1].text):
            out.append(Span(span.doc, start, t.i, label="ORG"))  # "the Government of Kerensky"
            out.append(Span(span.doc, t.i + 1, span.end, label="PERSON"))
            return out
    out.append(Span(span.doc, start, span.end, label=span.label_))
    return out


def _owner_of_body(span: Span, start: int, lower_words: set[str]) -> bool:
    """'Garibaldi’s Italian Legion', 'Wellington’s army Corps': a body's name ends in a body noun and owns no
    possessive; the one capitalised word before "’s" is its commander or founder, when it is no English noun
    ("the People’s Party", "the King’s Own Regiment") and no title. (WordNet's nouns name too many persons to
    tell: "garibaldi" is a blouse; a word the document also writes in lower case is a noun.)"""
    w = span.doc[start]
    return (span[-1].lower_ in ORG_HEADS and w.is_alpha and w.text[:1].isupper() and w.text[1:].islower()
            and w.lower_ not in COMMON_OWNERS and w.lower_ not in TITLES and w.pos_ == "PROPN"
            and not w.lower_.endswith(("men", "folk"))  # "the Freedmen’s Bureau"
            and w.lower_ not in lower_words)


COMMON_OWNERS = {"people", "peoples", "man", "men", "woman", "women", "children", "worker", "workers", "nation",
                 "citizen", "citizens", "soldier", "soldiers", "sailor", "sailors", "peasant", "peasants", "farmer",
                 "farmers", "merchant", "merchants", "lady", "ladies", "gentleman", "gentlemen", "world", "state"}


# the second word of an office named with a title: "the Queen Mother", "the Princess Royal", "the Prince
# Consort", "the Lord Chancellor" name an office, not a person called Mother or Royal
OFFICE_TAILS = {"mother", "royal", "consort", "regent", "dowager", "chancellor", "mayor", "protector", "lieutenant",
                "chamberlain", "president", "steward", "keeper", "admiral", "advocate", "justice", "marshal", "secretary",
                "commissar", "commander"}


def _compound_office(span: Span) -> bool:
    words = [t for t in span if t.lower_ != "the"]
    doc = span.doc
    if len(words) == 1:
        prev = doc[span.start - 1] if span.start > 0 else None
        return words[0].lower_ in OFFICE_TAILS and prev is not None and prev.lower_ in TITLES and prev.text.istitle()
    return len(words) == 2 and words[0].lower_ in TITLES and words[1].lower_ in OFFICE_TAILS


OFFICE_TAIL = re.compile(r"[A-Za-z]-(?:in|at|of)-$")


def _office_tail(span: Span, text: str) -> bool:
    """'the Commander-in-Chief', 'the Lady-in-Chief': the tail of a hyphened title is no name of its own."""
    start = span[1].idx if span[0].lower_ == "the" and len(span) > 1 else span.start_char
    return OFFICE_TAIL.search(text, max(0, start - 6), start) is not None


# offices named with what they govern: "the Minister of Posts and Telegraphs", "the Secretary at War"
OFFICE_OF_HEADS = OFFICE_NOUNS | OFFICE_TAILS | {"secretary", "inspector", "commissioner", "master", "director",
                                                 "surveyor", "controller", "comptroller", "paymaster", "postmaster",
                                                 "governor", "superintendent", "commissar", "general"}


def _office_of(span: Span) -> bool:
    """'Inspector-General of Hospitals', 'Minister of Posts and Telegraphs', 'Secretary at War': a common noun
    (a lexicon word, capitalised) governed by a capitalised office is part of the office's name, no name itself."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1:
        return False
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    for _ in range(3):  # "Posts and", "Posts,"
        if i >= 1 and doc[i].lower_ in ("and", ",") and doc[i - 1].text[:1].isupper():
            i -= 2
    if i < 1 or doc[i].lower_ not in ("of", "at", "for"):
        return False
    office = doc[i - 1]
    return office.text[:1].isupper() and office.lower_ in OFFICE_OF_HEADS


DECORATION_HEADS = {"order", "cross", "medal", "hero", "star"}


def _decoration(span: Span) -> bool:
    """'the Order of Lenin', 'the Cross of St. Anne', 'Hero of Socialist Labour': a decoration or a
    title of honour names no person, place or body; neither its head nor the name it honours is
    a mention ("the Order of St. John", a body, keeps its head as one organization name)."""
    doc = span.doc
    words = [t for t in doc[max(0, span.start - 3):span.start] if not t.is_space]
    if len(words) >= 2 and words[-1].lower_ == "the" and words[-2].lower_ == "of":
        words = words[:-1]
    if len(words) >= 2 and words[-1].lower_ == "of" and words[-2].lower_ in DECORATION_HEADS \
            and words[-2].text[:1].isupper() and span[0].text[:1].isupper():
        return not (words[-2].lower_ == "order" and span[0].text in SAINT_FORMS and _body_acts(words[-2]))
    first = span[1] if span[0].lower_ == "the" and len(span) > 1 else span[0]
    if first.lower_ in DECORATION_HEADS and first.text[:1].isupper():
        nxt = next_word(doc, first.i + 1)  # "Cross of St. Anne" whole, or "Hero" + "of Socialist Labour"
        return nxt is not None and nxt.lower_ == "of" and not (first.lower_ == "order" and _body_acts(first))
    return False


def _body_acts(head) -> bool:
    """'the Order of St. John ruled Malta': the order is the subject of a verb, a body at work."""
    return head.dep_ in ("nsubj", "nsubjpass") or head.head.dep_ in ("nsubj", "nsubjpass") and head.dep_ == "prep"


NAME_INNER = {"of", "to", "for", "and", "&", "in", "on", "at", "by", "with", "from", "over", "under", "upon", "de"}


def _epithet(span: Span, the) -> bool:
    """'Peter the Great', 'Ivan the Terrible': one word, "the", one capitalised non-plural word."""
    doc = span.doc
    return (the.i - span.start == 1 and span.end - the.i == 2 and doc[the.i + 1].tag_ != "NNPS"
            and not doc[the.i + 1].text.endswith("s"))


def _person_like(word: str) -> bool:
    return bool(given_name_gender(word)) or looks_like_surname(word)


def _join_heads(spans: list[Span]) -> list[Span]:
    """'Tomsk' + 'Soviet', 'Warsaw' + 'Station': a name followed by a capitalised head noun is one name."""
    out: list[Span] = []
    for s in spans:
        if out and _paired_patrons(out[-1], s):
            prev = out.pop()  # "the Peter and Paul Fortress": a building named after two saints
            out.append(Span(s.doc, prev.start, s.end, label="FAC"))
            continue
        if out and (_body_of_body(out[-1], s) or _shared_head(out[-1], s) or _force_of_place(out[-1], s)):
            prev = out.pop()  # "the Central Executive Committees of the Soviets", "Army and Fleet Committees"
            out.append(Span(s.doc, prev.start, s.end, label="ORG"))
            continue
        if out and _possessive_pair(out[-1], s):
            prev = out.pop()  # "the Workers’ and Peasants’ Government": two possessors, one body
            out.append(Span(s.doc, prev.start, s.end, label="ORG"))
            continue
        s = _with_first_possessor(s)
        if out and _possessive_group(out[-1], s):
            prev = out.pop()  # "the Peasants’ Soviets", "the Soldiers’ Committees": one body
            out.append(Span(s.doc, prev.start, s.end, label="ORG"))
            continue
        if out and _party_cut(out[-1], s):
            prev = out.pop()  # "the Tobolsk Social" + "Democrats": one party's name cut in two by the tagger
            out.append(Span(s.doc, prev.start, s.end, label="ORG"))
            continue
        if out and out[-1].end == s.start and _both_names(out[-1], s):
            prev = out.pop()  # "Nadezhda" + "Krupskaya": one name parsed as two
            out.append(Span(s.doc, prev.start, s.end, label="PERSON"))
            continue
        if out and (out[-1].end == s.start or next_word(s.doc, out[-1].end) is s[0]) and len(s) == 1 \
                and s[0].lower_ in HEADS:  # "the Alexandrinsky\nTheatre": a line break inside the name
            prev = out.pop()
            out.append(Span(s.doc, prev.start, s.end, label="ORG" if s[0].lower_ in ORG_HEADS else "FAC"))
            continue
        s = _with_epithet(s)
        s = _possessed_name(s)
        nxt = next_word(s.doc, s.end)
        if nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in HEADS and not s.text.endswith(("’s", "'s")):
            s = Span(s.doc, s.start, nxt.i + 1, label="ORG" if nxt.lower_ in ORG_HEADS else "FAC")
        elif _group_named(s, nxt):
            s = Span(s.doc, s.start, nxt.i + 1, label="ORG")  # "the Inter-District group"
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out


HEADS = ORG_HEADS | FAC_HEADS
# lower-case nouns of a circle or faction named by the capitalised words before them: "the Inter-District
# group", "the Iskra organization", "the Vpered circle"
GROUP_HEADS = {"group", "circle", "faction", "organization", "organisation"}


def _possessed_name(s: Span) -> Span:
    """'the Workers’ Opposition': "the", a capitalised plural in the possessive and the capitalised nouns it
    owns name one body, though the tagger reads "Opposition" as a common noun and leaves it out ("Workers’
    Control of Industry", with no "the", is a slogan; "the Decembrists’ Revolt" an event)."""
    doc = s.doc
    last, end = s[-1], s.end
    if end + 1 >= len(doc) or s.start == 0 or doc[s.start - 1].lower_ != "the" or doc[end].text not in ("’", "'") \
            or last.whitespace_ or not last.text.endswith("s") or not last.text[:1].isupper() \
            or last.tag_ not in ("NNS", "NNPS") or s.label_ in ("PERSON", "GPE", "LOC", "FAC"):
        return s
    k = end + 1
    while k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].text[1:].islower() \
            and doc[k].pos_ in ("NOUN", "PROPN") and "\n\n" not in doc[k - 1].whitespace_:
        k += 1
    if k == end + 1 or doc[k - 1].lower_ in EVENT_HEADS or doc[k - 1].lower_.rstrip("s") in EVENT_HEADS:
        return s
    return Span(doc, s.start, k, label="FAC" if doc[k - 1].lower_ in FAC_HEADS else "ORG")  # "the Strangers' Road"


def _group_named(s: Span, nxt) -> bool:
    """'the Inter-District group', 'the Iskra organization': capitalised words the model calls a body (or left
    unlabelled), then a lower-case noun of a circle or faction, name that circle (not "the Kerensky group",
    a person's, nor "the Bolshevik faction", a party's adjective; a place only when its last word is a
    common noun of places, "Inter-District", not "the Moscow group")."""
    doc = s.doc
    placed = s.label_ in ("GPE", "LOC") and s[-1].lower_ in PLACE_NOUNS | FAC_HEADS
    return (nxt is not None and nxt.lower_ in GROUP_HEADS and nxt.text.islower() and nxt.pos_ == "NOUN"
            and nxt.i == s.end and (s.label_ in ("ORG", "PROPN") or placed) and s.start > 0
            and not (doc[s.start - 1].is_alpha and doc[s.start - 1].text[:1].isupper())
            and all(t.text[:1].isupper() or t.text == "-" for t in s) and s[-1].lower_ not in ORG_HEADS
            and s[-1].tag_ not in ("JJ", "NNS", "NNPS") and not s.text.endswith(("’s", "'s"))
            and not (len(s) == 1 and PARTY_ADJECTIVE.search(s.text)))


PARTY_ADJECTIVE = re.compile(r"(?:ik|ist|ite|ian|ic|ists|iks)$")  # "the Bolshevik faction": the party's own


# the first word of a paper's name in the languages that put the head first: "the Gazzetta di Bologna", "the
# Journal de Genève", "the Corriere della Sera", "the Gazeta de Lisboa" (English "the Gazette of the United States")
PAPER_HEADS_FIRST = {"gazzetta", "gazette", "gazeta", "gaceta", "corriere", "giornale", "journal", "diario", "courrier",
                     "moniteur", "messager", "correo", "jornal", "monitore", "mercure", "mercurio", "kurier", "chronicle"}
NAME_LINKS = {"di", "de", "del", "della", "dello", "dei", "degli", "des", "du", "da", "do", "dos", "das", "of"}


def _papers_of_places(spans: list[Span]) -> list[Span]:
    """'Gazzetta' + 'di' + 'Bologna', 'Journal' + 'de' + 'Genève': a paper's head word, a linking word (and an
    article) and the next name are one paper's name, not a place's mention."""
    out: list[Span] = []
    spans = sorted(spans, key=lambda s: s.start)
    k = 0
    while k < len(spans):
        s = spans[k]
        doc = s.doc
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        j = s.end + 1
        if j < len(doc) and doc[j].lower_ in ("la", "le", "les", "the", "il", "lo"):
            j += 1
        if nxt is not None and s[-1].lower_ in PAPER_HEADS_FIRST and s[-1].text[:1].isupper() and s.end < len(doc) \
                and doc[s.end].lower_ in NAME_LINKS and nxt.start == j and s.end + 1 < len(doc):
            out.append(Span(doc, s.start, nxt.end, label="ORG"))
            k += 2
            continue
        out.append(s)
        k += 1
    return out


def _party_cut(a: Span, b: Span) -> bool:
    """'the Tobolsk Social' + 'Democrats': a name labelled a body, right before a plural party word ("Democrats",
    "Revolutionaries") that the parser makes its head, is one body the tagger cut in two."""
    return (a.end == b.start and a.label_ in ("ORG", "NORP", "PROPN") and b[-1].tag_ in ("NNPS", "NNS")
            and b[-1].text.endswith("s") and affiliation_word(b[-1].text) and a[-1].dep_ == "compound"
            and b.start <= a[-1].head.i < b.end and not a.text.endswith(("’s", "'s")))


def _paired_patrons(a: Span, b: Span) -> bool:
    """'Peter' + 'and' + 'Paul Fortress': one name and another ending in a capitalised building head."""
    doc = a.doc
    return (len(a) == 1 and b.start == a.end + 1 and doc[a.end].lower_ == "and" and len(b) == 2
            and b[-1].lower_ in FAC_HEADS and b[-1].text[:1].isupper() and a[0].text[:1].isupper())


def _org_like(s: Span) -> bool:
    return s.label_ in ("ORG", "NORP") or s[-1].lower_ in ORG_HEADS


def _body_of_body(a: Span, b: Span) -> bool:
    """'Central Executive Committees' + 'of the' + 'Soviets', 'Congress' + 'of delegates of the' +
    'Baltic Fleet': a body of another body (or of its delegates) is one name."""
    toks = list(a.doc[a.end:b.start])
    gap = [t.lower_ for t in toks]
    if len(gap) >= 3 and gap[0] == "of" and gap[2] == "of" and toks[1].tag_ == "NNS" and toks[1].text.islower():
        gap = gap[2:]  # "of delegates of the"
    return (gap in (["of"], ["of", "the"]) and a[-1].lower_ in ORG_HEADS and a[-1].text[:1].isupper()
            and _org_like(b) and b.label_ not in ("PERSON", "GPE", "LOC") and not a.text.endswith(("’s", "'s")))


FORCE_HEADS = {"army", "corps", "fleet", "flotilla", "squadron", "legion"}


def _force_of_place(a: Span, b: Span) -> bool:
    """'Army' + 'of the' + 'Danube', 'Army of the Potomac', 'Fleet of the Black Sea': a force named after
    the river, region or sea it holds is one name, not a bare "Army" and a place (the model may take the
    river for a person: "the Army of the Danube" has Danube PERSON)."""
    gap = [t.lower_ for t in a.doc[a.end:b.start]]
    return (gap in (["of"], ["of", "the"]) and len(a) <= 3 and a[-1].lower_ in FORCE_HEADS
            and a[-1].text[:1].isupper() and a[0].text[:1].isupper() and b.label_ in ("GPE", "LOC", "PERSON", "FAC")
            and len(b) <= 3 and all(t.tag_ in ("NNP", "NNPS") for t in b) and not a.text.endswith(("’s", "'s")))


def _shared_head(a: Span, b: Span) -> bool:
    """'Central Army' + 'and' + 'Fleet Committees': two modifiers sharing one plural head."""
    gap = [t.lower_ for t in a.doc[a.end:b.start]]
    return (gap == ["and"] and len(b) == 2 and b[-1].lower_ in ORG_HEADS and b[-1].tag_ in ("NNS", "NNPS")
            and _singular_head(b[-1].lower_) and a[-1].lower_ != b[-1].lower_ and a.label_ != "PERSON"
            and a[-1].text[:1].isupper() and a[-1].tag_ == "NNP" and len(a) <= 3)


def _singular_head(word: str) -> bool:
    return word.endswith("s") and word not in ("news", "times", "press")


def _possessive_group(a: Span, b: Span) -> bool:
    """A capitalised plural in the possessive before a body's name ("Peasants’ Soviets")."""
    doc = a.doc
    return (a.end + 1 == b.start and doc[a.end].text in ("’", "'") and (doc[a.end].tag_ == "POS" or doc[a.end].dep_ == "case")
            and len(a) == 1 and a[0].text.endswith("s") and a[0].tag_ in ("NNS", "NNPS")
            and b[-1].lower_ in ORG_HEADS and b[0].text[:1].isupper())


def _possessive_pair(a: Span, b: Span) -> bool:
    """'Workers’' + 'and' + 'Peasants’ Government': two capitalised plurals in the possessive
    before one body's head noun name that body together."""
    doc = a.doc
    gap = [t.text for t in doc[a.end:b.start] if not t.is_space]
    head = next((t for t in b if t.lower_ == "of"), None)  # "… Government of Russia"
    head = doc[head.i - 1] if head is not None else b[-1]
    return (gap in (["’", "and"], ["'", "and"]) and len(a) <= 2 and a[-1].text.endswith("s")
            and a[-1].text[:1].isupper() and a[0].text[:1].isupper() and len(b) >= 3
            and b[0].text.endswith("s") and b[0].text[:1].isupper() and b[1].text in ("’", "'")
            and head.lower_ in ORG_HEADS and head.text[:1].isupper())


def _with_first_possessor(b: Span) -> Span:
    """'Peasants’ Government' after "Workers’ and" that no entity covers: the first possessor too."""
    doc = b.doc
    toks = [t for t in doc[max(0, b.start - 6):b.start] if not t.is_space]
    if len(toks) >= 3 and toks[-1].lower_ == "and" and toks[-2].text in ("’", "'"):
        a = Span(doc, toks[-3].i, toks[-3].i + 1)
        if _possessive_pair(a, b):
            return Span(doc, a.start, b.end, label="ORG")
    return b


def _translation(s: Span, text: str) -> bool:
    """'_Golos Soldata_ (Voice of the Soldier)', '_Novaya Zhizn_ (New\nLife)': the English of an
    italic name, in brackets right after it, is no name of its own (a place there is kept)."""
    if s.label_ in ("GPE", "LOC", "FAC", "PERSON"):
        return False
    opening = text.rfind("(", max(0, s.start_char - 60), s.start_char + 1)
    closing = text.find(")", s.end_char, s.end_char + 60)
    if opening < 1 or closing < 0 or not text[:opening].rstrip().endswith("_"):
        return False
    inner = text[opening + 1:closing]
    return (not any(c in inner for c in "()_,:;") and not any(c.isdigit() for c in inner)
            and len(inner.split()) <= 6 and inner[:1].isupper())  # not "(Yale University Press, 2002)"


def _both_names(a: Span, b: Span) -> bool:
    """Adjacent spans that are one person's name: a given name, then a capitalised word."""
    return (a[-1].whitespace_ == " " and given_name_gender(a[-1].text) is not None and len(a) == 1
            and b[0].text[:1].isupper() and b[0].pos_ == "PROPN" and b[-1].lower_ not in HEADS)


def _is_title(t) -> bool:
    return t.text[:1].isupper() and (t.lower_.rstrip(".") in TITLES - {"st", "saint"} or t.lower_ == "grand")


def _with_title(s: Span) -> Span:
    """'Mrs. Carey', 'Grand Duke Alexander': the title is part of how the person is named."""
    if s.label_ in ("GPE", "LOC", "FAC", "ADJ"):
        return s
    doc, start = s.doc, s.start
    while start > 0:
        prev = doc[start - 1]
        if prev.text == "." and start > 1 and not doc[start - 2].whitespace_ and _is_title(doc[start - 2]) \
                and _abbreviated(doc[start - 2].lower_):
            start -= 2  # "Dr" "." "Hall", not "his first task as Kaiser. Bismarck's successors"
        elif _is_title(prev) and "\n\n" not in prev.whitespace_:
            start -= 1
        elif start < s.start and _rank_prefix(doc, start):
            start -= 2  # "Vice-Admiral Collingwood": the whole rank, not a person "Vice"
        else:
            break
    return s if start == s.start else Span(doc, start, s.end, label=s.label_)


def _rank_prefix(doc: Doc, start: int) -> bool:
    """Whether ``doc[start]``, a title, is the second half of a hyphenated rank ('Vice' '-' 'Admiral')."""
    if start < 2:
        return False
    hyphen, first = doc[start - 1], doc[start - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not first.whitespace_ \
        and first.lower_ in RANK_PREFIXES and first.text[:1].isupper()


def _without_affiliation(s: Span, common_nouns: frozenset[str]) -> Span:
    """A name after words that say which party a person belongs to ("the Bolshevik Krylenko", "the Left
    Socialist Revolutionary Karelin", tagged as one name or as a body) or the end of an office named before
    it ("Minister of Commerce and Industry Konovalov") is the person alone; a body's head noun ("Left
    Socialist Revolutionary Party") or a given name ("Rose") keeps the name whole."""
    if s.label_ in ("GPE", "LOC", "FAC", "ADJ") or len(s) < 2:
        return s
    doc, words = s.doc, list(s)
    k = 0
    while k < len(words) - 1 and affiliation_word(words[k].lower_) and words[k].text[:1].isupper():
        k += 1
    if k == 0 and s.start > 0 and doc[s.start - 1].lower_ in ("of", "and") and words[0].lower_ in common_nouns \
            and words[0].text.istitle() and not given_name_gender(words[0].text) and words[0].lower_ not in TITLES:
        k = 1  # "… of Commerce and Industry Konovalov": the portfolio's last word
    rest = words[k:]
    if not k or not all(t.text.istitle() for t in rest) or any(
            affiliation_word(t.lower_) or t.lower_ in ORG_HEADS or t.lower_.rstrip("s") in ORG_HEADS for t in rest):
        return s
    last = rest[-1]
    if not (_person_like(last.text) or last.tag_ == "NNP" and last.lower_ not in common_nouns):
        return s  # "Radical Islam": a thing, not a person
    return Span(doc, rest[0].i, s.end, label="PERSON")


PEERAGE_TITLES = {"duke", "duchess", "earl", "marquis", "marquess", "marchioness", "viscount", "viscountess",
                  "countess", "archduke", "archduchess", "prince", "princess", "elector", "electress", "margrave"}


def _peerages(doc: Doc, spans: list[Span]) -> list[Span]:
    """'the Duke of Wellington', 'the Prince of Wales': a peer is named by title and territory,
    so the place after "Duke of" names the person, not the place. The span takes in the title."""
    out, drop, made = [], set(), set()
    for s in spans:
        i = s.start
        if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in PEERAGE_TITLES and doc[i - 2].text[:1].isupper() \
                and s[0].text[:1].isupper() and "\n\n" not in doc[i - 2].whitespace_ + doc[i - 1].whitespace_:
            start = i - 2
            if start > 0 and doc[start - 1].lower_ == "grand" and doc[start - 1].text[:1].isupper():
                start -= 1  # "Grand Duke of Tuscany"
            drop.update(range(start, i))
            s = Span(doc, start, s.end, label="PERSON")
            made.add(start)
        out.append(s)
    return [s for s in out if s.start in made or not (s.start in drop or s.end - 1 in drop)]


def _with_epithet(s: Span) -> Span:
    """'Catharine' + 'the Great', 'Ivan' + 'the Terrible': the epithet belongs to the name."""
    doc = s.doc
    if len(s) == 1 and s.end + 1 < len(doc) and doc[s.end].lower_ == "the" and doc[s.end + 1].text.istitle() \
            and doc[s.end + 1].pos_ in ("ADJ", "PROPN") and not doc[s.end].whitespace_.count("\n") \
            and given_name_gender(s[0].text) and (s.end + 2 >= len(doc) or not doc[s.end + 2].text[:1].isupper()):
        return Span(doc, s.start, s.end + 2, label="PERSON")  # not "Helsingfors the Finnish Senate"
    return s


WORD_PREFIXES = frozenset({"trans", "anti", "pan", "pro", "non", "ex", "post", "pre", "sub", "inter", "ultra", "neo",
                           "pseudo", "semi", "counter", "mid", "co", "re", "over", "under", "proto", "quasi"})
SAINT_FORMS = {"St.", "St", "Saint", "San", "Santa", "Ste.", "Sainte"}
EDGE_POS = {"ADV", "ADP", "CCONJ", "SCONJ", "DET", "PRON", "AUX", "VERB", "PART"}


# sentence adverbs of older prose that the tagger reads as names before an unfamiliar one ("Hereupon
# Timoleon", "Wherefore Phokion", "Howbeit Mamercus refused")
SENTENCE_ADVERBS = frozenset({
    "hereupon", "thereupon", "whereupon", "wherefore", "therefore", "howbeit", "nevertheless", "nonetheless",
    "notwithstanding", "moreover", "furthermore", "meanwhile", "afterwards", "afterward", "accordingly", "hence",
    "thence", "whence", "henceforth", "thereafter", "hereafter", "thereby", "whereby", "wherein", "forthwith",
    "straightway", "presently", "likewise", "besides", "however", "albeit", "withal", "anon", "verily", "nay",
    "yea", "lo", "alas", "perchance", "peradventure", "indeed", "thus"})


def _section_number(doc: Doc, i: int, end: int) -> bool:
    """"X. Nevertheless Timoleon": a section's Roman number (with its point) before the first words."""
    t = doc[i]
    if i + 1 >= end or not re.fullmatch(r"[IVXLC]+\.", t.text) or not (i == 0 or doc[i - 1].is_space or t.is_sent_start):
        return False
    return len(t.text) > 2 or doc[i + 1].lower_ in SENTENCE_ADVERBS  # "C. Marcius", "V. I. Lenin": initials


def _trim(span: Span) -> Span | None:
    """Drop determiners, possessive endings and punctuation at the edges; refuse junk."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an", "this", "that") or doc[start].is_punct
                           or doc[start].is_space or doc[start].pos_ in EDGE_POS or doc[start].tag_ == "RB"
                           or doc[start].lower_ in SENTENCE_ADVERBS or _section_number(doc, start, end)):
        if _all_prefix(doc, start, end):
            break  # "All-Russian Congress": "All" is part of the name
        start += 1  # "Only Kerensky", "Sometimes Bibot"
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].lower_ in ("'s", "’s") or doc[end - 1].pos_ in EDGE_POS
                           or end - 1 > start and _category_tag(doc, end - 1)):
        end -= 1
    if start >= end:
        return None
    if span.label_ in ("GPE", "LOC", "FAC") and start >= 1 and doc[start - 1].text in SAINT_FORMS:
        start -= 1  # "St. Petersburg": the saint belongs to the place name
    s = Span(doc, start, end, label=span.label_)
    text = s.text
    if "\n\n" in text or not text[:1].isupper() or text.lower() in NOT_NAMES:
        return None
    if end - start == 1 and doc[start].lower_ in WORD_PREFIXES and end < len(doc) and doc[end].text == "-" \
            and not doc[start].whitespace_:
        return None  # "Trans" of "the Trans-Siberian express", "Anti" of "Anti-Bolshevik": half a word
    if text.lower().rstrip(".") in TITLES:
        return None  # a bare title ("the Tsar")
    if CALENDAR_STYLE.fullmatch(text):
        return None  # "2 March (Old Style)", "in the New Style": a calendar, no place
    if start > 0 and doc[start - 1].text in ("See", "see", "Cf.", "cf.") or \
            (start > 2 and doc[start - 1].lower_ == "and" and doc[start - 3].text in ("See", "see")):
        return None  # "See Notes and Explanations": a cross-reference to the book's apparatus
    if all(t.tag_ in ("JJ", "JJR", "JJS") for t in s):
        if len(s) == 1 and s.label_ in ("NORP", "ORG"):
            return Span(doc, start, end, label="ADJ")  # "a Menshevik": kept only if the party is named
        return None  # an adjective ("Russian")
    if len(s) > 1 and (s[-1].lower_ in EVENT_HEADS or (s[0].lower_ in EVENT_HEADS and s[1].lower_ == "of")):
        return None  # "the French Revolution", "the Battle of Sandepu" name events
    if len(s) == 1 and s[0].lower_ in EVENT_HEADS and start > 0 and doc[start - 1].lower_ == "the":
        return None  # "the Revolution", "the War", "the Terror": an event, named by its head alone
    if any(t.lower_ == "and" for t in s) and any(t.lower_.rstrip("s") in EVENT_HEADS for t in s if t.text[:1].isupper()):
        return None  # "the All-Russian Conferences and Congresses": meetings, named as a class
    if _ordinal_unit(s) or _ordinal_street(s):
        return s  # "the Twelfth Army", "the 3rd Division": a numbered unit is a name; "the Tenth Sovetskaya" a street
    if number_sign(s):
        return s  # "the Three Mariners": an inn sign
    if len(s) > 1 and _dated_month(doc, start) and not any(t.like_num for t in s[1:]):
        return _trim(Span(doc, start + 1, end, label=span.label_))  # "In August Golubev was arrested", "On
        # 7 March Spiridonova": the date's month, then the name
    if any(t.like_num or any(ch.isdigit() for ch in t.text) for t in s) or s[0].lower_ in MONTHS:
        return None  # "L7,000", "1917"
    cut = next((t.i for t in s if t.i > s.start and (")" in t.text or "--" in t.text or "(" in t.text
                                                      or t.text in OPEN_QUOTES and not _closed_inside(s, t))), None)
    if cut is not None:
        return _trim(Span(doc, s.start, cut, label=s.label_))  # "Hall)--were": a tokenizer slip
    return s


def _subject_after_date(head, cues: dict) -> None:
    """"In August Golubev was arrested": the parser hangs the name on the date's preposition; it is the
    subject of the clause's verb."""
    verb = head.head.head if head.dep_ == "pobj" else head.head
    if head.dep_ in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or verb.i < head.i or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    cues.setdefault("speech_subj" if lemma in SPEECH_VERBS else "motion_subj" if lemma in MOTION_VERBS else "subj", lemma)
    if passive:
        cues["passive"] = True
    if lemma in (PERSON_PASSIVE_VERBS if passive else PERSON_SUBJECT_VERBS):
        cues["personal_clause"] = True


CALENDAR_STYLE = re.compile(r"(?i)(?:old|new)\s+style|(?:julian|gregorian|old|new|russian|western)\s+calendar")
DATE_PREPS = {"in", "on", "by", "until", "till", "since", "during", "early", "late", "mid", "before", "after"}


def _dated_month(doc: Doc, i: int) -> bool:
    """A month opening a name is a date's when a number or a preposition of time comes before it ("In
    August Golubev …", "On 7 March Spiridonova …"); "August Bebel", "the death of August Bebel" keep it."""
    if doc[i].lower_ not in MONTHS or i == 0:
        return False
    before = doc[i - 1]
    return before.like_num or before.lower_ in DATE_PREPS or \
        before.lower_ == "of" and i >= 2 and doc[i - 2].lower_ in PERIOD_PARTS  # "At the end of July Bauman went"


# a part of a period whose "of" takes a month: "at the end of July", "in the middle of March"
PERIOD_PARTS = {"end", "beginning", "middle", "start", "close", "course", "half", "rest"}


OPEN_QUOTES = {"“", "\"", "‘"}


def _closed_inside(s: Span, quote) -> bool:
    """'the “moderate” Socialists': a quotation closed within the name is part of it; one left
    open ('Lenin’s “Letter to the Comrades”') starts a title after the name."""
    return any(t.text in ("”", "\"", "’") for t in s if t.i > quote.i)


def _category_tag(doc: Doc, i: int) -> bool:
    """'… Reichstag of the German Empire Category:Kulturkampf': the word of a wiki category line."""
    return doc[i].text == "Category" and i + 1 < len(doc) and doc[i + 1].text == ":"


def _all_prefix(doc: Doc, i: int, end: int) -> bool:
    return (doc[i].text == "All" and i + 2 < end and doc[i + 1].text == "-" and not doc[i].whitespace_
            and not doc[i + 1].whitespace_ and doc[i + 2].text[:1].isupper())


ORDINAL = re.compile(r"(?i)(?:\d+(?:st|nd|rd|th)|(?:\w+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                     r"ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|hundredth))")
UNIT_HEADS = {"army", "armies", "corps", "division", "brigade", "regiment", "battalion", "fleet", "squadron",
              "flotilla", "company", "legion", "cavalry", "infantry", "artillery", "guards", "rifles", "hussars",
              "dragoons", "lancers", "grenadiers", "international", "duma", "republic", "congress", "soviet",
              "section", "society"}  # "the Third Section", "the Twenty-Eighth Congregational Society"


def _ordinal_unit(s: Span) -> bool:
    """A capitalised ordinal, then capitalised words ending in a unit or body noun."""
    words = [t for t in s if t.text != "-"]
    of = next((t.i for t in s if t.lower_ == "of"), None)
    head = s.doc[of - 1] if of is not None and of > s.start + 1 else s[-1]  # "the Second Congress of Soviets"
    first, rest = s[0].text, s[1:]
    if len(s) >= 4 and s[1].text == "-" and not s[0].whitespace_ and not s[1].whitespace_ and s[0].is_alpha:
        first, rest = s[0].text + "-" + s[2].text, s[3:]  # "Twenty-Eighth", "Twenty-first": one ordinal, cut in three
    return (len(rest) >= 1 and head.lower_ in UNIT_HEADS and head.text[:1].isupper()
            and ORDINAL.fullmatch(first) is not None and first[:1].isalnum()
            and not any(ch.isdigit() for t in rest for ch in t.text) and len(words) <= 5)


def _ordinal_street(s: Span) -> bool:
    """"the Fifth Krasnoarmeiskaya", "the Second Sovetskaya": a capitalised ordinal word, then one or two capitalised
    words of a Russian feminine adjective (agreeing with the street, _ulitsa_, left unsaid) name a numbered street."""
    return (2 <= len(s) <= 3 and ORDINAL.fullmatch(s[0].text) is not None and s[0].text[:1].isupper()
            and s[0].text[:1].isalpha() and all(t.text[:1].isupper() and t.is_alpha for t in s[1:])
            and RUSSIAN_FEMININE_ADJECTIVE.search(s[-1].text) is not None)


RUSSIAN_FEMININE_ADJECTIVE = re.compile(r"[a-z](?:sk|tsk|n|ov|ev|in)(?:aya|aia|aja)$")
#: "Punta della Maestra", "Capo Passero", "Cape Matapan", "Point Barrow", "Cabo da Roca": a headland word, an optional
#: linking word, then capitalised words name one place
HEADLAND_WORDS = {"Punta", "Capo", "Cape", "Point", "Pointe", "Cabo", "Ponta", "Mys"}
HEADLAND_LINKS = NAME_LINKS | {"delle", "la", "le"}


def _headlands(doc: Doc, spans: list[Span]) -> list[Span]:
    """A headland's whole name ("Off the Punta della Maestra") as one place, replacing the pieces found inside it."""
    found = []
    for t in doc:
        if t.text not in HEADLAND_WORDS or t.i + 1 >= len(doc) or (t.i > 0 and doc[t.i - 1].text[:1].isupper()
                                                                   and doc[t.i - 1].pos_ == "PROPN"):
            continue  # not "Sandy Point" (a name already started)
        k = t.i + 1
        if doc[k].lower_ in HEADLAND_LINKS and doc[k].text.islower() and k + 1 < len(doc):
            k += 1
        j = k
        while j < len(doc) and j - k < 3 and doc[j].is_alpha and doc[j].text[:1].isupper() \
                and doc[j].text.lower() not in HEADLAND_LINKS and "\n\n" not in doc[j - 1].whitespace_:
            j += 1
        if j > k and doc[j - 1].pos_ == "PROPN" and not doc[j - 1].lower_ in ORG_HEADS:
            found.append(Span(doc, t.i, j, label="LOC"))
    if not found:
        return spans
    cover = {i for f in found for i in range(f.start, f.end)}
    return [s for s in spans if not any(i in cover for i in range(s.start, s.end))] + found


HYPHEN_STREET = re.compile(r"\b[A-Z][a-z]+-(?:street|lane|square|wharf|road|alley|row|court|place|gate|bridge|quay)\b")


def _hyphen_streets(doc: Doc, text: str, spans: list[Span]) -> list[Span]:
    """'Market-street', 'Second-street wharf': old-style street names spaCy misses."""
    found = []
    for m in HYPHEN_STREET.finditer(text):
        span = doc.char_span(m.start(), m.end(), label="FAC", alignment_mode="expand")
        if span is not None:
            end = span.end + 1 if span.end < len(doc) and doc[span.end].lower_ in ("wharf", "quay", "bridge") else span.end
            found.append(Span(doc, span.start, end, label="FAC"))
    if not found:
        return spans
    taken = {t.i for s in found for t in s}
    return found + [s for s in spans if not any(t.i in taken for t in s)]


PUBLISHER = re.compile(
    r"(?<![\w’'])([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?(?:,? (?:and|&) [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)+"
    r"(?:,? (?:& )?(?:Co\.|Company|Ltd\.|Sons|Brothers))?)[,.]?\s+"
    r"(?:(?:[A-Z][a-z]*\.){1,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)[,.]?\s+(?:1[5-9]\d\d|20\d\d)\b")


def _publishers(doc: Doc, text: str, spans: list[Span]) -> list[Span]:
    """'Boni and Liveright, N.Y. 1919', 'Harper & Brothers, New York, 1899': in a citation,
    the names before a place and a year are a publishing house."""
    found = []
    for m in PUBLISHER.finditer(text):
        sides = re.split(r",? (?:and|&) ", m.group(1))
        if all(_person_like(w) for side in sides for w in side.split(" ")):
            continue  # "Lenin and Zinoviev, Petrograd 1917": people, not a firm
        span = doc.char_span(m.start(1), m.end(1), label="ORG", alignment_mode="contract")
        if span is not None and len(span):
            found.append(span)
    if not found:
        return spans
    taken = {t.i for s in found for t in s}
    return found + [s for s in spans if not any(t.i in taken for t in s)]


WORK_NOUNS = ("novel|novella|book|film|movie|play|poem|treatise|opera|essay|pamphlet|memoirs?|story|drama|"
              "series|song|symphony|ballet|autobiography|biography|manuscript|documentary|musical|painting|"
              "trilogy|epic|satire|comedy|tragedy|monograph")
WORK_BEFORE = re.compile(r"\b(?:" + WORK_NOUNS + r")s?,?\s+[_*](?:The\s+|A\s+|An\s+)?$", re.I)
WORK_AFTER = re.compile(r"[_*],\s+an?\s+(?:1[5-9]|20)\d\d\b")  # not "(1920)": journals are cited so too
ENTITLED = re.compile(r"\b(?:entitled|titled|headed|headlined)\s*[“\"‘']\s*(?:The\s+|A\s+|An\s+)?$")


def _italic_part(text: str, start: int, end: int) -> bool:
    """The name is marked italic but the italic run (``_..._``) holds more words than the name."""
    left = text.rfind("_", max(0, start - 80), start + 1)
    right = text.find("_", end - 1, end + 80)
    if left < 0 or right < 0 or "\n\n" in text[left:right]:
        return False
    inner = text[left + 1:right].strip(" .,;:!?\n")
    name = re.sub(r"\s+", " ", text[start:end]).strip()
    return len(re.sub(r"\s+", " ", inner)) > len(name) + 2 and bool(re.search(r"[a-z]", inner.replace(name, "")))


ITALIC_RUN = re.compile(r"(?<![\w_])_(?=[^\s_])((?:(?!\n\s*\n)[^_])+?)(?<=\S)_(?![\w_])")


def _inside_italic_run(text: str, start: int, end: int) -> bool:
    """The name lies within a longer italic run: a word of a title ("_The ABC of Communism_",
    "_Marxism and the National Question,_"); an article before it does not count ("_The Times_")."""
    lo = max(0, start - 200)
    for m in ITALIC_RUN.finditer(text, lo, min(len(text), end + 200)):
        if m.start(1) <= start and end <= m.end(1):
            inner = re.sub(r"^(?:The|A|An)\s+", "", re.sub(r"\s+", " ", m.group(1)).strip(" .,;:!?"))
            return len(inner) > len(re.sub(r"\s+", " ", text[start:end])) + 2  # not "_The Times_"
        if m.start() > end:
            break
    return False


ADJ_BODY_HEADS = {"administration", "government", "council", "committee", "police", "ministry", "assembly",
                  "court", "senate", "army", "navy", "fleet", "party", "board", "bureau", "commission", "department",
                  "duma", "soviet", "guard", "parliament", "cabinet", "union", "league", "directory", "convention"}


def _adjective_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """'the Municipal administration', 'the Papal court': "the", a capitalised adjective that is
    no nation's (not "the Russian army"), and a body noun in lower case name one body."""
    found = []
    for t in doc[1:-1]:
        nxt = doc[t.i + 1]
        if (doc[t.i - 1].lower_ == "the" and t.text[:1].isupper() and t.text[1:].islower() and t.tag_ in ("JJ", "NNP")
                and not t.is_sent_start and t.ent_type_ not in ("NORP", "GPE", "LOC", "DATE", "ORDINAL")
                and not re.search(r"(?:an|ish|ese|ch|ic)$", t.lower_) and nxt.lower_ in ADJ_BODY_HEADS
                and nxt.text.islower() and nxt.tag_ == "NN" and "\n\n" not in t.whitespace_
                and (t.i + 2 >= len(doc) or not doc[t.i + 2].text[:1].isupper())):
            found.append(Span(doc, t.i, t.i + 2, label="ORG"))
    found += _apart(_state_bodies(doc), found)
    found += _apart(_bare_bodies(doc), found)
    found += _apart(_named_firms(doc), found)
    if not found:
        return spans
    taken = {t.i for s in found for t in s}
    return found + [s for s in spans if not any(t.i in taken for t in s)]


# the bodies of a state, an army or a party named by a nation's, a place's or a party's word before them:
# "the Finnish police", "the Danish authorities", "the Tobolsk gendarmerie", "an Austrian squadron"
STATE_BODY_HEADS = {"police", "gendarmerie", "authorities", "government", "army", "navy", "fleet", "squadron",
                    "flotilla", "garrison", "militia", "ministry", "cabinet", "parliament", "delegation", "committee",
                    "division", "regiment", "brigade", "corps", "tribunal", "executive", "mission",
                    "branch",  # "the Salford branch", "the Singapore branch": a body's local part in that place
                    # a state's mission abroad, its local bodies and its soldiers ("the Norwegian legation", "the Ufa
                    # zemstvo", "the Federal troops"); not "legislature": "the Massachusetts legislature" took the
                    # document's only "Massachusetts" from the places, and the geocoder put Concord in New Hampshire
                    "legation", "consulate", "embassy", "duma", "zemstvo", "troops"}
# a state's mission abroad is also the house it sits in: "met him at the German embassy" is a place
MISSION_HEADS = {"legation", "consulate", "embassy"}
SEAT_PREPOSITIONS = {"at", "in", "inside", "outside", "into", "near", "from", "within", "behind", "opposite"}
# a body's noun whose kind goes between a place's name and it ("the Hubei military government", "the Russian
# provisional government"), or after it with "of" ("the provisional government of Kwangtung", "the militia of Virginia")
PLACED_BODY_HEADS = {"government", "authorities", "army", "navy", "fleet", "police", "militia", "administration",
                     "troops", "garrison"}
LOCAL_PART_HEADS = {"branch"}  # said of a named body, a body's part is described, not named ("… of the Cadet party")
PARTY_UNITS = {"organization", "organisation", "committee", "executive"}  # "the Hamburg party organization"
PARTY_BODY_HEADS = {"centre", "center"}  # "the Bolshevik centre"; "the Moscow centre" may be the city's middle
ARMY_UNITS = {"army", "fleet", "squadron", "flotilla", "division", "regiment", "brigade", "corps"}  # "an Austrian
# squadron caught the boats": a unit said with "a"/"an" is one body all the same
STATE_ADJECTIVES = {"papal", "pontifical", "imperial", "royal", "tsarist", "municipal", "federal", "colonial"}


OWNER_DETERMINERS = ("his", "her", "its", "their")  # "his Scottish army", "their regional committee"
# bodies named by a lower-case noun or relational adjective before one of these heads ("the strike committee",
# "the congress presidium", "their regional committee"); not "the new committee", "the editorial board"
LOWER_MODIFIED_HEADS = {"committee", "presidium", "tribunal",
                        "zemstvo", "duma"}  # "the local zemstvo", "the town duma", "the city duma"


def _lower_modified_body(t, nxt, art) -> bool:
    """'the strike committee', 'their regional committee': "the" or an owner's determiner, a lower-case noun
    compounded with the head (or a relational adjective in -al) and a committee's kind of noun name one standing
    body, though nothing in it is capitalised. (Not "commission" or "militia": tried, the layers after this one
    then read "the X commission refused him a vote" as a seat in the commission, and "they" as the militia.)"""
    if not (t.is_alpha and t.text.islower() and nxt.lower_ in LOWER_MODIFIED_HEADS and art.lower_ in ("the",) + OWNER_DETERMINERS):
        return False
    if t.tag_ == "NN" and t.dep_ == "compound" and t.head.i == nxt.i:
        return True
    return t.tag_ == "JJ" and t.lower_.endswith("al") and t.dep_ == "amod" and t.head.i == nxt.i


def _state_bodies(doc: Doc):
    """'the Finnish police', 'the Tobolsk gendarmerie', 'the Bolshevik centre', 'the papal police', 'an Austrian
    squadron': "the" (or "a"/"an" before a unit), one word of a nation, a place or a party (capitalised; or a
    state's adjective in lower case: papal, imperial, royal …) and a lower-case noun of a state's, an army's or a
    party's body name that body. Not a body noun as the first word ("the Soviet government"), nor a name
    going on after the noun ("the Russian army Headquarters")."""
    yield from _bodies_of_places(doc)
    for t in doc[1:-1]:
        art, nxt = doc[t.i - 1], doc[t.i + 1]
        head = nxt.lower_
        if art.lower_ not in ("the", "a", "an") + OWNER_DETERMINERS or not nxt.text.islower() \
                or nxt.pos_ in ("VERB", "AUX") \
                or "\n\n" in t.whitespace_ or t.lower_ in ORG_HEADS or t.ent_type_ in ("DATE", "ORDINAL", "CARDINAL"):
            continue
        kind = _kind_between(doc, t, nxt)
        if kind is not None:  # "the Hubei military government": the body's kind between the place and the noun
            nxt, head = kind, kind.lower_
        if art.lower_ in ("a", "an") and head not in ARMY_UNITS and not (kind is not None and head == "government"):
            continue  # "a Hubei military government" set up there is one body; "a Liberal government" is any
        if head in MISSION_HEADS and _at_seat(nxt):
            continue  # "met him at the German embassy": the house, a place
        compound = nxt.dep_ == "compound" and nxt.head.i > nxt.i  # "the district police officer"
        if art.lower_ in OWNER_DETERMINERS and (compound or head not in STATE_BODY_HEADS):
            continue
        if _lower_modified_body(t, nxt, art) and not compound:
            yield Span(doc, t.i, nxt.i + 1, label="ORG")
            continue
        capital = t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() and t.tag_ in ("JJ", "NNP", "NNPS")
        party = capital and affiliation_word(t.text)
        capital = capital or t.is_alpha and t.text.isupper() and 2 <= len(t.text) <= 6  # "the SPD executive"
        inner = head == "party" and t.i + 2 < len(doc) and doc[t.i + 2].lower_ in PARTY_UNITS
        if inner and capital:  # "the Hamburg party organization": the party's body in that place
            head, nxt = doc[t.i + 2].lower_, doc[t.i + 2]
        if not (capital and (head in STATE_BODY_HEADS or inner or party and head in PARTY_BODY_HEADS)
                or t.lower_ in STATE_ADJECTIVES and t.text.islower() and head in STATE_BODY_HEADS):
            continue
        if nxt.i + 1 < len(doc) and doc[nxt.i + 1].text[:1].isupper() and doc[nxt.i + 1].is_alpha:
            continue
        if head in LOCAL_PART_HEADS and nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ == "of":
            continue  # "the Petrograd branch of the Cadet party": the party's, described by its place, not named
        yield Span(doc, t.i, _general_end(doc, nxt), label="ORG")


# lower-case nouns that name nothing but a body: "the presidium", "a presidium of three", "the collegium", "the zemstvo"
BARE_BODY_NOUNS = {"presidium", "collegium", "zemstvo", "politburo", "orgburo", "sovnarkom"}


def _bare_bodies(doc: Doc):
    """'sat on the presidium with Plekhanov', 'elected a presidium of three', 'the third member of the collegium':
    "the", "a" or "an" and a lower-case noun that names only a body is one body, though nothing names it; not one
    owned ("on whose presidium", "its presidium": another body's part), nor a noun before another ("the presidium
    members")."""
    for t in doc[1:]:
        if t.text.islower() and t.lower_ in BARE_BODY_NOUNS and doc[t.i - 1].lower_ in ("the", "a", "an") \
                and not (t.dep_ == "compound" and t.head.i > t.i):
            yield Span(doc, t.i, t.i + 1, label="ORG")


def _general_end(doc: Doc, nxt) -> int:
    """The end of a body's noun: after "consulate-general", which the parser cuts in three."""
    if nxt.lower_ == "consulate" and nxt.i + 2 < len(doc) and doc[nxt.i + 1].text == "-" \
            and doc[nxt.i + 2].lower_ == "general" and not nxt.whitespace_ and not doc[nxt.i + 1].whitespace_:
        return nxt.i + 3
    return nxt.i + 1


def _kind_between(doc: Doc, t, adj):
    """'the Hubei military government', 'the Russian provisional government': a capitalised place's or nation's
    word, one lower-case adjective of the body's kind and a noun of a state's body in lower case; the noun (or
    None). Not a party's word ("the Bolshevik military organisation" is no state's)."""
    if adj.i + 1 >= len(doc) or not (t.is_alpha and t.text[:1].isupper() and t.text[1:].islower()
                                     and t.tag_ in ("JJ", "NNP", "NNPS")) or affiliation_word(t.text):
        return None
    noun = doc[adj.i + 1]
    if not (adj.is_alpha and adj.text.islower() and adj.tag_ == "JJ" and adj.dep_ == "amod" and adj.head.i == noun.i
            and noun.text.islower() and noun.lower_ in PLACED_BODY_HEADS and t.head.i == noun.i):
        return None
    return noun


def _at_seat(noun) -> bool:
    """The noun is the object of a preposition of place: "at the German embassy", "from the legation"."""
    return noun.dep_ == "pobj" and noun.head.lower_ in SEAT_PREPOSITIONS


def _bodies_of_places(doc: Doc):
    """'the provisional government of Kwangtung', 'the militia of Virginia': "the", at most one lower-case
    adjective, a noun of a state's body in lower case, "of" and a place's one-word name (no article: not "the
    army of the Republic", nor a name going on: "the government of Great Britain" is left alone) name that
    place's body."""
    for noun in doc[1:-2]:
        if not (noun.text.islower() and noun.lower_ in PLACED_BODY_HEADS and doc[noun.i + 1].lower_ == "of"):
            continue
        place = doc[noun.i + 2]
        start = noun.i
        if doc[start - 1].tag_ == "JJ" and doc[start - 1].text.islower() and doc[start - 1].head.i == noun.i \
                and doc[start - 1].is_alpha and start >= 2:
            start -= 1
        if doc[start - 1].lower_ != "the" or "\n\n" in noun.whitespace_ + doc[noun.i + 1].whitespace_:
            continue
        if not (place.is_alpha and place.text[:1].isupper() and place.tag_ in ("NNP", "NNPS")
                and place.ent_type_ in ("GPE", "LOC") and place.head.i == noun.i + 1):
            continue
        if place.i + 1 < len(doc) and doc[place.i + 1].text[:1].isupper() and doc[place.i + 1].is_alpha:
            continue
        yield Span(doc, start, place.i + 1, label="ORG")


def _apart(spans, found: list[Span]) -> list[Span]:
    """The ``spans`` that overlap none of ``found``."""
    return [s for s in spans if not any(s.start <= f.start < s.end or f.start <= s.start < f.end for f in found)]


# an enterprise or an institution named by its own name or its place's and a lower-case noun of its kind:
# "the Rossiya insurance company", "the Chermak boarding school", "the Znanie publishing house"
# (not "factory", "works", "mine": "the Bogoslovsk mining works" stays its place, where one arrives)
FIRM_HEADS = {"company", "school", "office", "bank", "firm", "agency", "college", "seminary", "gymnasium", "lyceum"}
FIRM_TWO_WORD_HEADS = {("publishing", "house"), ("trading", "house")}
# a court named by its place and these words sits in a house one is brought to, a place ("the Westminster Police
# Court"), not a body of the state ("the Papal court")
HOUSE_TWO_WORD_HEADS = {("police", "court"), ("magistrates", "court"), ("county", "court")}


NATION_ENDING = re.compile(r"(?:an|ish|ese|ch|ic|i|ss|ek)$")  # German, Polish, Chinese, French, Swiss, Greek


def _named_firms(doc: Doc):
    """'the Rossiya insurance company', 'the Chermak boarding school', 'the Znanie publishing house', 'the Smolensk Sunday
    school': "the", one or two capitalised words that are no nation's or people's word ("the German production
    company" is no name), at most one lower-case noun compounded with the head, and a lower-case noun of an
    enterprise's or an institution's kind name one body; not when a capitalised word follows ("the Moscow
    school Board"), nor a sentence's first word read as the name."""
    for t in doc[1:-2]:
        if doc[t.i - 1].lower_ != "the" or t.is_sent_start or "\n\n" in doc[t.i - 1].whitespace_:
            continue
        k = t.i
        while k < len(doc) and k - t.i < 2 and doc[k].is_alpha and doc[k].text[:1].isupper() \
                and doc[k].text[1:].islower() and doc[k].tag_ in ("NNP", "NNPS") \
                and doc[k].ent_type_ not in ("ORDINAL", "CARDINAL") + (("DATE",) if k == t.i else ()) \
                and not (doc[k].ent_type_ == "NORP" and NATION_ENDING.search(doc[k].lower_)) \
                and "\n\n" not in doc[k].whitespace_:
            k += 1
        if k == t.i or k >= len(doc):
            continue
        end = None
        a = doc[k]
        b = doc[k + 1] if k + 1 < len(doc) else None
        if b is not None and (a.lower_, b.lower_) in FIRM_TWO_WORD_HEADS and a.text.islower() and b.text.islower():
            end = k + 2
        elif a.text.islower() and a.lower_ in FIRM_HEADS and a.pos_ == "NOUN":
            end = k + 1
        elif b is not None and a.text.islower() and a.is_alpha and a.pos_ in ("NOUN", "VERB") and a.dep_ == "compound" \
                and a.head.i == b.i and b.text.islower() and b.lower_ in FIRM_HEADS and b.pos_ == "NOUN":
            end = k + 2
        if end is None or end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            continue
        yield Span(doc, t.i, end, label="ORG")


GLOSSED = re.compile(r"_([a-z][a-z-]+(?: [a-z][a-z-]+)?)_\s*\(([^()\n]{1,40})\)")


def _glossed_bodies(doc: Doc, text: str, taken: set[int]):
    """'the fierce _gorodovoye_ (city police)': a foreign word in italics glossed by a body noun
    names that body."""
    for m in GLOSSED.finditer(text):
        gloss = re.findall(r"[A-Za-z]+", m.group(2))
        if not gloss or gloss[-1].lower() not in ORG_HEADS:
            continue
        span = doc.char_span(m.start(1), m.end(1), label="ORG", alignment_mode="contract")
        if span is not None and len(span) and not any(t.i in taken for t in span):
            yield span, gloss[-1].lower()


HYPHEN_PARTICLES = {"el", "al", "ul", "ed", "es", "en", "de", "la", "le", "les", "sur", "upon", "on", "am", "an",
                    "der", "di", "du", "sous"}


def _name_part(t) -> bool:
    return t.is_alpha and t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper()


def _glued(doc: Doc, k: int) -> bool:
    """The token at ``k`` is a hyphen written without spaces on either side."""
    return 0 < k < len(doc) - 1 and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def _hyphen_compounds(spans: list[Span]) -> list[Span]:
    """'Malo-Jaroslawetz', 'Bahr-el-Ghazal', 'Stratford-upon-Avon': a name of proper nouns joined by hyphens
    (directly or through a particle) is one name, not its last or first part; the parts' own spans go."""
    if not spans:
        return spans
    doc = spans[0].doc
    out, grown = [], []
    for s in spans:
        start, end = s.start, s.end
        while True:
            if _glued(doc, end) and _name_part(doc[end + 1]):
                end += 2
            elif _glued(doc, end) and doc[end + 1].lower_ in HYPHEN_PARTICLES and _glued(doc, end + 2) \
                    and _name_part(doc[end + 3]):
                end += 4
            else:
                break
        while True:
            if _glued(doc, start - 1) and _name_part(doc[start - 2]):
                start -= 2
            elif _glued(doc, start - 1) and doc[start - 2].lower_ in HYPHEN_PARTICLES and _glued(doc, start - 3) \
                    and _name_part(doc[start - 4]):
                start -= 4
            else:
                break
        if (start, end) == (s.start, s.end):
            out.append(s)
        else:
            grown.append(Span(doc, start, end, label=s.label_))
    kept = {}
    for g in grown:
        kept.setdefault((g.start, g.end), g)
    return [s for s in out if not any(a <= s.start and s.end <= b for a, b in kept)] + list(kept.values())


def _with_hyphen_tail(s: Span, text: str) -> Span:
    """'Tsay' + '-ee-kah': a transliterated name the tokenizer cut at its hyphens (``text``: the doc's)."""
    doc, end = s.doc, s.end
    if s.start_char == 0 or text[s.start_char - 1] not in "_*":
        return s  # only an italicised foreign word: "the Altar-it was" is two words
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].text.islower():
        end += 2
    return s if end == s.end else Span(doc, s.start, end, label=s.label_)


# a monarch's title stands for the person in lower case too ("the king was riding north")
LOWER_CASE_TITLES = frozenset({"king", "queen", "emperor", "empress", "tsar", "czar", "tsarina", "czarina",
                               "tsaritsa", "kaiser", "sultan", "shah"})


def _bare_titles(doc: Doc, taken: set[int]):
    """'the Tsar', 'the Empress', 'the General', 'the king', 'the Lady-in-Chief': a title standing for a
    person named elsewhere. One that goes on "of …" or "-in-…" ("the King of the Belgians", "the
    Commander-in-Chief") is marked ``title_of``: it names an office, not the one bearer a text keeps
    calling by a bare title."""
    for t in doc:
        if t.i in taken or t.i == 0 or t.lower_ not in TITLES or t.lower_ in ("st", "saint") or \
                not (t.text.istitle() or (t.text.islower() and t.lower_ in LOWER_CASE_TITLES)):
            continue
        prev = doc[t.i - 1]
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if prev.lower_ == "the" and (nxt is None or not nxt.text[:1].isupper()) and t.pos_ in ("NOUN", "PROPN"):
            end = t.i + 1
            if nxt is not None and nxt.text == "-" and not t.whitespace_ and t.i + 4 < len(doc) and \
                    doc[t.i + 2].lower_ == "in" and doc[t.i + 3].text == "-" and doc[t.i + 4].lower_ == "chief":
                end = t.i + 5  # 'the Lady-in-Chief'
            cues = {"label": "TITLE", "bare_title": doc[t.i:end].text.lower()}
            if end == t.i + 1 and nxt is not None and (nxt.lower_ == "of" or (nxt.text == "-" and not t.whitespace_)):
                cues["title_of"] = True
            yield Span(doc, t.i, end, label="TITLE"), cues


def _propn_runs(doc: Doc, taken: set[int]):
    """Capitalised proper-noun runs spaCy did not label (a surname it missed)."""
    i = 0
    while i < len(doc):
        t = doc[i]
        if t.i in taken or t.tag_ not in ("NNP", "NNPS") or not t.text[:1].isupper():
            i += 1
            continue
        j = i
        while j < len(doc) and doc[j].i not in taken and doc[j].tag_ in ("NNP", "NNPS") and doc[j].text[:1].isupper() and "\n\n" not in doc[j].whitespace_:
            j += 1
        s = _trim(Span(doc, i, j, label="PROPN"))
        if s is not None and not (bool(s[0].is_sent_start) and len(s) == 1 and s[0].lower_ in NOT_NAMES):
            yield s
        i = max(j, i + 1)
    yield from _group_plurals(doc, taken)


def _echoes(doc: Doc, spans: list[Span], common_nouns: frozenset[str], adjectives: frozenset[str]) -> list[Span]:
    """A one-word name of the document written again where the tagger took it for a common noun or an
    adjective ("Gots was arrested …", tagged NNS at a sentence's start; "Rodzianko, the Duma president,
    telegraphed", tagged JJ): the same capitalised word, no English noun or adjective, never
    written in lower case in the document, standing alone (no capitalised word beside it)."""
    names = {s.text for s in spans if len(s) == 1 and s.label_ != "ADJ" and s[0].text[1:].islower()}
    if not names:
        return []
    taken = {t.i for s in spans for t in s}
    lower = None
    out = []
    for t in doc:
        if t.i in taken or t.text not in names or t.tag_ not in ("NN", "NNS", "JJ") or t.lower_ in common_nouns \
                or _singular(t.lower_) in common_nouns or t.lower_ in adjectives:
            continue
        if lower is None:
            lower = {x.lower_ for x in doc if x.text.islower()}
        beside = ([doc[t.i - 1]] if t.i > 0 and not t.is_sent_start else []) + ([doc[t.i + 1]] if t.i + 1 < len(doc) else [])
        if t.lower_ in lower or any(b.is_alpha and b.text[:1].isupper() for b in beside):
            continue
        out.append(Span(doc, t.i, t.i + 1, label="PROPN"))
    return out


GROUP_PLURAL = re.compile(r"[a-z](?:ists|ites|iks|yks|acks|aks)$")  # not -ans/-ins: "Evans", "Collins"


CLOCK_AND_ERA = {"AM", "PM", "BC", "AD", "BCE", "CE", "GMT", "UTC", "OS", "NS"}
ACRONYM = re.compile(r"^(?!(?:[IVXLC]+)$)[A-Z][A-Za-z]{0,5}[A-Z][A-Za-z]?s?$")


def _clock_or_era(s: Span) -> bool:
    """'at 9 AM', '44 BC': a clock or era abbreviation after a number, which the model may label a place."""
    return len(s) == 1 and s.text.upper() in CLOCK_AND_ERA and s.start > 0 and s.doc[s.start - 1].like_num


def _acronym(t) -> bool:
    """'SR', 'SRs', 'VTsIK', 'SDKPiL': a party's or a body's initials, two to seven letters, most of
    them capitals (an optional plural 's'), standing alone; not a Roman numeral, not a word of a
    heading written all in capitals."""
    w = t.text
    if ACRONYM.match(w) is None or sum(c.isupper() for c in w.rstrip("s")) * 2 <= len(w.rstrip("s")):
        return False
    if w.upper() in CLOCK_AND_ERA or (t.i > 0 and t.doc[t.i - 1].like_num):
        return False  # "at 2 PM", "44 BC", "5 KM": a unit or an era after a number, no body
    doc = t.doc
    return not any(0 <= k < len(doc) and doc[k].is_alpha and doc[k].text.isupper()
                   and (len(doc[k]) > 1 or doc[k].text in "IVX") for k in (t.i - 1, t.i + 1))  # not "PART I"


def _acronyms(doc: Doc, taken: set[int]):
    """An acronym the tagger took for a common noun or an adjective ('the Right SRs', 'the Board of the
    SDKPiL') is a body's name of its own; a capitalised word right before it inside the sentence
    ('Left', 'Right') is part of it."""
    for t in doc:
        if t.i in taken or t.tag_ in ("NNP", "NNPS") or t.is_sent_start or not _acronym(t):
            continue  # (a capitalised word opening a sentence or a heading may be no acronym)
        start = t.i
        if t.i > 0 and not doc[t.i - 1].is_sent_start and doc[t.i - 1].i not in taken \
                and doc[t.i - 1].tag_ in ("JJ", "NNP") and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].text[1:].islower():
            start = t.i - 1
        yield Span(doc, start, t.i + 1, label="ORG")


POLITICAL_SIDES = {"left", "right", "centre", "center"}


def _of_the_side(s: Span) -> Span:
    """'the Socialist Revolutionaries of the right': a party's wing named after it is part of its name."""
    doc = s.doc
    e = s.end
    if s.label_ in ("ORG", "NORP") and e + 2 < len(doc) and doc[e].lower_ == "of" and doc[e + 1].lower_ == "the" \
            and doc[e + 2].text in POLITICAL_SIDES and (e + 3 == len(doc) or not doc[e + 3].text[:1].isalpha()
                                                       or doc[e + 3].pos_ not in ("NOUN", "PROPN", "ADJ")):
        return Span(doc, s.start, e + 3, label=s.label_)
    return s


def _body_of_two_places(spans: list[Span]) -> list[Span]:
    """'the Social Democracy of the Kingdom of Poland' + 'and' + 'Lithuania': a body's name that ends in
    'of' a place goes on through 'and' to a second place written right after it, when nothing
    capitalised follows (not "the Bank of England and France's fleet")."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    skip = -1
    for k, s in enumerate(spans):
        if k == skip:
            continue
        doc = s.doc
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if s.label_ == "ORG" and len(s) >= 4 and s[-2].lower_ == "of" and s[-1].tag_ == "NNP" \
                and nxt is not None and nxt.label_ in ("GPE", "LOC") and len(nxt) == 1 \
                and nxt.start == s.end + 1 and doc[s.end].lower_ == "and" \
                and (nxt.end == len(doc) or not doc[nxt.end].text[:1].isupper() and doc[nxt.end].tag_ != "POS"):
            out.append(Span(doc, s.start, nxt.end, label="ORG"))
            skip = k + 1
            continue
        out.append(s)
    return out


def _acronym_before_name(spans: list[Span]) -> list[Span]:
    """'the Left SR Dmitry Popov': a party's acronym written before a person's full name (a known given
    name after it) is the party, the name after it the person."""
    out = []
    for s in spans:
        cut = next((k for k in range(len(s) - 2) if _acronym(s[k]) and given_name_gender(s[k + 1].text)
                    and s[k + 2].text[:1].isupper()), None)
        if cut is None:
            out.append(s)
            continue
        out.append(Span(s.doc, s.start, s.start + cut + 1, label="ORG"))
        out.append(Span(s.doc, s.start + cut + 1, s.end, label="PERSON"))
    return out


def _group_plural(t) -> bool:
    """'Anarchists', 'Jacobites', 'Narodniks', 'Cossacks': the plural of a movement's
    or a host's member, capitalised (not "the Ladies", "the Scriptures" of older prose)."""
    return (t.tag_ == "NNS" and t.text[:1].isupper() and t.text[1:].islower() and len(t.text) >= 6
            and GROUP_PLURAL.search(t.text) is not None and t.lower_ not in NOT_NAMES)


def _group_plurals(doc: Doc, taken: set[int]):
    """'Anarchists', 'the Cossacks': a capitalised plural the tagger took for a common noun
    (NNS) names a group; the typing step drops it when the word is also used in lower case."""
    lower = None
    for t in doc:
        if t.i in taken or not _group_plural(t):
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and (nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "NOUN") or nxt.tag_ == "POS"):
            continue  # part of a longer name, or a possessive ("Workers’ Control")
        partners = [c for c in t.children if c.dep_ == "conj"] + ([t.head] if t.dep_ == "conj" else [])
        if any(c.tag_ == "NNS" and c.text.islower() for c in partners):
            continue  # "Provocators and reactionaries": a common noun listed with common nouns
        if t.is_sent_start or (t.i > 0 and "\n\n" in doc[t.i - 1].whitespace_):
            if lower is None:
                lower = {x.lower_ for x in doc if x.text.islower()}
            if t.lower_ in lower or t.dep_ not in ("nsubj", "nsubjpass"):
                continue  # "Soldiers were sent": a common noun opening a sentence
        yield Span(doc, t.i, t.i + 1, label="PROPN")


STREET_TAILS = {"place", "row", "terrace", "crescent", "mews", "parade", "gardens", "square", "street", "avenue",
                "road", "lane", "court", "walk", "close", "boulevard", "drive"}


def _street_address(span: Span, lowered: list[str]) -> bool:
    """A capitalised name ending in a street word ('Place', 'Row', 'Terrace', 'Avenue') after a house number
    ("77 St Mark's Place", "at 1522 Vyse Avenue"), or a saint's possessive so ended ("St James's Square"),
    names a street or an address."""
    if len(span) < 2 or lowered[-1] not in STREET_TAILS or not span[-1].text[:1].isupper():
        return False
    words = [t for t in span if t.lower_ != "the"]
    if words and words[0].like_num:
        return len(words) > 2
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.text.isdigit() and len(prev.text) <= 5:
        return True
    return span[0].text in SAINT_FORMS and any(t.text in ("’s", "'s") for t in span)


VESSEL_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our"}


def _vessel_determined(doc: Doc, i: int) -> bool:
    """The ship noun at ``i`` follows a determiner, directly or past at most two modifiers: "the brig",
    "the little steamer", "the coal brig", "the Danish steamer" (a capitalised modifier only as an adjective)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        t = doc[j]
        if t.lower_ in VESSEL_DETERMINERS:
            return True
        if not (t.is_alpha and (t.text.islower() or t.pos_ == "ADJ" or t.ent_type_ == "NORP")):
            return False
    return False


def _cues(span: Span, text: str) -> dict:
    doc = span.doc
    head = span.root
    cues: dict = {"label": span.label_}
    if _whole_sentence(span):
        cues["whole_sentence"] = True  # "[27] Manuscript.": a word standing alone, not a name in use
    words = [t.text for t in span]
    lowered = [w.lower() for w in words]
    last = lowered[lowered.index("of") - 1] if "of" in lowered[1:] else lowered[-1]  # "Council of the Republic"
    if lowered[0] in PAPER_HEADS_FIRST and len(lowered) > 2 and lowered[1] in NAME_LINKS:
        last = lowered[0]  # "Gazzetta di Bologna", "Journal de Genève"
    if lowered[-3:] == ["consulate", "-", "general"]:
        last = "consulate"  # "the Russian consulate-general"
    if last in ORG_HEADS or span[-1].text.islower() and last in STATE_BODY_HEADS:
        cues["org_head"] = last  # and "the Salford branch": a body's lower-case noun ends the name
    if "org_head" not in cues and last == "section" and _ordinal_unit(span):
        cues["org_head"] = last  # "the Third Section": a numbered section of a state's chancery is a body
    if tuple(lowered[-2:]) in FIRM_TWO_WORD_HEADS:
        cues["org_head"] = last  # "the Znanie publishing house": a firm, not a building
    elif tuple(lowered[-2:]) in HOUSE_TWO_WORD_HEADS:
        cues.pop("org_head", None)  # "brought before the magistrate at the Thames Police Court": the court house
        cues["fac_head"] = last
    elif last in FAC_HEADS:
        cues["fac_head"] = last
    elif last == "side" and len(span) > 1 and span[-1].text == "Side" and span[-2].text[:1].isupper():
        cues["fac_head"] = last  # "the Vyborg Side", "the East Side": a district of a city
    if span[0].text in HEADLAND_WORDS and len(span) > 1 or _ordinal_street(span):
        cues["place_noun"] = "cape" if span[0].text in HEADLAND_WORDS else "street"  # "Punta della Maestra",
        # "the Tenth Rozhdestvenskaya"
    elif _street_address(span, lowered):
        cues["place_noun"] = "street"  # "77 St Mark's Place", "1522 Vyse Avenue": an address, no saint or person
    prev = [t for t in doc[max(0, span.start - 4):span.start] if not t.is_space]  # hard-wrapped lines
    before = prev[-1] if prev else None
    before2 = prev[-2] if len(prev) > 1 else None
    if span[0].lower_.rstrip(".") in TITLES and len(span) > 1:
        cues["title"] = span[0].text
    elif before is not None and before.lower_.rstrip(".") in TITLES and before.text[:1].isupper():
        cues["title"] = before.text
    elif before is not None and before.text == "." and before2 is not None and before2.lower_ in TITLES \
            and not before2.whitespace_ and _abbreviated(before2.lower_):
        cues["title"] = before2.text  # "Dr. Brown" split as "Dr", ".", not "the Queen. Stockmar"
    if "title" in cues and span[-1].tag_ == "NNPS":
        del cues["title"]  # "the Don Cossacks": a plural is a group, not a titled person
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        lemma = verb.lemma_.lower()
        if lemma in SPEECH_VERBS:
            cues["speech_subj"] = lemma
        elif lemma in MOTION_VERBS:
            cues["motion_subj"] = lemma
        else:
            cues["subj"] = lemma
        if head.dep_ == "nsubjpass":
            cues["passive"] = True
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)  # (set below for objects too)
        if obj is not None and obj.pos_ == "NOUN":
            cues["subj_obj"] = obj.lemma_.lower()  # "the Germans had resumed their advance": what it did
        if _personal_clause(verb, lemma, head):
            cues["personal_clause"] = True
        if lemma in ("become", "remain") and any(
                c.dep_ in ("attr", "oprd") and c.text.islower() and c.lemma_ in ROLE_NOUNS and c.lemma_ != "head"
                for c in verb.children):
            cues["role"] = True  # "Rodzianko became chairman of …": an office is held by a person
    if head.dep_ in ("attr", "oprd") and head.head.lemma_ in ("be", "become", "remain") and span[-1].tag_ in ("NNP", "NNPS") \
            and span[-1].text.endswith("s") and len(span) == 1 and any(
                c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" and any(g.dep_ == "conj" for g in c.children)
                                                      or c.lower_ in ("they", "we", "both", "all"))
                for c in head.head.children):
        cues["members_said"] = True  # "X and Y were Bolsheviks", "they became Anarchists": persons said to be a body's
    if head.dep_ == "dobj" and head.head.lemma_ in ("chair", "edit", "co-edit", "coedit"):
        cues["members_said"] = True  # "he chaired X", "she edited X": a body or a paper is chaired or edited
    if head.dep_ == "poss" and head.head.lower_ in KIN_NOUNS:
        cues["kin"] = head.head.lower_
    if head.dep_ == "pobj" and head.head.lower_ == "of" and (head.head.head.lower_ in KIN_NOUNS or (
            head.head.head.tag_ == "NNS" and head.head.head.lemma_ in KIN_NOUNS)) \
            and head.head.head.lemma_ not in KIN_OF_PLACES_TOO and head.head.head.lower_ not in KIN_OF_PLACES_TOO \
            and not (before is not None and before.lower_ == "the" and before.i == span.start - 1
                     and span[-1].tag_ != "NNPS" and "title" not in cues):
        cues["kin"] = head.head.head.lower_  # "the daughters of Leptines"; not "made himself master of Sicily",
        # "the allies of Athens", nor "no friend of the Roman Republic", "his colleagues of the Triumvirate" (a
        # person's name takes no "the"; "the sons of the Stolypins", a family, does)
    # "her ally in the Workers’ Opposition": the parser hung "Opposition" on "ally" as an apposition, though the
    # name's first word is the object of "in" (ORGMEM)
    after_prep = span[0].i != head.i and span[0].dep_ == "pobj" and not span.start <= span[0].head.i < span.end
    if head.dep_ == "appos" and head.head.lower_ in KIN_NOUNS and not after_prep:
        cues["kin"] = head.head.lower_
    if "kin" not in cues and before is not None and before.lower_ in KIN_NOUNS and before.text.islower() \
            and before.i == span.start - 1 and before.i > 0 and doc[before.i - 1].tag_ in ("PRP$", "POS"):
        cues["kin"] = before.lower_  # "his sister Sarra", however the parser attaches the name
    if SAME_NAME_ANOTHER.search(text, max(0, span.start_char - 25), span.start_char):
        cues["another"] = True  # "Klavdia's sister, also called Sarra": a second person of that name
    for child in head.children:
        if child.dep_ == "appos" and child.lower_ in KIN_NOUNS:
            cues["kin"] = child.lower_
        if child.dep_ == "appos" and child.lemma_ in PLACE_NOUNS:
            cues["place_noun"] = child.lemma_  # "Maksimkin Yar, a hamlet on the Ket"
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in PLACE_NOUNS | PLACE_OF_NOUNS \
            and not (head.head.head.lemma_ in PLACE_OF_NOUNS and head.tag_ == "NNPS"):
        cues["place_noun"] = head.head.head.lemma_  # "the village of Shushenskoye", "the walls of Leontini"
    elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in WATER_OF_NOUNS \
            and head.head.head.text.islower() and head.tag_ != "NNPS":
        cues["place_noun"] = head.head.head.lower_  # "the steep bank of the Lusha"
    if before is not None and before.lemma_ in PLACE_NOUNS and before.text.islower() and before.i == span.start - 1 \
            and before.i > 0 and doc[before.i - 1].lower_ in ("the", "a", "an") and len(span) <= 2 \
            and span[-1].lower_ not in ORG_HEADS:
        cues["place_noun"] = before.lemma_  # "the river Krimesus", "the island Sphakteria"
    if before is not None and before.lower_ in VESSEL_NOUNS and before.i == span.start - 1 and before.i > 0 \
            and _vessel_determined(doc, before.i) and span[-1].lower_ not in ORG_HEADS | FAC_HEADS:
        cues["vessel"] = before.lower_  # "an Austrian squadron led by the brig Oreste", "the Danish steamer X": a ship
    elif span[-1].lower_ not in ORG_HEADS | FAC_HEADS and any(
            ch.dep_ == "appos" and ch.i > span.end and ch.lower_ in VESSEL_NOUNS for ch in head.children):
        cues["vessel"] = next(ch.lower_ for ch in head.children if ch.dep_ == "appos" and ch.lower_ in VESSEL_NOUNS)
        # "the Vectis, a mail steamer of evil reputation": a ship said so after its name
    if head.dep_ == "appos" and head.head.lemma_ in PLACE_NOUNS:
        cues["place_noun"] = head.head.lemma_
    unit = _modified_noun(span, head)
    if unit.dep_ == "appos" and unit.head.lemma_ in PAPER_NOUNS and unit.head.i < span.start or \
            before is not None and before.lemma_ in PAPER_NOUNS and before.text.islower() and before.i == span.start - 1 or \
            any(ch.dep_ == "appos" and ch.i >= span.end and ch.lower_ in PAPER_NOUNS for ch in head.children) \
            and not (before is not None and before.text in ("“", '"', "‘", "(")):  # not a gloss: _Pravda_ ("Truth")
        # … or after it: "Mercurius Pragmaticus, the royalist weekly then written by …"
        cues["paper_noun"] = True  # "its own paper, Soldatskaya Pravda", "the newspaper Borba": a paper's name
    part = BUILDING_PART_BEFORE.search(text, max(0, span.start_char - 40), span.start_char)
    if part and (part.group(1).islower() or part.group(2)):
        cues["building_part"] = part.group(1).lower()  # "in Room 75 of the X", "the arches of the X"
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in BODY_ROLE_NOUNS:
        cues["body_of"] = head.head.head.lower_  # "the editorial board of Pravda", "a member of the Bund"
    elif head.dep_ == "pobj" and head.head.lower_ in ("in", "on") and head.head.head.lemma_ in SEAT_NOUNS \
            and before is not None and before.lower_ == "the":
        cues["body_of"] = head.head.head.lemma_  # "removed from her post in the Zhenotdel", "a seat on the Orgburo"
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "for") and head.head.head.lemma_ in PUBLISH_VERBS:
        cues["published_in"] = head.head.head.lemma_  # "published in Iskra", "wrote for Pravda"
    elif head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        cues["source"] = True  # "according to Orlov": a person or a body tells, a place does not
    elif head.dep_ == "pobj" and head.head.lower_ == "for" and any(a.lemma_ in DEPARTURE_VERBS for a in head.head.ancestors):
        cues["prep"] = "in"  # "set out for Amboy", "sailed for New York": a destination
    elif span.start > 1 and _dated_month(doc, span.start - 1):
        _subject_after_date(head, cues)  # "In August Golubev was arrested": "in" is the date's
    elif head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
        cues["prep"] = head.head.lower_
        cues["prep_head"] = head.head.head.lemma_.lower()  # "brought me to the X", "belonged to the X"
    elif head.dep_ == "pobj" and head.head.lower_ in ("on", "upon") and head.head.head.lower_ in ON_PLACE_NOUNS:
        cues["prep"] = "at"  # "a villa on the Biały Dunajec": placed as "at" places
        cues["prep_head"] = head.head.head.lemma_.lower()
    elif head.dep_ == "dobj" and head.head.lemma_ in PLACE_OBJECT_VERBS:
        cues["prep"] = head.head.lemma_  # "reached Amboy", "entered Moscow"
    elif before is not None and before.lower_ in PLACE_PREPS:
        cues["prep"] = before.lower_
    if head.dep_ == "compound" and head.head.lower_ in ORG_HEADS and head.head.i >= span.end:
        cues["modifies_org"] = head.head.lower_
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and span[-1].tag_ == "NNPS" \
            and doc[span.end + 1].text[:1].isupper() and looks_like_surname(doc[span.end + 1].text):
        cues["led_by"] = doc[span.end + 1].text  # "the Russians of Doctoroff": the force a general led
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        cues["possessive"] = True
    name_start = next((t for t in span if not _is_title(t) and t.text != "."), span[0])
    cues["sent_start"] = bool(name_start.is_sent_start) or (name_start.i > span.start and bool(span[0].is_sent_start))
    cues["title_sentence_start"] = name_start.i > span.start and bool(span[0].is_sent_start)
    if head.dep_ == "poss" and head.head.lower_ in PERSONAL_NOUNS:
        cues["personal"] = head.head.lower_
    elif cues.get("possessive") and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in PERSONAL_NOUNS \
            and doc[span.end + 1].pos_ == "NOUN":
        cues["personal"] = doc[span.end + 1].lower_  # "Meyerhold’s production of …", however the parser hangs it
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in PERSONAL_NOUNS:
        cues["personal"] = head.head.head.lower_
    led = head
    while led.dep_ == "conj" and led.head.i < led.i:
        led = led.head  # "under Deinarchus and Demaretus"
    if led.dep_ == "pobj" and led.head.lower_ == "of" and led.head.head.lower_ == "command" \
            and led.head.head.head.lower_ == "under" and last not in ORG_HEADS and "personal" not in cues:
        cues["personal"] = "command"  # "under the command of Hasdrubal and Hamilcar"
    if led.dep_ == "pobj" and led.head.lower_ == "under" and led.head.i + 1 < len(doc) \
            and doc[led.head.i + 1].text[:1].isupper() and span[0].lower_ != "the" and span[-1].tag_ != "NNPS" \
            and last not in ORG_HEADS and "personal" not in cues:
        cues["personal"] = "under"  # "the troops under Deinarchus", "served under Wellington": a commander
    if EMPHATIC_SELF.match(text, span.end_char) and last not in ORG_HEADS:
        cues["emphatic"] = True  # "the testimony of Xerxes himself": "himself" is said of persons
    if VOCATIVE.search(text, max(0, span.start_char - 3), span.start_char) and ADDRESSED.match(text, span.end_char):
        cues["vocative"] = True  # "“Artabanus, I am come to increase the glory of the king”": a person addressed
    deity = DEITY_BEFORE.search(text, max(0, span.start_char - 40), span.start_char)
    if (deity or DEITY_AFTER.match(text, span.end_char)) and last not in HEADS:
        # "the priestesses of Proserpine", "a temple to Dindymene", "the goddess Athena", "Diana's shrine"; "of"
        # is also said of a place ("the oracle of Delphi")
        cues["deity"] = "of" if deity and deity.group(0).split()[-1] == "of" else True
    if OFFICE_BEFORE.search(text, max(0, span.start_char - 30), span.start_char):
        cues["office"] = True  # "the coveted _tchin_ (rank) of Collegiate Assessor": a rank, no one who holds it
    if WHO_CLAUSE.match(text, span.end_char) and last not in ORG_HEADS:
        cues["who"] = True  # "Ordzhonikidze, whom everyone called Sergo": "who" is said of persons
    nxt = next_word(doc, span.end)
    if any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[span.end:span.end + 2]):
        cues["before_name"] = True  # "the Menshevik leader Fyodor Dan": a word describing the name after it
    if nxt is not None and nxt.text.islower() and nxt.lower_ in (FAC_HEADS | ORG_HEADS) and nxt.pos_ == "NOUN":
        cues["next_head"] = nxt.lower_  # "the Troitsky Farce theatre", "the Bolshevik committee"
        if nxt.lower_ == "house" and (nxt.dep_ in ("nsubj", "nsubjpass") and nxt.head.lemma_ in ISSUE_VERBS
                                      or nxt.dep_ == "pobj" and nxt.head.lower_ == "by"
                                      and nxt.head.head.lemma_ in ISSUE_VERBS):
            cues["publisher"] = "house"  # "the Znanie house published it", "issued by the Znanie house": a firm
    if span.start_char > 0 and text[span.start_char - 1] in "_*" or text[span.end_char:span.end_char + 1] in ("_", "*"):
        cues["italic"] = True  # _Rabotchi Put_: a title or a foreign word, not a person
    if ENTITLED.search(text, max(0, span.start_char - 30), span.start_char):
        cues["entitled"] = True  # an article “entitled “The Socialist Ministers”"
    if cues.get("italic") and (WORK_BEFORE.search(text, max(0, span.start_char - 40), span.start_char)
                               or WORK_AFTER.match(text, span.end_char)):
        cues["work"] = True  # "the novella _Animal Farm_", "_Scarlet Dawn_, a 1932 … drama": a work, no body
    if cues.get("italic") and _italic_part(text, span.start_char, span.end_char):
        cues["italic_part"] = True  # "_Tabel o Rangov_": one word of a foreign phrase
    elif not cues.get("italic") and _inside_italic_run(text, span.start_char, span.end_char):
        cues["italic_part"] = True  # "_The ABC of Communism_": a word of a title, inside its italics
    if span.start > 0 and len(span) == 1 and head.dep_ not in ("compound", "amod", "nmod", "poss"):
        k = span.start - 1  # "a Bolshevik", not "a Moscow merchant"
        while k > 0 and doc[k].pos_ == "ADJ" and doc[k].text.islower():
            k -= 1
        if doc[k].lower_ in ("a", "an"):
            cues["indefinite"] = True  # "a new Ballet"
    if CITED.match(text, span.end_char) and not any(t.lower_.rstrip(".") in CITED_WORKS | MONTHS | ORG_HEADS for t in span) \
            and not (before is not None and before.lower_ in ("of", "the")):  # "Encyclopedia of Exploration, p. 12"
        cues["cited"] = True  # "Huntford, pp. 7–12", "Deutscher 1954, p. 3": a cited author
    elif NOTE_OPENING.search(text[max(0, span.start_char - 12):span.start_char]) and NOTE_PAGES.match(text, span.end_char) \
            and not any(t.lower_.rstrip(".") in CITED_WORKS | MONTHS | ORG_HEADS for t in span):
        cues["cited"] = True  # "[4] Holden, 4.", "[9] Brown, _Early_, 19; Holden, 7.": a note citing by page
    pub = PUBLISHER.match(text, span.start_char)
    if pub is not None and pub.end(1) == span.end_char:
        cues["publisher"] = True  # "Boni and Liveright, N.Y. 1919"
    quoted = in_quoted_title(text, span.start_char, span.end_char)
    if quoted == "part" and text[max(0, span.start_char - 4):span.start_char] in ("The ", "the ") \
            and in_quoted_title(text, span.start_char - 4, span.end_char) == "whole":
        quoted = "whole"  # “The Times”: the whole quotation names the paper
    if quoted:
        cues["quoted_title"] = quoted  # “Kornilov to Brest-Litovsk”: a book's or a play's title
    conj = _coordination(head)
    if conj is not None:
        cues["conj"] = conj
    if len(span) == 1 and span[0].text.islower() and span[0].lower_ in BARE_BODY_NOUNS:
        cues["bare_body"] = True  # "a presidium of three": a body's own noun, in lower case, stands for it
    if before is not None and before.lower_ == "the":
        cues["the"] = True
        if before.text == "The" and not before.is_sent_start and before.i > 0 and doc[before.i - 1].text not in ("“", '"', "‘", "(", ":"):
            cues["title_the"] = True  # "according to The Moderate": a capital article inside a sentence is a title's
    if head.dep_ in ("compound", "amod", "nmod") and head.head.i >= span.end and head.head.pos_ == "NOUN":
        cues["modifier"] = head.head.lemma_  # "the Vaccaen strongholds": "the" is the noun's, not the name's
    elif head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.text.islower():
        cues["appos_noun"] = head.head.lemma_  # "the oldest globe, the Erdapfel": what the name is said to be
    body = _apposed_body_noun(span, head)
    if body:
        cues["body_noun"] = body  # "the railwaymen's union, Vikzhel", "Vikzhel, the railwaymen's union"
    if _along_course(span, head):
        cues["course"] = True  # "up the Lena", "followed the frozen Sosva": a river or a region travelled along
    if mass_quantified(span):
        cues["mass"] = True  # "some excellent Madeira": a wine, not the island
    if before is not None and before.text == "one" and len(span) <= 2:
        cues["one_named"] = True  # "a friend of his, one Vernon"
    if text[span.start_char - 1:span.start_char] == "(" and text[span.end_char:span.end_char + 1] == ")":
        cues["in_parens"] = True  # "the goddess Athena (Minerva)": the same one under another name
    epithet = ROLE_EPITHET.match(text, span.end_char)
    if epithet and epithet.group(1) in ROLE_NOUNS and len(span) == 1:
        cues["role"] = True  # "the school of Ammonias the philosopher"
    if any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NNS" and c.lemma_.lower() in ROLE_NOUNS
           and any(a.lower_ == "other" for a in c.children) for c in head.children):
        cues["role"] = True  # "Spiridonova and five other women", "Gots and the other prisoners": one of them
    if _role_apposition(span, head, before, before2) and not after_prep:
        cues["role"] = True  # "The commandant, Legardeur de St. Pierre", "a kindly man named Ushakov"
    if before is not None and before.lower_ in ("his", "her", "their", "its", "our", "my", "your"):
        cues["owned"] = True  # "his Pamela", "their Pravda": a work or a paper, rarely a person
    coordinated = head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)  # "Lenin and Martov were"
    if (span[-1].tag_ == "NNPS" or (len(span) == 1 and _group_plural(span[-1])) or not coordinated and (
            head.dep_ in ("nsubj",) and head.head.tag_ in ("VBP",) or
            any(c.lower_ in ("were", "are", "have") for c in head.head.children if head.dep_ == "nsubj"))) \
            and not SINGULAR_NAME_END.search(span[-1].text) and not looks_like_classical_name(span[-1].text) \
            and not _singular_subject(head):
        cues["plural"] = True
    if len(span) == 1 and _singular_subject(head):
        cues["singular"] = True  # "Gots was tried": one person, though the word has a people's plural shape  # not "Aristophanes says", "Hiketas had reached"
    return cues


#: what is travelled along, up, down or across: a river, a lake, a range, a region ("sailed up the Lena", "crossed the
#: Beresina", "followed the frozen Sosva")
COURSE_PREPS = {"up", "down", "along", "across", "alongside"}
COURSE_VERBS = {"follow", "cross", "ascend", "descend", "ford", "navigate", "skirt", "bridge"}


# the lower-case nouns of a body that, set beside a name, say what it is (not a building's, a paper's or an
# office's: "the court", "the post", "the guard" also name places, things and persons)
APPOSED_BODY_NOUNS = {"committee", "party", "council", "union", "society", "league", "federation", "association",
                      "congress", "assembly", "bureau", "commission", "board", "government", "ministry",
                      "commissariat", "faction", "organization", "organisation", "group", "movement", "cooperative",
                      "fraternity", "brotherhood", "soviet", "executive", "directorate", "secretariat", "presidium"}


def _apposed_body_noun(span: Span, head) -> str | None:
    """The body noun in apposition with the name, before it ("the railwaymen's union, Vikzhel") or after it
    ("Vikzhel, the railwaymen's union"), when the noun is a common noun of a body."""
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.text.islower() \
            and head.head.lemma_.lower() in APPOSED_BODY_NOUNS:
        return head.head.lemma_.lower()
    noun = head.head
    if head.dep_ == "conj" and noun.pos_ == "NOUN" and noun.text.islower() and noun.lemma_.lower() in APPOSED_BODY_NOUNS \
            and noun.i == span.start - 2 and noun.doc[span.start - 1].text == "," \
            and span.end < len(noun.doc) and noun.doc[span.end].text == "," \
            and [c.i for c in noun.children if c.dep_ == "conj"] == [head.i] \
            and not any(c.dep_ == "conj" for c in head.children):
        return noun.lemma_.lower()  # "the dockers' union, Portsoyuz, but …" parsed as a list of two: one body
    for ch in head.children:
        if ch.dep_ == "appos" and ch.i >= span.end and ch.pos_ == "NOUN" and ch.text.islower() \
                and ch.lemma_.lower() in APPOSED_BODY_NOUNS:
            return ch.lemma_.lower()
    return None


def _along_course(span: Span, head) -> bool:
    """"the" (and perhaps an adjective: "the frozen Sosva") before a one- or two-word singular name that is the
    object of "up", "down", "along", "across" or of "follow", "cross", "ascend": no person or body is travelled so."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and doc[k].pos_ in ("ADJ", "VERB") and doc[k].tag_ in ("JJ", "VBN") and doc[k].text.islower() \
            and k > span.start - 3:
        k -= 1  # "the frozen Sosva", "the upper Volga"
    if k < 0 or doc[k].lower_ != "the" or len(span) > 2 or span[-1].tag_ == "NNPS":
        return False
    if head.dep_ == "pobj":
        return head.head.lower_ in COURSE_PREPS
    return head.dep_ == "dobj" and head.head.lemma_.lower() in COURSE_VERBS and head.head.tag_ != "VBG"  # not
    # "a rebound, following the Black Death"


# a page reference right after a name, in a note or a parenthesis: "Scott, p. 15", "Huntford, pp. 7–12",
# "Service 2009, p. 4", "Pipes (1990), p. 12", "Figes, 1996: 3": the name is a cited author
SAME_NAME_ANOTHER = re.compile(r"(?:\b(?:also|likewise|too)\s+(?:called|named)|\b[Aa]nother|\b[Aa]\s+(?:second|different)"
                               r"|\b[Tt]he\s+other|\b[Aa]n?\s+(?:[a-z]+\s+){0,2}(?:named|called))\s+$")
# ("The other Grigory, Zinoviev"; "a different Elizabeth"; "a boy named Alexander": someone new of a name already met)
EMPHATIC_SELF = re.compile(r"[ \t]+(?:himself|herself)\b")
VOCATIVE = re.compile(r"[“\"‘]\s*$")  # the name opens the quotation …
ADDRESSED = re.compile(r"(?:,|!)[ \t\n]*(?:I|we|you|my|our|your|thou|thee|ye|do|let|pray|come|go|tell|hear|listen|"
                       r"look|why|what|how|is|are|will|shall|can|have)\b")  # … and speaks to its bearer
# what is said of a god: "the temple of X", "the priestesses of X", "sacred to X", "a temple to X", "the goddess X"
DEITY_BEFORE = re.compile(r"(?:\b(?:[Tt]emples?|[Ss]hrines?|[Aa]ltars?|[Ss]anctuar(?:y|ies)|[Oo]racles?|priests?|"
                          r"priestess(?:es)?)\s+(?:of|to)|\bsacred\s+to|\bsacrifices?\s+to|\bsacrificed\s+to|"
                          r"\b(?:god|goddess|gods|goddesses))\s+$")
DEITY_AFTER = re.compile(r"[’']s\s+(?:temple|shrine|altar|sanctuary|oracle|priests?|priestess(?:es)?)\b")
ROLE_EPITHET = re.compile(r"\s+the\s+([a-z]+)\b")  # "Ammonias the philosopher"
# a rank or a title named as such: "the rank of Collegiate Assessor", "the title of Prince Consort"
OFFICE_BEFORE = re.compile(r"\b(?:rank|title|grade|dignity|post)\)?\s+of\s+(?:an?\s+)?$")
WHO_CLAUSE = re.compile(r"(?:[’']s?)?,?\s+(?:who|whom)\b")
CITED_WORKS = {"books", "co", "company", "press", "dictionary", "encyclopedia", "encyclopaedia", "volume", "vol",
               "chapter", "ch", "part", "book", "ibid", "op", "cit", "papers", "letters", "memoirs", "diary",
               "history", "works", "collected", "archive", "archives", "records", "documents", "publishers",
               "publishing", "library", "edition", "ed", "eds", "trans", "no", "issue", "sept", "sep"}
NOTE_OPENING = re.compile(r"(?:(?:^|\n)\[\d+\][ \t]*|(?:^|\n)\d+\.[ \t]+|;[ \t]*)$")  # "[4] ", "12. ", "; "
NOTE_PAGES = re.compile(r",[ \t]*(?:_[^_\n]{1,80}_,[ \t]*)?(?:\d+(?:[–-]\d+)?|[xvi]+(?:[–-][xvi]+)?)(?:,[ \t]*\d+(?:[–-]\d+)?)*"
                        r"[ \t]*(?:[.;]|$)", re.M)  # ", 4.", ", _Early_, 19;", ", xxxii;"
CITED = re.compile(r",?\s?\(?(?:1[5-9]|20)\d\d[a-z]?\)?,?[ \t]?(?:pp?\.|:)[ \t]?\d|,?[ \t]?pp?\.[ \t]?\d")


def _coordination(head) -> int | None:
    """Character offset naming the list a name stands in ("A, B and C"), if any."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i == head.i and not any(c.dep_ == "conj" for c in head.children):
        return None
    return first.idx


def _owned_cues(span: Span, owner: str, noun: str | None, text: str) -> dict:
    """A building named by its owner ("Keimer's printing-house", "at Mr. Read's"): the entity layer
    makes it a place when the owner is a person."""
    cues = {"label": "FAC", "fac_head": "house", "owner": owner, "sent_start": False}
    if noun is None:  # "lodging at Mr. Read's": the house is understood
        cues["as_name"] = re.sub(r"\s+", " ", span.text).strip() + " house"
        cues["prep"] = span.doc[span.start - 1].lower_
    return cues
