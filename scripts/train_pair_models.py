"""Train the learned pair readers (chronicle/data/pair_models.json) from the annotated passages.

Source: the development passages in ``eval/passages/`` (original prose with gold annotations written for
this repository; MIT licence like the rest of it). Held-out passages (``eval/heldout/``) are never read.

For each passage Chronicle is run as usual; every sentence pair of a person with an organization (or with
another person) becomes a training example (``chronicle.resolve.pair_features.sentence_pairs``), labelled
true when the gold record holds a membership (a relationship) between the gold entities the two system
entities match. A logistic regression with an L2 penalty is fitted per reader; the threshold is the highest
of those within 0.01 of the best mean F1 of rules and reader together in leave-one-passage-out
cross-validation (the most precise of near-equals: a tie it holds is more often right on other genres), which is also what ``--cv`` prints. Deterministic: the same passages give the same file.

usage: python scripts/train_pair_models.py [--passages eval/passages] [--cv] [--out chronicle/data/pair_models.json]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronicle.extract import extract_text  # noqa: E402
from chronicle.ingest import read_document  # noqa: E402
from chronicle.resolve import stages  # noqa: E402
from chronicle.resolve.clauses import shared_reader  # noqa: E402
from chronicle.resolve import pair_model  # noqa: E402
from chronicle.resolve.pair_features import sentence_pairs  # noqa: E402

READERS = {"memberships": "organization", "relationships": "person"}  # reader -> the other end's kind
SHIPPED = ["relationships"]  # memberships: no gain in cross-validation yet (docs/relationships.md)
IN_OUT = {"granted": "in", "held": "in", "refused": "out", "removed": "out"}
MIN_COUNT = 2  # a feature seen fewer times is dropped
L2 = 1.0
THRESHOLDS = [round(x, 2) for x in np.arange(0.2, 0.96, 0.05)]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'").casefold().strip()
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"^(the|a|an) ", "", s)
    return re.sub(r"\s+", " ", s)


def gold_matches(gold: dict, text: str, entities, kind: str) -> dict[str, set[str]]:
    """System entity id -> the gold ids it matches (a shared name or a mention over a gold name's place),
    as the shared scorer matches them."""
    owners: dict[str, set[str]] = {}
    for k in ("persons", "places", "organizations"):
        for e in gold[k]:
            for a in [e["name"], *e.get("aliases", [])]:
                owners.setdefault(_norm(a), set()).add(e["id"])
    out = {}
    occ: dict[str, list[tuple[int, int]]] = {}
    for e in gold[kind]:
        for a in [e["name"], *e.get("aliases", [])]:
            if len(owners[_norm(a)]) == 1:
                pat = r"(?<![^\W_])(?<![’'])" + re.escape(a) + r"(?![^\W_])"
                occ.setdefault(e["id"], []).extend((m.start(), m.end()) for m in re.finditer(pat, text))
    keys = {e["id"]: {_norm(a) for a in [e["name"], *e.get("aliases", [])] if len(owners[_norm(a)]) == 1}
            for e in gold[kind]}
    for e in entities:
        forms = {_norm(e.name), *(_norm(a) for a in e.aliases), *(_norm(m.text) for m in e.mentions)}
        hit = {g for g, k in keys.items() if k & forms}
        for g, spans in occ.items():
            if any(a < m.end and m.start < b for a, b in spans for m in e.mentions):
                hit.add(g)
        out[e.id] = hit
    return out


def passage_examples(folder: Path) -> dict:
    """Run Chronicle on one passage and return, per reader, its candidate pairs with labels, and what the
    rules found (as gold-id tuples) and the gold tuples, for scoring rules + reader together."""
    captured = []
    to_record = stages.to_record

    def keep(ctx, document):
        captured.append(ctx)
        return to_record(ctx, document)
    stages.to_record = keep
    try:
        extract_text(read_document(folder / "text.txt"))
    finally:
        stages.to_record = to_record
    ctx = captured[0]
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    text = ctx.text
    persons = gold_matches(gold, text, ctx.persons, "persons")
    orgs = gold_matches(gold, text, ctx.organizations, "organizations")
    ids = {**persons, **orgs}
    rd = shared_reader(ctx)
    out = {}
    for reader, kind in READERS.items():
        if reader == "memberships":
            gold_set = {(m["person"], m["organization"], IN_OUT.get(m["status"], m["status"])) for m in gold["memberships"]}
            gold_pairs = {(p, o) for p, o, _ in gold_set}
            rules = {(p, o, IN_OUT.get(m.status, m.status)) for m in ctx.facts.get("memberships", [])
                     for p in ids.get(m.person, ()) for o in ids.get(m.organization, ())}
            rule_pairs = {(m.person, m.organization) for m in ctx.facts.get("memberships", [])}
            n_rules_unmatched = sum(1 for m in ctx.facts.get("memberships", [])
                                    if not ids.get(m.person) or not ids.get(m.organization))
        else:
            optional = {e["id"] for e in gold["persons"] if e.get("optional")}
            gold_set = {frozenset((x["a"], x["b"])) for x in gold["relationships"]
                        if x["a"] not in optional and x["b"] not in optional}
            gold_pairs = gold_set
            rules = {frozenset((a, b)) for x in ctx.facts.get("relationships", [])
                     for a in ids.get(x.a, set()) - optional for b in ids.get(x.b, set()) - optional}
            rule_pairs = {frozenset((x.a, x.b)) for x in ctx.facts.get("relationships", [])}
            n_rules_unmatched = sum(1 for x in ctx.facts.get("relationships", [])
                                    if not ids.get(x.a) or not ids.get(x.b))
        examples = []
        for c in sentence_pairs(rd, kind):
            key = (c.a.id, c.b.id) if reader == "memberships" else frozenset((c.a.id, c.b.id))
            mapped = {(p, o) for p in ids.get(c.a.id, ()) for o in ids.get(c.b.id, ())}
            label = any((p, o) in gold_pairs if reader == "memberships" else frozenset((p, o)) in gold_pairs
                        for p, o in mapped)
            examples.append((key, c.features, label, key in rule_pairs, _gold_kind(gold, reader, mapped)))
        out[reader] = {"examples": examples, "gold": gold_set, "rules": rules, "unmatched": n_rules_unmatched,
                       "ids": {k: sorted(v) for k, v in ids.items()}}
    return out


REVERSE = {"parent": "child", "child": "parent"}  # a gold tie told from b's side, as the pair reader reads it
DIRECTED = {"host", "employer", "patron"}  # "a acts on b": read from b's side, the class is "<type>_by"


def _gold_kind(gold: dict, reader: str, mapped: set) -> str | None:
    """The gold type (relationships) or in/out status (memberships) of a pair, from the first mention's side."""
    if reader == "memberships":
        return next((IN_OUT.get(m["status"]) for m in gold["memberships"] if (m["person"], m["organization"]) in mapped),
                    None)
    for x in gold["relationships"]:
        if (x["a"], x["b"]) in mapped:
            return x["type"]
        if (x["b"], x["a"]) in mapped:
            return REVERSE.get(x["type"], x["type"] + "_by" if x["type"] in DIRECTED else x["type"])
    return None


def fit(rows: list[list[int]], labels: np.ndarray, n_feats: int, epochs: int = 400) -> np.ndarray:
    """L2-penalized logistic regression by full-batch Adagrad over sparse rows of feature indices."""
    flat = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows])
    row_of = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    w = np.zeros(n_feats)
    g2 = np.full(n_feats, 1e-8)
    pos = labels.sum()
    weight = np.where(labels == 1, (len(labels) - pos) / max(pos, 1) * 0.5, 1.0)  # half-balance the classes
    for _ in range(epochs):
        z = np.bincount(row_of, weights=w[flat], minlength=len(rows))
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        err = (p - labels) * weight
        grad = np.bincount(flat, weights=err[row_of], minlength=n_feats) / len(rows) + L2 * w / len(rows)
        g2 += grad ** 2
        w -= 0.5 * grad / np.sqrt(g2)
    return w


