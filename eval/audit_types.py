#!/usr/bin/env python3
"""Regression audit on text without gold: what kind each frequent name gets, and how many facts.

usage: python eval/audit_types.py [--shared ../shared] [--chars 40000] --out NOW.json [--baseline THEN.json]

The gold passages cannot see every regression: a rule that helps them may turn a party into a
place or a surname into a body elsewhere. This script extracts the README sample and the first
``--chars`` characters of each Wikipedia biography in ``shared/corpus/wikipedia-biographies``
and writes, per text, the kind (person / place / organization) and mention count of every name
mentioned at least twice, and the number of each fact. With ``--baseline`` (the same file
written before a change) it prints what moved: names whose kind changed, names gained or lost
with three mentions or more, and fact counts that changed by a quarter or more. Read the list;
a name that changed kind is a regression or a fix, and only reading the text says which.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ("persons", "places", "organizations")
FACTS = ("events", "journeys", "memberships", "relationships", "quotations", "claims", "time_expressions")


def texts(shared: Path, chars: int) -> dict[str, str]:
    """The audit texts: the bundled sample and the start of each Wikipedia article."""
    out = {"readme-sample": (ROOT / "chronicle" / "samples" / "reed-ten-days-ch2.txt").read_text(encoding="utf-8")}
    articles = shared / "corpus" / "wikipedia-biographies" / "articles"
    if articles.is_dir():
        for path in sorted(articles.glob("*.md")):
            out[path.stem] = path.read_text(encoding="utf-8")[:chars]
    return out


def profile(text: str, name: str) -> dict:
    """Name → [kind, mentions] for names mentioned twice or more, and fact counts."""
    from chronicle.export.json_format import to_json
    from chronicle.extract import extract_string

    data = to_json(extract_string(text, name=name))
    names: dict[str, list] = {}
    for kind in KINDS:
        for item in data.get(kind, []):
            count = len(item.get("mentions", []))
            if count >= 2 and (item["name"] not in names or names[item["name"]][1] < count):
                names[item["name"]] = [kind, count]
    return {"names": names, "facts": {f: len(data.get(f, [])) for f in FACTS}}


def compare(now: dict, then: dict) -> list[str]:
    """Lines saying what moved between two audits."""
    lines = []
    for text in sorted(set(now) & set(then)):
        a, b = then[text]["names"], now[text]["names"]
        for name in sorted(set(a) | set(b)):
            if name in a and name in b and a[name][0] != b[name][0]:
                lines.append(f"{text}: {name!r} {a[name][0]} ({a[name][1]}) -> {b[name][0]} ({b[name][1]})")
            elif name in a and name not in b and a[name][1] >= 3:
                lines.append(f"{text}: lost {name!r} {a[name][0]} ({a[name][1]})")
            elif name in b and name not in a and b[name][1] >= 3:
                lines.append(f"{text}: new {name!r} {b[name][0]} ({b[name][1]})")
        for fact, before in then[text]["facts"].items():
            after = now[text]["facts"].get(fact, 0)
            if abs(after - before) >= max(2, before / 4):
                lines.append(f"{text}: {fact} {before} -> {after}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--chars", type=int, default=40000, help="characters read from each article")
    ap.add_argument("--out", required=True, help="write this audit here (JSON)")
    ap.add_argument("--baseline", help="an earlier audit to compare with")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "corpus").is_dir():
        print(f"no shared corpus at {shared}: auditing the README sample only")
    now = {name: profile(text, name) for name, text in texts(shared, args.chars).items()}
    Path(args.out).write_text(json.dumps(now, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(now)} texts, {sum(len(p['names']) for p in now.values())} names -> {args.out}")
    if args.baseline:
        lines = compare(now, json.loads(Path(args.baseline).read_text(encoding="utf-8")))
        print("\n".join(lines) if lines else "nothing moved")
    return 0


if __name__ == "__main__":
    sys.exit(main())
