"""Geocoding: give each :class:`~chronicle.record.Place` coordinates, a kind and a gazetteer id.

Each name is looked up in the :class:`~chronicle.resolve.gazetteer.Gazetteer`;
among its candidates the geocoder prefers, in this order of weight, the
countries in focus (those of the document's other places), places near the
document's other places, the states and provinces the document names (and the
one written after a name: "Paris, Texas"), names in use in the document's
period, and populous places. Two passes: the first picks by prior, the second
rescores against the context the first pass made. A name with no exact match
may take a transliteration-tolerant one ("Tikreet" → Tikrit) that fits the
document's countries and places.

Buildings, stations, streets and quarters ("Warsaw Station", "Smolny
Institute", "Market-street wharf", "Viborg Quarter") take the coordinates of
the city the text says they stand in, else the city named in them when that city is one of the
document's places, else the city named just before, else the document's home city (the settlement whose
mentions lie nearest its landmarks); ``within`` names that city's place.
A name found nowhere keeps ``lat``/``lon`` = ``None``.
"""
from __future__ import annotations

import bisect
import math
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Sequence

from chronicle.annotate.lexicon import looks_like_place_name
from chronicle.record import Place
from chronicle.resolve.gazetteer import (AREA_KINDS, Candidate, Gazetteer, base_prior, fold, fuzzy_key,
                                         haversine_km, name_key)

__all__ = ["geocode", "document_year", "local_kind"]

_STATION = {"station", "terminal", "terminus", "depot", "vokzal"}
_STREET = {"street", "avenue", "prospekt", "prospect", "boulevard", "lane", "road", "quay", "embankment",
           "alley", "row", "highway", "naberezhnaya", "ulitsa", "strasse", "straße", "rue"}
_DISTRICT = {"quarter", "district", "side", "suburb", "ward", "borough", "settlement"}
_BUILDING = {"palace", "institute", "theatre", "theater", "cathedral", "church", "monastery", "abbey", "chapel",
             "hall", "house", "hotel", "inn", "museum", "factory", "works", "mill", "plant", "prison", "fortress",
             "castle", "barracks", "school", "university", "college", "academy", "hospital", "bank", "exchange",
             "wharf", "dock", "docks", "bridge", "tower", "gate", "arsenal", "office", "mint", "embassy",
             "consulate", "club", "printing-house", "meeting-house", "shop", "zavod", "field", "garden",
             "gardens", "park", "grave", "cemetery", "square", "market", "fort", "kremlin", "lavra", "synagogue",
             "mosque", "temple", "opera", "library", "ministry", "admiralty", "court", "jail", "cafe", "restaurant"}


def local_kind(name: str) -> str | None:
    """``station``/``street``/``district``/``building`` when ``name`` ends in such a word, else None."""
    words = re.split(r"[\s\-]+", fold(name).strip(" .,"))
    if len(words) < 2 and "-" not in name:
        return None
    head = words[-1]
    if head in _STATION:
        return "station"
    if head in _STREET or (head == "st" and len(words) > 1):
        return "street"
    if head in _DISTRICT:
        return "district"
    if head in _BUILDING or words[-2:] == ["printing", "house"] or words[-2:] == ["meeting", "house"]:
        return "building"
    return None


ADMIN_WEIGHT = 1.0  # share of the candidate's state/province among the states/provinces the document names
QUALIFIER_WEIGHT = 2.0  # the name is followed by its region or country: "Paris, Texas"
FUZZY_PENALTY = 0.8  # found by a transliteration-tolerant key only
LOCAL_WEIGHT = 1.0  # nearness to the places written close by in the text
LOCAL_WINDOW = 600  # characters either side of a mention that count as close by
PLAUSIBLE_NEIGHBOUR = 0.25  # a small foreign place is plausible within ~350 km of a place written close by
LOCAL_FAME = 10.0  # the local weight fades for world cities: prior 0.95 keeps half of it ("London")

_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-3][0-9])\b")


_ERA_YEAR = re.compile(r"\b(\d{1,4})\s?(BC|B\.C\.|BCE|B\.C\.E\.|AD|A\.D\.|CE|C\.E\.)(?!\w)|"
                       r"\b(?:AD|A\.D\.)\s?(\d{1,4})\b")


def document_year(text: str) -> int | None:
    """The median four-digit year written in ``text`` (None if it writes none).

    A text of antiquity dates itself by its era years: when it writes at least three years BC and
    they are at least a quarter as many as its bare four-digit years (a modern biography of Hannibal
    also cites books of 1969 and 2006), the year is the median of its BC (negative) and AD years.
    """
    era, marked = [], set()
    for m in _ERA_YEAR.finditer(text):
        if m.group(1):
            y = int(m.group(1))
            era.append(-y if m.group(2).startswith("B") else y)
            marked.add(m.start(1))
        else:
            era.append(int(m.group(3)))
            marked.add(m.start(3))
    years = [int(m.group(1)) for m in _YEAR.finditer(text) if m.start(1) not in marked]
    bc = sum(1 for y in era if y < 0)
    if bc >= 3 and bc >= 0.25 * len(years):
        return int(statistics.median(era))
    return int(statistics.median(years)) if years else None


@dataclass(frozen=True)
class _Pick:
    cand: Candidate
    confidence: float


