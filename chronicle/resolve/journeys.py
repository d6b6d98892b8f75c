"""Journeys: who went where, in order, read from travel verbs and their arguments.

Each travel clause ("set off for X", "made his way from X to Y by way of Z", "landed
at X", "reached X") gives its travellers (the subject's persons or bodies, he/she
resolved) and its stops in order: origins ("from", "out of", the object of "leave"),
then waypoints ("by way of", "via", "through", the object of "cross"), then
destinations ("to", "for", "into", "at", "in", the object of "reach"). A traveller's
travel clauses that follow one another (no more than :data:`MAX_GAP` characters
apart) form one journey; a new journey starts where the last one ended when it has
no origin of its own, and a clause dated more than a year after the one before it starts a
new journey (a biography's exile of 1913 and its return of 1917 are two journeys). Each
stop carries the date of the clause that names it (:meth:`Reader.event_date`: a time
expression of the clause, else the narrative's current date). A station or wharf inside a city (``Place.within``) follows the
city. Modes come from "by train", "on foot", "on horseback", "in a boat" and verbs
such as "ride", "sail", "walk". A way back ("slunk back into X") with no origin known starts
where the last movement of an unnamed crowd ended ("the rising stormed the Palace").

Who travels is read past the parser's and the entity layer's slips: a ship's voyage is that of the people
aboard; "the party", "the crew", "they" travel with the last travellers or their leader; "he" right after
one person's travel clause is still that person; "the old man" is whom the text calls "old X"; a travelling
place or body that bears one person's surname is that person. See docs/journeys.md for every rule.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from ..annotate.lexicon import ALLEGING, FEMALE_NOUNS, KIN_NOUNS, MALE_NOUNS
from ..context import DocContext
from ..record import Journey, Span
from .clauses import ACTORS, Reader, children, conjuncts, hypothetical, negated, preps, subjects, unique, where

MAX_GAP = 2500

# lemma -> role of its direct object (origin / via / dest) or None when it takes none
TRAVEL_VERBS = {
    "go": None, "come": None, "set": None, "start": None, "leave": "origin", "depart": "origin",
    "quit": "origin", "arrive": None, "reach": "dest", "land": None, "return": None, "travel": "via",
    "journey": None, "proceed": None, "walk": None, "ride": None, "sail": None, "march": None, "row": None,
    "cross": "via", "pass": "via", "flee": "origin", "escape": None, "embark": None, "move": None,
    "remove": None, "head": None, "drive": None, "fly": None, "steam": None, "hurry": None, "hasten": None,
    "push": None, "make": None, "get": None, "put": None, "board": None, "run": None, "slink": None,
    "retreat": None, "advance": None, "stop": None, "call": None, "enter": "dest", "visit": "dest",
    "tour": "via", "follow": None, "take": None, "bring": None, "carry": None, "send": None, "emigrate": None,
    "find": None, "step": None, "disembark": None, "wander": None, "creep": None, "stroll": None,
    "exile": None, "deport": None, "banish": None, "transfer": None, "transport": None, "escort": None,
    "convey": None, "settle": None, "sledge": None, "trek": None, "ship": None, "evacuate": None, "lead": None,
    "storm": "dest", "invade": "dest", "besiege": "dest", "anchor": None, "relocate": None, "smuggle": None,
    "continue": None, "catch": None, "change": None, "pull": None, "draw": None, "dock": None, "berth": None, "stay": None, "halt": None, "linger": None, "spend": None, "rest": None,
    "remain": None, "turn": None, "climb": "via", "slip": None, "see": None, "join": None, "breakfast": None,
    "dine": None, "sup": None, "lodge": None, "skirt": "via", "alight": None, "fall": None, "rejoin": None,
    "exchange": None, "touch": None, "ford": "via",
}
# past forms the tagger leaves unlemmatized
PAST = {"slunk": "slink", "fled": "flee", "rode": "ride", "drove": "drive", "flew": "fly", "crept": "creep",
        "sledged": "sledge", "trekked": "trek", "went": "go", "came": "come", "left": "leave", "dined": "dine",
        "fell": "fall", "alighted": "alight", "skirted": "skirt", "rejoined": "rejoin"}
# verbs that move their object: "the police sent him to X", "they took Y to X"
MOVE_OBJECT = {"see", "send", "put", "take", "bring", "carry", "exile", "deport", "banish", "transfer", "transport", "escort",
               "convey", "ship", "evacuate", "drive", "lead", "move", "remove", "relocate", "smuggle"}
# verbs that need a travel preposition or particle before they count ("get to X", "made his way to")
WEAK = {"see", "make", "get", "put", "run", "take", "bring", "carry", "send", "find", "follow", "call", "stop", "push", "touch",
        "transfer", "transport", "escort", "convey", "settle", "ship", "evacuate", "drive", "lead", "smuggle", "catch",
        "change", "join"}
ON_THE_WAY = re.compile(r"\b(?:on (?:the|his|her|their|our|my) way|en route|along the way|on the journey)\b"
                        r"(?! (?:to|from|back|home|out)\b)", re.I)
THERE_REACH = 300  # how far back "arriving there" looks for the place it means
OBJECT_CONTROL = {"order", "instruct", "tell", "force", "compel", "oblige", "allow", "permit", "persuade",
                  "urge", "invite", "summon", "direct", "command", "require", "ask", "advise", "send"}
# verbs that travel only with a whither or whence: "from Chita they continued westwards" (not "continued in Moscow")
# also "the train pulled / drew into the Finland Station", "turned north to Terni", "slipped out of X"
NEEDS_WAY = {"continue", "pull", "draw", "turn", "slip"}
REFLEXIVE = {"myself", "himself", "herself", "themselves", "ourselves", "yourself", "itself"}
# a subject that is a message, not a traveller: "News of the abdication reached Usolye", "the telegram reached X"
MESSAGES = {"news", "word", "telegram", "letter", "message", "report", "reports", "rumour", "rumours", "rumor",
            "rumors", "tidings", "order", "orders", "decree", "manifesto", "cable", "wire", "despatch", "dispatch"}
CARRY_ON = {"move", "remove", "relocate", "transfer"}  # moving a thing ("his business", "the capital") moves its owner
STATIC = {"in", "at", "on", "near", "within", "inside", "upon"}  # where, not whither
SPANS = {"day", "week", "month", "year", "hour", "night", "fortnight"}  # a span of time misparsed as a subject
LOCATED = {"at", "in", "near"}  # "he was at X", "whom I had seen at X": where someone is before they set out
MAX_SINCE = 2500  # how far back a traveller's last known place is looked for
ORIGIN = {"from", "out of", "away from", "off"}
VIA = {"by way of", "via", "through", "across", "over", "past", "along", "by", "up", "down", "round", "around"}
DEST = {"to", "for", "into", "at", "in", "towards", "toward", "unto", "on", "onto", "as far as", "up to",
        "down to", "back to", "near", "within", "inside", "upon"}
VEHICLES = {"train", "rail", "railway", "sleigh", "sledge", "boat", "sloop", "ship", "steamer", "steamship",
            "vessel", "ferry", "carriage", "coach", "stage", "stagecoach", "cart", "wagon", "car", "motor",
            "automobile", "canoe", "barge", "schooner", "brig", "yacht", "packet", "tram", "bus", "horse",
            "horseback", "foot", "land", "sea", "water", "air", "aeroplane", "plane", "post", "diligence",
            "troika", "cab", "bicycle", "raft", "galley", "frigate", "junk", "camel", "mule", "express"}
VEHICLE_KIND = {"express": "train"}  # "boarded the express at Krasnoyarsk": by train
# a way taken, which carries whoever takes it: "took the road for Tivoli", "took a narrow-gauge line to Kushva"
ROUTES = {"road", "line", "track", "path", "route", "highway", "railroad", "trail", "branch"}
# a subject naming the company of the last travel clause: "the exiles returned", "the convoy went on"
COMPANY = {"exile", "prisoner", "fugitive", "traveller", "traveler", "comrade", "companion", "escapee", "convict",
           "pair", "couple", "convoy", "escort", "party", "both", "they", "man", "woman", "friend", "brother", "sister"}
# a singular noun that names several people: "the party left Zurich" after one man's clause is the company before
SEVERAL = {"party", "pair", "couple"}
COMPANY_REACH = {"they": 600}  # other words reach back :data:`MAX_GAP`
# the last word of a place inside a city: a stop that follows its city (``Place.within``)
FACILITY = {"station", "terminus", "terminal", "wharf", "quay", "pier", "dock", "docks", "harbour", "harbor",
            "landing", "platform", "quarter", "district", "street", "square", "bridge", "gate", "palace",
            "prison", "fortress", "embankment", "prospect", "avenue", "inn", "hotel", "house"}
# "to the village of X", "the town of X": the place is the object of "of"
SETTLEMENT_NOUNS = {"village", "town", "city", "hamlet", "settlement", "port", "township", "outpost", "fort",
                    "province", "region", "district", "island", "capital", "parish", "county", "station"}
# "through much of Asia", "across most of Siberia", "the length of the Volga": the place is the object of "of"
PORTION = {"much", "most", "part", "parts", "all", "rest", "length", "breadth", "whole", "half", "remainder"}
# "to the outskirts of Forlì", "the eastern slope of the Urals", "the pine forest of Ravenna": a place's part or
# surroundings, which the journey reaches when it reaches them
PARTS = {"outskirts", "outskirt", "slope", "slopes", "foot", "edge", "bank", "banks", "shore", "shores", "mouth",
         "mouths", "environs", "suburb", "suburbs", "forest", "woods", "gates", "walls", "vicinity", "neighbourhood",
         "neighborhood", "centre", "center", "heart", "interior", "hinterland", "approaches",
         # the ground or water of a place: "into the ice of the Gulf", "across the snows of Poland", "the field of X"
         "ice", "water", "waters", "snow", "snows", "field", "fields", "plain", "plains", "sands", "steppe",
         "harbour", "harbor", "roads", "roadstead", "bay"}
OF_PLACE = SETTLEMENT_NOUNS | PORTION | PARTS


def _of_named(rd: Reader, noun: Token, off: int, nouns: set[str] = SETTLEMENT_NOUNS) -> list[Token]:
    """ "the village of X", "the outskirts of X" (``nouns``: OF_PLACE): the "of" objects of a noun of ``nouns``
    that is no place itself, where the place is named."""
    if noun.lemma_.lower() not in nouns or rd.entity(noun, off, ("place",)) is not None:
        return []
    return [o for w, o in preps(noun) if w == "of"]


JOINED = {"fleet", "squadron", "army", "regiment", "ship", "expedition", "column", "convoy", "caravan",
          "headquarters", "division", "corps", "brigade", "flotilla", "wife", "husband", "family"}
MEALS = {"breakfast", "dine", "sup", "lodge"}
BORDERS = {"frontier", "border", "boundary", "line", "lines", "pass", "strait", "straits", "channel", "divide"}
# what is crossed without being a place the text names: "crossed the river to Tornio", "forded the stream at X"
CROSSINGS = BORDERS | {"river", "stream", "brook", "creek", "bridge", "ford", "ferry", "mountains", "range", "ridge",
                       "col", "saddle", "gorge", "ravine", "valley", "lake", "bay", "sound", "estuary", "lagoon",
                       "marsh", "marshes", "heath", "moor", "desert", "plain", "steppe", "ice"}
CROSS_VERBS = {"cross", "ford", "pass"}  # verbs whose object is crossed
# where a crossing lies: "crossed the Danube below Orsova", "the Volga bridge at Syzran", "the frontier near X"
BESIDE = {"at", "near", "below", "above", "beside", "outside", "opposite", "beyond", "by"}
ONWARD = {"to", "into", "towards", "toward"}  # the next stage of a route: "from X to Y"
HALTS = {"night", "day", "week", "halt", "stop", "stay", "rest", "fortnight", "month", "stopover", "pause"}
# a name that a vessel noun introduces or follows ("the sealer _Jason_", "the _Ruth_ oil tanker", "his ship, the
# SS X"): a ship or airship, which carries people rather than travelling for itself
VESSEL_NOUNS = ("ship", "sealer", "whaler", "tanker", "vessel", "sloop", "steamer", "steamship", "schooner", "brig",
                "yacht", "frigate", "caravel", "carrack", "barque", "galleon", "airship", "dirigible", "liner",
                "cruiser", "battleship", "gunboat", "icebreaker", "boat", "carrier", "submarine", "aircraft")
_VN = "|".join(VESSEL_NOUNS)
VESSEL_BEFORE = re.compile(rf"\b(?:{_VN})s?\s*,?\s*(?:the\s+)?(?:(?:RV|SS|HMS|USS|MS|HMCS|RMS)\s+)?_?$", re.I)
NOT_NAMES = {"i", "we", "he", "she", "they", "it", "you", "me", "us", "him", "her", "them"}
VESSEL_AFTER = re.compile(rf"^_?(?:\s+(?:\w+\s+)?|\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}})(?:{_VN})\b", re.I)
# ("the Vectis, a mail steamer of evil reputation": a ship named in apposition too)
# a subject naming the company of whoever leads it: "the expedition arrived at X", "the crew returned to Oslo"
GROUP = {"expedition", "crew", "team", "party", "company", "fleet", "caravan", "column", "detachment", "men",
         "group", "they", "colony"}
# "the train reached Omsk", "the sleigh stopped at Kansk": a vehicle on land carries the last travellers, as a ship
# does (kept apart from VESSEL_NOUNS, which also find ships' names: "on the train, Lenin wrote" names no train)
CARRIERS = {"train", "sleigh", "sledge", "cart", "coach", "carriage", "wagon", "tarantass", "troika", "diligence",
            "stagecoach", "motor", "car", "convoy", "caravan", "column", "barge"}
LEADER_REACH = 1500  # how far back the leader of "the party" is looked for (the last person a clause's subject named)
VERB_MODES = {"ride": "on horseback", "sail": "by boat", "row": "by boat", "walk": "on foot", "march": "on foot",
              "drive": "by carriage", "fly": "by air", "steam": "by boat"}


@dataclass
class Leg:
    """One travel clause: who moved, through which places, how."""

    travellers: tuple[str, ...]
    stops: list[str]
    has_origin: bool
    modes: list[str]
    evidence: Span
    start: int
    earlier: bool = False  # past perfect ("on the way he had stopped at Z"): before the clause narrated last
    back: bool = False  # "slunk back into X", "went back to X": a way back from where they had gone
    date: str | None = None  # the clause's date (TIMEX3 value), when known
    verb: str = ""  # the travel verb's lemma
    company: tuple[str, ...] = ()  # those who went along ("left Achinsk with Stalin and Muranov"), not travellers
    aside: bool = False  # a past-perfect relative clause ("Muranov, who had come down from Krasnoyarsk")
    subject: str = ""  # the lemma of the subject's head noun ("column"), to find whom "the column" is later
    dated: bool = False  # the date is the clause's own ("reached Petrograd on 29 March"), not the narrative's
    led: tuple[str, ...] = ()  # the nouns of those the travellers led ("led a detachment of sailors": the sailors)
    joined: bool = False  # past perfect only as a verb joined to one ("had left X, lingered in Y and boarded at Z")


@dataclass
class _Open:
    travellers: tuple[str, ...]
    legs: list[Leg] = field(default_factory=list)
    origin: str | None = None  # the traveller's last known place, when the first leg names no origin


def run(ctx: DocContext) -> dict[str, list]:
    rd = Reader(ctx, plural=True)
    rd.named = {e.id: e.name for e in list(ctx.places) + list(ctx.organizations)}
    rd.surname_of = _surnames(ctx)
    legs: list[Leg] = []
    crowds: list[Leg] = []  # movements of people the text does not name ("the rising stormed the Palace")
    seen: list[tuple[int, str, str]] = []  # (position, actor id, place id): where someone was
    news: list[tuple[int, str]] = []  # (position, place id): "the telegram … reached Monastyrskoe"
    for s in rd.sentences():
        found: list[Leg] = []
        for verb in s.sent:
            old = verb.pos_ == "PROPN" and _elided(verb.lower_) is not None  # "which anchor'd at X" tagged a name
            if verb.pos_ not in ("VERB", "AUX") and not old:
                continue
            # a stay leads no one on, nor does a look back in a relative clause ("with Stalin and Muranov, who had
            # come down from Krasnoyarsk the day before. The three men travelled together")
            last = ([x for x in legs[-3:] + found if x.verb not in STAYS and not x.aside and x.stops] or [None])[-1]
            rd.legs_before = legs + found  # "the column" names whom an earlier "the column" named
            rd.crowds_before = crowds  # "the government left for Moscow. Kollontai followed": where the body went
            leg = travel_leg(rd, verb, s.offset, last, unnamed=True) if verb.pos_ == "VERB" or old else None
            if leg is not None:
                leg.date = rd.event_date(verb, s)
                leg.dated = _day_told(rd, s)
            if leg is not None and not leg.travellers:
                crowds.append(leg)
                found += _fronted_stay(rd, verb, s.offset, last, crowd=True)
            elif leg is not None:
                found.append(leg)
            if leg is None:
                news += _news_reached(rd, verb, s.offset)
            if leg is None or leg.verb in STAYS:  # "remained in St. Petersburg before departing for X"
                where = located(rd, verb, s.offset)
                seen.extend(where)
                if leg is None:
                    taken = _arrested_at(rd, verb, s.offset)
                    # where someone was taken is where they were when they were led off from there
                    seen.extend((x.start, who, x.stops[-1]) for x in taken for who in x.travellers)
                    for x in _arrived_to_be(rd, verb, s.offset, where) or _fronted_stay(rd, verb, s.offset, last) \
                            or taken or _journey_held(rd, verb, s.offset, last) or _lodged(rd, verb, s.offset) \
                            or _placed_on_the_way(rd, verb, s.offset, last):
                        x.date = rd.event_date(verb, s)
                        found.append(x)
        modes = [m for leg in found for m in leg.modes]
        legs.extend(replace(leg, modes=modes) for leg in found if leg.stops or leg.verb in SET_OUT)
    legs = _aboard(rd, legs, _vessels(ctx))
    legs = _come_here(legs, rd)
    within = {p.id: p.within for p in ctx.places
              if p.within and p.name.replace("-", " ").split()[-1].lower() in FACILITY}
    guessed = {p.id for p in ctx.places if p.id in within and (p.confidence or 0) < 0.5}
    groups = [g for g in _group(legs) if any(x.stops for x in g.legs)]  # not a departure alone ("set off")
    _start_from_last_place(groups, seen, news)
    _back_from_the_crowd(groups, crowds)
    journeys = [_journey(ctx, n, j, within, guessed) for n, j in enumerate(groups)]
    return {"journeys": [j for j in journeys if j.stops]}


COME_REACH = 800  # how near the travel clause must be whose end is the "here" of "who had come from X"


def _come_here(legs: list[Leg], rd: Reader) -> list[Leg]:
    """ "Trotsky reached London … Among the guests was Gorky, who had come from Capri": "come" from a place, with
    no whither, comes to where the narrative is, the place the travel clause just before it (someone else's)
    arrived at. "Arrive" from a place, with no whither, goes to the place the text named just
    before, in the same paragraph ("The suspicion grew out of Vienna … Koba arrived from Cracow")."""
    out: list[Leg] = []
    for leg in legs:
        if leg.verb in ("come", "arrive") and leg.has_origin and len(leg.stops) == 1:
            prev = [x for x in out if x.travellers != leg.travellers and 0 < leg.start - x.start <= COME_REACH
                    and x.verb not in STAYS and x.stops and not (x.has_origin and len(x.stops) == 1)]
            here = prev[-1].stops[-1] if prev and leg.verb == "come" else \
                _named_here(rd, leg) if leg.verb == "arrive" else None
            if here and here != leg.stops[0]:
                leg = replace(leg, stops=leg.stops + [here])
        out.append(leg)
    return out


def _named_here(rd: Reader, leg: Leg) -> str | None:
    """The place named last before a travel clause (within ``THERE_REACH``, same paragraph): where the text is."""
    start = leg.evidence.start
    para = rd._para_start(leg.start)
    before = [x for x in rd.refs_in(max(start - THERE_REACH, para or 0), start) if x.kind == "place"]
    return before[-1].id if before else None


def located(rd: Reader, verb: Token, off: int) -> list[tuple[int, str, str]]:
    """Where a clause puts its people: "he was at X", "whom I had seen at X" (not negated or hypothetical)."""
    released = verb.lemma_.lower() in RELEASED  # "was released from the settlement of Kureika": he was there
    args = [(w, o) for w, o in preps(verb) if w in LOCATED or released and w == "from"]
    # "taken with Captain Livraghi near Comacchio": the place the parser hung on the companion is the clause's
    args += [(w2, o2) for w, o in preps(verb) if w == "with" and rd.entity(o, off, ("person",)) is not None
             for w2, o2 in preps(o) if w2 in LOCATED]
    args += [(w, x) for w, o in args for x in _of_named(rd, o, off)]  # "he was living in the village of Pokrovskoe"
    places = [r.id for w, o in args for r in [rd.entity(o, off, ("place",))] if r]
    if not places or negated(verb) or hypothetical(verb):
        return []
    heads = subjects(verb) + children(verb, "dobj")
    heads = [verb.head if h.lower_ in ("whom", "who", "that") and verb.dep_ == "relcl" else h for h in heads]
    if not heads and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("PROPN", "NOUN", "PRON"):
        heads = [verb.head]  # "Bassi, taken near Comacchio, was carried to Bologna": Bassi was near Comacchio
    # "his sister, who lived in Moscow": the sister, not he
    actors = [x for h in heads for x in [r.id for r in rd.group(h, off, ACTORS, of=False, poss=not _kin_apart(h))]
              or _epithet(rd, h, off)]
    actors = list(_plural_with_main(rd, heads, off, None, tuple(actors)))  # "two days later they were in X"
    return [(off + verb.idx, a, places[-1]) for a in dict.fromkeys(actors)]


RELEASED = {"release", "free", "discharge", "liberate", "parole", "amnesty"}
ARRESTS = {"arrest", "seize", "capture", "detain", "apprehend", "intern"}


def _journey_held(rd: Reader, verb: Token, off: int, last: Leg | None) -> list[Leg]:
    """ "The journey, delayed by a standoff with a trainload of deserters at Malaya Vishera, lasted …", "the voyage
    was held up at Malta": a place where "the journey" (voyage, passage…) under way was delayed is a stop on it."""
    if last is None or verb.tag_ != "VBN" or negated(verb) or hypothetical(verb):
        return []
    nouns = [verb.head] if verb.dep_ == "acl" else children(verb, "nsubjpass")
    if not any(n.lemma_.lower() in TRAVEL_NOUNS and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                                                      for c in n.children) for n in nouns):
        return []
    places = [r.id for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ in LOCATED | {"off"}
              for r in [rd.entity(t, off, ("place",))] if r is not None]
    pos = off + verb.idx
    if not places or pos - last.start > STAY_REACH:
        return []
    return [Leg(last.travellers, list(dict.fromkeys(places)), False, [], rd.tokens_span(verb.subtree, off), pos,
                verb="stay", company=last.company)]


