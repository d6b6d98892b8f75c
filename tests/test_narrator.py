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


def test_the_narrators_kin_are_people_of_the_story():
    text = ("At length a fresh difference arose between my brother and me, and I left him. My father "
            "sided with my brother, so I went by sloop to New York, where my mother's cousin lived. "
            "I had a brother-in-law, Robert Holmes, master of a sloop. My brother John wrote to me "
            "that “my father is well”. I thought my father would relent.")
    rec = extract_string(text)
    kin = {p.name: p for p in rec.persons if p.id.startswith(narrator(rec).id + "-")}
    assert set(kin) == {"the narrator's brother", "the narrator's father", "the narrator's mother"}
    father = kin["the narrator's father"]
    assert father.gender == "m" and {m.text for m in father.mentions} == {"My father", "my father"}
    assert len(father.mentions) == 2  # the quoted "my father" is John's
    assert len(kin["the narrator's brother"].mentions) == 2  # "My brother John" belongs to John
    for p in kin.values():
        for m in p.mentions:
            assert text[m.start:m.end] == m.text


def test_no_kin_persons_without_a_narrator():
    rec = extract_string("Kerensky reached Petrograd. “My father is ill,” he said. His brother stayed.")
    assert not any("narrator" in p.id for p in rec.persons)


def test_the_narrators_kin_are_related_to_the_narrator():
    text = ("I was born in Boston. My father was a tallow-chandler, and my brother taught me the trade. "
            "I left my brother and went to New York, and my son followed me there.")
    rec = extract_string(text)
    me = narrator(rec).id
    rels = {(r.a, r.b, r.type) for r in rec.relationships}
    assert (me + "-father", me, "parent") in rels
    assert (me, me + "-son", "parent") in rels
    assert any(r.type == "sibling" and {r.a, r.b} == {me, me + "-brother"} for r in rec.relationships)
    father = next(r for r in rec.relationships if r.a == me + "-father")
    assert father.evidence.text.startswith("My father was a tallow-chandler")


def test_straight_single_quoted_speech_and_a_biographers_rare_i_make_no_narrator():
    from chronicle.extract import extract_string
    strachey = ("She could not bear it. 'It was as if,' she herself said afterwards, 'I had wanted to be a "
                "kitchen-maid.' 'I have an intellectual nature,' she noted, 'and I have a passionate nature.' "
                "'I cannot conceive,' wrote an eye-witness, 'how I bore it.' Florence Nightingale went on.\n")
    assert "the narrator" not in {p.name for p in extract_string(strachey).persons}
    biography = ("Stalin arrived in Tiflis in 1894. " * 600 + "As I have argued elsewhere, I think he was "
                 "devout; I am not alone in this. " + "He left the seminary in 1899. " * 400)
    assert "the narrator" not in {p.name for p in extract_string(biography).persons}
    memoir = "I left Boston in October. My brother was angry, and I went to New York by sloop. " * 5
    assert "the narrator" in {p.name for p in extract_string(memoir).persons}


def test_a_speech_set_off_as_a_block_makes_no_narrator():
    """A biography quoting its hero's speech as a block after a colon is not told in the first person;
    a memoir that quotes its author's own letter as a block still has its narrator."""
    text = ("On the evening of 3 May the general gathered his men in the square and spoke from the saddle; "
            "the version his officers wrote down runs:\n\n"
            "I am leaving the city tonight. I offer you no pay and no rest; I offer you hunger and battles. "
            "Whoever loves his country, follow me.\n\n"
            "Some three thousand men answered, and the column marched out at nightfall.")
    assert narrator(extract_string(text)) is None
    memoir = ("I reached Petrograd in September and wrote to my editor at once:\n\n"
              "I have seen the Smolny and I mean to stay.\n\n"
              "I stayed until March, and my friends met me at the station.")
    assert narrator(extract_string(memoir)) is not None