def geocode(places: Sequence[Place], *, text: str, year: int | None = None,
            gazetteer: Gazetteer | None = None, unknown_at_dominant_city: bool = False) -> list[Place]:
    """New :class:`Place` objects with ``lat``, ``lon``, ``kind``, ``gazetteer_id``, ``confidence`` (and ``within``).

    ``year`` (default: the median year written in ``text``) ranks names by the period they were in use.
    With ``unknown_at_dominant_city``, a name found nowhere is put at the document's dominant city
    (confidence 0.1, ``within`` that city): in a narrative set in one city, an unknown named place
    ("the Marinsky") is most often a landmark of it.
    """
    gaz = gazetteer or Gazetteer.load()
    if year is None:
        year = document_year(text)
    weight = {p.id: max(1, len(p.mentions)) for p in places}
    by_id = {p.id: p for p in places}
    starts = {p.id: sorted(m.start for m in p.mentions if m.end > m.start) for p in places}
    cands: dict[str, list[Candidate]] = {}
    local: dict[str, str] = {}
    features = {p.id for p in places if _feature_named(p, text)}  # "the Ket river": a river, not a town called Ket
    for p in places:
        if _generic_word(p.name):  # "Gulf", "South": only as the head of "Gulf of Finland", "South of France"
            found = _candidates(replace(p, name=_extended_name(p, text) or "", aliases=()), gaz, year)
            if found:
                cands[p.id] = found
            continue
        if _possessive_building(p, text):
            local[p.id] = "building"
            continue
        kind = local_kind(p.name) or _local_named(p, text)
        if kind and not any(c.primary and (c.population >= 50_000 or c.kind != "settlement")
                            for c in gaz.lookup(p.name, year=year)):
            local[p.id] = kind  # "Smolny Institute", not a town called so
            continue
        found = _candidates(p, gaz, year)
        if p.id in features:
            found = [c for c in found if c.kind not in ("settlement", "county", "region", "country")]
        if found:
            cands[p.id] = found
    picks = {pid: _Pick(cs[0], 0.5) for pid, cs in cands.items()}
    ctx = _Context(picks, weight, starts=starts)
    for p in places:  # spellings the gazetteer lacks: transliteration-tolerant keys, in the document's countries
        if p.id not in cands and p.id not in local and not _generic_word(p.name) and p.id not in features:
            found = _fuzzy_candidates(p, gaz, year, ctx.focus_countries())
            if found:
                cands[p.id] = found
                picks[p.id] = _Pick(found[0], 0.3)
    quals = _qualifiers(places, text, gaz, year)
    for _ in range(2):
        ctx = _Context(picks, weight, quals, starts)
        picks = {pid: ctx.choose(pid, cs, year) for pid, cs in cands.items()}
    ctx = _Context(picks, weight, quals, starts)
    picks = {pid: pk for pid, pk in picks.items() if not pk.cand.fuzzy or ctx.plausible(pid, pk.cand)}
    odd = {pid for pid, pk in picks.items() if _odd_alternate(by_id[pid], pk.cand)}
    core = _Context({pid: pk for pid, pk in picks.items() if pid not in odd}, weight, quals, starts)
    picks = {pid: pk for pid, pk in picks.items() if pid not in odd or
             core.plausible(pid, pk.cand) and (base_prior(pk.cand) >= 0.6 or core.nearness(pk.cand, pid) > 0.1 or
                                                core.share(pk.cand.country, pid) > 0.15 or
                                                core.local_nearest(pk.cand, pid) > PLAUSIBLE_NEIGHBOUR)}
    ctx = _Context(picks, weight, quals, starts)
    bare = {p.id for p in places if _named_bare(p, text)}
    picks = {pid: pk for pid, pk in picks.items() if ctx.plausible(pid, pk.cand) or
             pid in bare and pk.cand.primary and not pk.cand.fuzzy}
    picks.update(_imprint_cities(places, picks, text, gaz, year))
    ctx = _Context(_city_states(picks, gaz, year), weight)  # the context of the local places
    cities = _city_mentions(places, ctx) if text and local else {}
    seats = {pid: (how, qid, picks[qid].cand) for pid, (how, qid) in _seats(places).items() if qid in picks}
    said_in = {p.id: _city_said(p, cities, ctx, text) for p in places if p.id in local} if text else {}
    hosts = Counter(s[1].id for s in said_in.values() if s)  # "the Warsaw Station in St Petersburg"
    # the home city is for the landmarks with no city of their own: one the text places by a city named just
    # before it votes for that city, as one said to stand in a city does, not by nearness for the cities
    # around it (a London church on the last page does not draw the home city to the town named before)
    before = {pid: _city_before(by_id[pid], places, ctx, text, left=kind == "station", last=True)
              for pid, kind in local.items() if pid not in seats and not said_in.get(pid)}
    hosts = hosts + Counter({g: n / HOST_WEIGHT for g, n in Counter(b[1].id for b in before.values() if b).items()})
    homeless = {pid for pid, b in before.items() if b is None}
    home = _home_city(places, ctx, homeless or set(local), text, hosts) if local else None
    out = []
    for p in places:
        front = None if p.id in picks else _war_front(p.name, year, ctx)
        if front is not None:
            out.append(replace(p, lat=front[0], lon=front[1], kind="other", gazetteer_id=None, confidence=0.3,
                               within=None))
        elif p.id not in picks and p.id in seats and seats[p.id][0] == "region":
            c = seats[p.id][2]  # "Arkhangelsk province": the province around its town
            out.append(replace(p, lat=c.lat, lon=c.lon, kind="region", gazetteer_id=None, confidence=0.3, within=None))
        elif p.id in local and p.id in seats:
            out.append(_place_local(p, local[p.id], ctx, gaz, year, near=seats[p.id][1:], said=True))
        elif p.id in picks:
            pk = picks[p.id]
            c = pk.cand
            out.append(replace(p, lat=c.lat, lon=c.lon, kind=_record_kind(c.kind), gazetteer_id=c.id,
                               confidence=pk.confidence))
        elif p.id in local:
            said = said_in.get(p.id)
            near = said or before.get(p.id) or home
            out.append(_place_local(p, local[p.id], ctx, gaz, year, near=near, said=bool(said)))
        elif unknown_at_dominant_city and (_stream(p.name) or not _natural_feature(p.name)) and \
                not _generic_word(p.name) and not _described_apart(p, text) and \
                (_city_before(p, places, ctx, text) or home or ctx.dominant_city()):
            pid, c = _city_before(p, places, ctx, text, last=p.id in bare) or home or ctx.dominant_city()
            out.append(replace(p, lat=c.lat, lon=c.lon, gazetteer_id=None, confidence=0.1, within=pid,
                               kind="river" if _stream(p.name) else p.kind))
        else:
            out.append(replace(p, lat=None, lon=None, gazetteer_id=None, confidence=None))
    return out


