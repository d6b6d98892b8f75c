"""Evaluate place resolution (toponym → coordinates) against the shared corpora.

Resolution only: the gold toponym spans are given; each document's toponyms
become :class:`Place` objects (one per distinct surface form, with its
mentions) and are resolved together with :func:`chronicle.resolve.places.geocode`,
the document being the context. Reports accuracy within 161 km (100 miles,
the usual figure), exact GeoNames id where the corpus gives ids, and for the
narrative gold passages the share within 50 km (settlements, stations,
buildings) or 500 km (everything else), as ``shared/eval/score.py`` counts.

    python eval/eval_places.py [--shared ../shared] [--limit N]

Exits 0 with a message when the shared folder is absent.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronicle.record import Place, Span  # noqa: E402
from chronicle.resolve.gazetteer import Gazetteer, haversine_km  # noqa: E402
from chronicle.resolve.places import geocode  # noqa: E402


class Tally:
    def __init__(self, name: str) -> None:
        self.name, self.n, self.ok161, self.n_id, self.ok_id, self.none = name, 0, 0, 0, 0, 0
        self.misses: list[str] = []

    def add(self, place: Place, lat: float, lon: float, gold_id: str | None = None, km: float = 161.0) -> None:
        self.n += 1
        if place.lat is None:
            self.none += 1
            ok = False
        else:
            ok = haversine_km((place.lat, place.lon), (lat, lon)) <= km or \
                bool(gold_id) and place.gazetteer_id == f"geonames:{gold_id}"  # same entity, other centroid
        self.ok161 += ok
        if not ok and len(self.misses) < 400:
            self.misses.append(place.name)
        if gold_id:
            self.n_id += 1
            self.ok_id += place.gazetteer_id == f"geonames:{gold_id}"

    def row(self) -> str:
        acc = self.ok161 / self.n if self.n else 0.0
        ida = f"{self.ok_id / self.n_id:6.1%}" if self.n_id else "     -"
        return f"{self.name:<22} {self.n:>6} {acc:8.1%} {ida:>9} {self.none / max(1, self.n):9.1%}"


def _resolve_doc(doc_id: str, text: str, toponyms: list[tuple[int, int, str]], gaz: Gazetteer) -> dict[str, Place]:
    """toponyms: (start, end, surface) → resolved Place per surface form."""
    spans = defaultdict(list)
    for s, e, surf in toponyms:
        spans[surf.strip()].append(Span(doc_id, s, e, surf))
    places = [Place(id=f"p{i}", name=n, aliases=(), mentions=tuple(m)) for i, (n, m) in enumerate(spans.items()) if n]
    return {p.name: p for p in geocode(places, text=text, gazetteer=gaz)}


def eval_news(path: Path, name: str, gaz: Gazetteer, limit: int | None) -> Tally:
    t = Tally(name)
    root = ET.parse(path).getroot()
    for k, art in enumerate(root.iter("article")):
        if limit and k >= limit:
            break
        text = art.findtext("text") or ""
        golds = []
        for tp in art.iter("toponym"):  # LGL / TR-News / GeoWebNews
            surf = tp.findtext("phrase") or tp.findtext("extractedName") or ""
            gz = tp.find("gaztag")
            if gz is not None:
                lat, lon, gid = gz.findtext("lat"), gz.findtext("lon"), gz.get("geonameid")
            else:
                lat, lon, gid = tp.findtext("latitude"), tp.findtext("longitude"), tp.findtext("geonamesID")
            if lat and lon:
                golds.append((int(tp.findtext("start")), int(tp.findtext("end")), surf, float(lat), float(lon), gid))
        for loc in art.iter("location"):  # GeoVirus
            if loc.findtext("lat"):
                golds.append((int(loc.findtext("start")), int(loc.findtext("end")), loc.findtext("name"),
                              float(loc.findtext("lat")), float(loc.findtext("lon")), None))
        if not golds:
            continue
        resolved = _resolve_doc(f"{name}{k}", text, [(s, e, n) for s, e, n, *_ in golds], gaz)
        for s, e, surf, lat, lon, gid in golds:
            t.add(resolved[surf.strip()], lat, lon, gid)
    return t


def eval_svoboda(folder: Path, gaz: Gazetteer) -> Tally | None:
    ner = folder / "gold" / "01_ner" / "d47_gold_ner.csv"
    geo = folder / "gold" / "02_geo" / "d47_gold_geo_unique.csv"
    if not ner.exists():
        return None
    coords = {}
    with open(geo, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["lat"] and r["lng"]:
                coords[r["resolved_entity"]] = (float(r["lat"]), float(r["lng"]))
    days = {p.name.split("_")[0]: p for p in (folder / "annotatable_entries" / "47").glob("*.txt")}
    offset, parts, starts = 0, [], {}
    for day in sorted(days, key=int):  # the whole diary is the context
        txt = days[day].read_text(encoding="utf-8")
        starts[day] = offset
        parts.append(txt)
        offset += len(txt) + 2
    text = "\n\n".join(parts)
    golds = []
    with open(ner, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["resolved_entity"] in coords and r["day"] in starts:
                s = starts[r["day"]] + int(r["start_span"])
                golds.append((s, s + len(r["original_entity"]), r["original_entity"], *coords[r["resolved_entity"]]))
    resolved = _resolve_doc("svoboda-d47", text, [(s, e, n) for s, e, n, _, _ in golds], gaz)
    t = Tally("svoboda d47 (mentions)")
    for s, e, surf, lat, lon in golds:
        t.add(resolved[surf.strip()], lat, lon)
    return t


def eval_gold_passages(gold_dir: Path, gaz: Gazetteer, fallback: bool = False) -> list[tuple[str, Tally]]:
    out = []
    for gfile in sorted(gold_dir.glob("*/gold.json")):
        g = json.loads(gfile.read_text(encoding="utf-8"))
        text = (gfile.parent / g.get("document", "text.txt")).read_text(encoding="utf-8")
        places = []
        for e in g["places"]:
            aliases = tuple(a for a in e.get("aliases", []) if a != e["name"])
            n = sum(max(1, text.count(a)) for a in (e["name"], *aliases)) if aliases else max(1, text.count(e["name"]))
            places.append(Place(id=e["id"], name=e["name"], aliases=aliases,
                                mentions=tuple(Span("g", 0, 0, e["name"]) for _ in range(n))))
        resolved = {p.id: p for p in geocode(places, text=text, gazetteer=gaz, unknown_at_dominant_city=fallback)}
        t = Tally(f"gold {gfile.parent.name}" + (" +fallback" if fallback else ""))
        for e in g["places"]:
            if e.get("lat") is None:
                continue
            km = 50.0 if e.get("kind") in ("settlement", "station", "building") else 500.0
            t.add(resolved[e["id"]], e["lat"], e["lon"], km=km)
        out.append((gfile.parent.name, t))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="place-resolution accuracy on the shared corpora")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=None, help="articles per news corpus")
    ap.add_argument("--gazetteer", type=Path, default=None, help="a built gazetteer other than the default")
    ap.add_argument("--misses", action="store_true", help="list the names resolved wrongly")
    args = ap.parse_args(argv)
    corpus = args.shared / "corpus"
    if not corpus.is_dir():
        print(f"shared corpora not found at {args.shared}; nothing to evaluate")
        return 0
    gaz = Gazetteer.load(args.gazetteer)
    t0 = time.time()
    tallies = []
    sv = eval_svoboda(corpus / "svoboda-diaries", gaz)
    if sv:
        tallies.append(sv)
    for folder, fname in (("lgl", "lgl.xml"), ("tr-news", "TR-News.xml"), ("geowebnews", "GWN.xml"),
                          ("geovirus", "GeoVirus.xml")):
        if (corpus / folder / fname).exists():
            tallies.append(eval_news(corpus / folder / fname, folder, gaz, args.limit))
    print(f"{'corpus':<22} {'toponyms':>6} {'acc@161km':>8} {'exact id':>9} {'unresolved':>9}")
    for t in tallies:
        print(t.row())
    gold = eval_gold_passages(args.shared / "eval" / "gold", gaz)
    gold += eval_gold_passages(args.shared / "eval" / "gold", gaz, fallback=True)
    if gold:
        print(f"\n{'gold passage':<28} {'places':>6} {'50/500 km':>10} {'unresolved':>10}")
        for _, t in gold:
            print(f"{t.name:<28} {t.n:>6} {t.ok161 / max(1, t.n):10.1%} {t.none / max(1, t.n):10.1%}")
        for tag in ("", " +fallback"):
            sel = [t for _, t in gold if t.name.endswith("fallback") == bool(tag)]
            n, ok = sum(t.n for t in sel), sum(t.ok161 for t in sel)
            print(f"{'all gold passages' + tag:<28} {n:>6} {ok / max(1, n):10.1%}")
    if args.misses:
        for t in tallies + [t for _, t in gold]:
            print(f"\n{t.name} misses: " + ", ".join(sorted(set(t.misses))[:120]))
    print(f"\n({time.time() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