def train(examples: list, min_count: int = MIN_COUNT) -> dict[str, float]:
    counts: dict[str, int] = {}
    for ex in examples:
        for f in set(ex[1]):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count or f == "bias"))}
    rows = [[vocab[f] for f in set(ex[1]) if f in vocab] for ex in examples]
    labels = np.array([1.0 if ex[2] else 0.0 for ex in examples])
    w = fit(rows, labels, len(vocab))
    return {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) >= 1e-4}


def train_kinds(examples: list) -> dict[str, dict[str, float]]:
    """One-against-the-rest weights per kind (type or in/out) over the true pairs whose kind the gold gives."""
    true = [ex for ex in examples if ex[2] and ex[4]]
    kinds = sorted({ex[4] for ex in true})
    return {k: train([(ex[0], ex[1], ex[4] == k, ex[3], ex[4]) for ex in true]) for k in kinds}


def passage_f1(data: dict, reader: str, best: dict, threshold: float) -> float:
    """F1 of rules plus the reader's pairs at ``threshold`` (``best``: pair key -> top probability)."""
    ids = data["ids"]
    sys_set = set(data["rules"])
    rule_keys = {ex[0] for ex in data["examples"] if ex[3]}
    n_sys_unmatched = data["unmatched"]
    for key, p in best.items():
        if p < threshold or key in rule_keys:
            continue
        a, b = tuple(key) if reader == "memberships" else sorted(key)
        mapped = {(x, y) for x in ids.get(a, ()) for y in ids.get(b, ())}
        if not mapped:
            n_sys_unmatched += 1
        for x, y in mapped:
            sys_set.add((x, y, "in") if reader == "memberships" else frozenset((x, y)))
    gold = data["gold"]
    tp = len(gold & sys_set)
    p = tp / (len(sys_set) + n_sys_unmatched) if sys_set or n_sys_unmatched else 0.0
    r = tp / len(gold) if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def best_by_pair(weights: dict, examples: list) -> dict:
    """Pair key -> the highest probability the reader with ``weights`` gives one of its sentences."""
    model = pair_model.PairModel("", weights, 1.0)
    best: dict = {}
    for ex in examples:
        best[ex[0]] = max(best.get(ex[0], 0.0), model.probability(ex[1]))
    return best


