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
