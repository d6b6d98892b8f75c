"""Claims: assertions the text attributes to someone, and who disputes them.

Nothing is judged true. A claim is found where

* a person or body is the subject of a verb of assertion with a clause
  ("X claimed / alleged / reported / insisted / denied that …", "X later claimed …");
* a noun of assertion carries a that-clause ("his opinion that …", "the charge that …");
* a sentence opens "According to X, …";
* the narrator judges: "He had been, I imagine, a doctor", "these I found poorly qualified"
  (claimant: what "I" resolves to, else ``<doc>-per-narrator``);
* an attributed quotation asserts something (not a question; four words or more; each
  paragraph of a block quotation is one claim);
* no one named asserts ("According to one account, …", "one account has it that …", "some historians
  maintain that …", "it was later said that …", "his father was said to have wept", "was not, as some later
  accounts suppose, a member"): a claim whose claimant is None;
* a name and a verb of assertion stand aside between commas ("Martov, Trotsky recalled, was warmer", "It was the first
  such marriage, Kollontai liked to say later, although …"); a pronoun there is never the name it frames ("Ségur, he
  wrote, had not been in the room" is not Ségur's);
* someone ascribes ("Reshetov also dates the escape to March"), or a person's writing names, mentions or credits
  ("Trotsky's memoir … : it names no party agent"), for the writer;
* "in his recollection, …" (as "in his opinion").

The claimant is resolved as quotation speakers are (:class:`~chronicle.resolve.quotes.Attributor`):
names, pronouns by salience, and bodies named inside a subject ("the minutes of X record that").
Disputes: a later sentence (within three) whose subject denies, rejects, contradicts,
disputes or refutes adds that subject to ``disputed_by`` of the nearest earlier claim by
someone else; the author's own correction ("In this, however, he was mistaken", "this was
untrue", "there is no evidence", "proved to be forgeries") sets ``disputed_by_author`` — when it states
its own matter ("There is no evidence that Stalin was present") only on a claim that shares a person,
body, place or predicate with it. A later claim answers an earlier one on the same matter and disputes
it when it is marked as a contrast ("Kamenev, however, insisted that …") or says the opposite ("Kamenev
later claimed that he had never signed it").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..annotate.lexicon import ALLEGING
from ..context import DocContext
from ..record import Claim, Quotation
from .narrator import QUOTE_MARKS as NARRATOR_QUOTE_MARKS
from .quotes import PERSON_NOUNS, ROLE_NOUNS, Attributor, TokenIndex

# the verbs of an assertion, less "suspect" ("I was suspected to be some runaway servant" claims nothing)
CLAIM_VERBS = ALLEGING - {"suspect"} | {
    "report", "recall", "admit", "insist", "maintain", "state",
    "declare", "say", "argue", "contend", "testify", "swear", "affirm", "aver", "announce", "charge",
    "accuse", "assure", "tell", "write", "explain", "complain", "protest", "confess", "boast", "hint",
    "suggest", "think", "consider", "hold", "predict", "warn", "promise", "acknowledge",
    "concede", "record", "show", "conclude", "reply", "answer", "add", "fancy",
    "expect", "judge", "estimate", "pretend", "proclaim", "repeat", "reckon", "resolve",
    "observe", "remark", "note", "comment", "relate", "recount", "imply", "object", "remember", "recollect",
    "whisper",
}
CLAIM_NOUNS = {
    "claim", "assertion", "allegation", "opinion", "belief", "contention", "charge", "accusation",
    "assurance", "statement", "report", "view", "conviction", "argument", "story", "rumour", "rumor",
    "theory", "complaint", "insistence", "declaration", "testimony", "hint", "promise", "prediction",
    "insinuation", "imputation", "innuendo",
}
DISPUTE_VERBS = {"deny", "reject", "contradict", "dispute", "refute", "rebut", "repudiate", "challenge",
                 "disavow", "contest", "disprove", "question", "dismiss", "ridicule"}
AUTHOR_CORRECTION = re.compile(
    r"\b(?:(?:was|were|is|are|had been|has been) (?:(?:quite|entirely|completely|certainly|clearly|almost|surely|"
    r"probably|undoubtedly|plainly|manifestly|wholly|totally|demonstrably|simply) ){0,2}"
    r"(?:mistaken|wrong|untrue|false|unfounded|groundless|baseless|incorrect|in error|a fabrication|a forgery|forgeries)"
    r"|there (?:is|was) no (?:evidence|proof|truth|foundation|basis)"
    r"|proved? (?:to be )?(?:forgeries|a forgery|false|untrue|unfounded|groundless|baseless|fabricated|a fabrication|wrong)"
    r"|(?:discovered|found|shown) to be (?:forgeries|a forgery|false|untrue|fabricated|a fabrication)"
    r"|(?:unable|failed) to (?:substantiate|prove)"
    r"|(?:has|have|had) never been (?:proved|proven|confirmed|substantiated|corroborated|verified|established)"
    r"|(?:is|was|are|were|remains|remained) (?:still )?(?:unproved|unproven|unconfirmed|unsubstantiated|uncorroborated)"
    r"|without (?:any )?foundation|no truth (?:in|to)|not true"
    # the author's doubt: "this seems unlikely", "there is reason to doubt it", "it cannot be confirmed",
    # "is not borne out by the documents", "no other source mentions it"
    r"|(?:seems|seemed|is|was|appears|appeared|looks) (?:highly |most |very |rather |quite )?"
    r"(?:unlikely|improbable|implausible|doubtful|questionable|dubious)"
    r"|(?:there is|there was|we have) (?:good |every |some )?reason to doubt"
    r"|(?:cannot|could not|can not|can't) be (?:confirmed|verified|corroborated|substantiated|proved|proven)"
    r"|(?:is|was|are|were) not (?:borne out|supported|confirmed|corroborated) by"
    r"|no (?:other |contemporary |independent )?(?:source|document|witness)s? (?:confirms?|supports?|mentions?|corroborates?))\b",
    re.I)
# verbs whose that-clause proposes ("suggested that he declare himself one of them"): no assertion in it
MANDATIVE = {"suggest", "propose", "urge", "demand", "insist", "ask", "recommend", "request", "move", "require", "beg"}
# verbs of ascribing: "dates the escape to March", "credited the victory to Trotsky"
MEMORY_VERBS = {"remember", "recollect", "recall"}  # "X remembered Y as …": X's description of Y
WRITING_FRAMES = {"write", "recall", "remember", "reminisce"}  # "X, writing long afterwards, had him …"
ATTRIBUTING = {"date", "attribute", "ascribe", "credit", "blame", "trace", "assign"}
# what a person's writing does when it asserts ("it names no party agent", "his diary mentions no meeting")
WRITING_SAYS = {"name", "mention", "credit", "attribute", "ascribe", "blame", "date", "give", "place", "put", "call",
                "make", "omit", "list", "describe", "depict", "portray", "picture"}
DESCRIBE_VERBS = {"describe", "characterize", "characterise", "portray", "depict", "represent", "brand",
                  "denounce", "stigmatize", "hail", "praise", "condemn", "dismiss", "picture", "paint"}
ANSWER_NOUNS = CLAIM_NOUNS | {"answer", "reply", "response", "message", "slogan", "position", "verdict", "motto"}
UNPROVEN = {"substantiate", "prove", "support", "justify", "sustain", "retract", "withdraw"}
HEDGES = {"reckon", "imagine", "suppose", "think", "believe", "fancy", "find", "guess", "judge", "conceive",
          "consider", "presume", "count", "esteem"}
REPORTING = {"say", "tell", "write", "think", "believe", "consider", "suppose", "imagine", "fancy", "expect"}


@dataclass
class _Claim:
    claimant: str | None
    content: str
    start: int
    end: int
    disputed_by: list[str] = field(default_factory=list)
    by_author: bool = False
    clause: object = None  # the content's head token (a verb of assertion's clause, "according to"'s verb)
    at: int = -1  # where the verb of assertion (or "according") stands: a later claim of the sentence answers it


def _sentences(ctx: DocContext):
    """(start, end, spaCy sentence) for every sentence, in text order."""
    for ch in ctx.chunks:
        for s in ch.doc.sents:
            if s.text.strip():
                yield ch.offset + s.start_char, ch.offset + s.end_char, s


def _clause(verb):
    """The that-clause (or reported clause) of a verb, if any: the one after the verb first, and never
    one cut off from the verb by a semicolon ("X had betrayed the Tsar; Stalin claimed that …")."""
    found = [c for c in verb.children
             if c.dep_ == "ccomp" or (c.dep_ in ("acl", "advcl", "conj") and any(g.dep_ == "mark" and g.lower_ == "that"
                                                                               for g in c.children))]
    found = [c for c in found if not _cut_off(c, verb)]
    after = [c for c in found if c.i > verb.i]
    return (after or found or [_split_clause(verb)])[0]


def _split_clause(verb):
    """The reported clause the parser made a second root of the sentence ("both he and Colonel French assur'd me
    | I should have their interest"): the root whose subject stands right after the verb's personal object."""
    obj = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i and c.pos_ in ("PRON", "PROPN")]
    if not obj or obj[-1].i + 1 >= len(verb.doc) or any(c.i > obj[-1].i for c in verb.children if c.dep_ != "punct"):
        return None
    nxt = verb.doc[obj[-1].i + 1]
    head = nxt.head
    if nxt.dep_ in ("nsubj", "nsubjpass") and head.dep_ == "ROOT" and head != verb and head.i > nxt.i \
            and head.pos_ in ("VERB", "AUX"):
        return head
    return None


