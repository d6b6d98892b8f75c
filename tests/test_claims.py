"""Claims: who asserts what, on passages written for the tests."""
from chronicle.extract import extract_string


def claims_of(text):
    rec = extract_string(text)
    names = {p.id: p.name for p in (*rec.persons, *rec.organizations)}
    return [(names.get(c.claimant), c.content) for c in rec.claims]


def test_each_coordinated_subject_makes_the_claim():
    found = claims_of("Zinoviev and Kamenev wrote to the Central Committee. Both Zinoviev and Kamenev claimed "
                      "that the rising was premature.")
    assert ("Zinoviev", "the rising was premature") in found
    assert ("Kamenev", "the rising was premature") in found


def test_in_someones_opinion_is_their_claim():
    found = claims_of("Lenin met Trotsky in Petrograd. In Trotsky's opinion, the rising could not wait.")
    assert any(who == "Trotsky" and "could not wait" in content for who, content in found), found


def test_an_opinion_noun_without_an_owner_is_no_claim():
    found = claims_of("Lenin met Trotsky in Petrograd. In the end the rising could not wait, and in my view "
                      "of the river the boats were few.")
    assert not any("could not wait" in content for _, content in found), found
