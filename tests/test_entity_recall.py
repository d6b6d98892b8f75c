"""Names of modern biography the mention layer used to miss or mistype: a surname after a fronted date, a
short surname tagged as a plural, a surname the tagger read as an adjective, an office-holder after "became";
and things that are no names: a heading line, a calendar, an original-language gloss, a sentence's opening
common noun (passages written for these tests)."""
from chronicle.extract import extract_string
from tests.helpers import entity_names as names


def test_surname_after_a_fronted_month_is_a_person():
    rec = extract_string("The police had watched the circle for months. In August Golubev was arrested at his "
                         "flat in Kiev. He was sent to Butyrki prison.")
    assert "Golubev" in names(rec, "persons")
    assert "Golubev" not in names(rec, "places")


def test_surname_after_a_day_and_month_listed_with_other_women_is_a_person():
    rec = extract_string("The amnesty reached Siberia slowly. On 7 March Spiridonova and five other women were "
                         "freed from the prison.")
    assert "Spiridonova" in names(rec, "persons")


def test_a_month_after_of_stays_with_the_name():
    rec = extract_string("He admired the courage of March Golubev and of his brother. Golubev was shot in 1938.")
    assert "Golubev" not in names(rec, "places")


def test_short_surname_with_a_singular_verb_is_a_person():
    rec = extract_string("Gots was arrested in 1907 and sent to Siberia. In prison Gots read Marx.")
    assert "Gots" in names(rec, "persons")
    rec = extract_string("Chernov and Gots led the right wing of the party. Gots spoke against the Bolsheviks at "
                         "the congress. Later Gots was tried in Moscow.")
    assert "Gots" in names(rec, "persons")


def test_office_after_became_makes_a_person():
    rec = extract_string("When the Tsar abdicated, Rodzianko became chairman of the Provisional Committee.")
    assert "Rodzianko" in names(rec, "persons")
    assert "Rodzianko" not in names(rec, "places")


def test_surname_tagged_as_an_adjective_is_found_again():
    rec = extract_string("Rodzianko, the Duma president, telegraphed the Tsar. Rodzianko begged him to act.")
    person = next(p for p in rec.persons if p.name == "Rodzianko")
    assert len(person.mentions) == 2


def test_a_heading_line_of_english_words_is_no_person():
    rec = extract_string("Long Road West\n\nThe train left Chita on 10 March. Maria Spiridonova sat by the window "
                         "and watched the snow.")
    assert "Long Road West" not in names(rec)
    assert "Maria Spiridonova" in names(rec, "persons")


def test_a_calendar_style_is_no_place():
    rec = extract_string("The Tsar abdicated on 2 March (Old Style). Dates in this chapter are given in the Old "
                         "Style until February 1918.")
    assert "Old Style" not in names(rec)


def test_original_words_after_an_english_name_are_no_person():
    rec = extract_string("It was usual to call the Soviets of Workers’ Deputies (Rabotchikh Deputatov) traitors. "
                         "Mother Jones (Mary Harris) spoke in Chicago.")
    assert "Rabotchikh Deputatov" not in names(rec)
    assert "Mary Harris" in names(rec, "persons")


def test_a_sentence_opening_common_noun_is_no_person():
    rec = extract_string("News reached the prisoners in Chita that the Tsar had fallen. Kerensky sent a telegram.")
    assert "News" not in names(rec)
    assert "Kerensky" in names(rec, "persons")


def test_possessive_before_a_work_noun_makes_a_person():
    rec = extract_string("At the Alexandrinsky they were reviving Meyerhold’s production of Tolstoy’s "
                         "“Death of Ivan the Terrible”.")
    assert "Meyerhold" in names(rec, "persons")


def test_an_author_cited_by_page_in_a_note_is_a_person():
    rec = extract_string("Tchaikovsky studied law in Saint Petersburg.[4]\n\n[4] Holden, 4.\n\n"
                         "[5] Brown, _Early_, 19; Holden, 7.\n")
    assert "Holden" in names(rec, "persons")
    assert "Holden" not in names(rec, "places")
