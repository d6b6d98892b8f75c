"""A name right after "At the end of <month>" is the clause's subject and a mention of its own ("At the end of
July Kessler went …", parsed "of [July Kessler]"), so the next "him" is that person's. Passage written for the test."""
from chronicle.extract import extract_string

TEXT = ("Anton Kessler was born in Riga in 1880 and joined the party as a student. At the end of July Kessler went "
        "by train to Vienna as a delegate to the Fifth Party Congress, which met in secret while Hugo Brandt was in "
        "prison. On 3 August the congress elected him to the Central Committee.")


def test_the_name_after_a_period_of_a_month_is_a_mention_and_the_subject():
    rec = extract_string(TEXT)
    kessler = next(p for p in rec.persons if p.name.endswith("Kessler"))
    at = TEXT.index("July Kessler") + len("July ")
    assert any(m.start == at for m in kessler.mentions)
    names = {p.id: p.name for p in rec.persons}
    orgs = {o.id: o.name for o in rec.organizations}
    got = {(names.get(m.person), orgs.get(m.organization), m.status) for m in rec.memberships}
    assert ("Anton Kessler", "Central Committee", "granted") in got
    assert not any(p == "Hugo Brandt" for p, _, _ in got)
