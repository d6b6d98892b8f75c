"""What the fact stages (events, journeys, memberships, relationships) share.

They all walk the parsed sentences once, ask which resolved entity a token names,
resolve a few pronouns to the most recent compatible person, and date a clause from
the time expressions. :class:`Reader` holds those lookups for one document; it reads
only the :class:`~chronicle.context.DocContext` (no extra spaCy pass). The plain reader
is built once per document (:func:`shared_reader`) for quotations, memberships and
relationships; journeys (plural reading) and events (a subclass) build their own.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..annotate.lexicon import FEMALE_NOUNS, MALE_NOUNS, ROLE_NOUNS
from ..annotate.timex_vocab import MONTH_NAMES
from ..context import DocContext, EntityRef
from .narrative_time import looking_back
from .narrator import quoted_regions

ACTORS = ("person", "organization")
HE = {"he", "him", "his", "himself"}
SHE = {"she", "her", "hers", "herself"}
WE = {"we", "us", "ourselves"}
THEY = {"they", "them", "their", "themselves"}
FIRST_PERSON = {"i", "me", "myself", "my", "mine"}
PAIR = re.compile(r"\s*(,|and|,\s*and|&)\s*")  # between two coordinated names
THEY_REACH = 600  # "they"/"their" name an organization mentioned no further back than this
FULL_DATE = re.compile(r"^\d{4}(-\d\d){0,2}$")
LAPSE = re.compile(r"^P(\d+|X)[DWMY]$")  # days, weeks, months or years pass
CLOCK_DATE = re.compile(r"^\d{4}(-(SP|SU|FA|WI)|-WXX-\d(T\w+)?)$")
NEGATORS = {"not", "never", "n't", "no", "nor"}
MODALS = {"would", "could", "might", "should", "may", "must", "shall", "will"}
CONDITIONAL = {"if", "unless", "lest", "whether"}
PARTY_SUFFIX = {"party", "faction", "group", "fraction", "wing"}  # "Cadet party" is named by "Cadet"
INTENT = {"hope", "intend", "plan", "propose", "mean", "wish", "want", "expect", "promise", "threaten",
          "desire", "try", "attempt", "seek", "refuse", "decline", "hesitate", "fear", "would", "like",
          "apply", "ask", "beg", "petition", "offer", "volunteer", "aspire"}

# unnamed persons: who may take up a "he"/"she" ("a Quaker woman … she took me aside"), shared with quotations
PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "child", "lady", "gentleman", "fellow", "youth", "stranger", "visitor",
    "guest", "host", "hostess", "friend", "companion", "mother", "father", "son", "daughter", "brother",
    "sister", "uncle", "aunt", "cousin", "nephew", "niece", "husband", "wife", "widow", "grandmother",
    "grandfather", "mamma", "papa", "doctor", "nurse", "servant", "maid", "footman", "butler", "clerk",
    "officer", "captain", "colonel", "general", "major", "sergeant", "corporal", "soldier", "sailor",
    "priest", "minister", "judge", "lawyer", "landlord", "landlady", "master", "mistress", "king", "queen",
    "prince", "princess", "lord", "duke", "count", "countess", "governor", "teacher", "student", "pupil",
    "driver", "coachman", "porter", "waiter", "guard", "keeper", "merchant", "farmer", "printer",
    "secretary", "chairman", "president", "speaker", "delegate", "interlocutor",
}
# nouns of either sex that this genre takes up with "he" when a new one comes in ("a young officer … he said")
FEMALE_ROLES = FEMALE_NOUNS | {"nun", "actress", "tsarina", "empress", "midwife", "nurse", "widow"}
NEUTRAL_NOUNS = (PERSON_NOUNS | ROLE_NOUNS) - FEMALE_ROLES - MALE_NOUNS - {"friend", "comrade", "colleague", "ally", "rival", "enemy"}
INDEFINITE = {"a", "an", "another", "one", "some"}
AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")  # "worker", "sculptor", "artist", "historian"
STRANGER = "\0stranger"  # what a he/she chain stands for once an unnamed person took it up
STRANGER_SENTENCES = 3  # how many sentences back an unnamed person (or a pronoun it holds) may take up he/she
# a verb by which a historian, a memoirist gives a view of the story ("Deutscher thought the account embellished")
OPINION_VERBS = {"think", "believe", "doubt", "consider", "judge", "argue", "suggest", "question", "dispute",
                 "reject", "deny", "contend", "maintain", "insist", "conclude", "suspect", "dismiss", "describe",
                 "note", "observe", "estimate", "reckon", "claim", "assert", "speculate", "surmise", "agree",
                 "disagree", "write", "remark", "comment", "stress", "emphasize", "emphasise", "point", "accept",
                 "call", "regard"}
# what such a view is of: the story told already ("this", "the account", "the story")
TOLD = {"this", "that", "it", "these", "those", "account", "story", "claim", "version", "tale", "report", "episode",
        "legend", "anecdote", "figure", "date", "dating", "evidence", "testimony", "memoir", "recollection",
        "description", "estimate", "explanation", "interpretation", "assertion", "statement"}
VIEW_NOUNS = {"view", "opinion", "judgement", "judgment", "estimate", "estimation", "interpretation", "verdict"}


@dataclass(frozen=True)
class Sentence:
    """One parsed sentence and where it lies in the original text."""

    sent: SpacySpan
    offset: int  # the chunk's offset: token.idx + offset is a text position

    @property
    def start(self) -> int:
        return self.offset + self.sent.start_char

    @property
    def end(self) -> int:
        return self.offset + self.sent.end_char


LINKS = {"be", "become", "remain"}  # "X became his friend": a predicate noun's possessor is not X
TOPIC_MIN = 5  # named mentions that make a person the text's main person of their gender
TOPIC_REACH = 4000  # how recently the main person must have been named


def dominates(top: int, runner_up: int) -> bool:
    """Whether a person named ``top`` times is the text's main person over the next, named ``runner_up`` times:
    at least :data:`TOPIC_MIN` names and a third as many again (a chapter often tells its subject's rival
    nearly as often: 17 names to 12)."""
    return top >= TOPIC_MIN and 3 * top >= 4 * runner_up


def quoted_test(text: str) -> Callable[[int], bool]:
    """Whether a position of ``text`` is inside a quotation (``narrator.quoted_regions``): a date spoken or
    quoted does not move the narrative on, a pronoun quoted is the speaker's."""
    said = quoted_regions(text)
    said_starts = [a for a, _ in said]

    def quoted(pos: int) -> bool:
        i = bisect.bisect_right(said_starts, pos) - 1
        return i >= 0 and pos < said[i][1]
    return quoted


def shared_reader(ctx: DocContext) -> "Reader":
    """The document's plain :class:`Reader` (no plural reading), built by the first fact stage that asks and
    kept on ``ctx`` for the others (quotations, memberships, relationships read the same pronouns)."""
    if ctx.reader is None:
        ctx.reader = Reader(ctx)
    return ctx.reader


