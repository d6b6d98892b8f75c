"""Quotation speakers named by the lead-in or the tag, and parenthetical claims (passages written for these tests)."""
from __future__ import annotations

from chronicle.extract import extract_string
from tests.helpers import record


def speaker(rec, text, words):
    pos = text.index(words)
    names = {e.id: e.name for e in (*rec.persons, *rec.organizations)}
    hits = [q for q in rec.quotations if q.words.start <= pos < q.words.end]
    assert hits, f"no quotation covers {words!r}"
    return names.get(hits[0].speaker), names.get(hits[0].addressee)


def test_name_opening_the_tag_speaks_not_the_one_written_to(quotes_only):
    text = ("The consulate watched the grain markets closely that autumn. ‘The whole of the city talks of nothing but "
            "the quarrel of the consul and his clerk,’ Henrik Dahl, the Danish officer then in Riga, wrote to Oskar "
            "Brandt. Nobody answered him.\n")
    who, to = speaker(record(text), text, "The whole of the city")
    assert who == "Henrik Dahl"
    assert to == "Oskar Brandt"


def test_a_clause_joined_by_and_after_the_quotation_is_not_its_tag(quotes_only):
    text = ("Maria Lenz visited the paper mill in June and asked about the wages. Karl Hofer, who owned the mill, "
            "said to her afterwards, ‘Madam, you ask too many questions,’ and she is supposed to have answered that "
            "questions were her trade.\n")
    who, _ = speaker(record(text), text, "Madam, you ask")
    assert who == "Karl Hofer"


def test_a_cleft_lead_in_names_the_speaker(quotes_only):
    text = ("In the autumn the officers met the delegates at the abbey. Their debate went on for three days, and George "
            "Atwell spoke for the officers. His defence of the old charters set the terms of the whole debate. It was "
            "Samuel Pryce who gave the delegates their most lasting sentence: ‘the meanest man in the shire hath a voice "
            "to give, as the greatest man’. Atwell wanted delay above all. ‘Let us wait,’ he told the delegates.\n")
    who, _ = speaker(record(text), text, "the meanest man")
    assert who == "Samuel Pryce"


def test_a_diary_or_notebook_quotes_its_writer(quotes_only):
    text = ("In the spring Paul Gerber was tried for the missing funds, and the court let him go once his friends had "
            "paid. Margarethe Voss’s diary is unexpectedly kind: ‘He is braver than the men who accuse him.’ "
            "Later that year Voss quarrelled with him over the strike. Her notebook gives him a single line – "
            "‘Paul is angry and will not say why’ – while her brother sent a cheerful letter.\n")
    rec = record(text)
    assert speaker(rec, text, "He is braver")[0] == "Margarethe Voss"
    assert speaker(rec, text, "Paul is angry")[0] == "Margarethe Voss"


def claims_of(text):
    rec = extract_string(text)
    names = {p.id: p.name for p in (*rec.persons, *rec.organizations)}
    return [(names.get(c.claimant), c.content) for c in rec.claims]


def test_a_parenthetical_saying_through_another_verb_is_a_claim():
    found = claims_of("In April Margarethe Voss and Paul Gerber married at the town hall. It was the first civil "
                      "wedding in the district, Voss liked to say later, although it plainly was not.")
    assert any(who == "Margarethe Voss" and "first civil wedding" in content for who, content in found), found


def test_a_parenthetical_pronoun_is_not_the_name_it_frames():
    found = claims_of("General Ferrand, who had commanded the escort, denied the report with some heat: Moreau, "
                      "he wrote, had not been at the table, and the order had been given at once.")
    assert any(who == "Ferrand" and "not been at the table" in content for who, content in found), found
    assert not any(who and "Moreau" in who and "not been at the table" in content for who, content in found), found


def test_a_name_between_commas_speaks_for_a_verb_left_without_subject(quotes_only):
    text = ("Ivan Petrenko was elected to the assembly in 1904.\n\n"
            "In answer to the bitter anger felt against the court favourite Pavel Gorsky in the midst of the country's "
            "losing struggle in the Eastern War, Petrenko, at the opening of the assembly on 3 March 1905, called the "
            "ministers \"paid traitors\" and \"cowards\", and alleged that they were \"ruled by the wretched monk Pavel "
            "Gorsky!\" The governors of three provinces tried to persuade the tsar to send the monk away.\n")
    who, _ = speaker(record(text), text, "ruled by the wretched")
    assert who == "Ivan Petrenko"  # not "they" of the reported clause, nor nobody


def test_said_he_keeps_its_pronoun(quotes_only):
    text = ("Walter Hale and his partner John Pym kept the shop together for a year.\n\n"
            "One evening I said to my partner, \"Perhaps your father is tired of our affair and will not advance the "
            "money.\" \"No,\" said he, \"my father has really been disappointed, and is really unable to pay.\"\n")
    who, _ = speaker(record(text), text, "my father has")
    assert who == "John Pym"