QUOTE_MARKS = NARRATOR_QUOTE_MARKS | {"'", "‘", "’"}  # a claim's words may be set off by single marks too


def _own_part(content: str) -> str:
    """A reported clause ends at a semicolon outside quotation marks, however the parser hung what follows
    ("Radek claimed that the two men quarrelled that night; Krupskaya denied it": not Krupskaya's denial)."""
    for m in re.finditer(r";", content):
        before = content[:m.start()]
        if before.count("“") <= before.count("”") and before.count('"') % 2 == 0 and \
                len(re.findall(r"(?:^|\s)['‘]", before)) <= len(re.findall(r"['’](?:\s|$|[.,;:!?])", before)):
            return before.rstrip()
    return content


def _cut_off(clause, verb) -> bool:
    """Whether a semicolon or colon outside quotation marks stands between ``clause`` and ``verb``."""
    lo, hi = (clause.i, verb.i) if clause.i < verb.i else (verb.i, clause.i)
    sub = {t.i for t in clause.subtree}
    return any(t.text in (";",) and t.i not in sub for t in verb.doc[lo:hi])


def _text_of(tok, tokens: TokenIndex, text: str, drop_mark: bool = True) -> tuple[str, int, int]:
    sub = list(tok.subtree)
    if drop_mark and sub and sub[0].lower_ in ("that", "whether") and (sub[0].dep_ == "mark" or (
            sub[0].dep_ == "dobj" and any(c.dep_ in ("nsubj", "nsubjpass") and c != sub[0] for c in tok.children))):
        sub = sub[1:]  # "wrote in his memoirs that Stalin listened …" with "that" parsed as an object
    a, b = tokens.start(sub[0]), tokens.end(sub[-1])
    return re.sub(r"\s+", " ", text[a:b]).strip(), a, b