class Reader:
    """Entity, pronoun and date lookups over one document."""

    def __init__(self, ctx: DocContext, plural: bool = False):
        self.ctx = ctx
        self.refs = ctx.refs
        self.starts = [r.start for r in ctx.refs]
        gender = {p.id: p.gender for p in ctx.persons}
        self.gender = gender
        self.plural = plural  # read "they"/"their" as the most recent organization
        # "I"/"me" are the narrator: never the antecedent of "he"/"she"; "we" is the narrator's party
        first = [r for r in ctx.refs if r.kind == "person" and ctx.text[r.start:r.end].lower() in FIRST_PERSON]
        self.narrator = first[0].id if first else None
        self.quoted = quoted_regions(ctx.masked) if self.narrator else []
        self.quoted_starts = [a for a, _ in self.quoted]
        persons = [r for r in ctx.refs if r.kind == "person" and r.id != self.narrator]
        self.orgs = [r for r in ctx.refs if r.kind == "organization"]
        self.org_starts = [r.start for r in self.orgs]
        self.he = [r for r in persons if gender.get(r.id) != "f"]
        self.she = [r for r in persons if gender.get(r.id) != "m"]
        self.he_starts = [r.start for r in self.he]
        self.she_starts = [r.start for r in self.she]
        self.subjects: list[tuple[int, EntityRef, int]] = []  # (position, person, verb position) of subjects
        self.subject_clause: dict[int, tuple[int, bool]] = {}  # subject position -> (its sentence, in the main clause)
        self.pronouns: dict[int, EntityRef] = {}  # position of a "he"/"she" -> the person it names
        self.strangers: dict[int, str] = {}  # position of a "he"/"she" an unnamed person holds -> its gender
        self._para_starts = [a for a, _ in ctx.paragraphs]
        self.topics = self._main_persons()
        # a person of unknown sex -> the sex of the first narrated he/she they took: they take no pronoun
        # of the other sex after ("she ventured across" of a ship named by a man's name, then "he lodged")
        self.taken: dict[str, str] = {}
        self._said = quoted_test(ctx.masked)
        self._sentence_list: list[Sentence] | None = None
        self._read_pronouns()
        times = sorted((t for t in ctx.time_expressions if t.value and not aside(ctx.text, t.span.start, t.span.end)),
                       key=lambda t: t.span.start)
        self.times = times
        self.time_starts = [t.span.start for t in times]
        body = sorted(ctx.body)
        body_starts = [a for a, _ in body]

        def in_body(pos: int) -> bool:  # a note's date ("[3] … N.Y., 1919.") does not move the narrative on
            i = bisect.bisect_right(body_starts, pos) - 1
            return not body or i >= 0 and pos < body[i][1]
        # a date spoken or quoted ("“12 October 1812”" on a painting, a speaker's "in 1905") does not move
        # the narrative on, nor does a span of time in a quotation make the clock lapse
        quoted = quoted_test(ctx.masked)
        self.lapses = [t for t in times if t.type == "DURATION" and LAPSE.match(t.value or "")
                       and not quoted(t.span.start) and elapsed(ctx.text, t.span.start)]
        self.lapse_starts = [t.span.start for t in self.lapses]
        full = [t for t in times if t.type in ("DATE", "TIME") and clock_value(t.value) and in_body(t.span.start)
                and not quoted(t.span.start) and not looking_back(ctx.text, t.span.start)]
        self.full = _without_digressions(full)
        self.full_starts = [t.span.start for t in self.full]
        self.headings = [a for a, b in ctx.paragraphs if is_heading(ctx.text[a:b])]
        self.kinds = {o.id: o.kind for o in [*ctx.organizations, *ctx.places]}
        self.names = {e.id: e.name for e in [*ctx.persons, *ctx.places, *ctx.organizations]}
        self._party_words: dict[str, str] | None = None

    # --- sentences and spans -------------------------------------------------
    def sentences(self) -> Iterator[Sentence]:
        """The document's non-blank parsed sentences in order (spaCy finds a doc's sentences anew on each
        ``doc.sents``: they are listed once per reader)."""
        if self._sentence_list is None:
            self._sentence_list = [Sentence(sent, chunk.offset) for chunk in self.ctx.chunks
                                   for sent in chunk.doc.sents if sent.text.strip()]
        return iter(self._sentence_list)

    def at(self, start: int, end: int) -> EntityRef | None:
        """The resolved mention overlapping ``[start, end)``, if any."""
        i = bisect.bisect_left(self.starts, end) - 1
        return self.refs[i] if i >= 0 and self.refs[i].end > start else None

    def ref(self, tok: Token, off: int) -> EntityRef | None:
        s = off + tok.idx
        return self.at(s, s + len(tok.text))

    def refs_in(self, start: int, end: int) -> list[EntityRef]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.refs) and self.refs[i].start < end:
            out.append(self.refs[i])
            i += 1
        return out

    def span(self, start: int, end: int):
        text = self.ctx.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return self.ctx.span(start, end)

    def tokens_span(self, toks: Iterable[Token], off: int):
        toks = list(toks)
        s = min(t.idx for t in toks)
        e = max(t.idx + len(t.text) for t in toks)
        return self.span(off + s, off + e)

    # --- entities of a noun phrase ---------------------------------------------
    def entity(self, tok: Token, off: int, kinds: tuple[str, ...] = ACTORS) -> EntityRef | None:
        """The entity a noun-phrase head names: its own mention, a compound's, or a pronoun's antecedent."""
        r = self.ref(tok, off)
        if r is None:
            for c in tok.children:
                if c.dep_ in ("compound", "flat", "nmod") and c.i < tok.i:
                    r = self.ref(c, off)
                    if r:
                        break
        if r is None and tok.lower_ in HE | SHE:
            pos = off + tok.idx
            r = self.pronouns.get(pos) or (None if pos in self.strangers else self.antecedent(tok.lower_, pos))
        elif r is None and tok.lower_ in WE and self.narrator and not self.in_quote(off + tok.idx):
            pos = off + tok.idx
            r = EntityRef(pos, pos + len(tok.text), self.narrator, "person")
        elif r is None and self.plural and tok.lower_ in THEY:
            r = next(iter(self.collective(off + tok.idx)[-1:]), None)
        return r if r is not None and r.kind in kinds else None

    def org_word(self, tok: Token, off: int) -> EntityRef | None:
        """An organization named by a bare party word the entity layer left untyped ("a Menshevik", "the
        Cadet leader"), matched to the record's organizations by singular/plural ("Cadet" ~ "Cadets",
        "Bolshevik" ~ "Bolsheviki"). Only a capitalised word standing alone: not part of a longer
        name ("Socialist Revolutionary"), never an organization the record lacks."""
        r = self.ref(tok, off)
        if r is not None and not (r.kind == "person" and self.names.get(r.id) == tok.text):
            return None  # a name of its own (a lone "Socialist" taken for a person is still the party word)
        if not tok.is_alpha or not tok.text[0].isupper() or len(tok.text) < 4:
            return None
        doc = tok.doc
        for n in (tok.i - 1, tok.i + 1):
            if 0 <= n < len(doc) and doc[n].is_alpha and doc[n].text[0].isupper() and self.ref(doc[n], off) is None \
                    and not (n < tok.i and doc[n].is_sent_start):
                return None  # part of a longer name
        oid = self.party_words().get(party_stem(tok.text))
        pos = off + tok.idx
        return EntityRef(pos, pos + len(tok.text), oid, "organization") if oid else None

    @functools.cached_property
    def surnames(self) -> dict[str, str]:
        """last word of each person's name -> that person's id"""
        return {p.name.split()[-1]: p.id for p in self.ctx.persons if p.name.split()}

    def party_words(self) -> dict[str, str]:
        """stem of a one-word organization name (or "X party") -> that organization's id; a stem two
        organizations share goes to the one named by the bare word, else the most mentioned."""
        if self._party_words is None:
            cands: dict[str, list[tuple[int, int, str]]] = {}
            for o in self.ctx.organizations:
                for name in {o.name, *o.aliases}:
                    words = name.split()
                    if len(words) == 1 or (len(words) == 2 and words[1].lower() in PARTY_SUFFIX):
                        cands.setdefault(party_stem(words[0]), []).append((len(words), -len(o.mentions), o.id))
            self._party_words = {k: min(v)[2] for k, v in cands.items()}
        return self._party_words

    def group(self, tok: Token, off: int, kinds: tuple[str, ...] = ACTORS, of: bool = True,
              poss: bool = True) -> list[EntityRef]:
        """Entities named by ``tok`` and its conjuncts (and appositions); ``of``: 'members of X' too;
        ``poss``: a possessor of a common noun ("his application") too."""
        out: list[EntityRef] = []
        for t in conjuncts(tok):
            if self.plural and t.lower_ in THEY and self.ref(t, off) is None:
                out.extend(r for r in self.collective(off + t.idx) if r.kind in kinds)
                continue
            r = self.entity(t, off, kinds)
            if r is None:
                r = next((x for c in children(t, "appos") for x in [self.entity(c, off, kinds)] if x), None)
            if r is None:  # "its first chairman, the lawyer Georgy Nosar": the name the apposed noun carries
                r = next((x for c in children(t, "appos") if c.pos_ == "NOUN" for d in children(c, "appos", "flat")
                          if d.pos_ == "PROPN" and d.i > c.i for x in [self.entity(d, off, kinds)] if x), None)
            if r is None and t.pos_ == "NOUN":  # "the local doctor, X" with X hung on the verb
                r = self._loose_appos(t, off, kinds)
            if r is None:  # "a peasant named X", "a weaver called X"
                r = next((x for a in children(t, "acl") if a.lemma_ in ("name", "call")
                          for c in children(a, "oprd", "attr", "dobj", "xcomp") for x in [self.entity(c, off, kinds)]
                          if x), None)
            if r is None and t.pos_ == "NOUN":
                for c in t.children:
                    if c.dep_ == "poss" and poss:  # "his application", "the Tsar's ministers"
                        r = self.entity(c, off, kinds)
                    elif of and c.dep_ == "prep" and c.lower_ == "of":  # "members of the X"
                        out.extend(x for p in children(c, "pobj") for x in self.group(p, off, kinds, of=False))
            if r is not None:
                out.append(r)
        return _unique(out)

    def _loose_appos(self, noun: Token, off: int, kinds: tuple[str, ...]) -> EntityRef | None:
        """A name after "<noun>," that the parser attached elsewhere as a loose modifier."""
        doc = noun.doc
        if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
            return None
        i = noun.i + 2
        while i < len(doc) and (doc[i].dep_ in ("compound", "flat") and doc[i].pos_ == "PROPN" or
                                doc[i].text == "-" and i > noun.i + 2 and doc[i].head.i > i):
            i += 1  # "its editor, Ivan Skvortsov-Stepanov": a hyphenated surname
        if i >= len(doc) or doc[i].pos_ != "PROPN" or doc[i].dep_ not in ("npadvmod", "appos", "dep"):
            return None
        r = self.entity(doc[i], off, kinds)
        return r if r is not None and self.ref(doc[noun.i + 2], off) == r else None

    def _read_pronouns(self) -> None:
        """Resolve every "he"/"she" in order, preferring the most recent subject (named, or a pronoun
        already resolved) over a nearer non-subject: "He rented a room from Petrov. Then he left" is
        the first "he" again, not Petrov. A pronoun object is never its own clause's subject. An unnamed
        person brought in since ("a matronlike Quaker woman … she took me aside") who outranks the
        person so found holds the pronoun instead (:meth:`_held_by_stranger`): it names no one."""
        starts: list[int] = []
        self._sent_starts = starts
        before: dict[str, EntityRef] = {}  # the non-subject he/she of the sentence before, by gender
        kept_at: dict[str, int] = {}  # and where it stood
        quoted = quoted_test(self.ctx.masked)

        def named(t: Token) -> bool:
            r = self.ref(t, off)
            return r is not None and r.kind in ACTORS

        def person(t: Token) -> str | None:
            r = self.ref(t, off)
            return r.id if r is not None and r.kind == "person" else None
        # (position, person id or STRANGER + gender, salience, narrated sentence number, the pronoun's
        # gender or "" for a name) of each person mention outside quotations, and (position, gender,
        # salience, number, token) of each unnamed person brought in
        marks: list[tuple[int, str, float, int, str]] = []
        nominal: list[tuple[int, str, float, int, Token]] = []
        self._marks = marks
        self._agents: set[str] = set()  # who has been the subject of an active verb
        self._obliques: set[int] = set()  # the marks that name a person only as the object of a preposition
        # who has so far only given views of the story (:func:`cites`), and who has acted in it
        cited: dict[str, int] = {}  # the person -> the position of the last mention by which they gave a view
        acted: set[str] = set()
        # the person -> (the sentence start of their last mention, whether that mention was one of a pair of
        # persons joined by "and": "Bruno and Dr. Millingen wished to bleed him, but he refused")
        # (and where the phrase of the pair ends: a pronoun inside it, "Garibaldi and Leggero, who had followed
        # him", is still free to take one of them)
        last_seen: dict[str, tuple[int, bool, int]] = {}

        def mark(pos: int, who: str, tok: Token, here_no: int, g: str) -> None:
            """A mention of person ``who`` at ``pos``: as a mark, and as a view given or an act."""
            marks.append((pos, who, role_weight(tok), here_no, g))
            if _oblique(tok):
                self._obliques.add(pos)
            if cites(tok):
                cited[who] = pos
            else:
                acted.add(who)
        here_no = 0
        for s in self.sentences():
            starts.append(s.start)
            off = s.offset
            here_no += not quoted(s.start)  # a quotation's sentences do not take the narration further
            here: dict[str, EntityRef] = {}
            here_at: dict[str, int] = {}
            here_obj: dict[str, int | None] = {}  # the verb whose object ("struck him") that pronoun is
            for tok in s.sent:
                pos = s.offset + tok.idx
                r = self.ref(tok, s.offset)
                subj = tok.dep_ in ("nsubj", "nsubjpass")
                if r is None and tok.pos_ == "NOUN" and not quoted(pos):
                    for g in ("m", "f"):
                        if stranger(tok, g, named, person, self.gender) == "new":  # "the old man" may
                            nominal.append((pos, g, role_weight(tok), here_no, tok))  # be the last man named
                elif r is not None and r.kind == "person" and r.id != self.narrator and \
                        pos + len(tok.text) >= r.end and not quoted(pos):
                    mark(pos, r.id, tok, here_no, "")  # a name, at its last word
                    pair = _paired(tok, lambda t: person(t) is not None)
                    last_seen[r.id] = (s.start, pair is not None, s.offset + pair.idx if pair is not None else -1)
                if r is None and tok.lower_ in HE | SHE:
                    verb = tok.head.head if tok.head.dep_ in ("prep", "agent", "dative") else tok.head
                    if tok.dep_ == "poss" and tok.head.dep_ in ("attr", "oprd") and \
                            tok.head.head.lemma_.lower() in LINKS:
                        verb = tok.head.head  # "Krupskaya became her closest friend": not Krupskaya's
                    governing = verb
                    while governing.dep_ == "conj" and not children(governing, "nsubj", "nsubjpass") \
                            and governing.head.i != governing.i:
                        governing = governing.head  # "Timoleon spared his life, and sent him to Corinth": not Timoleon
                    clause_subj = {x.id for p, x, v in self.subjects[-3:] if v in (s.offset + verb.idx,
                                                                                   s.offset + governing.idx)} \
                        if not subj else set()  # "Stalin stayed with him": not Stalin
                    if subj and tok.dep_ == "nsubj":  # "With a few comrades, among them Orlov, he fell back": not Orlov
                        clause_subj |= {x.id for x in self._fronted_objects(tok, s.offset)}
                    if subj and tok.lower_ in ("him", "her") and tok.head.dep_ in ("ccomp", "xcomp", "oprd", "acomp"):
                        # "Lenin thought him useful": an object pronoun as a small clause's subject, not Lenin
                        clause_subj = {x.id for p, x, v in self.subjects[-3:] if v == s.offset + tok.head.head.idx}
                    judge = judged(tok)
                    if judge is not None:  # "Martov praised his articles": someone else's articles
                        clause_subj |= {x.id for p, x, v in self.subjects[-3:] if v == s.offset + judge.idx}
                    if tok.dep_ != "poss" and (tok.tag_ == "PRP$" or tok.lower_ == "her" and tok.i + 1 < len(tok.doc)
                                               and tok.nbor(1).dep_ in ("amod", "compound", "nummod")):
                        clause_subj = set()  # "She spent her last years…" with "her" parsed as the object
                    rel = verb
                    while rel.dep_ == "conj" and not children(rel, "nsubj") and rel.head.i != rel.i:
                        rel = rel.head  # "X, who became his friend and persuaded him to…"
                    if not subj and rel.dep_ == "relcl" and any(c.lower_ in ("who", "that") for c in
                                                                children(rel, "nsubj")):
                        top = rel.head
                        while top.dep_ == "conj" and top.head.i != top.i:
                            top = top.head
                        # "Gusev, who regarded him as a careerist": not Gusev; "Orlov and Belov, who had
                        # followed him": neither of the pair
                        for h in {rel.head, *(conjuncts(top) if rel.head.dep_ == "conj" or
                                              any(c.dep_ == "conj" for c in rel.head.children) else [])}:
                            head = self.entity(h, s.offset, ("person",))
                            if head is not None:
                                clause_subj.add(head.id)
                    if tok.dep_ in ("dobj", "dative") or tok.dep_ == "pobj" and tok.head.dep_ == "agent":
                        done = understood_subject(verb)  # "Leptines, fearing to be taken by him, surrendered"
                        who = self.ref(done, s.offset) if done is not None and done.lower_ not in HE | SHE else None
                        if who is not None:
                            clause_subj.add(who.id)
                    own = self._reflexive(tok, s, nominal) if tok.lower_ in ("himself", "herself") else None
                    if own is STRANGER:
                        self.strangers[pos] = "m" if tok.lower_ == "himself" else "f"
                        continue
                    if own is not None:  # "Zaslavsky, after some weeks, declared himself a Bolshevik"
                        self.pronouns[pos] = own
                        if subj:
                            self.subjects.append((pos, own, s.offset + tok.head.idx))
                            self.subject_clause[pos] = (s.start, _main_clause(tok.head))
                        continue
                    # one who has so far only given a view of the story (a historian cited: "Deutscher thought
                    # the account embellished") does not take up the story's "he" ("In St Petersburg he met
                    # Sedova"), only a further view ("He calls it a legend"), a pronoun in the clause it is the
                    # subject of ("Pliny reports in his Natural History"), or one no one else can take
                    own_clause = {pos}
                    up = tok
                    while up.head.i != up.i and up.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "parataxis"):
                        up = up.head
                        own_clause.add(s.offset + up.idx)
                    views = set() if subj and tok.head.lemma_.lower() in OPINION_VERBS else \
                        {pid for pid, at in cited.items() if pid not in acted and not _governs(at, own_clause, s)}
                    prev_start = starts[-2] if len(starts) > 1 else s.start
                    pairs = {pid for pid, (at, paired, ends) in last_seen.items()
                             if paired and at >= prev_start and pos >= ends}
                    tiers = ((clause_subj | views, clause_subj) if views else (clause_subj,))
                    if pairs and tok.lower_ not in ("himself", "herself"):
                        tiers = tuple(x | pairs for x in tiers) + tiers
                    for skip in tiers:
                        near = self.antecedent(tok.lower_, pos, skip)
                        r = self.subject_antecedent(tok.lower_, pos, skip, s.start)
                        if r is None or near is not None and \
                                r.start < starts[bisect.bisect_right(starts, near.start) - 1]:
                            r = near  # a subject only wins within the sentence of the nearest candidate
                        if r is not None:
                            break
                    if r is not None and r is near and subj and tok.dep_ == "nsubj":
                        r = self._salient_over_oblique(tok.lower_, r, pos, here_no, skip)
                    r = self._topic_at_paragraph_start(tok.lower_, pos, r, clause_subj | views)
                    g = "m" if tok.lower_ in HE else "f"
                    kept = before.get(g)
                    same = here.get(g)
                    if not subj and same is not None and r is not None and same.id != r.id and \
                            same.id not in clause_subj and not any(x.id == r.id and x.end - x.start > 1 for x in
                                                                   self.refs_in(here_at[g], pos)):
                        r = same  # "Krupskaya became her friend, and Lenin called her…": the same "her"
                    elif subj and kept is not None and r is not None and kept.id != r.id and \
                            self._continues(kept, r, kept_at.get(g, -1), pos, s.start):
                        r = kept  # "Krupskaya became her friend … In 1913 she was appointed": still "her"
                    elif subj and same is not None and r is not None and same.id != r.id and \
                            tok.head.dep_ == "conj" and here_obj.get(g) == tok.head.head.i and \
                            any(x.id == r.id for x in self.refs_in(s.start, here_at[g])) and \
                            self._prev_outranks(same, r, s.start):
                        r = same  # "Bauman led a march. A worker struck him, and he died": still "him"
                    if not subj and kept is not None and r is not None and kept.id != r.id \
                            and kept.id not in clause_subj and not self._named_between(kept, r, s.start) \
                            and self._para_start(kept_at.get(g, -1)) == self._para_start(pos) \
                            and not self._named_in_passing(kept, r, kept_at.get(g, -1)):
                        r = kept  # "Sergo took him to a doctor. The committee co-opted him": the same him
                    own_verbs = set() if subj else {verb.i, governing.i}
                    if not quoted(pos) and self._held_by_stranger(g, r, pos, here_no, marks, nominal, own_verbs,
                                                                  s.start):
                        self.strangers[pos] = g
                        marks.append((pos, STRANGER + g, role_weight(tok), here_no, g))  # it holds the chain
                        r = None
                    elif r is not None and not quoted(pos):
                        mark(pos, r.id, tok, here_no, g)
                        last_seen[r.id] = (s.start, False, -1)
                    if r is not None:
                        self.pronouns[pos] = r
                        if not quoted(pos) and self.gender.get(r.id) not in ("m", "f"):
                            self.taken.setdefault(r.id, g)
                        if not subj or tok.lower_ in ("him", "her"):  # "Lenin thought him useful": an object
                            here[g] = r
                            here_at[g] = pos
                            here_obj[g] = tok.head.i if tok.dep_ in ("dobj", "dative") else None
                if r is None and subj and tok.pos_ == "NOUN":
                    r = self._named_noun(tok, s.offset)  # "Her brother Ivan joined him": Ivan is the subject
                elif r is None and subj and tok.pos_ == "PROPN" and tok.tag_ != "NNPS":
                    # "The Resident, Colonel Charles Napier, received him": a title named by the name set off
                    # after it is that person (so "him" is someone else)
                    r = next((x for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i
                              and tok.doc[c.left_edge.i - 1].text == "," for x in [self.ref(c, s.offset)]
                              if x is not None and x.kind == "person"), None)
                if r is not None and r.kind == "person" and subj and r.id != self.narrator:
                    if tok.dep_ == "nsubj":
                        self._agents.add(r.id)
                    self.subjects.append((pos, r, s.offset + tok.head.idx))
                    self.subject_clause[pos] = (s.start, _main_clause(tok.head))
                elif r is not None and r.kind == "person" and r.id != self.narrator and fronted_subject(tok):
                    verb = fronted_subject(tok)  # "In Moscow Bauman joined"
                    self.subjects.append((pos, r, s.offset + verb.idx))
                    self.subject_clause[pos] = (s.start, _main_clause(verb))
            before, kept_at = here, here_at

    def _salient_over_oblique(self, pronoun: str, near: EntityRef, pos: int, here_no: int,
                              skip: set[str]) -> EntityRef:
        """The nearest person, taken for want of a subject, is only named in an oblique role (an object of a
        preposition: "a postcard addressed to Sokolnikov; he had arrived", "upon the quarrel of George Keith. He
        could give me no employment"): the person told of in a weightier role in that sentence or the one before
        it, in the same paragraph, outranks it, weighed as the quotation stage weighs speakers (:func:`role_weight`
        less 1.5 a sentence back; a tie to the person the text is about)."""
        g = "m" if pronoun in HE else "f"
        other = "f" if g == "m" else "m"
        para = self._para_start(pos)
        topic = (self.topics or {}).get(g)
        mine = [m for m in self._marks if near.start <= m[0] < near.end and m[1] == near.id]
        if not mine or mine[-1][0] not in self._obliques:
            return near
        best, best_score = near, mine[-1][2] - 1.5 * (here_no - mine[-1][3]) + (0.25 if near.id == topic else 0.0)
        for p, pid, w, n, _ in reversed(self._marks):
            if here_no - n > 1:
                break
            if p >= pos or pid.startswith(STRANGER) or pid in skip or self.gender.get(pid) == other \
                    or self.taken.get(pid) == other or self._para_start(p) != para:
                continue
            score = w - 1.5 * (here_no - n) + (0.25 if pid == topic else 0.0)
            if score > best_score:
                best, best_score = EntityRef(p, p + 1, pid, "person"), score
        return best

    def _fronted_objects(self, tok: Token, off: int) -> list[EntityRef]:
        """The persons named as objects of a preposition on the verb of the subject ``tok`` before it ("With a
        handful of comrades, among them Orlov, he fell back"; "To Dan he confided"): the subject is not its own
        verb's object. Only within the noun phrases (not a possessor: "After Orlov's arrest he was exiled", nor
        a clause inside them)."""
        out: list[EntityRef] = []
        todo = [c for c in tok.head.children if c.dep_ in ("prep", "punct", "npadvmod") and c.i < tok.i]
        # a name the parser makes a second subject of the same verb, set off by a comma before the pronoun
        # ("among them Alexander Orlov, a former officer, he fell back") is such an object misread
        out += [r for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.i - 1 and c.pos_ == "PROPN"
                and any(w.text == "," for w in tok.doc[c.right_edge.i + 1:tok.i])
                for r in [self.ref(c, off)] if r is not None and r.kind == "person"]
        while todo:
            t = todo.pop()
            for c in t.children:  # a parser may hang the phrase on a comma ("…, among them Orlov, …")
                if c.dep_ in ("pobj", "appos", "conj", "prep", "compound", "flat", "punct"):
                    todo.append(c)
            if t.dep_ in ("pobj", "appos", "conj", "compound", "flat", "prep") and t.pos_ in ("PROPN", "NOUN"):
                r = self.ref(t, off)
                if r is not None and r.kind == "person":
                    out.append(r)
        return out

    def _named_noun(self, tok: Token, off: int) -> EntityRef | None:
        """The person a common-noun subject is given a name by: "her brother Ivan", "the writer Gorky"
        (an apposition), "a worker named Mikhailov" (a participle of naming). The noun must be one for a
        person (a kinship or role word, or an agent noun): not "Original spelling: <the name in Cyrillic>"."""
        lemma = tok.lemma_.lower()
        if tok.tag_ == "NNS" or lemma not in PERSON_NOUNS | ROLE_NOUNS and not lemma.endswith(AGENT_ENDINGS):
            return None
        for c in tok.children:
            if c.dep_ == "appos":
                r = self.ref(c, off)
            elif c.dep_ == "acl" and c.lemma_.lower() in ("name", "call"):
                r = next((self.ref(x, off) for x in c.children if x.dep_ in ("oprd", "attr", "dobj")), None)
            else:
                continue
            if r is not None and r.kind == "person":
                return r
        return None

    def _reflexive(self, tok: Token, s: Sentence, nominal: list = ()) -> EntityRef | str | None:
        """A "himself"/"herself" is bound in its sentence: the nearest person of its gender named (or
        already read) earlier in the sentence; :data:`STRANGER` when that is an unnamed person ("an old
        woman … hurt herself") or a pronoun one holds."""
        pos = s.offset + tok.idx
        g, other = ("m", "f") if tok.lower_ == "himself" else ("f", "m")
        named = [r for r in self.refs_in(s.start, pos) if r.kind == "person" and r.id != self.narrator
                 and self.gender.get(r.id) != other]
        said = [(p, r) for p, r in self.pronouns.items() if s.start <= p < pos and self.gender.get(r.id) != other]
        unnamed = [(p, STRANGER) for p, x in self.strangers.items() if s.start <= p < pos and x == g] + \
            [(n[0], STRANGER) for n in nominal if s.start <= n[0] < pos and n[1] == g]  # "A man, who thought himself"
        cands = [(r.start, r) for r in named] + said + unnamed
        return max(cands, key=lambda x: x[0])[1] if cands else None

    def _held_by_stranger(self, g: str, r: EntityRef | None, pos: int, here: int, marks: list, nominal: list,
                          own_verbs: set[int], sent_start: int) -> bool:
        """Whether an unnamed person brought in takes a pronoun of its gender ``g`` from ``r``, the person
        found for it ("a grave, matronlike Quaker woman … she took me aside", not the mother named a
        paragraph before): ``r`` is not being told of in this sentence or the :data:`STRANGER_SENTENCES`
        before (by name, or by a pronoun of this gender: "some stranger jeered at the studies in which he
        used to delight" is still the man the sentences before were about), and the stranger stands out
        there, weighed as the quotation stage weighs speakers: its grammatical role (:func:`role_weight`)
        less 1.5 a sentence back, plus 0.5, above 0 (not a passing "the adoration of a girl" three
        sentences back). The noun (:func:`stranger`, "new") counts, and so does a pronoun it already
        holds; not the subject of an object pronoun's own clause ("an old man met him")."""
        if r is not None:
            for p, pid, w, n, said in reversed(marks):
                if here - n > STRANGER_SENTENCES:
                    break
                if pid == r.id and said in ("", g):
                    return False
        top = float("-inf")
        for p, pid, w, n, _ in reversed(marks):
            if here - n > STRANGER_SENTENCES:
                break
            if pid == STRANGER + g:
                top = max(top, w - 1.5 * (here - n) + 0.5)
        for p, x, w, n, t in reversed(nominal):
            if here - n > STRANGER_SENTENCES:
                break
            if x != g or np_top(t).dep_ in ("nsubj", "nsubjpass") and np_top(t).head.i in own_verbs \
                    and p >= sent_start:
                continue
            top = max(top, w - 1.5 * (here - n) + 0.5)
        return top > 0

    def _continues(self, kept: EntityRef, r: EntityRef, kept_at: int, pos: int, sent_start: int) -> bool:
        """A subject "he"/"she" continues the person the sentence before could only name by a pronoun, not
        the person it named there ("For a decade Vera worked with Krupskaya. Krupskaya became her closest
        friend… In 1913 she was appointed secretary": Vera): the pronoun's person was that sentence's
        centre (the first subject of the sentence before it), the other one only named beside it."""
        if self._para_start(kept_at) != self._para_start(pos) or kept_at < 0:
            return False
        prev = bisect.bisect_right(self._sent_starts, kept_at) - 1
        if prev < 1 or not (self._sent_starts[prev] <= r.start < sent_start) or \
                self.ctx.text[r.start:r.end].lower() in HE | SHE:
            return False  # the reading is not a name in the sentence before
        before = self._sent_starts[prev - 1]
        subjects = [x for p, x, _ in self.subjects if before <= p < self._sent_starts[prev]]
        if subjects and subjects[0].id == kept.id:
            return True
        # "The committee sent him to Moscow with a letter for Krasin. Krasin gave him money. He returned":
        # no person is that sentence's subject, but the pronoun's person outranks the other one there
        # (an object over a name in a prepositional phrase), so the chain stays with the pronoun's person
        return not subjects and self._outranks(kept, r, before, self._sent_starts[prev])

    def _named_in_passing(self, kept: EntityRef, r: EntityRef, kept_at: int) -> bool:
        """``kept``, the object pronoun of the sentence before, is a person first told of in that sentence or
        the one before it and never the subject of an active verb ("… met him with their son in her arms. The
        boy, named Lev after his father and called Lyova by everyone, had been born …; Trotsky now saw him …"),
        while ``r``, the subject found, was told of earlier in the paragraph: the next "his arrival" is the
        paragraph's protagonist's, not the child's."""
        prev = bisect.bisect_right(self._sent_starts, kept_at) - 1
        if prev < 1 or kept.id in self._agents:
            return False
        sent = self._sent_starts[prev - 1]  # the sentence before the one holding the pronoun ("with their son")
        para = self._para_start(kept_at) or 0
        first = next((p for p, pid, *_ in self._marks if pid == kept.id), None)
        return first is not None and first >= sent and any(pid == r.id and para <= p < sent for p, pid, *_ in self._marks)

    def _outranks(self, kept: EntityRef, r: EntityRef, start: int, end: int) -> bool:
        """``kept`` is told of in ``[start, end)`` in a weightier role (:func:`role_weight`) than ``r``."""
        weight: dict[str, float] = {}
        for p, pid, w, _, _ in self._marks:
            if start <= p < end:
                weight[pid] = max(weight.get(pid, 0.0), w)
        return kept.id in weight and weight[kept.id] > weight.get(r.id, 0.0)

    def _prev_outranks(self, kept: EntityRef, r: EntityRef, sent_start: int) -> bool:
        """``kept`` outranks ``r`` in the sentence before the one at ``sent_start``, in the same paragraph."""
        i = bisect.bisect_left(self._sent_starts, sent_start) - 1
        if i < 0 or self._para_start(self._sent_starts[i]) != self._para_start(sent_start):
            return False
        return self._outranks(kept, r, self._sent_starts[i], sent_start)

    def _named_between(self, kept: EntityRef, r: EntityRef, sent_start: int) -> bool:
        """``r`` is named (not a pronoun) in the current sentence: a name there outranks the pronoun chain."""
        return r.start >= sent_start and r.end - r.start > 1 and self.ctx.text[r.start:r.end].lower() not in HE | SHE

    def _topic_at_paragraph_start(self, pronoun: str, pos: int, r: EntityRef | None,
                                  exclude: set[str]) -> EntityRef | None:
        """A "he"/"she" before any person is named in its paragraph is the text's main person of that
        gender (a biography's subject), when that person dominates the text and was named recently,
        rather than whoever was named last in the paragraph before."""
        if r is None or self.topics is None:
            return r
        para = self._para_start(pos)
        if para is None or r.start >= para:
            return r
        lst = self.he if pronoun in HE else self.she
        starts = self.he_starts if pronoun in HE else self.she_starts
        i = bisect.bisect_left(starts, pos)
        if i > 0 and starts[i - 1] >= para:
            return r  # a person is named earlier in this paragraph
        topic = self.topics.get("f" if pronoun in SHE else "m")
        if topic is None or topic == r.id or topic in exclude:
            return r
        recent = [x for x in lst[max(0, i - 40):i] if x.id == topic and pos - x.start <= TOPIC_REACH]
        return EntityRef(recent[-1].start, recent[-1].end, topic, "person") if recent else r

    def _para_start(self, pos: int) -> int | None:
        paras = self.ctx.paragraphs
        if not paras:
            return None
        i = bisect.bisect_right(self._para_starts, pos) - 1
        return paras[i][0] if i >= 0 else None

    def _main_persons(self) -> dict[str, str] | None:
        """The person of each gender who dominates the text: at least :data:`TOPIC_MIN` named
        mentions and a third as many again as the next person of that gender (:func:`dominates`, the quotation stage's
        measure of the person a life is about: a biography names its subject seldom and calls them
        "he" or "she", so six names to four already say who the text is about)."""
        counts: dict[str, int] = {}
        for r in self.refs:
            if r.kind == "person" and r.id != self.narrator:
                counts[r.id] = counts.get(r.id, 0) + 1
        self.person_counts = counts
        out = {}
        for g in ("m", "f"):
            ranked = sorted(((n, pid) for pid, n in counts.items() if self.gender.get(pid) == g), reverse=True)
            if ranked and dominates(ranked[0][0], ranked[1][0] if len(ranked) > 1 else 0):
                out[g] = ranked[0][1]
        return out or None

    def main_person(self) -> str | None:
        """The person the text is about: of its main persons of each gender (:meth:`_main_persons`), the one
        named more often."""
        if not self.topics:
            return None
        return max(self.topics.values(), key=lambda pid: self.person_counts.get(pid, 0))

    def subject_antecedent(self, pronoun: str, pos: int, exclude: set[str],
                           sent_start: int | None = None) -> EntityRef | None:
        """The most recent fitting subject; in an earlier sentence, its main clause's subject rather than
        a subordinate one ("Bismarck returned to Berlin, where King William had summoned him. On 23
        September he was appointed": Bismarck)."""
        other = "f" if pronoun in HE else "m"
        i = bisect.bisect_left(self.subjects, pos, key=lambda x: x[0])  # subjects before ``pos`` only
        tag = self._tag_start(pos)  # a subject inside the quotation a tag's he/she speaks is the speaker's word
        fits = [(p, r) for p, r, _ in reversed(self.subjects[max(0, i - 12):i])
                if pos - p <= 1500 and r.id not in exclude and self.gender.get(r.id) != other
                and self.taken.get(r.id) != other and not (p >= tag and self._said(p))]
        if not fits:
            return None
        p, r = fits[0]
        sent, main = self.subject_clause.get(p, (None, True))
        if not main and sent is not None and sent != sent_start:
            p, r = next(((q, x) for q, x in fits[1:] if self.subject_clause.get(q) == (sent, True)), (p, r))
        return EntityRef(p, p + 1, r.id, r.kind)

    def antecedent(self, pronoun: str, pos: int, exclude: Iterable[str] = ()) -> EntityRef | None:
        """The most recent person before ``pos`` (within ~1500 characters) a 'he'/'she' can refer to:
        any person not known to be of the other gender."""
        lst, starts = (self.he, self.he_starts) if pronoun in HE else (self.she, self.she_starts)
        other = "f" if pronoun in HE else "m"
        i = bisect.bisect_left(starts, pos) - 1
        skip = set(exclude)
        tag = self._tag_start(pos)  # a name inside the quotation a tag's he/she speaks ("‘I cannot help it,
        while i >= 0 and pos - lst[i].start < 1500:  # Georgie,’ he wrote") is the speaker's word
            if lst[i].id not in skip and lst[i].end <= pos and self.taken.get(lst[i].id) != other and \
                    not (lst[i].start >= tag and self._said(lst[i].start)):
                return lst[i]
            i -= 1
        return None

    def _tag_start(self, pos: int) -> int:
        """For a narrated position, the start of its sentence (quotations in it are what its tag speaks); for a
        position inside a quotation, past ``pos`` (nothing is passed over)."""
        if self._said(pos) or not getattr(self, "_sent_starts", None):
            return pos + 1
        i = bisect.bisect_right(self._sent_starts, pos) - 1
        return self._sent_starts[i] if i >= 0 else 0

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def collective(self, pos: int) -> list[EntityRef]:
        """What "they"/"their" at ``pos`` names: the last of a recent pair of persons ("A and B"), else
        the most recent organization (within :data:`THEY_REACH`)."""
        i = bisect.bisect_left(self.starts, pos) - 1
        text = self.ctx.text
        while i > 0 and pos - self.refs[i].start < THEY_REACH // 2:
            a, b = self.refs[i - 1], self.refs[i]
            if a.kind == b.kind == "person" and a.id != b.id and PAIR.fullmatch(text[a.end:b.start]):
                return [a, b]
            i -= 1
        i = bisect.bisect_left(self.org_starts, pos) - 1
        if i >= 0 and pos - self.orgs[i].start < THEY_REACH:
            return [self.orgs[i]]
        return []

    # --- time --------------------------------------------------------------
    def date(self, start: int, end: int, anchor: int | None = None) -> str | None:
        """The value of a time expression in ``[start, end)`` nearest ``anchor``, else the narrative's current date."""
        i, j = bisect.bisect_left(self.time_starts, start), bisect.bisect_left(self.time_starts, end)
        inside = [t for t in self.times[i:j] if t.type == "DATE"]
        if inside:
            a = anchor if anchor is not None else start
            return min(inside, key=lambda t: abs(t.span.start - a)).value
        k = bisect.bisect_left(self.full_starts, start) - 1
        return self.full[k].value if k >= 0 else None

    def clause_times(self, verb: Token, off: int) -> list:
        """DATE time expressions of ``verb``'s own clause (its subtree less subordinate clauses)."""
        (a, b), subs = clause_ranges(verb, off)
        i, j = bisect.bisect_left(self.time_starts, a), bisect.bisect_left(self.time_starts, b)
        return [t for t in self.times[i:j] if dated(t) and not any(x <= t.span.start < y for x, y in subs)
                and not _names_a_thing(verb.doc, t.span.start - off, t.span.end - off)]

    def event_date(self, verb: Token, s: "Sentence", clock: bool = True) -> str | None:
        """``clock``: fall back on the narrative clock (a birth does not: it is told out of turn, "Kornilov was
        born as a Don Cossack" after a summary ending with his death in 1918)."""
        return known_part(self._event_date(verb, s, clock))

    def _event_date(self, verb: Token, s: "Sentence", clock: bool = True) -> str | None:
        """An event's date: a time expression of its own clause (nearest the verb), else of the clause
        it is coordinated with or subordinate to, when that one stands before it ("In 1905 he was
        arrested and exiled"), else the latest dated expression earlier in the sentence, else the
        narrative clock (the latest full date before the sentence)."""
        off, pos = s.offset, s.offset + verb.idx
        own = self.clause_times(verb, off)
        if own:
            return min(own, key=lambda t: abs(t.span.start - pos)).value
        # the date of an infinitive complement dates its governing verb too: "He was asked to join
        # the staff in October 1908", "Trotsky approached the Committee to seek backing throughout 1909"
        infs = children(verb, "xcomp") + [x for x in children(verb, "advcl")
                                          if any(a.dep_ == "aux" and a.lower_ == "to" and a.i < x.i for a in x.children)]
        down = [t for x in infs for t in self.clause_times(x, off)  # not a name's year: "to repeal the Treaty of 1945"
                if not re.search(r"\bof\s+$", self.ctx.text[max(0, t.span.start - 4):t.span.start])]
        if down:
            return min(down, key=lambda t: abs(t.span.start - pos)).value
        v = verb
        while v.dep_ in ("conj", "advcl", "xcomp", "ccomp") and v.head.i != v.i:
            v = v.head
            up = [t for t in self.clause_times(v, off) if t.span.start < pos]
            if up:
                return up[-1].value
        before = self._earlier_in_sentence(s, pos)
        if before:
            return before[-1].value
        k = bisect.bisect_left(self.full_starts, s.start) - 1
        if k < 0 or not clock:
            return None
        now = self.full[k]
        h = bisect.bisect_left(self.headings, pos) - 1
        if h >= 0 and self.headings[h] > now.span.start:
            return None  # a new section ("Early life") after a summary does not go on from its last date
        a, b = bisect.bisect_right(self.lapse_starts, now.span.start), bisect.bisect_left(self.lapse_starts, pos)
        if a < b:
            return now.value[:4]  # "in about a fortnight", "some days after": the month and day are lost
        return now.value


    def _earlier_in_sentence(self, s: "Sentence", pos: int) -> list:
        """The dated expressions of sentence ``s`` before ``pos`` that may date a verb there."""
        i = bisect.bisect_left(self.time_starts, s.start)
        return [t for t in self.times[i:bisect.bisect_left(self.time_starts, pos)]
                if t.type in ("DATE", "TIME") and clock_value(t.value)]


