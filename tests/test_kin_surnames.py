"""Relatives sharing a surname (eighth session): a bare surname nothing marks a woman's is the man's of the
family, not a woman's named in full only later; and of two names parsed as subjects of a speech verb, the one
beside the verb speaks. Invented sentences."""
from tests.helpers import record


def _holder(rec, word: str) -> str | None:
    for p in rec.persons:
        if word in p.aliases and any(a != word for a in p.aliases):
            return p.name
    return None


def test_bare_surname_goes_to_the_man_of_the_family():
    rec = record("Oskar Tobias Brenner spoke for an hour. His cousin Marta Brenner opened the next meeting. "
                 "The next day Brenner sat on the committee.")  # (she named nearer before)
    assert _holder(rec, "Brenner") == "Oskar Tobias Brenner"


def test_bare_surname_before_a_woman_named_later_is_someone_else():
    rec = record("The clerk had studied Holzmann at night. Years later he met Greta Holzmann at a dinner in Bern. "
                 "Greta Holzmann spoke about her travels.")
    assert not any("Holzmann" in p.aliases and "Greta Holzmann" in p.aliases for p in rec.persons)


def test_a_woman_cited_by_surname_before_and_after_her_full_name_keeps_it():
    rec = record("As Weller notes, the house was cold. The book by Hanna Weller was published in Leeds. "
                 "Weller adds that the winters were long.")
    assert any({"Weller", "Hanna Weller"} <= set(p.aliases) for p in rec.persons)


def test_the_name_beside_the_speech_verb_speaks():
    text = ("Her brother Pavel Ostrov came home in March. His sister Vera Ostrov stayed in Kiev. "
            "Ostrov, Vera Antonovna later wrote, ‘never forgave anyone for being right.’")
    rec = record(text)
    speaker = next(q.speaker for q in rec.quotations)
    assert next(p for p in rec.persons if p.id == speaker).name == "Vera Ostrov"
    assert _holder(rec, "Ostrov") == "Pavel Ostrov"  # the bare surname is his; the topic, not the writer
