"""Journeys: who went where, in order, read from travel verbs and their arguments.

Each travel clause ("set off for X", "made his way from X to Y by way of Z", "landed
at X", "reached X") gives its travellers (the subject's persons or bodies, he/she
resolved) and its stops in order: origins ("from", "out of", the object of "leave"),
then waypoints ("by way of", "via", "through", the object of "cross"), then
destinations ("to", "for", "into", "at", "in", the object of "reach"). A traveller's
travel clauses that follow one another (no more than :data:`MAX_GAP` characters
apart) form one journey; a new journey starts where the last one ended when it has
no origin of its own. A station or wharf inside a city (``Place.within``) follows the
city. Modes come from "by train", "on foot", "on horseback", "in a boat" and verbs
such as "ride", "sail", "walk".
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..context import DocContext
from ..record import Journey, Span
from .clauses import ACTORS, Reader, children, hypothetical, negated, preps, subjects, unique, where

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
}
# past forms the tagger leaves unlemmatized
PAST = {"slunk": "slink", "fled": "flee", "rode": "ride", "drove": "drive", "flew": "fly", "crept": "creep",
        "sledged": "sledge", "trekked": "trek", "went": "go", "came": "come", "left": "leave"}
# verbs that move their object: "the police sent him to X", "they took Y to X"
MOVE_OBJECT = {"send", "take", "bring", "carry", "exile", "deport", "banish", "transfer", "transport", "escort",
               "convey", "ship", "evacuate", "drive", "lead"}
# verbs that need a travel preposition or particle before they count ("get to X", "made his way to")
WEAK = {"make", "get", "put", "run", "take", "bring", "carry", "send", "find", "follow", "call", "stop", "push",
        "transfer", "transport", "escort", "convey", "settle", "ship", "evacuate", "drive", "lead"}
LOCATED = {"at", "in"}  # "he was at X", "whom I had seen at X": where someone is before they set out
MAX_SINCE = 4000  # how far back a traveller's last known place is looked for
ORIGIN = {"from", "out of", "away from", "off"}
VIA = {"by way of", "via", "through", "across", "over", "past", "along", "by", "up", "down", "round", "around"}
DEST = {"to", "for", "into", "at", "in", "towards", "toward", "unto", "on", "onto", "as far as", "up to",
        "down to", "back to", "near", "within", "inside", "upon"}
VEHICLES = {"train", "rail", "railway", "sleigh", "sledge", "boat", "sloop", "ship", "steamer", "steamship",
            "vessel", "ferry", "carriage", "coach", "stage", "stagecoach", "cart", "wagon", "car", "motor",
            "automobile", "canoe", "barge", "schooner", "brig", "yacht", "packet", "tram", "bus", "horse",
            "horseback", "foot", "land", "sea", "water", "air", "aeroplane", "plane", "post", "diligence",
            "troika", "cab", "bicycle", "raft", "galley", "frigate", "junk", "camel", "mule"}
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


@dataclass
class _Open:
    travellers: tuple[str, ...]
    legs: list[Leg] = field(default_factory=list)
    origin: str | None = None  # the traveller's last known place, when the first leg names no origin


def run(ctx: DocContext) -> dict[str, list]:
    rd = Reader(ctx, plural=True)
    legs: list[Leg] = []
    seen: list[tuple[int, str, str]] = []  # (position, actor id, place id): where someone was
    for s in rd.sentences():
        found = []
        for verb in s.sent:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            leg = travel_leg(rd, verb, s.offset) if verb.pos_ == "VERB" else None
            if leg is not None:
                found.append(leg)
            else:
                seen.extend(located(rd, verb, s.offset))
        modes = [m for leg in found for m in leg.modes]
        legs.extend(Leg(leg.travellers, leg.stops, leg.has_origin, modes, leg.evidence, leg.start)
                    for leg in found if leg.stops)
    within = {p.id: p.within for p in ctx.places if p.within}
    groups = _group(legs)
    _start_from_last_place(groups, seen)
    journeys = [_journey(ctx, n, j, within) for n, j in enumerate(groups)]
    return {"journeys": [j for j in journeys if j.stops]}


def located(rd: Reader, verb: Token, off: int) -> list[tuple[int, str, str]]:
    """Where a clause puts its people: "he was at X", "whom I had seen at X" (not negated or hypothetical)."""
    places = [r.id for w, o in preps(verb) if w in LOCATED for r in [rd.entity(o, off, ("place",))] if r]
    if not places or negated(verb) or hypothetical(verb):
        return []
    heads = subjects(verb) + children(verb, "dobj")
    heads = [verb.head if h.lower_ in ("whom", "who", "that") and verb.dep_ == "relcl" else h for h in heads]
    actors = unique([r for h in heads for r in rd.group(h, off, ACTORS, of=False)])
    return [(off + verb.idx, a.id, places[-1]) for a in actors]


def travel_leg(rd: Reader, verb: Token, off: int) -> Leg | None:
    lemma = verb.lemma_.lower()
    lemma = PAST.get(verb.lower_, lemma) if lemma not in TRAVEL_VERBS else lemma
    if lemma not in TRAVEL_VERBS or negated(verb) or hypothetical(verb) or _planned(verb):
        return None
    origin, via, dest, modes = [], [], [], []
    saw_prep = False
    args = preps(verb)
    if lemma == "make":  # "made his way from X to Y"
        args += [a for w in children(verb, "dobj") if w.lemma_ == "way" for a in preps(w)]
    for word, obj in args:
        mode = _mode(word, obj)
        if mode:
            modes.append(mode)
            continue
        r = rd.entity(obj, off, ("place",))
        if r is None:
            continue
        saw_prep = True
        (origin if word in ORIGIN else via if word in VIA else dest if word in DEST else dest).append(r.id)
    if lemma == "make" and not any(c.lemma_ == "way" for c in children(verb, "dobj")):
        return None
    for obj in children(verb, "dobj", "npadvmod"):
        r = rd.entity(obj, off, ("place",))
        role = TRAVEL_VERBS[lemma]
        if r is None and role and obj.dep_ == "dobj" and obj.pos_ in ("NOUN", "PROPN") \
                and obj.lemma_.lower() not in VEHICLES:
            return None  # "passed a resolution", "left the party", "reached an agreement"
        if r is not None and role:
            {"origin": origin, "via": via, "dest": dest}[role].append(r.id)
            saw_prep = True
        elif obj.lemma_.lower() == "foot":
            modes.append("on foot")
    home = where(verb)
    r = rd.entity(home, off, ("place",)) if home is not None else None
    if r is not None:
        dest.append(r.id)
        saw_prep = True
    if lemma in WEAK and not saw_prep:
        return None
    stops = origin + via + dest
    if not stops and not modes:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    heads = subjects(verb)
    if lemma in MOVE_OBJECT and not passive and children(verb, "dobj"):
        heads = children(verb, "dobj")  # "the police sent him to X": he travels
    heads = [verb.head if h.lower_ in ("who", "that", "which") and verb.dep_ == "relcl" else h for h in heads]
    travellers = tuple(r.id for r in unique([r for h in heads for r in rd.group(h, off, ACTORS)]))
    if not travellers:
        return None
    if lemma in VERB_MODES and not (lemma in MOVE_OBJECT and not passive):
        modes.append(VERB_MODES[lemma])
    ev = rd.tokens_span(verb.subtree, off)
    return Leg(travellers, stops, bool(origin), modes, ev, off + verb.idx)


def _planned(verb: Token) -> bool:
    """ "would go", "was to leave", "could travel": a plan or a possibility, not a journey made."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"would", "could", "might", "should", "may", "must", "can", "will", "shall"}:
        return True
    return verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children if c.dep_ == "aux") \
        and verb.dep_ == "xcomp" and verb.head.lemma_ in ("be", "plan", "intend", "hope", "want", "decide")