_ADMIN = {"province", "county", "oblast", "guberniya", "gubernia", "uyezd"}


def _seats(places: Sequence[Place]) -> dict[str, tuple[str, str]]:
    """'Arkhangelsk province', 'the Cracow station', 'the Onega wharf': a place named by another place of
    the document and a lower-case noun lies at that place ("region" for a province around its town, else
    "local" for a building, station or quay in it): place id -> (how, the other place's id)."""
    by_name = {name_key(q.name): q.id for q in places}
    out = {}
    for p in places:
        words = p.name.strip().split()
        if len(words) < 2 or not words[-1].islower() or not words[-1].isalpha():
            continue
        qid = by_name.get(name_key(" ".join(words[:-1])))
        if qid is not None and qid != p.id:
            out[p.id] = ("region" if words[-1] in _ADMIN else "local", qid)
    return out


# The First World War's fronts, each at a central point of its line (Wikipedia: Eastern Front (World War I),
# Western Front (World War I)): Baranovichi, the Russian Stavka of 1914-15, midway on the Riga-Czernowitz
# line; the Somme, midway on the Flanders-Verdun line.
WAR_FRONTS = {"eastern": (53.13, 26.02), "western": (49.95, 2.75)}
EASTERN_COUNTRIES = {"RU", "UA", "BY", "LV", "LT", "EE", "PL", "RO", "FI"}


def _war_front(name: str, year: int | None, ctx: "_Context") -> tuple[float, float] | None:
    """'the Eastern Front'; 'the Front' of a text of 1914-1918, the eastern one when the text's places
    are mostly in Russia and its neighbours, else the western one."""
    words = fold(re.sub(r"(?i)^the\s+", "", name.strip())).split()
    if words[-1:] != ["front"] or len(words) > 2:
        return None
    if len(words) == 2:
        return WAR_FRONTS.get({"east": "eastern", "west": "western"}.get(words[0], words[0]))
    if year is None or not 1914 <= year <= 1918:
        return None
    east = sum(w for cc, w in ctx.total.items() if cc in EASTERN_COUNTRIES)
    return WAR_FRONTS["eastern" if east * 2 > ctx.mass else "western"]


def _record_kind(kind: str) -> str:
    return {"continent": "region", "lake": "sea", "mountains": "region"}.get(kind, kind) \
        if kind not in ("settlement", "country", "region", "river", "sea", "island") else kind


def _candidates(p: Place, gaz: Gazetteer, year: int | None, limit: int = 40) -> list[Candidate]:
    seen: dict[str, Candidate] = {}
    for form in (p.name, *p.aliases):
        bare = re.sub(r"(?i)^the\s+", "", form.strip())
        if not bare or not bare[0].isupper():
            continue  # "the city", "the capital": not names
        for c in gaz.lookup(form, year=year)[:limit]:
            seen.setdefault(c.id, c)
    if not seen:  # "the Tyrrhenian" (Sea), "Bogoslovsk" (GeoNames: Bogoslovskiy)
        for form in (p.name, *p.aliases):
            if re.sub(r"(?i)^the\s+", "", form.strip())[:1].isupper():
                for c in gaz.lookup_variants(form, year=year)[:limit]:
                    seen.setdefault(c.id, c)
    return list(seen.values())


def _fuzzy_candidates(p: Place, gaz: Gazetteer, year: int | None, focus: set[str],
                      limit: int = 40) -> list[Candidate]:
    """Transliteration-tolerant matches ("Kerbella" → Karbala) that are sizeable (prior ≥ 0.6: a country,
    a region, a city of ~100,000) or in one of the document's ``focus`` countries."""
    seen: dict[str, Candidate] = {}
    for form in (p.name, *p.aliases):
        bare = re.sub(r"(?i)^the\s+", "", form.strip())
        if not bare or not bare[0].isupper():
            continue
        short = len(fuzzy_key(bare).replace(" ", "")) < 4  # "Narym" -> "nrm" fits a dozen villages
        for c in gaz.lookup_fuzzy(bare, year=year):
            if (c.country in focus and not short) or base_prior(c) >= 0.6:
                seen.setdefault(c.id, c)
    return sorted(seen.values(), key=lambda c: (c.country not in focus, -base_prior(c), c.id))[:limit]


_QUALIFIER = re.compile(r",\s*([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})")


