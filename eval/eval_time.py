#!/usr/bin/env python3
"""Evaluate Chronicle's time tagger (chronicle.annotate.timex.tag_time).

usage: eval_time.py [--shared DIR] [--corpus wikiwars|tempeval|gold|all] [--errors N] [--vague]

* WikiWars (TIMEX3 version) and TempEval-3 AQUAINT: TempEval-3 measures. Spans are
  matched strictly (same offsets) and relaxed (overlap, one-to-one); value F1 and
  type accuracy are computed over relaxed matches (value F1: P = right values /
  system expressions, R = right values / gold expressions, as in TempEval-3).
  AQUAINT is news: its document creation time starts the clock. WikiWars' DCT is
  the download date, so narrative mode is used (no DCT).
* Chronicle gold (shared/eval/gold/*): the time.* measures of shared/eval/score.py,
  computed by that script's own Scorer.timexes.

Skips with a message (exit 0) when the shared folder is absent.
"""
from __future__ import annotations

import argparse
import glob
import html
import importlib.util
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chronicle.annotate.timex import tag_time  # noqa: E402


def shared_dir(arg: str | None) -> Path | None:
    for p in (arg, os.environ.get("CHRONICLE_SHARED"), ROOT.parent / "shared"):
        if p and Path(p).is_dir():
            return Path(p)
    return None


# --- TimeML ----------------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")


