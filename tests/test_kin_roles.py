"""A bare first name brought in as someone's relative (tenth session): one relative is not another of that name
("her father, Anton Keller … her other brother, Anton"), the same relative is the same ("her brother Lukas Keller …
her brother Lukas"), a relative is not one of another surname named in full only later, a sovereign's title does not
join a relative, and a relative named once yields the bare name to the subject around him. Invented sentences."""
from tests.helpers import record


def _with(rec, alias: str) -> list[str]:
    return sorted(p.name for p in rec.persons if alias in p.aliases)


def _together(rec, *aliases: str) -> bool:
    return any(set(aliases) <= set(p.aliases) for p in rec.persons)


def test_a_brother_is_not_the_father_of_his_name():
    rec = record("In May she was called home to her father, Captain Anton Keller, who lay ill at Thornbury. "
                 "Her other brother, Anton, was then in Ohio.")
    assert not _together(rec, "Anton Keller", "Anton")


def test_a_sister_is_not_the_mother_of_her_name():
    rec = record("They stopped in Leeds, where Peter's mother, Klara Hoffmann Berg, and his sister Klara gave them "
                 "letters for the journey.")
    assert not _together(rec, "Klara Hoffmann Berg", "Klara")


def test_the_same_relative_is_one_person():
    rec = record("She wrote to her brother Lukas Keller, then in business at Dover. Nothing came of it. "
                 "Early in the new year her brother Lukas was made a clerk of the court.")
    assert _together(rec, "Lukas Keller", "Lukas")


def test_a_son_is_not_a_man_of_another_surname_named_later():
    rec = record("He was brought before the old merchant Amos Hartley, whose son Tobias had been drowned at sea. "
                 "Months later the party was ambushed by Tobias Wendel, a ferryman of the lower river.")
    assert not _together(rec, "Tobias", "Tobias Wendel")


def test_a_listed_son_is_the_son_of_his_fathers_surname_named_later():
    rec = record("Silas Marbury led the party out. With him went his sons Owen, Jasper and Hugh. "
                 "Years later Owen Marbury wrote an account of the night.")
    assert _together(rec, "Owen", "Owen Marbury")


def test_an_emperor_is_not_the_brother_of_his_name():
    rec = record("His brother Konstantin was allowed to visit him and brought him books. The Emperor Konstantin, "
                 "it was reported, gave the permission himself.")
    assert len(_with(rec, "Konstantin")) == 2  # the brother and the Emperor


def test_a_relative_named_once_yields_to_the_subject_around_him():
    rec = record("Rodrigo the Bold was born at Vigo. Rodrigo fled with his mother, leaving her with her brother, "
                 "King Rodrigo of Leon. Rodrigo returned home the next spring.")
    bold = next(p for p in rec.persons if p.name == "Rodrigo the Bold")
    assert len(bold.mentions) == 3  # both bare "Rodrigo"s; the King keeps only his own