class ClaimFinder:
    """Find the claims of one document (see the module docstring)."""

    def __init__(self, ctx: DocContext, quotations: list[Quotation]):
        self.ctx, self.text = ctx, ctx.text
        self.tok = TokenIndex.build(ctx)
        self.quotations = quotations
        self.att = Attributor(ctx, self.tok, [(q.words.start, q.words.end) for q in quotations])
        self.unattributed: list[int] = []  # starts of sentences with an assertion by no one named

    def from_sentence(self, a: int, b: int, sent) -> list[_Claim]:
        out = []
        for t in sent:
            if self.att.inside_quote(self.tok.start(t)):
                continue
            lemma = t.lemma_.lower()
            if (c := self._record_says(t, a, b)) is not None:
                out += c  # "Trotsky's memoirs state that …" with "state" parsed as a noun
            elif t.pos_ == "VERB" and lemma in HEDGES and (c := self._hedged(t, a, b)):
                out.append(c)
            elif t.tag_ == "VBG" and lemma in WRITING_FRAMES and (c := self._writing_later(t, a, b)):
                out.append(c)  # "Zinoviev's secretary, writing long afterwards, had him travel to Kotlas"
            elif t.pos_ in ("VERB", "AUX") and (lemma in CLAIM_VERBS or _has_it(t)):
                if (c := self._parenthetical(t, a, b) or self._unnamed_aside(t, a, b)) is not None:
                    out.append(c)  # "Martov, Trotsky recalled, was warmer", "the Society, it is said, resolved"
                    continue
                if t.tag_ in ("VB", "VBP") and t.dep_ == "ccomp" and t.head.lemma_.lower() in MANDATIVE \
                        and not any(c.dep_ == "aux" for c in t.children):
                    continue  # "suggested that he declare himself one of them": a proposal, not an assertion
                if lemma == "imply" and not any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or _is_document(c) and
                                                                     _possessors([c])) for c in t.children):
                    continue  # "Reshetov's narrative implies …", not "in terms which seem to imply …"
                clause = _clause(t)
                if clause is not None and lemma in MANDATIVE and clause.tag_ in ("VB", "VBP") and \
                        not any(c.dep_ == "aux" for c in clause.children):
                    continue  # "suggested that he declare himself one of them": a proposal, not an assertion
                if clause is None and (c := self._as_recalled(t, a, b)):
                    out.append(c)  # "As Trotsky later recalled, Lenin woke him at dawn"
                    continue
                if clause is None and (c := self._said_to(t, a, b)):
                    out.append(c)  # "his father … was said to have wept"
                    continue
                if clause is None and (c := self._denial(t, a, b)):
                    out.append(c)  # "The paper denied it flatly the next week", "X denied this: in his account …"
                    continue
                if clause is None and lemma in ACCUSING and (c := self._accused(t, a, b)):
                    out.append(c)  # "Hyndman charged Scheu in open council with intriguing against him"
                    continue
                if clause is None and lemma in MEMORY_VERBS and (c := self._described(t, a, b)):
                    out.append(c)  # "Sverdlov remembered him as the harshest critic in the room"
                    continue
                if clause is not None and lemma in ("remember", "recollect") and \
                        not any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children):
                    continue  # "had her own reasons to remember who doubted him first": no assertion
                if clause is None or len(list(clause.subtree)) < 3 or _discredits(t):
                    continue  # "Deutscher thought the account embellished": a dispute, no claim
                subjects = self.att.subjects(t)
                who = self._first_named(subjects)
                if who is None:  # "Petrovsky, his fellow exile, later recalled that …" with the name misparsed
                    subjects = _stray_names(t) or subjects
                    who = self._first_named(subjects)
                if who is None:  # "Trotsky's memoirs state that …": the owner of the record
                    owners = _possessors(s for s in subjects if _is_document(s))
                    who = self._first_named(owners)
                    subjects = owners if who else subjects
                if who is None and t.dep_ in ("advcl", "xcomp", "relcl", "acl") and lemma == "add":
                    continue
                if who and subjects and _source_noun(subjects[0]) and len(list(subjects[0].subtree)) == 1:
                    who = None  # "Rumour had it that …" with "Rumour" taken for a name
                unnamed = who is None and _unnamed_source(t, subjects)
                if who is None and not unnamed:  # "he said that …" with no one found for "he": no claim
                    self.unattributed.append(a)
                if who or unnamed:  # "Some historians maintain that …", "it was later said that …": no claimant
                    content, ca, _ = _text_of(clause, self.tok, self.text)
                    if not self.att.inside_quote(ca) and self.text[max(0, ca - 2):ca].strip() not in QUOTE_MARKS:
                        content = _own_part(content)  # not a speech quoted whole: "'You are pitiful…; you are…'"
                    out += [_Claim(w, content, a, b, clause=clause, at=self.tok.start(t))
                            for w in (self._claimants(subjects, who) if who else [None])]
            elif t.pos_ == "VERB" and lemma in ACCUSING - CLAIM_VERBS and (c := self._accused(t, a, b)):
                out.append(c)  # "the Rump, suspecting him of dealings with the exiled court"
            elif _by_an_account(t) and (c := self._aside_claim(t.head, t.head, a, b)):
                out.append(c)  # "Semyon Karetnik, by one account, carried the wounded out"
            elif lemma == "have" and (c := self._has_him(t, a, b)):
                out.append(c)  # "Trotsky's version has him crossing the Urals on foot"
            elif t.pos_ == "VERB" and lemma in ATTRIBUTING | WRITING_SAYS and (c := self._attributes(t, a, b)):
                out.append(c)  # "Reshetov also dates the escape to March", "(his memoir:) it names no agent"
            elif t.pos_ == "VERB" and lemma in DESCRIBE_VERBS and (c := self._described(t, a, b)):
                out.append(c)
            elif t.pos_ == "NOUN" and lemma in ANSWER_NOUNS and t.i + 1 < len(t.doc) and t.nbor(1).text == ":":
                who = self._owner(t)  # "the Socialists had one answer: Wait for …"
                rest = re.sub(r"\s+", " ", self.text[self.tok.end(t.nbor(1)):b]).strip()
                if who and len(rest.split()) >= 3:
                    out.append(_Claim(who, rest, a, b))
            elif t.pos_ == "NOUN" and lemma in CLAIM_NOUNS and t.dep_ == "dobj" and t.head.lemma_.lower() in UNPROVEN:
                who = self._owner(t)  # "X found itself unable to substantiate its accusations"
                if who:
                    content = _text_of(t, self.tok, self.text, drop_mark=False)[0]
                    neg = any(w.lower_ in ("unable", "failed", "not", "never", "n't", "could") for w in t.head.head.subtree
                              if w.i < t.head.i) or t.head.lemma_.lower() in ("retract", "withdraw")
                    out.append(_Claim(who, content, a, b, by_author=neg))
            elif t.pos_ == "NOUN" and lemma in CLAIM_NOUNS and not _in_opinion(t):
                clause = next((c for c in t.children if c.dep_ in ("acl", "ccomp", "appos")
                               and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
                clause = clause if clause is not None else _content_relcl(t)
                if clause is None:
                    continue
                owner = next((c for c in t.children if c.dep_ == "poss"), None)
                cands = [owner] if owner is not None else []
                head = t.head.head if t.head.lower_ == "with" and t.dep_ == "pobj" else t.head
                if head.pos_ in ("VERB", "AUX"):  # "printed the story, with the insinuation that …": the printer's
                    cands += self.att.subjects(head)
                who = self._first_named(cands)
                if who:
                    out.append(_Claim(who, _text_of(clause, self.tok, self.text)[0], a, b))
            elif t.lower_ == "according" and t.i + 2 < len(t.doc) and t.nbor(1).lower_ == "to" or _in_opinion(t):
                obj = next((c for c in t.nbor(1).children if c.dep_ == "pobj"), None) if t.lower_ == "according" \
                    else _opinion_holder(t)
                who = self.att.entity(obj) if obj is not None else None
                unnamed = who is None and t.lower_ == "according" and obj is not None and _source_noun(obj)
                if who or unnamed:  # "According to one account, …": a claim with no claimant
                    _, pa, pb = _text_of(t if t.lower_ == "according" else t.head, self.tok, self.text, drop_mark=False)
                    lo = max(self.text.rfind(";", a, pa), -1 if t.lower_ == "according" else self.text.rfind(":", a, pa))
                    lo = lo + 1 or a  # only its own part of a sentence cut by ";" ("denied this: in his recollection …")
                    hi = self.text.find(";", pb, b)
                    hi = b if hi < 0 else hi
                    rest = (self.text[lo:pa] + " " + self.text[pb:hi]).strip(" ,;\n")
                    rest = re.sub(r"\s*,\s*,", ",", rest)
                    if _by_own_account(t):  # "and, by his own account, translated": "and translated"
                        rest = re.sub(r"\b(and|but),\s*", r"\1 ", rest).strip(" ,")
                    head = t.head if t.lower_ == "according" else t.head.head
                    out.append(_Claim(who, re.sub(r"\s+", " ", rest), a, b, at=self.tok.start(t),
                                      clause=head if head.pos_ in ("VERB", "AUX") and head.i != t.i else None))
        return out

    def _denial(self, verb, a: int, b: int) -> _Claim | None:
        """ "Y denied it flatly", "Z's report denies this; he says that …": a verb of denial whose object points back
        at what was told before is a claim of its subject (a person or body, or the writer of a document) that it
        is not so; what follows a colon or semicolon in the sentence ("…: in his account X needed no persuading")
        is its content when it says more."""
        if verb.lemma_.lower() not in DISPUTE_VERBS & CLAIM_VERBS:
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ not in REFERRING and obj.lemma_.lower() not in REFERRING:
            return None
        subjects = self.att.subjects(verb)
        who = self._first_named(subjects)
        if who is None:
            owners = _possessors(s for s in subjects if _is_document(s))
            who = self._first_named(owners)
        if who is None:
            return None
        vb = self.tok.end(verb)
        m = re.search(r"[:;]", self.text[vb:b])
        rest = re.sub(r"\s+", " ", self.text[vb + m.end():b]).strip(" .") if m else ""
        content = rest if len(rest.split()) >= 4 else re.sub(r"\s+", " ", self.text[self.tok.start(verb):b]).strip(" .")
        return _Claim(who, content, a, b, at=self.tok.start(verb))

    def _writing_later(self, part, a: int, b: int) -> _Claim | None:
        """ "Zinoviev's secretary, writing long afterwards, had him travel up the Dvina instead", "Writing in
        1925, Petrov put the meeting in May": what the subject of a writing participle set off by commas does in
        the sentence is that writer's version of events (claimant None for an unnamed one, "his secretary").
        Not "writing to his wife, he described …" (a letter: the participle has an object or a "to")."""
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in ("to", "from", "for", "about",
                                                                                         "of", "on")
               for c in part.children):
            return None
        sub = list(part.subtree)
        doc = part.doc
        before = doc[sub[0].i - 1] if sub[0].i > part.sent.start else None
        after = doc[sub[-1].i + 1] if sub[-1].i + 1 < part.sent.end else None
        if after is None or after.text != "," or before is not None and before.text != ",":
            return None
        if part.dep_ == "advcl" and part.head.pos_ in ("VERB", "AUX"):
            verb = part.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        elif part.dep_ in ("conj", "acl", "appos") and part.head.dep_ == "nsubj":
            subj, verb = part.head, part.head.head
        else:
            return None
        if subj is None or verb.lemma_.lower() in CLAIM_VERBS | HEDGES or verb.pos_ not in ("VERB", "AUX"):
            return None  # "X, writing later, claimed that …": the verb's own claim
        who = self.att.entity(subj)
        if who is None and not (subj.pos_ == "NOUN" and subj.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS):
            return None
        drop = {t.i for t in subj.subtree} | {t.i for t in sub}
        for c in verb.children:
            if c.dep_ == "conj" or c.dep_ == "cc" or c.dep_ == "punct" and c.i > verb.i and any(
                    g.dep_ == "conj" and g.i > c.i for g in verb.children):
                drop |= {t.i for t in c.subtree} if c.dep_ != "punct" else {c.i}
        toks = [t for t in verb.subtree if t.i not in drop]
        while toks and (toks[0].is_punct or toks[0].is_space):
            toks.pop(0)
        while toks and (toks[-1].is_punct and toks[-1].text not in QUOTE_MARKS or toks[-1].is_space):
            toks.pop()
        if len(toks) < 3:
            return None
        content = re.sub(r"\s+", " ", self.text[self.tok.start(toks[0]):self.tok.end(toks[-1])]).strip()
        content = re.sub(r"\s*,\s*,\s*", ", ", content)
        return _Claim(who, content, a, b, clause=verb, at=self.tok.start(part))

    def _has_him(self, have, a: int, b: int) -> _Claim | None:
        """ "Mabb's account of the last hours has Harker asking for his sister", "His memoir has Lenin arrive in
        May": a person's writing that "has" someone do something tells it so; the claim is its writer's, the
        content what follows "has". Not "the book has three chapters" (no clause after it)."""
        if self.att.inside_quote(self.tok.start(have)):
            return None
        if have.dep_ == "aux" and have.head.tag_ in ("VB", "VBG"):  # "has Lenin arrive (saying)" parsed as a perfect
            subj = next((c for c in have.head.children if c.dep_ == "nsubj" and c.i < have.i), None)
            other = next((c for c in have.head.children if c.dep_ == "nsubj" and c.i > have.i), None)
            if subj is None or other is None:
                return None
        else:
            subj = next((c for c in have.children if c.dep_ == "nsubj"), None)
            if not any(c.dep_ in ("ccomp", "xcomp") and c.tag_ in ("VBG", "VB", "VBN") and
                       any(g.dep_ == "nsubj" for g in c.children) for c in have.children):
                return None
        if subj is None or subj.pos_ != "NOUN" or not _is_document(subj):
            return None
        who = self._first_named(_possessors([subj]))
        if not who or self.att.kinds.get(who) != "person":
            return None
        last = have.sent.end - 1
        doc = have.doc
        while last > have.i and (doc[last].is_space or doc[last].is_punct and doc[last].text not in QUOTE_MARKS):
            last -= 1
        if last - have.i < 3:
            return None
        content = _own_part(re.sub(r"\s+", " ", self.text[self.tok.start(doc[have.i + 1]):self.tok.end(doc[last])]).strip())
        return _Claim(who, content, a, b, at=self.tok.start(have))

    def _first_named(self, toks, unlike: str | None = None) -> str | None:
        """The entity that the first of ``toks`` naming one (other than ``unlike``) names."""
        return next((w for w in map(self.att.entity, toks) if w and w != unlike), None)

    def _record_says(self, t, a: int, b: int) -> list[_Claim] | None:
        """ "Trotsky's memoirs state that …", "Her diary records that …": a verb of assertion after a document
        that the parser took for a noun ("state", "records"); the claim is the owner's of the document."""
        doc = t.doc
        if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in RECORD_VERB_FORMS or t.i + 1 >= t.sent.end \
                or t.i - 1 < t.sent.start or doc[t.i + 1].lower_ != "that":
            return None
        rec = doc[t.i - 1]
        if not _is_document(rec):
            return None
        who = self._first_named(_possessors((t, rec)))
        last = t.sent.end - 1
        while last > t.i + 2 and (doc[last].is_space or doc[last].is_punct and doc[last].text not in QUOTE_MARKS):
            last -= 1
        if not who or last - (t.i + 2) < 2:
            return None
        ca, cb = self.tok.start(doc[t.i + 2]), self.tok.end(doc[last])
        content = _own_part(re.sub(r"\s+", " ", self.text[ca:cb]).strip())
        return [_Claim(who, content, a, b)]

    def _as_recalled(self, verb, a: int, b: int) -> _Claim | None:
        """ "As Trotsky later recalled, Lenin woke him at dawn": the rest of the sentence is the claim of the
        subject of an "as" clause with a verb of assertion."""
        if verb.dep_ != "advcl" or verb.head.dep_ not in ("ROOT", "conj") or not any(c.dep_ == "mark" and c.lower_ == "as"
                                                                        for c in verb.children) \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            return None
        sub = list(verb.subtree)
        while len(sub) > 1 and sub[-1].text == ",":
            sub.pop()  # the comma after the clause, hung on its verb
        first, last = sub[0], sub[-1]
        before = verb.doc[first.i - 1] if first.i > verb.sent.start else None
        after = verb.doc[last.i + 1] if last.i + 1 < verb.sent.end else None
        if first.lower_ != "as" or after is None or after.text != "," or before is not None and before.text != ",":
            return None  # set off at the head of the sentence or between commas, not "as disastrous as X predicted"
        subjects = self.att.subjects(verb)
        who = self._first_named(subjects)
        if not who and not (subjects and _source_noun(subjects[0])):
            return None  # "as some later accounts suppose": a claim with no claimant
        pa, pb = self.tok.start(first), self.tok.end(last)
        lo = self.text.rfind(";", a, pa) + 1 or a  # only its own part of a sentence cut by ";"
        hi = self.text.find(";", pb, b)
        hi = b if hi < 0 else hi
        rest = re.sub(r"\s+", " ", (self.text[lo:pa] + " " + self.text[pb:hi]).strip(" ,;\n"))
        rest = re.sub(r"\s*,\s*,\s*", " ", rest).strip(" ,")  # "was not, as …, a member": "was not a member"
        return _Claim(who, rest, a, b) if len(rest.split()) >= 3 else None

    def _attributes(self, verb, a: int, b: int) -> _Claim | None:
        """ "Reshetov also dates the escape to March", "Kamenev credited the victory to Trotsky": a verb of
        ascribing with an object and "to" asserts, for its named subject; and a person's writing that names,
        mentions or credits ("Trotsky's memoir …: it names no party agent and credits the whole affair to Feit")
        asserts for its writer. The content is the verb's phrase without its subject."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subj is None or obj is None or self.att.inside_quote(self.tok.start(verb)):
            return None
        doc_owner = self.att.document_owner(subj) if subj.lower_ == "it" else \
            self._first_named(_possessors([subj])) if subj.pos_ == "NOUN" and _is_document(subj) else None
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > obj.i), None)
        if doc_owner:
            who = doc_owner
        elif verb.lemma_.lower() in ATTRIBUTING and to is not None and subj.pos_ in ("PROPN", "PRON"):
            who = self.att.entity(subj)
            if not who or self.att.kinds.get(who) != "person":
                return None
        else:
            return None
        out = set(subj.subtree) | {t for c in verb.children if c.dep_ == "cc" or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                                   for t in c.subtree}  # not "…, but this is only the Western date misread"
        sub = [t for t in verb.subtree if t.i > subj.i and t not in out]
        sub = [t for t in sub if not (t.is_punct and t.text not in QUOTE_MARKS) or sub.index(t) > 0]
        while sub and (sub[-1].is_punct and sub[-1].text not in QUOTE_MARKS or sub[-1].is_space):
            sub.pop()
        if len(sub) < 3:
            return None
        ca, cb = self.tok.start(sub[0]), self.tok.end(sub[-1])
        return _Claim(who, _own_part(re.sub(r"\s+", " ", self.text[ca:cb]).strip()), a, b, clause=verb,
                      at=self.tok.start(verb))

    def _parenthetical(self, verb, a: int, b: int) -> _Claim | None:
        """ "Martov, Trotsky recalled, was warmer and more guarded at once": a name (or he/she) and a verb of
        assertion set off by commas inside the sentence; the rest of the sentence is the claim of that name."""
        doc = verb.doc
        j = verb.i + 1
        while j < verb.sent.end and doc[j].pos_ == "ADV" and doc[j].lower_ not in ("not", "never"):
            j += 1  # "Kollontai liked to say later,"
        if j >= verb.sent.end or doc[j].text != "," or j - verb.i > 3:
            return None
        k = verb.i - 1
        while k > verb.sent.start and (doc[k].pos_ == "ADV" and doc[k].lower_ not in ("not", "never")
                                       or doc[k].tag_ == "MD" or doc[k].lower_ == "to" and doc[k].head.i == verb.i):
            k -= 1  # "Trotsky later recalled", "he would say"
        if doc[k].pos_ == "VERB" and k < verb.i and verb.dep_ == "xcomp" and verb.head.i == k and k > verb.sent.start:
            k -= 1  # "X liked (used, was fond) to say": the verb the saying hangs on
            while k > verb.sent.start and doc[k].pos_ == "ADV" and doc[k].lower_ not in ("not", "never"):
                k -= 1
        names = []
        while k > verb.sent.start and (doc[k].pos_ == "PROPN" or doc[k].lower_ in ("he", "she") and not names):
            names.insert(0, doc[k])
            k -= 1
        if not names or k <= verb.sent.start or doc[k].text != ",":
            return None
        near = self.text[self.tok.start(doc[k]) - 2:self.tok.end(doc[k])] + self.text[self.tok.end(doc[j]):
                                                                                  self.tok.end(doc[j]) + 3]
        if any(m in near for m in QUOTE_MARKS) or any(m in self.text[a:b] for m in NARRATOR_QUOTE_MARKS):
            return None  # the tag of a quotation ("“Medicine is my lawful wife,” he said, “and …”"): the quotation's
        framed = doc[k - 1] if k - 1 >= verb.sent.start else None  # "Ségur, he wrote, had not been": he is not Ségur
        other = self.att.entity(framed) if framed is not None and framed.pos_ == "PROPN" and \
            names[-1].lower_ in ("he", "she") else None
        who = self.att.entity(names[-1], exclude=other)
        if not who:
            return None
        pa, pb = self.tok.start(doc[k]), self.tok.end(doc[j])
        rest = re.sub(r"\s+", " ", (self.text[a:pa] + " " + self.text[pb:b])).strip(" ,;\n")
        return _Claim(who, rest, a, b, at=self.tok.start(verb)) if len(rest.split()) >= 4 else None

    def _unnamed_aside(self, verb, a: int, b: int) -> _Claim | None:
        """ "the Society, it is said, resolved …", "a friend and, the family's enemies whispered, more than a
        friend": a verb of assertion set off by commas whose subject names no one (an empty "it" with a passive
        verb of hearsay, or a common-noun phrase); the rest of the sentence is a claim with no claimant."""
        doc, sent = verb.doc, verb.sent
        j = verb.i + 1
        while j < sent.end and doc[j].pos_ == "ADV" and doc[j].lower_ not in ("not", "never"):
            j += 1
        k = verb.i - 1
        while k > sent.start and (doc[k].pos_ in ("ADV", "AUX") or doc[k].tag_ == "MD") and \
                doc[k].lower_ not in ("not", "never", "n't"):
            k -= 1  # "it was once reported", "his enemies would whisper"
        if j >= sent.end or doc[j].text != "," or k <= sent.start:
            return None
        if doc[k].lower_ == "it":
            if verb.tag_ != "VBN" or verb.lemma_.lower() not in SAID_VERBS | HEARSAY or k == verb.i - 1:
                return None
            first = k
        elif doc[k].pos_ == "NOUN" and (doc[k].tag_ == "NNS" or _source_noun(doc[k])
                                         or doc[k].lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS):
            first = k
            while first - 1 > sent.start and (doc[first - 1].pos_ in ("DET", "ADJ", "NOUN", "NUM")
                                              or doc[first - 1].tag_ in ("POS", "PRP$")):
                first -= 1  # "the family's enemies", "some of his friends" stops at "of"
        else:
            return None
        if first <= sent.start or doc[first - 1].text != ",":
            return None
        return self._aside_claim(verb, doc[first - 1], a, b, upto=doc[j])

    def _aside_claim(self, verb, start, a: int, b: int, upto=None) -> _Claim | None:
        """The sentence less an aside that runs from ``start`` (or its comma) to the comma after it (``upto``, else
        the first comma after ``start``): the claim, with no claimant, of "it is said", "by one account"."""
        doc, sent = start.doc, start.sent
        if upto is None:
            upto = next((w for w in doc[start.i:sent.end] if w.text == ","), None)
            if upto is None or start.i - 1 <= sent.start or doc[start.i - 1].text != ",":
                return None
            start = doc[start.i - 1]
        pa, pb = self.tok.start(start), self.tok.end(upto)
        near = self.text[pa - 2:pa + 1] + self.text[pb - 1:pb + 3]
        if any(m in near for m in QUOTE_MARKS) or any(m in self.text[a:b] for m in NARRATOR_QUOTE_MARKS):
            return None  # the tag of a quotation, not an aside
        rest = re.sub(r"\s+", " ", (self.text[a:pa] + " " + self.text[pb:b])).strip(" ,;\n")
        return _Claim(None, rest, a, b, at=self.tok.start(verb)) if len(rest.split()) >= 4 else None

    def _accused(self, verb, a: int, b: int) -> _Claim | None:
        """ "X accused Y of selling the village", "X charged Y with intriguing", "the Rump, suspecting him of
        dealings with the court": an active verb of accusing with a person as object and the charge after "of" or
        "with" (wherever the parser hung it) is a claim of its subject; "he was charged with" (a passive) is not."""
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.pos_ not in ("PROPN", "PRON", "NOUN"):
            return None
        prep = next((w for w in verb.subtree if w.i > obj.i and w.lower_ in ("of", "with") and w.dep_ == "prep"
                     and any(c.dep_ in ("pobj", "pcomp") for c in w.children)), None)
        if prep is None:
            return None
        charge = [w for w in prep.subtree]
        if len(charge) < 3:
            return None  # "accused him of it"
        own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if own is not None:
            who = self.att.entity(own)  # "the Labour Leader accused …" with no body found: not the last clause's subject
        elif verb.tag_ == "VBG":  # "the Rump, suspecting him of …": the noun the participle is set after
            doc = verb.doc
            who = self.att.entity(doc[verb.i - 2]) if verb.i - 2 >= verb.sent.start and doc[verb.i - 1].text == "," \
                and doc[verb.i - 2].pos_ in ("PROPN", "NOUN") else None
        else:
            who = self._first_named(self.att.subjects(verb))
        if who is None:
            return None
        ca, cb = self.tok.start(obj), self.tok.end(charge[-1])
        return _Claim(who, re.sub(r"\s+", " ", self.text[ca:cb]).strip(), a, b, at=self.tok.start(verb))

    def _said_to(self, verb, a: int, b: int) -> _Claim | None:
        """ "His father was said to have wept", "Stalin was rumoured to have ordered it", "he was believed to be
        dead": a passive verb of hearsay with an infinitive asserts, for no one named; the content runs from the
        subject to the end of the infinitive. "He was told to leave" is an order, not a claim."""
        if verb.lemma_.lower() not in HEARSAY or not any(c.dep_ == "auxpass" for c in verb.children):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ != "it"), None)
        inf = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        if subj is None or inf is None or not (inf.lemma_.lower() == "be" or any(
                g.dep_ == "aux" and g.lower_ == "have" for g in inf.children)):
            return None
        first = next(iter((verb.head if verb.dep_ == "relcl" else subj).subtree))  # "crimes that he was said to …"
        ca, cb = self.tok.start(first), self.tok.end(list(inf.subtree)[-1])
        return _Claim(None, re.sub(r"\s+", " ", self.text[ca:cb]).strip(), a, b, clause=inf, at=self.tok.start(verb))

    def _claimants(self, subjects: list, who: str) -> list[str]:
        """``who`` and the persons coordinated with the subject that named it ("both he and
        Colonel French assured me …": a claim of each)."""
        out = [who]
        subj = next((s for s in subjects if self.att.entity(s) == who), None)
        for co in (subj.conjuncts if subj is not None else ()):
            other = self.att.entity(co)
            if other and other not in out:
                out.append(other)
        return out

    def _hedged(self, verb, a: int, b: int) -> _Claim | None:
        """The narrator's own judgement: "X was, I imagine, a doctor", "this I reckon one of my
        errata", "these printers I found poorly qualified". Claims with a that-clause ("I think
        that …") are left to the verb-of-assertion rule."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ != "i" or _clause(verb) is not None:
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        comp = any(c.dep_ in ("oprd", "acomp") or obj is not None and c.dep_ in ("xcomp", "attr") and c.i > obj.i
                   for c in verb.children)
        judged = (obj is None or obj.lower_ not in ("myself", "me", "himself", "herself")) and \
            (comp or obj is not None and verb.lemma_.lower() in ("reckon", "judge", "count", "esteem"))
        aside = verb.dep_ == "parataxis" or obj is None and verb.lemma_.lower() != "find" and not any(
            c.dep_ in ("prep", "xcomp", "advmod") for c in verb.children)
        if not (judged or aside):
            return None
        who = self.att.entity(subj) or self._narrator()
        if not who:
            return None
        content = re.sub(r"\s+", " ", re.sub(r",?\s*\bI\s+" + re.escape(verb.text) + r"\b,?", "", self.text[a:b])).strip()
        return _Claim(who, content, a, b)

    def _narrator(self) -> str | None:
        want = f"{self.ctx.doc_id}-per-narrator"
        return want if any(p.id == want for p in self.ctx.persons) else None

    def _owner(self, noun) -> str | None:
        """Whose a claim noun is: its possessor, else the subject of the verbs above it."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        cands = [owner] if owner is not None and owner.lower_ not in ("its", "their", "his", "her") else []
        verb = noun.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX"):
                cands += self.att.subjects(verb)
            if verb.head == verb:
                break
            verb = verb.head
        if owner is not None and not cands:
            cands = [owner]
        return self._first_named(cands)

    def _described(self, verb, a: int, b: int) -> _Claim | None:
        """"X described Y as …": X claims that Y is …."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or _dismissed(verb):  # "dismissed the story as a fabrication": a dispute, no claim
            return None
        as_ = next((t for t in verb.subtree if t.lower_ == "as" and t.i > obj.i and
                    (t.head in (verb, obj) or t.head.head == verb)), None)
        who = self._first_named(self.att.subjects(verb))
        if as_ is None or not who:
            return None
        tail = as_ if as_.dep_ == "prep" else as_.head
        start = self.tok.start(next(iter(obj.subtree)))
        end = max(self.tok.end(list(tail.subtree)[-1]), self.tok.end(list(obj.subtree)[-1]))
        return _Claim(who, re.sub(r"\s+", " ", self.text[start:end]).strip(), a, b)

    def from_quotations(self) -> list[_Claim]:
        out = []
        for q in self.quotations:
            if q.kind == "block":
                out += self._block_claims(q)
                continue
            inner = q.words.text.strip().strip("“”\"‘’'").strip()
            if not q.speaker or len(inner.split()) < 4 or inner.rstrip("”\"’' ").endswith("?"):
                continue
            out.append(_Claim(q.speaker, re.sub(r"\s+", " ", inner), q.words.start, q.words.end))
        return out

    def _block_claims(self, q: Quotation) -> list[_Claim]:
        """Each paragraph of a block quotation (after its "X said:" sentence) is one claim."""
        if not q.speaker:
            return []
        out, text, pos = [], q.span.text, q.span.start
        parts = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", text, re.S)]
        for k, (x, y) in enumerate(parts):
            body = text[x:y]
            if k == 0 and body.rstrip().endswith(":") and len(parts) > 1:
                continue
            if len(body.split()) >= 4:
                out.append(_Claim(q.speaker, re.sub(r"\s+", " ", body), pos + x, pos + y))
        return out

    def disputes(self, claims: list[_Claim], sents: list[tuple[int, int, object]]) -> None:
        """Mark disputes and the author's corrections on the nearest earlier claim."""
        starts = sorted(claims, key=lambda c: c.start)
        for k, (a, b, sent) in enumerate(sents):
            window = sents[max(0, k - 3)][0]
            earlier = [c for c in starts if window <= c.start < b and c.start < a + 1]
            if not earlier:
                continue
            for t in sent:
                if t.pos_ != "VERB":
                    continue
                docs, no_evidence = _by_documents(t), _no_evidence(t)  # each read once
                if (t.lemma_.lower() in DISPUTE_VERBS or _dismissed(t) or no_evidence or docs or _otherwise(t)
                        or _discredits(t)) \
                        and not self.att.inside_quote(self.tok.start(t)):
                    who = self._first_named(self.att.subjects(t))
                    cands = [c for c in reversed(earlier) if (who is None or c.claimant != who) and c.start < self.tok.start(t)]
                    about = next((x for o in t.children if o.dep_ == "dobj" for x in [self._about_noun(o)] if x), None) \
                        if no_evidence else None  # "found no evidence that Lenin knew": a claim about Lenin
                    target = self._nearest(self._doubted(cands, about), a)
                    if who and target and who not in target.disputed_by:
                        target.disputed_by.append(who)
                    elif who is None and target and (docs or no_evidence):
                        # "this is contradicted by the minutes", "historians found no evidence": the author's; but
                        # "Stasova's records contradict this" is Stasova's
                        owner = self._first_named(_possessors(docs), unlike=target.claimant)
                        if owner and owner not in target.disputed_by:
                            target.disputed_by.append(owner)
                        elif not owner:
                            target.by_author = True
            m = AUTHOR_CORRECTION.search(self.text, a, b)
            if m and not self._attributed(sent, a + 0, m.start()):
                cands = [c for c in reversed(earlier) if c.start < m.start()]
                target = self._nearest(self._doubted(cands, self._about(m.end())), a)
                if target:
                    target.by_author = True
        self._answers(starts, sents)

    def _about(self, pos: int):
        """The matter a correction states after ``pos`` ("there is no evidence | that Stalin was present", "it is
        unlikely | that …"): the head of its clause, or None when it points back ("no evidence of it")."""
        m = re.match(r"\s+(that|of|for)\b", self.text[pos:pos + 12])
        tok = self.tok.at(pos + m.start(1)) if m else None
        if tok is None or tok.lower_ != m.group(1):
            return None
        if tok.lower_ == "that":
            return tok.head if tok.dep_ == "mark" and tok.head.pos_ in ("VERB", "AUX") else None
        return self._about_noun(tok.head)

    def _about_noun(self, noun):
        """The matter of "no evidence that …" / "no evidence of X's presence"; None for "no evidence of it"."""
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and
                       any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        if clause is not None:
            return clause
        obj = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                    for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
        if obj is None or obj.lower_ in REFERRING or obj.lemma_.lower() in REFERRING or obj.pos_ == "PRON" \
                or any(d.lower_ in ("this", "that", "such", "these") for d in obj.children):
            return None
        return obj

    def _doubted(self, cands: list[_Claim], about) -> _Claim | None:
        """Which claim (nearest first) a doubt falls on. A doubt that points back ("This seems unlikely") falls on
        the nearest; one that states its matter ("There is no evidence that Stalin himself was present") on the
        nearest claim only if it shares a person, body or place or the predicate with it, else on an earlier one
        with the same predicate, else on none."""
        if about is None or not cands:
            return cands[0] if cands else None
        ents, pred = self._entities(about), _predicate(about)
        if cands[0].clause is None or self._entities(cands[0].clause, cands[0]) & ents or _predicate(cands[0].clause) == pred:
            return cands[0]
        return next((c for c in cands[1:] if c.clause is not None and _predicate(c.clause) == pred), None)

    def _entities(self, head, claim: _Claim | None = None) -> set[str]:
        """The persons, bodies and places a clause names, with the he/she/they it resolves; the "according to X"
        or "in X's opinion" phrase of a claim left out."""
        toks = list(head.subtree)
        if claim is not None and claim.at >= 0 and (src := self.tok.at(claim.at)) is not None and src.doc is head.doc \
                and (src.lower_ == "according" or _in_opinion(src)):
            out = set(src.subtree) | (set(src.head.subtree) if src.head.lower_ == "in" else set())
            toks = [t for t in toks if t not in out]
        if not toks:
            return set()
        ids = {r.id for r in self.ctx.refs_between(self.tok.start(toks[0]), self.tok.end(toks[-1]))
               if r.kind in ("person", "organization", "place")}
        for t in toks:
            if t.lower_ in ("he", "she", "him", "they", "them") and (w := self.att.entity(t)):
                ids.add(w)
        return ids

    def _answers(self, claims: list[_Claim], sents) -> None:
        """A claim that answers an earlier one on the same matter disputes it:
        * one marked as a contrast ("Kollontai, however, insisted that …", "Martov, on the contrary, maintained …",
          "X, for his part, said …", "But Dan insisted …") after a claim by someone else that shares a person,
          body, place or word with it;
        * one that says the opposite ("According to one account, Dzerzhinsky was arrested at a meeting. Dzerzhinsky
          later claimed that he was not arrested at the meeting …"): a negated clause with the earlier one's
          predicate, or a negated clause by one whom the earlier claim is about ("Kamenev later claimed that he
          had never signed it"). Looked for in the same sentence and the two before."""
        starts = [a for a, _, _ in sents]
        for k, c2 in enumerate(claims):
            if c2.claimant is None or c2.clause is None or c2.at < 0:
                continue
            n = max(0, bisect.bisect_right(starts, c2.start) - 3)
            lo = starts[n] if starts else 0
            for c1 in reversed(claims[:k]):
                if c1.start < lo:
                    break
                if c1.clause is None or c1.at >= c2.at or c1.claimant == c2.claimant or c2.claimant in c1.disputed_by:
                    continue
                if self._answer(c1, c2):
                    c1.disputed_by.append(c2.claimant)
                    break

    def _answer(self, c1: _Claim, c2: _Claim) -> bool:
        ents1, ents2 = self._entities(c1.clause, c1), self._entities(c2.clause, c2)
        neg1, neg2 = _negated(c1.clause), _negated(c2.clause)
        if neg2 and not neg1 and (_predicate(c1.clause) == _predicate(c2.clause) or c2.claimant in ents1 and (
                _lemmas(c1.clause) & _lemmas(c2.clause) or _points_back(c2.clause))):
            return True  # "Kamenev later claimed that he had never signed it", not "I was not so wrong as he feared"
        if neg1 != neg2 and _predicate(c1.clause) == _predicate(c2.clause) and ents1 & ents2:
            return True
        lo = c2.start if c1.start < c2.start else self.tok.end(list(c1.clause.subtree)[-1])  # only c2's own words
        hi = self.tok.start(next(iter(c2.clause.subtree)))
        if not any(self._marks(m, c2) for m in CONTRAST.finditer(self.text, lo, max(lo, hi))):
            return False
        return bool(c2.claimant in ents1 or ents1 & ents2 or _lemmas(c1.clause) & _lemmas(c2.clause))

    def _marks(self, m, c2: _Claim) -> bool:
        """Whether a contrastive word marks c2's own verb: no other verb stands between them ("Kamenev, however,
        insisted", "insisted, however, that"; not "… was urged to change his name, but refused, saying that …")."""
        verb = self.tok.at(c2.at)
        word = self.tok.at(m.start())
        if verb is None or word is None or word.doc is not verb.doc:
            return False
        lo, hi = sorted((word.i, verb.i))
        return not any(t.pos_ == "VERB" for t in verb.doc[lo + 1:hi])

    def _nearest(self, target: _Claim | None, a: int) -> _Claim | None:
        """No target when an assertion by no one named stands between it and the dispute in sentence ``a``
        ("Krupskaya's diary records that … Soviet historians maintained that … This seems unlikely": the
        historians' word is doubted, not Krupskaya's)."""
        if target is not None and any(target.start < u < a for u in self.unattributed):
            return None
        return target

    def _attributed(self, sent, a: int, pos: int) -> bool:
        """Whether the correction sits inside someone's reported speech ("X said it was untrue")."""
        return any(t.lemma_.lower() in REPORTING | CLAIM_VERBS and t.pos_ == "VERB" and self.tok.start(t) < pos
                   and _clause(t) is not None and (any(map(self.att.entity, self.att.subjects(t)))
                                                   or _unnamed_source(t, self.att.subjects(t)))  # "some historians say"
                   for t in sent)

    def run(self) -> list[_Claim]:
        sents = list(_sentences(self.ctx))
        claims = [c for a, b, s in sents for c in self.from_sentence(a, b, s)]
        claims += self.from_quotations()
        claims = _dedupe(sorted(claims, key=lambda c: (c.start, c.end)))
        self.disputes(claims, sents)
        return claims


CONTRAST = re.compile(r"\b(?:however|but|yet|nevertheless|nonetheless|on the contrary|for (?:his|her|their|its) part|"
                      r"in contrast|by contrast|on the other hand|instead)\b", re.I)
LIGHT = {"be", "have", "do", "say", "make", "go", "take", "get", "come", "give", "time", "year", "day", "way", "thing",
         "man", "men", "one", "part", "later", "own"}


def _predicate(head) -> str:
    """What a clause says of its subject: its verb, or the complement of "be" ("was present": present)."""
    if head.lemma_.lower() == "be":
        comp = next((c for c in head.children if c.dep_ in ("acomp", "attr")), None)
        if comp is not None:
            return comp.lemma_.lower()
    return head.lemma_.lower()


def _negated(head) -> bool:
    """ "he had never signed it", "was not arrested", "no telegram was sent", "achieved nothing"."""
    for c in head.children:
        if c.dep_ == "neg" or c.lower_ == "never" and c.dep_ == "advmod":
            return True
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and (
                c.lower_ in ("nothing", "nobody", "none", "noone") or any(d.lower_ == "no" for d in c.children)):
            return True
    return False


def _points_back(head) -> bool:
    """ "he had never signed it": the clause's object is "it", "this", "that" or "such a thing"."""
    return any(t.dep_ in ("dobj", "pobj", "nsubjpass") and (t.lower_ in ("it", "this", "that", "them") or any(
        d.lower_ in ("such", "this", "that", "any") for d in t.children)) for t in head.subtree)


def _lemmas(head) -> set[str]:
    """The content words of a clause."""
    return {t.lemma_.lower() for t in head.subtree if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and not t.is_stop
            and t.lemma_.lower() not in LIGHT}


# verbs that take a story or rumour as their object ("the rumour that he had spread"): a relative clause, no content
TELLING = {"tell", "spread", "hear", "write", "repeat", "print", "publish", "invent", "make", "deny", "believe",
           "circulate", "start", "issue", "give", "read", "send", "receive", "report", "accept", "reject", "bring",
           "pass", "hold", "put", "use", "know", "carry", "relate", "recount", "launch", "credit", "dismiss",
           "take", "keep", "break", "fulfil", "fulfill", "honour", "honor", "treat", "regard", "see", "find",
           "follow", "remember", "forget", "quote", "cite", "echo", "copy", "have", "get", "offer", "want"}


def _content_relcl(noun):
    """The content of a claim noun that the parser took for a relative clause ("a rumour that the escaped leader
    had frozen to death": "that" an object of "frozen"): a clause with its own subject, not "that", whose verb
    could not take the noun as its object ("the rumour that he had spread" is a relative clause)."""
    that = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if that is None or that.lower_ != "that":
        return None
    for c in noun.children:
        if c.dep_ != "relcl" or c.i < noun.i or that not in set(c.subtree):
            continue
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i != that.i), None)
        if subj is None or c.lemma_.lower() in TELLING:
            continue
        return c
    return None


