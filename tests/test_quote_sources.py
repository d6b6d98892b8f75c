"""A source that vouches for words is not their speaker; a block's writer speaks; a denial of what was told is a
claim (passages written for these tests)."""
from __future__ import annotations

from chronicle.extract import extract_string
from tests.helpers import quote_speaker


def _speaker(text: str, words: str) -> str | None:
    return quote_speaker(extract_string(text), text, words)


def test_the_verb_subject_speaks_not_the_according_to_source():
    text = ("Tomas Varga held the ford with forty men. The enemy came up at noon. Varga refused to withdraw and, "
            "according to Ilse Brenner, who was not there but gathered the stories afterwards, told his lieutenant: "
            "‘Either we hold this ford, or we die here together.’ The ford held until dark.\n")
    assert _speaker(text, "Either we hold") == "Tomas Varga"


def test_a_pronoun_tag_speaks_though_a_later_account_vouches_for_it():
    text = ("In the village she took two rooms and saw much of the exiles there, among them Pieter Holm, who lived "
            "a short walk away. ‘She has lost none of her temper in gaol,’ he said to Marta Kovacs, according to a "
            "later account. It was there that she wrote her pamphlet.\n")
    assert _speaker(text, "She has lost none") == "Pieter Holm"


def test_the_writer_of_a_letter_introducing_a_block_speaks():
    text = ("Greta Lind reached the camp at Norrby in March and was lodged with the other wives. Her first letter "
            "from there, written two days after she arrived and addressed to her brother, described the barracks:\n\n"
            "We sleep twelve to a room and the stove is lit only at night. I saw Johan for a moment at the gate.\n\n"
            "The winter that followed was a hard one.\n")
    assert _speaker(text, "We sleep twelve") == "Greta Lind"


def test_a_note_by_someone_printed_by_a_paper_is_the_writers():
    text = ("Henrik Sand and Olof Berg opposed the strike. On 3 May the weekly Nordposten, edited by Axel Moe, "
            "printed a note by Henrik Sand speaking for them both:\n\n"
            "Not only Comrade Berg and I but many of the older comrades think that a strike now would be ruinous "
            "for the union.\n\n"
            "The reply came within hours.\n")
    assert _speaker(text, "Not only Comrade Berg") == "Henrik Sand"


def test_a_denial_of_what_was_told_is_the_deniers_claim():
    rec = extract_string("Olaf Berg later claimed that the minister had signed the order himself. Karin Dahl denied "
                         "it flatly: in her account the minister never saw the order, and it was Berg who forged it.\n")
    names = {p.id: p.name for p in (*rec.persons, *rec.organizations)}
    found = [(names.get(c.claimant), c.content) for c in rec.claims]
    assert any(who == "Karin Dahl" and "never saw the order" in what for who, what in found), found
    assert any(who == "Olaf Berg" for who, _ in found), found


def test_denying_a_charge_with_no_pointing_back_is_no_new_claim():
    rec = extract_string("The prisoner Lars Ek denied the charge of theft before the magistrate.\n")
    assert not [c for c in rec.claims if "denied" in c.content]


def _claims(text: str):
    rec = extract_string(text)
    names = {p.id: p.name for p in (*rec.persons, *rec.organizations)}
    return [(names.get(c.claimant), c.content) for c in rec.claims]


def test_a_definite_calling_takes_up_the_person_just_named():
    text = ("In Lund he called on Axel Strand, then eighty and nearly blind. The old professor listened, asked no "
            "questions, and told him that the task required ‘patience, silence and a steady hand’. He left the same "
            "evening.\n")
    assert _speaker(text, "patience, silence") == "Axel Strand"


def test_the_landlady_is_the_widow_named_before_her():
    found = _claims("The two women lodged with a widow named Berta Holm in a flat near the harbour. The landlady, who "
                    "asked few questions, later told the police that her lodger wrote all night and slept until noon.\n")
    assert any(who == "Berta Holm" and "wrote all night" in what for who, what in found), found


