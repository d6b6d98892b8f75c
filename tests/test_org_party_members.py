"""A plural made only of party words names a party by its members (eleventh session): invented sentences."""
from tests.helpers import record


def _orgs(text):
    return {o.name for o in record(text).organizations}


def test_party_plural_said_once_without_article_is_a_body():
    rec = record("In the spring he sat on the council, where his patience with Mensheviks made him useful.")
    assert "Mensheviks" in {o.name for o in rec.organizations}


def test_party_plural_is_no_person():
    rec = record("The village had a circle of exiled Social Democrats who met on Sundays in the school.")
    assert "Social Democrats" in {o.name for o in rec.organizations}
    assert "Social Democrats" not in {p.name for p in rec.persons}


def test_party_plurals_listed_are_no_places():
    rec = record("Petrov met Mensheviks and Bolsheviks in Geneva.")
    assert "Bolsheviks" in {o.name for o in rec.organizations}
    assert {p.name for p in rec.places} == {"Geneva"}


def test_untagged_tail_of_a_longer_name_is_left_alone():
    # the plural ends a congress's name; it is no party mention of its own
    orgs = _orgs("He came back for the Third Congress of the Party of Socialist Revolutionaries, which opened "
                 "in Moscow in May.")
    assert "Socialist Revolutionaries" not in orgs


def test_one_passing_party_plural_leaves_the_party_its_mentions():
    text = ("The Bolshevik deputies were sentenced in 1915. Later Orlov wired ahead to the party, and his "
            "patience with Mensheviks made him useful. Then Orlov was expelled from the party.")
    rec = record(text)
    said = {o.name: [text[m.start:m.end] for m in o.mentions] for o in rec.organizations}
    assert said["Mensheviks"] == ["Mensheviks"]
    assert said["Bolshevik"].count("the party") == 2