def _names_a_thing(doc, a: int, b: int) -> bool:
    """A part of day that only modifies a noun after it: "the night train", "the morning papers", "the evening
    edition" (no time of the clause)."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or len(span) > 2:
        return False
    return any(t.lower_ in PARTS_OF_DAY and t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ == "NOUN"
               and t.head.i >= span.end for t in span)


PARTS_OF_DAY = {"night", "morning", "evening", "afternoon", "midnight", "noon", "dawn", "dusk"}


DIGRESSION_YEARS = 3  # a date this far from the dates on both sides of it, which agree, is an aside


def _without_digressions(full: list) -> list:
    """The narrative clock's dates without an aside to another time: "in 1825 the two soldiers met sword in
    hand" between dates of 1812 tells of a later day, and the story goes on in 1812 after it (the aside's own
    clause keeps its date)."""
    years = [_year_of(t.value) for t in full]
    out = []
    for i, t in enumerate(full):
        y = years[i]
        before = next((x for x in reversed(years[:i]) if x is not None), None)
        after = next((x for x in years[i + 1:] if x is not None), None)
        if y is not None and before is not None and after is not None and abs(before - after) <= DIGRESSION_YEARS \
                and abs(y - before) > DIGRESSION_YEARS and abs(y - after) > DIGRESSION_YEARS:
            continue
        out.append(t)
    return out


def _year_of(value: str | None) -> int | None:
    m = re.match(r"(\d{4})", value or "")
    return int(m.group(1)) if m else None


def is_heading(para: str) -> bool:
    """A paragraph that is a section heading: one short line of words with no closing punctuation
    ("Early life", "Pre-revolutionary career", "CHAPTER IV"; not "[Illustration: …]", not a sentence)."""
    line = para.strip()
    if not (0 < len(line) <= 60 and "\n" not in line and line[:1].isalpha() and line[:1].isupper()
            and line[-1] not in ".!?:;,\"”’']" and len(line.split()) <= 8) or ":" in line:
        return False
    words = line.split()
    if words[0].lower() in PRONOUN_STARTS or re.match(r"[A-Z]\.\s", line):
        return False  # a line of verse ("You fell in the fatal fight"), a signature ("D. Maskvin")
    if line.isupper():  # a document's title inside the narrative ("FROM THE MUNICIPAL DUMA") is no new section
        return words[0].lower() in ("chapter", "book", "part", "section", "volume") or bool(ROMAN.fullmatch(words[0]))
    return True


PRONOUN_STARTS = {"i", "you", "we", "he", "she", "it", "they", "my", "our", "your", "his", "her", "their", "o", "oh"}
ROMAN = re.compile(r"[IVXLC]+\.?")


UNREAL = re.compile(r"\b(will|won['’]t|would|shall|can|cannot|can['’]t|could|might|may|must)\b", re.I)


def elapsed(text: str, start: int) -> bool:
    """Whether a span of time at ``start`` is narrated as having passed: not one in a future or modal clause
    ("they won't be able to hold it more than three days"), nor how long a state had lasted before ("had
    been for weeks"). Read from the sentence's words before it."""
    a = max(text.rfind(c, max(0, start - 300), start) for c in ".!?;:")
    before = text[a + 1:start]
    if UNREAL.search(before):
        return False
    return not (re.search(r"\bfor\s+$", before) and re.search(r"\bhad\s+been\b", before))


LIFESPAN = re.compile(r"\d\s*[–—-]\s*(c\.\s*)?\d|[–—]\s*\d|\d\s*[–—]")


def aside(text: str, start: int, end: int) -> bool:
    """Whether a time expression lies in a parenthesis giving a lifespan or a term of office after a name or
    title ("Bronstein (1847–1922)", "Stalin (born …; – 5 March 1953)", "Premier (1941–1953)"): it dates no
    narrated event and does not move the clock. A parenthesis that only restates a date ("(January 1925)")
    or spans a heading's period ("Childhood and family (1879–1895)") is no aside."""
    a = text.rfind("(", max(0, start - 120), start)
    if a < 0 or ")" in text[a:start]:
        return False
    b = text.find(")", end, end + 120)
    if b < 0 or "(" in text[end:b]:
        return False
    inside = text[a + 1:b]
    if re.match(r"\s*(born|b\.|died|d\.)(\s|$)", inside, re.I):
        return True
    before = text[max(0, a - 40):a].split()
    # a range after a name or a title ("Bronstein (1847–1922)", "Premier (1941–1953)"); after a common
    # word it is a heading's or a period's span ("Childhood and family (1879–1895)") and sets the clock
    return bool(before and before[-1][:1].isupper() and LIFESPAN.search(inside))


def party_stem(word: str) -> str:
    """ "Bolsheviki", "Bolsheviks", "Bolshevik" -> "bolshevik"; "Revolutionaries" -> "revolutionary"."""
    w = word.lower().replace("’", "'").removesuffix("'s").removesuffix("'")
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith("ki"):
        return w[:-1]
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def known_part(value: str | None) -> str | None:
    """What an event's date can say of a time value: its known leading part, no time of day.
    "1917-XX-XX" -> "1917", "1917-10-15TEV" -> "1917-10-15", "1917-SU" -> "1917-SU", "1723-WXX-2TNI" ->
    "1723-WXX-2" (a weekday of that year, TIMEX3's form), "1723-WXX" -> "1723", "XXXX-XX" -> None."""
    if not value:
        return None
    parts = value.split("T", 1)[0].split("-")
    if not parts[0].isdigit():
        return None
    keep = [parts[0]]
    for i, p in enumerate(parts[1:], 1):
        if p == "WXX" and i + 1 < len(parts) and parts[i + 1].isdigit():
            keep.append(p)  # the unknown week of a known weekday
            continue
        if "X" in p or not p:
            break
        keep.append(p)
    return "-".join(keep)


def dated(t) -> bool:
    """A time expression that dates a clause: a DATE, or a TIME of a known day ("the evening" of
    "1723-WXX-3TEV"); one of an unknown year ("one night", "XXXX-XX-XXTNI") leaves the clause to the clock."""
    return t.type == "DATE" and (known_part(t.value) is not None or not t.value[:1].isdigit() and "X" not in t.value) \
        or t.type == "TIME" and known_part(t.value) is not None


def clock_value(value: str) -> bool:
    """Whether a time value can set the narrative clock: a year, month or day ("1917-10-15"), a season
    ("1917-SU") or a weekday of a known year ("1723-WXX-3TEV") — not "some day of 1917" ("1917-XX-XX")."""
    return bool(FULL_DATE.match(value) or CLOCK_DATE.match(value))


SUBCLAUSE = ("conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp", "acl", "csubj")


NESTED = ("relcl", "advcl", "ccomp")


def clause_ranges(verb: Token, off: int) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """The text range of ``verb``'s subtree and the ranges of its subordinate clauses inside it."""
    def rng(t: Token) -> tuple[int, int]:
        toks = list(t.subtree)
        return off + toks[0].idx, off + toks[-1].idx + len(toks[-1].text)
    subs = [rng(c) for c in verb.children if c.dep_ in SUBCLAUSE]
    # a clause deeper down, under a noun: "discussed the position of the Bund, which had co-founded the RSDLP
    # in 1898" is not dated 1898
    subs += [rng(t) for t in verb.subtree if t.head.i != verb.i and t.i != verb.i and t.dep_ in NESTED
             and t.pos_ in ("VERB", "AUX")]
    return rng(verb), subs


SINGLED_OUT = {"notably", "especially", "particularly", "chiefly", "principally", "mainly", "namely"}


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the words coordinated with it ("A, B and C")."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
        # the ones singled out: "the Central Committees of the Unions--notably, the Post and Telegraph Workers
        # and the Railway Workers--opposed …", "the unions, including the Railwaymen, …"
        todo.extend(c for c in t.children if c.dep_ == "appos" and c.i > t.i
                    and any(w.lower_ in SINGLED_OUT for w in t.doc[t.i + 1:c.i]))
        todo.extend(o for c in t.children if c.dep_ == "prep" and c.lower_ == "including" for o in c.children
                    if o.dep_ == "pobj")
        # "Mensheviki and Socialist Revolutionaries" parsed as one name whose first word is "Mensheviki
        # and Socialist": the modifier with its own "and" is a conjunct of the name
        out.extend(c for c in t.children if c.dep_ in ("nmod", "compound") and c.i < t.i and c.pos_ == "PROPN"
                    and any(d.dep_ == "cc" and d.lower_ in ("and", "or") for d in c.children)
                    and any(d.dep_ == "conj" and d.i < t.i for d in c.children))
    return sorted(out, key=lambda t: t.i)


def _main_clause(verb: Token) -> bool:
    """The verb heads its sentence's main clause (the root, or a verb coordinated with it)."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


MONTH_WORDS = {*MONTH_NAMES, "spring", "summer", "autumn", "winter"}


def subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, inherited from the first conjunct when it has none ("he rose and left")."""
    subj = children(verb, "nsubj", "nsubjpass", "csubj")
    if not subj:  # a mis-attached subject: "he was co-opted" with "he" under "was"
        subj = [s for a in children(verb, "aux", "auxpass") for s in children(a, "nsubj", "nsubjpass")]
    if not subj:  # "In July Sverdlov became …" parsed as "in [July Sverdlov]": the name is the subject
        subj = _after_date(verb)
    if verb.dep_ == "relcl" and (not subj or subj[0].lower_ in ("who", "which", "that")):
        return [verb.head]  # "X, who supported Y"
    v = verb
    while not subj and v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
        v = v.head
        subj = children(v, "nsubj", "nsubjpass") or _after_date(v)
        if subj and v.dep_ == "relcl" and subj[0].lower_ in ("who", "which", "that"):
            return [v.head]  # "the Assembly, which is to meet in December"
        if subj and verb.dep_ == "advcl":
            break
    return subj


def _after_date(verb: Token) -> list[Token]:
    """The name a date's preposition took from the verb: "In July Sverdlov became …", "In August Golubev was
    arrested, tried and exiled" (parsed "in [August Golubev]"; only auxiliaries between name and verb); not the
    date's own month ("and on 2 August put to sea": the subject is the first conjunct's)."""
    objs = [o for p in children(verb, "prep") if p.i < verb.i and p.lower_ in ("in", "on", "by", "at")
            for o in children(p, "pobj")]
    objs += [x for o in objs if o.pos_ == "NOUN" for q in children(o, "prep") if q.lower_ == "of"
             for x in children(q, "pobj")]  # "At the end of July Bauman went": parsed "of [July Bauman]"
    return [o for o in objs if o.pos_ == "PROPN" and o.i < verb.i and o.lower_ not in MONTH_WORDS
            and all(verb.doc[k].head.i == verb.i and verb.doc[k].dep_ in ("aux", "auxpass", "neg", "advmod")
                    for k in range(o.i + 1, verb.i))
            and any(c.dep_ in ("compound", "nummod") and (c.like_num or c.lower_ in MONTH_WORDS)
                    for c in o.children)]


def understood_subject(verb: Token) -> Token | None:
    """Who does a non-finite verb that has no subject of its own: the subject of the clause it hangs
    on ("Leptines, fearing to be taken by him, surrendered", "he wrote to Sir William, thanking him")
    or the noun a participle describes ("Leptines, fearing …"). None where the verb has its own subject,
    or an infinitive's doer is the object of the verb above ("persuaded Roberts to write for him")."""
    v = verb
    for _ in range(4):
        if children(v, "nsubj", "nsubjpass", "csubj", "expl") or v.tag_ not in ("VB", "VBG", "VBN") \
                or v.head.i == v.i:
            return None
        if v.dep_ == "acl":
            return v.head if v.head.pos_ in ("NOUN", "PROPN") else None
        if (v.dep_ == "xcomp" or v.tag_ == "VB") and any(c.dep_ in ("dobj", "dative", "iobj", "oprd") or c.dep_ == "prep" and c.lower_ in
                                     ("to", "for", "with", "on", "upon") for c in v.head.children):
            return None  # object control: "induced them to follow him", "brought me to see him"
        if v.dep_ not in ("advcl", "xcomp") or v.head.pos_ not in ("VERB", "AUX"):
            return None
        v = v.head
        subj = children(v, "nsubj", "nsubjpass")
        if subj:
            return None if subj[0].lower_ in ("who", "which", "that", "it") else subj[0]
    return None


def where(verb: Token) -> Token | None:
    """The noun a relative "where" clause hangs on ("Marseille, where he arrived")."""
    if verb.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children):
        return verb.head
    return None