def _arrested_at(rd: Reader, verb: Token, off: int) -> list[Leg]:
    """ "Stalin left Vienna in the middle of February. On 23 February he was arrested at a Bolshevik concert at
    the Kalashnikov Exchange in St Petersburg": where someone is arrested they have come to, a stop on a journey
    under way (a stay: it starts none); the place may hang on the occasion ("at a concert … in X")."""
    lemma = verb.lemma_.lower()
    # "he was arrested at X"; "soldiers took Lilburne at his lodging near X": the one taken, active
    heads = children(verb, "nsubjpass") if lemma in ARRESTS else []
    heads = heads or [o for o in children(verb, "dobj") if lemma in ARRESTS | {"take"} and children(verb, "nsubj")
                      and rd.group(o, off, ("person",), of=False, poss=False)]
    if not heads or negated(verb) or hypothetical(verb):
        return []
    found: list[tuple[int, str, str]] = []
    todo = [(w, o, 0) for w, o in preps(verb) if w in LOCATED]
    while todo:
        w, o, depth = todo.pop(0)
        r = rd.entity(o, off, ("place",))
        if r is not None:
            found.append((o.i, w, r.id))
        if depth < 2:  # not past another person taken ("took A at his lodging near X, B at his house in Y")
            todo += [(w2, o2, depth + 1) for w2, o2 in preps(o) if w2 in LOCATED and not any(
                c.i < o2.i and c.dep_ in ("npadvmod", "appos", "conj") and c.pos_ == "PROPN" for c in o.children)]
    if not found:
        return []
    found.sort()
    stops = [found[-1][2]] + [p for _, _, p in found[:-1]] if found[-1][1] == "in" and len(found) > 1 \
        else [p for _, _, p in found]  # "at the Exchange in St Petersburg": the city, then the building
    actors = tuple(dict.fromkeys(r.id for h in heads for r in rd.group(h, off, ("person",), of=False, poss=False)))
    if not actors:
        return []
    return [Leg(actors, list(dict.fromkeys(stops)), False, [], rd.tokens_span(verb.subtree, off), off + verb.idx,
                verb="be")]
LODGE_VERBS = {"give", "find", "take", "rent", "get", "allot", "assign", "engage", "offer"}


def _lodged(rd: Reader, verb: Token, off: int) -> list[Leg]:
    """ "She was given a room at the Hotel National", "they took rooms in the suburb of X": lodgings at a place, a
    stop on a journey under way (a stay; it starts none)."""
    if verb.lemma_.lower() not in LODGE_VERBS or negated(verb) or hypothetical(verb) \
            or not any(o.lemma_.lower() in LODGINGS for o in children(verb, "dobj")):
        return []
    passive = children(verb, "nsubjpass")
    if verb.lemma_.lower() in ("give", "allot", "assign", "offer") and not passive:
        return []  # "gave her a room": the one given to, not the giver (left to the parse of the dative)
    args = preps(verb) + [a for o in children(verb, "dobj") for a in preps(o)]
    args += [("of", x) for w, o in list(args) for x in _of_named(rd, o, off, OF_PLACE)]
    places = [r.id for w, o in args if w in ("at", "in", "of") for r in [rd.entity(o, off, ("place",))] if r]
    heads = passive or subjects(verb)
    actors = tuple(dict.fromkeys(r.id for h in heads for r in rd.group(h, off, ("person",), of=False, poss=False)))
    if not places or not actors:
        return []
    return [Leg(actors, [places[0]], False, [], rd.tokens_span(verb.subtree, off), off + verb.idx, verb="lodge")]


WHEN_WORDS = {"later", "afterwards", "afterward", "soon", "already", "then", "by"}
AGAIN = {"again", "back"}  # "was again in X", "were back in X": come back there


def _arrived_to_be(rd: Reader, verb: Token, off: int, where: list[tuple[int, str, str]]) -> list[Leg]:
    """ "Ten days later he was in Petrograd", "By 20 March he was in Petrograd": being somewhere at a time told,
    a stop on a journey under way (a stay; it starts none)."""
    if verb.lemma_.lower() != "be" or not where or negated(verb) or hypothetical(verb):
        return []
    timed = any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in WHEN_WORDS for t in verb.subtree
                if t.dep_ != "pobj" or t.head.head is not verb)
    # "That May he was again in St Petersburg", "They were back in Geneva by the autumn": a return, which moves
    # them (from where they were last placed), not a stay
    again = any(c.lower_ in AGAIN for c in children(verb, "advmod"))
    if not timed and not again:
        return []
    ev = rd.tokens_span(verb.subtree, off)
    heads = subjects(verb)
    return [Leg(_whose_journey(rd, heads, off, (who,)), [place], False, [], ev, pos, verb="return" if again else "be")
            for pos, who, place in where]


def _fronted_stay(rd: Reader, verb: Token, off: int, last: Leg | None, crowd: bool = False) -> list[Leg]:
    """ "At Krasnoyarsk they were joined by the delegate Goloshchekin": a clause set at a place named first, about
    the people of the journey under way ("they" for a party of several), is a stop on it (a stay); so is one where
    others come aboard ("At Beloostrov a deputation came aboard": they join the travellers' vehicle there)."""
    if last is None or negated(verb) or hypothetical(verb):
        return []
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in LOCATED and c.i < verb.i
               and all(x.i > c.i for x in subjects(verb))), None)
    if at is None or at.i > verb.sent.start and verb.doc[at.i - 1].text not in (";", ",", ":") \
            and verb.doc[at.i - 1].lower_ not in ("and", "then", "but"):
        return []  # only "At X …", "; at X …": the place opens the clause
    place = next((r.id for o in children(at, "pobj") for r in [rd.entity(o, off, ("place",))] if r), None)
    pos = off + at.idx
    if place is None or pos - last.start > STAY_REACH or place in last.stops:
        return []  # "He moved to Vienna. In Vienna, Trotsky became close to Joffe": no new stop
    party = set(last.travellers) | set(last.company)
    heads = subjects(verb) + children(verb, "dobj")
    actors = {r.id for h in heads for r in rd.group(h, off, ACTORS, of=False)}
    # "At Orvieto, a week later, the townspeople brought bread": a place and a time opening the clause give a
    # stage of the journey under way, whoever the clause is about
    inside = {t.i for h in subjects(verb) for t in h.subtree} | {t.i for t in at.subtree}
    timed = any(t.ent_type_ in ("DATE", "TIME") for t in verb.doc[verb.sent.start:verb.i] if t.i not in inside)
    aboard = any(c.lower_ == "aboard" for c in verb.children) and verb.lemma_.lower() in TRAVEL_VERBS
    if crowd and not aboard:
        return []  # "at X the crowd stormed the palace": a movement of others
    if not (actors & party or len(party) > 1 and any(h.lower_ in ("they", "we") for h in heads) or timed or aboard):
        return []
    return [Leg(last.travellers, [place], False, [], rd.tokens_span(verb.subtree, off), pos, verb="stay",
                company=last.company)]


PLACED_NOT = {"bear", "bury", "die", "marry", "educate", "raise", "grow", "be"}  # a life's places, or a state