def _stray_names(verb) -> list:
    """A name the parser hung on the verb as a modifier while its apposition became the subject ("Petrovsky,
    his fellow exile, later recalled that …": "Petrovsky" an adverb, "exile" the subject)."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].pos_ != "NOUN":
        return []
    return [c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "dep") and c.pos_ == "PROPN"
            and c.i < subj[0].i and c.i + 1 < len(verb.doc) and verb.doc[c.i + 1].text == ","]


# who may assert something without being named: an account, a rumour, a school of historians
SOURCE_NOUNS = {"account", "version", "story", "source", "tradition", "legend", "rumour", "rumor", "report",
                "witness", "eyewitness", "historian", "biographer", "scholar", "contemporary", "observer",
                "commentator", "memoirist", "chronicler", "writer", "testimony", "memoir", "recollection", "gossip"}
# verbs that assert with an empty "it" as subject: "it was later said that …", "it was rumoured that …"
SAID_VERBS = {"say", "claim", "allege", "report", "rumour", "rumor", "assert", "state", "suggest", "maintain",
              "argue", "record", "believe", "whisper", "hint", "write", "tell"}


# verbs of accusing whose charge follows "of" or "with": "accused him of …", "charged him with …"
ACCUSING = {"accuse", "charge", "reproach", "suspect", "convict", "tax", "indict"}
HEARSAY = {"say", "rumour", "rumor", "report", "allege", "believe", "think", "claim", "repute"}  # "was said to have"


def _source_noun(tok) -> bool:
    """ "one account", "some historians", "rumour", "contemporary reports": a source named by no one."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in SOURCE_NOUNS or tok.lower_ in SOURCE_NOUNS) \
        and not any(c.dep_ == "poss" for c in tok.children)


