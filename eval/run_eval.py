#!/usr/bin/env python3
"""Evaluate Chronicle: every gold passage with the shared scorer, plus LitBank NER.

usage: python eval/run_eval.py [--shared ../shared] [--only gold|passages|heldout|litbank] [--dir DIR] [--json OUT]

* Gold passages (``shared/eval/gold/<name>/``, and the passages written for Chronicle's own
  evaluation in ``eval/passages/<name>/``, same layout): Chronicle extracts ``text.txt`` and
  ``shared/eval/score.py`` scores the JSON record against ``gold.json``. ``--dir DIR`` scores
  the passages of any folder laid out the same way and nothing else; ``--only heldout`` scores
  ``eval/heldout/`` (passages measured at a session's start and end, never developed on).
* LitBank dev split (``shared/corpus/litbank``): named-mention F1 for persons, places
  and organizations, and B³ over the coreference chains of the named person mentions
  found (how well names are grouped into identities), using the coreference layer's ``PROP_`` mentions (PER → person;
  LOC/GPE/FAC → place; ORG → organization). A system mention is right when it has the
  same class and overlaps a gold mention (``overlap``) or has the same span (``exact``).

Prints a table; exits 0 with a message when the shared folder is absent.
"""
from __future__ import annotations

import argparse
import re
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"PER": "persons", "LOC": "places", "GPE": "places", "FAC": "places", "ORG": "organizations"}


PASSAGES = ROOT / "eval" / "passages"
HELDOUT = ROOT / "eval" / "heldout"  # measured at a session's start and end, never developed on


def score_gold(shared: Path, gold_dir: Path | None = None) -> dict[str, dict[str, float | None]]:
    """Score every ``<name>/text.txt`` + ``gold.json`` under ``gold_dir`` (default: the shared gold)."""
    from chronicle.export.json_format import to_json
    from chronicle.extract import extract_text
    from chronicle.ingest import read_document

    out = {}
    gold_dir = gold_dir or shared / "eval" / "gold"
    for folder in sorted(p for p in gold_dir.iterdir() if p.is_dir()):
        text_path = folder / "text.txt"
        if not text_path.exists():
            continue
        # exactly what `chronicle extract text.txt --json OUT` writes: the file read as a document
        # (note sections and all), not the bare string
        record = extract_text(read_document(text_path))
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump(to_json(record), f, ensure_ascii=False)
        res = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), f.name, "--gold",
                              str(folder / "gold.json"), "--text", str(text_path), "--json"],
                             capture_output=True, text=True, check=True)
        out[folder.name] = json.loads(res.stdout)
        Path(f.name).unlink()
    return out


def litbank_mentions(ann: Path) -> list[tuple[int, int, str]]:
    gold = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or not parts[1].startswith("PROP_"):
            continue
        label, start, end = parts[1].split(" ")
        kind = KINDS.get(label[5:])
        if kind:
            gold.append((int(start), int(end), kind))
    return gold


