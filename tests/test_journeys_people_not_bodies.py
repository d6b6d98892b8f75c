"""Journeys: a plural pronoun or a common noun for people together ("they", "the party", "their guests") that the
entity layer took for an organization (a political party, a ship, an embassy named nearby) travels as people: the
travellers of the last clause whose travellers were persons, else the person the text names most often; a body that
itself travelled just before keeps travelling."""
from types import SimpleNamespace

from chronicle.annotate.pipeline import load_nlp
from chronicle.resolve.journeys import Leg, _people_not_a_body


def _head(sentence, word):
    doc = load_nlp(())(sentence)
    return next(t for t in doc if t.text == word)


def _leg(who, start):
    return Leg(travellers=who, stops=["loc-a"], has_origin=False, modes=[], evidence=None, start=start)


def _reader(legs, refs=()):
    return SimpleNamespace(ctx=SimpleNamespace(organizations=[SimpleNamespace(id="org-party"),
                                                              SimpleNamespace(id="org-council")]),
                           legs_before=legs, refs=list(refs), narrator=None)


def test_they_taken_for_a_party_is_whoever_travelled_last():
    h = _head("They left Odessa in March.", "They")
    rd = _reader([_leg(("per-orlov",), 10), _leg(("per-orlova", "per-sokolov"), 50)])
    assert _people_not_a_body(rd, [h], 400, None, ("org-party",)) == ("per-orlova", "per-sokolov")


def test_a_body_that_travelled_just_before_keeps_travelling():
    h = _head("They reached Moscow in March.", "They")
    rd = _reader([_leg(("org-council",), 10)])
    assert _people_not_a_body(rd, [h], 400, None, ("org-council",)) == ("org-council",)


def test_with_no_traveller_before_the_party_is_the_texts_main_person():
    h = _head("The little party rode into Bath.", "party")
    rd = _reader([])
    rd.main_person = lambda: "per-vane"
    assert _people_not_a_body(rd, [h], 400, None, ("org-council",)) == ("per-vane",)
    rd.main_person = lambda: None  # no one the text is about: the entity layer's reading stands
    assert _people_not_a_body(rd, [h], 400, None, ("org-council",)) == ("org-council",)


def test_the_main_person_is_named_half_as_often_again_as_anyone():
    from chronicle.resolve.clauses import Reader
    from tests.helpers import make_ctx

    text = ("Vane rode to Bath. Vane wrote to Price. Vane dined. Price left. Vane slept. Vane woke early. "
            "Lucy Hart sang. Lucy Hart left.")
    assert Reader(make_ctx(text, {"Vane": "m", "Price": "m", "Lucy Hart": "f"})).main_person() == "vane"
    text = "Vane rode to Bath. Price wrote to Vane. Price dined. Vane left. Price slept."
    assert Reader(make_ctx(text, {"Vane": "m", "Price": "m"})).main_person() is None


def test_a_body_named_as_such_and_a_person_are_left_alone():
    rd = _reader([_leg(("per-orlov",), 10)])
    gov = _head("The government left for Moscow.", "government")
    assert _people_not_a_body(rd, [gov], 400, None, ("org-council",)) == ("org-council",)
    they = _head("They left Odessa in March.", "They")
    assert _people_not_a_body(rd, [they], 400, None, ("per-sokolov",)) == ("per-sokolov",)


def test_an_army_taken_for_they_still_marches():
    h = _head("They marched to the river.", "They")
    rd = _reader([_leg(("per-orlov",), 10)])
    rd.kinds = {"org-party": "army"}
    assert _people_not_a_body(rd, [h], 400, None, ("org-party",)) == ("org-party",)


def test_a_traveller_paragraphs_back_is_no_antecedent_of_they():
    h = _head("They left Odessa in March.", "They")
    rd = _reader([_leg(("per-starkov",), 10)])
    rd.ctx.paragraphs = [(0, 100), (100, 200), (200, 300), (300, 500)]
    rd.main_person = lambda: "per-nadya"
    assert _people_not_a_body(rd, [h], 400, None, ("org-party",)) == ("per-nadya",)
    rd.ctx.paragraphs = [(0, 100), (100, 250), (250, 500)]  # the clause two paragraphs back: still too far
    assert _people_not_a_body(rd, [h], 400, None, ("org-party",)) == ("per-nadya",)
    rd = _reader([_leg(("per-starkov",), 220)])
    rd.ctx.paragraphs = [(0, 100), (100, 250), (250, 500)]  # the paragraph before: its company
    rd.main_person = lambda: "per-nadya"
    assert _people_not_a_body(rd, [h], 400, None, ("org-party",)) == ("per-starkov",)
