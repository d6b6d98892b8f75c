#!/usr/bin/env python3
"""Benchmark: Chronicle's whole extraction vs spaCy's bare pipeline on the same text.

usage: python bench/bench_extract.py [PATH] [--stages]

PATH defaults to Reed's *Ten Days That Shook the World* in ../shared/corpus/gutenberg.
Each side runs in its own process so peak memory (max RSS) is its own. Prints words/s
for both, their ratio (Chronicle / bare spaCy; target ≥ 0.5) and peak memory (target
< 1 GB). ``--stages`` also prints the time each resolve stage took.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "gutenberg" / "reed_ten_days_that_shook_the_world_pg3076.txt"


def run_chronicle(path: str) -> dict:
    from tqdm import tqdm

    from chronicle.annotate.pipeline import count_words
    from chronicle.extract import extract_text
    from chronicle.ingest import read_document
    from chronicle.resolve import stages

    src = read_document(path)
    words = sum(count_words(src.text[a:b]) for a, b in src.body)
    timings: dict[str, float] = {}
    stages.TIMINGS = timings
    t0 = time.perf_counter()
    with tqdm(total=sum(b - a for a, b in (*src.body, *src.notes)), unit="char", unit_scale=True,
              desc="chronicle", file=sys.stderr) as bar:
        rec = extract_text(src, progress=bar.update)
    secs = time.perf_counter() - t0
    counts = {k: len(getattr(rec, k)) for k in rec.LISTS}
    return {"words": words, "seconds": secs, "counts": counts, "stages": timings}


def run_spacy(path: str) -> dict:
    import spacy
    from tqdm import tqdm

    from chronicle.annotate.pipeline import MODEL, chunk_ranges, count_words
    from chronicle.ingest import read_document

    src = read_document(path)
    words = sum(count_words(src.text[a:b]) for a, b in src.body)
    nlp = spacy.load(MODEL)
    pieces = chunk_ranges(src.text, sorted((*src.body, *src.notes)))
    t0 = time.perf_counter()
    with tqdm(total=len(pieces), unit="chunk", desc="bare spaCy", file=sys.stderr) as bar:
        for _ in nlp.pipe((src.text[a:b] for a, b in pieces), batch_size=4):
            bar.update()
    return {"words": words, "seconds": time.perf_counter() - t0}


def child(mode: str, path: str) -> dict:
    out = subprocess.run([sys.executable, __file__, path, "--child", mode], check=True,
                         stdout=subprocess.PIPE, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--child", choices=("chronicle", "spacy"), help=argparse.SUPPRESS)
    ap.add_argument("--stages", action="store_true")
    a = ap.parse_args()
    if a.child:
        res = run_chronicle(a.path) if a.child == "chronicle" else run_spacy(a.path)
        res["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(res))
        return 0
    if not Path(a.path).exists():
        print(f"{a.path} not found (Reed's book lives in ../shared/corpus/gutenberg); nothing to benchmark")
        return 0
    bare = child("spacy", a.path)
    chron = child("chronicle", a.path)
    wps_b = bare["words"] / bare["seconds"]
    wps_c = chron["words"] / chron["seconds"]
    print(f"text: {a.path} ({chron['words']:,} words)")
    print(f"bare spaCy : {wps_b:8.0f} words/s  {bare['seconds']:6.1f} s  peak {bare['max_rss_mb']:6.0f} MB")
    print(f"Chronicle  : {wps_c:8.0f} words/s  {chron['seconds']:6.1f} s  peak {chron['max_rss_mb']:6.0f} MB")
    print(f"ratio (Chronicle / bare spaCy): {wps_c / wps_b:.2f}   (target >= 0.5; peak memory target < 1024 MB)")
    print("record: " + ", ".join(f"{v} {k}" for k, v in chron["counts"].items()))
    if a.stages:
        for k, v in chron["stages"].items():
            print(f"  stage {k:24s} {v:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
