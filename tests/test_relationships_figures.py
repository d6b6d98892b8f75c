"""Relationships: kin nouns used as figures of speech, and kin coordinated under one possessor."""
from chronicle.extract import extract_string


def pairs(text):
    rec = extract_string(text)
    names = {p.id: p.name for p in rec.persons}
    return {(names.get(r.a), r.type, names.get(r.b)) for r in rec.relationships}


def test_father_of_his_country_is_no_kin():
    found = pairs("Athanis wrote the history of these wars. Cherished in his old age with such respect and honour, "
                  "as the common father of his country, Timoleon at length died.")
    assert not {p for p in found if p[1] == "parent"}, found


def test_coordinated_kin_share_their_possessor():
    found = pairs("Timoleon was born at Corinth. He was of a good family, both his father Timodemus, and his "
                  "mother Demariste being of rank in the city.")
    assert ("Demariste", "parent", "Timoleon") in found
    assert ("Demariste", "parent", "Timodemus") not in found