def _placed_on_the_way(rd: Reader, verb: Token, off: int, last: Leg | None) -> list[Leg]:
    """ "She left Hamburg that night; her brother saw her to the boat at the Baumwall pier", "they were led to the
    castle and questioned by the governor at the gatehouse": a main clause of no travel, told after a travel clause,
    whose subject or object is one of the travellers of the journey under way (or which goes on from that travel
    clause without a subject of its own), set at a place (on the verb, or on the vehicle or agent one of its
    prepositions names), is a stop on that journey (a stay; it starts none). Not a look back (past perfect),
    a relative clause or a report, nor a life's places ("born in X")."""
    if last is None or verb.lemma_.lower() in PLACED_NOT or negated(verb) or hypothetical(verb):
        return []
    pos = off + verb.idx
    if not 0 < pos - last.start <= STAY_REACH or verb.dep_ not in ("ROOT", "conj"):
        return []
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children):
        return []  # past perfect: before the journey's last clause, or an aside
    args = [o for w, o in preps(verb) if w in LOCATED and o.i > verb.i]
    # "to the train at X", "by the Council at X": where the vehicle or the agent was (not "wanted a man in X")
    todo = [(o, 0) for w, o in preps(verb) if o.i > verb.i]
    while todo:  # "examined one at a time by the Council at X": down two nouns that name no place or person
        o, depth = todo.pop(0)
        if rd.entity(o, off, ("place", "person")) is not None:
            continue
        args += [o2 for w2, o2 in preps(o) if w2 in LOCATED]
        todo += [(o2, depth + 1) for w2, o2 in preps(o) if depth < 1 and w2 not in LOCATED]
    places = [r.id for o in args for r in [rd.entity(o, off, ("place",))] if r]
    if not places or places[0] in last.stops:
        return []
    party = set(last.travellers) | set(last.company)
    heads = subjects(verb) + children(verb, "dobj")
    actors = {r.id for h in heads for r in rd.group(h, off, ACTORS, of=False)}
    named = tuple(r.id for h in subjects(verb) for r in rd.group(h, off, ACTORS, of=False))
    actors |= set(_plural_with_main(rd, subjects(verb), off, last, named))  # "within a week they were living at X"
    # "were marched to X and examined at Y": the travel clause's own travellers go on
    goes_on = verb.dep_ == "conj" and last.start == off + verb.head.idx \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if not (actors & party or goes_on):
        return []
    return [Leg(last.travellers, [places[0]], False, [], rd.tokens_span(verb.subtree, off), pos, verb="stay",
                company=last.company)]


EPITHET_ADJ = {"old", "young", "elder", "younger"}
EPITHET_NOUN = {"man": "m", "gentleman": "m", "fellow": "m", "woman": "f", "lady": "f"}
EPITHET_REACH = 3000


def _epithet(rd: Reader, noun: Token, off: int) -> tuple[str, ...]:
    """ "the old man (his father), whom I had seen at New York": the person the text calls by the same
    adjective nearest before or after ("old Bradford", "old Mr. William Bradford")."""
    if noun.lemma_.lower() not in EPITHET_NOUN:
        noun = next((h for h in [noun.head] if noun.dep_ == "appos" and h.lemma_.lower() in EPITHET_NOUN), noun)
    gender = EPITHET_NOUN.get(noun.lemma_.lower())
    adj = next((c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in EPITHET_ADJ), None)
    if gender is None or adj is None:
        return ()
    pos, text = off + noun.idx, rd.ctx.text
    near = [r for r in rd.refs if r.kind == "person" and abs(r.start - pos) <= EPITHET_REACH
            and rd.gender.get(r.id) in (gender, None) and r.id != rd.narrator
            and re.search(rf"\b{adj}\s+$", text[max(0, r.start - 12):r.start], re.I)]
    return (min(near, key=lambda r: abs(r.start - pos)).id,) if near else ()


