"""Quotation speakers named through verbs of memory, parse slips around the tag and lead-ins
(passages written for these tests)."""
from __future__ import annotations

from tests.helpers import quote_speaker as speaker, record



def test_as_she_remembered_names_the_speaker(quotes_only):
    text = ("The train came in late. On the platform stood his cousin, Helen Marsh, who had brought a scarf because, as "
            "she remembered, ‘Tom would never think of the cold’. Tom Marsh said a few words from the step. ‘I am home at "
            "last,’ he told the porters.\n")
    assert speaker(record(text), text, "Tom would never") == "Helen Marsh"
    assert speaker(record(text), text, "I am home") == "Tom Marsh"


def test_a_block_after_remembered_it_is_a_quotation(quotes_only):
    text = ("The captain hid in the barn for a whole day. Forty years later, dictating the story to a clerk at Dover, "
            "Edmund Hale remembered it plainly:\n\nWhile we lay in the straw we heard the troopers going up and down "
            "the lane, calling to one another, and we durst not stir.\n\nThe barn still stands.\n")
    assert speaker(record(text), text, "While we lay in the straw") == "Edmund Hale"


def test_name_right_before_the_speech_verb_speaks_when_the_parse_loses_it(quotes_only):
    text = ("The vestry met on Monday to hear the plan for the new bridge. From the gallery Thomas Ward shouted that it "
            "was ‘the scheme of a lunatic’. The chairman ignored him.\n")
    assert speaker(record(text), text, "the scheme of a lunatic") == "Thomas Ward"
    text = ("The winter at the mill was hard, and the family gave way at last. Henry’s sister Margaret, whom the family "
            "called Meg, wrote to an aunt that “it is a sad and heavy business, and one cannot help him now.” Their "
            "uncle came up from the coast.\n")
    assert speaker(record(text), text, "it is a sad and heavy") == "Margaret"


def test_a_possessive_inside_what_someone_replied_is_not_the_speaker(quotes_only):
    text = ("The plan was printed on Monday under Fielding’s name. The next day Walter Hale answered in the same paper "
            "that Fielding’s ‘grand design’ was ‘ruinous’, since it ignored the costs.\n")
    assert speaker(record(text), text, "grand design") == "Walter Hale"


def test_an_account_that_has_someone_saying_quotes_that_one(quotes_only):
    text = ("Harold Webb met Arthur Crane twice that spring. Webb’s later account of these weeks, written in 1931, "
            "has Crane saying of the novel Harvest:\n\nIt is a very fine machine. Many printers worked all their "
            "lives without seeing one, and now they will learn from it and it will be of great use to them.\n\n"
            "Crane himself never mentioned the press again.\n")
    assert speaker(record(text), text, "It is a very fine machine") == "Arthur Crane"


def test_a_name_the_tagger_missed_after_a_date_word_is_the_one_named_before(quotes_only):
    text = ("In March both Halloran and Novak were sent north to the mine. The two men shared a single hut, and Halloran "
            "kept to himself. That May Novak wrote to his wife, Anna Brod:\n\n‘My companion and I are too "
            "different. He is a decent fellow, but he keeps no order at all, and I have moved out.’\n\n"
            "Soon afterwards Novak moved to the village.\n")
    rec = record(text)
    assert speaker(rec, text, "My companion and I") == "Novak"


def test_a_bodys_own_paper_quotes_the_body(quotes_only):
    text = ("In York, meanwhile, the Harbour Board had acted quickly. Its proclamation of 4 May offered a reward for the "
            "arrest of ‘Thomas Reed, master of the sloop Hope’, and warned anyone who sheltered him. The clerk posted "
            "it on the quay.\n")
    rec = record(text)
    assert speaker(rec, text, "Thomas Reed, master") == "Harbour Board"


def test_a_verb_of_speech_naming_no_one_yields_to_the_quotations_own_clause(quotes_only):
    text = ("Palmer and Hobbs quarrelled about it for years. Neither memoir was written within ten years of the "
            "strike, and the union’s own minute book, which neither man cites, records only that the Dockers’ Union "
            "withdrew ‘after a short discussion’. There was a pause, then.\n")
    rec = record(text)
    assert speaker(rec, text, "after a short discussion") == "Dockers’ Union"


def test_a_quoted_paragraph_after_a_colon_lead_in_spans_from_the_lead_in(quotes_only):
    text = ("From the coast he wrote constantly to London. To Harper, in the spring, he set down what may stand as the "
            "creed of his voyage:\n\n“I did not come here to trade with a faction, but with a nation, and to deal with "
            "honest men and not with speculators.”\n\nThe ship sailed in May.\n")
    rec = record(text)
    q = next(q for q in rec.quotations if "I did not come" in q.words.text)
    assert q.span.start == text.index("To Harper, in the spring")
    assert q.words.start == text.index("“I did not come")


def test_a_short_phrase_in_what_someone_wrote_or_declared_is_a_quotation(quotes_only):
    text = ("The siege went on into the summer. The reporter Henry Vale had written to his editor that the fort was "
            "“starving” and its captain forgotten. Mr. Ashby answered him in Parliament, declaring that the men were "
            "not starving but merely “on short rations”, and the House laughed. Later Ashby wrote to Vale that he "
            "would sooner be “boiled in oil” than apologise.\n")
    rec = record(text)
    assert speaker(rec, text, "starving”") == "Henry Vale"
    assert speaker(rec, text, "on short rations") == "Ashby"
    assert speaker(rec, text, "boiled in oil") == "Ashby"


def test_a_name_or_label_in_a_reported_clause_is_not_a_quotation(quotes_only):
    text = ("The captain wrote from Dover. He wrote that the ‘moderate’ members "
            "had left the club. In 1790 the old squire openly acknowledged his nephew Robert, who was deemed "
            "‘unsuitable,’ as he had no land. He wrote that the name came from Rufus (‘red’).\n")
    rec = record(text)
    pos = text.index("moderate"), text.index("unsuitable"), text.index("red’")
    assert not [q for q in rec.quotations if any(q.words.start <= p < q.words.end for p in pos)]
