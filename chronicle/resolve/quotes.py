"""Quotations: direct speech and quoted writing, with speaker and addressee.

Three steps, each a small function:

1. :func:`find_segments` scans the text paragraph by paragraph for quoted stretches.
   The document's main quote style is chosen first (double marks, or single marks
   when a text uses them for speech); marks of the other style inside a quotation
   are nested and belong to it. A paragraph left open continues when the next
   paragraph opens with a quote mark (the printer's convention for long speeches);
   otherwise the quotation ends with its paragraph. A paragraph ending in a colon
   after a verb of speech or writing ("… said:", "… resolved as follows:") sets off
   the paragraph after it as a *block* quotation; its span starts at the introducing
   sentence and takes in the list entries after it (:func:`merge_blocks`).
2. :func:`is_quotation` drops what is quoted but not said: titles (Title Case after
   "entitled", a work noun or a possessive author) and short labels or scare quotes
   (three words or fewer, no closing sentence punctuation, no speech cue nearby); a
   quotation that is a paragraph by itself is a turn of dialogue and is kept.
3. :class:`Attributor` finds the speaker: the subject of a speech verb beside the
   quotation ("X said", "said X", "according to X", "X’s answer was"), a pronoun
   resolved to the latest compatible person, a body named in the subject ("the organ
   of X said:"), any verb carrying on the sentence of a quotation that ends in , ! ?
   ("…?” he challenged"), "cried the child", the name opening a tag the parser left without a subject ("‘…,’
   Jacques Sadoul, the French officer, wrote to Albert Thomas"), the named person of a cleft lead-in ("It was
   Rainsborough who gave them their sentence: ‘…’") and the writer of a diary or letter that quotes ("Her diary
   gives him a single line – ‘…’"); a clause joined by "and" after the quotation is not its tag. Then, for dialogue turns (one paragraph,
   one turn): the person narrated in the sentence just before the turn ("The doctor bent
   down. “…”", "one of the strangers spoke") or heard there ("He heard her speak."), the person
   the turn before addressed ("she whispered to the nurse"), the alternation of a two-person conversation (two turns back, the other
   of the two latest speakers, the person the turn before addressed by name, or, with one
   known speaker, the other person narrated just before the conversation), and last a
   named subject narrated nearby. An unnamed person ("an old woman … she said") who
   outranks the named antecedents of he/she leaves the speaker unresolved; one brought in
   by "a"/"there was" ("a matronlike Quaker woman") holds the pronoun chain after it. A
   phrase quoted inside the narrated sentence it closes takes no tag from the next
   sentence ("denouncing “this Government of civil war.” One Sunday we went"). he/she/they
   are resolved along their chain: an earlier pronoun of the same kind within three
   sentences stands for what it resolved to, so a page of "she" keeps its heroine. A
   quotation right after the tag of the one before, in one paragraph, goes on with its
   speaker; "she was told" makes her the addressee, not the speaker. A speech broken by
   stage directions ("(Cries, “…”)", "(Laughter.)") goes on with its speaker; the words after
   a crowd noun ("cries of “…”") are no one's. Italic marks of plain-text editions
   ("an editorial from the London _Times_ which said") are read through, not as words.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..annotate.lexicon import ROLE_NOUNS
from ..context import DocContext
from ..record import Quotation
from .clauses import FEMALE_NOUNS, HE, dominates, MALE_NOUNS, NEUTRAL_NOUNS, PERSON_NOUNS, SHE, STRANGER, name_phrase_head, role_weight as _role_weight, shared_reader, stranger

OPEN_DOUBLE, CLOSE_DOUBLE = "“„", "”"
OPEN_SINGLE, CLOSE_SINGLE = "‘", "’"
ELISIONS = ("'tis", "'twas", "'twere", "'twill", "'em", "'ere", "'cause", "'tween")

SPEECH_LEMMAS = {
    "say", "tell", "ask", "reply", "answer", "declare", "exclaim", "cry", "shout", "whisper", "write",
    "recall", "remark", "add", "continue", "explain", "insist", "protest", "announce", "report", "observe",
    "murmur", "mutter", "repeat", "rejoin", "retort", "respond", "call", "scream", "yell", "roar", "groan",
    "sigh", "proclaim", "resolve", "state", "read", "put", "demand", "urge", "plead", "beg", "suggest",
    "interrupt", "thunder", "growl", "snap", "stammer", "sob", "inquire", "enquire", "query", "assure",
    "warn", "promise", "admit", "confess", "agree", "object", "persist", "conclude", "concede", "interpose",
    "cry", "breathe", "begin", "go", "return", "laugh", "whimper", "hiss", "gasp", "shriek", "bellow",
    "comment", "telegraph", "wire", "proceed", "sing", "pray", "rejoice", "argue", "claim", "maintain",
    "assert", "affirm", "aver", "allege", "express", "inform", "acknowledge", "confide", "counter",
    "venture", "note", "think", "raise", "implore", "entreat", "beseech", "exhort", "chant", "grumble", "preach",
    "complain", "boast", "lament",
    "remember",  # a memoir's words: "‘…,’ she remembered", "as she remembered, ‘…’", "Charles remembered it:"
}
NARROW_SPEECH = SPEECH_LEMMAS - {"go", "begin", "put", "read", "think", "raise", "express", "return",
                                 "laugh", "sigh", "continue", "proceed", "note", "call", "pray", "sing"}
SPEECH_NOUNS = {"answer", "reply", "words", "word", "response", "retort", "cry", "question", "remark",
                "comment", "slogan", "motto", "mottoes", "mottos", "watchword", "inscription", "sign",
                "signs", "shout", "exclamation", "message", "telegram", "letter", "resolution", "formula",
                "chorus", "proclamation", "appeal", "manifesto", "declaration", "verdict"}
BODY_HEADS = {  # "a Congress of delegates … passed": a body; "bawled a Red Guard": one of its men
    "congress", "committee", "council", "soviet", "meeting", "conference", "union", "party", "assembly",
    "government", "duma", "fleet", "army", "regiment", "company", "society", "club", "league", "federation",
    "ministry", "commission", "bureau", "board", "court", "church", "college", "school", "university", "corps",
    "group", "section", "front", "organisation", "organization", "association", "convention", "parliament",
    "senate", "cabinet", "staff", "garrison", "division", "battalion", "brigade", "delegation", "mission",
    "newspaper", "paper", "journal", "gazette", "press", "house", "office", "department", "bank", "firm",
}
CROWD_NOUNS = {"cry", "shout", "scream", "yell", "roar", "howl", "jeer", "cheer", "exclamation", "murmur",
               "groan", "hiss", "whistle", "clamour", "clamor"}  # "cries of “Resignation!”": a crowd's words
VOICE_NOUNS = {"voice", "voices", "lips", "pen"}  # "Lenin’s great voice roaring, “…”"
WIRE_NOUNS = {"wire", "cable", "telegram", "dispatch", "despatch"}  # "X’s wire was brief: ‘…’"
WORK_NOUNS = {"book", "books", "play", "plays", "novel", "poem", "poems", "article", "essay", "pamphlet",
              "song", "opera", "story", "paper", "journal", "newspaper", "film", "drama", "comedy",
              "tragedy", "ballad", "burlesque", "farce", "piece", "chapter", "volume", "series",
              "revival", "production", "picture", "painting", "hymn", "magazine", "treatise", "tract",
              "work", "works", "headline", "heading", "title", "column", "leaflet", "brochure", "review"}
WORDS_NOUNS = SPEECH_NOUNS | {"reflection", "thought", "idea", "question", "observation", "speech", "phrase",
                              "sentence", "saying", "exclamation", "rejoinder", "thing"}  # said, not sayers
NAMING_WORDS = {"entitled", "titled", "called", "named", "styled", "dubbed", "termed", "known"}
MINOR_WORDS = {"of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "by", "with", "from", "or",
               "de", "la", "le", "von", "van", "der", "du"}
INTRO_VERBS = SPEECH_LEMMAS | {"follow", "run", "write", "print", "publish", "issue", "pass", "adopt",
                               "telegraph", "wire", "append"}
LISTENER_VERBS = {"tell", "ask", "answer", "assure", "inform", "warn", "beg", "urge", "promise", "remind"}
HEAR_LEMMAS = {"hear", "overhear"}
CONVERSATION_GAP = 800  # characters of narration that still leave two turns in one conversation
BLOCK_LIST_ITEM = re.compile(r"[A-Z][\w’'.\- ]{0,40}:\s")
PLURAL = {"they", "them", "their", "themselves"}
FIRST_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
# others round a person: "Stalin's biographers rejected this" is not Stalin rejecting it
ENTOURAGE_NOUNS = {
    "biographer", "historian", "follower", "supporter", "critic", "admirer", "opponent", "enemy", "ally",
    "colleague", "comrade", "associate", "lieutenant", "aide", "adviser", "advisor", "disciple", "successor",
    "defender", "detractor", "accuser", "rival", "editor", "translator", "people", "men",
}
# what a person writes that may speak for its writer ("Trotsky's memoir … : it names no party agent")
BODY_PAPERS = {"proclamation", "resolution", "manifesto", "declaration", "decree", "order", "statement", "appeal",
               "protocol", "minutes", "report", "communique", "communiqué", "circular", "announcement", "ordinance",
               "edict", "bulletin", "programme", "program", "platform", "charter", "petition", "address"}
AUTHORED_NOUNS = {"memoir", "memoirs", "diary", "diaries", "letter", "letters", "book", "autobiography", "narrative",
                  "account", "recollections", "reminiscences", "notebook", "notebooks", "journal", "article",
                  "pamphlet", "testimony", "history", "study", "biography"}



@dataclass
class Segment:
    """A quoted stretch: ``text[start:end]`` including its marks (``kind`` direct|block)."""

    start: int
    end: int
    para: int  # index of the paragraph it starts in
    kind: str = "direct"
    closed: bool = True
    end_para: int = -1  # index of the paragraph it ends in (blocks merged over several paragraphs)
    quote_start: int = -1  # a block's first quoted paragraph (``start`` moves to its introducing sentence)

    def __post_init__(self) -> None:
        if self.end_para < 0:
            self.end_para = self.para

    def inner(self, text: str) -> str:
        if self.kind == "block":
            return re.split(r":\s*\n\s*\n", text[self.start:self.end], maxsplit=1)[-1].strip()
        return text[self.start + 1:self.end - (1 if self.closed else 0)].strip()


# ---------------------------------------------------------------- paragraphs and marks

def paragraphs(ctx: DocContext) -> list[tuple[int, int]]:
    """The document's paragraphs: the ingested ones, else blank-line blocks of each parsed chunk."""
    if ctx.paragraphs:
        return sorted((a, b) for a, b in ctx.paragraphs if ctx.text[a:b].strip())
    out = []
    for ch in ctx.chunks:
        base, body = ch.offset, ctx.text[ch.offset:ch.offset + len(ch.doc.text)]
        pos = 0
        for m in re.finditer(r"\n[ \t]*\n\s*", body):
            if body[pos:m.start()].strip():
                out.append(_trim(ctx.text, base + pos, base + m.start()))
            pos = m.end()
        if body[pos:].strip():
            out.append(_trim(ctx.text, base + pos, base + len(body)))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def quote_style(text: str) -> str:
    """``double`` unless the text marks speech with single quotes only."""
    doubles = sum(text.count(c) for c in OPEN_DOUBLE) + text.count('"') // 2
    singles = text.count(OPEN_SINGLE) + len(re.findall(r"(?:^|(?<=[\s(\[—-]))'(?=[A-Za-z])", text))
    if not doubles:
        return "single" if singles else "double"  # a short British passage: one ‘…’ is enough
    return "single" if singles > 3 * doubles + 2 else "double"


def _mark(text: str, i: int, style: str) -> str | None:
    """'open', 'close', 'either' or None for the character at ``i``."""
    c = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if style == "double":
        if c in OPEN_DOUBLE:
            return "open"
        if c == CLOSE_DOUBLE:
            return "close"
        if c != '"':
            return None
    else:
        if c == OPEN_SINGLE:
            return "open"
        if c not in (CLOSE_SINGLE, "'"):
            return None
        if prev.isalnum() and nxt.isalnum():
            return None  # apostrophe inside a word
        if c == "'" and text[i:i + 6].lower().startswith(ELISIONS):
            return None
        if c == CLOSE_SINGLE:
            return "close" if not nxt.isalnum() else None
    before_space = prev.isspace() or prev in "([{—-–"
    after_space = nxt.isspace() or nxt in ".,;:!?)]}—-–"
    if before_space and not after_space:
        return "open"
    if after_space and not before_space:
        return "close"
    return "either"


def find_segments(text: str, paras: list[tuple[int, int]], style: str | None = None) -> list[Segment]:
    """Quoted stretches in reading order (see the module docstring)."""
    style = style or quote_style(text)
    segs: list[Segment] = []
    open_at: int | None = None
    open_para = 0
    for k, (a, b) in enumerate(paras):
        i = a
        if open_at is not None and _mark(text, a, style) in ("open", "either"):
            i = a + 1  # the long speech goes on in this paragraph
        elif open_at is not None:
            segs.append(Segment(open_at, paras[k - 1][1], open_para, closed=False))
            open_at = None
        for i in range(i, b):
            m = _mark(text, i, style)
            if m is None:
                continue
            if open_at is None and m in ("open", "either"):
                open_at, open_para = i, k
            elif open_at is not None and m in ("close", "either"):
                if style == "single" and _inner_possessive(text, i, b):
                    continue  # ‘Trotsky was the idol of the soldiers’ meetings,’: an apostrophe
                segs.append(Segment(open_at, i + 1, open_para))
                open_at = None
            elif open_at is not None and m == "open" and text[open_at:i].strip():
                segs.append(Segment(open_at, _trim(text, open_at, i)[1], open_para, closed=False))
                open_at, open_para = i, k
        if open_at is not None and k + 1 == len(paras):
            segs.append(Segment(open_at, b, open_para, closed=False))
    return [s for s in segs if s.inner(text)]


def _inner_possessive(text: str, i: int, b: int) -> bool:
    """Whether the ’ at ``i``, after an "s" and before a lower-case word, is a plural possessive
    inside the open quotation ("the soldiers’ meetings"): a plain closing mark follows later in the
    paragraph before any new opening one."""
    def ambiguous(j: int) -> bool:
        return text[j - 1:j] in ("s", "S") and re.match(r"[ \t\n]+[a-z]", text[j + 1:j + 3]) is not None
    if not ambiguous(i):
        return False
    for j in range(i + 1, b):
        m = _mark(text, j, "single")
        if m == "open":
            return False
        if m in ("close", "either") and not ambiguous(j):
            return True
    return False


def find_blocks(text: str, paras: list[tuple[int, int]], segs: list[Segment],
                intro_ok=lambda a, b: True) -> list[Segment]:
    """Paragraphs set off after a paragraph ending in a colon, not themselves quoted."""
    quoted = {s.para for s in segs if s.start == paras[s.para][0]}  # paragraphs that open quoted
    out = []
    for k in range(len(paras) - 1):
        a, b = paras[k]
        if not text[a:b].rstrip().endswith(":") or k + 1 in quoted or not intro_ok(a, b):
            continue
        na, nb = paras[k + 1]
        if _mark(text, na, "double") or _mark(text, na, "single") == "open":
            continue
        out.append(Segment(na, nb, k + 1, kind="block"))
        j = k + 2
        while j < len(paras) and j not in quoted:
            pa, pb = paras[j]
            if not BLOCK_LIST_ITEM.match(text[pa:pb]) or text[paras[j - 1][0]:paras[j - 1][1]].rstrip().endswith(":"):
                break
            out.append(Segment(pa, pb, j, kind="block"))
            j += 1
    return out


# ---------------------------------------------------------------- quotation or label?

def _words_before(text: str, start: int, n: int = 4) -> list[str]:
    return re.findall(r"[\w’']+", text[max(0, start - 60):start])[-n:]