def agents(verb: Token) -> list[Token]:
    return [p for a in children(verb, "agent") for p in children(a, "pobj")]


def preps(verb: Token) -> list[tuple[str, Token]]:
    """(preposition, object) pairs of a verb, "out of" / "as far as" read as one preposition."""
    out = []
    for c in verb.children:
        if c.dep_ in ("prep", "dative", "agent"):
            word = c.lower_
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_ == "way" and word == "by":  # "by way of X"
                    out.extend(("by way of", q) for o in children(p, "prep") if o.lower_ == "of"
                               for q in children(o, "pobj"))
                elif p.dep_ == "pobj":
                    out.append((word, p))
                elif p.dep_ == "prep":  # "out of X", "up to X"
                    out.extend((word + " " + p.lower_, q) for q in children(p, "pobj"))
        elif c.dep_ in ("prt", "advmod"):  # "set out for X", "slunk back into X"
            for p in children(c, "prep"):
                out.extend((p.lower_, q) for q in children(p, "pobj"))
    return out


IN_VAIN = {"avail", "effect", "purpose", "end", "use", "account", "less", "more"}  # "to no avail": done, in vain


def negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in ("never", "nor") for c in verb.children):
        return True
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass") and any(d.lower_ == "no" and d.dep_ == "det" for d in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in ("to", "into", "onto") and any(  # "was elected to no committee"
                d.lower_ == "no" and d.dep_ == "det" for p in children(c, "pobj") if p.lemma_.lower() not in IN_VAIN
                for d in p.children):
            return True  # (not "appealed to the Tsar, to no avail": the appeal was made)
    return False


