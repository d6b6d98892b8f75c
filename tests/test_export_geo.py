"""GeoJSON and Linked Places exports: valid RFC 7946, lon/lat order, stops in order, names and links."""
import json

import pytest

from chronicle.cli import main
from chronicle.export import to_geojson, to_lpf
from chronicle.export.geojson_format import line_geometry
from chronicle.export.lpf_format import CONTEXT, when
from chronicle.extract import extract_string
from chronicle.record import Document, Journey, Person, Place, Record, Span

PASSAGE = ("In March 1917 Lenin travelled by train from Zurich to Petrograd by way of Stockholm. "
           "He arrived in Petrograd on 16 April 1917.\n")


@pytest.fixture(scope="module")
def record():
    return extract_string(PASSAGE, name="lenin")


def by_name(features, name, key="name"):
    return next(f for f in features if f["properties"].get(key) == name)


def test_geojson_places_are_points_in_lon_lat_order(record):
    fc = to_geojson(record)
    assert fc["type"] == "FeatureCollection"
    petrograd = by_name(fc["features"], "Petrograd")
    assert petrograd["geometry"]["type"] == "Point"
    lon, lat = petrograd["geometry"]["coordinates"]
    assert 29 < lon < 31.5 and 59 < lat < 61  # St Petersburg: lon 30.3, lat 59.9
    props = petrograd["properties"]
    assert props["mentions"] == 2 and props["docs"] == [record.documents[0].id]
    assert props["gazetteer_id"].startswith("geonames:") and "Petrograd" in props["aliases"]


def test_geojson_journey_line_follows_stop_order(record):
    fc = to_geojson(record)
    journey = next(f for f in fc["features"] if f["properties"]["record_type"] == "journey")
    props = journey["properties"]
    names = props["stop_names"]
    assert names.index("Stockholm") < names.index("Petrograd")
    assert props["traveller_names"] == ["Lenin"] and props["travellers"][0].endswith("per-lenin")
    assert props["evidence"][0]["text"].startswith("In March 1917 Lenin travelled")
    points = {f["id"]: f["geometry"]["coordinates"] for f in fc["features"]
              if f["properties"]["record_type"] == "place" and f["geometry"]}
    expected = [points[s] for s in props["stops"] if s in points]
    expected = [p for i, p in enumerate(expected) if i == 0 or p != expected[i - 1]]
    assert journey["geometry"] == {"type": "LineString", "coordinates": expected}


def test_geojson_round_trips_through_json_and_is_rfc7946(record):
    fc = json.loads(json.dumps(to_geojson(record)))
    assert "crs" not in fc
    for f in fc["features"]:
        assert f["type"] == "Feature" and set(f) >= {"geometry", "properties"}
        g = f["geometry"]
        if g and g["type"] == "Point":
            lon, lat = g["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
        elif g:
            assert len(g["coordinates"]) >= 2


def hand_record():
    span = Span("d", 0, 5, "Nowhere")
    places = (Place("p1", "Nowhere", ("Nowhere",), (span,)),
              Place("p2", "Fiji", ("Fiji",), (span,), lat=-17.7, lon=178.0, kind="island"),
              Place("p3", "Samoa", ("Samoa",), (span,), lat=-13.8, lon=-172.0, kind="island"))
    journeys = (Journey("j1", ("a",), ("p1", "p2", "p3"), (span,)), Journey("j2", ("a",), ("p1", "p2"), (span,)))
    return Record(documents=(Document("d", "Voyage", "x.txt", "0", 7),), persons=(Person("a", "Cook", (), ()),),
                  places=places, journeys=journeys)


def test_geojson_unlocated_place_has_null_geometry_and_short_journey_no_line():
    fc = to_geojson(hand_record())
    assert by_name(fc["features"], "Nowhere")["geometry"] is None
    j2 = next(f for f in fc["features"] if f["id"] == "j2")
    assert j2["geometry"] is None and j2["properties"]["unlocated_stops"] == ["p1"]


def test_geojson_line_crossing_the_antimeridian_is_cut():
    g = line_geometry([[178.0, -17.7], [-172.0, -13.8]])
    assert g["type"] == "MultiLineString"
    first, second = g["coordinates"]
    assert first[-1][0] == 180.0 and second[0][0] == -180.0 and first[-1][1] == second[0][1]
    assert line_geometry([[1.0, 2.0], [1.0, 2.0]]) is None


def test_lpf_features_have_context_names_types_and_geonames_links(record):
    lpf = to_lpf(record)
    assert lpf["type"] == "FeatureCollection" and lpf["@context"] == CONTEXT
    petrograd = by_name(lpf["features"], "Petrograd", key="title")
    assert petrograd["@id"].endswith(record.places[[p.name for p in record.places].index("Petrograd")].id)
    assert petrograd["properties"]["ccodes"] == ["RU"]
    assert petrograd["names"][0]["toponym"] == "Petrograd" and petrograd["names"][0]["citations"]
    assert petrograd["types"] == [{"identifier": "aat:300008347", "label": "settlement"}]
    gid = next(p.gazetteer_id for p in record.places if p.name == "Petrograd").split(":")[1]
    assert {"type": "closeMatch", "identifier": f"https://www.geonames.org/{gid}"} in petrograd["links"]
    lon, lat = petrograd["geometry"]["coordinates"]
    assert lon > lat - 40  # lon 30.3, lat 59.9: not swapped
    assert 29 < lon < 31.5


def test_lpf_when_spans_dated_events_at_the_place(record):
    petrograd = by_name(to_lpf(record)["features"], "Petrograd", key="title")
    span = petrograd["when"]["timespans"][0]
    assert span["start"]["in"].startswith("1917")


def test_lpf_when_takes_earliest_start_and_latest_end():
    assert when(["1917-04-16", "1917", "1917-03"]) == {"timespans": [{"start": {"in": "1917"}}]}
    assert when(["1917-03", "1918-01-02"]) == {"timespans": [{"start": {"in": "1917-03"}, "end": {"in": "1918-01-02"}}]}
    assert when(["1917-03-01"]) == {"timespans": [{"start": {"in": "1917-03-01"}}]}
    assert when(["XXXX-WXX-3", "PRESENT_REF"]) is None


def test_lpf_unlocated_place_has_null_geometry_and_no_links():
    lpf = to_lpf(hand_record())
    nowhere = by_name(lpf["features"], "Nowhere", key="title")
    assert nowhere["geometry"] is None and "links" not in nowhere
    assert nowhere["names"][0]["citations"][0]["label"].startswith("Voyage (d)")


@pytest.mark.parametrize("fmt", ["geojson", "lpf"])
def test_cli_export_geo_formats_to_file(tmp_path, capsys, fmt):
    src = tmp_path / "lenin.txt"
    src.write_text(PASSAGE, encoding="utf-8")
    db = tmp_path / "c.db"
    assert main(["extract", str(src), "--db", str(db), "--quiet"]) == 0
    out = tmp_path / f"places.{fmt}"
    assert main(["export", str(db), "--format", fmt, "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and data["features"]
    assert not list(tmp_path.glob(".places*"))  # no temporary file left behind
    assert main(["export", str(db), "--format", fmt]) == 0  # stdout without --out
    assert json.loads(capsys.readouterr().out)["type"] == "FeatureCollection"