def _read_all(folders: list[Path]) -> dict:
    cache = os.environ.get("PAIR_CACHE")  # development only: skip re-reading unchanged passages
    import pickle
    data = {}
    for f in folders:
        c = Path(cache) / (f.name + ".pkl") if cache else None
        if c is not None and c.exists():
            data[f.name] = pickle.loads(c.read_bytes())
            continue
        print(f"reading {f.name}", file=sys.stderr)
        data[f.name] = passage_examples(f)
        if c is not None:
            c.parent.mkdir(parents=True, exist_ok=True)
            c.write_bytes(pickle.dumps(data[f.name]))
    return data


def cross_validate(data: dict, reader: str) -> tuple[float, dict[str, float], dict[str, float]]:
    """Leave one passage out: each passage's pairs scored by a reader trained on the others. Returns the
    threshold, and per passage the F1 of the rules alone and of rules and reader at that threshold."""
    held = {}
    for name in data:
        weights = train([e for n, d in data.items() if n != name for e in d[reader]["examples"]])
        held[name] = best_by_pair(weights, data[name][reader]["examples"])
    base = {n: passage_f1(d[reader], reader, {}, 2.0) for n, d in data.items() if d[reader]["gold"]}
    table = {t: {n: passage_f1(data[n][reader], reader, held[n], t) for n in base} for t in THRESHOLDS}
    for t in THRESHOLDS:
        print(f"  threshold {t}: {np.mean(list(table[t].values())):.3f}", file=sys.stderr)
    top = max(sum(table[t].values()) for t in THRESHOLDS)  # the highest threshold within 0.01 of the best mean
    threshold = max(t for t in THRESHOLDS if sum(table[t].values()) >= top - 0.01 * len(base))
    return threshold, base, table[threshold]


