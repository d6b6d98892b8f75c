"""The pronoun reader of the fact stages (``clauses.Reader``) on short passages written for these tests:
an unnamed person brought in ("a grave old Quaker woman") holds the he/she after it, unless the person
found for the pronoun is still being told of; a pronoun object of a non-finite clause is not the one
who does it ("Leptines, fearing to be taken by him, surrendered")."""
from __future__ import annotations

import re

from chronicle.resolve import events, relationships
from chronicle.resolve.clauses import Reader
from tests.helpers import make_ctx as _ctx


def _at(text: str, phrase: str) -> int:
    """Where the pronoun that opens ``phrase`` stands."""
    return text.index(phrase)


STRANGER_TEXT = ("Vera Orlova sent her son Pavel to Odessa in May. Pavel sailed from Odessa on the tenth. "
                 "The ship was slow and crowded. The crew drank. At Kherson it took in passengers, among whom was a grave old "
                 "Quaker woman, with her servants. She took Pavel aside and warned him against the crew. "
                 "Pavel thanked her for her advice.")


def test_an_unnamed_woman_brought_in_holds_the_she_after_her():
    rd = Reader(_ctx(STRANGER_TEXT, {"Vera Orlova": "f", "Pavel": "m"}))
    for phrase in ("her servants", "She took", "her for her", "her advice"):
        pos = _at(STRANGER_TEXT, phrase)
        assert pos not in rd.pronouns and pos in rd.strangers, phrase
        assert rd.entity(next(t for t in rd.ctx.chunks[0].doc if t.idx == pos), 0) is None, phrase
    assert rd.pronouns[_at(STRANGER_TEXT, "her son")].id == "vera_orlova"  # before the stranger: Vera


def test_the_strangers_she_gives_no_event_or_relationship_to_the_last_named_woman():
    ctx = _ctx(STRANGER_TEXT, {"Vera Orlova": "f", "Pavel": "m"})
    evs = events.run(ctx)["events"]
    took = [e for e in evs if "took Pavel aside" in e.evidence.text or "warned" in e.evidence.text]
    assert took and not any("vera_orlova" in e.participants for e in took), [(e.summary, e.participants) for e in took]
    rels = relationships.run(ctx)["relationships"]
    assert all("vera_orlova" not in (r.a, r.b) or r.type == "parent" for r in rels), rels


def test_a_stranger_does_not_take_the_pronoun_of_the_person_still_told_of():
    text = ("Dionysius lived at Corinth as a private man. He often talked with the philosophers there. "
            "Once a stranger jeered at the studies in which he used to delight, and he answered with a jest.")
    rd = Reader(_ctx(text, {"Dionysius": "m"}))
    assert rd.pronouns[_at(text, "he used")].id == "dionysius"
    assert rd.pronouns[_at(text, "he answered")].id == "dionysius"
    assert not rd.strangers


def test_a_man_told_of_only_as_he_is_not_still_told_of_for_she():
    text = ("Near Burlington I lodged at an inn kept by one Brown. He entered into conversation with me, and we "
            "talked late. He had been an itinerant doctor. At his house I lay that night. The next morning I returned to an old woman in the town, "
            "and asked her advice. She invited me to lodge at her house.")
    rd = Reader(_ctx(text, {"Brown": None}))
    for phrase in ("her advice", "She invited", "her house"):
        assert _at(text, phrase) not in rd.pronouns, phrase


def test_a_pronoun_object_of_a_participle_is_not_the_one_who_does_it():
    text = ("Marcus was a general of Rome. He marched against the rebels of Sicily. Leptines, a rebel chief, "
            "fearing to be taken by him, surrendered at once.")
    rd = Reader(_ctx(text, {"Marcus": "m", "Leptines": "m"}))
    assert rd.pronouns[_at(text, "him,")].id == "marcus"
    text = "Brown wrote a civil letter to Sir William Keith, thanking him for the patronage."
    rd = Reader(_ctx(text, {"Brown": "m", "William Keith": "m"}))
    assert rd.pronouns[_at(text, "him for")].id == "william_keith"


def test_the_quotation_stage_reads_the_same_strangers():
    from chronicle.resolve import quotes
    from chronicle.resolve.clauses import stranger
    assert quotes.stranger is stranger  # one rule for both stages
    doc = _ctx("A young officer came in.", {}).chunks[0].doc
    officer = next(t for t in doc if t.lower_ == "officer")
    assert stranger(officer, "m", lambda t: False, lambda t: None, {}) == "new"
    assert stranger(officer, "f", lambda t: False, lambda t: None, {}) is None
    assert re.search(r"\bstranger\b", quotes.Attributor._nominal_wins.__code__.co_names.__repr__())


def test_a_stepmother_is_a_woman_for_the_she_after_her():
    """The nouns that say a woman are one list (``lexicon.FEMALE_NOUNS``), the relationship nouns' too:
    "a grave old Quaker stepmother" brought in holds the "she" after her, as "a Quaker woman" does."""
    text = STRANGER_TEXT.replace("Quaker woman", "Quaker stepmother")
    rd = Reader(_ctx(text, {"Vera Orlova": "f", "Pavel": "m"}))
    for phrase in ("her servants", "She took"):
        pos = _at(text, phrase)
        assert pos not in rd.pronouns and pos in rd.strangers, phrase


CHILD_TEXT = ("Orlov left the camp on the first night of the thaw and walked south for four days. "
              "He was back in the city within a fortnight. Maria Volkova met him at the Kursk Station on 5 May "
              "with their son in her arms. The boy, named Pavel after his grandfather and called Pasha by everyone, "
              "had been born the previous winter while his father was in exile; Orlov now saw him for the first "
              "time. A week before his arrival, a newspaper had printed a rumour that the fugitive had drowned. "
              "A carter had in fact brought him as far as the railway.")


def test_a_child_named_in_passing_does_not_take_the_protagonists_him():
    rd = Reader(_ctx(CHILD_TEXT, {"Orlov": "m", "Maria Volkova": "f", "Pasha": "m"}))
    assert rd.pronouns[_at(CHILD_TEXT, "him for the first")].id == "pasha"  # "Orlov now saw him": the boy
    assert rd.pronouns[_at(CHILD_TEXT, "his arrival")].id == "orlov"
    assert rd.pronouns[_at(CHILD_TEXT, "him as far")].id == "orlov"