def is_title(text: str, seg: Segment) -> bool:
    """Title Case words named as a work: after "entitled", a work noun or a possessive author."""
    inner = seg.inner(text)
    if inner.endswith("!"):
        return False  # called her “Comrade!”: a cry, not a name
    if not _title_case(inner):
        return False
    before = [w.lower() for w in _words_before(text, seg.start, 3)]
    left = text[max(0, seg.start - 3):seg.start].rstrip()
    possessive = left.endswith(("’s", "'s", "s’", "s'"))
    return bool(possessive or set(before[-2:]) & NAMING_WORDS or (before and before[-1] in WORK_NOUNS))


def _title_case(inner: str) -> bool:
    """Whether every word is capitalised, save short function words (“Death of Ivan the Terrible”)."""
    words = re.findall(r"[\w’'-]+", inner.rstrip(".,;:?"))
    return bool(words) and all(w[:1].isupper() or w.lower() in MINOR_WORDS or w[:1].isdigit() for w in words)


def is_quotation(text: str, seg: Segment, speech_near: bool, reported: bool = False) -> bool:
    """Keep speech; drop titles and labels or scare quotes (see the module docstring). A ``reported`` phrase,
    one in the clause a person's verb of speech governs ("X wrote that the city was “surrounded”"), is kept."""
    if seg.kind == "block":
        return True
    if is_title(text, seg):
        return False
    if reported:
        return True
    inner = seg.inner(text)
    words = re.findall(r"[\w’'-]+", inner)
    if len(words) > 5 or inner.endswith(("!", "?", "…")):
        return True
    left = text[max(0, seg.start - 3):seg.start].rstrip()
    if left.endswith(("’s", "'s", "s’", "s'")):
        return True  # a writer's own phrase: Carlyle’s “flood of French speech”
    if inner[-1:].isalnum() and re.match(r"[ \t\n]+\w", text[seg.end:seg.end + 3]) and \
            not {w.lower() for w in _words_before(text, seg.start, 3)} & SPEECH_NOUNS and \
            not {w.lower() for w in _words_before(text, seg.start, 2)} & SAID_FORMS:
        return False  # part of a noun phrase: the “moderate” Socialists, “undesirable” elements
    if speech_near or _whole_paragraph(text, seg):
        return True
    outside = text[seg.end:seg.end + 1] == "." and seg.closed and not _title_case(inner)  # ‘…gallery’.6
    return len(words) > 3 and (inner.endswith(".") or outside) or inner.endswith(".") and _sentence_ends_after(text, seg.end)


REPLY_LEMMAS = {"reply", "answer", "rejoin", "retort", "return", "respond"}  # "…,” replied he: the one spoken to
# the past of a verb of speech right before a short quotation: "he said not ‘Kiss me’ but …" quotes words
SAID_FORMS = {"said", "cried", "wrote", "answered", "replied", "shouted", "whispered", "uttered", "exclaimed",
              "murmured", "called", "telegraphed", "signalled", "signaled"}


def _whole_paragraph(text: str, seg: Segment) -> bool:
    """A quotation that is a paragraph by itself is a turn of dialogue (“Georgia.”)."""
    left = text[max(0, seg.start - 2):seg.start]
    right = text[seg.end:seg.end + 2]
    return seg.closed and (seg.start == 0 or left.endswith("\n")) and (not right.strip() or right.startswith("\n"))


def _sentence_ends_after(text: str, end: int) -> bool:
    rest = text[end:end + 8].lstrip(".…!? \t\n")
    return not rest or rest[:1] in "[(" or rest[:1].isupper()


# ---------------------------------------------------------------- tokens by offset

@dataclass
class TokenIndex:
    """spaCy tokens of every chunk, found by character offset in the original text."""

    starts: list[int] = field(default_factory=list)
    tokens: list = field(default_factory=list)

    @classmethod
    def build(cls, ctx: DocContext) -> "TokenIndex":
        ix = cls()
        for ch in ctx.chunks:
            for t in ch.doc:
                ix.starts.append(ch.offset + t.idx)
                ix.tokens.append(t)
        ix.offset = {id(ch.doc): ch.offset for ch in ctx.chunks}
        return ix

    def between(self, a: int, b: int) -> list:
        i, j = bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, b)
        return self.tokens[i:j]

    def at(self, pos: int):
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.tokens[i] if i >= 0 else None

    def start(self, tok) -> int:
        return self.offset[id(tok.doc)] + tok.idx

    def end(self, tok) -> int:
        return self.start(tok) + len(tok.text)


# ---------------------------------------------------------------- who speaks