def _qualifiers(places: Sequence[Place], text: str, gaz: Gazetteer,
                year: int | None) -> dict[str, set[tuple[str, str]]]:
    """Per place, the (country, admin1) of regions and countries written right after it: "Paris, Texas",
    "Burlington, N.J." (admin1 "" for a country)."""
    out: dict[str, set[tuple[str, str]]] = {}
    for p in places:
        for m in p.mentions:
            hit = _QUALIFIER.match(text, m.end) if 0 < m.end <= len(text) else None
            qual = _qualifier(hit.group(1), gaz, year) if hit else None
            if qual:
                out.setdefault(p.id, set()).add(qual)
    return out


def _qualifier(words: str, gaz: Gazetteer, year: int | None) -> tuple[str, str] | None:
    """(country, admin1) of the region or country the longest prefix of ``words`` names ("N.J.", "Texas.")."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n])
        for form in (name, name[:-1]) if name.endswith(".") else (name,):  # "Texas." ends a sentence
            for c in gaz.lookup(form, year=year)[:1]:
                if c.primary and c.kind in ("region", "country"):
                    return c.country, c.admin1 if c.kind == "region" else ""
    return None


class _Context:
    """What the other places of the document say about where it is."""

    def __init__(self, picks: dict[str, _Pick], weight: dict[str, int],
                 qualifiers: dict[str, set[tuple[str, str]]] | None = None,
                 starts: dict[str, list[int]] | None = None) -> None:
        self.weight = weight
        self.picks = picks
        self.qualifiers = qualifiers or {}
        self.starts = starts or {}
        self.named_at: dict[tuple[str, str], list[int]] = {}  # see _name_positions
        self.total = Counter()
        self.admins = Counter()
        self.anchors: list[tuple[str, float, float, float]] = []
        for pid, pk in picks.items():
            c = pk.cand
            w = weight.get(pid, 1) * pk.confidence * (0.5 if c.fuzzy else 1.0)
            if c.country:
                self.total[c.country] += w
                if c.admin1 and c.kind == "region":  # a state or province named in the document
                    self.admins[(c.country, c.admin1)] += w
            if c.lat is not None and c.kind in ("settlement", "region", "island") and pk.confidence >= 0.4:
                self.anchors.append((pid, c.lat, c.lon, w))
        self.mass = sum(self.total.values())
        self.admin_mass = sum(self.admins.values())

    def focus_countries(self, share: float = 0.1) -> set[str]:
        """Countries with at least ``share`` of the document's place weight."""
        return {cc for cc, w in self.total.items() if self.mass and w / self.mass >= share}

    def admin_share(self, c: Candidate, pid: str) -> float:
        """The weight of ``c``'s first-level division among the states and provinces the document names (0..1)."""
        if not c.admin1 or c.kind not in ("settlement", "county", "region"):
            return 0.0
        pk = self.picks.get(pid)
        key = (c.country, c.admin1)
        own_w = self.weight.get(pid, 1) * pk.confidence if pk and pk.cand.admin1 and pk.cand.kind == "region" else 0.0
        own = own_w if pk and (pk.cand.country, pk.cand.admin1) == key else 0.0
        mass = self.admin_mass - own_w
        return (self.admins[key] - own) / mass if mass > 0 else 0.0

    def qualified(self, c: Candidate, pid: str) -> bool:
        """Whether ``c`` lies in a region or country written after the name ("Paris, Texas")."""
        return any(c.country == cc and (not a1 or c.admin1 == a1) and (c.kind != "region" or a1)
                   for cc, a1 in self.qualifiers.get(pid, ()))

    def share(self, country: str, pid: str) -> float:
        """The weight of ``country`` among the other places' picks (0..1)."""
        pk = self.picks.get(pid)
        own = self.weight.get(pid, 1) * pk.confidence if pk and pk.cand.country == country else 0.0
        own_mass = self.weight.get(pid, 1) * pk.confidence if pk and pk.cand.country else 0.0
        mass = self.mass - own_mass
        return (self.total[country] - own) / mass if mass > 0 and country else 0.0

    def nearness(self, c: Candidate, pid: str) -> float:
        """About 1 for a place on top of the document's other places, falling off over a few hundred km:
        half the nearest one, half the mention-weighted mean (so the places most talked of pull hardest)."""
        if c.lat is None:
            return 0.0
        best = total = mass = 0.0
        for apid, lat, lon, w in self.anchors:
            if apid != pid:
                near = math.exp(-haversine_km((c.lat, c.lon), (lat, lon)) / 250.0)
                best = max(best, near)
                total += w * near
                mass += w
        return 0.5 * best + 0.5 * (total / mass if mass else 0.0)

    def local_nearness(self, c: Candidate, pid: str) -> float:
        """Like :meth:`nearness`, over the places written within ``LOCAL_WINDOW`` characters of this one's
        mentions only, each weighted by how many of its mentions are that close ("Newcastle, forty miles
        below Philadelphia"): the places a passage names together tend to lie together."""
        mine = self.starts.get(pid)
        if c.lat is None or not mine:
            return 0.0
        total = mass = 0.0
        for apid, lat, lon, _ in self.anchors:
            if apid == pid:
                continue
            close = sum(1 for s in self.starts.get(apid, ()) if _within(mine, s, LOCAL_WINDOW))
            if close:
                total += close * math.exp(-haversine_km((c.lat, c.lon), (lat, lon)) / 250.0)
                mass += close
        return total / mass if mass else 0.0

    def plausible(self, pid: str, c: Candidate) -> bool:
        """False for a small foreign place far from everything else when the document has a clear focus
        ("Hermitage" in a text about Petrograd is not Hermitage, Tennessee)."""
        if c.fuzzy:  # a spelling match only: it must fit the document
            near = self.nearness(c, pid)
            return near > 0.3 or c.kind in AREA_KINDS and near > 0.1 or \
                base_prior(c) >= 0.6 and self.share(c.country, pid) > 0.05
        if c.user or c.kind != "settlement" or not self.mass:
            return True
        if base_prior(c) >= 0.6 and (c.primary or self.share(c.country, pid) > 0.05 or self.nearness(c, pid) > 0.05):
            return True  # a city found only by an alternate name ("Boni" for Bonn) must be within reach
        focus = max((self.share(cc, pid) for cc in self.total), default=0.0)
        return focus < 0.4 or self.share(c.country, pid) > 0.05 or self.nearness(c, pid) > 0.25 or \
            self.local_nearest(c, pid) > PLAUSIBLE_NEIGHBOUR

    def local_nearest(self, c: Candidate, pid: str) -> float:
        """Nearness (1 on top, 1/e at 250 km) of the closest place written within ``LOCAL_WINDOW`` characters
        of one of this one's mentions: "by way of Copenhagen and the Hook of Holland" to London."""
        mine = self.starts.get(pid)
        if c.lat is None or not mine:
            return 0.0
        best = 0.0
        for apid, lat, lon, _ in self.anchors:
            if apid != pid and any(_within(mine, s, LOCAL_WINDOW) for s in self.starts.get(apid, ())):
                best = max(best, math.exp(-haversine_km((c.lat, c.lon), (lat, lon)) / 250.0))
        return best

    def score(self, pid: str, c: Candidate, year: int | None, local: float = LOCAL_WEIGHT) -> float:
        s = 2.5 * base_prior(c) + (0.4 if c.primary else 0.0) + (3.0 if c.user else 0.0)
        if not c.valid_in(year):
            s -= 1.0
        s += 1.6 * self.share(c.country, pid) + ADMIN_WEIGHT * self.admin_share(c, pid)
        s += (0.6 if c.kind in AREA_KINDS else 1.4) * self.nearness(c, pid)
        if c.kind not in AREA_KINDS:
            s += local * self.local_nearness(c, pid)
        if self.qualified(c, pid):
            s += QUALIFIER_WEIGHT
        return s - (FUZZY_PENALTY if c.fuzzy else 0.0)

    def choose(self, pid: str, cands: list[Candidate], year: int | None) -> _Pick:
        famous = max(base_prior(c) for c in cands)  # a world city needs no neighbours to be itself ("London")
        local = LOCAL_WEIGHT * max(0.0, min(1.0, LOCAL_FAME * (1.0 - famous)))
        scored = sorted(((self.score(pid, c, year, local), i, c) for i, c in enumerate(cands)),
                        key=lambda t: (-t[0], t[1]))
        top = scored[0][0]
        z = sum(math.exp(2.0 * (s - top)) for s, _, _ in scored)
        conf = (1.0 / z) * (0.55 + 0.4 * min(1.0, base_prior(scored[0][2]) * 1.2))
        return _Pick(scored[0][2], round(min(0.95, conf), 2))

    def dominant_city(self) -> tuple[str, Candidate] | None:
        """The settlement the document mentions most (ties: the more populous)."""
        best = None
        for pid, pk in self.picks.items():
            if pk.cand.kind == "settlement" and pk.cand.lat is not None:
                key = (self.weight.get(pid, 1), pk.cand.population)
                if best is None or key > best[0]:
                    best = (key, pid, pk.cand)
        return (best[1], best[2]) if best else None