def hypothetical(verb: Token) -> bool:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lemmas = [a.lower_ for a in aux]
    if any(m in lemmas for m in ("would", "could", "might", "should", "may", "shall", "will")) and "have" in lemmas:
        return True
    if any(m in lemmas for m in ("will", "shall")):
        return True
    subj = children(verb, "nsubj", "nsubjpass")
    if subj and any(a.lower_ in ("had", "were", "should") and a.i < subj[0].i for a in aux):
        return True  # "had he stayed"
    v = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in v.children):
            return True
        if v.dep_ == "xcomp" and v.head.lemma_ in INTENT:
            return True
        if v.dep_ not in ("conj", "advcl", "xcomp", "ccomp") or v.head.i == v.i:
            break
        v = v.head
    return False


def _unique(refs: list[EntityRef]) -> list[EntityRef]:
    seen, out = set(), []
    for r in refs:
        if r.id not in seen:
            seen.add(r.id)
            out.append(r)
    return out


def unique(refs: list[EntityRef]) -> list[EntityRef]:
    """``refs`` without repeated ids, first mention kept."""
    return _unique(refs)


# ---------------------------------------------------------------- unnamed persons

def stranger(t: Token, want: str, named: Callable[[Token], bool], person: Callable[[Token], str | None],
             gender: dict[str, str]) -> str | None:
    """Whether the noun ``t`` is an unnamed person of sex ``want`` ("m"/"f") who may take up a following
    "he"/"she" in place of the last person named: "new" when the noun brings in someone new ("a matronlike
    Quaker woman", "there was an old woman", "A young officer … remembered"), "known" for a definite one
    ("the old man" may be the last man named), else None. A noun of either sex ("officer", "peasant") counts
    for "he" only when it comes in as a new subject. No stranger: a noun that is named (``named``: a mention
    over the token) or stands beside a name ("the old man his father, Bradford"), "this remarkable woman",
    "her mother" (maybe herself), a predicate ("was a woman", "as a gentle lady"). ``person``: the person a
    token names; ``gender``: person id -> "m"/"f"/"unknown"."""
    if t.pos_ != "NOUN" or t.tag_ == "NNS":
        return None
    nouns = FEMALE_NOUNS if want == "f" else MALE_NOUNS
    lemma, top = t.lemma_.lower(), np_top(t)
    new = indefinite(t) or top.dep_ == "attr" and existential(top.head) or t.dep_ == "appos" and indefinite(t.head)
    if lemma not in nouns and not (want == "m" and lemma in NEUTRAL_NOUNS and new and (
            top.dep_ in ("nsubj", "nsubjpass") or top.dep_ == "attr" and existential(top.head))):
        return None  # "A young officer … remembered" may be "he"; "the officer" may be someone named
    if named(t) or _named_beside(t, person) \
            or any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those")
                   or c.dep_ == "poss" and not _other_owner(c, want, person, gender)
                   for c in (t.head if t.dep_ == "conj" else t).children) \
            or predicate(t) \
            or t.dep_ == "appos" and t.head.pos_ in ("NOUN", "PROPN", "PRON") and not indefinite(t.head):
        return None  # "This remarkable woman", "as a gentle lady", "her mother": no stranger ("there was a woman" is one)
    return "new" if new else "known"