def kind_accuracy(data: dict, reader: str) -> tuple[int, int]:
    """How many true sentences of left-out passages the kind weights alone type right, of how many."""
    right = total = 0
    for name in data:
        model = pair_model.PairModel("", {}, 1.0, train_kinds([e for n, d in data.items() if n != name
                                                               for e in d[reader]["examples"]]))
        for ex in data[name][reader]["examples"]:
            if ex[2] and ex[4]:
                total += 1
                right += model.kind(ex[1]) == ex[4]
    return right, total


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--passages", type=Path, nargs="+", default=[ROOT / "eval" / "passages"])
    ap.add_argument("--out", type=Path, default=ROOT / "chronicle" / "data" / "pair_models.json")
    ap.add_argument("--cv", action="store_true", help="only print leave-one-passage-out figures")
    ap.add_argument("--readers", nargs="+", choices=sorted(READERS), default=SHIPPED,
                    help="memberships is measured (--cv) but not shipped: it did not gain")
    ap.add_argument("--test", type=Path, nargs="*", default=[],
                    help="folders of passages to score rules + reader on, trained on --passages (never held-out)")
    args = ap.parse_args(argv)
    if any("heldout" in str(d) for d in [*args.passages, *args.test]):
        sys.exit("train_pair_models: never train or test on held-out passages")
    if not args.cv and set(args.readers) - set(SHIPPED):
        sys.exit(f"train_pair_models: only {', '.join(SHIPPED)} is shipped; measure the others with --cv")
    pair_model.ENABLED = False  # examples and the rules' own figures come from the rules alone
    try:
        data = _read_all(sorted(f for d in args.passages for f in d.iterdir() if (f / "gold.json").exists()))
        test = _read_all(sorted(f for d in args.test for f in d.iterdir() if (f / "gold.json").exists()))
    finally:
        pair_model.ENABLED = True
    models = {}
    for reader in args.readers:
        threshold, base, scores = cross_validate(data, reader)
        up = sum(1 for n in base if scores[n] > base[n] + 1e-9)
        down = sum(1 for n in base if scores[n] < base[n] - 1e-9)
        print(f"{reader}: rules alone {np.mean(list(base.values())):.3f}; rules + reader (left-out passages, "
              f"threshold {threshold}) {np.mean(list(scores.values())):.3f}; passages up {up}, down {down}")
        right, total = kind_accuracy(data, reader)
        print(f"  {reader}: kind weights alone type {right}/{total} true sentences of left-out passages")
        weights = train([e for d in data.values() for e in d[reader]["examples"]])
        kinds = train_kinds([e for d in data.values() for e in d[reader]["examples"]])
        for name, d in test.items():
            if d[reader]["gold"]:
                best = best_by_pair(weights, d[reader]["examples"])
                print(f"  test {name}: rules {passage_f1(d[reader], reader, {}, 2.0):.3f} -> "
                      f"{passage_f1(d[reader], reader, best, threshold):.3f}")
        models[reader] = {"threshold": threshold, "cv_f1": round(float(np.mean(list(scores.values()))), 4),
                          "rules_f1": round(float(np.mean(list(base.values()))), 4),
                          "weights": dict(sorted(weights.items())),
                          "kinds": {k: dict(sorted(w.items())) for k, w in kinds.items()}}
    if not args.cv:
        payload = {"source": "eval/passages (gold written for this repository, MIT)",
                   "built_by": "scripts/train_pair_models.py", "passages": len(data), "models": models}
        args.out.write_text(json.dumps(payload, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
