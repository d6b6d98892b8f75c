"""A subject he/she whose nearest possible antecedent is named only as the object of a preposition ("a letter
addressed to Orlov; he had arrived") goes to the person told of in a weightier role in that sentence or the one
before, in the same paragraph (``clauses.Reader._salient_over_oblique``); and the quotation stage reads a tag's
he/she as that reader does (``quotes.Attributor._read``). Passages written for these tests."""
from __future__ import annotations

from chronicle.resolve.clauses import Reader
from tests.helpers import record
from tests.helpers import make_ctx as _ctx, pronoun_at as _who, quote_speaker as speaker

POSTCARD = ("Pavel Serov did not stay in the north. The first his friends knew of his flight was a telegram from Riga "
            "sent to Ivan Orlov in Berlin; he had crossed the border two days before.")


def test_a_subject_pronoun_passes_over_a_name_in_a_prepositional_phrase():
    rd = Reader(_ctx(POSTCARD, {"Pavel Serov": "m", "Ivan Orlov": "m"}))
    assert _who(rd, POSTCARD, "he had crossed") == "pavel_serov"


PRINTER = ("Anton Kedrov wanted work as a bookbinder. I went to the binder of the town, old Mr Gleb Belov, who had "
           "left Kazan after a lawsuit of Ivan Orlov. He could offer nothing, having few orders.")


def test_a_who_clause_outranks_an_of_phrase():
    rd = Reader(_ctx(PRINTER, {"Anton Kedrov": "m", "Gleb Belov": "m", "Ivan Orlov": "m"}))
    assert _who(rd, PRINTER, "He could offer") == "gleb_belov"


def test_a_possessive_still_takes_the_name_in_the_phrase_before_it():
    text = ("Pavel Serov wrote to the committee from abroad. That evening nine delegates met in the house of the "
            "lawyer Ivan Orlov, a meeting arranged without his knowledge by a cousin.")
    rd = Reader(_ctx(text, {"Pavel Serov": "m", "Ivan Orlov": "m"}))
    assert _who(rd, text, "his knowledge") == "ivan_orlov"


def test_a_quotation_tag_reads_he_as_the_pronoun_reader_does(quotes_only):
    text = ("Thomas Grey came home from the marshes with a fever in October. His brother Walter Grey, who sat up with "
            "him, wrote afterwards that he had heard him pray. At dawn he said, ‘Open the shutters, I want to see the "
            "water,’ and slept again.\n")
    assert speaker(record(text), text, "Open the shutters") == "Thomas Grey"


def test_a_name_inside_a_quotation_is_not_the_tags_he(quotes_only):
    text = ("It was to his sister rather than to his partner that Edward Lane wrote most openly of the new plan. "
            "‘I am sorry for it, Robin,’ he wrote to her that winter, ‘but the mill must go.’\n")
    assert speaker(record(text), text, "I am sorry for it") == "Edward Lane"
