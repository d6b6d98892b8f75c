"""The spaCy pipeline: the pinned model, Chronicle's components in a valid order."""
import spacy

from chronicle.annotate.pipeline import MODEL, chunk_ranges, load_nlp


def test_pinned_model_is_the_one_declared():
    nlp = spacy.load(MODEL)
    assert nlp.meta["name"].startswith("core_web_sm") and nlp.meta["version"] == "3.8.0"


def test_components_come_after_what_they_require():
    analysis = load_nlp().analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]


def test_mention_component_runs_alone_on_a_doc():
    nlp = load_nlp()
    doc = nlp("General Kornilov marched on Petrograd.")
    cues = {s.text: s._.chronicle_cues for s in doc.spans["chronicle_mentions"]}
    assert cues["General Kornilov"]["title"] == "General"
    assert cues["General Kornilov"]["motion_subj"] == "march"


def test_chunks_split_at_paragraphs_and_cover_the_text():
    text = ("word " * 50 + "\n\n") * 200
    pieces = chunk_ranges(text, [(0, len(text))], size=2000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in zip(pieces, pieces[1:]))
    assert all(text[b - 2:b] == "\n\n" for _, b in pieces[:-1])


def test_prefixed_words_are_one_token_with_the_base_lemma():
    from chronicle.annotate.pipeline import load_nlp
    doc = load_nlp()("The Committee co-opted him; he was re-elected in 1913 and re-arrested at Kiev.")
    words = {t.text: t for t in doc}
    assert words["co-opted"].pos_ == "VERB" and words["co-opted"].lemma_ == "co-opt"
    assert words["re-elected"].lemma_ == "elect" and words["re-arrested"].lemma_ == "arrest"
    assert doc.text == "The Committee co-opted him; he was re-elected in 1913 and re-arrested at Kiev."


def test_co_opted_is_a_membership_decision():
    from chronicle.extract import extract_string
    rec = extract_string("In 1912 the Central Committee co-opted Petrov in his absence.")
    [m] = rec.memberships
    assert m.person.endswith("-per-petrov") and m.organization.endswith("-org-central_committee")
    assert m.status == "granted" and m.date == "1912"


def test_a_heading_without_a_full_stop_is_its_own_sentence():
    from chronicle.annotate.pipeline import load_nlp
    doc = load_nlp()("Chapter 7: Exile\n\nOn 3 March 1913 Dzhugashvili was arrested in St Petersburg.")
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[0] == "Chapter 7: Exile"
    assert sents[1].startswith("On 3 March 1913 Dzhugashvili")


def test_the_first_sentence_after_a_heading_keeps_its_subject():
    from chronicle.extract import extract_string
    rec = extract_string("Chapter 7: Exile\n\nOn 3 March 1913 Dzhugashvili was arrested at a concert in St "
                         "Petersburg. The police had been tipped off by Malinovsky.")
    arrest = next(e for e in rec.events if e.type == "arrest")
    assert arrest.participants == (next(p.id for p in rec.persons if p.name == "Dzhugashvili"),)


def test_elided_pasts_are_read_as_their_verbs():
    from chronicle.annotate.pipeline import load_nlp
    doc = load_nlp()("We arriv'd at Amboy, where Keimer star'd at us; the sloop anchor'd at Newport, "
                     "and he stopp'd. I'd gladly have stay'd.")
    lemmas = {t.text: (t.lemma_, t.pos_) for t in doc}
    assert lemmas["arriv'd"] == ("arrive", "VERB")
    assert lemmas["star'd"] == ("stare", "VERB") and lemmas["anchor'd"][0] == "anchor"
    assert lemmas["stopp'd"][0] == "stop" and lemmas["stay'd"][0] == "stay"
    assert lemmas.get("I'd", ("",))[0] != "ie"  # a contraction of "would" is left alone


def test_elided_arrival_is_a_typed_event():
    from chronicle.extract import extract_string
    rec = extract_string("In October my friend Collins arriv'd at New York.")
    assert any(e.type == "travel_arrival" for e in rec.events), [(e.type, e.summary) for e in rec.events]
