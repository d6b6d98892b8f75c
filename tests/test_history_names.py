"""Persons of older history: territorial names, Greek name shapes, "X of Y"."""
from chronicle.extract import extract_string


def test_a_place_after_of_in_a_royal_name_is_no_surname_but_a_peers_territory_is():
    text = ("The prospect of a marriage between Prince Leopold of Coburg and the Queen of Spain alarmed the "
            "King of France. Spain had long been a prize, and Coburg had grown great. Prince Leopold wrote to his "
            "cousin. The Duke of Wellington spoke; Wellington was firm.")
    rec = extract_string(text)
    leopold = next(p for p in rec.persons if "Leopold" in p.name)
    assert "Coburg" not in leopold.aliases
    assert "Spain" in {p.name for p in rec.places}
    assert not any("Spain" in p.aliases and p.name != "Spain" for p in rec.persons)
    wellington = next(p for p in rec.persons if "Wellington" in p.name)
    assert "Wellington" in wellington.aliases




def test_greek_names_are_persons_whatever_spacy_says():
    text = ("Phokion the Athenian opposed the measures of Leosthenes, when Leosthenes seemed to have succeeded. "
            "Philomelus and Onomarchus sacrilegiously took Delphi.")
    rec = extract_string(text)
    persons = {a for p in rec.persons for a in [p.name, *p.aliases]}
    assert {"Leosthenes", "Onomarchus"} <= persons, persons
    assert not {"Leosthenes", "Onomarchus"} & {p.name for p in rec.places}
    assert "Delphi" in {p.name for p in rec.places}


def test_a_person_of_the_document_named_of_a_place_is_a_person():
    from chronicle.resolve.entities import Mention, PER, type_names
    ms = [Mention(0, 8, "Diogenes", {"label": "PERSON"}), Mention(40, 48, "Diogenes", {"label": "PERSON"}),
          Mention(80, 98, "Diogenes of Sinope", {"label": "ORG"})]
    assert type_names(ms, lambda name: 0.0).classes["diogenes of sinope"] == PER
    ms = [Mention(0, 6, "Sparta", {"label": "GPE"}), Mention(20, 36, "Church of Sparta", {"label": "ORG"})]
    assert type_names(ms, lambda name: 0.9).classes.get("church of sparta") != PER


def test_a_greek_name_of_a_deme_is_a_person_and_no_plural():
    text = ("The story is told differently by the comic poets. Aristophanes says that the Athenians were fickle, "
            "and Aristophanes mocks the demagogues. Themistokles of Phrearri was the son of Neokles.")
    rec = extract_string(text)
    persons = {p.name for p in rec.persons}
    assert {"Aristophanes", "Themistokles of Phrearri", "Neokles"} <= persons, persons
    from chronicle.annotate.pipeline import load_nlp
    doc = load_nlp()("Aristophanes says that the demagogues were fools. Hiketas had reached the fortress.")
    assert not any(s._.chronicle_cues.get("plural") for s in doc.spans["chronicle_mentions"]
                   if s.text in ("Aristophanes", "Hiketas"))


def test_party_words_and_the_end_of_an_office_before_a_name_are_not_the_name():
    rec = extract_string(
        "The meeting was presided over by the Bolshevik Krylenko. Minister of Commerce and Industry Konovalov "
        "appointed his assistant, Orlov, with plenary powers. As I came in, the Left Socialist Revolutionary "
        "Karelin was reading the resolution. “Yes,” answered Karelin. The Menshevik Dan spoke next. "
        "The Left Socialist Revolutionaries walked out, and the Bolshevik Central Committee met that night.")
    persons = {p.name for p in rec.persons}
    assert {"Krylenko", "Konovalov", "Orlov", "Karelin", "Dan"} <= persons
    assert not persons & {"Bolshevik Krylenko", "Industry Konovalov", "Left Socialist Revolutionary Karelin"}
    assert [p for p in rec.persons if p.name == "Karelin"][0].mentions[0].text == "Karelin"
    orgs = {o.name for o in rec.organizations}
    assert {"Left Socialist Revolutionaries", "Bolshevik Central Committee"} <= orgs


def test_half_a_hyphenated_word_is_no_name_and_a_named_district_is_a_place():
    rec = extract_string("From Achinsk the three men took the Trans-Siberian express west to Petrograd. "
                         "The next day Stalin called on the Alliluyevs, who had a flat in the Peski district "
                         "of Petrograd.")
    assert not any(o.name == "Trans" for o in rec.organizations)
    peski = [p for p in rec.places if p.name == "Peski"]
    assert peski and peski[0].kind == "district"  # a part of a city, not a body nor a village called so
    assert not any(o.name == "Peski" for o in rec.organizations)


def test_two_surnames_joined_by_and_are_two_persons_and_a_named_prison_is_in_its_city():
    rec = extract_string("In St Petersburg he met Sedova at a railway station, and together they crossed into Finland, "
                         "where Lenin and Martov were living near Helsingfors. Trotsky spent the winter in the Kresty "
                         "prison in St Petersburg and was moved in the spring to the Peter and Paul Fortress.")
    assert {"Lenin", "Martov"} <= {p.name for p in rec.persons}  # the model's "Lenin and Martov" is no firm
    assert not {"Lenin", "Martov"} & {o.name for o in rec.organizations}
    kresty = next(p for p in rec.places if p.name == "Kresty")
    assert kresty.kind == "building" and abs(kresty.lat - 59.94) < 0.5  # a prison of the city, not a village


def test_a_fronted_place_before_a_subject_is_no_part_of_the_name():
    rec = extract_string("In London Trotsky attended the Fifth Congress of the party. In New York Trotsky edited "
                         "Novy Mir. At Petrograd Station Kamenev waited. In New York Harbor the ship waited.")
    assert {p.name for p in rec.persons} == {"Trotsky", "Kamenev"}
    assert {"London", "New York", "New York Harbor"} <= {p.name for p in rec.places}
