"""The JSON record is the public contract: it validates against the schema and keeps every span honest."""
import json
from pathlib import Path

import jsonschema
import pytest

from chronicle.export.json_format import from_json, to_json

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "chronicle" / "schema" / "record.schema.json").read_text())


def all_spans(data):
    if isinstance(data, dict):
        if {"doc", "start", "end", "text"} <= data.keys():
            yield data
        for v in data.values():
            yield from all_spans(v)
    elif isinstance(data, list):
        for v in data:
            yield from all_spans(v)


def test_sample_record_validates_against_schema(sample_record):
    jsonschema.validate(to_json(sample_record), SCHEMA)


def test_every_span_points_at_its_text_in_the_original(sample_record, sample_path):
    text = sample_path.read_text(encoding="utf-8")
    data = to_json(sample_record)
    spans = list(all_spans(data))
    assert len(spans) > 100
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"]


def test_references_between_items_are_ids_that_exist(sample_record):
    data = to_json(sample_record)
    ids = {e["id"] for k in ("persons", "places", "organizations") for e in data[k]}
    for ev in data["events"]:
        assert set(ev["participants"]) <= ids and (ev["place"] is None or ev["place"] in ids)
    for q in data["quotations"]:
        assert q["speaker"] is None or q["speaker"] in ids
    for j in data["journeys"]:
        assert set(j["stops"]) <= ids


def test_endnotes_of_the_sample_are_found_in_order(sample_record, sample_path):
    text = sample_path.read_text(encoding="utf-8")
    notes = sample_record.endnotes
    assert [n.number for n in notes] == sorted(n.number for n in notes)
    for n in notes:
        assert text[n.offset:n.end] == f"[{n.number}]"


def test_json_round_trip(sample_record):
    assert to_json(from_json(json.loads(json.dumps(to_json(sample_record))))) == to_json(sample_record)