def _named_beside(noun: Token, person: Callable[[Token], str | None]) -> bool:
    """Whether a person noun stands in apposition to a name ("the old man his father, Bradford")."""
    near = [c for c in noun.children if c.dep_ in ("appos", "poss", "compound")]
    if noun.dep_ == "appos":
        near.append(noun.head)
    return any(person(x) and x.lower_ not in HE | SHE for x in near)  # "a young Quaker man": a body's name beside him names no one


def _other_owner(poss: Token, want: str, person: Callable[[Token], str | None], gender: dict[str, str]) -> bool:
    """Whether the possessor of a person noun is someone the pronoun cannot be, so the noun is a
    person of its own: "His mother … she wrote" (his), not "her mother … she" (maybe herself)."""
    low = poss.lower_
    if low in HE | SHE:
        return (low in HE) != (want == "m")
    who = person(poss)
    g = gender.get(who) if who else None
    return g in ("m", "f") and g != want


def _paired(tok: Token, is_person: Callable[[Token], bool]) -> Token | None:
    """Whether a name is one of a pair (or list) of persons joined by "and" ("Bruno and Dr. Millingen wished
    to bleed him", "run by Shliapnikov and the young Molotov"): a singular he/she after it seldom takes up
    one of them. The last token of the pair's phrase, or None."""
    for _ in range(3):
        if tok.dep_ in ("compound", "flat") and tok.head is not tok:
            tok = tok.head
    if tok.dep_ == "conj" and tok.head is not tok:
        first = tok.head
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
    else:
        first = tok
    members = [first, *[c for c in first.subtree if c.dep_ == "conj" and c.head.i in
                        {first.i, *[x.i for x in first.subtree if x.dep_ == "conj"]}]]
    if len(members) < 2 or not any(c.dep_ == "cc" and c.lower_ == "and" for m in members for c in m.children):
        return None
    persons = sum(1 for m in members if is_person(m) or any(is_person(c) for c in m.children
                                                             if c.dep_ in ("compound", "flat")))
    return first.doc[max(m.right_edge.i for m in members)] if persons >= 2 else None


