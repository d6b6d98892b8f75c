"""Eighth session: a name predicated of persons ("X and Y were Trudoviks") or chaired/edited is a body."""
from tests.helpers import record


def _kinds(text):
    r = record(text)
    return {k: {x.name for x in getattr(r, k)} for k in ("persons", "places", "organizations")}


def test_plural_name_predicated_of_two_persons_is_a_body():
    k = _kinds("Orlov and Gavrilov were Zemlyaks. They met again in Samara in 1912.")
    assert "Zemlyaks" in k["organizations"]
    assert "Zemlyaks" not in k["places"]
    assert {"Orlov", "Gavrilov"} <= k["persons"]


def test_they_were_party_name_is_a_body():
    k = _kinds("Ivan Belov and his brother left Kharkov. By then they were Trudoviks, and Kharkov was far behind.")
    assert "Trudoviks" in k["organizations"]
    assert "Kharkov" in k["places"]


def test_single_person_is_not_a_body_by_this_rule():
    k = _kinds("The author of the letter was Adams. Adams lived in Boston.")
    assert "Adams" not in k["organizations"]


def test_edited_name_is_a_body():
    k = _kinds("In 1906 Maria Petrova edited Zarnitsa, and later she taught in Tula.")
    assert "Zarnitsa" in k["organizations"]
    assert "Zarnitsa" not in k["persons"]
