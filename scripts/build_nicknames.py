"""Build ``chronicle/data/english_nicknames.csv`` from the ``nicknames`` package's ``names.csv``.

Source (see ``chronicle/data/SOURCES.md``): the PyPI package ``nicknames`` 1.0.1 (Carlton Northern,
Nick Crews; Apache-2.0), "Hand-curated dataset of English names and nicknames", one
``name,has_nickname,nickname`` row per pair. It is read at build time only, never installed as a
runtime dependency:

    python -m pip download --no-deps nicknames==1.0.1 -d /tmp/nick
    python scripts/build_nicknames.py /tmp/nick/nicknames-1.0.1-py3-none-any.whl

The output has one row per given name, its nicknames joined by "|", sorted, so the same wheel gives
the same bytes. Nicknames of one or two letters ("Al", "Ed") are left out: too easily a stray token.
"""
from __future__ import annotations

import argparse
import csv
import io
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "chronicle" / "data" / "english_nicknames.csv"
MIN_LEN = 3


def read_pairs(wheel: Path) -> dict[str, set[str]]:
    """Given name -> its nicknames, from the wheel's ``nicknames/names.csv``."""
    with zipfile.ZipFile(wheel) as z:
        text = z.read("nicknames/names.csv").decode("utf-8")
    names: dict[str, set[str]] = defaultdict(set)
    for row in csv.DictReader(io.StringIO(text)):
        name, rel, nick = (row.get(k, "").strip().lower() for k in ("name1", "relationship", "name2"))
        if rel == "has_nickname" and name and len(nick) >= MIN_LEN and nick != name:
            names[name].add(nick)
    return names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("wheel", type=Path, help="nicknames-1.0.1-py3-none-any.whl (from pip download)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    names = read_pairs(args.wheel)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["given_name", "nicknames"])
        for name in sorted(names):
            w.writerow([name, "|".join(sorted(names[name]))])
    print(f"{len(names)} names, {sum(map(len, names.values()))} nicknames -> {args.out}")


if __name__ == "__main__":
    main()