NATURAL_HEADS = {"river", "lake", "sea", "mountains", "mountain", "island", "islands", "bay", "gulf", "creek",
                 "strait", "peninsula", "desert", "steppe", "forest", "valley", "ocean", "cape", "coast"}


def _natural_feature(name: str) -> bool:
    """'Ket River', 'Lake Baikal': never put at a city when the gazetteer does not know it."""
    return any(w.lower() in NATURAL_HEADS for w in re.split(r"[\s\-]+", name))


_APART_NOUNS = {"village", "hamlet", "settlement", "town", "city", "port", "stanitsa", "aul", "kishlak", "township",
                "parish"} | NATURAL_HEADS
_NOUN_BEFORE = re.compile(r"(?i)\b([a-z]+)\s+(?:of\s+)?$")
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")


# buildings a name is given in lower case after it ("the Kresty prison", "the Putilov works"); not "office", "court",
# "house", "hall", "square", "market", "bank" …, which follow a town's name as often ("the Tula office")
_LOCAL_BUILDINGS = {"prison", "jail", "fortress", "fort", "monastery", "lavra", "barracks", "palace", "cathedral",
                    "factory", "works", "mill", "plant", "zavod", "hospital", "institute", "arsenal", "kremlin"}


_POSSESSIVE_AFTER = re.compile(r"[’']s\s+([a-z]+)\b")
_DISTRICT_OF = re.compile(r"(?i)\b(?:suburb|quarter|district|faubourg)\s+of\s+$")


def _possessive_building(p: Place, text: str) -> bool:
    """Most mentions of ``p`` go on with "’s" and a building noun: "St Mary’s church", "St Paul’s
    cathedral" is a building named after its saint or founder, never a parish or town of that name."""
    owned = [_POSSESSIVE_AFTER.match(text, m.end) for m in p.mentions if 0 < m.end <= len(text)]
    return bool(text) and sum(1 for o in owned if o and o.group(1) in _BUILDING) * 2 > len(p.mentions)


