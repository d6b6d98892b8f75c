"""The he/she of a quotation's tag (passages written for these tests): no one speaks to himself, and where this
stage's resolver and the shared pronoun reader disagree, the text's main person or the pronoun's gender decides."""
from __future__ import annotations

from chronicle.extract import extract_string
from tests.helpers import quote_speaker


def _speaker(text: str, words: str) -> str | None:
    return quote_speaker(extract_string(text), text, words)


def test_the_one_called_by_name_is_not_the_speaker():
    text = ("The ship lay at anchor off the point. Walter Grey read the orders to his captains, and Tom Reed, his "
            "clerk, read them aloud in ship after ship. That evening Walter Grey took his clerk aside. ‘I have kept "
            "my word, Tom,’ he said to him. ‘Now we shall see what the Board will do for us.’ The fleet sailed at "
            "dawn.\n")
    assert _speaker(text, "I have kept my word") == "Walter Grey"
    assert _speaker(text, "Now we shall see") == "Walter Grey"


def test_the_main_person_subject_outranks_the_object_taken_up_by_him():
    text = ("Hugh Marlow came to the Navy Board in the spring of 1702. Hugh Marlow had no friends there at first, "
            "and the clerks laughed at his country coat. By the summer Hugh Marlow had a desk of his own and a salary "
            "of two hundred pounds.\n\nThomas Gale, writing to the Admiral that autumn, called him an upstart. Hugh "
            "Marlow read the letter and never forgave him. Yet at Christmas he could write that he was ‘happier than "
            "any man in the Board’s service’. Marlow kept the letter all his life.\n")
    assert _speaker(text, "happier than any man") == "Hugh Marlow"


def test_she_is_not_a_person_of_unknown_gender_when_a_woman_is_at_hand():
    text = ("Margaret Lowe taught school at Millbrook for twelve years. In April the regiment marched from the "
            "President Street depot to the station, and four of its men were killed on the way. Next day she went "
            "among them with baskets of food. To her friend Mrs. Ellen Page she wrote that week:\n\n"
            "\"They listened better than any congregation ever did. So long as I have a hand to hold a pen, these "
            "boys shall not want.\"\n\nThrough the winter her rooms became a storehouse.\n")
    assert _speaker(text, "They listened better") == "Margaret Lowe"


def test_a_colon_lead_in_naming_a_written_piece_introduces_a_block():
    text = ("Tom Harker was taken to the yard before dawn. On the way he handed to the jailer a last note:\n\n"
            "I am quite certain now that this county will never be at peace until the mills are closed.\n\n"
            "He was hanged at noon.\n")
    assert _speaker(text, "I am quite certain now") == "Tom Harker"


def test_a_lead_in_that_sets_down_words_introduces_a_block():
    text = ("Ruth Ellery saw the riot from a window on the square. Ruth Ellery set down what she had seen in the "
            "essay that opens her second book:\n\n"
            "We sat at the window and counted the shots. By the third night nobody in the house spoke at all.\n\n"
            "The essay was written years afterwards.\n")
    assert _speaker(text, "We sat at the window") == "Ruth Ellery"


def test_a_phrase_quoted_as_the_subject_of_a_reported_clause_is_the_claimants():
    text = ("On the last evening the captain let Amos Hale speak on the deck, and some passengers tried to shout him "
            "down. Amos Hale later claimed that ‘nearly all the ship’ had stood by him. The ship's log says "
            "nothing of it.\n")
    assert _speaker(text, "nearly all the ship") == "Amos Hale"


def test_a_complaint_is_a_verb_of_speech():
    text = ("Peter Strand was held for six weeks without a charge. Peter Strand afterwards complained that he had "
            "been kept in the cells ‘like a common thief’, which the governor denied.\n")
    assert _speaker(text, "like a common thief") == "Peter Strand"


def test_the_smuggler_of_a_statement_is_not_its_writer():
    text = ("Tom Harker was tried in his bed on a May morning. His statement, which Ann Pike later smuggled out, "
            "ended:\n\nWe went out to break the hold of the mill owners on this valley, and we are not sorry.\n\n"
            "He was shot the next day.\n")
    assert _speaker(text, "We went out to break") != "Ann Pike"
