#!/usr/bin/env python3
"""Quotation detection and speaker attribution on the LitBank dev split.

usage: .venv/bin/python eval/eval_quotes.py [--litbank DIR] [--split dev] [--no-gazetteer] [-v]

For each document of the split, LitBank's tokenised text (one sentence a line) is
detokenised into running text, Chronicle is run on it (parse, entity resolution, then
:func:`chronicle.resolve.quotes.find_quotations`), and the result is compared with
``quotations/tsv/*.ann``:

* detection: a gold quotation is found when a system quotation overlaps at least half
  of it and half of the system quotation lies inside it (one to one); P/R/F1 over
  quotations, and the same with exact boundaries;
* speaker: right when the words the finder took for the speaker ("she" in "she asked")
  lie on the gold speaker's coreference chain (``coref/tsv``); otherwise (a speaker
  carried over from an interrupted quotation or a dialogue turn) each Chronicle entity is mapped to the gold coreference chain (``coref/tsv``)
  that most of its mentions overlap; an attributed quotation is right when its speaker's
  chain is the gold ATTRIB chain. Reported over found quotations and over all gold ones.

LitBank loses paragraph breaks (its text files hold one sentence a line, no blank lines, and
a sentence may run across a paragraph boundary); a paragraph break is put before every
sentence that opens with a quotation mark (dialogue turns), which is how novels are printed.
Exits 0 with a message when the corpus (``../shared``) is absent.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
import types
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT.parent / "shared" / "corpus" / "litbank"
NO_SPACE_BEFORE = {",", ".", "!", "?", ";", ":", ")", "]", "”", "’", "n't", "'s", "’s", "'ll", "'re", "'ve",
                   "'m", "'d", "’ll", "’re", "’ve", "’m", "’d", "...", "'", "%"}
NO_SPACE_AFTER = {"“", "‘", "(", "["}


def detokenize(lines: list[list[str]]) -> tuple[str, dict[tuple[int, int], tuple[int, int]]]:
    """Running text and (sentence, token) -> (start, end) offsets."""
    out, where, pos = [], {}, 0
    dq_open = sq_open = False
    for si, toks in enumerate(lines):
        first = toks[0] if toks else ""
        opens = first in ("“", "‘") or (first == '"' and not dq_open) or (first == "'" and not sq_open)
        sep = "\n\n" if si and opens else (" " if si else "")
        glue = False  # no space before the next token
        for ti, tok in enumerate(toks):
            kind = None
            if tok == '"':
                kind = "close" if dq_open else "open"
                dq_open = not dq_open
            elif tok == "'" and (sq_open or ti == 0 or toks[ti - 1] in (",", ":", "--")):
                kind = "close" if sq_open else "open"
                sq_open = not sq_open
            if ti == 0:
                space = sep
            elif glue or tok in NO_SPACE_BEFORE and kind != "open" or kind == "close":
                space = ""
            else:
                space = " "
            out.append(space)
            pos += len(space)
            where[(si, ti)] = (pos, pos + len(tok))
            out.append(tok)
            pos += len(tok)
            glue = tok in NO_SPACE_AFTER or kind == "open"
    return "".join(out), where


def read_tsv(path: Path) -> list[list[str]]:
    return [line.split(" ") if line else [] for line in path.read_text(encoding="utf-8").split("\n")]


def gold_quotes(ann: Path, where) -> list[tuple[int, int, str | None]]:
    quotes, attrib = {}, {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if f[0] == "QUOTE":
            s = where[(int(f[2]), int(f[3]))][0]
            e = where[(int(f[4]), int(f[5]))][1]
            quotes[f[1]] = (s, e)
        elif f[0] == "ATTRIB":
            attrib[f[1]] = f[2]
    return sorted((s, e, attrib.get(q)) for q, (s, e) in quotes.items())


def gold_chains(ann: Path, where) -> dict[str, list[tuple[int, int]]]:
    spans, chains = {}, defaultdict(list)
    for line in ann.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if f[0] == "MENTION":
            spans[f[1]] = (where[(int(f[2]), int(f[3]))][0], where[(int(f[4]), int(f[5]))][1])
        elif f[0] == "COREF" and f[1] in spans:
            chains[f[2]].append(spans[f[1]])
    return chains


def run_chronicle(text: str, name: str):
    from chronicle.extract import extract_text
    from chronicle.resolve import quotes, stages
    got = {}

    def capture(ctx):
        got["found"], got["ctx"] = quotes.find_quotations(ctx), ctx
        return {}

    saved = stages.FACT_STAGES[:]
    stages.FACT_STAGES[:] = [capture]
    try:
        src = types.SimpleNamespace(path=f"{name}.txt", title=name, text=text, format="text", encoding="utf-8",
                                    sha256=hashlib.sha256(text.encode()).hexdigest(), body=((0, len(text)),),
                                    notes=(), sections=(), paragraphs=())
        extract_text(src)
    finally:
        stages.FACT_STAGES[:] = saved
    return got["found"], got["ctx"]


def _ov(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold, system) -> dict[int, int]:
    """gold index -> system index, one to one, by mutual half overlap."""
    pairs, used = {}, set()
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si in used:
                continue
            o = _ov(g, s)
            if o * 2 >= (g[1] - g[0]) and o * 2 >= (s[1] - s[0]):
                pairs[gi] = si
                used.add(si)
                break
    return pairs


def entity_chains(ctx, chains) -> dict[str, str]:
    """Chronicle entity id -> the gold chain most of its mentions overlap."""
    out = {}
    for e in list(ctx.persons) + list(ctx.organizations):
        votes = Counter()
        for m in e.mentions:
            for cid, spans in chains.items():
                if any(_ov((m.start, m.end), s) for s in spans):
                    votes[cid] += 1
        if votes:
            out[e.id] = votes.most_common(1)[0][0]
    return out


def evaluate(base: Path, split: str, verbose: bool) -> dict:
    ids = (base / "splits" / f"{split}.ids").read_text().split()
    tot = Counter()
    for doc in ids:
        qtxt = base / "quotations" / "tsv" / f"{doc}_brat.txt"
        text, where = detokenize(read_tsv(qtxt))
        gold = gold_quotes(base / "quotations" / "tsv" / f"{doc}_brat.ann", where)
        chains = gold_chains(base / "coref" / "tsv" / f"{doc}_brat.ann", where)
        found, ctx = run_chronicle(text, doc)
        sysq = [(f.seg.start, f.seg.end) for f in found]
        pairs = match([(s, e) for s, e, _ in gold], sysq)
        exact = sum(1 for gi, si in pairs.items() if _strip(text, gold[gi][:2]) == _strip(text, sysq[si]))
        to_chain = entity_chains(ctx, chains)
        spk_ok = spk_n = 0
        for gi, si in pairs.items():
            if gold[gi][2]:
                spk_n += 1
                f = found[si]
                by_mention = f.mention is not None and any(_ov(f.mention, m) for m in chains.get(gold[gi][2], []))
                spk_ok += by_mention or to_chain.get(f.speaker) == gold[gi][2]
        n_attr = sum(1 for g in gold if g[2])
        c = Counter(gold=len(gold), system=len(sysq), tp=len(pairs), exact=exact, spk_ok=spk_ok, spk_n=spk_n,
                    attr=n_attr)
        tot.update(c)
        if verbose:
            print(f"{doc[:40]:40s} gold {len(gold):3d} sys {len(sysq):3d} tp {len(pairs):3d} speaker {spk_ok}/{spk_n}")
    return tot


def _strip(text: str, span) -> str:
    return text[span[0]:span[1]].strip("“”\"‘’' \n")


def prf(tp, g, s):
    p, r = (tp / s if s else 0.0), (tp / g if g else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--litbank", type=Path, default=DEFAULT)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--no-gazetteer", action="store_true", help="neutral place prior (if the gazetteer is absent)")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    if not (a.litbank / "splits" / f"{a.split}.ids").exists():
        print(f"LitBank not found at {a.litbank}; skipping the quotation evaluation.")
        return 0
    if a.no_gazetteer:
        from chronicle.resolve import stages
        stages.place_prior = lambda: (lambda name: 0.0)
    t = evaluate(a.litbank, a.split, a.verbose)
    p, r, f = prf(t["tp"], t["gold"], t["system"])
    ep, er, ef = prf(t["exact"], t["gold"], t["system"])
    print(f"quotations  gold {t['gold']}  system {t['system']}  matched {t['tp']}")
    print(f"detection   P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (exact boundaries: P {ep:.3f} R {er:.3f} F1 {ef:.3f})")
    acc = t["spk_ok"] / t["spk_n"] if t["spk_n"] else 0.0
    print(f"speaker     accuracy {acc:.3f} on found quotations ({t['spk_ok']}/{t['spk_n']}); "
          f"{t['spk_ok'] / t['attr'] if t['attr'] else 0.0:.3f} of all {t['attr']} attributed gold quotations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