def _mode(word: str, obj: Token) -> str | None:
    noun = obj.lemma_.lower()
    if noun not in VEHICLES:
        return None
    if word == "on" and noun in ("foot", "horseback"):
        return f"on {noun}"
    if word == "by":
        return f"by {noun}"
    if word in ("in", "aboard", "on board") and noun not in ("land", "sea", "water", "air", "foot"):
        return f"by {noun}"
    return None


def _group(legs: list[Leg]) -> list[_Open]:
    """Consecutive legs of the same travellers form one journey."""
    open_: dict[tuple[str, ...], _Open] = {}
    done: list[_Open] = []
    for leg in legs:
        j = open_.get(leg.travellers)
        if j is not None and leg.start - j.legs[-1].start > MAX_GAP:
            done.append(j)
            j = None
        if j is None:
            j = open_[leg.travellers] = _Open(leg.travellers)
        j.legs.append(leg)
    done.extend(open_.values())
    return sorted(done, key=lambda j: j.legs[0].start)


def _start_from_last_place(groups: list[_Open], seen: list[tuple[int, str, str]]) -> None:
    """A journey whose first clause names no origin starts where its traveller was last placed:
    the end of their previous journey, or a clause that put them somewhere ("he was at X")."""
    for j in groups:
        first = j.legs[0]
        if first.has_origin:
            continue
        known = [(p, place) for p, who, place in seen if who in j.travellers and p < first.start]
        known += [(k.legs[-1].start, k.legs[-1].stops[-1]) for k in groups
                  if k is not j and set(k.travellers) & set(j.travellers) and k.legs[-1].start < first.start]
        known = [(p, place) for p, place in known if first.start - p <= MAX_SINCE]
        if known:
            place = max(known)[1]
            if place != first.stops[0]:
                j.origin = place


def _journey(ctx: DocContext, n: int, j: _Open, within: dict[str, str]) -> Journey:
    stops: list[str] = [j.origin] if j.origin else []
    for leg in j.legs:
        for s in leg.stops:
            city = within.get(s)
            if city and (not stops or stops[-1] != city) and city not in leg.stops:
                stops.append(city)
            if not stops or stops[-1] != s:
                stops.append(s)
    modes = list(dict.fromkeys(m for leg in j.legs for m in leg.modes))
    return Journey(f"{ctx.doc_id}-j{n + 1}", j.travellers, tuple(stops),
                   tuple(leg.evidence for leg in j.legs), tuple(modes))