def travel_leg(rd: Reader, verb: Token, off: int, last: Leg | None = None, unnamed: bool = False) -> Leg | None:
    """The travel clause of ``verb``, if it is one; ``last`` is the clause before it ("they", "the exiles");
    with ``unnamed``, a clause whose subject names nobody ("the crowd stormed X") too, with no travellers."""
    lemma = verb.lemma_.lower()
    lemma = PAST.get(verb.lower_, lemma) if lemma not in TRAVEL_VERBS else lemma
    lemma = lemma if lemma in TRAVEL_VERBS else _elided(verb.lower_) or lemma
    if lemma not in TRAVEL_VERBS or negated(verb) or _nor(verb) or hypothetical(verb) or _planned(verb):
        return None
    if lemma == "make" and not any(c.lemma_ == "way" or c.lower_ == "it" for c in children(verb, "dobj")):
        return None
    if lemma == "see" and not (children(verb, "dobj") and _boarded(verb)):
        return None  # only "saw him onto a suburban train from X bound for Y", "saw her to the train at X": he went
    if lemma in ("change", "exchange") and not any(c.lemma_.lower() in VEHICLES for c in children(verb, "dobj")):
        return None  # "changed trains at Tyumen", "changed horses at X", "exchanged the carriage for a sledge"
    if lemma == "fall" and not any(c.lower_ == "back" for c in verb.children if c.dep_ in ("advmod", "prt")):
        return None  # "fell back, first to X and then to Y", not "fell at Borodino", "fell ill"
    if lemma in ("join", "rejoin") and (verb.tag_ == "VB" or not any(c.lemma_.lower() in JOINED | BOARDED
                                                                     or rd.entity(c, off, ("person",)) is not None
                                                                     for c in children(verb, "dobj"))):
        return None  # "joined the fleet off Cadiz", "joined his wife in Paris"; not "joined the party in 1903", nor
        # an aim ("taking his army south rather than up the Hudson to join Burgoyne near Albany")
    if lemma == "touch" and (children(verb, "dobj") or not any(c.lower_ == "at" for c in children(verb, "prep"))):
        return None  # "the ship touched at Malta" (called there), not "touched the hem", "touched on the question"
    if lemma in MEALS and children(verb, "dobj"):
        return None  # "breakfasted at the George Inn" (a stay), not "dined the captains in the Victory"
    if lemma == "find" and not any(c.lower_ in REFLEXIVE or c.lemma_.lower() in LODGINGS and verb.tag_ in FINITE
                                   for c in children(verb, "dobj")):
        return None  # "found himself in X", "found rooms at X", not "in Irkutsk the exiles found a town in the hands of …"
    if any(h.lower_ in MESSAGES for h in subjects(verb)):
        return None  # "News of the abdication reached Usolye": the news travelled, no one the text follows
    found = _places(rd, verb, lemma, off)
    if found is None:
        return None
    roles, modes = found
    if lemma == "follow" and all(r == "origin" for r, _, _ in roles) and not children(verb, "dobj"):
        # "her husband followed two days later", "X followed on the night train from the Nikolaevsky Station": to
        # where the one before went
        roles = roles + _followed(rd, verb, off)
    if lemma in WEAK and not roles:
        return None
    put_in = lemma == "put" and not children(verb, "dobj") and any(c.lower_ == "in" for c in children(verb, "prt"))
    if lemma in MOVE_OBJECT and lemma in WEAK and where(verb) is None and not put_in and not _boarded(verb) and not any(
            w in (ORIGIN | VIA | DEST) - STATIC - {"by"} for w, _ in preps(verb) + _args(rd, verb, off)):
        return None  # "took command in Moscow": no whither (but "transferred to a farm in Hurum")
    if lemma in ("pull", "draw", "turn", "slip") and children(verb, "dobj"):
        return None  # "the train pulled into X", not "pulled the sledge", "drew maps to the Far East"
    if lemma in NEEDS_WAY and not any(w in (ORIGIN | VIA | DEST) - STATIC for w, _ in preps(verb) + _args(rd, verb, off)):
        return None
    stops = _order(roles)
    setting_out = lemma in SET_OUT and (lemma not in ("set", "start") or any(
        c.lower_ in ("out", "off", "forth") for c in children(verb, "prt", "advmod")))
    if not stops and not modes and not setting_out:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or _passive_conj(verb)
    travellers = _travellers(rd, verb, lemma in MOVE_OBJECT and not passive, off, last)
    if not travellers and not (unnamed and stops and subjects(verb)
                               and all(h.pos_ == "NOUN" for h in subjects(verb))):
        return None
    if _reported(rd, verb, off, travellers):
        return None
    if lemma in VERB_MODES and not (lemma in MOVE_OBJECT and not passive) and not modes:
        modes.append(VERB_MODES[lemma])  # "rode into Yakutsk": on horseback; "rode by sleigh": by sleigh only
    ev = rd.tokens_span(verb.subtree, off)
    # "had come", and "had in fact brought him", where the tagger took the participle for a simple past
    earlier = any(c.lower_ == "had" and c.i < verb.i for c in verb.children if c.dep_ == "aux") \
        and verb.tag_ in ("VBN", "VBD")
    v, perfect = verb, earlier
    while not earlier and (v.dep_ == "conj" or v.dep_ == "advcl" and v.head.i < v.i) and v.tag_ in ("VBN", "VBD") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") or c.dep_ == "mark" and c.lower_ != "that"
                        for c in v.children):
        # "They had left Finland, lingered in Berlin and boarded the liner at Cherbourg": the perfect of the first
        # verb holds for the verbs joined to it that have no subject or auxiliary of their own (the parser may hang
        # them as adverbial clauses)
        v = v.head
        earlier = any(c.lower_ == "had" and c.i < v.i for c in v.children if c.dep_ == "aux") \
            and v.tag_ in ("VBN", "VBD")
    joined = earlier and not perfect  # the perfect of the verb it is joined to
    # "On the way he stopped at Z", "En route they called at Z": a stop before the destination named last
    earlier = earlier or bool(ON_THE_WAY.search(verb.sent.text[:verb.idx - verb.sent.start_char]))  # not Doc.text: it joins every token
    # "left X by train for Y, travelling by way of A and B": a participle after a travel clause that names
    # only waypoints gives stops on the way to that clause's destination (A, B, Y)
    earlier = earlier or _on_the_way_participle(verb, roles)
    # "reached Warsaw on 21 January, two days after boarding the train at the Warsaw Station": what was done after
    # another, told after it, came first
    earlier = earlier or verb.dep_ == "pcomp" and verb.head.lower_ == "after" and verb.head.head.i < verb.i \
        and verb.head.head.pos_ in ("VERB", "AUX")
    # "He was at Portsmouth by six, having changed horses at Guildford": a perfect participle after its clause
    earlier = earlier or verb.dep_ == "advcl" and verb.head.i < verb.i and any(
        c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
    # "slunk back into X", "fell back on X": said of a crowd's way back ("returned to Russia" alone is not)
    back = any(c.lower_ == "back" for c in verb.children if c.dep_ in ("advmod", "prt"))
    company = tuple(dict.fromkeys(r.id for o in _with_whom(verb)
                                  for r in rd.group(o, off, ("person",)) if r.id not in travellers))
    if not company:  # "The three men travelled together": still his journey, still in company
        pos = off + verb.idx
        same = [x for x in list(getattr(rd, "legs_before", [])) + ([last] if last is not None else [])
                if x.travellers == travellers and 0 < pos - x.start <= MAX_GAP]
        company = max(same, key=lambda x: x.start).company if same else ()
    aside = verb.dep_ == "relcl" and earlier
    subject = next((h.lemma_.lower() for h in subjects(verb) if h.pos_ == "NOUN"), "")
    if not subjects(verb) and verb.dep_ == "conj" and last is not None and last.start == off + verb.head.idx:
        subject = last.subject  # "the column marched out … and took the road for X"
    led = tuple(dict.fromkeys(n.lemma_.lower() for o in children(verb, "dobj") if lemma in ("lead", "take", "bring")
                              and not set(travellers) & {r.id for r in rd.group(o, off, ACTORS)}
                              for n in [o] + [q for w, q in preps(o) if w == "of"] if n.pos_ == "NOUN"))
    return Leg(travellers, stops, any(r == "origin" for r, _, _ in roles), modes, ev, off + verb.idx, earlier,
               back, verb=lemma, company=company, aside=aside, subject=subject, led=led, joined=joined)


# vehicles one is put on, seen to, or joins at a place ("joined the train at X"); not "horse", "foot", "sea"…
BOARDED = {"train", "sleigh", "sledge", "boat", "ship", "steamer", "steamship", "vessel", "ferry", "carriage", "coach",
           "stagecoach", "cart", "wagon", "car", "barge", "schooner", "brig", "packet", "tram", "bus", "diligence",
           "troika", "cab", "raft", "express", "liner", "van", "mail", "packet-boat"}
BOARD_PREPS = {"on", "onto", "into", "aboard", "to"}


def _boarded(verb: Token) -> bool:
    """ "put him on the night train at X", "saw her to the train at X", "bundled them into a cab": the verb's
    object is put on (or seen to) a vehicle, a move even when the place hangs on the vehicle with "at"."""
    return bool(children(verb, "dobj", "nsubjpass")) and any(
        o.lemma_.lower() in BOARDED for c in children(verb, "prep") if c.lower_ in BOARD_PREPS
        for o in children(c, "pobj"))


# "They found rooms at Ollila" (not "hoping to find shelter on Hispaniola": a hope, and no lodging taken)
LODGINGS = {"room", "rooms", "lodging", "lodgings", "quarters", "accommodation", "flat", "apartment", "cottage",
            "billet"}
FINITE = {"VBD", "VBZ", "VBP", "VBN"}
FOLLOW_REACH = 400  # how near the travel clause an intransitive "followed" goes after


def _followed(rd: Reader, verb: Token, off: int) -> list[tuple[str, float, str]]:
    """ "Natalya went ahead with the child to Finland; her husband followed two days later": "followed" with no
    object goes where the travel clause just before it (someone else's) went."""
    pos = off + verb.idx
    went = list(getattr(rd, "legs_before", [])) + list(getattr(rd, "crowds_before", []))  # named or not ("the government")
    before = sorted([x for x in went if x.stops and 0 < pos - x.start <= FOLLOW_REACH
                     and x.verb not in STAYS and not (x.has_origin and len(x.stops) == 1)], key=lambda x: x.start)
    return [("dest", verb.i + 0.5, before[-1].stops[-1])] if before else []


def _with_whom(verb: Token) -> list[Token]:
    """Whom a traveller goes with: "left with Kamenev", and "set off by sleigh with Kamenev and Muranov",
    where the parser hangs the "with" on the vehicle."""
    out = [o for w, o in preps(verb) if w == "with"]
    for w, o in preps(verb):
        if w in ("by", "in") and o.lemma_.lower() in VEHICLES:  # "set out in a carriage with Sokolov"
            out += [q for c in children(o, "prep") if c.lower_ == "with" for q in children(c, "pobj")]
    return out


# "His brother later wrote that Sverdlov had gone to Moscow first", "there is no evidence that he stopped in
# Moscow": a journey someone else asserts, or the text doubts, is not narrated
ASSERTING = ALLEGING | {"insist", "maintain", "contend", "argue", "suggest", "think", "write", "speculate", "propose"}
DOUBTED = {"evidence", "proof", "sign", "indication", "record", "suggestion", "rumour", "rumor", "story", "claim",
           "legend", "allegation", "assertion", "report", "hint", "possibility", "likelihood"}


def _reported(rd: Reader, verb: Token, off: int, travellers: tuple[str, ...]) -> bool:
    """Whether the travel clause is what someone other than the traveller asserts ("His brother wrote that
    Sverdlov had gone to Moscow"), or what the text weighs ("no evidence that he stopped in Moscow")."""
    h = verb
    while h.dep_ == "conj" and h.head is not h:
        h = h.head
    if _has_him(rd, h, off, travellers):
        return True
    if h.dep_ not in ("ccomp", "acl", "advcl") or not any(c.dep_ == "mark" and c.lower_ == "that" for c in h.children) \
            and h.dep_ != "ccomp":
        return False
    head = h.head
    if head.pos_ in ("NOUN", "PROPN"):
        return head.lemma_.lower() in DOUBTED
    if head.lemma_.lower() not in ASSERTING:
        return False
    who = {r.id for s in subjects(head) for r in rd.group(s, off, ACTORS, poss=False)}
    return not (who and who <= set(travellers))  # "Trotsky wrote that he had left Vienna": his own account


SOURCES = {"account", "version", "memoir", "memoirs", "biographer", "chronicler", "biography", "chronicle", "source",
           "tradition", "historian", "legend", "story", "narrative", "recollection", "recollections"}


def _has_him(rd: Reader, h: Token, off: int, travellers: tuple[str, ...]) -> bool:
    """ "Zinoviev's secretary, writing long afterwards, had him travel up the Dvina to Kotlas", "one memoir has
    her arrive in May": a source that "has" the traveller go somewhere tells a version, not the narrative (a
    "have" with a bare infinitive whose subject is a source noun or carries an asserting participle; "the police
    had him taken to X" is no bare infinitive)."""
    head = h.head
    if h.dep_ not in ("ccomp", "xcomp") or h.tag_ != "VB" or head.lemma_.lower() != "have" \
            or not any(c.dep_ == "nsubj" for c in h.children) and not children(head, "dobj"):
        return False
    subj = subjects(head)
    source = any(s.lemma_.lower() in SOURCES for s in subj) or any(
        c.tag_ == "VBG" and c.lemma_.lower() in ASSERTING for x in [head] + subj for c in x.children
        if c.dep_ in ("advcl", "acl"))
    if not source:
        return False
    who = {r.id for s in subj for r in rd.group(s, off, ACTORS, poss=False)}
    return not (who and who <= set(travellers))


def _on_the_way_participle(verb: Token, roles: list[tuple[str, float, str]]) -> bool:
    """ "…for Petrograd, travelling by way of Omsk": a participle after its travel verb naming only waypoints."""
    head = verb.head
    lemma = PAST.get(head.lower_, head.lemma_.lower())
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.i < verb.i and lemma in TRAVEL_VERBS \
        and bool(roles) and all(r == "via" for r, _, _ in roles)


def _places(rd: Reader, verb: Token, lemma: str, off: int) -> tuple[list[tuple[str, float, str]], list[str]] | None:
    """(role, position, place id) of each place the clause names, and its modes; None when the verb's
    object is a thing, not a place ("passed a resolution", "left the party", "reached an agreement")."""
    roles: list[tuple[str, float, str]] = []
    modes: list[str] = []
    args = _args(rd, verb, off)
    if lemma == "make":  # "made his way from X to Y"
        args += [a for w in children(verb, "dobj") if w.lemma_ == "way" for a in preps(w)]
    for word, obj in sorted(args, key=lambda a: a[1].i):  # text order: "by steamer …, then by sleigh"
        mode = _mode(word, obj)
        r = rd.entity(obj, off, ("place",)) if not mode else None
        if mode:
            modes.append(mode)
        elif r is not None:
            prev = roles[-1] if roles else None
            if word == "in" and prev is not None and prev[0] == "dest" and isinstance(prev[1], int) \
                    and prev[1] < len(obj.doc) and obj.head.i == obj.doc[prev[1]].right_edge.i + 1:
                roles.append(("dest", prev[1] - 0.5, r.id))  # "to the Seminary in Tiflis": Tiflis, then the Seminary
                continue
            way = obj.head.head if obj.head.dep_ == "prep" else None
            later = 10000 if way is not None and way.pos_ == "NOUN" and way.lemma_.lower() in ("way", "route", "journey") \
                and word in DEST else 0  # "on his way to Moscow he stopped at Tula": Tula, then Moscow
            # "crossing at Beloostrov", "crossed the Danube below Orsova": where the crossing lies is on the way
            via = word in VIA or lemma in CROSS_VERBS and word in BESIDE
            origin = word in ORIGIN and not (word == "off" and lemma == "join")  # "joined the fleet off Cadiz"
            roles.append(("origin" if origin else "via" if via else "dest", obj.i + later, r.id))
    role = TRAVEL_VERBS[lemma]
    objs = children(verb, "dobj", "npadvmod")
    for obj in objs + [c for o in objs if o.dep_ == "dobj" for c in conjuncts(o)[1:]]:  # "visited Cuba and Hispaniola"
        r = rd.entity(obj, off, ("place",))
        if r is None:  # "Leaving the village of Verkholensk", "crossed the snows of Poland"
            r = next((x for o in _of_named(rd, obj, off, OF_PLACE) for x in [rd.entity(o, off, ("place",))] if x), None)
        if r is None and obj not in objs:
            continue
        if r is None and role and obj.dep_ == "dobj" and obj.pos_ in ("NOUN", "PROPN") \
                and obj.lemma_.lower() not in VEHICLES and not _unplaced_name(rd, obj, off, lemma) \
                and lemma != "climb" and not (lemma in CROSS_VERBS and obj.lemma_.lower() in CROSSINGS):
            # "from Vizille he had climbed the pass", "crossed the frontier at X": no reason to drop the clause
            return None
        if r is not None and role:
            roles.append((role, obj.i, r.id))
        elif obj.lemma_.lower() == "foot":
            modes.append("on foot")
        elif obj.dep_ == "dobj" and _mode("dobj", obj):
            modes.append(_mode("dobj", obj))
    home = _where_named(rd, verb, off)
    r = rd.entity(home, off, ("place",)) if home is not None else None
    if r is not None:
        roles.append(("dest", home.i, r.id))
    # "At Sosnowiec a smuggler led her across the Przemsza": a place that opens the clause, before its subject, is
    # where the move began when the clause names another place
    fronted = {o.i for c in children(verb, "prep") if c.lower_ in LOCATED and c.i < verb.i
               and all(c.i < h.i for h in subjects(verb)) for o in children(c, "pobj")}
    if fronted and len({x for _, _, x in roles}) > 1:
        roles = [("origin" if r == "dest" and i in fronted else r, i, x) for r, i, x in roles]
    for adv in children(verb, "advmod"):
        if adv.lower_ == "there" and not roles:  # "sentenced to exile in Solvychegodsk, arriving there in February"
            pos = off + adv.idx
            before = [x for x in rd.refs[max(0, bisect.bisect_left(rd.starts, pos) - 12):bisect.bisect_left(rd.starts, pos)]
                      if x.kind == "place" and pos - x.end <= THERE_REACH]
            while len(before) > 1 and rd.ctx.text[before[-2].end:before[-1].start].strip() == ",":
                before.pop()  # "Solvychegodsk, Vologda Province": the town, not its province
            if before:
                roles.append(("dest", adv.i, before[-1].id))
    return roles, modes


def _passive_conj(verb: Token) -> bool:
    """ "He was put aboard a steamer and carried down the river to X": a verb joined to a passive one, with no
    subject or auxiliary of its own, is passive too (he was carried; not the river). Not one with an object of its
    own ("was appointed dictator and brought Cleopatra to Rome"), unless a particle shows the parser made the
    object of a preposition its object ("carried down | the river")."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and verb.head.i < verb.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children) \
        and (not children(verb, "dobj") or children(verb, "prt")) \
        and any(c.dep_ == "auxpass" for c in verb.head.children) \
        and any(c.dep_ == "nsubjpass" for c in verb.head.children)


def _where_named(rd: Reader, verb: Token, off: int) -> Token | None:
    """The place a relative "where" clause is about: the noun it hangs on, or, when the parser hung it on a
    noun describing that place ("to X, the village of the district, where he arrived", "at X, a town on the
    line, where …"), the place that noun stands in apposition to."""
    home = where(verb)
    n, steps = home, 0
    while n is not None and steps < 4 and rd.entity(n, off, ("place",)) is None:
        if n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ in ("NOUN", "PROPN"):
            n = n.head.head
        elif n.dep_ == "appos":
            n = n.head
        else:
            return home
        steps += 1
        if n.pos_ == "PROPN" and rd.entity(n, off, ("place",)) is not None:
            return n
    return home


def _unplaced_name(rd: Reader, obj: Token, off: int, lemma: str) -> bool:
    """ "left Maltsev by sleigh for the railway at Sretensk" with the prison's name taken for a person's: a
    name left behind, in a clause that names where the traveller went, is no reason to drop the clause (a
    common noun is: "left the party", "reached an agreement")."""
    return lemma in ("leave", "quit", "depart") and obj.pos_ == "PROPN" and any(
        w in DEST - STATIC for w, _ in preps(obj.head))


def _order(roles: list[tuple[str, float, str]]) -> list[str]:
    """Origins first; then waypoints and destinations as the text gives them, a waypoint named after the
    last destination going before it ("to Lyon by way of Dijon": Dijon, Lyon)."""
    roles = sorted(set(roles), key=lambda x: x[1])
    rest = [x for x in roles if x[0] != "origin"]
    dests = [i for i, x in enumerate(rest) if x[0] == "dest"]
    if dests:
        k = dests[-1]
        rest = rest[:k] + [x for x in rest[k + 1:] if x[0] == "via"] + [rest[k]] \
            + [x for x in rest[k + 1:] if x[0] != "via"]
    stops: list[str] = []
    for _, _, pid in [x for x in roles if x[0] == "origin"] + rest:
        if not stops or stops[-1] != pid:
            stops.append(pid)
    return stops


def _travellers(rd: Reader, verb: Token, moved: bool, off: int, last: Leg | None) -> tuple[str, ...]:
    """The subject's persons or bodies; the object of a verb that moves it ("the police sent him to X")."""
    heads = [h for h in subjects(verb) if h.lemma_.lower() not in SPANS]  # "after four weeks was relocated to X"
    v = verb
    while not heads and subjects(v) and v.dep_ == "conj" and v.head.i != v.i:
        # "Lilburne refused …, and that night was carried to the Tower": the time taken for a subject; the first
        # conjunct's subject
        v = v.head
        heads = [h for h in subjects(v) if h.lemma_.lower() not in SPANS]
    heads = heads or _stray_subject(verb)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL and children(verb.head, "dobj"):
        heads = children(verb.head, "dobj")  # "the authorities instructed Trotsky to move to Barbizon"
    heads = [_part_of(h) for h in heads]
    objs = children(verb, "dobj")
    # "led his fleet to X": the leader goes; "a smuggler led her across X", a leader the text does not name: she does
    leader = heads and any(rd.group(h, off, ACTORS) for h in heads)
    if moved and objs and not (verb.lemma_.lower() == "lead" and leader) \
            and not (verb.lemma_.lower() == "take" and all(o.lemma_.lower() in VEHICLES | ROUTES for o in objs)) \
            and not (verb.lemma_.lower() in CARRY_ON and heads and all(
                o.pos_ == "NOUN" and not rd.group(o, off, ACTORS, poss=False) for o in objs)):
        heads = objs  # not "led his fleet to X", "moved his business to Moscow": the subject went
    sent = bool(moved and objs) and heads is objs and verb.lemma_.lower() in SEND_AWAY
    if heads is objs and verb.dep_ == "conj" and len(objs) == 1 and objs[0].pos_ == "PRON":
        # "He moved him first to X, and … saw him onto a train": the same pronoun, the same person
        same = [o for o in children(verb.head, "dobj") if o.lower_ == objs[0].lower_]
        heads = same or heads
    heads = [_relative(verb, h) for h in heads]
    if len(heads) == 1 and heads[0].lemma_.lower() in CARRIERS | set(VESSEL_NOUNS):
        # "the train carrying the Council of People's Commissars left Petrograd": those it carried went
        heads = [o for a in heads[0].children if a.dep_ == "acl" and a.lemma_.lower() in ("carry", "bear", "take",
                 "bring", "convey", "transport") for o in children(a, "dobj")] or heads
    travellers = _named_after(rd, heads, off) or _speaker(rd, heads, off) or _spouse(rd, heads, off) \
        or _listed(rd, heads, off) or _same_noun(rd, heads, off + verb.idx, last)
    travellers = travellers or _counted(heads, off + verb.idx, getattr(rd, "legs_before", [])) \
        or _owner_of(rd, heads, off) or _company(heads, off + verb.idx, last, getattr(rd, "legs_before", [])) \
        or _their_vehicle(heads, off + verb.idx, last)
    grouped = not travellers
    travellers = travellers or tuple(r.id for r in unique([r for h in heads for r in rd.group(
        h, off, ACTORS, poss=not sent and not _kin_apart(h))]))
    if grouped and travellers:
        travellers = _people_not_a_body(rd, heads, off + verb.idx, last, travellers)
    travellers = tuple(dict.fromkeys(_surname_person(rd, t) for t in travellers))
    travellers = travellers or tuple(x for h in heads for r in [rd.entity(h, off, ("place",))] if r
                                     for x in [_surname_person(rd, r.id)] if x != r.id)
    travellers = travellers or tuple(x for h in heads[:1] for x in _epithet(rd, h, off))
    travellers = travellers or _title_holder(rd, heads, off)
    travellers = travellers or _unnamed_ship(rd, heads, off, off + verb.idx)
    travellers = _still_travelling(rd, heads, off, last, travellers)
    travellers = _whose_journey(rd, heads, off, travellers)
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and last is not None \
            and last.start == off + verb.head.idx and last.travellers and not moved:
        travellers = last.travellers  # "He changed trains at Tyumen and reached Tobolsk": the same travellers
    if sent:
        return travellers  # "he sent his envoys to Stockholm": the unnamed envoys went, not he nor his company
    travellers = travellers or _spelled_out(rd, heads, verb, off) or _body(rd, heads, off, last) \
        or _road_taken(heads, off + verb.idx, last) or _leader(rd, heads, off + verb.idx, last)
    return _plural_with_main(rd, heads, off, last, travellers)


# generic nouns for people, of which a plural subject ("the two officers", "the women") names a company
PEOPLE_WORDS = {"officer", "soldier", "man", "woman", "traveller", "traveler", "companion", "comrade", "friend",
                "mother", "daughter", "father", "son", "brother", "sister", "child", "boy", "girl", "wife", "husband",
                "exile", "prisoner", "fugitive", "refugee", "passenger", "émigré", "emigre", "delegate", "envoy",
                "gentleman", "lady", "colleague", "conspirator", "revolutionary", "leader", "pilgrim", "visitor"}


HOUSEHOLDS = {"family", "household"}


def _plural(h: Token) -> bool:
    """A subject that names several people: "they"/"them", a plural noun for people ("the two officers"), or such
    nouns coordinated ("mother and daughter"); not a name, nor "his troops" (a possessor names whose they are)."""
    if h.lower_ in ("they", "them"):
        return True
    if h.pos_ == "NOUN" and h.lower_ in HOUSEHOLDS and not any(c.dep_ == "poss" for c in h.children) \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
        return True  # "the family moved to Paris": a household, several people though the noun is singular
    if h.pos_ != "NOUN" or h.lemma_.lower() not in PEOPLE_WORDS | COMPANY \
            or any(c.dep_ == "poss" for c in h.children):
        return False
    return h.tag_ == "NNS" or any(c.dep_ == "conj" and c.lemma_.lower() in PEOPLE_WORDS for c in h.children)


GENDERED = {**{w: "f" for w in FEMALE_NOUNS & PEOPLE_WORDS}, **{w: "m" for w in MALE_NOUNS & PEOPLE_WORDS}}


def _main_of_gender(rd: Reader, h: Token) -> str | None:
    """The text's main person, or its main person of the one gender the nouns require ("mother and daughter",
    "the two women": its main woman); None when the nouns mix genders the main person does not fit."""
    genders = {GENDERED.get(t.lemma_.lower()) for t in conjuncts(h)}
    if None in genders:
        return rd.main_person()
    return (rd.topics or {}).get(genders.pop()) if len(genders) == 1 else None


def _plural_with_main(rd: Reader, heads: list[Token], off: int, last: Leg | None,
                      travellers: tuple[str, ...]) -> tuple[str, ...]:
    """Number agreement: a plural subject ("they", "the two officers", "mother and daughter") read as at most one
    person names a company whose other members went unresolved. When the text's main person (whose life it tells)
    is named in the subject's paragraph or the one before, the company includes them: it is the company of the main
    person's travel clause under way (within :data:`MAX_GAP`), else (unless the one person read is travelling in
    that clause) the one person read plus the main person ("Gordon … On the night of the 26th the two officers left
    Cairo"; "She arrived in X with her mother … Mother and daughter had left Y by train": the main woman)."""
    if len(heads) != 1 or not _plural(heads[0]):
        return travellers
    persons = {p.id for p in rd.ctx.persons}
    if sum(1 for t in travellers if t in persons) > 1:
        return travellers
    main = _main_of_gender(rd, heads[0])
    if main is None or main in travellers:
        return travellers
    pos = off + heads[0].idx
    near = _previous_paragraph_start(rd, pos)
    lo = near if near is not None else max(0, pos - MAX_GAP)
    if not any(r.id == main for r in rd.refs_in(lo, pos)):
        return travellers  # the main person is off stage
    under_way = last is not None and 0 < pos - last.start <= MAX_GAP
    if under_way and main in last.travellers:
        return last.travellers  # the main person's party travelling on
    if under_way and set(travellers) & set(last.travellers):
        return travellers  # "A set out from X … they reached Y": the party of the one travelling, already read
    return travellers + (main,)


def _people_not_a_body(rd: Reader, heads: list[Token], pos: int, last: Leg | None,
                       travellers: tuple[str, ...]) -> tuple[str, ...]:
    """ "With Gorky came A and B … They had left Finland", "the little party rode into X", "the party went on board
    the Vectis. They had left London": a plural pronoun or a common noun for people together that the entity layer
    took for an organization (a political party, a ship, an embassy named near it) is the people travelling, when
    that organization travelled in no clause before (within :data:`MAX_GAP`): the travellers of the last clause
    whose travellers were persons, else the person the text names most often (whose life it tells). ("their hordes" is
    left to the body: a body's people are the body)."""
    if len(heads) != 1:
        return travellers
    h = heads[0]
    if not (h.lower_ in ("they", "them", "we", "us") or h.pos_ == "NOUN" and h.lemma_.lower() in PEOPLE_NOUNS):
        return travellers
    orgs = {o.id for o in rd.ctx.organizations}
    if not travellers or not set(travellers) <= orgs \
            or any(getattr(rd, "kinds", {}).get(t) in MOVING_BODIES for t in travellers):
        return travellers  # "the regiment … they marched": an army or a government moves as a body
    before = [x for x in getattr(rd, "legs_before", []) if x.travellers and 0 < pos - x.start <= MAX_GAP]
    if any(t in x.travellers for x in before for t in travellers):
        return travellers  # "the Sovnarkom left Petrograd … they reached Moscow": the body travels
    # the company of a clause in this paragraph or the one before: a traveller paragraphs back ("Vasily Starkov,
    # who had been exiled to X" … "They left Shushenskoye") is no antecedent of "they"
    near = _previous_paragraph_start(rd, pos)
    people = [x for x in before if not set(x.travellers) & orgs and (near is None or x.start >= near)]
    if people:
        return people[-1].travellers
    return _protagonist(rd) or travellers


def _previous_paragraph_start(rd: Reader, pos: int) -> int | None:
    """Where the paragraph before ``pos``'s paragraph starts (its own, in the first; None without paragraphs)."""
    starts = [a for a, _ in (getattr(getattr(rd, "ctx", None), "paragraphs", None) or ())]
    if not starts:
        return None
    i = bisect.bisect_right(starts, pos) - 1
    return starts[max(0, i - 1)] if i >= 0 else None


# a ruler's or noble's title that "the X" uses for the one who holds it ("the king rode on to X")
TITLES = {"king": "m", "queen": "f", "emperor": "m", "empress": "f", "tsar": "m", "czar": "m", "tsarina": "f",
          "prince": "m", "princess": "f", "duke": "m", "duchess": "f", "kaiser": "m", "sultan": "m", "shah": "m",
          "pope": "m", "archduke": "m", "archduchess": "f", "regent": ""}


def _title_holder(rd: Reader, heads: list[Token], off: int) -> tuple[str, ...]:
    """ "The king spent the night at X", "the Emperor rode out from Y", where "the king" names no entity: the one
    person named before with that title ("King Charles"), else the person the text names most often when of a
    gender the title allows (the title holder whose story the text tells)."""
    if len(heads) != 1:
        return ()
    h = heads[0]
    word = h.lower_
    if word not in TITLES or h.tag_ not in ("NN", "NNP") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in h.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "poss" for c in h.children):
        return ()  # not "the king of Prussia", "his king"
    pos = off + h.idx
    text = rd.ctx.text
    titled = {r.id for r in rd.refs[:bisect.bisect_left(rd.starts, pos)] if r.kind == "person"
              and text[max(0, r.start - len(word) - 1):r.start].strip().lower() == word}
    if len(titled) == 1:
        return (titled.pop(),)
    if titled:
        return ()
    main = _protagonist(rd)
    want = TITLES[word]
    return main if main and (not want or rd.gender.get(main[0]) in (want, "unknown")) else ()


VESSEL_NAMED = re.compile(rf"\b(?:{_VN})\s+(?:the\s+)?_?([A-Z][\w'’-]+)")  # "the coal brig Surprise"
VESSEL_APPOSED = re.compile(rf"\b_?([A-Z][\w'’-]+)_?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:{_VN})\b")  # "the Vectis, a
# mail steamer"


def _unnamed_ship(rd: Reader, heads: list[Token], off: int, pos: int) -> tuple[str, ...]:
    """ "Four days later the Hercules put into X", "the Surprise slipped out of Y", where the name (called a ship
    elsewhere in the text: "the brig Hercules") names no entity: the ship carries those the text follows, the
    person a clause's subject named last (within :data:`LEADER_REACH`)."""
    if len(heads) != 1 or heads[0].pos_ != "PROPN" or rd.entity(heads[0], off, ACTORS) is not None:
        return ()  # (a ship's name the entity layer took for a place's is still the ship's)
    if not hasattr(rd, "ship_names"):
        rd.ship_names = {m.group(1) for rx in (VESSEL_NAMED, VESSEL_APPOSED) for m in rx.finditer(rd.ctx.text)}
    if heads[0].text not in rd.ship_names:
        return ()
    return _last_subject(rd, pos, LEADER_REACH)


def _protagonist(rd: Reader) -> tuple[str, ...]:
    """The person the text is about (the Reader's main person), as a traveller tuple."""
    main = rd.main_person()
    return (main,) if main else ()


# "the head of the column entered X", "the remnant of the corps crossed": the part moves with the whole
PART_OF = {"head", "rear", "van", "vanguard", "remnant", "remnants", "rest", "bulk", "tail", "remainder", "main"}


def _part_of(h: Token) -> Token:
    if h.pos_ == "NOUN" and h.lemma_.lower() in PART_OF:
        return next((o for w, o in preps(h) if w == "of"), h)
    return h


def _road_taken(heads: list[Token], pos: int, last: Leg | None) -> tuple[str, ...]:
    """ "took once more the road by which it had come. That road led past X and across Y": the road (route,
    track) as a subject takes the travellers of the travel clause before (within :data:`MAX_GAP`)."""
    if last is None or len(heads) != 1 or not last.travellers:
        return ()
    h = heads[0]
    if h.pos_ != "NOUN" or h.lemma_.lower() not in ROUTES - {"line", "branch"} \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in h.children):
        return ()
    return last.travellers if 0 < pos - last.start <= MAX_GAP else ()