def _local_named(p: Place, text: str) -> str | None:
    """Most mentions of ``p`` go on with a lower-case district, street, station or building noun: "a flat in
    the Peski district", "the Liteiny prospect", "the Kresty prison" is that kind of place in a city, not a
    town called so."""
    kinds = []
    for m in p.mentions:
        a = _NOUN_AFTER.match(text, m.end)
        kind = local_kind("x " + a.group(1)) if a else None
        kind = kind if kind != "building" or a.group(1) in _LOCAL_BUILDINGS else None
        if kind is None and _DISTRICT_OF.search(text, max(0, m.start - 30), m.start):
            kind = "district"  # "the suburb of Zwierzyniec": a quarter of the city just named
        kinds.append(kind)
    best = max(set(kinds) - {None}, key=kinds.count, default=None)
    return best if best and kinds.count(best) * 2 > len(kinds) else None


_WATER_PART_BEFORE = re.compile(r"\b(?:bank|banks|shore|shores|mouth|source|headwaters|ford|bend|waters)\s+of\s+"
                                r"(?:the\s+)?$")


def _feature_named(p: Place, text: str) -> bool:
    """Most mentions of ``p`` go on with a lower-case natural feature noun ("the Ket river") or follow a
    river's or shore's part ("the steep bank of the Lusha", "the mouth of the Ket")."""
    after = [_NOUN_AFTER.match(text, m.end) is not None and _NOUN_AFTER.match(text, m.end).group(1) in NATURAL_HEADS
             or bool(_WATER_PART_BEFORE.search(text, max(0, m.start - 30), m.start)) for m in p.mentions]
    return sum(after) * 2 > len(after)


def _described_apart(p: Place, text: str) -> bool:
    """'the village of Maksimkin Yar', 'the Ket river': a settlement or a natural feature of its own, which
    lies wherever it lies, not inside the city named before it; so is a name of a settlement's shape ("Yanovka")."""
    if looks_like_place_name(p.name):
        return True
    for m in p.mentions:
        before = _NOUN_BEFORE.search(text, max(0, m.start - 20), m.start)
        after = _NOUN_AFTER.match(text, m.end)
        if before and before.group(1).lower() in _APART_NOUNS or after and after.group(1) in NATURAL_HEADS:
            return True
    return False


def _city_mentions(places: Sequence[Place], ctx: _Context) -> dict[tuple[int, int], str]:
    """(start, end) of every mention of a placed settlement -> its place id (read once for all local places)."""
    return {(m.start, m.end): q.id for q in places for m in q.mentions
            if (pk := ctx.picks.get(q.id)) is not None and pk.cand.kind == "settlement" and pk.cand.lat is not None}


def _city_said(p: Place, cities: dict[tuple[int, int], str], ctx: _Context,
               text: str) -> tuple[str, Candidate] | None:
    """The settlement a mention of ``p`` says it stands in: "the Nicholas Station in Petrograd",
    "the Finland Station at Petrograd", "Petrograd's Finland Station" (``cities``: :func:`_city_mentions`)."""
    if not text:
        return None
    for m in sorted(p.mentions, key=lambda m: m.start):
        after = _IN_CITY.match(text, m.end)
        before = _CITY_OWNS.search(text, max(0, m.start - 60), m.start)
        for a, b in ([(after.start(1), after.end(1))] if after else []) + \
                ([(before.start(1), before.end(1))] if before else []):
            qid = next((q for (s, e), q in cities.items() if s <= a < e or a <= s < b), None)
            if qid is not None:
                return qid, ctx.picks[qid].cand
    return None


_IN_CITY = re.compile(r"[ \t\n]+(?:in|at|of)[ \t\n]+([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)")
_CITY_OWNS = re.compile(r"\b([A-Z][\w-]*(?:[ \t][A-Z][\w-]*)?)[’']s[ \t\n]+(?:[a-z]+[ \t\n]+)?$")
# between a city named before a station and the station: the traveller left that city ("left Achinsk by
# train … and arrived at the Nicholas Station", "came through Halifax and landed at the Finland Station")
_MOVED_ON = re.compile(r"\b(?:left|leaving|from|through|via|passing|passed|crossed|sailed|departed|set\s+out|"
                       r"arrived|arriving|reached|landed|came|went|travell?ed|journeyed|took\s+the\s+train)\b", re.I)


# a city the traveller sets out from, with no arrival or passage between it and the station named after it,
# is where that station is ("left Kiev on the night train … from the Kursk station")
_DEPARTED = re.compile(r"(?i)\b(?:left|leaving|departed|departing|quitted|quit)[ \t\n]+$")
_ARRIVED = re.compile(r"\b(?:arrived|arriving|arrival|reached|reaching|landed|landing|came|coming|got\s+to|"
                      r"pulled\s+in|through|via|passing|passed|crossed)\b", re.I)


def _city_before(p: Place, places: Sequence[Place], ctx: _Context, text: str = "",
                 window: int = 250, left: bool = False, last: bool = False) -> tuple[str, Candidate] | None:
    """Of the settlements named in the ``window`` characters before ``p``'s first mention, in its
    paragraph and placed with some confidence (≥ 0.4), the one the document names most (ties: the most
    recent; with ``last``, the most recent). With ``left`` (a station), not a city the text travels on from
    before it names the station."""
    if not p.mentions:
        return None
    first = min(m.start for m in p.mentions)
    para = text.rfind("\n\n", 0, first) + 1 if text else 0  # a footnote or a new paragraph is elsewhere
    best = None
    for q in places:
        pk = ctx.picks.get(q.id)
        if q.id == p.id or pk is None or pk.cand.kind != "settlement" or pk.cand.lat is None or pk.confidence < 0.4:
            continue
        before = [at for at in _name_positions(q, text, ctx) if max(para, first - window) <= at < first]
        if left and text:
            before = [b for b in before if not _MOVED_ON.search(text, b - 25, first) or
                      _DEPARTED.search(text, max(0, b - 25), b) and not _ARRIVED.search(text, b, first)]
        key = (len(q.mentions), max(before)) if before else None  # the main city among those just named
        if key and last:  # a village named bare after a place's preposition ("from Szczakowa"): the last one
            key = (max(before), len(q.mentions))
        if key and (best is None or key > best[0]):
            best = (key, q.id, pk.cand)
    return (best[1], best[2]) if best else None


