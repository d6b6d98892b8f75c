"""The narrator of a first-person text."""
from chronicle.extract import extract_string


def narrator(rec):
    hits = [p for p in rec.persons if p.id.endswith("-per-narrator")]
    return hits[0] if hits else None


def test_first_person_outside_quotes_is_the_narrator():
    text = ("I reached Petrograd in September. I went to see Kerensky, who told me: “I shall not resign.” "
            "Later I walked to the Smolny with a friend, and he showed me the guards.")
    rec = extract_string(text)
    n = narrator(rec)
    assert n is not None and n.name == "the narrator"
    said = text.index("“I shall") + 1
    assert all(m.start != said for m in n.mentions)  # Kerensky's "I" is his own
    assert len(n.mentions) == 5


def test_roman_numeral_after_a_title_word_is_not_the_narrator():
    text = ("The reforms are set out elsewhere (See App. I, Sect. 3). Peter I had begun them, and "
            "Chapter I tells how I first read of them; I was young then, and I kept the book.")
    rec = extract_string(text)
    assert len(narrator(rec).mentions) == 3


def test_third_person_text_has_no_narrator():
    rec = extract_string("Kerensky reached Petrograd in September. He said: “I shall not resign.”")
    assert narrator(rec) is None