def _has_it(verb) -> bool:
    """ "One account has it that …", "rumour had it that …": "have it that" asserts."""
    return verb.lemma_.lower() == "have" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
        and any(c.dep_ == "ccomp" for c in verb.children)


def _unnamed_source(verb, subjects: list) -> bool:
    """Whether a verb of assertion whose subject names no one still asserts: "Some historians maintain that …",
    "one account has it that …", "it was later said that …" (a claim with no claimant). "He said that …" with
    no one found for "he" is not one."""
    if verb.lemma_.lower() in SAID_VERBS and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
        return True
    return bool(subjects) and (_source_noun(subjects[0]) or _unnamed_person(subjects[0], verb))


def _unnamed_person(tok, verb) -> bool:
    """ "the doctor of the fortress reported that …": the verb's own subject, a person named only by a common
    noun with an article (no possessor, no pronoun): a claim with no claimant."""
    return tok.head == verb and tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and \
        tok.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS and \
        any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "one", "some", "another") for c in tok.children) and \
        not any(c.dep_ == "poss" for c in tok.children)


# what an unnamed agent of "contradicted / disputed by" may be for the author to dispute the claim
# ("this is contradicted by the committee's minutes")
DOCUMENTS = {"minute", "minutes", "record", "records", "document", "documents", "evidence", "archive", "archives",
             "source", "sources", "letter", "letters", "diary", "diaries", "file", "files", "fact", "facts",
             "protocol", "protocols", "report", "reports", "register", "telegram", "telegrams", "newspaper",
             "newspapers", "press", "correspondence", "papers", "account", "accounts", "memoir", "memoirs",
             "testimony", "version", "recollection", "recollections", "notes", "notebook", "notebooks",
             "narrative", "book", "autobiography", "study", "article", "chronicle", "history", "pamphlet"}