HOME_REACH = 2000  # characters over which a city's mention counts as near a landmark (e-fold)
HOST_WEIGHT = 4.0  # a city the text says one of its landmarks stands in ("the Warsaw Station in St Petersburg")


def _same_sentence(text: str, a: int, b: int) -> bool:
    """Whether no sentence ends between positions ``a`` < ``b`` of ``text``."""
    return bool(text) and not re.search(r"[.!?;]\s|\n", text[a:b])


def _home_city(places: Sequence[Place], ctx: _Context, local: set[str], text: str = "",
               hosts: Counter | None = None) -> tuple[str, Candidate] | None:
    """The city the document's landmarks stand in, where neither a landmark's name nor the text just
    before it names one ("the Tauride Palace", "the ministry on Kazanskaya Street"): of the settlements
    placed with some confidence (≥ 0.4), names of one city pooled ("Petersburg", "St Petersburg"), the
    one whose mentions lie nearest the document's landmarks (each mention adds exp(-distance /
    :data:`HOME_REACH`) for each landmark mention), plus :data:`HOST_WEIGHT` for each landmark the text
    says stands in it (``hosts``). A city named after a landmark in its own sentence is where the
    traveller goes from it ("a train from the Primorsky Station bound for Terijoki"), and is not
    counted for that landmark. A chapter set in Petrograd that ends with the move to Moscow names
    Moscow more often in its last pages, but its palaces and streets lie near its Petrograd pages."""
    pos = sorted(m.start for p in places if p.id in local for m in p.mentions)
    if not pos:
        return None
    hosts = hosts or Counter()
    pools: dict[str, list] = {}
    for q in places:
        pk = ctx.picks.get(q.id)
        if pk is None or pk.cand.kind != "settlement" or pk.cand.lat is None or pk.confidence < 0.4:
            continue
        pool = pools.setdefault(pk.cand.id, [0.0, q, pk.cand])
        for at in _name_positions(q, text, ctx):  # landmarks farther than ten reaches add nothing worth counting
            lo, hi = bisect.bisect_left(pos, at - 10 * HOME_REACH), bisect.bisect_right(pos, at + 10 * HOME_REACH)
            pool[0] += sum(math.exp(-abs(at - x) / HOME_REACH) for x in pos[lo:hi]
                           if not (x < at and _same_sentence(text, x, at)))
        if len(q.mentions) > len(pool[1].mentions):
            pool[1] = q
    if not pools:
        return None
    gid = max(pools, key=lambda g: (pools[g][0] + HOST_WEIGHT * hosts[g], pools[g][2].population))
    return pools[gid][1].id, pools[gid][2]


def _name_positions(q: Place, text: str, ctx: _Context) -> list[int]:
    """Where ``q`` is named in ``text``: its mentions, and every other capitalised whole-word occurrence of
    its name, such as inside a body's name ("the Petrograd Soviet", "the Petrograd press"), which the
    entity layer gives to the body, not the place, yet which says where the narrative is. Mentions without
    a span say nothing of where the name stands, and are taken as they are."""
    starts = [m.start for m in q.mentions]
    if not text or not q.name[:1].isupper() or not q.mentions or any(m.end <= m.start for m in q.mentions):
        return starts
    key = (q.id, q.name)
    if key not in ctx.named_at:  # asked once per landmark and city: scan the text once per city (kept on the context)
        found = (m.start() for m in re.finditer(r"(?<![\w'’-])" + re.escape(q.name) + r"(?![\w-])", text))
        ctx.named_at[key] = sorted(set(starts).union(found))
    return ctx.named_at[key]


def _within(starts: list[int], pos: int, window: int) -> bool:
    """Whether some position in the sorted ``starts`` lies within ``window`` characters of ``pos``."""
    i = bisect.bisect_left(starts, pos - window)
    return i < len(starts) and starts[i] <= pos + window


_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "north-east",
            "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest"}
_GENERIC = _COMPASS | {"gulf", "bay", "sea", "lake", "river", "cape", "isle", "island", "straits", "strait",
                       "mouth", "coast", "province", "kingdom", "republic", "duchy", "principality", "county"}
_OF_NAME = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _generic_word(name: str) -> bool:
    """A bare compass or feature word ("South", "Gulf"): a place only with what follows it."""
    return fold(re.sub(r"(?i)^the\s+", "", name.strip())) in _GENERIC


def _extended_name(p: Place, text: str) -> str | None:
    """"Gulf of Finland" for a place named "Gulf" whose mention the text continues with "of Finland"
    (the entity layer may cut a name at "of")."""
    for m in p.mentions:
        hit = _OF_NAME.match(text, m.end) if 0 < m.end <= len(text) else None
        if hit:
            return f"{text[m.start:m.end]} of {hit.group(1)}"
    return None


_STREAM = {"creek", "brook", "run", "kill", "stream", "burn", "beck", "rivulet", "bayou", "branch"}


def _stream(name: str) -> bool:
    """'Cooper's Creek', 'Rock Run': a small watercourse, which lies where the narrative is."""
    words = re.split(r"[\s\-]+", fold(name).strip())
    return len(words) > 1 and words[-1] in _STREAM


