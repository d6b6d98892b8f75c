"""A house number before a name ending in a street word makes an address; the tail of a hyphened title
('Commander-in-Chief') is no name (passages written for these tests)."""
from chronicle.extract import extract_string


def names(rec, kind):
    return {e.name for e in getattr(rec, kind)}


def test_the_tail_of_a_hyphened_title_is_no_name():
    rec = extract_string("General Harwood, the Commander-in-Chief, inspected the camp at Dover. The nurses "
                         "called Mrs. Pell the Matron-in-Chief, and she ran the wards for a year.")
    for kind in ("persons", "places", "organizations"):
        assert "Chief" not in names(rec, kind)
    assert "Dover" in names(rec, "places")


def test_a_name_come_from_or_gone_to_is_a_place():
    rec = extract_string("Her cousin Agnes came up from Thornby Lees to help with the packing. On Monday the "
                         "two women went down to Harwell Cross by the early coach.")
    assert {"Thornby Lees", "Harwell Cross"} <= names(rec, "places")
    assert not {"Thornby Lees", "Harwell Cross"} & (names(rec, "persons") | names(rec, "organizations"))
    assert "Agnes" in names(rec, "persons")


def test_a_ship_named_after_a_modified_ship_noun_or_apposed_to_one_is_no_entity():
    rec = extract_string("In May the family sailed from Trieste in the Greek steamer Ariadne Thalassa, and a "
                         "week later the old brig Persimmon brought their luggage on. At Smyrna they went "
                         "on board the Pelorus, a small packet of the Levant line, and reached Beirut.")
    found = set().union(*(names(rec, k) for k in ("persons", "places", "organizations")))
    assert not found & {"Ariadne Thalassa", "Persimmon", "Pelorus"}
    assert {"Trieste", "Smyrna", "Beirut"} <= names(rec, "places")


def test_a_common_noun_governed_by_an_office_is_no_name():
    rec = extract_string("Colonel Marsh, then Surveyor-General of Fortifications, met Mr. Dale, the "
                         "Secretary at War, at Portsmouth; a week later Dale was made Minister of Roads and "
                         "Canals.")
    found = set().union(*(names(rec, k) for k in ("persons", "places", "organizations")))
    assert not found & {"Fortifications", "War", "Canals", "Roads"}
    assert "Portsmouth" in names(rec, "places")


def test_a_word_used_only_as_an_adjective_names_nothing():
    text = ("Thomas Ward, the Puritan preacher in Shrewsbury, kept a Gatling gun in his barn, and every Lapp "
            "herdsman who passed was given bread. Ward rode back to Shrewsbury in March.")
    rec = extract_string(text)
    found = set().union(*(names(rec, k) for k in ("persons", "places", "organizations")))
    assert not found & {"Puritan", "Gatling", "Lapp"}
    assert "Shrewsbury" in names(rec, "places")



def test_the_parts_of_a_hyphened_name_are_one_span():
    from spacy.tokens import Span
    from chronicle.annotate.mentions import _hyphen_compounds
    from chronicle.annotate.pipeline import load_nlp
    doc = load_nlp(())("The Cossacks held Velo-Grabowetz and the whole Wadi-el-Sebua that winter.")
    at = {t.text: t.i for t in doc}
    parts = [Span(doc, at["Velo"], at["Velo"] + 1, label="PROPN"), Span(doc, at["Grabowetz"], at["Grabowetz"] + 1),
             Span(doc, at["Sebua"], at["Sebua"] + 1, label="GPE"), Span(doc, at["Cossacks"], at["Cossacks"] + 1)]
    assert sorted(s.text for s in _hyphen_compounds(parts)) == ["Cossacks", "Velo-Grabowetz", "Wadi-el-Sebua"]


def test_a_house_of_an_estate_is_a_body_and_one_with_its_short_name():
    rec = extract_string("The bill was read in the House of Burgesses on Monday. The Burgesses threw it out, "
                         "and Mr. Carey spoke against it in the House of Burgesses again in May.")
    assert "House of Burgesses" in names(rec, "organizations")
    assert not names(rec, "places") & {"House of Burgesses", "Burgesses"}
    bodies = [e for e in rec.organizations if e.name in ("House of Burgesses", "Burgesses")]
    assert len(bodies) == 1



def test_a_numbered_address_is_a_place():
    rec = extract_string("In New York the family took rooms with a tailor, and Sergeyev called there every "
                         "evening. Later they moved to 88 Halloway Terrace.")
    assert "Halloway Terrace" in names(rec, "places")
    assert "Halloway Terrace" not in names(rec, "organizations") | names(rec, "persons")
