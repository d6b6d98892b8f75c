"""The command line: summaries, exports, and one-line errors for bad input."""
import hashlib
import json
import zipfile

import pytest

from chronicle.cli import main

GOOD = "Leon Trotsky arrived in Petrograd in May 1917. Trotsky spoke at the Petrograd Soviet.\n"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def db(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    path = tmp_path / "c.db"
    assert main(["extract", str(good), "--db", str(path), "--quiet"]) == 0
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_bad(tmp_path, kind):
    p = tmp_path / f"bad-{kind}"
    if kind == "empty":
        p = p.with_suffix(".txt"); p.write_bytes(b"")
    elif kind == "binary":
        p = p.with_suffix(".txt"); p.write_bytes(bytes(range(256)) * 40)
    elif kind == "directory":
        p.mkdir()
    elif kind == "missing":
        pass
    elif kind == "invalid-utf8":
        p = p.with_suffix(".txt"); p.write_bytes(("Trotsky arrived. " * 200).encode() + b"\xff\xfe bad" + ("more text. " * 50).encode())
    elif kind == "huge":
        p = p.with_suffix(".txt")
        with open(p, "wb") as f:
            f.truncate(200 * 1024 * 1024)
    elif kind == "bad-epub":
        p = p.with_suffix(".epub"); p.write_bytes(b"PK\x03\x04 this is not really a zip")
    elif kind == "epub-no-opf":
        p = p.with_suffix(".epub")
        with zipfile.ZipFile(p, "w") as z:
            z.writestr("mimetype", "application/epub+zip")
    return p


@pytest.mark.parametrize("kind", ["empty", "binary", "directory", "missing", "invalid-utf8", "huge", "bad-epub", "epub-no-opf"])
def test_bad_input_one_line_error_nonzero_exit_database_unchanged(tmp_path, capsys, db, kind):
    bad = make_bad(tmp_path, kind)
    before = digest(db)
    code, out, err = run(capsys, "extract", bad, "--db", db, "--quiet")
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("chronicle: error:")
    assert bad.name in lines[0]
    assert digest(db) == before


def test_html_scripts_and_styles_are_not_text(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>T</title><style>body{color:red}</style>"
                    "<script>var Kerensky = 1;</script></head><body><p>Lenin reached Petrograd in April.</p>"
                    "</body></html>", encoding="utf-8")
    out_json = tmp_path / "r.json"
    code, out, err = run(capsys, "extract", page, "--json", out_json, "--quiet")
    assert code == 0
    rec = json.loads(out_json.read_text())
    names = {p["name"] for p in rec["persons"]}
    assert "Kerensky" not in names and "Lenin" in names


def test_extract_prints_summary_and_export_json(tmp_path, capsys, db):
    code, out, err = run(capsys, "export", db, "--format", "json")
    assert code == 0
    rec = json.loads(out)
    assert rec["documents"][0]["length"] == len(GOOD)
    assert any(p["name"] == "Leon Trotsky" for p in rec["persons"])


def test_export_csv_writes_one_file_per_table(tmp_path, capsys, db):
    out = tmp_path / "tables"
    code, _, err = run(capsys, "export", db, "--format", "csv", "--out", out)
    assert code == 0, err
    assert {"persons.csv", "places.csv", "mentions.csv", "endnotes.csv"} <= {p.name for p in out.iterdir()}
    assert "Leon Trotsky" in (out / "persons.csv").read_text()


def test_unknown_export_format_is_an_error(capsys, db):
    code, _, err = run(capsys, "export", db, "--format", "docx")
    assert code == 1 and "unknown export format" in err


def test_summary_names_the_people(tmp_path, capsys):
    good = tmp_path / "g.txt"
    good.write_text(GOOD, encoding="utf-8")
    code, out, _ = run(capsys, "extract", good)
    assert code == 0
    assert "Trotsky" in out and "persons" in out


def test_user_gazetteer_places_an_unknown_village(tmp_path, capsys):
    gaz = tmp_path / "exile.csv"
    gaz.write_text("name,alt_names,kind,lat,lon,country,valid_from,valid_to,source\n"
                   "Maksimkin Yar,,settlement,58.7,86.8,RU,,,my field notes\n", encoding="utf-8")
    text = tmp_path / "exile.txt"
    text.write_text("In 1909 he was sent to Maksimkin Yar, a hamlet of exiles. At Maksimkin Yar he fished.\n",
                    encoding="utf-8")
    out = tmp_path / "r.json"
    code, _, err = run(capsys, "extract", text, "--json", out, "--gazetteer", gaz, "--quiet")
    assert code == 0, err
    places = {p["name"]: p for p in json.loads(out.read_text())["places"]}
    assert (places["Maksimkin Yar"]["lat"], places["Maksimkin Yar"]["lon"]) == (58.7, 86.8)


def test_missing_user_gazetteer_is_a_clear_error(tmp_path, capsys, db):
    text = tmp_path / "t.txt"
    text.write_text(GOOD, encoding="utf-8")
    before = digest(db)
    code, _, err = run(capsys, "extract", text, "--db", db, "--gazetteer", tmp_path / "nope.csv", "--quiet")
    assert code == 1 and "nope.csv" in err and len(err.strip().splitlines()) == 1
    assert digest(db) == before


def test_calendar_option_overrides_the_place_and_period_rule(tmp_path, capsys):
    text = tmp_path / "rising.txt"
    text.write_text("On 25 October 1917 the Bolsheviks rose in Petrograd. Lenin spoke the next day.\n",
                    encoding="utf-8")
    values = {}
    for cal in ("auto", "gregorian"):
        out = tmp_path / f"{cal}.json"
        assert run(capsys, "extract", text, "--json", out, "--calendar", cal, "--quiet")[0] == 0
        values[cal] = [(t["value"], t["calendar"], t["gregorian_value"])
                       for t in json.loads(out.read_text())["time_expressions"]]
    assert values["auto"] == [("1917-10-25", "julian", "1917-11-07"), ("1917-10-26", "julian", "1917-11-08")]
    assert values["gregorian"] == [("1917-10-25", "gregorian", None), ("1917-10-26", "gregorian", None)]


def test_summary_date_range_counts_years_not_centuries():
    from chronicle.extract import extract_string
    from chronicle.summary import summarize
    rec = extract_string("In the fifth century the city fell. In 1536 the abbey was dissolved, and in the 1840s "
                         "it was rebuilt; on 3 May 1851 it reopened.")
    assert "dates from 1536 to 1851-05-03" in summarize(rec)