def head_token(s: Sentence, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens of text span ``[start, end)`` inside sentence ``s``: the first whose own
    head lies outside the span ("Deputies" in "the Soviet of Workers' Deputies")."""
    toks = [t for t in s.sent if start <= s.offset + t.idx < end]
    if not toks:
        return None
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[-1])


def np_top(tok: Token) -> Token:
    """The head of the noun phrase a noun is part of, through "and" and apposition."""
    for _ in range(4):
        if tok.dep_ in ("conj", "appos") and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            tok = tok.head
        else:
            break
    return tok


def existential(verb: Token) -> bool:
    """A "there was …" or "among which were …" clause: its noun brings someone in, says nothing of a subject."""
    kids = [c.dep_ for c in verb.children]
    if verb.lemma_ == "be" and (verb.dep_ == "pcomp" and verb.tag_ in ("VBD", "VBZ", "VBP") or any(
            c.dep_ == "nsubj" and c.lower_ in ("which", "whom", "who") and c.i > 0 and
            next((p for p in reversed(c.doc[max(0, c.i - 3):c.i]) if not p.is_space), c).dep_ == "prep"
            for c in verb.children)):
        return True  # "among which were two young women": the wh-word is no subject
    return "expl" in kids or verb.lemma_ == "be" and not {"nsubj", "nsubjpass", "csubj"} & set(kids) \
        and verb.tag_ not in ("VB", "VBG", "VBN")


def predicate(noun: Token) -> bool:
    """A person noun said of someone ("was a woman", "Being … a military leader", "as a gentle lady")."""
    top = np_top(noun)
    if top.dep_ == "pobj" and top.head.lower_ in ("as", "like") or noun.dep_ == "pobj" and noun.head.lower_ in ("as", "like"):
        return True
    return top.dep_ in ("attr", "acomp", "oprd") and not existential(top.head)


def indefinite(noun: Token) -> bool:
    """Whether a noun comes in with "a", "an", "another", "one" or "some": a person new to the story."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in noun.children)


def fronted_subject(tok: Token) -> Token | None:
    """A name the parser hung on a fronted prepositional phrase though it is the subject of the verb
    right after it, a verb with no subject of its own ("In Moscow Bauman joined the circle")."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.i + 1 >= len(tok.doc):
        return None
    verb = tok.head.head
    while verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
        verb = verb.head.head  # "At the end of September Bauman joined": the phrase nests, the verb is above it
    ok = verb.i == tok.i + 1 and verb.pos_ in ("VERB", "AUX") and tok.head.i < tok.i < verb.i and \
        not children(verb, "nsubj", "nsubjpass", "expl")
    return verb if ok else None


def _governs(at: int, clause: set[int], s: Sentence) -> bool:
    """Whether the name ending at ``at`` (in sentence ``s``) governs ``clause``, the positions of a pronoun
    and its heads up to its clause's verb: the pronoun is within the name's phrase, or the name is the
    subject of the pronoun's verb ("Pliny reports in his Natural History")."""
    if not s.start <= at < s.end:
        return False
    tok = next((t for t in s.sent if s.offset + t.idx == at), None)
    for _ in range(3):
        if tok is not None and tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
            tok = tok.head
    if tok is None:
        return False
    return s.offset + tok.idx in clause or s.offset + tok.head.idx in clause and tok.dep_ in ("nsubj", "nsubjpass")


# verbs by which one judges another's work or deed ("Martov praised his articles")
JUDGING = {"praise", "admire", "applaud", "commend", "criticize", "criticise", "attack", "condemn", "denounce",
           "ridicule", "mock", "deride", "censure", "acclaim", "laud", "extol", "hail", "disparage", "belittle",
           "scorn", "lampoon", "parody", "review", "envy", "resent", "approve", "welcome"}
# what is judged: a work, a deed, a quality (not a person: "Lenin attacked his opponents" are Lenin's)
JUDGED = {"article", "book", "speech", "work", "writing", "pamphlet", "essay", "poem", "novel", "play", "story",
          "style", "courage", "energy", "talent", "ability", "conduct", "behaviour", "behavior", "policy",
          "performance", "report", "proposal", "plan", "idea", "view", "theory", "paper", "lecture", "memoir",
          "devotion", "zeal", "intelligence", "eloquence", "skill", "bravery", "tactic", "leadership", "handling",
          "decision", "action", "response", "article", "letter", "draft", "programme", "program", "thesis", "verse"}


def judged(tok: Token) -> Token | None:
    """The verb of judging (:data:`JUDGING`) whose object a possessive ``tok`` owns, when that object is a
    work, deed or quality (:data:`JUDGED`) and not one's "own": "Martov praised his articles", "Luxemburg
    praised his energy and his devotion". One does not praise one's own articles: the possessor is not
    that verb's subject."""
    if tok.dep_ != "poss" or tok.lower_ not in ("his", "her"):
        return None
    noun = tok.head
    if noun.lemma_.lower() not in JUDGED or any(c.lower_ == "own" for c in noun.children):
        return None
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in JUDGING:
        return None
    return noun.head


def cites(tok: Token) -> bool:
    """Whether the person mention ``tok`` only gives a view of the story, as a historian or memoirist
    cited does, rather than acting in it: the subject of a verb of opinion (:data:`OPINION_VERBS`) in
    the present ("Service doubts", "Pipes has argued") or of a view of what was told ("Deutscher thought
    the account embellished", "Volkogonov rejected this"); "according to X"; "in X's view"."""
    for _ in range(3):
        if tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
            tok = tok.head
    if tok.dep_ == "pobj":
        return tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
    if tok.dep_ == "poss":
        return tok.head.lemma_.lower() in VIEW_NOUNS
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in OPINION_VERBS:
        return False
    verb = tok.head
    if verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and \
            any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return True  # the historian's present, in a story told in the past
    if verb.lemma_.lower() == "write":
        return False  # "Henrietta wrote to her father: 'Is it fair…'": a letter written is an act
    for c in verb.children:
        if c.dep_ in ("dobj", "oprd") and c.lemma_.lower() in TOLD:
            return True  # "Service doubted this"
        if c.dep_ in ("ccomp", "xcomp") and any(g.dep_ in ("nsubj", "nsubjpass") and g.lemma_.lower() in TOLD
                                                 and g.lower_ not in ("it", "that") for g in c.children):
            return True  # "Deutscher thought the account embellished"
    return False


def role_weight(tok: Token) -> float:
    """Salience of a mention by its grammatical role: subject 3, object 2, possessor 1.5, of-phrase 0.5;
    a name that a relative clause takes up as its subject ("a letter from Dr. Manning, who was
    working …") counts as a subject of that clause (2.5)."""
    rel = any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in c.children)
              for c in tok.children)
    return max(_grammar_weight(tok), 2.5 if rel else 0.0)


def name_phrase_head(tok: Token) -> Token:
    """The word whose role a name's word plays: up through compounds, appositions and conjuncts ("Sokolnikov" in
    "to Grigory Sokolnikov", "Dan" in "Martov and Dan" stand for the object of "to", for "Martov")."""
    for _ in range(4):
        if tok.dep_ in ("compound", "appos", "conj", "flat") and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    return tok


def _oblique(tok: Token) -> bool:
    """A mention only as the object of a preposition ("addressed to Sokolnikov", "the quarrel of George Keith"),
    not one a "who" clause makes a subject (:func:`role_weight` 1 or less)."""
    return name_phrase_head(tok).dep_ == "pobj" and role_weight(tok) <= 1.0


def _grammar_weight(tok: Token) -> float:
    tok = name_phrase_head(tok)
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return 3.0 if tok.head.dep_ not in ("advcl", "relcl") else 2.0  # "while her mother … , she succeeded"
    if tok.dep_ in ("dobj", "attr", "dative"):
        return 2.0
    if tok.dep_ == "poss":
        return 1.5
    if tok.dep_ == "pobj":
        return 0.5 if tok.head.lower_ == "of" else 1.0
    return 1.0
