#!/usr/bin/env python3
"""What Chronicle got wrong on a passage with gold, layer by layer, through the shared scorer's eyes.

usage: python eval/diagnose.py FOLDER... [--layer memberships|relationships|journeys|quotes|identity|
                                          organizations|events|claims]
                                          [--shared ../shared]

Each FOLDER holds ``text.txt`` and ``gold.json`` (``eval/passages/<name>``). The record is extracted as
``run_eval.py`` does and matched to the gold with ``shared/eval/score.py``'s own entity mapping, so
a line here is exactly a point lost there. For each layer it prints the gold items missed (``-``)
and the system items that match no gold item (``+``), with their evidence, for tabulating causes
across passages. Do not run it on ``eval/heldout/``: those passages are measured, never read.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LAYERS = ("memberships", "relationships", "journeys", "quotes", "identity", "organizations", "events", "claims")
STATUS = {"granted": "in", "held": "in", "refused": "out", "removed": "out"}


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _text(span) -> str:
    if isinstance(span, list):
        span = span[0] if span else None
    return (span or {}).get("text", "")[:110].replace("\n", " ") if isinstance(span, dict) else ""


class Diagnosis:
    """A passage's gold, record and the scorer's mapping of system ids to gold ids."""

    def __init__(self, folder: Path, score):
        import json

        from chronicle.export.json_format import to_json
        from chronicle.extract import extract_text
        from chronicle.ingest import read_document

        self.text = (folder / "text.txt").read_text(encoding="utf-8")
        self.gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        self.rec = to_json(extract_text(read_document(folder / "text.txt")))
        self.scorer = score.Scorer(self.gold, self.text, self.rec)
        self.scorer.run()
        self.score = score
        self.names = {e["id"]: e["name"] for k in ("persons", "places", "organizations") for e in self.gold[k]}
        self.sys_names = {e["id"]: e["name"] for k in ("persons", "places", "organizations") for e in self.rec.get(k, [])}

    def g(self, sid) -> set[str]:
        return self.scorer.gid(sid)

    def label(self, sid) -> str:
        gold = sorted(self.g(sid))
        return f"{self.sys_names.get(sid, sid)}" + (f"[{','.join(gold)}]" if gold else "[?]")

    def memberships(self) -> list[str]:
        gold = {(m["person"], m["organization"], STATUS.get(m["status"], m["status"])): m for m in self.gold["memberships"]}
        found = set()
        lines = []
        for m in self.rec.get("memberships", []):
            keys = {(p, o, STATUS.get(m.get("status"), m.get("status")))
                    for p in self.g(m.get("person")) for o in self.g(m.get("organization"))}
            found |= keys
            if not keys & set(gold):
                lines.append(f"  + {self.label(m.get('person'))} / {self.label(m.get('organization'))} {m.get('status')} "
                             f"{m.get('role') or ''}: {_text(m.get('evidence'))}")
        for key, m in gold.items():
            if key not in found:
                lines.append(f"  - {m['person']} / {m['organization']} {m['status']} {m.get('role') or ''}: {m.get('evidence', '')}")
        return lines

    def relationships(self) -> list[str]:
        opt = self.scorer.optional
        gold = {frozenset((x["a"], x["b"])): x for x in self.gold["relationships"] if x["a"] not in opt and x["b"] not in opt}
        found = set()
        lines = []
        for x in self.rec.get("relationships", []):
            keys = {frozenset((a, b)) for a in self.g(x.get("a")) - opt for b in self.g(x.get("b")) - opt}
            found |= keys
            if not keys & set(gold):
                lines.append(f"  + {self.label(x.get('a'))} ~ {self.label(x.get('b'))} {x.get('type')}: {_text(x.get('evidence'))}")
        for key, x in gold.items():
            if key not in found:
                lines.append(f"  - {x['a']} ~ {x['b']} {x['type']}: {x.get('evidence', '')}")
        return lines

    def journeys(self) -> list[str]:
        lines = []
        for gj in self.gold["journeys"]:
            if len(gj["stops"]) < 2:
                continue
            lines.append(f"  gold {','.join(gj['travellers'])}: {' > '.join(gj['stops'])}")
        for sj in self.rec.get("journeys", []):
            travellers = ",".join(self.label(t) for t in sj.get("travellers", []))
            stops = " > ".join(self.label(s) for s in sj.get("stops", []))
            lines.append(f"  sys  {travellers}: {stops}")
        return lines

    def quotes(self) -> list[str]:
        lines = []
        sysq = [(self.score.span_of(x), x) for x in self.rec.get("quotations", [])]
        for q in self.gold["quotations"]:
            span = self.score.locate(self.text, q["evidence"], q["text_start"])
            if not span:
                continue
            hits = [x for s, x in sysq if s and self.score.overlap(s, (span[0], span[0] + 3))]
            if not hits:
                lines.append(f"  - not found ({q.get('speaker')}): {q['text_start'][:60]}")
            elif q.get("speaker") and not any(q["speaker"] in self.g(x.get("speaker")) for x in hits):
                got = ", ".join(self.label(x.get("speaker")) if x.get("speaker") else "None" for x in hits)
                lines.append(f"  x speaker {q['speaker']} got {got}: {q['text_start'][:60]}")
        return lines

    def identity(self) -> list[str]:
        """Gold persons split over several system entities, and system persons joining several gold ones."""
        lines = []
        by_gold: dict[str, list[str]] = {}
        for e in self.rec.get("persons", []):
            gold = self.g(e["id"])
            if len(gold) > 1:
                lines.append(f"  merged {e['name']!r} = {sorted(gold)}")
            for gid in gold:
                by_gold.setdefault(gid, []).append(e["name"])
        for gid, names in by_gold.items():
            if len(names) > 1:
                lines.append(f"  split {gid}: {names}")
        return lines

    def organizations(self) -> list[str]:
        """Gold bodies missed (and what the record made of their names), bodies matching none, splits, merges."""
        lines = []
        opt = self.scorer.optional
        hits: dict[str, list[str]] = {}
        for e in self.rec.get("organizations", []):
            gold = self.g(e["id"]) - opt
            if not gold and not self.g(e["id"]):
                lines.append(f"  + {e['name']!r} ({len(e.get('mentions', []))} mentions)")
            if len(gold) > 1:
                lines.append(f"  merged {e['name']!r} = {sorted(gold)}")
            for gid in gold:
                hits.setdefault(gid, []).append(e["name"])
        other = {self.score.norm(a): (k, e["name"]) for k in ("persons", "places") for e in self.rec.get(k, [])
                 for a in [e["name"], *e.get("aliases", [])]}
        for g in self.gold["organizations"]:
            if g["id"] in opt:
                continue
            names = [g["name"], *g.get("aliases", [])]
            if g["id"] not in hits:
                typed = {f"{k[:-1]} {n!r}" for a in names if (hit := other.get(self.score.norm(a))) for k, n in [hit]}
                lines.append(f"  - {g['id']} {' | '.join(names)}" + (f"  (typed as {', '.join(sorted(typed))})" if typed else ""))
            elif len(hits[g["id"]]) > 1:
                lines.append(f"  split {g['id']}: {hits[g['id']]}")
        return lines

    def events(self) -> list[str]:
        lines = []
        sys_e = [(self.score.spans_of(x.get("evidence")), x) for x in self.rec.get("events", [])]
        for e in self.gold["events"]:
            span = self.score.locate(self.text, e["evidence"])
            if not span:
                continue
            cands = [x for ss, x in sys_e if any(self.score.overlap(s, span) for s in ss)]
            if not cands:
                lines.append(f"  - {e['type']}: {e['evidence']}")
            elif e.get("date") and not any(str(x.get("date")) == e["date"] for x in cands):
                got = ",".join(str(x.get("date")) for x in cands)
                lines.append(f"  x date {e['date']} got {got}: {e['evidence']}")
        return lines

    def claims(self) -> list[str]:
        """Gold claims missed (``-``) or found with the wrong claimant (``x``), with the disputes each side
        gives; system claims whose evidence meets no gold claim (``+``). Only the claimant counts in the score."""
        lines = []
        sysc = [(self.score.spans_of(x.get("evidence")), x) for x in self.rec.get("claims", [])]
        golds = [self.score.locate(self.text, c["evidence"]) for c in self.gold["claims"]]
        for span, c in zip(golds, self.gold["claims"]):
            if not span:
                continue
            cands = [x for ss, x in sysc if any(self.score.overlap(s, span) for s in ss)]
            disputes = ",".join(c.get("disputed_by") or []) + ("+author" if c.get("disputed_by_author") else "")
            if not cands:
                lines.append(f"  - {c.get('claimant')} [disp {disputes or '-'}]: {c['evidence'][:110]}")
            elif c.get("claimant") and not any(c["claimant"] in self.g(x.get("claimant")) for x in cands):
                got = ", ".join(self.label(x.get("claimant")) if x.get("claimant") else "None" for x in cands)
                lines.append(f"  x claimant {c['claimant']} got {got}: {c['evidence'][:110]}")
            elif disputes and not any(x.get("disputed_by") for x in cands):
                lines.append(f"  x disputes {disputes} got none (not scored): {c['evidence'][:110]}")
        for ss, x in sysc:
            if not any(self.score.overlap(s, g) for s in ss for g in golds if g):
                who = self.label(x.get("claimant")) if x.get("claimant") else "None"
                lines.append(f"  + {who}: {_text(x.get('evidence'))}")
        return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--layer", choices=LAYERS, action="append", help="default: all")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args(argv)
    if not (Path(args.shared) / "eval" / "score.py").exists():
        print(f"no scorer at {args.shared}/eval/score.py")
        return 0
    score = load_scorer(Path(args.shared))
    for folder in map(Path, args.folders):
        if "heldout" in folder.resolve().parts:
            print(f"{folder}: held out, not diagnosed")
            continue
        d = Diagnosis(folder, score)
        print(f"## {folder.name}")
        for layer in args.layer or LAYERS:
            lines = getattr(d, layer)()
            print(f" {layer} ({len(lines)})")
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
