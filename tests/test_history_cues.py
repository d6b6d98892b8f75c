"""Typing cues of narrative history: commanders, rivers, walled towns, described persons."""
from chronicle.extract import extract_string


def test_commanders_rivers_and_towns_walled_or_mastered_are_typed_by_their_cues():
    text = ("Timoleon, the son of Timodemus, was chosen general. The Corinthian Timoleon sailed with ten ships. "
            "Timoleon reached Rhegium, and Timoleon landed at Tauromenium. Then Timoleon made himself master of "
            "Achradina. The people of Adranum opened their gates to Timoleon. Hiketes marched past the walls of "
            "Kalauria. He led them to the river Krimesus, where the enemy was crossing. The troops under Deinarchus "
            "and Demaretus attacked the city.")
    rec = extract_string(text)
    persons = {p.name for p in rec.persons}
    places = {p.name for p in rec.places}
    assert {"Adranum", "Kalauria", "Krimesus"} <= places, (persons, places)
    assert {"Deinarchus", "Demaretus"} <= persons, (persons, places)
    assert not {"Adranum", "Kalauria", "Krimesus"} & persons
    assert "Timoleon" in persons and "Corinthian Timoleon" not in persons  # "the Corinthian" describes him
    from chronicle.annotate.pipeline import load_nlp
    doc = load_nlp()("He made himself master of Achradina. She was the mistress of Charles.")
    cues = {s.text: s._.chronicle_cues for s in doc.spans["chronicle_mentions"]}
    assert "kin" not in cues.get("Achradina", {})  # a master of a town is no kinsman of it


def test_daughters_of_x_a_despot_and_the_command_of_x_and_y_make_persons():
    text = ("Philistius pours forth lamentations over the daughters of Leptines. Leptines, the despot of a "
            "small town, surrendered. The Carthaginians marched under the command of Hasdrubal and Hamilcar. "
            "The allies of Athens sent ships.")
    rec = extract_string(text)
    persons = {p.name for p in rec.persons}
    assert {"Leptines", "Hasdrubal", "Hamilcar"} <= persons, persons
    assert "Athens" in {p.name for p in rec.places}