# a group whose members the text lists after it: "a small delegation – A, B and two others – … they sailed"
LISTED_GROUPS = {"delegation", "deputation", "mission", "party", "group", "team", "embassy", "expedition",
                 "company", "trio", "pair", "couple", "band", "contingent", "commission", "detachment"}
MADE_UP_OF = {"include", "comprise", "consist"}  # "the party included A, B and C", "consisted of A and B"
LISTED_REACH = 600  # how far after the list "they" or "the delegates" may name it


def _lists(rd: Reader) -> list[tuple[int, str, tuple[str, ...]]]:
    """(position, noun, persons) of each group noun followed by a dash, bracket or colon opening a list of
    two or more persons named ("a delegation – A, B and two others –", "the party (A and B)")."""
    if hasattr(rd, "group_lists"):
        return rd.group_lists
    out: list[tuple[int, str, tuple[str, ...]]] = []
    text = rd.ctx.text
    for s in rd.sentences():
        for n in s.sent:
            if n.pos_ != "NOUN" or n.lemma_.lower() not in LISTED_GROUPS:
                continue
            if n.dep_ == "nsubj" and n.head.lemma_.lower() in MADE_UP_OF and not negated(n.head):
                # "Besides A and B the party included C, D and E": the persons its sentence names
                names = tuple(dict.fromkeys(r.id for r in rd.refs_in(s.offset + s.sent.start_char,
                                                                     s.offset + s.sent.end_char)
                                            if r.kind == "person"))
                if len(names) >= 2:
                    out.append((s.offset + n.idx, n.lemma_.lower(), names))
                continue
            a = s.offset + n.idx + len(n.text)
            m = re.match(r"(?:\s+\w+)?\s*([–—(:]|--)", text[a:a + 30])
            if m is None:
                continue
            b = a + m.end()
            close = {"(": ")", ":": "."}.get(m.group(1), m.group(1))
            end = text.find(close, b, b + 200)
            end = end if end > 0 else min(b + 200, s.offset + s.sent.end_char)
            names = tuple(dict.fromkeys(r.id for r in rd.refs_in(b, end) if r.kind == "person"))
            if len(names) >= 2 or names and re.search(r"\bothers?\b", text[b:end]):  # "A, B and two others"
                out.append((s.offset + n.idx, n.lemma_.lower(), names))
    rd.group_lists = out
    return out


def _listed(rd: Reader, heads: list[Token], off: int) -> tuple[str, ...]:
    """ "they" (or "the delegation", "the delegates") soon after a group whose members the text listed: those
    members (:func:`_lists`), not the body that sent them."""
    if len(heads) != 1:
        return ()
    h = heads[0]
    pos = off + h.idx
    word = h.lemma_.lower()
    if h.lower_ in ("they", "them"):
        near = [x for x in _lists(rd) if 0 < pos - x[0] <= LISTED_REACH]
    elif h.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children):
        near = [x for x in _lists(rd) if 0 < pos - x[0] <= MAX_GAP and x[1][:6] == word[:6]]  # delegation, delegates
    else:
        return ()
    return near[-1][2] if near else ()


def _named_after(rd: Reader, heads: list[Token], off: int) -> tuple[str, ...]:
    """ "the two men, Frunze and Lebedev, went on": a common noun with its names set after it is those named (in
    apposition, or parsed as a conjunct after a comma when the noun counts as many as are named)."""
    out: list[str] = []
    for h in heads:
        if h.pos_ != "NOUN":
            continue
        names = [r.id for a in children(h, "appos") for r in rd.group(a, off, ("person",), poss=False)]
        count = next((COUNTS[c.lower_] for c in h.children if c.dep_ == "nummod" and c.lower_ in COUNTS), None)
        if not names and count:
            names = [r.id for a in children(h, "conj") if a.i > 0 and h.doc[a.i - 1].text == ","
                     for r in rd.group(a, off, ("person",), poss=False)]
            names = names if len(set(names)) == count else []
        out += names
    return tuple(dict.fromkeys(out))


# "the train carrying the Sovnarkom left Petrograd … the government reached Moscow": a body named by a common noun
BODY_NOUNS = {"government", "council", "committee", "delegation", "cabinet", "ministry", "commission", "mission",
              "assembly", "congress", "court"}
MOVING_BODIES = {"army", "navy", "military", "government", "council", "police"}  # kinds of body that travel as one
# common nouns for people travelling together, which name no body: "the party", "their guests", "the refugees"
PEOPLE_NOUNS = (COMPANY | LISTED_GROUPS | {"guest", "refugee", "visitor", "émigré", "emigre", "passenger", "pilgrim",
                                           "family", "household", "suite", "retinue", "entourage", "people"}) \
    - BODY_NOUNS - {"convoy", "escort", "embassy", "mission", "commission", "deputation", "band"}


def _body(rd: Reader, heads: list[Token], off: int, last: Leg | None) -> tuple[str, ...]:
    """ "the government", "the delegation" naming no entity of its own: the body that travelled in the clause
    just before (within :data:`MAX_GAP`), when the travellers of that clause were bodies."""
    if len(heads) != 1:
        return ()
    h = heads[0]
    if h.pos_ != "NOUN" or h.lemma_.lower() not in BODY_NOUNS or any(c.dep_ == "poss" for c in h.children) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
        return ()
    orgs = {o.id for o in rd.ctx.organizations}
    if last is None or not last.travellers or off + h.idx - last.start > MAX_GAP or not set(last.travellers) <= orgs:
        return _the_government(rd, h, off)
    return last.travellers


def _the_government(rd: Reader, h: Token, off: int) -> tuple[str, ...]:
    """ "The Sovnarkom removed Dybenko … Two days later the government left for Moscow": "the government" is the
    body of the kind government named last before it (within :data:`MAX_GAP`)."""
    if h.lemma_.lower() != "government" or any(c.dep_ in ("amod", "compound", "poss") for c in h.children):
        return ()
    pos = off + h.idx
    govs = [r for r in rd.refs_in(max(0, pos - MAX_GAP), pos)
            if r.kind == "organization" and rd.kinds.get(r.id) == "government"]
    return (govs[-1].id,) if govs else ()


def _spelled_out(rd: Reader, heads: list[Token], verb: Token, off: int) -> tuple[str, ...]:
    """ "They set out on the night of 18 February, Trotsky buried under furs, Nikifor in front": a "they" whom
    the rest of its sentence names, person by person, as the subjects of the clauses after it."""
    if len(heads) != 1 or heads[0].lower_ != "they":
        return ()
    named = [r.id for t in verb.sent if t.i > verb.i and t.dep_ in ("nsubj", "nsubjpass") and t.head is not verb
             and t.head.i > verb.i and not any(a.i < t.i and a.lower_ in ("who", "which", "that") for a in [t])
             for r in [rd.entity(t, off, ("person",))] if r is not None and t.pos_ == "PROPN"]
    return tuple(dict.fromkeys(named))


FIRST_PERSON = {"i", "we", "me", "us"}
SPOUSE = {"husband": "wife", "wife": "husband"}