class Attributor:
    """Resolve the speaker (or claimant) behind a token: names, pronouns, bodies."""

    def __init__(self, ctx: DocContext, tokens: TokenIndex, quoted: list[tuple[int, int]] = (), unnamed: bool = False):
        self.ctx, self.tok = ctx, tokens
        self.unnamed = unnamed  # an unnamed person ("the woman") may outrank the named antecedents of he/she
        self.gender = {p.id: p.gender for p in ctx.persons}
        self.kinds = {r.id: r.kind for r in ctx.refs}
        self.quoted = sorted(quoted)
        self.ref_starts = [r.start for r in ctx.refs]
        first = [r.id for r in ctx.refs if r.kind == "person" and ctx.text[r.start:r.end].lower() in ("i", "me")]
        self.narrator = first[0] if first else None  # "we asked" outside a quotation: the narrator's party
        self.sent_starts = sorted(tokens.offset[id(ch.doc)] + sent.start_char for ch in ctx.chunks for sent in ch.doc.sents)
        paras = paragraphs(ctx)
        self.para_starts = [a for a, _ in paras]
        self.narrated_paras, n = [], 0  # paragraphs counted without those that only quote (a long speech)
        for a, b in paras:
            n += self._narrates(a, b)
            self.narrated_paras.append(n)
        self._chain: dict[tuple[str, int], str | None] = {}  # resolved he/she/they tokens, by gender and offset
        self._surnames: dict[str, list[tuple[int, str]]] | None = None  # last word of a person's full name -> refs
        self._names: dict[str, list[tuple[int, str]]] = {}  # a person's one-word name -> refs

    def _narrated_back(self, here: int, n: int) -> int:
        """The sentence ``n`` sentences before ``here``, not counting sentences within quotations (a long
        quoted letter does not push its writer's "she" out of reach)."""
        k = here
        while k > 0 and n > 0:
            k -= 1
            if not self.inside_quote(self.sent_starts[k] + 1):
                n -= 1
        return k

    def para_no(self, pos: int) -> int:
        """The ordinal of the paragraph holding ``pos``."""
        return bisect.bisect_right(self.para_starts, pos) - 1

    def narrated_para_no(self, pos: int) -> int:
        """The ordinal of the paragraph holding ``pos``, not counting paragraphs that only quote."""
        i = self.para_no(pos)
        return self.narrated_paras[i] if i >= 0 else 0

    def _narrates(self, a: int, b: int) -> bool:
        """Whether a paragraph tells something outside its quotations ("(Uproar from the Left.)" does not)."""
        i = bisect.bisect_right(self.quoted, (a, 10**12)) - 1
        i = max(i, 0)
        pos, letters = a, 0
        while i < len(self.quoted) and self.quoted[i][0] < b:
            qa, qb = self.quoted[i]
            if qb > pos:
                letters += sum(ch.isalpha() for ch in self.ctx.text[pos:max(pos, qa)])
                pos = max(pos, qb)
            i += 1
        letters += sum(ch.isalpha() for ch in self.ctx.text[pos:b])
        return letters >= 40

    def sent_no(self, pos: int) -> int:
        """The ordinal of the sentence holding ``pos`` (sentences of all chunks, in text order)."""
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted, (pos, 10**12)) - 1
        return i >= 0 and self.quoted[i][0] < pos < self.quoted[i][1]

    def entity(self, tok, exclude: str | None = None) -> str | None:
        """The person or organization a subject token stands for."""
        if tok is None:
            return None
        low = tok.lower_
        ref = self._ref_over(self.tok.start(tok), self.tok.end(tok))
        if ref and self.kinds.get(ref) == "organization" and self._one_member(self.tok.start(tok)):
            return None  # "bawled a Red Guard": one member, not the body
        if ref and ref != exclude:
            return ref  # a name, or a pronoun the entity stage resolved ("I" for the narrator)
        if low in ("we", "us") and self.narrator and not self.inside_quote(self.tok.start(tok)):
            return self.narrator
        if low == "it" and (w := self.document_owner(tok)):
            return w  # "Trotsky's memoir is against Reshetov: it names no party agent"
        if tok.pos_ == "PRON" or low in HE | SHE | PLURAL:
            return self.pronoun(low, self.tok.start(tok), exclude)
        if low in ("who", "which", "that"):
            return None
        if tok.lemma_.lower() in PERSON_NOUNS | ENTOURAGE_NOUNS and any(c.dep_ == "poss" for c in tok.children):
            named = [c for c in tok.children if c.dep_ == "appos"]  # "Mandelstam's wife, Nadezhda"
            return next((self._ref_over(self.tok.start(c), self.tok.end(c)) for c in named
                         if self._ref_over(self.tok.start(c), self.tok.end(c))), None)  # "Trotsky's wife recalled"
        sub = list(tok.subtree)
        a, b = self.tok.start(sub[0]), self.tok.end(sub[-1])
        lemma = tok.lemma_.lower()
        person_noun = tok.pos_ == "NOUN" and (lemma in PERSON_NOUNS | ROLE_NOUNS or lemma.endswith(("man", "woman")))
        for r in self.ctx.refs_between(a, b):
            if r.kind in ("person", "organization") and not self.inside_quote(r.start):
                if r.kind == "person" and self._beside(self.tok.at(r.start), tok, person_noun):
                    continue  # "a man who sat beside me", "a young workman near me" is not me
                return self._widen(r, b)
        return self._body_named_before(tok) or self._surname(tok) or self._definite(tok) or self._name_missed(tok)

    def _definite(self, tok) -> str | None:
        """The person a definite role or title noun takes up ("the Emperor told Raevsky", "The old prince listened
        … and told him", "The landlady … later told the officer", "by the general’s own account"): the one person
        named before with that word as the title of a name ("General Raevsky"), else the last person named (not
        a pronoun) in its sentence or the one before, of a gender the noun allows. Generic nouns of a person ("the
        man", "the woman") and plurals are left alone."""
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in ("NN", "NNP") or lemma not in TITLE_NOUNS or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        pos = self.tok.start(tok)
        persons = [r for r in self.ctx.refs if r.kind == "person" and r.start < pos and not self.inside_quote(r.start)
                   and self.ctx.text[r.start:r.end].lower() not in FIRST_PERSON | HE | SHE | PLURAL]
        text = self.ctx.text
        titled = {r.id for r in persons if text[r.start:r.end].split()[0].lower() == lemma  # "General Raevsky"
                  or text[max(0, r.start - len(lemma) - 1):r.start].strip().lower() == lemma}  # the title left out
        if len(titled) == 1:
            return titled.pop()
        want = "f" if lemma in FEMALE_NOUNS | FEMALE_TITLES else "m" if lemma in MALE_NOUNS | MALE_TITLES else None
        here = self.sent_no(pos)
        for r in reversed(persons):
            if here - self.sent_no(r.start) > 1:
                break
            if want is None or self.gender.get(r.id) in (want, "unknown"):
                return r.id
        return None

    def document_owner(self, tok) -> str | None:
        """Whose writing the subject "it" stands for: the nearest subject before it, in its sentence or the one
        before, that is a person's writing ("Trotsky's own memoir, My Life, … is flatly against Reshetov: it names
        no party agent"); None when a nearer subject is anything else."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        sent = tok.sent
        prev = tok.doc[sent.start - 1].sent if sent.start > 0 else None
        toks = [t for t in (list(prev) if prev is not None else []) + list(sent) if t.i < tok.i]
        for t in reversed(toks):
            if t.dep_ not in ("nsubj", "nsubjpass") or self.inside_quote(self.tok.start(t)):
                continue
            if t.pos_ != "NOUN" or t.lemma_.lower() not in AUTHORED_NOUNS and t.lower_ not in AUTHORED_NOUNS:
                return None
            owner = next((c for c in t.children if c.dep_ == "poss"), None)
            if owner is None or owner.lower_ in ("its", "their"):
                return None
            w = self.entity(owner)
            return w if w and self.kinds.get(w) == "person" else None
        return None

    def _surname(self, tok) -> str | None:
        """A surname the tagger did not take for a name ("Forbes later claimed", with "Hugh Forbes" named
        before): the one person named before whose name ends in that capitalised word."""
        if tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper() or not tok.is_alpha \
                or any(c.dep_ in ("det", "amod", "compound", "poss") for c in tok.children):
            return None
        self._name_tables()
        pos = self.tok.start(tok)
        hits = {i for end, i in self._surnames.get(tok.text, ()) if end <= pos}
        return hits.pop() if len(hits) == 1 else None

    def _name_tables(self) -> None:
        if self._surnames is None:
            self._surnames, self._names = {}, {}
            for r in self.ctx.refs:
                words = self.ctx.text[r.start:r.end].split()
                if r.kind == "person" and len(words) > 1:
                    self._surnames.setdefault(words[-1], []).append((r.end, r.id))
                if r.kind == "person" and len(words) == 1:
                    self._names.setdefault(words[0], []).append((r.end, r.id))

    def _name_missed(self, tok) -> str | None:
        """A person's name the tagger missed here though it took it for a name before ("That May Sverdlov wrote",
        with "May Sverdlov" read as one name, "‘…,’ Connolly wrote to O’Brien" with "Connolly" tagged an adverb):
        the one person earlier named by that word alone or ending in it. A word of another part of speech counts
        only inside its sentence, where its capital marks a name."""
        if tok.pos_ not in ("PROPN", "NOUN", "ADV", "ADJ") or tok.pos_ != "PROPN" and tok.i == tok.sent.start or \
                not tok.text[:1].isupper() or not tok.is_alpha or \
                any(c.dep_ == "poss" for c in tok.children) or self._ref_over(self.tok.start(tok), self.tok.end(tok)):
            return None
        self._name_tables()
        pos = self.tok.start(tok)
        hits = {i for end, i in self._names.get(tok.text, []) + self._surnames.get(tok.text, []) if end <= pos}
        return hits.pop() if len(hits) == 1 else None

    def _one_member(self, pos: int) -> bool:
        """Whether the body named at ``pos`` is taken as one of its members: "a Red Guard", "a Cossack"."""
        i = bisect.bisect_right(self.ref_starts, pos) - 1
        r = self.ctx.refs[i] if i >= 0 and self.ctx.refs[i].start <= pos < self.ctx.refs[i].end else None
        if r is None:
            return False
        before = re.findall(r"[A-Za-z]+", self.ctx.text[max(0, r.start - 30):r.start])
        words = re.findall(r"[A-Za-z]+", self.ctx.text[r.start:r.end])
        return bool(before) and before[-1].lower() in ("a", "an", "another") and bool(words) and \
            words[-1].lower() not in BODY_HEADS and not words[-1].lower().endswith("s")  # not "a Congress of …"

    def _body_named_before(self, tok) -> str | None:
        """The body that "the committee", "the congress" takes up: the latest organization named in this
        paragraph or the one before whose name ends in that noun ("The Petersburg Committee met … After a
        long debate the committee resolved: ‘…’")."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in ("amod", "compound", "poss", "prep") for c in tok.children):
            return None
        pos = self.tok.start(tok)
        para = self.para_no(pos)
        i = bisect.bisect_left(self.ref_starts, pos) - 1
        while i >= 0 and self.ctx.refs[i].start > pos - 3000:
            r = self.ctx.refs[i]
            i -= 1
            if self.para_no(r.start) < para - 1:
                break
            if r.kind != "organization" or self.inside_quote(r.start):
                continue
            last = re.findall(r"[A-Za-z]+", self.ctx.text[r.start:r.end])
            if last and last[-1].lower() == tok.lower_:
                return r.id
        return None

    def _beside(self, t, head, person_noun: bool) -> bool:
        """Whether a person named in a noun's phrase only stands beside it: the narrator ("a man who
        sat beside me"), or, for a person noun, a prepositional phrase ("a workman near Lenin", "the
        wife of Trotsky"), not an example ("writers like Volkogonov") or an agent ("pronounced by Lord
        John Russell")."""
        if t is None or t.i == head.i:
            return False
        if t.lower_ in FIRST_PERSON:
            return True
        if not person_noun:
            return False
        for _ in range(12):
            if t.i == head.i or t.head.i == t.i:
                return False
            if t.dep_ == "prep" and t.lower_ not in ("by", "like", "as", "including", "among"):
                return True
            t = t.head
        return False

    def _widen(self, r, limit: int) -> str:
        """The body a name broken by a line end really names: "Socialist\nRevolutionary leaders"
        where only "Socialist" was recognised is the Socialist Revolutionaries' if that body is
        known by the longer name."""
        if r.kind != "organization":
            return r.id
        run = re.match(r"(?:\s+[A-Z][\w’'-]*)+", self.ctx.text[r.end:limit])
        if not run:
            return r.id
        words = " ".join((self.ctx.text[r.start:r.end] + run.group(0)).split())
        best, best_n = r.id, len(" ".join(self.ctx.text[r.start:r.end].split()))
        for org in self.ctx.organizations:
            for name in (org.name, *org.aliases):
                name = " ".join(name.split())
                if len(name) > best_n and (words == name or words.startswith(name + " ")):
                    best, best_n = org.id, len(name)
        return best

    def _ref_over(self, a: int, b: int, kinds: tuple[str, ...] = ("person", "organization")) -> str | None:
        r = self.ctx.ref_at(a, b)
        if r is None or not (r.start < b and a < r.end):  # a word inside a longer name: "Dielo" of "Dielo Naroda"
            i = bisect.bisect_right(self.ref_starts, a) - 1
            r = self.ctx.refs[i] if i >= 0 and self.ctx.refs[i].start <= a < self.ctx.refs[i].end else r
        return r.id if r and r.kind in kinds and r.start < b and a < r.end else None

    def pronoun(self, low: str, pos: int, exclude: str | None = None, depth: int = 0) -> str | None:
        """The most salient compatible person (or body, for "they") before ``pos``, outside
        quotations: subjects outrank objects, and each sentence back costs salience. A pronoun of
        the same gender in the window stands for what it resolves to ("Florence … She procured
        socks; she had trousers made. “…,” she told Sidney Herbert"), so a chain of pronouns
        reaches a name more than three sentences back. A chain an unnamed person took up ("a
        matronlike Quaker woman … she saw … she took me aside") stays with that stranger: None."""
        who = self._pronoun(low, pos, exclude, depth)
        if who not in (None, STRANGER) and depth == 0 and low in ("he", "she") and not self._answering(pos) \
                and not self._own_evidence(low, pos):
            read = self._read(pos)  # of two named persons, the Reader's; an unnamed person found here stays
            if read is not None and read != exclude and not self._own_stands(who, read, low):
                return None if read == STRANGER else read
        return None if who == STRANGER else who

    def _own_stands(self, own: str, read: str, low: str) -> bool:
        """Where this resolver and the Reader name two different persons for a he/she, this one's stands when it
        names the person the text is about and the Reader someone else ("Pepys read the letter and never forgave
        him. Yet … he could write", the Reader taking up the "him"), or a person of the pronoun's gender where the
        Reader's is of unknown gender (a place name read as a person for "she")."""
        if read == STRANGER:
            return False
        main = self._main_person()
        if main is not None and own == main:
            return True
        want = "m" if low in HE else "f"
        return self.gender.get(own) == want and self.gender.get(read) == "unknown"

    def _own_evidence(self, low: str, pos: int) -> bool:
        """This resolver read the he/she from evidence the Reader does not weigh: a paragraph of a life opened
        by it, or by the first he/she of its paragraph with no one named since (:meth:`_paragraph_lead`: "At ten
        he drove away. ‘…,’ he wrote"), or "the latter"/"the former" in its sentence or the one before."""
        want = "m" if low in HE else "f"
        if self._paragraph_lead(want, pos):
            return True
        pa = self.para_starts[self.para_no(pos)] if self.para_starts else 0
        first = next((t for t in self.tok.between(pa, pos) if t.lower_ in (HE if want == "m" else SHE)
                      and self.tok.start(t) < pos and not self.inside_quote(self.tok.start(t))), None)
        if first is not None and self._paragraph_lead(want, self.tok.start(first)) and not any(
                r.kind == "person" and not self.inside_quote(r.start) and
                self.ctx.text[r.start:r.end].lower() not in FIRST_PERSON | HE | SHE
                for r in self.ctx.refs_between(self.tok.start(first) + 1, pos)):
            return True
        k = self.sent_no(pos)
        return any(t.lower_ in ("latter", "former") and t.i > 0 and t.doc[t.i - 1].lower_ == "the"
                   for t in self.tok.between(self.sent_starts[max(0, k - 1)], pos))

    def _answering(self, pos: int) -> bool:
        """``pos`` follows a quotation that itself follows another one with nothing narrated between ("“…?” “No,”
        said he"): a turn of a dialogue, which the turns decide (:meth:`SpeakerFinder._answers`, alternation)."""
        i = bisect.bisect_left(self.quoted, (pos, pos)) - 1
        if i < 1 or self.quoted[i][1] > pos:
            return False
        gap = self.ctx.text[self.quoted[i - 1][1]:self.quoted[i][0]]
        return not any(ch.isalpha() for ch in gap)

    def _read(self, pos: int) -> str | None:
        """What the document's one pronoun reader (:class:`clauses.Reader`) made of the he/she at ``pos``: the
        person, :data:`STRANGER` for one an unnamed person holds, None where it read nothing."""
        rd = shared_reader(self.ctx)
        r = rd.pronouns.get(pos)
        return r.id if r is not None else STRANGER if pos in rd.strangers else None

    def _pronoun(self, low: str, pos: int, exclude: str | None = None, depth: int = 0) -> str | None:
        want = "m" if low in HE else "f" if low in SHE else None
        if low in PLURAL:
            ok = lambda r: r.kind == "organization"
            same = PLURAL
        elif want:
            ok = lambda r: r.kind == "person" and self.gender.get(r.id) in (want, "unknown")
            same = HE if want == "m" else SHE
        else:
            return None  # I, we, you: the narrator or a listener, not a resolved entity
        here = self.sent_no(pos)
        if want and (lead := self._paragraph_lead(want, pos)):
            return lead

        def bonus(who: str) -> float:  # a woman is marked (Miss, Lady, Anna); a bare surname is seldom "she"
            g = self.gender.get(who)
            main = 0.25 if want and who == self._main_person() else 0.0  # a tie goes to the one the life is about
            return main + (0.5 if want and g == want else -1.0 if want == "f" and g == "unknown" else 0.0)

        cands, far = [], []  # (score, id): within three sentences; (score, id, paragraph): up to eight back
        me = self.tok.at(pos)
        clause = _clause_of(me) if me is not None and me.dep_ in ("nsubj", "nsubjpass") else None
        i = bisect.bisect_left(self.ref_starts, pos) - 1
        floor = pos - (600 if low in PLURAL else 2500)
        while i >= 0 and self.ctx.refs[i].start > floor:
            r = self.ctx.refs[i]
            i -= 1
            if not ok(r) or r.id == exclude or self.inside_quote(r.start) or \
                    self.ctx.text[r.start:r.end].lower() in FIRST_PERSON:
                continue
            dist = here - self.sent_no(r.start)
            if dist > 8:
                break
            t = self.tok.at(r.end - 1)
            if dist == 0 and clause is not None and _clause_of(t) == clause and _is_object(t):
                continue  # "To Fyodor Dan, he confided": a subject is not its own verb's object
            score = _role_weight(t) - 1.5 * min(dist, 4) + bonus(r.id)
            if dist <= 3:
                cands.append((score, r.id))
            else:
                far.append((score, r.id, self.narrated_para_no(r.start)))
        if depth == 0:  # resolve the chain in reading order, so each link finds the ones before it
            for t in self.tok.between(self.sent_starts[max(0, here - 12)], self.sent_starts[max(0, here - 3)]):
                self._link(t, same, depth + 1)
        if depth < 4:
            for t in self.tok.between(max(floor, self.sent_starts[self._narrated_back(here, 3)]), pos):
                start = self.tok.start(t)
                if start >= pos:
                    continue
                if clause is not None and _clause_of(t) == clause and _is_object(t):
                    continue
                who = self._link(t, same, depth + 1) if t.lower_ in same else self._latter(t, ok)
                if who is not None and who != exclude:
                    cands.append((_role_weight(t) - 1.5 * (here - self.sent_no(start)) + bonus(who), who))
        if far and not cands:  # a name four to eight sentences back: only from this paragraph or the one before
            para = self.narrated_para_no(pos)
            far = [c for c in far if c[2] >= para - 1]
        cands = cands or [c[:2] for c in far]  # nothing near: the latest name further back, if no stranger is nearer
        if not cands:
            return None
        best_score, best = max(cands, key=lambda c: c[0])
        if want and self.unnamed and best != STRANGER:
            nominal = self._nominal_wins(want, pos, here, best_score)
            if nominal:  # "a Quaker woman … she said": an unnamed person, not the last named one;
                return STRANGER if nominal == "new" else None  # a newcomer holds the chain after
        return best

    def _main_person(self) -> str | None:
        """The person a third-person text is about (:func:`.clauses.dominates`: named at least five times, and a
        third as often again as anyone else); None in a text told in the first person."""
        if not hasattr(self, "_main"):
            self._main = None
            if self.narrator is None:
                counts: dict[str, int] = {}
                for r in self.ctx.refs:
                    if r.kind == "person" and not self.inside_quote(r.start) and \
                            self.ctx.text[r.start:r.end].lower() not in FIRST_PERSON | HE | SHE | PLURAL:
                        counts[r.id] = counts.get(r.id, 0) + 1
                top = sorted(counts.items(), key=lambda c: -c[1])[:2]
                if top and dominates(top[0][1], top[1][1] if len(top) > 1 else 0):
                    self._main = top[0][0]
        return self._main

    def _paragraph_lead(self, want: str, pos: int) -> str | None:
        """A he/she that opens a paragraph of a third-person life before anyone is named in it ("Sir
        Arthur never saw him again. ¶ At half-past ten … he drove away from Merton") is the person the
        text is about, not the last one named in the paragraph before."""
        main = self._main_person()
        if main is None or self.gender.get(main) != want or self.inside_quote(pos):
            return None
        pa = self.para_starts[self.para_no(pos)] if self.para_starts else 0
        if pa == 0 or self.para_no(pos) == 0:
            return None
        if any(pa <= qa < pos for qa, _ in self.quoted):
            return None  # "“…,” he said" in a dialogue: the turns decide, not the paragraph
        for r in self.ctx.refs_between(pa, pos):
            if r.kind in ("person", "organization") and not self.inside_quote(r.start) and r.start < pos:
                return None
        for t in self.tok.between(pa, pos):
            if self.tok.start(t) < pos and t.lower_ in HE | SHE | PLURAL and not self.inside_quote(self.tok.start(t)):
                return None
        return main

    def _latter(self, t, ok) -> str | None:
        """Whom "the latter" / "the former" takes up: the last / first fitting name of the sentence
        before ("…, and Isaac Decow, the surveyor-general. The latter was a shrewd old man")."""
        if t.lower_ not in ("latter", "former") or t.i == 0 or t.doc[t.i - 1].lower_ != "the" or \
                self.inside_quote(self.tok.start(t)):
            return None
        k = self.sent_no(self.tok.start(t))
        if k == 0:
            return None
        a, b = self.sent_starts[k - 1], self.sent_starts[k]
        names = [r for r in self.ctx.refs_between(a, b) if ok(r) and not self.inside_quote(r.start)
                 and self.ctx.text[r.start:r.end].lower() not in FIRST_PERSON]
        if not names:
            return None
        return (names[-1] if t.lower_ == "latter" else names[0]).id

    def _link(self, t, same: set, depth: int) -> str | None:
        """What the pronoun token ``t`` (of the class ``same``) resolves to, remembered."""
        start = self.tok.start(t)
        if t.lower_ not in same or self.inside_quote(start) or self._ref_over(start, start + len(t)):
            return None
        key = (min(same), start)
        if key in self._chain:
            return self._chain[key]
        who = self._pronoun(t.lower_, start, None, depth)
        if who is not None or depth <= 1:  # a link cut short by the depth limit is not the answer
            self._chain[key] = who
        return who

    def _nominal_wins(self, want: str, pos: int, here: int, best_score: float) -> str | None:
        """Whether an unnamed person of the pronoun's gender ("the woman", "a young man") in the
        same sentence or the three before outranks the best named antecedent: "new" when the noun
        brings in someone new ("a matronlike Quaker woman", "there was an old woman", "A young
        officer … remembered"), "known" for a definite one ("the old man" may be the last man
        named), else None. A noun of either sex ("officer", "peasant") counts for "he" only when it
        comes in as a new subject."""
        for t in reversed(self.tok.between(max(0, pos - 1500), pos)):
            dist = here - self.sent_no(self.tok.start(t))
            if dist > 3:
                return None
            if want == "m" and self._another(t) and not self.inside_quote(self.tok.start(t)):
                if _role_weight(t) - 1.5 * dist + 0.5 > best_score:
                    return "new"  # "The other soldier scratched his head. “…,” he said", "One showed me a revolver"
                continue
            if want == "m" and _markup(t) and t.dep_ == "nsubj" and not self.inside_quote(self.tok.start(t)):
                word = _unmarked(t)  # "the _izvoshtchik_ shook his head": the parser made the mark the subject
                det = [x for x in word.doc[max(0, word.i - 4):word.i] if not (x.is_space or _markup(x))][-1:]
                if word.pos_ == "NOUN" and word.tag_ != "NNS" and [x.lower_ for x in det] == ["the"] \
                        and _markup(word.doc[word.i - 1]) and not self._ref_over(self.tok.start(word), self.tok.end(word)) \
                        and 3.0 - 1.5 * dist + 0.5 > best_score:
                    return "known"
                continue
            if t.pos_ != "NOUN" or t.tag_ == "NNS" or self.inside_quote(self.tok.start(t)):
                continue
            kind = stranger(t, want, lambda x: bool(self._ref_over(self.tok.start(x), self.tok.end(x))),
                            lambda x: self._ref_over(self.tok.start(x), self.tok.end(x), ("person",)), self.gender)
            if kind is None and want == "m":
                kind = self._who_noun(t)
            if kind is None:
                continue
            if _role_weight(t) - 1.5 * dist + 0.5 > best_score:
                return kind
        return None

    def _who_noun(self, t) -> str | None:
        """A common noun that a "who" clause marks as a person ("the stationer, who came first in my
        way"): "known" when definite, "new" after "a"; None for a name, a body, a woman's noun."""
        if t.lemma_.lower() in FEMALE_NOUNS or t.dep_ in ("attr", "appos") or \
                self._ref_over(self.tok.start(t), self.tok.end(t)) or \
                not any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
                        for c in t.children):
            return None
        det = next((c.lower_ for c in t.children if c.dep_ == "det"), None)
        return "new" if det in ("a", "an", "another") else "known" if det in ("the",) else None

    def _another(self, t) -> bool:
        """A subject that brings in one more of a kind already there: "the other soldier", "another
        sailor", or a bare "One" taking one of the people just told of ("One showed me a revolver")."""
        if t.dep_ not in ("nsubj", "nsubjpass") or self._ref_over(self.tok.start(t), self.tok.end(t)):
            return False
        if t.lower_ == "one":
            return t.pos_ in ("NUM", "PRON") and not any(c.dep_ in ("det", "amod", "compound") for c in t.children)
        return t.pos_ == "NOUN" and t.tag_ != "NNS" and t.lemma_.lower() in NEUTRAL_NOUNS | MALE_NOUNS and (
            any(c.lower_ == "another" for c in t.children) or
            any(c.lower_ == "the" for c in t.children) and any(c.lower_ == "other" for c in t.children))

    def subjects(self, verb) -> list:
        """Who may be doing ``verb``: its subject, the noun a relative clause hangs on, then the
        subject of the clause above ("a Congress passed a resolution which began as follows")."""
        out = []
        verb = self._participle_host(verb)
        for _ in range(4):
            subjs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")
                     and not self.inside_quote(self.tok.start(c)) and not _markup(c)]  # not the vocative “Randolph,”
            subj = subjs[0] if subjs else None
            if len(subjs) > 1 and all(c.i < verb.i for c in subjs):
                subj = subjs[-1]  # "Dan, Lydia Osipovna later wrote, ‘…’": two names parsed as subjects, the first a
                # topic set before the clause; the one beside the verb writes. So too a fronted date the parser
                # took for a subject: "On the evening of Tuesday, the 6th of October, …, he turned … and said"
            agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if subj is not None and subj.dep_ == "nsubjpass" and agent is not None:
                return out + [agent]  # "was interrupted by a group of Monarchists": the agent speaks
            if subj is not None and subj.lower_ not in ("which", "that", "who"):
                return out + [subj]
            before = _unmarked(subj.doc[subj.i - 1]) if subj is not None and subj.i > 0 else None
            if before is not None and before.pos_ in ("NOUN", "PROPN"):
                out.append(before)  # "their Soviet which proclaimed", "the London _Times_ which said"
            if verb.dep_ in ("relcl", "acl"):
                out.append(_unmarked(verb.head))
                verb = verb.head.head
            elif (verb.dep_ in ("xcomp", "conj", "advcl", "ccomp") or verb.dep_ == "dep" and verb.pos_ == "VERB"
                  and verb.head.pos_ == "VERB") and verb.head is not verb:  # "listened, offered …, and told": "dep"
                verb = verb.head
            else:
                break
        return out

    def _participle_host(self, verb):
        """The verb a subjectless participle after a comma goes with: the nearest verb before it in
        its sentence that has a subject ("Cossacks attacked them, crying, “…”", which the parser may
        join to an earlier clause)."""
        if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != "," or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return verb
        for t in reversed(verb.doc[verb.sent.start:verb.i - 1]):
            if t.pos_ in ("VERB", "AUX") and not self.inside_quote(self.tok.start(t)) and \
                    any(c.dep_ in ("nsubj", "nsubjpass") and not _markup(c) for c in t.children):
                return t
        return verb

    def addressee(self, verb, speaker: str | None) -> str | None:
        for c in _to_children(verb):
            if c.dep_ in ("dobj", "dative", "iobj") and verb.lemma_ in ("tell", "ask", "answer", "assure", "inform",
                                                                          "warn", "beg", "urge", "promise", "call", "remind"):
                return self.entity(c, exclude=speaker)
            if c.dep_ == "prep" and c.lower_ == "to":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and (obj.pos_ in ("PROPN", "PRON") or self._ref_over(self.tok.start(obj), self.tok.end(obj))):
                    return self.entity(obj, exclude=speaker)
            if _fronted_to(c):
                return self.entity(c, exclude=speaker)
        return None