# third-person forms of verbs of assertion the parser may read as nouns after a document ("memoirs state")
RECORD_VERB_FORMS = {"state", "states", "record", "records", "claim", "claims", "report", "reports", "assert",
                     "asserts", "say", "says", "maintain", "maintains", "insist", "insists", "show", "shows",
                     "recall", "recalls", "allege", "alleges", "affirm", "affirms", "declare", "declares"}


DISMISSIVE_NOUNS = {"legend", "myth", "lie", "lies", "fabrication", "invention", "fiction", "slander", "nonsense",
                    "fantasy", "forgery", "canard", "falsehood", "calumny", "fairy", "tale", "libel", "rubbish",
                    "fable", "hoax", "smear", "distortion", "falsification"}
DISMISSING_VERBS = {"call", "term", "brand", "label", "dismiss", "describe", "denounce", "declare", "pronounce"}
REFERRING = {"it", "this", "that", "these", "them", "story", "account", "claim", "version", "tale", "report"}


OTHERWISE = {"suggest", "show", "indicate", "say", "claim", "argue", "insist", "maintain", "state", "remember",
             "recall", "record", "tell", "imply", "prove"}  # "… suggests otherwise"
SUPPORTING = {"show", "confirm", "support", "mention", "corroborate", "record", "bear", "prove", "contain"}