def parse_timeml(path: Path) -> tuple[str, list[dict], str | None]:
    """Plain text of <TEXT>, its TIMEX3s as dicts with start/end/type/value, and the DCT."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    if m:
        dct = m.group(1)
    body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    out, timexes, stack, pos = [], [], [], 0
    length = 0
    for t in _TAG.finditer(body):
        chunk = html.unescape(body[pos:t.start()])
        out.append(chunk)
        length += len(chunk)
        pos = t.end()
        closing, name, attrs = t.group(1), t.group(2), t.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            a = dict(re.findall(r'(\w+)="([^"]*)"', attrs))
            stack.append((length, a))
        elif stack:
            s, a = stack.pop()
            timexes.append({"start": s, "end": length, "type": a.get("type"), "value": a.get("value"), "mod": a.get("mod")})
    chunk = html.unescape(body[pos:])
    out.append(chunk)
    return "".join(out), timexes, dct


#: relative day expressions, as the time issue counts them ("next day", "three days later", "the day
#: before", "that night"): measured over gold TIMEX3 with such a text and a full day value
RELATIVE_DAY = re.compile(
    r"\b(?:(?:the\s+)?(?:next|following|same|previous|preceding|ensuing|that)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:the\s+)?day\s+(?:after|before)|\w+\s+days?\s+(?:later|after|before|earlier)|yesterday|tomorrow)\b", re.I)
DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")


def match(gold: list[dict], sys_: list[dict]) -> dict:
    """TempEval-3 strict/relaxed span match (one-to-one, greedy by overlap) plus value/type, and the
    share of relative day expressions (:data:`RELATIVE_DAY`) resolved to the gold day."""
    used, strict, relaxed, val_ok, type_ok = set(), 0, 0, 0, 0
    rel_gold = rel_ok = 0
    errors = []
    for g in gold:
        relative = bool(RELATIVE_DAY.search(g.get("text") or "")) and bool(DAY_VALUE.match(g.get("value") or ""))
        rel_gold += relative
        best, best_ov = None, 0
        for j, s in enumerate(sys_):
            if j in used:
                continue
            ov = min(g["end"], s["end"]) - max(g["start"], s["start"])
            if ov > best_ov:
                best, best_ov = j, ov
        if best is None:
            errors.append(("miss", g, None))
            continue
        used.add(best)
        s = sys_[best]
        relaxed += 1
        strict += (s["start"], s["end"]) == (g["start"], g["end"])
        if (s.get("value") or "") == (g.get("value") or ""):
            val_ok += 1
            rel_ok += relative
        else:
            errors.append(("value", g, s))
        type_ok += s.get("type") == g.get("type")
    for j, s in enumerate(sys_):
        if j not in used:
            errors.append(("false", None, s))
    return {"gold": len(gold), "sys": len(sys_), "strict": strict, "relaxed": relaxed, "value": val_ok,
            "type": type_ok, "rel_gold": rel_gold, "rel_ok": rel_ok, "errors": errors}


def add(a: dict, b: dict) -> dict:
    return {k: (a.get(k, 0) + b[k]) if k != "errors" else a.get(k, []) + b[k] for k in b}


def f1(tp: int, n_gold: int, n_sys: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


VAGUE = False  # --vague: tag vague references (now, recently, former...) as TIMEX3 does


def timeml_corpus(files: list[Path], use_dct: bool) -> dict:
    tot: dict = {}
    for f in files:
        text, gold, dct = parse_timeml(f)
        tx = tag_time(text, f.stem, dct=dct if use_dct else None, vague=VAGUE)
        sys_ = [{"start": t.span.start, "end": t.span.end, "type": t.type, "value": t.value,
                 "text": t.span.text} for t in tx]
        for g in gold:
            g["text"] = text[g["start"]:g["end"]]
            g["doc"] = f.stem
        r = match(gold, sys_)
        for kind, g, s in r["errors"]:
            ctx_src = g or s
            ctx_src["ctx"] = text[max(0, ctx_src["start"] - 40):ctx_src["end"] + 40].replace("\n", " ")
        tot = add(tot, r)
    return tot


def row(name: str, r: dict) -> dict:
    sp, sr, sf = f1(r["strict"], r["gold"], r["sys"])
    rp, rr, rf = f1(r["relaxed"], r["gold"], r["sys"])
    _, _, vf = f1(r["value"], r["gold"], r["sys"])
    return {"corpus": name, "gold": r["gold"], "sys": r["sys"], "strict_p": sp, "strict_r": sr, "strict_f1": sf,
            "relative_gold": r["rel_gold"], "relative_acc": r["rel_ok"] / r["rel_gold"] if r["rel_gold"] else None,
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf, "value_f1": vf,
            "value_acc": r["value"] / r["relaxed"] if r["relaxed"] else 0.0,
            "type_acc": r["type"] / r["relaxed"] if r["relaxed"] else 0.0}


# --- Chronicle gold ----------------------------------------------------------------------------

def gold_scores(shared: Path) -> list[tuple[str, dict]]:
    spec = importlib.util.spec_from_file_location("chronicle_score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    out = []
    for d in sorted((shared / "eval" / "gold").glob("*/gold.json")):
        text = (d.parent / "text.txt").read_text(encoding="utf-8")
        gold = json.loads(d.read_text(encoding="utf-8"))
        tx = tag_time(text, d.parent.name, vague=VAGUE)
        rec = {"time_expressions": [{"id": t.id, "span": {"start": t.span.start, "end": t.span.end}, "value": t.value,
                                     "type": t.type, "mod": t.mod, "calendar": t.calendar,
                                     "gregorian_value": t.gregorian_value} for t in tx]}
        sc = score.Scorer(gold, text, rec)
        sc.timexes()
        out.append((d.parent.name, {n: (v, det) for n, v, det in sc.lines}))
    return out


def gold_errors(shared: Path, limit: int) -> None:
    for d in sorted((shared / "eval" / "gold").glob("*/gold.json")):
        text = (d.parent / "text.txt").read_text(encoding="utf-8")
        gold = json.loads(d.read_text(encoding="utf-8"))
        tx = tag_time(text, d.parent.name, vague=VAGUE)
        print(f"\n## {d.parent.name}")
        shown = 0
        seen = set()
        for g in gold["time_expressions"]:
            i = text.find(g["evidence"])
            j = text.find(g["text"], i, i + len(g["evidence"]))
            m = [t for t in tx if t.span.start < j + len(g["text"]) and j < t.span.end]
            seen |= {t.id for t in m}
            ok = any(t.value == g["value"] for t in m)
            if not ok and shown < limit:
                shown += 1
                got = "; ".join(f"{t.span.text!r}={t.value}/{t.calendar}" for t in m) or "MISSED"
                print(f"  {g['text']!r:32} gold={g['value']}/{g['calendar']}  got: {got}")
        for t in tx:
            if t.id not in seen and shown < limit:
                shown += 1
                print(f"  FALSE {t.span.text!r} = {t.value}  ...{text[max(0, t.span.start - 30):t.span.end + 30]!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared")
    ap.add_argument("--corpus", default="all")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors per corpus")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--vague", action="store_true", help="tag vague references (tag_time(vague=True))")
    a = ap.parse_args()
    global VAGUE
    VAGUE = a.vague
    shared = shared_dir(a.shared)
    if shared is None:
        print("eval_time: shared data folder not found (../shared); nothing to evaluate.")
        return 0
    rows = []
    want = {"wikiwars", "tempeval", "gold"} if a.corpus == "all" else {a.corpus}
    if "wikiwars" in want and (shared / "corpus/wikiwars/timex3_tml").is_dir():
        t0 = time.time()
        r = timeml_corpus(sorted((shared / "corpus/wikiwars/timex3_tml").glob("*.tml")), use_dct=False)
        rows.append(row("WikiWars (15 dev docs, TIMEX3)", r))
        _print_errors("wikiwars", r, a.errors)
    if "tempeval" in want and (shared / "corpus/tempeval3-tbaq-aquaint").is_dir():
        r = timeml_corpus(sorted((shared / "corpus/tempeval3-tbaq-aquaint").glob("*.tml")), use_dct=True)
        rows.append(row("TempEval-3 AQUAINT (73 docs)", r))
        _print_errors("tempeval", r, a.errors)
    if rows:
        print(f"{'corpus':34} {'gold':>5} {'sys':>5} {'strictF1':>8} {'relaxP':>7} {'relaxR':>7} {'relaxF1':>7} "
              f"{'valueF1':>7} {'valAcc':>7} {'typeAcc':>7}")
        for x in rows:
            print(f"{x['corpus']:34} {x['gold']:5d} {x['sys']:5d} {x['strict_f1']:8.3f} {x['relaxed_p']:7.3f} "
                  f"{x['relaxed_r']:7.3f} {x['relaxed_f1']:7.3f} {x['value_f1']:7.3f} {x['value_acc']:7.3f} {x['type_acc']:7.3f}")
        print("(HeidelTime, TempEval-3 task A, value F1 77.61)")
        for x in rows:
            if x["relative_gold"]:
                print(f"{x['corpus']}: relative day expressions (next day, N days later, the day before…) "
                      f"resolved to the gold day: {x['relative_acc']:.3f} of {x['relative_gold']}")
    if "gold" in want and (shared / "eval/gold").is_dir():
        print()
        names = ["time.detect.f1", "time.value", "time.calendar", "time.gregorian", "time.relative"]
        print(f"{'gold text':20} " + " ".join(f"{n:>15}" for n in names))
        for name, lines in gold_scores(shared):
            cells = []
            for n in names:
                v = lines.get(n, (None, ""))[0]
                cells.append(f"{'n/a' if v is None else f'{v:.3f}':>15}")
            print(f"{name:20} " + " ".join(cells))
        if a.errors:
            gold_errors(shared, a.errors)
    return 0


def _print_errors(name: str, r: dict, limit: int) -> None:
    if not limit:
        return
    print(f"\n## {name} errors")
    for kind in ("value", "miss", "false"):
        errs = [e for e in r["errors"] if e[0] == kind][:limit]
        for _, g, s in errs:
            if kind == "value":
                print(f"  VALUE {g['text']!r} gold={g['value']} sys={s['text']!r}={s['value']}  | {g['ctx']}")
            elif kind == "miss":
                print(f"  MISS  {g['text']!r} gold={g['value']}  | {g['ctx']}")
            else:
                print(f"  FALSE {s['text']!r}={s['value']}  | {s['ctx']}")


if __name__ == "__main__":
    sys.exit(main())