def _clause_verb(sent):
    """The verb a lead-in is told by: its root, or where the parser made a noun the root of the sentence ("On the
    way he handed to the jailer a last note:" read as "note" with "handed" a relative clause on "way") the last
    verb that has a subject, outside a relative clause opened by a wh-word ("His statement, which X later smuggled
    out, ended:" is not X's)."""
    if sent.root.pos_ in ("VERB", "AUX"):
        return sent.root
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
             and not any(c.tag_ in ("WDT", "WP", "WP$") for c in t.children)]
    return verbs[-1] if verbs else sent.root


def _in_relative(tok) -> bool:
    """Whether a token stands in a relative clause ("a letter that the Liberator printed": "printed")."""
    return any(t.dep_ == "relcl" for t in [tok, *tok.ancestors])


def _closed_relative(verb, quote) -> bool:
    """Whether a verb heads a relative clause set between commas (or dashes) before the ``quote`` token, an aside
    about someone that does not report the words quoted after it: "Szemere, who had argued against so sharp a step, was said to have left the
    church ‘white as the wall’" ("argued" is not the tag)."""
    rel = verb if verb.dep_ == "relcl" else None  # not "members which ended, as X put it, ‘…’": X's aside
    if rel is None or quote is None or quote.doc is not verb.doc or rel.right_edge.i >= quote.i or rel.left_edge.i == 0:
        return False
    after = rel.right_edge.i + 1
    return after < quote.i and rel.doc[after].text in (",", "—", "–", ")") and \
        rel.doc[rel.left_edge.i - 1].text in (",", "—", "–", "(")


def _aside_start(verb):
    """The first word of a reporting aside set between commas that ``verb`` heads ("…, so he recalled, that",
    "…, as X put it, ‘…’"): a subject after "so"/"as" right after a comma, and a comma right after the verb or
    its "it"; None for any other verb."""
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.left_edge.i < 2:
        return None
    lead = doc[subj.left_edge.i - 1]
    end = verb.i + 1 + (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "it")
    if lead.lower_ not in ("so", "as") or doc[lead.i - 1].text != "," or end >= len(doc) or doc[end].text != ",":
        return None
    return doc[lead.i - 1]


def _fronted_to(tok) -> bool:
    """A name after a fronted "To" that the parser took for an infinitive clause ("To Guillaume he wrote …:",
    "To" an aux of "Guillaume"): the one written to."""
    return tok.dep_ == "advcl" and tok.pos_ == "PROPN" and tok.i < tok.head.i and \
        any(g.lower_ == "to" and g.dep_ == "aux" for g in tok.children)


