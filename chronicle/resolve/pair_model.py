"""The learned pair readers: logistic regressions over :mod:`pair_features`.

Each reader is a weight per feature, a bias folded into the weight of ``bias``, and a threshold, stored
in ``chronicle/data/pair_models.json`` and built by ``scripts/train_pair_models.py`` from the annotated
development passages in ``eval/passages/`` (MIT, this repository). A document's pair holds when one of its
sentences scores at or above the threshold.
"""
from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Collection, Iterable, Mapping

ENABLED = True  # the training script turns the readers off to see what the rules find alone
MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "pair_models.json"


@dataclass(frozen=True)
class PairModel:
    """One pair reader: ``probability(features)`` is the logistic of the summed weights."""

    name: str
    weights: Mapping[str, float]
    threshold: float
    kinds: Mapping[str, Mapping[str, float]] | None = None  # kind of tie -> its one-against-the-rest weights

    def kind(self, features: Iterable[str], among: Collection[str] | None = None) -> str | None:
        """The kind of tie (a relationship type) whose weights score ``features`` highest, of ``among``."""
        kinds = [k for k in self.kinds or () if among is None or k in among]
        if not kinds:
            return None
        feats = list(features)
        return max(kinds, key=lambda k: (sum(self.kinds[k].get(f, 0.0) for f in feats), k))

    def probability(self, features: Iterable[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def holds(self, features: Iterable[str]) -> bool:
        return self.probability(features) >= self.threshold


@functools.lru_cache(maxsize=None)
def load_models() -> dict[str, PairModel]:
    """Every pair reader in the package's data, by name ("memberships", "relationships")."""
    raw = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return {name: PairModel(name, m["weights"], m["threshold"], m.get("kinds")) for name, m in raw["models"].items()}


def model(name: str) -> PairModel | None:
    """The pair reader called ``name``, or None when the package has none by that name."""
    try:
        return load_models().get(name)
    except FileNotFoundError:
        return None