def test_the_general_is_the_one_named_with_that_title():
    found = _claims("General Anton Lind commanded the northern army until the spring. His daughter went with him to "
                    "the capital. The minister received him there in May and, by the general’s own account, promised "
                    "him a new command.\n")
    assert any(who == "Anton Lind" for who, _ in found), found


def test_a_short_phrase_framed_by_a_parenthetical_speech_verb_is_a_quotation():
    text = ("Ingrid Vik came back to Oslo in May. In Oslo, she recalled, the old committees seemed to her ‘tired "
            "talkers’, men who had argued all winter while the strikes failed. She left for Bergen in June.\n")
    assert _speaker(text, "tired talkers") == "Ingrid Vik"


def test_the_words_someone_describes_something_as_are_a_quotation():
    rec = extract_string("Ingrid Vik came back to Oslo in May. The summer passed in work that Ingrid described in a "
                         "letter to her brother as ‘the best of my years’, though the arrests went on.\n")
    assert [q.quote.text for q in rec.quotations] == ["‘the best of my years’"]


def test_a_short_phrase_with_no_one_reporting_it_stays_a_label():
    rec = extract_string("Ingrid Vik came back to Oslo in May. The old committees were full of ‘tired talkers’, men "
                         "who had argued all winter.\n")
    assert not rec.quotations


def test_a_fronted_to_names_the_one_written_to_not_the_writer():
    text = ("Anselm Rook left Hamburg in May and settled in Leeds. Pierre Auguste, his old teacher, had found him "
            "work with the weavers' union there. To Auguste he wrote from Leeds that autumn:\n\n"
            "I have a room of my own and a wage of my own. Nobody here asks who my father was.\n\n"
            "The winter brought him a second post.\n")
    assert _speaker(text, "I have a room") == "Anselm Rook"


def test_the_writer_not_the_paper_that_printed_the_letter_speaks():
    text = ("Moses Carter spoke in Dundee and Perth that winter. To Henry Pell he wrote on New Year's Day, in a "
            "letter that the Northern Beacon printed a month later:\n\n"
            "I walk where I please and nobody stops me at a door. I have not felt so free in my life.\n\n"
            "He sailed for Boston in April.\n")
    assert _speaker(text, "I walk where I please") == "Moses Carter"


def test_the_owner_of_an_account_written_to_her_sister_speaks():
    text = ("The quarrel in the league lasted a month. Clara Veit, who kept the minutes, sided with the minority. "
            "Her own account, written to her sister Ottilie Veit in Vienna, is plain enough:\n\n"
            "‘We have had four weeks of the most bitter quarrelling. The minority are going, and I go with them.’\n\n"
            "The split came in January.\n")
    assert _speaker(text, "We have had four weeks") == "Clara Veit"


def test_the_owner_of_a_wire_that_is_its_clause_subject_speaks():
    text = ("The order came in the spring of 1851. Dmitri Orlov had signed it at the ministry the day before. "
            "Orlov’s wire was short: ‘Free the prisoners of the northern camp at once.’ The gates opened at dusk.\n")
    assert _speaker(text, "Free the prisoners") == "Dmitri Orlov"


def test_the_owner_of_an_in_phrase_next_to_the_quotation_speaks():
    text = ("Karl Weiss sailed from Genoa in May. The ship left harbour carrying, in Weiss’s tally, "
            "‘smugglers, priests, gamblers and a few farmers who had nowhere else to go’. The crossing took a month.\n")
    assert _speaker(text, "smugglers, priests") == "Karl Weiss"


def test_a_letter_to_someone_is_its_writers_not_the_addressees():
    text = ("Anna Holt and Peter Vane had quarrelled for a year. Holt’s letter to Vane was brief: "
            "‘I shall not come again to your house.’ He never answered it.\n")
    assert _speaker(text, "I shall not come") == "Anna Holt"



def test_a_name_before_the_verb_beats_a_party_word_on_a_common_noun():
    text = ("Pavel Orsk led the Mensheviks out of the hall. A young Bolshevik worker, Ivan Petrov, called after him "
            "that they had thought Orsk at least would stay with them, and Orsk, without stopping, replied: ‘One day "
            "you will see what you have done.’ He never came back.\n")
    assert _speaker(text, "One day you will see") == "Pavel Orsk"
