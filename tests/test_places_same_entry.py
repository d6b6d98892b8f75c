"""Places the gazetteer resolves to one entry are one place (places.join_same_places)."""
from chronicle.extract import extract_string
from chronicle.record import Place, Span
from chronicle.resolve.places import join_same_places

TEXT = ("In the spring of 1913 Nadezhda left Petersburg for Cracow. She had never liked St Petersburg, "
        "and in Cracow she found rooms near the market. Her brother wrote to her from Petersburg every week, "
        "and in July she travelled on to Vienna before returning to Cracow.")


def _place(rec, name):
    return next(p for p in rec.places if name == p.name or name in p.aliases)


def test_two_names_of_one_city_are_one_place():
    rec = extract_string(TEXT)
    a, b = _place(rec, "Petersburg"), _place(rec, "St Petersburg")
    assert a.id == b.id
    assert a.name == "Petersburg"  # named most often
    assert len(a.mentions) == 3
    assert [m.start for m in a.mentions] == sorted(m.start for m in a.mentions)


def _p(pid, name, starts, gid, conf=0.9, kind="settlement", text=""):
    return Place(pid, name, (), tuple(Span("d", s, s + len(name), name) for s in starts), 1.0, 2.0, kind, gid, conf)


def test_unsure_picks_and_rivers_stay_apart():
    text = "He came to Shushenskoye by the Shush; the Shush ran below Shushenskoye."
    s1, s2 = text.index("Shushenskoye"), text.rindex("Shushenskoye")
    r1, r2 = text.index("Shush;"), text.rindex("Shush ran")
    town = _p("p1", "Shushenskoye", [s1, s2], "g:1")
    river = _p("p2", "Shush", [r1, r2], "g:1")
    places, remap = join_same_places([town, river], text)
    assert remap == {} and len(places) == 2  # a name only ever written after "the" is no town
    unsure = _p("p3", "Turukhansk", [0], "g:2", conf=0.6)
    sure = _p("p4", "Monastyrskoe", [20], "g:2")
    assert join_same_places([sure, unsure], "x" * 40)[1] == {}


def test_within_is_repointed():
    a = _p("p1", "Petersburg", [0, 30], "g:1")
    b = _p("p2", "St Petersburg", [60], "g:1")
    station = Place("p3", "Warsaw Station", (), (Span("d", 90, 104, "Warsaw Station"),), 1.0, 2.0, "station",
                    None, 0.5, within="p2")
    places, remap = join_same_places([a, b, station], "x" * 120)
    assert remap == {"p2": "p1"}
    assert [p.id for p in places] == ["p1", "p3"]
    assert places[0].aliases == ("St Petersburg",)
    assert places[1].within == "p1"