_IMPRINT = re.compile(r",?\s*(1[5-9]\d\d|20\d\d)\b")


def _imprint_cities(places: Sequence[Place], picks: dict[str, _Pick], text: str, gaz: Gazetteer,
                    year: int | None) -> dict[str, _Pick]:
    """A state named as a book's place of publication ("Boni and Liveright, N.Y., 1919") is its city of the
    same name: imprints name cities."""
    out = {}
    for p in places:
        pk = picks.get(p.id)
        if pk is None or pk.cand.kind != "region" or \
                not any(_IMPRINT.match(text, m.end) for m in p.mentions if 0 < m.end <= len(text)):
            continue
        key = name_key(pk.cand.name)
        for c in gaz.lookup(pk.cand.name, year=year):
            if c.kind == "settlement" and c.country == pk.cand.country and c.admin1 == pk.cand.admin1 and \
                    (name_key(c.name) == key or name_key(c.name) == key + "city"):
                out[p.id] = _Pick(c, pk.confidence)
                break
    return out


_ARTICLE_BEFORE = re.compile(r"(?i)\bthe[ \t\n]+$")
_PLACE_PREP = re.compile(r"(?i)\b(?:from|to|in|at|into|via|near|towards?|through|reached|visited|left|leaving|"
                         r"reaching|entered|outside)[ \t\n]+$")


def _odd_alternate(p: Place, c: Candidate) -> bool:
    """A settlement found only by one of its alternate names that is a small place's ("Berezina" for a
    Ukrainian village called Soborne, "Moorfields" for Moorefield, West Virginia) or no spelling of its own
    name ("Whitehall" for Atlanta); such a pick must fit the document's other, ordinary picks, not lean
    on its kind ("Teheran", "Jedda" are spellings of great cities' names and stay ordinary)."""
    if c.primary or c.user or c.kind != "settlement":
        return False
    if base_prior(c) < 0.6:
        return True
    mine = fold(re.sub(r"(?i)^the\s+", "", p.name.strip()))
    return SequenceMatcher(None, mine, fold(c.name)).ratio() < 0.6 and fuzzy_key(mine) != fuzzy_key(c.name)


def _named_bare(p: Place, text: str) -> bool:
    """Every mention of ``p`` is its bare name, with no "the" before it, and one follows a preposition of
    place ("who had come from Capri"): English names a town so, a landmark of the narrative's city seldom
    ("the Hermitage", "the Marinsky"); such a town, found in the gazetteer by its own name, keeps its place
    even far from the document's others."""
    if not text or not p.mentions or re.match(r"(?i)the\s", p.name):
        return False
    if not any(_PLACE_PREP.search(text, max(0, m.start - 12), m.start) for m in p.mentions):
        return False  # "my old favourite author, Bunyan's Pilgrim's Progress"
    return all(m.end > m.start and not _ARTICLE_BEFORE.search(text, max(0, m.start - 6), m.start)
               and not re.match(r"(?i)the\s", text[m.start:m.end]) for m in p.mentions)


def _city_states(picks: dict[str, _Pick], gaz: Gazetteer, year: int | None) -> dict[str, _Pick]:
    """``picks`` with each country that is a city of the same name ("San Marino", "Monaco", "Singapore")
    taken as that city, so that "the church of the Capuchins" after "San Marino" stands in it."""
    out = dict(picks)
    for pid, pk in picks.items():
        c = pk.cand
        if c.kind != "country":
            continue
        key = name_key(c.name)
        city = next((x for x in gaz.lookup(c.name, year=year) if x.kind == "settlement" and x.country == c.country
                     and name_key(x.name) == key and x.lat is not None and c.lat is not None
                     and haversine_km((x.lat, x.lon), (c.lat, c.lon)) < 50), None)
        if city is not None:
            out[pid] = _Pick(city, pk.confidence)
    return out


def _place_local(p: Place, kind: str, ctx: _Context, gaz: Gazetteer, year: int | None,
                 near: tuple[str, Candidate] | None = None, said: bool = False) -> Place:
    """A station, building, street or quarter: placed at the city the text says it is in ("the
    Nicholas Station in Petrograd"), else the city named in it, else the city the text was just
    in, else the document's dominant city."""
    city = None
    if kind != "station" and not said:
        city = _named_city(p.name, ctx, gaz, year)
    if city is None:
        city = near or ctx.dominant_city()
    if city is None and kind == "station":
        city = _named_city(p.name, ctx, gaz, year)
    if city is None:
        return replace(p, kind=kind, lat=None, lon=None, gazetteer_id=None, confidence=None)
    pid, c = city
    return replace(p, kind=kind, lat=c.lat, lon=c.lon, gazetteer_id=None, confidence=0.3,
                   within=pid if pid in ctx.picks else None)


def _named_city(name: str, ctx: _Context, gaz: Gazetteer, year: int | None) -> tuple[str, Candidate] | None:
    """The document's settlement named inside ``name`` ("Moscow Gate" → Moscow), if any."""
    words = re.split(r"[\s\-]+", name.strip())
    by_gid = {pk.cand.id: pid for pid, pk in ctx.picks.items() if pk.cand.kind == "settlement"}
    for n in range(len(words) - 1, 0, -1):
        for i in range(0, len(words) - n + 1):
            part = " ".join(words[i:i + n])
            if not part[:1].isupper():
                continue
            for c in gaz.lookup(part, year=year)[:5]:
                if c.id in by_gid:
                    return by_gid[c.id], c
    return None
