#!/usr/bin/env python3
"""Per passage, each gold place with coordinates against Chronicle's: name, points, distance, and why a
wrong one is wrong.

    python eval/geocode_misses.py [--shared ../shared] [--all] [PASSAGE ...]

Extracts every gold passage as ``chronicle extract`` does (``eval/passages/*`` and ``shared/eval/gold/*``), matches
system places to gold ones with ``shared/eval/score.py`` and prints a line per gold place (only the wrong
and missed ones unless ``--all``), classified as

* ``missed``: the entity layer did not find the place;
* ``local``: put at a city as a building, street, district or unknown name (``within``), and that city is wrong;
* ``unplaced``: no point at all;
* ``not in gazetteer``: no candidate of the name lies within the limit (an island, a cape, an old name);
* ``wrong candidate``: the gazetteer has a place within the limit, another was chosen (a namesake);
* ``area point``: an area (region, sea, river) resolved to the right entity whose point is too far.

Limits as the scorer's: 50 km for settlements, stations and buildings, 500 km else. Exits 0 with a
message when the shared folder is absent.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronicle.resolve.gazetteer import AREA_KINDS, Gazetteer, haversine_km  # noqa: E402


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("chronicle_score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def classify(ge: dict, sys_places: list[dict], gaz: Gazetteer) -> tuple[str, str]:
    lim = 50 if ge.get("kind") in ("settlement", "station", "building") else 500
    gold = (ge["lat"], ge["lon"])
    if not sys_places:
        return "missed", "not found by the entity layer"
    e = sys_places[0]
    if e.get("lat") is None:
        return "unplaced", f"'{e['name']}' has no point"
    km = haversine_km((e["lat"], e["lon"]), gold)
    said = f"'{e['name']}' {e.get('kind')} ({e['lat']:.2f},{e['lon']:.2f}) {km:.0f} km, id {e.get('gazetteer_id')}"
    if km <= lim:
        return "ok", said
    if e.get("within"):
        return "local", f"{said}, within {e['within']}"
    cands = gaz.lookup(e["name"]) + gaz.lookup_variants(e["name"])
    near = [c for c in cands if c.lat is not None and haversine_km((c.lat, c.lon), gold) <= lim]
    if near:
        return "wrong candidate", f"{said}; the gazetteer's {near[0].name} ({near[0].country}) is right"
    if e.get("gazetteer_id") and any(c.id == e.get("gazetteer_id") and c.kind in AREA_KINDS for c in cands):
        return "area point", said
    return "not in gazetteer", said


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--all", action="store_true", help="print the right ones too")
    ap.add_argument("passages", nargs="*")
    args = ap.parse_args(argv)
    if not (args.shared / "eval" / "score.py").exists():
        print(f"{args.shared}: no shared eval folder; nothing to check")
        return 0
    from chronicle.export.json_format import to_json
    from chronicle.extract import extract_text
    from chronicle.ingest import read_document

    score = _scorer(args.shared)
    gaz = Gazetteer.load()
    dirs = sorted(p for p in (ROOT / "eval" / "passages").iterdir() if (p / "gold.json").exists()) + \
        sorted(p for p in (args.shared / "eval" / "gold").iterdir() if (p / "gold.json").exists())
    for d in dirs:
        if args.passages and d.name not in args.passages:
            continue
        # what `chronicle extract text.txt --json OUT` writes, as eval/run_eval.py does
        rec = json.loads(json.dumps(to_json(extract_text(read_document(d / "text.txt"))), ensure_ascii=False))
        gold = json.loads((d / "gold.json").read_text(encoding="utf-8"))
        sc = score.Scorer(gold, (d / "text.txt").read_text(encoding="utf-8"), rec)
        sc.run()
        by_gold: dict[str, list[dict]] = {}
        for e in rec.get("places", []):
            for gid in sc.map.get(e["id"], ()):
                by_gold.setdefault(gid, []).append(e)
        print(f"== {d.name}")
        for ge in gold["places"]:
            if ge.get("lat") is None:
                continue
            cls, why = classify(ge, by_gold.get(ge["id"], []), gaz)
            if cls != "ok" or args.all:
                print(f"  {cls:17s} {ge['id']:26s} {ge.get('kind', ''):10s} gold ({ge['lat']:.2f},{ge['lon']:.2f})  {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