def _otherwise(verb) -> bool:
    """ "Kamenev remembered otherwise", "the minutes suggest otherwise": a dispute by the subject."""
    return verb.lemma_.lower() in OTHERWISE and any(c.lower_ == "otherwise" for c in verb.children)


FALSE_WORDS = {"embellish", "embellished", "exaggerate", "exaggerated", "false", "untrue", "invent", "invented",
               "fabricate", "fabricated", "apocryphal", "fanciful", "implausible", "unreliable", "improbable",
               "unlikely", "doubtful", "dubious", "fictitious", "spurious", "mythical", "legendary", "baseless",
               "groundless", "unfounded", "mistaken", "wrong", "inaccurate", "garble", "garbled"}


def _discredits(verb) -> bool:
    """ "Deutscher thought the account embellished", "considered the story exaggerated": a verb of judgement whose
    clause says that what was told back there ("the account", "this story", "it") is false disputes it."""
    if verb.lemma_.lower() not in CLAIM_VERBS:
        return False
    clause = _clause(verb)
    if clause is None or (clause.lemma_.lower() not in FALSE_WORDS and clause.lower_ not in FALSE_WORDS) \
            or any(c.dep_ == "neg" for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.lower_ in ("it", "this", "that") or subj.lemma_.lower() in REFERRING and any(
        d.lower_ in ("the", "this", "that", "his", "her", "their", "such") for d in subj.children))