def litbank_chains(ann: Path) -> dict[tuple[int, int], str]:
    """Span -> coreference entity id, for the named person mentions (PROP_PER)."""
    typed: dict[tuple[int, int], str] = {}
    chain: dict[tuple[int, int], str] = {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or not parts[0].startswith("T"):
            continue
        label, start, end = parts[1].split(" ")[:3]
        key = (int(start), int(end))
        if label.startswith(("PROP_", "NOM_", "PRON_")):
            typed[key] = label
        else:
            chain[key] = label
    return {k: chain[k] for k, label in typed.items() if label == "PROP_PER" and k in chain}


def b_cubed(gold: dict[tuple[int, int], str], system: dict[tuple[int, int], str]) -> tuple[float, float, float]:
    """B³ precision, recall, F1 over the gold mentions that the system found."""
    keys = [k for k in gold if k in system]
    if not keys:
        return 0.0, 0.0, 0.0
    p = r = 0.0
    for k in keys:
        same_sys = {x for x in keys if system[x] == system[k]}
        same_gold = {x for x in keys if gold[x] == gold[k]}
        both = len(same_sys & same_gold)
        p += both / len(same_sys)
        r += both / len(same_gold)
    p, r = p / len(keys), r / len(keys)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_litbank(shared: Path) -> dict[str, dict[str, float]]:
    from chronicle.extract import extract_string

    base = shared / "corpus" / "litbank"
    ids = (base / "splits" / "dev.ids").read_text().split()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    identity: list = []
    for doc in ids:
        ann = base / "coref" / "brat" / f"{doc}_brat.ann"
        if not ann.exists():
            ann = next((base / "coref" / "brat").glob(f"{doc}*.ann"))
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        gold = litbank_mentions(ann)
        rec = extract_string(text, name=doc)
        system = [(m.start, m.end, kind) for kind in ("persons", "places", "organizations")
                  for e in getattr(rec, kind) for m in e.mentions
                  if not m.text.islower() and m.text not in ("I", "Me", "Myself")
                  and not re.match(r"(?:My|Our|His|Her|Their|Your)\s", m.text)]  # named mentions only ("My aunt" is NOM)
        chains = litbank_chains(ann)
        found = {}
        for e in rec.persons:
            for m in e.mentions:
                for k in chains:
                    if k[0] < m.end and m.start < k[1]:
                        found[k] = e.id
        identity.append((b_cubed(chains, found), len([k for k in chains if k in found])))
        for kind in ("persons", "places", "organizations", "all"):
            g = [x for x in gold if kind in (x[2], "all")]
            s = [x for x in system if kind in (x[2], "all")]
            counts[kind]["gold"] += len(g)
            counts[kind]["sys"] += len(s)
            counts[kind]["exact_p"] += sum(1 for x in s if x in set(g))
            counts[kind]["exact_r"] += sum(1 for x in g if x in set(s))
            counts[kind]["ov_p"] += sum(1 for x in s if any(_same(x, y) for y in g))
            counts[kind]["ov_r"] += sum(1 for x in g if any(_same(x, y) for y in s))
    out = {k: {"exact_f1": _f1(c["exact_p"], c["sys"], c["exact_r"], c["gold"]),
               "overlap_f1": _f1(c["ov_p"], c["sys"], c["ov_r"], c["gold"]),
               "gold": c["gold"], "system": c["sys"]} for k, c in counts.items()}
    n = sum(w for _, w in identity) or 1
    out["person_identity_b3"] = {name: round(sum(v[i] * w for v, w in identity) / n, 3)
                                 for i, name in enumerate(("precision", "recall", "f1"))}
    return out


def _table(scores: dict[str, dict[str, float | None]], mean: bool = False) -> None:
    """Print one column per text (and their mean) and one row per measure."""
    names = list(scores)
    measures = list(next(iter(scores.values()))) if scores else []
    head = [n[:18] for n in names] + (["mean"] if mean else [])
    print(f"{'measure':22s} " + " ".join(f"{h:>18s}" for h in head))
    for m in measures:
        vals = [scores[n].get(m) for n in names]
        if mean:
            known = [v for v in vals if v is not None]
            vals.append(sum(known) / len(known) if known else None)
        print(f"{m:22s} " + " ".join(f"{'n/a' if v is None else f'{v:.3f}':>18s}" for v in vals))


def _same(a, b) -> bool:
    return a[2] == b[2] and a[0] < b[1] and b[0] < a[1]


def _f1(tp_p: int, n_sys: int, tp_r: int, n_gold: int) -> float:
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--only", choices=("gold", "passages", "heldout", "litbank"))
    ap.add_argument("--dir", help="score only the passages in this folder (<name>/text.txt + gold.json)")
    ap.add_argument("--json", help="also write the figures as JSON here")
    a = ap.parse_args()
    shared = Path(a.shared)
    if not (shared / "eval").exists():
        print(f"no shared evaluation data at {shared}; nothing to evaluate")
        return 0
    figures: dict = {}
    if a.dir or a.only == "heldout":
        figures["dir"] = scores = score_gold(shared, Path(a.dir) if a.dir else HELDOUT)
        _table(scores, mean=True)
        if a.json:
            Path(a.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")
        return 0
    if a.only in (None, "gold"):
        figures["gold"] = gold = score_gold(shared)
        _table(gold)
    if a.only in (None, "passages") and PASSAGES.exists():
        figures["passages"] = passages = score_gold(shared, PASSAGES)
        print("\nPassages written for Chronicle's evaluation (eval/passages/):")
        _table(passages, mean=True)
    if a.only in (None, "litbank"):
        figures["litbank_dev_ner"] = lit = score_litbank(shared)
        print("\nLitBank dev, named mentions (PROP_):")
        for k, v in lit.items():
            if k == "person_identity_b3":
                print(f"  person identity (B³ over found named mentions): P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}")
                continue
            print(f"  {k:14s} exact F1 {v['exact_f1']:.3f}  overlap F1 {v['overlap_f1']:.3f}  (gold {v['gold']}, system {v['system']})")
    if a.json:
        Path(a.json).write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