def _spouse(rd: Reader, heads: list[Token], off: int) -> tuple[str, ...]:
    """ "her husband followed": the one person of whom the text says "his wife" (his resolved), when "her" is not
    that person; "his wife" likewise, the one person of whom it says "her husband"."""
    if len(heads) != 1 or heads[0].lemma_.lower() not in SPOUSE:
        return ()
    h = heads[0]
    poss = next((c for c in h.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    owner = rd.entity(poss, off, ("person",)) if poss is not None else None
    if owner is None:
        return ()
    if not hasattr(rd, "kin_said"):
        said: dict[str, set[str]] = {"husband": set(), "wife": set()}
        for s in rd.sentences():
            for t in s.sent:
                if t.lemma_.lower() in SPOUSE:
                    q = next((c for c in t.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
                    r = rd.entity(q, s.offset, ("person",)) if q is not None else None
                    if r is not None:
                        said[t.lemma_.lower()].add(r.id)
        rd.kin_said = said
    other = rd.kin_said[SPOUSE[h.lemma_.lower()]] - {owner.id}  # those said to have a wife (for "her husband")
    return (next(iter(other)),) if len(other) == 1 else ()


def _speaker(rd: Reader, heads: list[Token], off: int) -> tuple[str, ...]:
    """ "I am going out from Rome" inside a speech the record gives to Garibaldi: the speaker travels (not the
    narrator of the text around it)."""
    if len(heads) != 1 or heads[0].lower_ not in FIRST_PERSON:
        return ()
    pos = off + heads[0].idx
    for q in rd.ctx.facts.get("quotations", []):
        if q.speaker and q.words.start <= pos < q.words.end:
            return (q.speaker,)
    return ()


def _same_noun(rd: Reader, heads: list[Token], pos: int, last: Leg | None) -> tuple[str, ...]:
    """ "The column marched out of Rome … Next day Oudinot's troops entered Rome … When the column came into San
    Marino": a group named again by the same noun is whom that noun named before (within :data:`MAX_GAP`), not
    whoever travelled last; "they" right after a group's clause is that group."""
    if len(heads) != 1:
        return ()
    h = heads[0]
    before = [x for x in getattr(rd, "legs_before", []) if x.travellers and 0 < pos - x.start <= MAX_GAP]
    if h.lower_ in ("they", "them") and last is not None and last.subject and last.travellers \
            and (last.subject in GROUP | CARRIERS or last.subject in COMPANY) and pos - last.start <= COMPANY_REACH["they"]:
        return last.travellers  # "When the column came into San Marino … From Citerna they had climbed …"
    word = h.lemma_.lower()
    the = h.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in h.children) \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children)
    led = [x for x in before if word in x.led]
    if the and led:
        return led[-1].travellers  # "he led a detachment of sailors to Narva … the sailors fell back": his men
    if not the or word not in GROUP | CARRIERS | COMPANY:
        return ()
    same = [x for x in before if x.subject == word]
    return same[-1].travellers if same else ()


def _kin_apart(noun: Token) -> bool:
    """ "His parents travelled from Yanovka to visit him": kin go without the one whose kin they are (his family
    moves with him, which "His family moved to Odessa" tells of a child)."""
    return (noun.lemma_.lower() in KIN_NOUNS or noun.lower_ in KIN_NOUNS) and noun.lower_ not in ("family", "families")


# verbs whose object goes without the one who moves it ("sent his envoys to X", "exiled her brother to Y"), unlike
# "took his yacht to X", "led his army to Y", where the subject goes along
SEND_AWAY = {"see", "send", "dispatch", "despatch", "exile", "deport", "banish", "transfer", "relocate", "remove"}


STILL_REACH = 400  # "Columbus led his fleet to Porto Santo … He then sailed to Madeira": how near the clause before


def _still_travelling(rd: Reader, heads: list[Token], off: int, last: Leg | None,
                      travellers: tuple[str, ...]) -> tuple[str, ...]:
    """A "he"/"she" travelling right after one person's travel clause in the same paragraph is that person,
    unless the person the pronoun was resolved to is the subject of a clause in between ("Columbus led his
    fleet to Porto Santo, his wife's native land. He then sailed to Madeira": not the wife's father)."""
    pos = off + heads[0].idx if heads else 0  # the pronoun's own place: subjects before it count
    if len(heads) != 1 or heads[0].lower_ not in ("he", "she") or last is None or len(last.travellers) != 1 \
            or not travellers or travellers == last.travellers or not 0 < pos - last.start <= STILL_REACH:
        return travellers
    who = last.travellers[0]
    if who not in rd.gender or rd.gender.get(who) == ("f" if heads[0].lower_ == "he" else "m") or rd._para_start(pos) != rd._para_start(last.start):
        return travellers
    lo = bisect.bisect_right(rd.subjects, last.start, key=lambda x: x[0])
    hi = bisect.bisect_left(rd.subjects, pos, key=lambda x: x[0])
    if any(r.id in travellers for _, r, _ in rd.subjects[lo:hi]):
        return travellers
    return (who,)


HE_SHE = {"he", "she"}
TRAVEL_NOUNS = ("escape", "flight", "journey", "voyage", "return", "trip", "passage", "crossing", "travels", "odyssey")
WHOSE_JOURNEY = re.compile(rf"\b(his|her)\s+(?:own\s+|long\s+|famous\s+|daring\s+)?(?:{'|'.join(TRAVEL_NOUNS)})\b", re.I)


def _whose_journey(rd: Reader, heads: list[Token], off: int, travellers: tuple[str, ...]) -> tuple[str, ...]:
    """ "The first the emigration heard of his escape was a postcard … addressed to Sokolnikov in Paris; he had
    arrived the previous evening": a "he"/"she" travelling in a paragraph that has told of "his escape" (flight,
    journey…) is the one whose escape it is, when the person the pronoun was resolved to has been no clause's
    subject since (only named in passing: the addressee, not the traveller)."""
    if len(heads) != 1 or heads[0].lower_ not in ("he", "she") or len(travellers) != 1:
        return travellers
    pos = off + heads[0].idx
    para = rd._para_start(pos)
    if para is None:
        return travellers
    for m in reversed(list(WHOSE_JOURNEY.finditer(rd.ctx.text, para, pos))):
        word = m.group(1).lower()
        r = rd.at(m.start(1), m.end(1)) or rd.pronouns.get(m.start(1)) or rd.antecedent(word, m.start(1))
        if r is None or r.kind != "person" or r.id == travellers[0] \
                or rd.gender.get(r.id) == ("f" if heads[0].lower_ == "he" else "m"):
            continue
        lo = bisect.bisect_right(rd.subjects, m.start(), key=lambda x: x[0])
        hi = bisect.bisect_left(rd.subjects, pos, key=lambda x: x[0])
        text = rd.ctx.text
        if any(x.id == travellers[0] and text[p:p + 4].split()[0].lower() not in HE_SHE
               and not text.startswith(("’s", "'s"), x.end) for p, x, _ in rd.subjects[lo:hi]):
            return travellers  # named as a subject since (not a pronoun resolved to them, nor "Zinoviev's secretary")
        return (r.id,)
    return travellers


def _surname_person(rd: Reader, eid: str) -> str:
    """A travelling place or body that bears a person's surname is that person ("Columbus left Spain" with
    "Columbus" taken for the city while the text names Christopher Columbus; "Nansen" taken for a body)."""
    if eid not in rd.named:
        return eid
    return rd.surname_of.get(rd.named[eid].lower(), eid)


def _relative(verb: Token, h: Token) -> Token:
    """The noun a relative pronoun stands for: the head of its clause, or, in a second relative clause the
    parser took for a main one ("the old man, whom I had seen …, and who had got to X"), the nearest noun
    before it that has a relative clause."""
    if h.lower_ not in ("who", "that", "which"):
        return h
    if verb.dep_ == "relcl":
        return verb.head
    if h.lower_ == "who":
        before = [t for t in h.sent if t.i < h.i and t.pos_ in ("NOUN", "PROPN")
                  and any(c.dep_ == "relcl" for c in t.children)]
        return before[-1] if before else h
    return h


def _elided(word: str) -> str | None:
    """The travel verb of an old elided past ("arriv'd", "embark'd", "sail'd", "stopp'd"), which the tagger
    leaves unlemmatized."""
    if not word.endswith(("'d", "’d")):
        return None
    stem = word[:-2]
    for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
        if cand in TRAVEL_VERBS:
            return cand
    return None


def _leader(rd: Reader, heads: list[Token], pos: int, last: Leg | None) -> tuple[str, ...]:
    """ "The party reached Umivik Bay", "the crew returned to Oslo", "they landed at X" (naming nobody), "the
    sloop put in at Newport", "the ship, which anchored at X" (the people aboard): the
    company of the last travel clause when it is near, else of the person a clause's subject named last
    ("Nansen ordered the team back into the boats … The party battled northward")."""
    if len(heads) != 1:
        return ()
    h = heads[0]
    word = "they" if h.lower_ == "them" else h.lower_ if h.pos_ == "PRON" else h.lemma_.lower()
    if word not in GROUP and word not in VESSEL_NOUNS and word not in CARRIERS or h.pos_ == "PROPN" \
            or any(c.dep_ == "poss" for c in h.children):
        return ()
    if h.pos_ != "PRON" and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children):
        return ()  # "the party", "the ship", not "refugee ships fleeing to X" or "a party of workers"
    reach = COMPANY_REACH.get(word, MAX_GAP)
    if last is not None and last.travellers and 0 <= pos - last.start <= reach:
        return last.travellers
    return _last_subject(rd, pos, min(reach, LEADER_REACH))


def _owner_of(rd: Reader, heads: list[Token], off: int) -> tuple[str, ...]:
    """ "he and his party were kept at X until word came that Y had crossed … the party went on": "the party" is
    the party of the person the text last gave one to ("his party", "Z's crew"); "the women who walked out with
    her, A and B … the released women were driven to X": a people noun said again is the persons the text named in
    apposition to it; within :data:`LEADER_REACH` characters before it, whoever travelled last."""
    if len(heads) != 1 or heads[0].pos_ != "NOUN" or any(c.dep_ == "poss" for c in heads[0].children) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in heads[0].children):
        return ()
    word, pos = heads[0].lemma_.lower(), off + heads[0].idx
    if word not in GROUP | PEOPLE_NOUNS:
        return ()
    found = []
    for s in rd.sentences():
        if not pos - LEADER_REACH <= s.offset + s.sent.start_char < pos:
            continue
        for t in s.sent:
            if t.lemma_.lower() != word or t.pos_ != "NOUN" or s.offset + t.idx >= pos:
                continue
            owner = [r.id for c in t.children if c.dep_ == "poss" and word in GROUP
                     for r in [rd.entity(c, s.offset, ("person",))] if r is not None]
            named = [r.id for c in t.children if c.dep_ == "appos" for n in conjuncts(c)
                     for r in [rd.entity(n, s.offset, ("person",))] if r is not None]
            if owner or named:
                found.append((s.offset + t.idx, tuple(dict.fromkeys(owner or named))))
    return max(found)[1] if found else ()


def _last_subject(rd: Reader, pos: int, reach: int) -> tuple[str, ...]:
    """The person a clause's subject named last within ``reach`` characters before ``pos``; the text's main
    person (a biography's subject) when they are among the recent ones."""
    lo = bisect.bisect_left(rd.subjects, pos - reach, key=lambda x: x[0])
    hi = bisect.bisect_left(rd.subjects, pos, key=lambda x: x[0])
    before = [r.id for _, r, _ in rd.subjects[lo:hi]]
    main = [x for x in before if x in set((rd.topics or {}).values())]
    return (main[-1],) if main else (before[-1],) if before else ()


