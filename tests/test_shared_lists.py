"""Word lists that several stages share (one definition, imported where it is read): what each stage now
reads from the shared list, on passages written for these tests."""
from chronicle.extract import extract_string


def claims_of(text):
    rec = extract_string(text)
    names = {p.id: p.name for p in (*rec.persons, *rec.organizations)}
    return [(names.get(c.claimant), c.content) for c in rec.claims]


def test_a_speech_in_guillemets_quoted_whole_keeps_its_semicolons():
    """``narrator.QUOTE_MARKS`` (double marks and guillemets), which claims reads with the single marks."""
    found = claims_of("Martov wrote: «The party is finished; nothing can save it, and the workers know it.»")
    assert ("Martov", "The party is finished; nothing can save it, and the workers know it.") in found, found


def test_one_pluperfect_reader_for_the_clock_and_the_fact_stages():
    """``narrative_time.looking_back`` and ``pluperfect_after`` (the clock's and the fact stages' one reader,
    with one PLUPERFECT pattern): "had never", "had done" look back as "had founded" does."""
    from chronicle.resolve.clauses import looking_back
    from chronicle.resolve.narrative_time import pluperfect_after
    for text in ("Kamenev, who had never visited Siberia before 1908, came to Achinsk.",
                 "The Bund, which had done much for the party in 1898, split.",
                 "The Bund, which had founded the party in 1898, split."):
        assert looking_back(text, text.index("1")), text
    assert not looking_back("Kamenev came to Achinsk in 1908.", 30)
    text = "In the autumn of 1905, after the Manifesto, he had gone home to Odessa."
    assert pluperfect_after(text, text.index(",")) and not pluperfect_after(text + " In 1906 he left.", len(text) + 8)
    assert not pluperfect_after("In 1905\n\nHe had gone home.", 7)  # a heading's next paragraph


def test_one_singular_for_names():
    """identities reads a family named as a plural with its one ``_singular`` ("the Stolypins"), which
    leaves a surname in -ss alone (no "Straus" read in "Strauss")."""
    from chronicle.resolve.identities import _singular
    assert _singular("stolypins") == "stolypin" and _singular("bolsheviki") == "bolshevik"
    assert _singular("strauss") == "strauss" and _singular("ross") == "ross"