def _to_children(verb) -> list:
    """The children of a speech verb, with the "to" of a participle of turning on it ("cried the Admiral, turning to
    Captain Mabb": Mabb is spoken to)."""
    out = list(verb.children)
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() == "turn":
            out += [g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"]
    return out


def _markup(tok) -> bool:
    """An italic or bold mark of the plain-text edition parsed as a word ("_Dien,_")."""
    return tok.text in ("_", "*", "__", "**")


def _unmarked(tok):
    """The word a markup token stands beside: "_Times_ which said" hangs the clause on "_"."""
    while _markup(tok) and tok.i > 0:
        tok = tok.doc[tok.i - 1]
    return tok


def _last_name(tok):
    """The last proper noun of the name run that starts at ``tok`` (over spaces and italic marks)."""
    if tok.pos_ != "PROPN":
        return tok
    last, t = tok, tok
    while t.i + 1 < len(t.doc):
        t = t.doc[t.i + 1]
        if t.pos_ == "PROPN" and not _markup(t):
            last = t
        elif not (t.is_space or _markup(t)):
            break
    return last


def _clause_of(tok):
    """The verb whose clause a token belongs to (its nearest verb head), as (doc, index)."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t is not tok or t.head.i == t.i:
            break
        t = t.head
    return (id(t.doc), t.i)


def _in_clause_of(tok, verb) -> bool:
    """Whether a token stands in a clause the verb governs ("alleged that they were …": "they"); never the word
    right after the verb ("said he, “…”", where the parser may hang "he" on the quotation's clause)."""
    if tok.i == verb.i + 1:
        return False
    t = tok
    for _ in range(8):
        if t.head.i == t.i or t.doc is not verb.doc:
            return False
        if t.head.i == verb.i:
            return t.dep_ in ("ccomp", "xcomp", "advcl") and t.i != tok.i
        t = t.head
    return False


def _prep_object(tok) -> bool:
    """Whether a token is (part of) the object of a preposition: "to Albert Thomas", "in Moscow"."""
    return name_phrase_head(tok).dep_ == "pobj"


def _is_object(tok) -> bool:
    """Whether a mention is an object or a prepositional object of its clause (not a subject, nor
    a name set before the clause: "My father, tho' he …, he gave")."""
    return name_phrase_head(tok).dep_ in ("dobj", "dative", "iobj", "pobj")


@dataclass
class Found:
    seg: Segment
    speaker: str | None = None
    addressee: str | None = None
    how: str = ""  # verb | name | block | interrupted | subject | alternation
    mention: tuple[int, int] | None = None  # the words naming the speaker ("she" in "she asked")
    to: tuple[int, int] | None = None  # the words naming the addressee (a vocative: “Well, Anna,”)


class SpeakerFinder:
    """Attribute every quotation of one document (see the module docstring)."""

    def __init__(self, ctx: DocContext, paras: list[tuple[int, int]], segs: list[Segment], tokens: TokenIndex):
        self.ctx, self.text, self.paras, self.tok = ctx, ctx.text, paras, tokens
        self.segs = segs
        self.att = Attributor(ctx, tokens, [(s.start, s.end) for s in segs], unnamed=True)

    # windows of narration beside a quotation
    def _after(self, k: int) -> tuple[int, int]:
        s = self.segs[k]
        pa, pb = self.paras[self.para_of(s.end - 1)]
        stop = pb
        if k + 1 < len(self.segs) and self.segs[k + 1].start < stop:
            stop = self.segs[k + 1].start
        m = re.search(r"[.!?;](?=\s)", self.ctx.masked[s.end:stop])  # "…barricades’.4 Kollontai’s diary": the marker hidden
        return s.end, (s.end + m.end() if m else stop)

    def _before(self, k: int) -> tuple[int, int]:
        s = self.segs[k]
        pa, pb = self.paras[s.para]
        start = pa
        if k > 0 and self.segs[k - 1].end > start and self.segs[k - 1].end <= s.start:
            start = self.segs[k - 1].end
        cut = [m.end() for m in re.finditer(r"[.!?;]\s", self.ctx.masked[start:s.start])]  # "to vote.10 Emile"
        return (start + cut[-1] if cut else start), s.start

    def para_of(self, pos: int) -> int:
        i = bisect.bisect_right(self.paras, (pos, 10**12)) - 1
        return max(i, 0)

    def speech_verb(self, a: int, b: int, last: bool, lemmas=SPEECH_LEMMAS, main: bool = False, outer: bool = False):
        """The first (or ``last``) verb of speech in ``text[a:b]`` outside quotations and not negated;
        with ``main``, only one heading its sentence ("“…” Emma spared no exertions to maintain" is
        no tag after a quotation that closed its sentence); with ``outer``, none in a relative clause."""
        verbs = [t for t in self.tok.between(a, b) if t.lemma_.lower() in lemmas and t.pos_ in ("VERB", "AUX")
                 and not self.att.inside_quote(self.tok.start(t)) and not any(c.dep_ == "neg" for c in t.children)
                 and not _passive_unsaid(t)
                 and (not main or _main_clause(t)) and (not outer or not _in_relative(t))
                 and (t.lemma_.lower() != "put" or any(c.lower_ == "it" for c in t.children))  # "as he put it", not "put on my coat"
                 and (t.lemma_.lower() != "go" or t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "on")]  # "he went on:", not "I went down"
        if not verbs:
            return None
        return verbs[-1] if last else verbs[0]

    def from_verb(self, verb, a: int, b: int) -> tuple[str | None, str | None]:
        cands = [t for t in self.att.subjects(verb) if not self.att.inside_quote(self.tok.start(t))]
        if verb.lemma_.lower() in LISTENER_VERBS and cands and cands[-1].dep_ == "nsubjpass" and cands[-1].head.i == verb.i:
            # “…,” she was told: the subject heard the words; who said them is not named
            return None, self.att.entity(cands[-1]), (self.tok.start(verb), self.tok.end(verb))
        if any(t.lower_ in ("this", "that", "it", "which") for t in cands):
            return None, None, None  # “…” This was said with gravity: the words, not who spoke them
        words = [t for t in cands if t.pos_ == "NOUN" and t.lemma_.lower() in WORDS_NOUNS]
        if words and len(words) == len(cands):
            return None, None, None  # “…” was the reflection suggested by: the words again
        if not cands:  # "says he", "said Sir George" parsed loosely: the word beside the verb
            cands = sorted([t for t in self.tok.between(a, b) if abs(t.i - verb.i) <= 3 and t.doc is verb.doc
                            and t.sent.start == verb.sent.start and not _prep_object(t)  # not "wrote to Albert Thomas", "then in Moscow, wrote"
                            and not _in_clause_of(t, verb)  # not "alleged that they were": what is said, not who says it
                            and ((t.pos_ in ("PROPN", "PRON") or self.att._name_missed(t))  # "Connolly" an ADV
                                 and t.lower_ not in ("it", "i", "you", "me", "us")
                                 or t.i == verb.i + 1 and t.lower_ == "i")], key=lambda t: t.i < verb.i)[:1]
            cands = [_last_name(t) for t in cands]  # "Said the Menshevik _Dien,_": the paper, not its party
        if not cands and a > 0 and self.text[a - 1] in "’”\"" and self.tok.start(verb) > a:
            # "“…,” Jacques Sadoul, the French officer then in Moscow, wrote to …": the parser hangs the name on
            # the quotation; the person the tag opens with is the one who speaks
            lead = [t for t in self.tok.between(a, self.tok.start(verb)) if not (t.is_punct or t.is_space)][:1]
            if lead and lead[0].pos_ == "PROPN" and lead[0].doc is verb.doc and lead[0].sent.start == verb.sent.start:
                name = _last_name(lead[0])
                if self._ref_over_person(name):
                    cands = [name]
        if not cands and verb.dep_ in ("ROOT", "advcl"):  # "…, Kerensky, at the opening of the Duma, called them ‘…’" parsed
            cands = self._name_aside(verb)  # with the name an apposition of the phrase before: the name between commas
        if not cands:  # "cried the child", "asked her sister": the noun after the verb
            cands = [t for t in verb.children if t.dep_ in ("dobj", "attr", "appos", "npadvmod")
                     and 0 < t.i - verb.i <= 3 and t.pos_ == "NOUN"
                     and (verb.lemma_.lower() in SPEECH_LEMMAS or t.lemma_.lower() in PERSON_NOUNS)][:1]
        listener = self.att.addressee(verb, None)  # "to Fyodor Dan, he confided": he is not Dan
        who_of = lambda t: self.att.entity(t, exclude=listener if t.lower_ in HE | SHE | PLURAL else None)
        speaker = next((who for who in map(who_of, cands) if who), None)
        if speaker is not None and self._no_person_subject(cands, speaker) and \
                (name := self._named_before(verb)) is not None and name.i > cands[0].i and not _prep_object(name):
            cands, speaker = [name], self.att.entity(name)
        if speaker is None and (name := self._named_before(verb)) is not None:
            cands, speaker = [name], self.att.entity(name)
        tok = next((t for t in cands if who_of(t) == speaker), cands[0] if cands else None)
        mention = (self.tok.start(tok), self.tok.end(tok)) if tok is not None else None
        return speaker, self.att.addressee(verb, speaker), mention

    def _no_person_subject(self, cands: list, speaker: str) -> bool:
        """Whether the parsed subject of a speech verb names a place or follows a preposition ("From Vienna, X
        declared …" parsed with the place as subject) or a body only through a word that qualifies a common noun of no body
        ("a young Bolshevik worker … , and X replied:"): then a person named right before the verb speaks."""
        kind = self.att.kinds.get(speaker)
        subj = cands[0]
        if kind == "place" or subj.i > 0 and subj.doc[subj.i - 1].pos_ == "ADP" and subj.doc[subj.i - 1].dep_ == "prep":
            return True  # the place of a fronted "From Petrograd," whatever kind it was given
        return kind == "organization" and subj.pos_ == "NOUN" and subj.lemma_.lower() not in BODY_HEADS \
            and subj.lemma_.lower() not in BODY_PAPERS

    def _named_before(self, verb):
        """The person named right before a speech verb whose parsed subject names no one, the word order of an
        English clause overriding a parse that hung the name elsewhere: "From the benches Boris Bogdanov shouted
        that …" (the name taken for an apposition of "benches"), "X's sister Parthenope, whom the household
        called Parthe, wrote to a cousin that …" (one aside between commas skipped)."""
        if verb.lemma_.lower() not in NARROW_SPEECH:
            return None
        doc, start = verb.doc, verb.sent.start
        i = verb.i - 1
        while i > start and doc[i].dep_ in ("aux", "auxpass", "advmod", "neg") and doc[i].pos_ != "PROPN":
            i -= 1  # "Bogdanov later wrote", "Bogdanov had written"
        if i > start and doc[i].text == ",":
            j = next((k for k in range(i - 1, start, -1) if doc[k].text == ","), None)
            if j is None or i - j > 12:
                return None
            i = j - 1
        t = doc[i] if i >= start else None
        if t is None or t.pos_ != "PROPN" or t.dep_ == "poss" or (t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS") \
                or self.att.inside_quote(self.tok.start(t)):
            return None
        who = self.att.entity(t)
        return t if who and self.att.kinds.get(who) == "person" else None

    def _name_aside(self, verb) -> list:
        """The person named between commas (or opening the sentence) before a verb the parser left without a
        subject: "In response to …, Kerensky, at the opening of the Duma, called the ministers ‘…’"."""
        doc = verb.doc
        for t in reversed(doc[verb.sent.start:verb.i]):
            if self.att.inside_quote(self.tok.start(t)) or t.pos_ != "PROPN" or t.i + 1 >= verb.i or doc[t.i + 1].text != ",":
                continue
            first = t
            while first.i > verb.sent.start and doc[first.i - 1].pos_ == "PROPN":
                first = doc[first.i - 1]
            if (first.i == verb.sent.start or doc[first.i - 1].text == ",") and self._ref_over_person(t):
                return [t]
            return []
        return []

    def _ref_over_person(self, t) -> bool:
        return bool(self.att._ref_over(self.tok.start(t), self.tok.end(t), ("person",)))

    def _listener(self, verb) -> tuple[int, int] | None:
        """The words naming whom a speech verb addresses: "she whispered to the nurse", "he told Anna"."""
        for c in _to_children(verb):
            obj = c if c.dep_ in ("dative", "iobj") or c.dep_ == "dobj" and verb.lemma_ in LISTENER_VERBS else None
            if c.dep_ == "prep" and c.lower_ == "to":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ not in FIRST_PERSON and self._personlike(obj):
                return self._span(obj)
        return None

    def explicit(self, k: int) -> Found:
        seg = self.segs[k]
        if seg.kind == "block":
            return self._block(seg)
        inner = seg.inner(self.text)
        wins = [(self._after(k), False), (self._before(k), True)]
        if self.text[max(0, seg.start - 8):seg.start].rstrip(" \n—–-").endswith(":") or \
                not inner.rstrip().endswith((",", "!", "?", "—", "-")) or self._said_before(seg):
            wins.reverse()  # "X said: “…”", "some one shouted, “…!” So we began": look left first
        cry = self._cries(seg)
        if cry is not None:  # "assailed from the Left by cries of “Resignation!” He insisted": a crowd, no one named
            return Found(seg, None, None, "cries", self._span(cry))
        last = self._last_words(seg)
        if last:  # "Of his last words there are several accounts. … the last words he heard were ‘…’": his
            return Found(seg, last, None, "name")
        left = self.tok.between(max(0, seg.start - 40), seg.start)
        if len(left) > 1 and left[-1].tag_ == "POS" and not any(  # not "Kamenev replied that Lenin’s ‘…’ was …":
                a.pos_ == "VERB" and a.lemma_.lower() in NARROW_SPEECH and a.i < left[-2].i  # the replier's words
                and any(c.dep_ == "nsubj" and c.i != left[-2].i for c in a.children) for a in left[-2].ancestors):
            who = self.att.entity(left[-2])  # Carlyle’s “flood of French speech”
            if who:
                return Found(seg, who, None, "name")
        for (a, b), last in wins:
            if not last and re.match(r"[\s,]*(?:and|but|or|yet|while|whereupon)\b", self.text[a:b]):
                continue  # “…,” and she is supposed to have answered: a clause of its own, not the tag
            if not last and self._introduces_next(k, b):
                continue  # “…?” She crouched and whispered: “Dreams!” — the verb is the next quote's
            if not last and self._ends_its_sentence(seg):
                continue  # denouncing “this Government of civil war.” One Sunday we went: no tag
            acc = self._according_to(a, b)
            if acc is not None:  # "according to X": X, named or not ("according to his wife")
                verb = self.speech_verb(a, b, last, main=not last and inner[-1:] in ".…")
                if verb is None and last and self.text[a:b].rstrip().endswith(":"):
                    verb = self._colon_verb(a, b)  # "According to X, Lenin had barely sat down before he turned on him: ‘…’"
                subj = self._teller(verb, acc) if verb is not None else None
                if subj is not None and (spk := self.att.entity(subj)) and spk != self.att.entity(acc) \
                        and self.att.kinds.get(spk) == "person":
                    # "According to Alliluyev, Lenin said to Sverdlov, “…”", "X refused and, according to Y, told
                    # him: ‘…’", "‘…,’ he said to Z, according to a later account": the one the verb makes speak
                    # said the words; the source only vouches for them
                    f = Found(seg, spk, None, "verb", self._span(subj))
                    f.to = self._listener(verb)
                    return f
                return Found(seg, self.att.entity(acc), None, "name", (self.tok.start(acc), self.tok.end(acc)))
            hit = self._possessive(a, b)
            if hit:
                return Found(seg, hit, None, "name")
            verb = self.speech_verb(a, b, last, main=not last and inner[-1:] in ".…")
            if verb is not None and last and _closed_relative(verb, self.tok.at(seg.start)):
                verb = self.speech_verb(a, b, last, outer=True)  # "Szemere, who had argued against it, was …"
            verb = verb or (self._tag_verb(k) if not last else None)
            if verb is not None and last and (shown := self._reported_speaker(verb, a, b)) is not None:
                verb = shown  # "X recalled that Lenin had scarcely sat down before he turned on Y: ‘…’": Lenin's
            if verb is not None and last and (aside := _aside_start(verb)) is not None:
                verb = self.speech_verb(a, self.tok.start(aside), True, NARROW_SPEECH) or verb  # "telling Y, so he
                # recalled, that ‘…’": the one telling speaks; the aside vouches for it ("as X put it" alone speaks)
            if verb is not None:
                spk, addr, mention = self.from_verb(verb, a, b)
                pron = next((t for t in self.tok.between(a, b) if t.lower_ in HE | SHE and t.doc is verb.doc
                             and abs(t.i - verb.i) <= 2), None) if not last else None  # "says he"
                lead = self._lead_in_person(k, pron.lower_) if pron is not None else None
                if lead:
                    spk, mention = lead, self._span(pron)
                said_by = self.tok.at(mention[0]) if mention else None
                if spk is None and addr is None and seg.start != self.paras[seg.para][0] and not (
                        said_by is not None and (said_by.pos_ in ("PRON", "PROPN") or said_by.lemma_.lower() in
                                                 PERSON_NOUNS | ENTOURAGE_NOUNS | ROLE_NOUNS)):  # "as Marsh’s wife recalled"
                    # "Neither memoir was written …, and the protocol records only that the Internationalists
                    # left ‘…’": a verb of speech that names no one yields to the subject of the quotation's clause
                    who = self._clause_subject(seg)
                    if who:
                        return Found(seg, who, None, "clause")
                if spk or addr or mention:
                    f = Found(seg, spk, addr, "verb", mention)
                    f.to = self._listener(verb)
                    return f
        hit = self._heading(k)
        if hit:
            return Found(seg, hit[0], None, "heading", hit[1])
        if seg.start != self.paras[seg.para][0]:
            who = self._clause_subject(seg)
            if who:
                return Found(seg, who, None, "clause")
        if seg.start == self.paras[seg.para][0] and seg.para > 0:
            pa, pb = self.paras[seg.para - 1]
            if self.text[pa:pb].rstrip().endswith(":") and not any(
                    s.para == seg.para - 1 and s.end > self._lead_in_at(pa, pb) for s in self.segs):
                return self._intro(seg, pa, pb)
        return Found(seg)

    def _last_words(self, seg: Segment) -> str | None:
        """Whose "the last words … were ‘…’" these are: a definite "the last words" with no owner of its own takes
        up "his last words" / "X's last words" earlier in its paragraph or the one before ("Of his last words there
        are several accounts. Beatty relates … that the last words he distinctly uttered were ‘…’. Scott maintained
        that the last words he heard were ‘…’": the dying man's, not the one who heard them)."""
        sent_a = intro_start(self.text, self.paras[seg.para][0], seg.start)
        m = re.search(r"\bthe (?:very )?last words\b[^.;:!?‘’“”\"]{0,60}\b(?:were|was)\s*$", self.text[sent_a:seg.start])
        if not m:
            return None
        pa = self.paras[max(0, seg.para - 1)][0]
        owner = None
        for t in self.tok.between(pa, sent_a + m.start()):
            if t.lower_ == "words" and t.i > 0 and t.doc[t.i - 1].lower_ == "last" and \
                    not self.att.inside_quote(self.tok.start(t)):
                poss = next((c for c in t.children if c.dep_ == "poss"), None)
                who = self.att.entity(poss) if poss is not None else None
                if who and self.att.kinds.get(who) == "person":
                    owner = who
        return owner

    def _lead_in_person(self, k: int, pronoun: str) -> str | None:
        """The one person a colon lead-in names, for the he/she of the tag after the quotation: "but
        Dr. Baird (whom you and I saw …) gave a contrary opinion: “For the industry …,” says he" (the
        parser may lose the subject in the parenthesis, so the pronoun alone would reach further back)."""
        seg = self.segs[k]
        if not self.text[max(0, seg.start - 8):seg.start].rstrip(" \n—–-").endswith(":"):
            return None
        pa = self.paras[seg.para][0]
        if k > 0 and pa < self.segs[k - 1].end <= seg.start:
            pa = self.segs[k - 1].end
        a, b = intro_start(self.text, pa, seg.start), seg.start  # "St. Andrew's" does not end the sentence
        a += self.text[a:b].rfind(";") + 1
        want = "m" if pronoun in HE else "f"
        if any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in HE | SHE | PLURAL for t in self.tok.between(a, b)):
            return None  # "He compared Bukharin's situation to …: “…”": the lead-in's own pronoun
        people = []
        for r in self.ctx.refs_between(a, b):
            if r.kind != "person" or self.att.inside_quote(r.start) or \
                    self.text[r.start:r.end].lower() in FIRST_PERSON | HE | SHE | PLURAL:
                continue
            t = self.tok.at(r.end - 1)
            if t is None or _is_object(t) or t.dep_ == "poss" or self.att.gender.get(r.id) not in (want, "unknown"):
                continue
            people.append(r.id)
        return people[0] if len(set(people)) == 1 else None

    def _cries(self, seg: Segment):
        """The crowd noun a quotation is the words of ("cries of “…”", "Shouts of “Lie!”"), when no owner
        is named (an owner is taken before: "the cries of the Left")."""
        said = [t for t in self.tok.between(max(0, seg.start - 30), seg.start) if t.is_alpha][-2:]
        for t in said:
            if t.lemma_.lower() in CROWD_NOUNS and t.pos_ == "NOUN" and (t.tag_ == "NNS" or t.dep_ == "pobj") \
                    and not any(c.dep_ == "poss" for c in t.children) and not self.att.inside_quote(self.tok.start(t)):
                return t
        return None

    def _heading(self, k: int):
        """A speaker named in a verbless lead-in, as minutes and reports set speeches: "Kutchin,
        delegate of the 12th Army: “…”", "Then Khintchuk, an officer, speaking suavely: “…”",
        "Trotzky, coldly, “…”". The person or body the lead-in opens with speaks."""
        seg = self.segs[k]
        a, b = self._before(k)
        frag = self.text[a:b]
        if not frag.strip() or len(frag) > 160 or not frag.rstrip(" \n—–-").endswith((":", ",")):
            return None
        toks = [t for t in self.tok.between(a, b) if not self.att.inside_quote(self.tok.start(t))]
        if not toks or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks):
            return None  # a clause with a finite verb is narration, not a lead-in
        lead = next((t for t in toks if not t.is_punct and not t.is_space and t.pos_ not in ("ADV", "CCONJ", "DET")), None)
        if lead is None:
            return None
        r = self.ctx.ref_at(self.tok.start(lead), self.tok.end(lead))
        if r is None or r.kind not in ("person", "organization") or not r.start <= self.tok.start(lead) < r.end:
            return None  # the lead-in must open with the name: not "On one side the Monarchist press …"
        return self.att._widen(r, b), (r.start, r.end)

    def _clause_subject(self, seg: Segment) -> str | None:
        """Words quoted inside a narrated clause with no speech verb are its subject's: "a group of
        Monarchists, who threatened to lynch the actors for “insulting the Emperor.”" (a body or a
        named person only)."""
        first = self.tok.at(seg.start + 1)
        if first is None:
            return None
        head = first
        for _ in range(12):
            if not seg.start <= self.tok.start(head) < seg.end or head.head.i == head.i:
                break
            head = head.head
        if seg.start <= self.tok.start(head) < seg.end:
            return None
        for _ in range(6):  # "it names no agent and credits [parsed a noun] the affair to Feit, Goat-Legs and ‘…’"
            if head.pos_ in ("VERB", "AUX"):
                break
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        v, spoken_of = head, False
        for _ in range(6):  # "The Times reported that the boy Jones had …, but that “…”": the report's
            # a record reports words only of one spoken of: "the protocol records that X left ‘…’" is X's
            lemmas = NARROW_SPEECH | RECORDING if spoken_of else NARROW_SPEECH
            if v.pos_ == "VERB" and v.lemma_.lower() in lemmas and not self.att.inside_quote(self.tok.start(v)):
                if not _passive_unsaid(v):
                    head = v
                    break
                spoken_of = True  # "Stalin was admitted ‘…’": the report may be above ("Its minutes record that …")
            if v.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or v.head.i == v.i:
                break
            if v.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                break  # "Neither memoir was written …, and the protocol records that …": a clause of its own
            v = v.head
        if spoken_of and head.lemma_.lower() not in NARROW_SPEECH | RECORDING:
            return None  # "X was said to have left the church ‘…’": X is spoken of; who said it is not named
        for subj in self.att.subjects(head):
            who = self._cleft(subj) or self._author_of(subj)
            if who:
                return who
            who = self.att.entity(subj)
            named = subj.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children) \
                or subj.lower_ == "it" and who == self.att.document_owner(subj)  # a person's memoir: "it credits …"
            if who and (self.att.kinds.get(who) == "organization" or named):
                return who  # "The Menshevik leader Fyodor Dan … dismissed his remarks as ‘…’"
        return None

    def _cleft(self, subj) -> str | None:
        """The person a cleft sentence puts first: "It was Rainsborough who gave the Levellers their most
        durable sentence: ‘…’" (the subject "it" of "be", its named attribute taken up by "who")."""
        v = subj.head
        if subj.lower_ != "it" or v.lemma_ != "be":
            return None
        for c in v.children:
            if c.dep_ == "attr" and c.pos_ == "PROPN" and (c.i > subj.i) and any(
                    g.dep_ in ("relcl", "ccomp") and any(w.lower_ == "who" for w in g.children)
                    for g in list(v.children) + list(c.children)):
                who = self.att.entity(c)
                if who and self.att.kinds.get(who) == "person":
                    return who
        return None

    def _author_of(self, subj) -> str | None:
        """The writer whose diary, letter or memoir is the subject that quotes: "Kollontai’s diary is oddly
        generous: ‘…’", "Her diary gives him a single line – ‘…’" (a possessive person, named or a pronoun)."""
        poss = next((c for c in subj.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in ("its", "their") and (subj.lemma_.lower() in BODY_PAPERS or
                                                                    subj.lower_ in BODY_PAPERS):  # "minutes"
            # "the Council of State had moved fast. Its proclamation … offered £1,000 for ‘…’": the body's words
            who = self.att.pronoun("they", self.tok.start(poss))
            return who if who and self.att.kinds.get(who) == "organization" else None
        if subj.lemma_.lower() not in AUTHORED_NOUNS and subj.lower_ not in AUTHORED_NOUNS:
            return None
        if poss is None or poss.lower_ in ("its", "their", "my", "our", "your"):
            return None
        who = self.att.entity(poss)
        return who if who and self.att.kinds.get(who) == "person" else None

    def _said_before(self, seg: Segment) -> bool:
        """Whether a narrated speech verb and a comma lead straight into the quotation ("some one in
        the back of the room shouted, “…”")."""
        if not self.text[max(0, seg.start - 4):seg.start].rstrip().endswith(","):
            return False
        words = [t for t in self.tok.between(max(0, seg.start - 40), seg.start) if not t.is_punct and not t.is_space]
        return bool(words) and words[-1].pos_ == "VERB" and words[-1].lemma_.lower() in NARROW_SPEECH \
            and not self.att.inside_quote(self.tok.start(words[-1]))

    def _ends_its_sentence(self, seg: Segment) -> bool:
        """Whether a quotation set inside a narrated sentence ("the press spoke of him as “the great
        Russian patriot.”") closes that sentence: the narration after it is a new sentence, not its tag."""
        left = self.text[max(0, seg.start - 40):seg.start]
        before = left.rstrip()
        if not before or not before[-1].isalnum() or "\n\n" in left[len(before):]:
            return False  # after a comma, a colon, a full stop or a line start: a quotation of its own
        inner = seg.inner(self.text)
        after = self.text[seg.end:seg.end + 3]  # endnote markers hidden: "‘…gallery’.6 Irakli Tsereteli"
        return (inner.endswith((".", "…")) or after[:1] == ".") and _sentence_ends_after(self.ctx.masked, seg.end)

    def _introduces_next(self, k: int, b: int) -> bool:
        """Whether the narration after a quotation runs into the next quotation through a colon:
        then its speech verb introduces that one (after a closed sentence, or a clause longer than
        a tag: "“…,” to which Stalin noted: “…”")."""
        seg = self.segs[k]
        if k + 1 >= len(self.segs) or self.segs[k + 1].start != b or \
                not self.text[seg.end:b].rstrip(" \n—–-").endswith(":"):
            return False
        if seg.inner(self.text)[-1:] in ".!?…":
            words = re.match(r"\s*(\w+)", self.text[seg.end:b])
            return bool(words and words.group(1)[0].isupper())
        # “…,” to which Stalin noted: “…” — a clause of its own, not a tag ("he said:")
        toks = [t for t in self.tok.between(seg.end, b) if not t.is_punct and not t.is_space]
        verb = next((i for i, t in enumerate(toks) if t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ == "VERB"), None)
        return verb is not None and verb >= 3

    def _tag_verb(self, k: int):
        """Any verb that carries on the sentence of a quotation ending in , ! ? ("…?” he challenged)."""
        seg = self.segs[k]
        if not seg.inner(self.text).endswith((",", "!", "?", "—")):
            return None
        a, b = self._after(k)
        m = re.match(r"\s*(\w+)", self.text[a:b])
        if not m or not m.group(1)[0].islower():
            return None
        toks = [t for t in self.tok.between(a, b) if not t.is_punct][:4]
        return next((t for t in toks if t.pos_ == "VERB"), None)

    def _according_to(self, a: int, b: int):
        """The token X of "according to X" in ``text[a:b]``, or the possessor of "by his own account" (the
        sentence it frames is his telling: "By his own account he crossed on a passport borrowed from a
        student who resembled him ‘in nothing but the beard’"), or None."""
        for t in self.tok.between(a, b):
            if t.lower_ == "according" and t.i + 2 < len(t.doc) and t.nbor(1).lower_ == "to":
                return next((c for c in t.nbor(1).children if c.dep_ == "pobj"), t.nbor(2))
            if t.lower_ == "by" and t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX"):
                acc = next((c for c in t.children if c.dep_ == "pobj" and c.lower_ in ("account", "accounts")), None)
                poss = next((c for c in acc.children if c.dep_ == "poss"), None) if acc is not None else None
                if poss is not None and poss.lower_ not in ("its", "their"):
                    return poss
        return None

    def _teller(self, verb, acc):
        """The subject of a tag verb framed by "according to X" (its own, a pronoun's, or the subject its
        conjoined verb shares: "X refused and, according to Y, told him"), unless it lies inside the
        "according to" phrase itself or is not a name or a personal pronoun."""
        for s in self.att.subjects(verb):
            if self.att.inside_quote(self.tok.start(s)) or s.i in {t.i for t in acc.subtree}:
                continue
            if s.pos_ == "PROPN" or s.lower_ in HE | SHE:
                return s
            return None
        return None

    def _reported_speaker(self, verb, a: int, b: int):
        """The verb of a clause reported by ``verb`` that a colon closes right before the quotation, when it has a
        person of its own for subject: "Raskolnikov recalled that Lenin had scarcely sat down before he turned on
        Kamenev: ‘…’" (the one who turned speaks; the one who recalls vouches for it, as "according to" does)."""
        if not self.text[a:b].rstrip().endswith(":"):
            return None
        cv = self._colon_verb(a, b)
        if cv is None or cv is verb or cv.doc is not verb.doc or verb not in cv.ancestors:
            return None
        subj = next((c for c in cv.children if c.dep_ == "nsubj"), None)
        if subj is None or not (subj.pos_ == "PROPN" or subj.lower_ in HE | SHE) or \
                any(s.i == subj.i for s in self.att.subjects(verb)):
            return None
        who = self.att.entity(subj)
        return cv if who and self.att.kinds.get(who) == "person" else None

    def _colon_verb(self, a: int, b: int):
        """The verb of the clause that a colon closes just before a quotation ("he turned on him: ‘…’")."""
        toks = [t for t in self.tok.between(a, b) if not (t.is_punct or t.is_space)]
        for t in reversed(toks[-4:]):
            if t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children):
                return t
        return None

    def _possessive(self, a: int, b: int) -> str | None:
        """The owner of the words or the writing that frames a quotation: "Lenin’s reply: ‘…’", "in X’s
        phrase, ‘…’", "X’s wire was brief: ‘…’" (see ``_document_owner``)."""
        for t in self.tok.between(a, b):
            who = self._document_owner(t, a, b)
            if who:
                return who
            if t.lower_ in SPEECH_NOUNS | VOICE_NOUNS and t.pos_ == "NOUN":
                owners = list(t.children) + (list(t.head.children) if t.dep_ == "compound" else [])
                poss = next((c for c in owners if c.dep_ == "poss"  # "Lenin’s great voice roaring" (voice a compound)
                             and not (t.lower_ in VOICE_NOUNS and c.pos_ == "PRON")), None)  # "his voice": the verb's subject decides
                of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                who = self.att.entity(poss) if poss is not None else None
                who = who or (self.att.entity(obj) if obj is not None else None)
                if who:
                    return who
        return None

    def _document_owner(self, t, a: int, b: int) -> str | None:
        """The person whose writing, named by a possessive, frames a quotation in ``text[a:b]``: the writing
        is the only subject there ("X’s wire was brief: ‘…’", "X’s letter to Y ran: ‘…’" – Y only its
        addressee), or any noun of a framing "in" set right against the quotation ("carrying, in X’s
        tally, ‘…’")."""
        if t.pos_ != "NOUN":
            return None
        if t.dep_ == "pobj" and t.head.lower_ == "in":  # "in X’s reckoning, ‘…’", "‘…,’ in X’s words"
            if self.text[self.tok.end(t):b].strip(" ,:—–-\n") and self.text[a:self.tok.start(t.head)].strip(" ,:—–-\n"):
                return None
        elif t.dep_ not in ("nsubj", "nsubjpass") or t.lemma_.lower() not in DOCUMENT_NOUNS | AUTHORED_NOUNS | WIRE_NOUNS \
                or any(s.dep_ in ("nsubj", "nsubjpass") and s.i != t.i for s in self.tok.between(a, b)):
            return None
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ in ("its", "their", "my", "our", "your") or \
                self.att.inside_quote(self.tok.start(poss)):
            return None
        who = self.att.entity(poss)
        return who if who and self.att.kinds.get(who) == "person" else None

    def _block(self, seg: Segment) -> Found:
        pa, pb = self.paras[seg.para - 1]
        k = seg.para - 1
        while k > 0 and not self.text[self.paras[k][0]:self.paras[k][1]].rstrip().endswith(":"):
            k -= 1  # the list items after the first block paragraph share its introduction
        pa, pb = self.paras[k]
        f = self._intro(seg, pa, pb)
        f.how = "block"
        return f

    def _intro(self, seg: Segment, pa: int, pb: int) -> Found:
        last = self.tok.at(pb - 1)
        if last is None:
            return Found(seg)
        sent = last.sent
        a = max(pa, self.tok.start(sent[0]))
        verb = self.speech_verb(a, pb, True, INTRO_VERBS)
        if verb is not None and _in_relative(verb):  # "To Garrison he wrote …, in a letter that the Liberator
            verb = self.speech_verb(a, pb, True, INTRO_VERBS, outer=True) or verb  # printed later:": he writes
        verb = verb or _clause_verb(sent)
        shown = self._shown_saying(a, pb)
        if shown is not None:  # "X's account has Lenin saying of the novel:": Lenin speaks, not the account
            return Found(seg, self.att.entity(shown), None, "block", self._span(shown))
        author = self._document_author(sent, a)
        if author is not None:  # "Her first letter …, addressed to her sister, described the mine:"; "the paper
            who, tok = author   # printed a note by Kamenev:": the writer of the document speaks, not its printer
            return Found(seg, who, self.att.addressee(verb, who), "block", self._span(tok))
        spk, addr, mention = self.from_verb(verb, a, pb)
        if spk is None and sent.root is not verb:
            spk, addr, mention = self.from_verb(sent.root, a, pb)
        if spk is None:  # "Its most quoted passage describes the tundra at night:" after "Trotsky wrote the account"
            part = next((c for c in sent.root.children if c.dep_ == "nsubj" and c.lemma_.lower() in TEXT_PARTS), None)
            spk = self._writer_of(part) if part is not None else None
        return Found(seg, spk, addr, "block", mention)

    def _lead_in_at(self, pa: int, pb: int) -> int:
        """Where the last sentence of the paragraph ``text[pa:pb]`` starts, by the parse: a paragraph that quotes
        something early on may still end with a lead-in ("… show that he was not.7 On Kamenev the Bureau resolved:")."""
        last = self.tok.at(pb - 1)
        return max(pa, self.tok.start(last.sent[0])) if last is not None else pa

    def _shown_saying(self, a: int, b: int):
        """The person a source shows speaking in a lead-in, however the parser reads it: "X's account has Lenin
        saying of the novel:", "the memoir shows him as saying:", "Pepys records the king as telling him:"
        (a verb of having or showing, then the person, then "as"? and a verb of speech in -ing)."""
        toks = [t for t in self.tok.between(a, b) if not (t.is_punct or t.is_space)]
        for k in range(2, len(toks)):
            t = toks[k]
            if not t.lower_.endswith("ing") or t.lemma_.lower() not in NARROW_SPEECH and t.lower_[:-3] not in NARROW_SPEECH:
                continue
            j = k - 1 - (toks[k - 1].lower_ == "as")
            if j < 1 or toks[j - 1].lemma_.lower() not in SHOWING:
                continue
            who = toks[j]
            ent = self.att.entity(who) if who.pos_ == "PROPN" or who.lower_ in HE | SHE else None
            if ent and self.att.kinds.get(ent) == "person" and not self.att.inside_quote(self.tok.start(who)):
                return who
        return None

    def _document_author(self, sent, a: int):
        """The person who wrote the document that an introduction presents: the subject of its main verb or
        the object of a verb of printing or reading, when it is a written document (a letter, note, diary,
        report …) with a person as possessor or after "by" ("her first letter", "a note by X"). Returns
        (person, token) or None."""
        root = sent.root
        docs = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        docs += [c for v in [root] + [c for c in root.children if c.dep_ == "conj"]
                 if v.lemma_.lower() in PRESENTING for c in v.children if c.dep_ == "dobj"]
        for d in docs:
            if d.lemma_.lower() not in DOCUMENT_NOUNS | AUTHORED_NOUNS or self.tok.start(d) < a:
                continue
            owners = [c for c in d.children if c.dep_ == "poss"]
            owners += [g for c in list(d.children) + list(d.head.children)  # "printed a note by X": the parser
                       if c.dep_ in ("prep", "agent") and c.lower_ == "by" and (c.head is d or c.i == d.right_edge.i + 1)  # may
                       for g in c.children if g.dep_ == "pobj"]  # hang "by X" on the verb
            for o in owners:
                who = self.att.entity(o)
                if who and self.att.kinds.get(who) == "person":
                    return who, o
        return None

    def _writer_of(self, part) -> str | None:
        """Who wrote the work a passage is part of: "his/her diary" → him/her; "its most quoted passage" → the
        person who wrote (composed, published) a work in the sentence before."""
        poss = next((c for c in part.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        if poss.lower_ != "its":
            who = self.att.entity(poss)
            return who if who and self.att.kinds.get(who) == "person" else None
        sent = part.sent
        if sent.start == 0:
            return None
        prev = part.doc[sent.start - 1].sent
        for v in prev:
            if v.pos_ == "VERB" and v.lemma_.lower() in WRITING and any(c.dep_ == "dobj" for c in v.children):
                who = next((w for w in map(self.att.entity, self.att.subjects(v)) if w), None)
                if who and self.att.kinds.get(who) == "person":
                    return who
        return None

    def run(self) -> list[Found]:
        found = [self.explicit(k) for k in range(len(self.segs))]
        for f in found:
            self._not_spoken_to(f)
        self._answers(found)
        for k in self._interrupted():
            a, b = found[k], found[k + 1]
            if bool(a.speaker) != bool(b.speaker):
                src, dst = (a, b) if a.speaker else (b, a)
                dst.speaker, dst.addressee, dst.how = src.speaker, src.addressee, "interrupted"
            elif a.mention and a.mention == b.mention and a.speaker != b.speaker:
                b.speaker = a.speaker  # one tag between the halves ("…,” says he, “…"): one speaker
        self._goes_on(found)
        self._stage_directions(found)
        for f in found:
            if f.seg.kind == "direct":
                self._vocative(f)
        turns = self._turns(found)
        self._same_turn(turns)
        self._cues(turns, found)
        self._alternate(turns)
        for k, f in enumerate(found):
            if not self._who(f) and f.seg.kind == "direct":
                f.speaker = self.narrated_subject(k)
                f.how = "subject" if f.speaker else ""
        return found

    def _answers(self, found: list[Found]) -> None:
        """ "‘We shall have them tomorrow,’ cried the Admiral to Captain Mabb. ‘Not before noon, my lord,’ said he":
        the he/she of a tag right after a quotation told to someone of that gender is the one spoken to, when the tag
        is a verb of reply, or "said" with words that address someone ("my lord", "sir", a name between commas) -
        not the speaker before, whom salience would pick. Only with nothing narrated between the two but the first
        one's tag."""
        for k in range(1, len(found)):
            prev, f = found[k - 1], found[k]
            if prev.seg.kind != "direct" or f.seg.kind != "direct" or f.how != "verb" or f.mention is None:
                continue
            word = self.text[f.mention[0]:f.mention[1]].lower()
            to = prev.addressee
            if word not in HE | SHE or not to or not prev.speaker or to == prev.speaker or f.speaker != prev.speaker:
                continue
            if self.att.gender.get(to) not in ("m" if word in HE else "f", "unknown"):
                continue
            gap = self.text[prev.seg.end:f.seg.start]
            if len(gap) > 160 or re.search(r"[.!?;:](?=\s)", gap.rstrip()) or f.seg.para - prev.seg.end_para > 1:
                continue
            tag = self.tok.at(f.mention[0])
            verb = tag.head if tag is not None else None
            lemma = verb.lemma_.lower() if verb is not None else ""
            inner = f.seg.inner(self.text)
            addresses = f.to is not None or re.search(
                r"(?:^|,\s*)(?:my (?:lord|lady|dear|friend|boy)|sir|madam|your (?:lordship|majesty|excellency|honour|"
                r"honor|highness|grace))\s*[,.!?]", inner, re.I)
            if lemma in REPLY_LEMMAS or lemma == "say" and addresses:
                f.speaker, f.addressee, f.how = to, prev.speaker, "answer"

    def _goes_on(self, found: list[Found]) -> None:
        """A quotation right after the speech tag of the one before, in the same paragraph, goes
        on with the same speaker ("“I do well to be angry,” was the burden of her cry. “How many
        just men were there?”"), unless a tag of its own sits right beside it."""
        for k in range(1, len(found)):
            prev, f = found[k - 1], found[k]
            a, b = prev.seg, f.seg
            if a.kind != "direct" or b.kind != "direct" or b.para != a.end_para or not self._who(prev):
                continue
            gap = self.text[a.end:b.start]
            if not gap.strip() or len(gap) > 120 or re.search(r"[.!?;:](?=\s)", gap.rstrip()) \
                    or not re.search(r"[.!?;:]\s*$", gap):
                continue  # one tag clause between the two, closed by its full stop
            if self._who(f) and f.mention and (f.mention[0] < b.start or
                                               not re.search(r"[.!?;]", self.text[b.end:f.mention[0]])
                                               and f.mention[0] - b.end < 25):
                continue  # its own tag: “…,” said B.
            if self._who(f) and not f.mention:
                continue  # named by an utterance noun or "according to"
            f.speaker, f.mention, f.how = prev.speaker, prev.mention, "goes on"
            f.addressee = f.addressee or prev.addressee

    def _interrupted(self) -> list[int]:
        """Indexes k where quotation k+1 goes on after a short speech tag ("…,” he said, “…")."""
        out = []
        for k in range(len(self.segs) - 1):
            a, b = self.segs[k], self.segs[k + 1]
            gap = self.text[a.end:b.start]
            if a.kind == b.kind == "direct" and len(gap) < 60 and "\n\n" not in gap and \
                    self.speech_verb(a.end, b.start, False) is not None:
                out.append(k)
        return out

    def narrated_subject(self, k: int) -> str | None:
        """A person narrated beside the quotation; for a paragraph opening with one, the last
        person subject of the paragraph before it ("Mr. X was emphatic…" / “As for…”)."""
        seg = self.segs[k]
        wins = [self._before(k), self._after(k)]
        if seg.start == self.paras[seg.para][0] and seg.para > 0 and not any(
                s.para == seg.para - 1 for s in self.segs[max(0, k - 3):k]):
            wins.append(self.paras[seg.para - 1])
        for a, b in wins:
            subjects = [t for t in self.tok.between(a, b) if t.dep_ == "nsubj" and t.pos_ == "PROPN"
                        and not self.att.inside_quote(self.tok.start(t))]
            for t in reversed(subjects):
                who = self.att.entity(t)
                if who and self.att.kinds.get(who) == "person":
                    return who
        return None

    def _turns(self, found: list[Found]) -> list[list[Found]]:
        """Direct quotations grouped by paragraph: one paragraph, one turn of a dialogue."""
        turns: list[list[Found]] = []
        for f in found:
            if f.seg.kind != "direct":
                continue
            if turns and turns[-1][0].seg.para == f.seg.para:
                turns[-1].append(f)
            else:
                turns.append([f])
        return turns

    def _same_turn(self, turns: list[list[Found]]) -> None:
        """One paragraph, one turn: in a paragraph that opens with a quotation, an unattributed later
        quotation goes to the speaker of the one before it (“…,” answered the boy; and then: “…?”)."""
        for turn in turns:
            if not self._opens_paragraph(turn[0].seg):
                continue
            for a, b in zip(turn, turn[1:]):
                if self._who(a) and not self._who(b) and b.seg.kind == "direct":
                    b.speaker, b.mention, b.how = a.speaker, a.mention, "turn"
                    b.addressee = b.addressee or a.addressee

    def _vocatives(self, seg: Segment) -> list:
        """The persons named in the quotation and set off by commas, who are spoken to: “Well, Anna,”."""
        text, out = self.text, []
        for r in self.ctx.refs_between(seg.start, seg.end):
            if r.kind != "person":
                continue
            before = text[seg.start:r.start].rstrip()
            after = text[r.end:r.end + 2].lstrip()
            alone = not text[seg.start + 1:r.start].strip(" ,") and after[:1] == "." 
            if before.endswith((",", "“", '"', "‘", "'")) and (after[:1] in (",", "!", "?") or
                                                              after[:1] == "." and before.endswith(",")) and not alone:
                out.append(r)
        return out

    def _vocative(self, f: Found) -> None:
        """The first person the quotation speaks to (:meth:`_vocatives`) other than its speaker is its addressee."""
        r = next((r for r in self._vocatives(f.seg) if r.id != f.speaker), None)
        if r is not None:
            f.to = (r.start, r.end)
            f.addressee = f.addressee or r.id

    def _not_spoken_to(self, f: Found) -> None:
        """No one speaks to himself: where the he/she of a quotation's tag was read as the person the quotation
        calls by name (“‘I have done my part, Sam,’ he said to him”, “‘Mr X,’ he said”), the pronoun is read again
        without that person, who is the one spoken to. Where it then names no one (an unnamed "the doctor"), the
        first reading is left to the turns of the dialogue, which alternate from it."""
        if f.seg.kind != "direct" or not f.speaker or not f.mention or \
                self.text[f.mention[0]:f.mention[1]].lower() not in HE | SHE:
            return
        r = next((r for r in self._vocatives(f.seg) if r.id == f.speaker), None)
        who = self.att.pronoun(self.text[f.mention[0]:f.mention[1]].lower(), f.mention[0], exclude=r.id) \
            if r is not None else None
        if who is not None:
            f.speaker, f.addressee, f.to = who, r.id, (r.start, r.end)

    def _cues(self, turns: list[list[Found]], found: list[Found]) -> None:
        """An unattributed turn goes to the person narrated just before it ("The doctor bent down. “…”")."""
        index = {id(f): k for k, f in enumerate(found)}
        for turn in turns:
            f = turn[0]
            if self._who(f) or not self._opens_paragraph(f.seg):
                continue
            k = index[id(f)]
            hit = self._cue(k, found[k - 1] if k else None)
            if hit:
                f.speaker, f.mention, f.how = hit[0], hit[1], "cue"
        for k, f in enumerate(found):  # "He smiled--that fine, faintly ironical smile of his. “But …”"
            if self._who(f) or f.seg.kind != "direct" or self._opens_paragraph(f.seg):
                continue
            a = max(self.paras[f.seg.para][0], found[k - 1].seg.end if k else 0)
            gap = re.sub(r"^(?:\s*\([^()]{0,80}\))+", "", self.text[a:f.seg.start])  # "(Titantic mirth.) He turned …"
            if a >= f.seg.start or gap.lstrip()[:1] in "([" or sum(c.isalpha() for c in gap) < 12 or \
                    not re.search(r"[.!?][)\]”’\"]*\s*$", gap):
                continue  # after a narrated sentence of the same paragraph, not a stage direction
            hit = self._cue(k, found[k - 1] if k else None)
            if hit:
                if self.text[hit[1][0]:hit[1][1]].lower() in HE | SHE and \
                        hit[0] not in {x.speaker for x in found[max(0, k - 3):k]}:
                    continue  # "He nodded. “Yes …”": a he/she that no speaker just before bears out is left alone
                f.speaker, f.mention, f.how = hit[0], hit[1], "cue"

    def _stage_directions(self, found: list[Found]) -> None:
        """A speech broken by a stage direction of the minutes ("“…bodies....” (Cries, “It was a dead
        body long ago!”) “Those who …”", "(Laughter.)") goes on with the speaker before it."""
        for k, f in enumerate(found):
            if self._who(f) or f.seg.kind != "direct":
                continue
            for j in range(k - 1, max(-1, k - 4), -1):
                p = found[j]
                if re.search(r"\([^()]*$", self.text[max(0, p.seg.start - 60):p.seg.start]):
                    continue  # this one is itself a cry in brackets
                gap = self.text[p.seg.end:f.seg.start]
                gap = re.sub(r"[“\"][^”\"]{0,120}[”\"]|‘[^’]{0,120}’(?!\w)", "Q", gap)  # the cries inside the brackets: (Cries, “That’s a lie!)”
                if not re.fullmatch(r"(?:\s*\([^()]{0,120}\)?)+\s*", gap) or len(gap) > 300:
                    break
                if self._who(p):
                    f.speaker, f.mention, f.how = p.speaker, p.mention, "goes on"
                    f.addressee = f.addressee or p.addressee
                break

    def _cue(self, k: int, prev: Found | None):
        seg = self.segs[k]
        a = max(self.segs[k - 1].end if k else 0, self.paras[max(0, seg.para - 1)][0])
        toks = [t for t in self.tok.between(a, seg.start) if not self.att.inside_quote(self.tok.start(t))]
        if not toks or toks[-1].is_punct and toks[-1].text == ":":
            return None
        last = toks[-1].sent.start
        sent = [t for t in toks if t.sent.start == last and t.doc is toks[-1].doc]
        heard = self._heard(sent)
        if heard is not None:
            return heard
        skip = prev.mention if prev else None
        for v in reversed(sent):  # "I met Karakhan, …, who explained to me what …": the one explaining
            if v.dep_ == "relcl" and v.pos_ == "VERB" and v.lemma_.lower() in NARROW_SPEECH and \
                    any(c.dep_ == "nsubj" and c.lower_ == "who" for c in v.children):
                for t in self.att.subjects(v):
                    if self._span(t) == skip or t.lower_ in FIRST_PERSON:
                        continue
                    who = self.att._ref_over(*self._span(t))
                    if who and self.att.kinds.get(who) == "person":
                        return who, self._span(t)
                    if not who and t.pos_ == "PROPN" or self._personlike(t):
                        return None, self._span(t)  # a name the entity stage missed: no one else's
                    break
        cands = [t for t in sent if t.dep_ == "nsubj" and _main_clause(t.head)
                 and (self.tok.start(t), self.tok.end(t)) != skip]
        for t in reversed(cands):
            if self._personlike(t):
                return self.att.entity(t), self._span(t)
            if t.lower_ == "one" and (of := self._one_of(t)) is not None:
                return self.att.entity(of), (self.tok.start(t), self.tok.end(of))  # one of the strangers spoke
        return None

    def _heard(self, sent: list):
        """The speaker a listener hears just before a turn: "He heard her speak.", "He heard
        Henrietta Watkin's voice." (the person heard, not the one hearing)."""
        for t in reversed(sent):
            if t.lemma_.lower() not in HEAR_LEMMAS or t.pos_ != "VERB" or not _main_clause(t):
                continue
            for c in t.children:
                if c.dep_ == "dobj" and c.lemma_.lower() in ("voice", "voices"):
                    owner = next((g for g in c.children if g.dep_ == "poss"), None)
                    if owner is not None and self._personlike(owner):
                        return self.att.entity(owner), self._span(owner)
                if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in SPEECH_LEMMAS | {"speak", "talk"}:
                    who = next((g for g in c.children if g.dep_ == "nsubj"), None)
                    if who is not None and self._personlike(who):
                        return self.att.entity(who), self._span(who)
        return None

    def _one_of(self, t):
        """The person noun of "one of the strangers", or None."""
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        return obj if obj is not None and self._personlike(obj) else None

    def _span(self, t) -> tuple[int, int]:
        return self.tok.start(t), self.tok.end(t)

    def _personlike(self, t) -> bool:
        low = t.lower_
        if low in HE | SHE or low == "i":
            return True
        who = self.att.entity(t)
        if who:
            return self.att.kinds.get(who) == "person"
        return t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_NOUNS

    def _alternate(self, turns: list[list[Found]]) -> None:
        """In a conversation (turns in consecutive paragraphs with little narration between), an
        unattributed turn goes to the speaker two turns away, when the turn between is someone else's,
        or to the person the turn before addressed by name."""
        def linked(i: int, j: int) -> bool:
            if i < 0 or j >= len(turns):
                return False
            x, y = turns[i][-1].seg, turns[j][0].seg
            return y.para - x.para == 1 and y.start - x.end < CONVERSATION_GAP and self._opens_paragraph(y)

        for order in (range(len(turns)), range(len(turns) - 1, -1, -1)):
            step = 1 if order.step == 1 else -1
            for i in order:
                cur = turns[i]
                if self._who(cur[0]) or not self._opens_paragraph(cur[0].seg):
                    continue
                p1, p2 = i - step, i - 2 * step
                near = (p1, i) if step == 1 else (i, p1)
                if not linked(*near):
                    continue
                prev = self._speaker_of(turns[p1])
                far_link = (p2, p1) if step == 1 else (p1, p2)
                far = self._speaker_of(turns[p2]) if 0 <= p2 < len(turns) and linked(*far_link) else None
                last = turns[p1][-1]
                if step == 1 and prev and self._begins(last):
                    self._assign(cur, prev.speaker, prev.mention, prev.addressee)  # “…,” began Bibot. / “…”: he goes on
                elif step == 1 and prev and last.to and last.to != prev.mention and \
                        (last.addressee is None or last.addressee != prev.speaker):
                    self._assign(cur, last.addressee, last.to, prev.speaker)  # the one spoken to answers
                elif far and prev and self._who(far) != self._who(prev):
                    self._assign(cur, far.speaker, far.mention, prev.speaker)
                elif step == 1 and prev:
                    other = self._other(turns, p1, self._who(prev))
                    if other:
                        self._assign(cur, other.speaker, other.mention, prev.speaker)
                    elif (hit := self._participant(turns, p1, prev)):
                        self._assign(cur, hit[0], hit[1], prev.speaker)

        self._settle_runs(turns, linked)

    def _begins(self, f: Found) -> bool:
        """Whether a quotation's tag says the speaker is only beginning ("“Grospierre was at the gate,”
        began Bibot, pompously"): the next paragraph of speech is his too."""
        if f.how != "verb" or not f.mention or f.mention[0] < f.seg.end:
            return False
        end = self.paras[self.para_of(f.seg.end - 1)][1]
        return bool(re.search(r"\bbeg[ai]n\b", self.text[f.seg.end:min(end, f.mention[1] + 20)]))

    def _settle_runs(self, turns: list[list[Found]], linked) -> None:
        """Turns given out by alternation that end next to a turn of the same speaker ("“You
        haven’t got a pass,” answered the soldier. / “You cannot go in.” / “But I am the president.”
        / “Well,” replied the soldier"): the alternation is counted back from the later turn, so the
        speaker who answered goes on for one more paragraph, and the run meets both ends."""
        i = 0
        while i < len(turns):
            j = i
            while j < len(turns) and turns[j][0].how == "alternation" and (j == i or linked(j - 1, j)):
                j += 1
            if j > i and j < len(turns) and linked(j - 1, j) and i > 0 and linked(i - 1, i):
                after, before = self._speaker_of(turns[j]), self._speaker_of(turns[i - 1])
                run = [turns[x][0] for x in range(i, j)]
                if after and before and turns[j][0].how != "alternation" and self._who(run[-1]) == self._who(after) \
                        and self._who(before) == self._who(after):
                    other = next((f for f in run if self._who(f) != self._who(after)), None)
                    if other is not None:
                        for n, x in enumerate(range(j - 1, i - 1, -1)):
                            src = other if n % 2 == 0 else after
                            for f in turns[x]:
                                if f.how == "alternation":
                                    f.speaker, f.mention = src.speaker, src.mention
            i = max(j, i + 1)

    def _other(self, turns: list[list[Found]], i: int, who) -> Found | None:
        """The latest speaker other than ``who`` in the conversation that turn ``i`` belongs to."""
        for j in range(i - 1, max(-1, i - 8), -1):
            x, y = turns[j][-1].seg, turns[j + 1][0].seg
            if y.para - x.para != 1 or y.start - x.end >= CONVERSATION_GAP:
                return None
            f = self._speaker_of(turns[j])
            if f and self._who(f) != who:
                return f
        return None

    def _participant(self, turns: list[list[Found]], i: int, known: Found):
        """The other party of a conversation with one known speaker: the latest person other than
        that speaker narrated as a subject or object just before the conversation began."""
        j = i
        while j > 0 and turns[j][0].seg.para - turns[j - 1][-1].seg.para == 1 and \
                turns[j][0].seg.start - turns[j - 1][-1].seg.end < CONVERSATION_GAP:
            j -= 1
        first = turns[j][0].seg
        a = self.paras[max(0, first.para - 2)][0]
        who = self._who(known)
        for t in reversed(self.tok.between(a, first.start)):
            if self.att.inside_quote(self.tok.start(t)) or _role_weight(t) < 2:
                continue
            span = (self.tok.start(t), self.tok.end(t))
            ref = self.att._ref_over(*span)
            if ref and self.att.kinds.get(ref) == "person" and ref != who:
                return ref, span
            if not ref and t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_NOUNS and t.lower_ != who:
                return None, span
        return None

    def _assign(self, turn: list[Found], speaker, mention, addressee) -> None:
        for f in turn:
            if not self._who(f):
                f.speaker, f.mention, f.how = speaker, mention, "alternation"
                f.addressee = f.addressee or addressee

    def _speaker_of(self, turn: list[Found]) -> Found | None:
        return next((f for f in turn if self._who(f)), None)

    def _who(self, f: Found):
        """Who speaks a turn: the entity, else the words naming an unnamed speaker ("she")."""
        if f.speaker:
            return f.speaker
        return self.text[f.mention[0]:f.mention[1]].lower() if f.mention else None

    def _opens_paragraph(self, seg: Segment) -> bool:
        return seg.start == self.paras[seg.para][0]


def _passive_unsaid(verb) -> bool:
    """A speech verb in the passive with no agent and a person for subject: "Stalin was admitted ‘with an advisory
    vote’", "X was said to have left the church ‘white as the wall’", "he was called ‘…’". Its subject is the one
    spoken of, not the speaker. A verb of telling ("she was told") names a listener and is read elsewhere; a
    document ("The resolution was read:") is not spoken of."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return verb.lemma_.lower() not in LISTENER_VERBS and subj is not None and \
        (subj.pos_ in ("PROPN", "PRON") or subj.lemma_.lower() in PERSON_NOUNS) and \
        not any(c.dep_ == "agent" for c in verb.children)


def _main_clause(verb) -> bool:
    """Whether a verb heads the sentence or a clause joined to it by "and"/"but"."""
    for _ in range(6):
        if verb.dep_ == "ROOT":
            return True
        if verb.dep_ != "conj" or verb.head == verb:
            return False
        verb = verb.head
    return False


# ---------------------------------------------------------------- the stage

def find_quotations(ctx: DocContext) -> list[Found]:
    """Every quotation of the document with its speaker and addressee (internal form)."""
    paras = paragraphs(ctx)
    text = ctx.text
    tokens = TokenIndex.build(ctx)
    segs = find_segments(ctx.masked, paras)  # endnote markers hidden: "to him.’22" closes the quotation
    blocks = find_blocks(ctx.masked, paras, segs, lambda a, b: _is_intro(tokens, text, a, b))
    segs = sorted(segs + blocks, key=lambda s: s.start)
    outer = [(s.start, s.end) for s in segs]
    segs = [s for s in segs if is_quotation(text, s, _speech_near(tokens, text, s), _reported_clause(tokens, text, s)
                                            and not any(a < s.start and s.end <= b for a, b in outer))]
    return merge_blocks(text, paras, SpeakerFinder(ctx, paras, segs, tokens).run())


def merge_blocks(text: str, paras: list[tuple[int, int]], found: list[Found]) -> list[Found]:
    """One block quotation per introduction: its span runs from the introducing sentence
    ("X said:") to the end of the last paragraph it introduces (list entries included)."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if f.seg.kind == "block" and prev and prev.seg.kind == "block" and f.seg.para == prev.seg.end_para + 1:
            prev.seg.end, prev.seg.end_para = f.seg.end, f.seg.para
            continue
        if f.seg.kind == "block":
            pa, pb = paras[f.seg.para - 1]
            f.seg.quote_start = f.seg.start
            f.seg.start = intro_start(text, pa, pb)
        out.append(f)
    return out


def intro_start(text: str, a: int, b: int) -> int:
    """Where the last sentence of ``text[a:b]`` starts (a full stop, then a capital)."""
    cuts = [m.end() for m in re.finditer(r"[.!?][”\"’)\]_*]{0,2}\s+(?=[A-Z“\"(_])", text[a:b])  # "_nakaz._ Then"
            if not re.search(r"\b(?:[A-Z]|Mr|Mrs|Dr|St|Gen|Col|Capt|Oct|Sept|Nov|Dec|Jan|Feb|Aug|No|vol|p|pp|cf)\.\s*$",
                             text[a:a + m.end()])]
    return a + cuts[-1] if cuts else a


# nouns of an office, rank, title or calling that a definite "the X" uses for someone named before ("the Emperor",
# "the general", "the old prince", "the landlady"); not the generic man / woman / fellow / stranger
MALE_TITLES = {"emperor", "tsar", "czar", "king", "prince", "duke", "count", "baron", "marquis", "earl", "lord", "sultan",
               "shah", "pope", "archduke", "grand duke", "kaiser"}
FEMALE_TITLES = {"empress", "tsarina", "tsaritsa", "queen", "princess", "duchess", "countess", "baroness", "marchioness",
                 "lady", "archduchess", "landlady", "widow", "abbess"}
TITLE_NOUNS = (ROLE_NOUNS | MALE_TITLES | FEMALE_TITLES) - {
    "man", "woman", "boy", "girl", "gentleman", "fellow", "youth", "child", "stranger", "comrade", "friend",
    "colleague", "rival", "enemy", "ally", "patron", "protégé", "disciple", "pupil", "worker", "peasant", "soldier",
    "sailor", "prisoner", "exile", "revolutionary", "activist", "student", "servant", "maid", "head", "private",
    "cossack", "agent", "spy", "informer", "delegate", "deputy", "lady"}

# the parts of a written work that may introduce its words: "Its most quoted passage describes the tundra:"
TEXT_PARTS = {"passage", "page", "line", "entry", "extract", "excerpt", "paragraph", "chapter", "section", "stanza",
              "verse", "sentence", "opening", "conclusion", "postscript"}
# written documents whose writer is the one who speaks in the block they introduce ("Her first letter … described
# the mine:"), and the verbs that present such a document without writing it ("the paper printed a note by X:")
DOCUMENT_NOUNS = TEXT_PARTS | {"letter", "note", "diary", "memoir", "memoirs", "report", "article", "dispatch",
                               "despatch", "telegram", "message", "statement", "declaration", "notebook", "journal",
                               "reply", "answer", "appeal", "manifesto", "pamphlet", "order", "circular", "will",
                               "testament", "postcard", "card", "petition", "memorandum", "notes"}
SHOWING = {"have", "show", "record", "quote", "portray", "depict", "represent", "describe", "remember", "recall", "hear"}
PRESENTING = {"print", "publish", "read", "quote", "carry", "issue", "circulate", "reprint", "run", "produce"}
RECORDING = {"record", "show"}  # "Its minutes record that X was admitted ‘…’": the minutes report the words
WRITING = {"write", "compose", "publish", "pen", "draft", "finish", "complete", "dictate", "produce"}


def _is_intro(tokens: TokenIndex, text: str, a: int, b: int) -> bool:
    """A paragraph ending in a colon whose last sentence has a verb of speech or writing, or whose subject is a
    part of a written work ("Its most quoted passage describes the tundra at night:")."""
    last = tokens.at(b - 1)
    if last is None:
        return False
    tail = text[max(a, tokens.start(last.sent[0])):b]
    if re.search(r"\b(as follows|the following)\b", tail):
        return True
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in TEXT_PARTS and c.tag_ in ("NN", "NNS")
           and any(d.dep_ == "poss" for d in c.children) for c in last.sent.root.children):
        return True
    return any(t.lemma_.lower() in INTRO_VERBS and t.pos_ in ("VERB", "AUX") for t in last.sent) or \
        any(_writes_down(t) or t.pos_ == "NOUN" and t.lemma_.lower() in WRITINGS for t in last.sent)


# a written piece named in a colon lead-in ("handed to a guard a last note:", "His statement … ended:")
# (not a part of a work by itself: "The next chapter describes the campaign:" is the author's own prose)
WRITINGS = (DOCUMENT_NOUNS | AUTHORED_NOUNS | {"essay", "speech"}) - TEXT_PARTS - {
    "order", "will", "card", "answer", "reply", "history", "study", "account", "book"}
WRITE_DOWN = {"record", "note", "jot", "copy", "enter", "transcribe"}


def _writes_down(t) -> bool:
    """A verb of putting words on paper: "what he chose to record", "set down", "put down", "wrote down"."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    return t.lemma_.lower() in WRITE_DOWN or t.lemma_.lower() in ("set", "put", "take") and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in t.children)


def _speech_near(tokens: TokenIndex, text: str, seg: Segment) -> bool:
    """A verb of speech just before or after the quotation, an utterance noun, or a colon."""
    if seg.kind == "block":
        return True
    before = tokens.between(max(0, seg.start - 50), seg.start)[-5:]
    after = [t for t in tokens.between(seg.end, seg.end + 40)[:3] if not t.is_punct]
    if after and after[0].pos_ in ("NOUN", "PROPN", "ADJ") and seg.inner(text)[-1:].isalnum():
        after = []  # the “moderate” Socialists said: the quotation modifies a noun
    if seg.inner(text)[-1:] in (",", "!", "?", "—"):
        after = after[:4]  # “…,” Anna Morrow told him
    else:
        after = after[:1] if after and after[0].pos_ in ("VERB", "AUX") else after[:2]
    if any(t.lemma_.lower() in NARROW_SPEECH and t.pos_ == "VERB" for t in before + after):
        return True
    if any(t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ == "VERB" for t in before[-3:]):
        return True
    if any(t.lower_ in SPEECH_NOUNS for t in before[-3:]):
        return True
    if before and before[-1].lemma_ == "be" and any(t.lower_ in SPEECH_NOUNS and t.pos_ == "NOUN" for t in before[:-1]) \
            and any(t.lower_ in SPEECH_NOUNS and t.pos_ == "NOUN" and before[-1] in (t.head, t.head.head) for t in before):
        return True  # "the last words he heard were ‘God and my country’": the words are the quotation
    if _reported_sentence(tokens, seg):
        return True
    return text[max(0, seg.start - 3):seg.start].strip().endswith(":")


DESCRIBING = {"describe", "characterize", "characterise", "portray", "depict", "dismiss", "denounce", "hail"}


def _reported_sentence(tokens: TokenIndex, seg: Segment) -> bool:
    """A short quotation in a sentence that reports someone's words: one framed by a parenthetical verb of speech
    earlier in the sentence ("In Moscow, he recalled, the clubs seemed to him ‘paper revolutionaries’"), or the words
    a person describes something "as" ("work that Rosa described in a letter as ‘the happiest of my life’")."""
    first = tokens.at(seg.start + 1)
    if first is None:
        return False
    sent = first.sent
    before = [t for t in sent if tokens.start(t) < seg.start]
    doc = first.doc
    speaks = lambda v: any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in HE | SHE) for c in v.children)
    for t in before:  # ", he recalled," between commas, however the parser hung it
        if t.pos_ == "VERB" and t.lemma_.lower() in NARROW_SPEECH and speaks(t) and t.i + 1 < len(doc) and \
                doc[t.i + 1].text == "," and t.i >= 2 and doc[t.i - 2].text == "," and doc[t.i - 1].dep_ == "nsubj":
            return True
    words = [t for t in before if not (t.is_punct or t.is_space)]
    if words and words[-1].lower_ == "as":  # "described (in a letter to X) as ‘…’"
        return any(t.pos_ == "VERB" and t.lemma_.lower() in DESCRIBING and speaks(t) for t in words[-12:-1])
    return False


NAMING_LEMMAS = {"sign", "call", "name", "dub", "style", "term", "nickname", "entitle", "title", "christen", "label"}


def _reported_clause(tokens: TokenIndex, text: str, seg: Segment) -> bool:
    """A short phrase quoted inside what a person is reported to have said or written: the content clause (or
    "as" phrase) of a verb of speech, writing or memory earlier in its sentence whose subject is a person ("X had
    written that the city was “surrounded”", "declaring that they were merely ‘hemmed in’", "remembered it as the
    home where they lived ‘like real people’"). A phrase that modifies a noun (the “moderate” Socialists) is not."""
    if seg.kind == "block":
        return False
    inner = [t for t in tokens.between(seg.start + 1, seg.end - 1) if not (t.is_punct or t.is_space)]
    if not inner or len({t.sent.start for t in inner}) > 1:
        return False
    ids = {t.i for t in inner}
    tops = [t for t in inner if t.head.i not in ids and t.head is not t]
    if text[max(0, seg.start - 1):seg.start] == "(":
        return False  # a gloss: _Scaurus_ ("Swollen-ankled")
    if len(tops) == 1 and tops[0].dep_ in ("nsubj", "nsubjpass") and tops[0].head.dep_ == "ccomp" and \
            tops[0].head.pos_ in ("VERB", "AUX") and tops[0].pos_ in ("NOUN", "PROPN"):
        # the subject of a reported clause: "X claimed that ‘a majority of the passengers’ had rallied to him"
        t, clause = tops[0].head.head, True
    elif len(tops) != 1 or tops[0].dep_ in ("amod", "compound", "nmod", "poss", "appos") or tops[0].head.i > tops[0].i:
        return False  # the “moderate” Socialists, the nickname ‘Iron Felix’: a label on a noun
    else:
        t, clause = tops[0].head, tops[0].dep_ == "ccomp" and tops[0].pos_ in ("VERB", "AUX")  # "was “surrounded”"
    for _ in range(10):
        if t.i >= inner[0].i or t.lemma_.lower() in NAMING_LEMMAS:
            return False  # "signing himself only ‘Lev’": a name given, not words said
        if t.pos_ in ("VERB", "AUX") and clause and t.lemma_.lower() in NARROW_SPEECH | DESCRIBING and \
                not any(c.dep_ == "neg" for c in t.children):
            return any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in HE | SHE) for c in t.children) or \
                t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj")  # ", declaring that …": the clause's subject
        clause = clause or t.dep_ == "ccomp" or t.dep_ == "pobj" and t.head.lower_ == "as" and \
            t.head.head.pos_ == "VERB"  # "remembered it as …", not "pseudonyms such as …"
        if t.head is t:
            return False
        t = t.head
    return False


def run(ctx: DocContext) -> dict[str, list]:
    """The quotation stage: ``{"quotations": [Quotation, ...]}`` in text order."""
    out = []
    paras = paragraphs(ctx)
    for n, f in enumerate(find_quotations(ctx), 1):
        s = f.seg
        if s.kind == "block":
            lead, quote = s.start, ctx.span(max(s.quote_start, s.start), s.end)
        elif f.how == "block" and s.para > 0 and s.start == paras[s.para][0]:
            # a quoted paragraph set off by a colon lead-in ("To Bowring he set down the creed of his expedition:
            # ¶ “…”"): like an unquoted block, its record starts at the sentence that introduces it
            pa, pb = paras[s.para - 1]
            lead, quote = intro_start(ctx.text, pa, pb), ctx.span(s.start, s.end)
        else:
            lead, quote = lead_in_start(ctx.masked, paras, s), ctx.span(s.start, s.end)
        out.append(Quotation(f"{ctx.doc_id}-q{n}", f.speaker, f.addressee, ctx.span(lead, s.end), s.kind, quote))
    return {"quotations": out}


def lead_in_start(text: str, paras: list[tuple[int, int]], seg: Segment) -> int:
    """Where the sentence that reports an inline quotation starts: the quotation's own start when
    it opens its sentence, else the start of the narration before it ("the deepening chorus of the
    Bolsheviki, “All Power…”" starts at the sentence's first word)."""
    pa = max((a for a, b in paras if a <= seg.start), default=0)
    return min(seg.start, intro_start(text, pa, seg.start + 1))  # the mark itself may open the sentence