def _args(rd: Reader, verb: Token, off: int) -> list[tuple[str, Token]]:
    """The verb's (preposition, object) pairs, with those hanging on an object that names no place ("by
    sleigh for X", "down the river to X") and on a coordinated preposition ("and then by steamer up the Ob
    to X")."""
    args = [(w, o) for w, o in preps(verb) if not (o.head.dep_ == "prep" and o.head.head.i == verb.i
                                                  and _taken_on(verb, o.head, after_and=True))]
    # "left for Paris to work with X", parsed as "for [Paris to work]": the place is where they left for
    args += [("for", n) for v in children(verb, "advcl") if any(m.dep_ == "mark" and m.lower_ == "for" for m in v.children)
             for n in children(v, "nsubj") if n.pos_ == "PROPN" and rd.entity(n, off, ("place",)) is not None]
    # "…, and from X, on the Austrian side, she went on to Y", with "from X" hung on the clause before as a
    # coordinated preposition: it belongs to the clause whose subject follows it
    args += [(c.lower_, o) for c, o in _handed_on(verb)]
    # "travelled down by coach, dining at X and lying the night at Y before going on to Z": the halts of a
    # participle on the way, and where it went on to
    args += _halts_on_the_way(verb)
    for c in children(verb, "prep"):  # "by steamer down the Yenisei", the vehicle parsed as a clause
        for p in children(c, "pcomp"):
            args.append((c.lower_, p))
            args += [(t.lower_, d) for t in children(p, "prt") for d in children(p, "dobj")]
    for v in children(verb, "dobj", "xcomp", "ccomp", "advcl", "conj"):  # "travelled by reindeer sledge up the
        # Yenisei to X", with "sledge" parsed as a verb under "travelled" (or joined to it: "by reindeer | sleigh")
        if v.pos_ == "VERB" and v.lower_ in VEHICLES and not children(v, "nsubj", "nsubjpass") and any(
                c.lower_ == "by" and all(o.i == v.i - 1 for o in children(c, "pobj")) for c in children(verb, "prep", "agent")):
            args.append(("by", v))
            args += preps(v) + [(t.lower_, d) for t in children(v, "prt") for d in children(v, "dobj")]
    # "crossed the Danube below Orsova", "the Volga bridge at Syzran", "crossed the river from Detroit", "forded the
    # stream to X": the parser hangs where the crossing lies, and whence and whither, on what is crossed
    if PAST.get(verb.lower_, verb.lemma_.lower()) in CROSS_VERBS:
        crossed = [o for d in children(verb, "dobj") for o in conjuncts(d)]
        args += [(w, o) for c in crossed if c.lemma_.lower() in CROSSINGS or rd.entity(c, off, ("place",)) is not None
                 for w, o in preps(c) if w in BESIDE | ORIGIN | ONWARD]
    for obj in children(verb, "dobj"):  # "stepped off the train in Petrograd", "took the road for Tivoli"
        if obj.lemma_.lower() in VEHICLES or obj.lemma_.lower() in ROUTES and verb.lemma_.lower() == "take" \
                or obj.lemma_.lower() in LODGINGS and verb.lemma_.lower() == "find":  # "found rooms at Ollila"
            args += [(w, o) for w, o in preps(obj) if w in ORIGIN | VIA | DEST]
            # "boarded a steamer bound for Barnaul"
            args += [(w, o) for a in obj.children if a.lower_ == "bound" for w, o in preps(a) if w in ("for", "to")]
    for c in children(verb, "conj"):
        if c.pos_ == "ADP" and not _taken_on(verb, c):
            for p in children(c, "pobj", "pcomp"):
                args.append((c.lower_, p))
                args += [(t.lower_, d) for t in children(p, "prt") for d in children(p, "dobj")] + preps(p)
            args += preps(c)  # "and then by sleigh to X": "to" hangs on the coordinated "by"
    # a stage with no verb of its own, joined to the verb as an adverb or noun: "rode to X, which was full of
    # soldiers, and so back to Y", "came by rail to X, and thence by boat down the river to Y"
    # and a vehicle gapped of the verb it shares: "a ferry took them to X, and a train to Y"
    for c in children(verb, "conj"):
        if (c.pos_ in ("ADV", "NOUN") and c.lower_ in STAGE_WORDS or c.pos_ == "NOUN" and c.lemma_.lower() in VEHICLES
                and children(c, "prep") and c.lemma_.lower() not in ("land", "sea", "water", "air", "foot")) \
                and not children(c, "nsubj", "nsubjpass"):
            args += [(w, o) for w, o in preps(c) if w in ORIGIN | VIA | DEST | {"by"}]
    # the next stages hung on a preposition that has its own object ("and from there by way of X to Y"), or on one
    # coordinated with the verb's own ("to X and on to the railway at Y")
    for c in [c for c in children(verb, "prep", "conj") if c.pos_ == "ADP" and not _taken_on(verb, c, after_and=True)]:
        if children(c, "pobj", "pcomp"):
            args += [(w, o) for w, o in preps(c) if w in ORIGIN | VIA | DEST - STATIC | {"by", "by way of"}]
        for d in children(c, "conj"):
            if d.pos_ == "ADP" and not _taken_on(verb, d):
                args += [(d.lower_, o) for o in children(d, "pobj", "pcomp")]
                args += [(w, o) for w, o in preps(d) if w in ORIGIN | VIA | DEST - STATIC | {"by", "by way of"}]
    # "came on to X, where the office detained her two days, and then to Y": the next stage hung on the relative
    # clause about the place before it
    args += [(c.lower_, p) for w, o in preps(verb) if w in DEST - STATIC for rc in children(o, "relcl")
             for c in children(rc, "conj") if c.pos_ == "ADP" and c.lower_ in DEST - STATIC
             for p in children(c, "pobj")]
    # "came down by rail as far as X", with "as X" hung on "far"
    args = [("as far as" if w == "as" and o.head.head.lower_ == "far" else w, o) for w, o in args]
    # "after a night at Perm, went on by way of Vyatka": a halt on the way
    args += [("via", o) for w, n in list(args) if w == "after" and n.lemma_.lower() in HALTS
             for w2, o in preps(n) if w2 in ("at", "in")]
    # "from X to Y, then to Z, and over the Apennines into Tuscany": a preposition coordinated with one of the
    # verb's own prepositions, below it
    args += [(c.lower_, p) for _, o in list(args) if o.head.pos_ == "ADP" and o.head.head is not verb
             for c in children(o.head, "conj") if c.pos_ == "ADP" for p in children(c, "pobj")]
    nested = []
    outer: dict[int, str] = {}  # a nested object -> the preposition that led to the noun it hangs on
    for word, obj in args:
        if word in ORIGIN | VIA | DEST | {"by", "in", "aboard"} and rd.entity(obj, off, ("place",)) is None:
            # not "towards Christianhaab on the western shore of Disko Bay": where the place named before it lies
            where_it_lies = obj.lemma_.lower() in PARTS and word in STATIC and any(
                t.i < obj.i and t.pos_ == "PROPN" and rd.entity(t, off, ("place",)) is not None for t in verb.subtree)
            named = [(word, o) for o in _of_named(rd, obj, off, OF_PLACE)] if not where_it_lies else []
            nested += named  # "to the village of Kostino", "to the outskirts of Forlì"
            if not any(rd.entity(o, off, ("place",)) for _, o in named):  # "… of Maksimkin Yar on the Ket": where it lies
                # "from the beach at Southsea": the place where the way began
                below = [(word if word in ORIGIN and w in STATIC else w, o) for w, o in preps(obj) if w != "of"]
                outer.update((o.i, word) for _, o in below)
                nested += below
            else:  # "from the pine forest of Ravenna to the outskirts of Forlì": the next stage hangs on the first
                nested += [(w, o) for w, o in preps(obj) if w in ONWARD]
            nested += [(t.lower_, d) for t in children(obj, "prt") for d in children(obj, "dobj")]
            nested += [(word, a) for a in children(obj, "appos")]  # "moved to the capital, Saint Petersburg"
        elif word in ORIGIN | VIA | DEST:  # "over the Apennines into Tuscany", "from Tivoli to Terni" misattached
            nested += [(w, o) for w, o in preps(obj) if w in ONWARD]

    # "to a residence in the village of Barbizon", "to the settlements on the slope of the Urals" (not "caught him
    # in a defile on the shore of Lake X": a part of a place below a static preposition is where something lies)
    for _ in range(2):
        nested += [("of", o) for w0, o0 in list(nested)
                   for o in _of_named(rd, o0, off, SETTLEMENT_NOUNS if outer.get(o0.i, w0) in STATIC else OF_PLACE)
                   if ("of", o) not in nested]
    # "onto a suburban train from the Primorsky Station bound for Razliv": whither the train or the place is bound
    nested += [(w2, o2) for w, o in args + nested if w in ORIGIN | VIA | DEST for a in o.children
               if a.lower_ == "bound" for w2, o2 in preps(a) if w2 in ("for", "to")]
    # "went off to the Victory, which lay at St Helen's": where the ship (or place) gone to lay
    nested += [("to", o2) for w, o in args + nested if w in DEST - STATIC for rc in children(o, "relcl")
               if rc.lemma_.lower() in LYING for w2, o2 in preps(rc) if w2 in STATIC | {"off"}]
    # "went back to the children, who were spending the summer at X": where those gone to were (people, not a place)
    nested += [("to", o2) for w, o in args + nested if w in DEST - STATIC and rd.entity(o, off, ("place",)) is None
               and o.pos_ in ("NOUN", "PROPN", "PRON") for rc in children(o, "relcl") if rc.lemma_.lower() in WHERE_THEY_WERE
               and not negated(rc) for w2, o2 in preps(rc) if w2 in ("at", "in")]
    both = [(w, c) for w, o in args + nested for c in conjuncts(o)[1:] if c.i > o.i]  # "to Ust-Kut and Verkholensk"
    seen: set[int] = set()
    return [(w, o) for w, o in args + nested + both if o.i not in seen and not seen.add(o.i) and not _denied(o)]


# words that carry a stage of a journey without a verb ("and so back to X", "and thence to Y")
STAGE_WORDS = {"back", "thence", "hence", "then", "home", "onward", "onwards", "forward"}
LYING = {"lie", "lay", "ride", "anchor", "wait"}
WHERE_THEY_WERE = {"be", "live", "stay", "spend", "wait", "remain", "lodge", "sit", "work"}
HALT_PARTICIPLES = {"dining": "dine", "lying": "lie", "sleeping": "sleep", "staying": "stay", "halting": "halt",
                    "stopping": "stop", "resting": "rest", "breakfasting": "breakfast", "supping": "sup",
                    "lodging": "lodge", "spending": "spend", "passing": "pass", "calling": "call",
                    "changing": "change", "pausing": "pause", "waiting": "wait"}


def _taken_on(verb: Token, prep: Token, after_and: bool = False) -> bool:
    """ "led her across X, and from Y, on the Austrian side, she went on to Z", "exchanged the carriage …; and at
    Warsaw the Emperor alighted": a preposition under ``verb`` (coordinated, or a plain one after ``verb``'s "and")
    that the next clause, whose subject follows it, takes (``verb`` hangs on that clause's verb)."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX") or not verb.i < prep.i < head.i \
            or not any(prep.i < t.i < head.i for t in children(head, "nsubj", "nsubjpass")):
        return False
    return not after_and or any(c.dep_ == "cc" and verb.i < c.i < prep.i for c in verb.children)


def _handed_on(verb: Token) -> list[tuple[Token, Token]]:
    """The prepositions :func:`_taken_on` gives ``verb`` from a clause before it, with their objects."""
    return [(c, o) for v in verb.children if v.i < verb.i and v.pos_ in ("VERB", "AUX")
            for c in v.children if c.pos_ == "ADP" and (c.dep_ == "conj" and _taken_on(v, c)
                                                        or c.dep_ == "prep" and _taken_on(v, c, after_and=True))
            for o in children(c, "pobj")]


def _halts_on_the_way(verb: Token) -> list[tuple[str, Token]]:
    """ "dining at Brentford and lying the night at Colnbrook before going on to the castle", a participle (or
    its coordinated ones) under a travel verb: its places are halts on the way ("via"), then where it went on to."""
    out: list[tuple[str, Token]] = []
    for a in children(verb, "advcl"):
        for p in conjuncts(a):
            if p.i < verb.i or HALT_PARTICIPLES.get(p.lower_) is None:
                continue
            out += [("via", o) for w, o in preps(p) if w in ("at", "in")]
            out += [(w2, o2) for c in children(p, "prep") if c.lower_ in ("before", "then")
                    for g in children(c, "pcomp") if g.lemma_.lower() in ("go", "proceed", "continue", "ride", "travel",
                                                                           "press", "push", "drive", "sail")
                    for w2, o2 in preps(g) if w2 in DEST - STATIC]
    return out


def _denied(obj: Token) -> bool:
    """ "not from the Sally Port but from the beach": a place after a denied preposition is not on the way."""
    prep = obj.head
    return prep.pos_ == "ADP" and any(c.dep_ == "neg" for c in prep.children)


def _stray_subject(verb: Token) -> list[Token]:
    """A subject the parser hung elsewhere: "He made his way to X, then went on to Y" with "went" as the
    root or a loose dependent; a participle on its noun."""
    if verb.dep_ in ("dep", "parataxis") and verb.head.pos_ == "VERB":
        return subjects(verb.head)
    if verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in verb.children):
        return subjects(verb.head)  # "he arrived in X, although after four weeks was relocated to Y"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        return subjects(verb.head)  # "Leaving the village of X on 6 March, Dzerzhinsky rode to Y"
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        return subjects(verb.head.head)  # "After returning to Tiflis, Stalin organised…", "On arriving in X, he met…"
    if verb.dep_ == "acomp" and verb.head.pos_ == "AUX":  # "They were exiled to X" with "exiled" parsed as an adjective
        return subjects(verb.head)
    if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN", "PRON"):
        return [verb.head]  # "Orlov, sent under guard to Kem", "In May Orlov and Ilin set off…" misparsed
    found = [s for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i < verb.i for s in subjects(c)][:1]
    start = verb.sent.start
    if not found and start > 0 and verb.tag_ == "VBD" and verb.doc[start - 1].text not in (".", "!", "?", ":", ";") \
            and any(t.lower_ in ("and", "then") for t in verb.doc[start:verb.i]):
        # "arrived in Petrograd on 12 March [25 March N.S.] and stepped down at the Station": the bracket made
        # the parser start a new sentence; the subject is the one of the sentence it broke off from
        root = verb.doc[start - 1].sent.root
        found = subjects(root) if root.pos_ in ("VERB", "AUX") else []
    return found


COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


def _company(heads: list[Token], pos: int, last: Leg | None, before: list[Leg] = ()) -> tuple[str, ...]:
    """ "They set off", "the exiles returned", "the convoy went on": the travellers of the clause before,
    when it is near (a pronoun "they" only when that clause had several travellers); "the two men" the
    travellers of the last clause whose party was two ("set off with Goloshchekin … Lenin stepped down from
    his train … the two men boarded a westbound train": not Lenin)."""
    if last is None or len(heads) != 1:
        return ()
    h = heads[0]
    word = "they" if h.lower_ == "them" else h.lower_ if h.lower_ in COMPANY else h.lemma_.lower()
    if word not in COMPANY or (h.pos_ == "NOUN" and any(c.dep_ == "poss" for c in h.children)):
        return ()
    n = next((COUNTS[c.lower_] for c in h.children if c.lower_ in COUNTS and c.dep_ in ("nummod", "det", "predet")),
             None)
    if n is not None and word in ("man", "woman", "friend", "brother", "sister", "exile", "prisoner", "fugitive",
                                  "traveller", "traveler", "comrade", "companion", "escapee", "convict"):
        sized = [x for x in before if x.travellers and 0 < pos - x.start <= MAX_GAP
                 and len(set(x.travellers) | set(x.company)) == n]
        if sized and sized[-1] is not last and len(set(last.travellers) | set(last.company)) != n:
            return sized[-1].travellers
    if word in ("man", "woman", "friend", "brother", "sister") and (not any(
            c.dep_ == "nummod" or c.lower_ == "both" for c in h.children) or any(
            c.lower_ in ("other", "more", "new", "further") for c in h.children)):
        return ()  # only "the two men", "both brothers"; not "five other women", new people
    if word in ("they", "we") and len(last.travellers) + len(last.company) < 2:
        return ()
    if h.pos_ == "NOUN" and (h.tag_ == "NNS" or word in SEVERAL) and len(last.travellers) + len(last.company) < 2:
        # "That night he set out with C … Joachim departed for Naples … The fugitives had skirted Wilna": a plural
        # takes the last clause near enough whose party was several
        several = [x for x in before if x.travellers and 0 < pos - x.start <= MAX_GAP
                   and len(set(x.travellers) | set(x.company)) > 1]
        if several:
            return several[-1].travellers
    # "He left Achinsk with Stalin and Muranov. The three men travelled together": the journey stays his
    return last.travellers if pos - last.start <= COMPANY_REACH.get(word, MAX_GAP) else ()


def _counted(heads: list[Token], pos: int, before: list[Leg]) -> tuple[str, ...]:
    """ "soldiers took A at X, B at Y … The four were marched to Z": "the four" (a number as the subject) is the
    company of the clause before (within :data:`MAX_GAP`) that numbered as many, else of the last one."""
    if len(heads) != 1 or heads[0].pos_ != "NUM" or heads[0].lower_ not in COUNTS \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "all") for c in heads[0].children):
        return ()
    near = [x for x in before if x.travellers and 0 < pos - x.start <= MAX_GAP]
    sized = [x for x in near if len(set(x.travellers) | set(x.company)) == COUNTS[heads[0].lower_]]
    return (sized or near or [None])[-1].travellers if near else ()


def _their_vehicle(heads: list[Token], pos: int, last: Leg | None) -> tuple[str, ...]:
    """ "Lenin and Zinoviev travelled through Finland. Their train pulled into the Finland Station": the
    vehicle of "their" carries the company of the clause before."""
    if last is None or len(heads) != 1 or len(last.travellers) + len(last.company) < 2:
        return ()
    h = heads[0]
    if h.lemma_.lower() not in VEHICLES | CARRIERS | set(VESSEL_NOUNS) or \
            not any(c.dep_ == "poss" and c.lower_ == "their" for c in h.children):
        return ()
    return last.travellers if pos - last.start <= COMPANY_REACH["they"] else ()


def _surnames(ctx: DocContext) -> dict[str, str]:
    """Surname (lowercased) -> the one person of several words whose name ends in it."""
    out: dict[str, str | None] = {}
    for p in ctx.persons:
        words = p.name.split()
        if len(words) >= 2 and words[-1][:1].isupper():
            key = words[-1].lower()
            out[key] = p.id if key not in out else None  # two persons of one surname: neither
    return {k: v for k, v in out.items() if v}


