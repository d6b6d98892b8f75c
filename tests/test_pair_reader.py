"""The learned pair reader of relationships (tenth session): ties no rule reads, their types, what it never
reads (names, quoted words), and the model it ships with. Invented sentences; the sentences held score well
above the threshold (retraining may move a borderline one: check with the model's ``probability``)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronicle.resolve import pair_model
from chronicle.resolve.clauses import shared_reader
from chronicle.resolve.pair_features import dependency_path, sentence_pairs
from tests.helpers import make_ctx, record

ROOT = Path(__file__).resolve().parent.parent


def _ties(text: str) -> set[tuple[str, str, str]]:
    rec = record(text)
    names = {p.id: p.name for p in rec.persons}
    return {(names[r.a], names[r.b], r.type) for r in rec.relationships if r.a in names and r.b in names}


def test_a_tie_told_in_words_no_rule_reads_is_held_with_its_direction(monkeypatch):
    text = "Anna Kuzmina spent the whole winter of 1904 with Maria Lenskaya in her cottage at Terioki."
    assert _ties(text) == {("Maria Lenskaya", "Anna Kuzmina", "host")}  # the cottage's owner hosts
    monkeypatch.setattr(pair_model, "ENABLED", False)
    assert _ties(text) == set()  # the rules alone do not read it


def test_working_beside_someone_makes_colleagues():
    assert _ties("Vera Kalnina worked beside Olga Marr at the printing press for three years.") == \
        {("Vera Kalnina", "Olga Marr", "colleague")}


def test_a_name_inside_quoted_words_is_tied_to_no_one():
    assert _ties("'Ivan Belov is a fool,' said Pavel Orlov to his brother.") == set()


def test_a_kin_noun_of_a_third_person_gives_no_kinship():
    got = _ties("Vera came back to Riga in May. Kalnins and his wife were spending the summer at the shore, "
                "and Vera took a room nearby.")
    assert not any(t in ("spouse", "parent", "sibling", "relative") for _, _, t in got)


def test_features_hold_no_names():
    text = "Pavel Orlov quarrelled with Ivan Belov in Kiev over the accounts of the Riga Union."
    ctx = make_ctx(text, {"Pavel Orlov": "m", "Ivan Belov": "m"})
    cands = list(sentence_pairs(shared_reader(ctx), "person"))
    assert len(cands) == 1
    words = " ".join(cands[0].features).lower()
    assert "quarrel" in words
    assert not any(n in words for n in ("pavel", "orlov", "ivan", "belov", "kiev", "riga"))


def test_the_dependency_path_climbs_to_the_common_head():
    ctx = make_ctx("Pavel Orlov quarrelled with Ivan Belov.", {"Pavel Orlov": "m", "Ivan Belov": "m"})
    doc = ctx.chunks[0].doc
    up, top, down = dependency_path(doc[1], doc[5])  # Orlov, Belov
    assert top.lemma_ == "quarrel"
    assert [t.text for t in up] == ["Orlov"]
    assert [t.text for t in down] == ["Belov", "with"]


def test_the_shipped_model_is_the_one_the_training_script_describes():
    raw = json.loads((ROOT / "chronicle" / "data" / "pair_models.json").read_text(encoding="utf-8"))
    assert raw["built_by"] == "scripts/train_pair_models.py"
    m = pair_model.load_models()["relationships"]
    assert 0.0 < m.threshold < 1.0
    assert raw["models"]["relationships"]["cv_f1"] > raw["models"]["relationships"]["rules_f1"]
    assert m.probability(["bias"]) < m.threshold  # nothing but a shared sentence is no tie


def test_training_refuses_held_out_passages():
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_pair_models
    finally:
        sys.path.pop(0)
    with pytest.raises(SystemExit):
        train_pair_models.main(["--passages", str(ROOT / "eval" / "heldout"), "--cv"])