def _no_evidence(verb) -> bool:
    """ "found / has seen no evidence (proof, trace) that …": a dispute by the subject, or the author's when the
    subject names no one ("Historians have found no evidence that Lenin knew of it")."""
    return verb.lemma_.lower() in ("find", "see", "discover", "uncover") and any(
        o.lemma_.lower() in ("evidence", "proof", "trace", "record", "confirmation", "corroboration")
        and any(d.lower_ == "no" for d in o.children) for o in verb.children if o.dep_ == "dobj")


def _by_documents(verb) -> list:
    """A verb of dispute whose agent is a document, not a person ("is contradicted by the minutes", "was
    refuted by the archives", "the party records contradict this"): the author sets the record against the claim."""
    lemma = verb.lemma_.lower()
    if _otherwise(verb):
        pass  # "Kamenev's testimony suggests otherwise"
    elif lemma in SUPPORTING:  # "Lenin's own letters show no such thing", "the minutes do not confirm it"
        if not (any(c.dep_ == "neg" for c in verb.children) or any(
                o.lower_ in ("nothing", "none") or any(d.lower_ == "no" for d in o.children)
                for o in verb.children if o.dep_ == "dobj")):
            return []
    elif lemma not in DISPUTE_VERBS:
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children):  # "the party records contradict this"
        agents = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return [o for o in agents if _is_document(o)]


def _is_document(tok) -> bool:
    """A record that may say something ("the minutes", "Trotsky's memoirs")."""
    return tok.lemma_.lower() in DOCUMENTS or tok.lower_ in DOCUMENTS


def _possessors(toks) -> list:
    """The possessors of the tokens ("Trotsky's" of "Trotsky's memoirs"): a document's owners."""
    return [c for x in toks for c in x.children if c.dep_ == "poss"]


def _dismissed(verb) -> bool:
    """"Trotsky called it 'a legend invented in 1938'", "dismissed the story as a fabrication": a
    verb of naming whose object points back at what was said and whose complement is a word of
    falsehood disputes it."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if verb.lemma_.lower() == "doubt":  # "Deutscher, his biographer, doubted it"
        return obj is not None and obj.lower_ in ("it", "this", "that", "them")
    if verb.lemma_.lower() not in DISMISSING_VERBS:
        return False
    if obj is None or obj.lower_ not in REFERRING and obj.lemma_.lower() not in REFERRING:
        return False
    return any(t.lemma_.lower() in DISMISSIVE_NOUNS for t in verb.subtree if t.i > obj.i)


OPINION_NOUNS = {"opinion", "view", "judgement", "judgment", "estimation", "estimate", "version",
                 "recollection", "recollections", "reminiscences", "telling"}  # "in his recollection, …"
ACCOUNT_NOUNS = {"recollection", "recollections", "reminiscences", "telling"}  # not "account": "in X's account" was
# tried in round 4 and made false claims of narrative accounts


def _by_an_account(t) -> bool:
    """ "Karetnik, by one account, carried the wounded out": an account (or report, version) of no one after "by",
    set off by commas; not "by all accounts" (no one disputes what all say) nor "by his own account"."""
    if t.lower_ not in ("account", "accounts", "report", "reports", "version", "versions") or t.dep_ != "pobj" \
            or t.head.lower_ != "by" or any(c.dep_ == "poss" for c in t.children):
        return False
    det = next((c for c in t.children if c.dep_ in ("det", "nummod", "amod")), None)
    if det is None or det.lower_ in ("all", "every", "the", "this", "that"):
        return False
    prep = t.head
    return prep.i > t.sent.start and t.doc[prep.i - 1].text == "," and t.i + 1 < t.sent.end and t.doc[t.i + 1].text == ","


def _in_opinion(t) -> bool:
    """"in his opinion", "in the view of the committee": the noun of an opinion after "in"; an account or a
    recollection only as the frame of a clause ("in his recollection the proposal came from X"), not a place
    in it ("nothing in Garibaldi's own account supports it")."""
    return t.lower_ in OPINION_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "in" and _opinion_holder(t) is not None \
        and (t.lower_ in OPINION_NOUNS - ACCOUNT_NOUNS or t.head.head.pos_ in ("VERB", "AUX")) \
        or _by_own_account(t)


def _by_own_account(t) -> bool:
    """"by his own account, he spent a night in X", "by her later account": an account after "by" with its
    possessor, framing the clause of a verb, vouches for that clause as the possessor's; not "by all accounts"
    (no one's) nor "the sum was paid by his account" (an account of money has no possessive frame of a clause
    set off by commas)."""
    if t.lower_ not in ("account", "accounts") or t.dep_ != "pobj" or t.head.lower_ != "by" or \
            t.head.head.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "poss" for c in t.children):
        return False
    prep = t.head
    before = t.doc[prep.i - 1] if prep.i > t.sent.start else None
    after = t.doc[t.i + 1] if t.i + 1 < t.sent.end else None
    return after is not None and (after.text == "," and (before.text in (",", ";", ":") or before.lower_ in (
        "and", "but")) if before is not None else after.pos_ in ("PRON", "PROPN", "NOUN", "DET"))


def _opinion_holder(noun):
    """Whose opinion: the possessor ("his opinion") or the object of "of" ("the view of X")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return owner


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _nested(a: _Claim, b: _Claim) -> bool:
    return a.start <= b.start and b.end <= a.end or b.start <= a.start and a.end <= b.end


def _dedupe(claims: list[_Claim]) -> list[_Claim]:
    """One claim per assertion: the same content again, or a claimant's quotation inside the
    sentence that already reports it ("wrote that the cold was 'unbearable'"), is dropped."""
    out: list[_Claim] = []
    for c in claims:
        words = _words(c.content)
        if any(o.claimant == c.claimant and (o.content == c.content or _nested(o, c) and words and (
                words.split(" ")[0] in _words(o.content).split(" ") or _words(o.content).split(" ")[0] in words.split(" ")))
               for o in out[-4:]):
            continue
        out.append(c)
    return out


def run(ctx: DocContext) -> dict[str, list]:
    """The claim stage: ``{"claims": [Claim, ...]}``; reads ``ctx.facts["quotations"]`` when present."""
    quotations = list(ctx.facts.get("quotations", []))
    found = ClaimFinder(ctx, quotations).run()
    return {"claims": [Claim(f"{ctx.doc_id}-c{n}", c.claimant, c.content, tuple(c.disputed_by),
                             ctx.span(c.start, c.end), c.by_author) for n, c in enumerate(found, 1)]}