def _vessels(ctx: DocContext) -> set[str]:
    """Entities the text calls a ship or an airship somewhere ("the sealer _Jason_", "the _Ruth_ oil tanker")."""
    text = ctx.text
    gendered = {p.id for p in ctx.persons if p.gender in ("m", "f")}
    named: dict[str, int] = {}
    called: dict[str, int] = {}
    for r in ctx.refs:
        name = text[r.start:r.end]
        if r.kind == "place" or not name[:1].isupper() or name.lower() in NOT_NAMES:
            continue  # "near the boat I came in": a pronoun after a vessel noun is no ship's name
        named[r.id] = named.get(r.id, 0) + 1
        if VESSEL_BEFORE.search(text[max(0, r.start - 40):r.start]) or VESSEL_AFTER.match(text[r.end:r.end + 30]):
            called[r.id] = called.get(r.id, 0) + 1
    # a ship may bear a person's name ("the sealer Jason"): then half its mentions must call it a ship
    return {e for e, n in called.items() if e not in gendered or 2 * n >= named[e]}


def _aboard(rd: Reader, legs: list[Leg], vessels: set[str]) -> list[Leg]:
    """A ship's travel is that of the people aboard ("_Hvidbjørnen_ reached Copenhagen", "_Fram_ left
    Christiania"): the travellers of the last other travel clause, when it is near and not years apart, else
    the person a clause's subject named last (within :data:`LEADER_REACH`)."""
    out: list[Leg] = []
    for leg in legs:
        if leg.travellers and set(leg.travellers) <= vessels:
            prev = [x for x in out if not set(x.travellers) <= vessels and x.verb not in STAYS]
            if prev and leg.start - prev[-1].start <= MAX_GAP and not _years_apart(prev[-1].date, leg.date):
                leg = replace(leg, travellers=prev[-1].travellers)
            else:
                leg = replace(leg, travellers=_last_subject(rd, leg.start, LEADER_REACH) or leg.travellers)
        out.append(leg)
    return out


# "claimed to reach the Pole", "tried to cross", "refused to leave": the travel may not have happened
INTENT = {"be", "plan", "intend", "hope", "want", "decide", "claim", "try", "attempt", "fail", "refuse", "propose",
          "wish", "expect", "seek", "aim", "threaten", "promise", "offer", "prepare", "mean", "long"}


def _nor(verb: Token) -> bool:
    """ "never left Venice, nor returned to Asia": a clause that "nor" joins is negated."""
    return any(c.lower_ == "nor" for c in verb.children) or (
        verb.dep_ == "conj" and any(c.lower_ == "nor" for c in verb.head.children if c.i < verb.i))


def _planned(verb: Token) -> bool:
    """ "would go", "was to leave", "could travel": a plan or a possibility, not a journey made."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"would", "could", "might", "should", "may", "must", "can", "will", "shall"}:
        return True
    return verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children if c.dep_ == "aux") \
        and verb.dep_ == "xcomp" and verb.head.lemma_ in INTENT


def _mode(word: str, obj: Token) -> str | None:
    if word.endswith((" by", " on")):
        word = word.split()[-1]  # "to X, by sleigh" parsed as "to … by": the vehicle's own preposition
    noun = obj.lemma_.lower() if obj.lemma_.lower() in VEHICLES else obj.lower_
    if noun not in VEHICLES:
        return None
    noun = VEHICLE_KIND.get(noun, noun)
    if word == "on" and noun in ("foot", "horseback"):
        return f"on {noun}"
    if word == "by":
        return f"by {noun}"
    if word in ("in", "aboard", "on board", "on", "onto", "off", "from", "dobj") \
            and noun not in ("land", "sea", "water", "air", "foot", "horseback", "post", "horse"):
        return f"by {noun}"  # "in a boat", "stepped off the train", "boarded the steamer"
    return None


# "They set out on the night of 18 February": a departure that names no place starts a journey from where its
# travellers were last placed
SET_OUT = {"set", "start", "depart"}
SET_OUT_GAP = 600  # a stay longer told than this ends the journey before such a departure
# "At Irkutsk they stayed two days", "spent a night at Kansk": a stop on a journey under way, never a journey's start
STAYS = {"stay", "halt", "linger", "spend", "rest", "remain", "be", "breakfast", "dine", "sup", "lodge"}
STAY_REACH = 1500  # how near the journey's last clause a stay must be


def _group(legs: list[Leg]) -> list[_Open]:
    """Consecutive legs of the same travellers form one journey; a leg in which some of them travel in
    other company ends it. A stay only adds a stop to a journey under way (within :data:`STAY_REACH`)."""
    open_: dict[tuple[str, ...], _Open] = {}
    done: list[_Open] = []
    for leg in legs:
        if leg.verb in STAYS:
            j = open_.get(leg.travellers)
            if j is not None and leg.start - j.legs[-1].start <= STAY_REACH and not _years_apart(j.legs[-1].date, leg.date):
                j.legs.append(leg)
            continue
        for k in [k for k in open_ if k != leg.travellers and set(k) & set(leg.travellers)]:
            done.append(open_.pop(k))  # they travelled in other company meanwhile: that journey is over
        j = open_.get(leg.travellers)
        if j is not None and leg.verb in SET_OUT and not leg.stops and leg.start - j.legs[-1].start > SET_OUT_GAP:
            done.append(open_.pop(leg.travellers))  # "They set out on 18 February": a new journey from where they were
            j = None
        base = next((x for x in reversed(j.legs) if x.verb not in STAYS), None) if j is not None else None
        if j is not None and (leg.start - base.start > MAX_GAP or _years_apart(base.date, leg.date)):
            done.append(j)
            j = None
        if j is None:
            j = open_[leg.travellers] = _Open(leg.travellers)
        j.legs.append(leg)
    done.extend(open_.values())
    return sorted(done, key=lambda j: j.legs[0].start)


# "set off for Irkutsk on 4 March … arrived in Irkutsk on 5 March": the arrival's clause dates the stop
ARRIVE = {"arrive", "reach", "land", "get", "disembark", "dock", "berth"}


def _finer(new: str, old: str | None) -> bool:
    """Whether an arrival's date ``new`` should replace the date ``old`` a stop had from the clause that set out
    for it: a later or more precise date, not a vaguer one ("1917" after "1917-03-05")."""
    if old is None:
        return True
    a, b = new[:10], old[:10]
    return len(a) >= len(b) and a > b


MAX_YEARS = 1  # two clauses dated further apart than this belong to different journeys


def _years_apart(a: str | None, b: str | None) -> bool:
    """Whether two clause dates ("1913-03-06", "1917") lie more than :data:`MAX_YEARS` years apart."""
    ya, yb = _year(a), _year(b)
    return ya is not None and yb is not None and abs(yb - ya) > MAX_YEARS


def _year(value: str | None) -> int | None:
    m = re.match(r"(BC)?(\d{4})", value or "")
    return None if m is None else (-int(m.group(2)) if m.group(1) else int(m.group(2)))


def _start_from_last_place(groups: list[_Open], seen: list[tuple[int, str, str]],
                           news: list[tuple[int, str]] = ()) -> None:
    """A journey whose first clause names no origin starts where its traveller was last placed:
    the end of their previous journey, or a clause that put them somewhere ("he was at X"); with none, where
    news reached just before it ("The telegram … reached Monastyrskoe on 7 March … The next morning he set off")."""
    for j in groups:
        first = j.legs[0]
        if first.has_origin:
            continue
        known = [(p, place) for p, who, place in seen if who in j.travellers and p < first.start]
        known += [(x.start, x.stops[-1]) for k in groups if k is not j and set(k.travellers) & set(j.travellers)
                  for x in [next((y for y in reversed(k.legs) if y.stops), None)] if x and x.start < first.start]
        known = [(p, place) for p, place in known if first.start - p <= MAX_SINCE]
        known = known or [(p, place) for p, place in news if 0 < first.start - p <= NEWS_REACH]
        if known:
            place = max(known)[1]
            if not first.stops or place != first.stops[0]:
                j.origin = place


NEWS_REACH = 600  # how near the journey's first clause the news must have reached a place


def _news_reached(rd: Reader, verb: Token, off: int) -> list[tuple[int, str]]:
    """ "The telegram announcing the revolution reached Monastyrskoe", "When news of the abdication came to
    Yakutsk": a message arriving at a place (where those who then set out were)."""
    if PAST.get(verb.lower_, verb.lemma_.lower()) not in ("reach", "arrive", "come", "get") or negated(verb) \
            or not any(h.lower_ in MESSAGES for h in subjects(verb)):
        return []
    objs = children(verb, "dobj") + [o for w, o in preps(verb) if w in ("to", "at", "in")]
    return [(off + verb.idx, r.id) for o in objs[:1] for r in [rd.entity(o, off, ("place",))] if r]


BACK_REACH = 800  # how far back "fell back into X" looks for where the crowd had gone


def _back_from_the_crowd(groups: list[_Open], crowds: list[Leg]) -> None:
    """ "the rising stormed the Palace … their hordes slunk back into the Quarter": a way back with no
    origin of its own, and none known for its travellers, starts where the last movement of an unnamed
    crowd ended, when that movement is near (the travellers were part of it)."""
    for j in groups:
        first = j.legs[0]
        if j.origin or first.has_origin or not first.back:
            continue
        near = [c for c in crowds if 0 < first.start - c.start <= BACK_REACH]
        if near and first.stops and near[-1].stops[-1] != first.stops[0]:
            j.origin = near[-1].stops[-1]


def _day_told(rd: Reader, s) -> bool:
    """Whether the sentence tells a day outright ("on 29 March", "on 26 March"), not one reckoned from another
    ("on the evening of their arrival"), so that its date can order the stops of a journey."""
    a, b = s.offset + s.sent.start_char, s.offset + s.sent.end_char
    i, k = bisect.bisect_left(rd.time_starts, a), bisect.bisect_left(rd.time_starts, b)
    return any(t.type == "DATE" and t.value and len(t.value) >= 10 and re.search(r"\d", t.span.text)
               for t in rd.times[i:k])


def _arrival_told_first(j: _Open, stops: list[str], dates: list[str | None]) -> None:
    """ "Sverdlov reached Petrograd on 29 March. … At Yekaterinburg, where they arrived on 22 March … went on by
    way of Vyatka": a stop whose clause gives its own day, told before stops whose own days are earlier,
    goes after the last of them (the arrival told first, the road there after it)."""
    own = {(x, leg.date[:10]) for leg in j.legs if leg.dated and leg.date and len(leg.date) >= 10
           for x in leg.stops[1 if leg.has_origin else 0:]}
    arrived = {(leg.stops[-1], leg.date[:10]) for leg in j.legs if leg.verb in ARRIVE and leg.dated and leg.stops
               and leg.date and not leg.has_origin and len(leg.stops) == 1}
    day = [d[:10] if d and (x, d[:10]) in own else None for x, d in zip(stops, dates)]
    for i in range(len(stops) - 2, -1, -1):
        if day[i] is None or (stops[i], day[i]) not in arrived:
            continue
        later = [k for k in range(i + 1, len(stops)) if day[k] is not None and day[k] < day[i]]
        if later and not any(day[k] is not None and day[k] > day[i] for k in range(i + 1, later[-1] + 1)):
            k = later[-1]
            for lst in (stops, dates, day):
                lst.insert(k, lst.pop(i))
    for k in range(len(stops) - 1, 0, -1):  # the same place twice in a row after the move
        if stops[k] == stops[k - 1]:
            del stops[k], dates[k], day[k]


CALENDAR_DATE = re.compile(r"\d{4}(?:-\d\d){0,2}")


def _earlier(a: str | None, b: str | None) -> bool | None:
    """Whether date ``a`` lies before date ``b`` at the precision both give (None when either is no calendar date)."""
    if not a or not b or not CALENDAR_DATE.fullmatch(a) or not CALENDAR_DATE.fullmatch(b):
        return None
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def _route_after_arrival(legs: list[Leg]) -> list[Leg]:
    """ "She arrived in Shushenskoye on the evening of 7 May. … Mother and daughter left Petersburg by train towards
    the end of April, broke it for two days in Moscow … went up the Yenisei to Minusinsk": a journey that opens with
    an arrival (no origin, one stop, a date of at least the month), followed by a clause dated before it, tells its
    road after its end. The arrival goes after the run of clauses that follow it and are not dated after it (a clause
    dated later, or one that names the arrival's place again, ends the run)."""
    first = legs[0] if legs else None
    if first is None or len(legs) < 2 or first.verb not in ARRIVE or first.has_origin or len(first.stops) != 1 \
            or not first.date or len(first.date) < 7 or not _earlier(legs[1].date, first.date) \
            or len(legs[1].date or "") < 7:
        return legs
    end = 1
    while end < len(legs) and _earlier(first.date, legs[end].date) is not True \
            and first.stops[0] not in legs[end].stops and not legs[end].earlier:
        end += 1
    return legs[1:end] + [first] + legs[end:]


def _journey(ctx: DocContext, n: int, j: _Open, within: dict[str, str], guessed: set[str] = frozenset()) -> Journey:
    j = replace(j, legs=_route_after_arrival(j.legs))
    stops: list[str] = [j.origin] if j.origin else []
    if j.origin in within and within[j.origin] not in j.legs[0].stops:
        stops.insert(0, within[j.origin])  # "met him at the Nikolaevsky Station … went ahead to Finland": the city too
    dates: list[str | None] = [None] * len(stops)
    arrived = False  # whether the last stop is one the traveller came to (not one left or boarded at)
    run_at: int | None = None  # where the next clause of a run of past-perfect clauses goes
    for i, leg in enumerate(j.legs):
        prev = j.legs[i - 1] if i else None
        bound = prev is not None and not (prev.has_origin and len(prev.stops) == 1)  # it named where they went
        if leg.joined and run_at is None:
            pass  # a verb joined to a past perfect that began the journey: told in its order, as any clause
        elif leg.earlier and i and stops and (bound or run_at is not None):
            # "on the way he had stopped at Z": Z comes before the last stop; "reached New York … They had left
            # Finland, lingered in Paris and boarded at Cherbourg": the whole run, in its order, before New York
            at = len(stops) - 1 if run_at is None else run_at
            new = [s for s in leg.stops if s not in stops]
            stops[at:at] = new
            dates[at:at] = [leg.date] * len(new)
            run_at = at + len(new)
            continue
        run_at = None
        for s in leg.stops:
            city = within.get(s)
            if city and s in guessed and stops and (within.get(stops[-1]) or arrived and stops[-1] not in within):
                # from one station or palace to another whose city was only guessed, or right after coming to a
                # city ("took the train to Petrograd and stepped off at the Nikolaevsky Station"): that city
                city = None
            if city and (not stops or stops[-1] != city and within.get(stops[-1]) != city) \
                    and city not in leg.stops:  # not again between two places of one city
                stops.append(city)
                dates.append(leg.date)
            if not stops or stops[-1] != s:
                stops.append(s)
                dates.append(leg.date)
                arrived = leg.verb not in ("board", "embark") and not (leg.has_origin and s == leg.stops[0])
            elif leg.date and leg.verb in ARRIVE and not leg.has_origin and len(leg.stops) == 1 \
                    and _finer(leg.date, dates[-1]):
                dates[-1] = leg.date  # "left for Irkutsk on 4 March … arrived in Irkutsk on 5 March": the arrival's day
    _arrival_told_first(j, stops, dates)
    modes = list(dict.fromkeys(m for leg in j.legs for m in leg.modes))
    return Journey(f"{ctx.doc_id}-j{n + 1}", j.travellers, tuple(stops),
                   tuple(leg.evidence for leg in j.legs), tuple(modes), tuple(dates))
