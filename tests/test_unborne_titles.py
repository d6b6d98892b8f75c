"""A bare title no named mention carries ("the General" in a life that never says "General Gordon";
"the king" for a king named only by his own name) is the person the text is about."""
from chronicle.extract import extract_string


def _owner(rec, word):
    return [p.name for p in rec.persons if any(m.text.lower() == word for m in p.mentions)]


def test_a_bare_title_said_often_with_no_bearer_is_the_subject_of_the_life():
    text = ("In the spring of 1871 Arthur Pendleton Vane came home from Lisbon, and Lord Fenwick met him at "
            "the quay. Fenwick took him to the Ministry. Fenwick had urged the appointment for a year. "
            "The General gave his answer within the hour. A week later the General sailed for Malta, "
            "where the Governor's secretary, Thomas Reade, found him rooms. Reade wrote that the General "
            "seemed tired. Vane stayed there until the autumn.")
    rec = extract_string(text)
    assert _owner(rec, "general") == ["Arthur Pendleton Vane"]


def test_a_lower_case_king_named_only_by_his_own_name_is_that_king():
    text = ("James Stuart was nineteen when his army was scattered near Perth. Lord Ormond rode beside him. "
            "By nightfall the king was riding west with forty horse. The next day the king slept in a barn "
            "at Crieff, and a miller gave the king bread. James later remembered the miller's kindness.")
    rec = extract_string(text)
    assert _owner(rec, "king") == ["James Stuart"]


def test_a_title_in_apposition_after_a_name_is_that_person():
    text = ("Edward Marlow left the prison in May. Sir Henry Aske, the Admiral, had ordered the fleet to "
            "sea a week before. Marlow wrote to his wife from Dover.")
    rec = extract_string(text)
    assert _owner(rec, "admiral") == ["Henry Aske"]


def test_an_unborne_title_of_the_other_sex_or_beside_the_subject_stays_unattached():
    # the subject is a man: "the Empress" is someone else
    text = ("Peter Lanskoy reached the capital in March. His brother Ivan met him at the gate. "
            "The Empress received the envoys at noon. Later the Empress sent for the doctors. "
            "Peter dined alone.")
    assert _owner(extract_string(text), "empress") == []
    # a courtier who waits on the king in the same sentences is not the king
    text = ("Samuel Pickering rose early on the fourth of May. Pickering went to the palace, where the "
            "king kept him waiting an hour. At noon the king told Pickering to go home. Pickering walked "
            "back along the river, and Lord Dacre followed him.")
    assert _owner(extract_string(text), "king") == []


def test_a_title_of_an_office_is_no_bare_title():
    text = ("Henry Walsh had served the King of the Belgians for two years. The King of the Belgians paid "
            "him well. Walsh went home in 1880.")
    rec = extract_string(text)
    assert not any(m.text == "King" and "Walsh" in p.name for p in rec.persons for m in p.mentions)
