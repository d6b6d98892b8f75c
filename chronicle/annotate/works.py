"""Cues that a name is the title of a work (a book, a play, a poem, a pamphlet…) or of a periodical.

The record has no class for works, and a gold annotator lists none of them as a person or an
organization; newspapers, journals and magazines are organizations. spaCy labels a title PERSON
("his Pamela"), ORG ("_Clarissa Harlowe_") or WORK_OF_ART at random, so the mention layer reads
what the text says around the title:

* ``written``: the name is what someone wrote, translated, composed or published ("Richardson wrote
  _Pamela_", "translated _Capital_"), alone or as a later title of the list after such a verb
  ("wrote _Pamela_, _Clarissa Harlowe_, and the _History of …_"), or its author or translator is
  named ("the author of _Oblomov_");
* ``work_after``: an italic title is followed by its year in brackets ("_The Idiot_ (1869)"), by a
  work noun in apposition ("_Heartbreak House_, a play", "_…Grandison_, novels published in the form
  of letters"), by "written/staged …" ("_Ivanov_, written in a fortnight") or by a book's publication
  facts or page ("(London: Macmillan, 2007)", "Taruskin, _Stravinsky_, 206"); a work noun introduces
  it or the italic list it stands in ("the novels _Mother_, _Foma Gordeyev_ and _Chelkash_"); the name
  is shaped as a title ("the Life of Florence Nightingale") or is a song sung or played ("broke into
  the _Marseillaise_", "the Revolutionary Funeral March");
* ``author_before``: an author's possessive before an italic title ("Chekhov's _Uncle Vanya_");
* ``periodical``: the name is said to be a paper ("the French newspaper _Entente_", "_Novaya Zhizn_
  (New Life), Gorky's paper"), is where something is printed or written ("an article in _Izvestia_",
  "wrote for _Pravda_", "the columns of _Iskra_", "an issue of _Zvezda_"), prints ("_Nashe Slovo_
  printed the appeal"), is edited, founded or launched ("edited _Pravda_"), or is cited as a journal
  (a volume number, an article's quoted title before it).

The decision is taken per document in :mod:`chronicle.resolve.entities`: a name with a work cue,
written in italics or as a work most of the times it is named, and with no periodical cue anywhere,
is no entity.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from .lexicon import FAC_HEADS, ORG_HEADS, given_name_gender

WRITE_VERBS = {"write", "compose", "translate", "pen", "author", "co-write", "rewrite", "sing", "chant", "hum"}
# verbs of a work's making or showing that also take other objects ("completed the railway"): read only
# with a title in italics
ITALIC_WRITE_VERBS = WRITE_VERBS | {"publish", "complete", "finish", "dedicate", "stage", "adapt", "revise", "play",
                                    "perform", "whistle"}
# a song struck up: "the band broke into the _Marseillaise_", "struck up the _Internationale_"; a name ending
# in a piece of music's noun: "playing the Revolutionary Funeral March"
SONG_BEFORE = re.compile(r"\b(?:(?:broke|breaks|burst|bursts|struck|strikes)\s+(?:into|up)|sang|sing|sings|singing|sung|"
                         r"chanted|chanting|hummed|humming|whistled|whistling)\s+(?:the\s+)?[_*“\"]?$", re.I)
PLAYED_BEFORE = re.compile(r"\b(?:played|playing|plays|play|performed|performing)\s+(?:the\s+)?[_*“\"]$", re.I)  # in
# italics or quotes only: "playing the _Internationale_", not "playing the Germans"
MUSIC_SHAPE = re.compile(r"(?:^|\s)(?:March|Hymn|Anthem|Symphony|Overture|Requiem|Sonata|Concerto|Waltz|Polka|"
                         r"Mazurka|Serenade|Nocturne|Lullaby|Oratorio|Cantata|Rhapsody|Fugue)$")
# the verb forms the regular expression of a list after a verb reads (no parse there)
WRITE_FORMS = (r"wrote|writes|write|writing|written|composed|composes|composing|translated|translates|translating|"
               r"penned|authored|published|publishes|publishing|completed|finished|dedicated|co-wrote|rewrote|"
               r"staged|adapted|revised")
# a verb, then italic titles joined by commas and "and": the name is the next title of that list
WRITTEN_LIST = re.compile(
    r"\b(?:" + WRITE_FORMS + r")\s+(?:(?:his|her|their|its|the|a|an)\s+)?"
    r"(?:[_*][^_*\n]{1,80}[_*][.,]?\s*(?:\((?:[^()\n]{0,60})\)\s*)?(?:,\s*and\s+|,\s*|\s+and\s+|\s+or\s+)"
    r"(?:(?:the|a|an)\s+)?)*[_*](?:The\s+|A\s+|An\s+)?$", re.I)
AUTHOR_NOUNS = {"author", "authors", "translator", "translators", "translation", "translations", "sequel",
                "adaptation", "adaptations", "premiere", "première", "staging", "manuscript", "manuscripts",
                "reviewer", "composer", "librettist", "libretto", "illustrator"}
WORK_NOUNS_AFTER = (r"novels?|novellas?|books?|plays?|poems?|treatises?|operas?|essays?|pamphlets?|memoirs?|"
                    r"stories|story|dramas?|films?|movies?|songs?|symphon(?:y|ies)|ballets?|autobiograph(?:y|ies)|"
                    r"biograph(?:y|ies)|satires?|comed(?:y|ies)|traged(?:y|ies)|monographs?|trilog(?:y|ies)|"
                    r"epics?|collections?|volumes?|works?|paintings?|portraits?|sonatas?|concertos?|overtures?|"
                    r"odes?|hymns?|anthems?|verses?|sketch(?:es)?|tales?|fables?")
WORK_AFTER = re.compile(
    r"[_*][.,]?\s*(?:\((?:1[5-9]|20)\d\d\)(?!\s*(?::|\d|#|pp?\.|[Vv]ol))"  # "_The Idiot_ (1869)", not a journal's
    # "(1998): 21–34", "(2012) 43#7"
    r"|,\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w’'-]+\s+){0,3}(?:" + WORK_NOUNS_AFTER + r")\b"
    r"|,?\s+(?:(?:first|later|originally)\s+)?(?:written|staged|performed|premiered|composed|translated)"
    r"\s+(?:in|by|at|on|as|for)\b)", re.I)
# an author's possessive right before an italic or quoted title: "Chekhov's _Uncle Vanya_", "Xenophon's
# _Cyropaedia_" (a paper so named, "Trotsky's _Pravda_", is a paper by its other mentions)
# a title that is itself a possessive phrase after its author's possessive: "Bunyan's Pilgrim's Progress"
POSSESSIVE_TITLE = re.compile(r"[A-Z][\w-]*[’']s\s+[A-Z]")
AUTHOR_POSSESSIVE = re.compile(r"\b[A-Z][\w-]*[’']s\s+$")
AUTHOR_BEFORE = re.compile(r"\b[A-Z][\w-]*[’']s\s+[_*“\"](?:The\s+|A\s+|An\s+)?$")
WROTE_FOR = re.compile(r"\b(?:" + WRITE_FORMS + r"|articles?|columns?)\s+(?:for|in)\s+(?:the\s+)?[_*“\"]?(?:The\s+)?$",
                       re.I)  # "wrote for _Pravda_" (which the parser may read as "wrote _Pravda_")
GLOSSED = re.compile(r"[_*][.,]?\s*\([A-Z][^()\d\n]{0,40}\)")  # "Purishkevitch's _Narodny Tribun_ (People's
# Tribune)": a Russian paper's name Englished, as papers are in this genre
BODY_AFTER = re.compile(r"[_*”\"]?(?:\[\d+\])?\s+(?:group|party|faction|circle|society|union|league|movement|"
                        r"committee|club|organisation|organization)s?\b")  # "Plekhanov's _Yedinstvo_[9] group"
# a work noun right before a quoted or italic title: "his short story “The Huntsman”"
WORK_BEFORE = re.compile(r"\b(?:" + WORK_NOUNS_AFTER + r"),?\s+[_*“\"](?:The\s+|A\s+|An\s+)?$", re.I)
# a book's publication facts after its title: "_Stalin_ (London: Penguin, 2005)", "_Stalin_, Penguin Books,
# 2004", "(2005). _Stalin: A Biography_. Cambridge"; a journal's volume: "_Slavic Review_ 45, no. 2", "51#1"
BOOK_FACTS = re.compile(r"[_*”\"][.,]?\s*(?:\([^()\n]{0,50}?(?:[:,]|Press|Books)\s*[^()\n]{0,40}?(?:1[5-9]|20)\d\d\)"
                        r"|,\s+(?:[A-Z][\w&.-]*\s+){0,4}(?:Press|Books|Publishers|Publishing|University)\b)")
# a book in a bibliography or a film in a list: "- _Eskimoliv_. Aschehoug, Kristiania 1891", "_Farthest North_.
# New York: Harper", "- _Arsenal_ (IMDB profile). 1929."; a short citation by author and page: "Taruskin,
# _Stravinsky_, 206", "Brown, _Final Years_, 90–91"
BOOK_ENTRY = re.compile(r"[_*]\.\s+(?:(?:[\w&’'.-]+\s+){0,4}[\w&’'.-]+,\s+(?:[A-Z][\w-]+,?\s+)?(?:1[5-9]|20)\d\d\b"
                        r"|[A-Z][\w .’'-]{2,30}:\s+[A-Z])"
                        r"|[_*](?:\s*\([^()\n]{0,30}\))?[.,]\s+(?:1[5-9]|20)\d\d[.;]")
SHORT_CITE_BEFORE = re.compile(r"(?:^|[\s;\]])[A-Z][\w’'-]+,\s+[_*](?:The\s+|A\s+|An\s+)?$")
SHORT_CITE_AFTER = re.compile(r"[_*],\s+(?:pp?\.?\s*)?\d+(?:[–-]\d+)?[.,;\s]")
BOOK_CITED = re.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\)[.,]?\s+[_*](?:The\s+|A\s+|An\s+)?$")
JOURNAL_FACTS = re.compile(r"[_*”\"]?[.,]?\s*(?:\d+(?:\.\d+|#\d+|,\s*no\.|\s*\()|,?\s*(?:[Vv]ol\b|v\.\s*\d))")
# a journal after the quoted title of its article: '"The Traversette rockfall", _Archaeometry_, 2018'
ARTICLE_BEFORE = re.compile(r"[”\"],?\s+[_*](?:The\s+)?$|[.,?!][”\"]\s+[_*](?:The\s+)?$")
# the nouns of a periodical (the mention stage reads them as lemmas: "its own paper, Soldatskaya Pravda"), and as
# a pattern with their plurals and the few more a list or an apposition names ("newspapers such as _Iskra_")
PAPER_NOUNS = {"paper", "newspaper", "journal", "magazine", "weekly", "daily", "organ", "gazette", "periodical",
               "newsbook", "newsletter", "newssheet"}  # "the newsbook Mercurius Publicus": an early paper
PERIODICAL_NOUNS = "|".join(w[:-1] + "(?:y|ies)" if w.endswith("ly") else w if w == "press" else w + "s?"
                            for w in (*sorted(PAPER_NOUNS), "monthly", "review", "bulletin", "press", "tabloid",
                                      "broadsheet"))
PERIODICAL_BEFORE = re.compile(r"\b(?:" + PERIODICAL_NOUNS + r"),?\s+(?:the\s+)?[_*“\"]?(?:The\s+)?$", re.I)
PERIODICAL_AFTER = re.compile(
    r"[_*”\"]?[.,]?\s*(?:\([^()\n]{0,60}\)\s*)?,\s+(?:(?:a|an|the|his|her|their|its|our)\s+|[A-Z][\w-]*[’']s\s+)?"
    r"(?:[\w’'-]+\s+){0,3}(?:" + PERIODICAL_NOUNS + r")\b", re.I)
PERIODICAL_HEADS = {"magazine", "journal", "review", "gazette", "times", "herald", "tribune", "chronicle", "news",
                    "quarterly", "monthly", "weekly", "daily", "courier", "mercury", "observer", "spectator",
                    "telegraph", "bulletin", "messenger", "examiner", "advertiser", "almanac", "almanack",
                    "guardian", "intelligencer", "sentinel", "clarion", "enquirer", "inquirer", "dispatch",
                    "despatch", "ledger", "recorder", "argus"}  # "the Manchester Guardian"
# nouns whose "of"-object is a periodical: "the columns of _Iskra_", "an issue of _Zvezda_"
PERIODICAL_OF = {"columns", "column", "issue", "issues", "editor", "editors", "editorship", "subscribers",
                 "subscriber", "readers", "correspondent", "correspondents", "contributor", "contributors",
                 "editorial", "editorials", "front-page", "masthead", "circulation", "newsroom"}
# nouns and verbs whose "in"/"for" names the periodical: "an article in _Izvestia_", "wrote for _Pravda_"
PRINTED_IN = {"article", "articles", "editorial", "editorials", "column", "columns", "piece", "pieces",
              "report", "reports", "letter", "letters", "interview", "interviews", "obituary", "review",
              "reviews", "feuilleton", "feuilletons", "advertisement", "headline", "headlines", "write",
              "publish", "print", "appear", "report", "announce", "serialise", "serialize", "contribute",
              "correspondent", "columnist", "reporter", "journalist"}
PRINTING_VERBS = {"print", "reprint", "publish", "report", "announce", "editorialise", "editorialize", "serialise",
                  "serialize", "headline"}
RUN_VERBS = {"edit", "found", "launch", "co-found", "establish", "co-edit", "subscribe"}


# a name shaped as a title, in roman type too: "Sir Edward Cook's excellent Life of Florence Nightingale", "the
# History of the Russian Revolution", "Travels of Marco Polo" (not "Annals of …" or "Journal of …": papers)
TITLE_SHAPE = re.compile(r"(?:The\s+|A\s+|An\s+)?(?:Life|Lives|History|Histories|Memoirs|Letters|Essays?|Treatise|"
                         r"Commentar(?:y|ies)|Sketches|Tales|Notes|Reflections|Principles|Travels|Voyages|"
                         r"Confessions|Discourses?|Lectures|Sermons)(?:\s+and\s+[A-Z][a-z]+)?\s+(?:of|on|upon)\s+\S")
# an italic list of titles: "_Mother_, _Foma Gordeyev_ and _Chelkash_"
_ITEM = r"[_*][^_*\n]{1,80}?[_*][.,]?\s*(?:\([^()\n]{0,60}\)\s*)?"
_SEP = r"(?:,\s*and\s+|,\s*or\s+|,\s*|\s+and\s+|\s+or\s+)(?:(?:the|a|an)\s+)?"
LIST_BEFORE = re.compile(r"(?:" + _ITEM + _SEP + r")+[_*](?:The\s+|A\s+|An\s+)?$")
LIST_AFTER = re.compile(r"[_*][.,]?\s*(?:\([^()\n]{0,60}\)\s*)?" + _SEP + r"[_*]")
OPENER = re.compile(r"[_*](?:The\s+|A\s+|An\s+)?$")
# what introduces a title or a list of them: "the novels _Mother_, …", "plays include _The Seagull_, …",
# "newspapers such as _Kievskaya Mysl_ and _Nashe Slovo_"
_INTRO = r"s?,?\s+(?:(?:include[sd]?|including|such\s+as|like|were|are)\s*:?\s+|:\s*)?(?:the\s+)?$"
WORK_INTRO = re.compile(r"\b(?:" + WORK_NOUNS_AFTER + r")" + _INTRO, re.I)
PERIODICAL_INTRO = re.compile(r"\b(?:" + PERIODICAL_NOUNS + r")" + _INTRO, re.I)


def title_list(text: str, start: int, end: int) -> tuple[int, bool] | None:
    """Where the italic list of titles holding the name starts, and whether the name is in it (None when
    the name is no italic title, or stands alone)."""
    opener = OPENER.search(text, max(0, start - 5), start)
    if opener is None:
        return None
    m = LIST_BEFORE.search(text, max(0, start - 600), start)
    if m is not None:
        return m.start(), True
    return (opener.start(), True) if LIST_AFTER.match(text, end) else (opener.start(), False)


# a clause's subject that is a work, then its title in apposition, in roman: "Their manifesto, the Agreement
# of the People, was printed", "The pamphlet that the journal published that spring, Women's Labour and the
# Insurance Laws, has left …" (not "In his book, Lenin argued": the work noun must open the clause)
APPOSED_WORKS = r"pamphlets?|manifestos?|manifestoes|tracts?|treatises?|books?|novels?|poems?|plays?|essays?|memoirs?"
WORK_APPOSED = re.compile(r"(?:^|[.;:!?]\s+|\n)(?:The|Their|His|Her|Its|Our|This|That|A|An)\s+(?:[\w’'-]+\s+){0,2}"
                          r"(?:" + APPOSED_WORKS + r")(?:\s+(?:that|which)\s+[^,.;:!?\n]{1,60})?,\s+"
                          r"(?:the\s+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+and\s+(?:the\s+)?)?$")
APPOSITION_END = re.compile(r"(?:\s+(?:of|and)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?[,)]")


def work_cues(span: Span, text: str, italic: bool) -> dict:
    """The work and periodical cues of the mention ``span`` (``text``: its doc's text)."""
    cues: dict = {}
    head = span.root
    start, end = span.start_char, span.end_char
    listed = title_list(text, start, end) if italic else None
    if listed is not None and listed[1]:
        cues["title_list"] = listed[0]  # the offset naming the list (made document-wide by the caller)
    if listed is not None and PERIODICAL_INTRO.search(text, max(0, listed[0] - 60), listed[0]):
        cues["periodical"] = True  # "newspapers such as _Kievskaya Mysl_ and _Nashe Slovo_"
        return cues
    if _periodical(span, head, text, start, end):
        cues["periodical"] = True
        return cues
    if _written(span, head, text, start, italic):
        cues["written"] = True
    quoted = text[start - 1:start] in ("“", '"') or text[max(0, start - 5):start] in ("“The ", '"The ')
    if (italic or quoted) and WORK_BEFORE.search(text, max(0, start - 40), start):
        cues["work_after"] = True  # "his short story “The Huntsman”"
    if TITLE_SHAPE.match(span.text) or MUSIC_SHAPE.search(span.text) and span.label_ != "PERSON" \
            and not given_name_gender(span[0].text) \
            or SONG_BEFORE.search(text, max(0, start - 30), start) or PLAYED_BEFORE.search(text, max(0, start - 30), start):
        cues["work_after"] = True  # "the Life of Florence Nightingale"
    if WORK_APPOSED.search(text, max(0, start - 110), start) and APPOSITION_END.match(text, end):
        cues["work_after"] = True  # "Their manifesto, the Agreement of the People, was printed"
    if listed is not None and WORK_INTRO.search(text, max(0, listed[0] - 60), listed[0]):
        cues["work_after"] = True  # "the novels _Mother_, _Foma Gordeyev_ and _Chelkash_"
    if italic and (WORK_AFTER.match(text, end) or BOOK_FACTS.match(text, end)
                   or BOOK_CITED.search(text, max(0, start - 30), start) or BOOK_ENTRY.match(text, end)
                   or SHORT_CITE_AFTER.match(text, end) and SHORT_CITE_BEFORE.search(text, max(0, start - 40), start)):
        cues["work_after"] = True
    if italic and AUTHOR_BEFORE.search(text, max(0, start - 60), start) and not GLOSSED.match(text, end):
        cues["author_before"] = True  # "Chekhov's _Uncle Vanya_"
    if POSSESSIVE_TITLE.match(span.text) and AUTHOR_POSSESSIVE.search(text, max(0, start - 40), start) \
            and span[-1].lower_ not in ORG_HEADS | FAC_HEADS:  # not "Sumner's Freedmen's Bureau"
        cues["author_before"] = True  # "Bunyan's Pilgrim's Progress", "Swift's Gulliver's Travels", in roman
    return cues


def _periodical(span: Span, head, text: str, start: int, end: int) -> bool:
    if span[-1].lower_ in PERIODICAL_HEADS or BODY_AFTER.match(text, end) \
            or WROTE_FOR.search(text, max(0, start - 40), start):
        return True  # "Newman's Magazine", "the Edinburgh Review"
    if PERIODICAL_BEFORE.search(text, max(0, start - 40), start) or PERIODICAL_AFTER.match(text, end) \
            or JOURNAL_FACTS.match(text, end) or ARTICLE_BEFORE.search(text, max(0, start - 10), start):
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in PERIODICAL_OF:
        return True
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "for") and (
            head.head.head.lower_ in PRINTED_IN or head.head.head.lemma_.lower() in PRINTED_IN):
        return True  # "an article in _Izvestia_", "wrote for _Pravda_"
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lemma_.lower() in ("contribute", "contributor"):
        return True  # "contributed to _Iskra_"
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in PRINTING_VERBS:
        return True  # "_Nashe Slovo_ printed it", "_Pravda_ reported": a paper prints, a book is printed
    if _said_to_be_a_paper(head):
        return True
    return head.dep_ == "dobj" and head.head.lemma_.lower() in RUN_VERBS


def _said_to_be_a_paper(head) -> bool:
    """'The paper was Iskra', 'Iskra was the party's paper': the name and a paper noun are the two sides of
    "to be" (subject and attribute), so the text says the name is a paper's."""
    verb = head.head
    if verb.lemma_ != "be" or head.dep_ not in ("attr", "nsubj"):
        return False
    other = "nsubj" if head.dep_ == "attr" else "attr"
    return any(c.dep_ == other and c.lemma_.lower() in PAPER_NOUNS and c.pos_ == "NOUN" for c in verb.children)


def _written(span: Span, head, text: str, start: int, italic: bool) -> bool:
    if italic and WRITTEN_LIST.search(text, max(0, start - 400), start):
        return True
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "wrote _Pamela_ and _Clarissa_": the first of the list is the object
    verb = node.head.lemma_.lower()
    if node.dep_ == "dobj" and (verb in ITALIC_WRITE_VERBS if italic else verb in WRITE_VERBS and span.label_ != "PERSON") \
            or node.dep_ == "nsubjpass" and verb in WRITE_VERBS - {"compose"} \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in node.head.children):  # "were composed of"
        return not (verb == "write" and any(c.dep_ in ("dative", "ccomp") for c in node.head.children))
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in AUTHOR_NOUNS \
            and (italic or span.label_ != "PERSON"):  # not "the translations of Joseph Liebes"
        return True  # "the author of _Oblomov_", "a translation of Capital"
    return False
