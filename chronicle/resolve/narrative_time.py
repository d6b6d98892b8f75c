"""Narrative time: turn detected time expressions into TIMEX3 values with a narrative clock.

The clock is the current reference date of the story (year, month, day, weekday),
moved by expressions that narrate ("On 9 May...", "The next day...", "In 1850,...")
and consulted by those that lean on it ("in July", "that night", "two years later").

Rules, in the order they matter:

* A full date (with its year) sets the clock, unless a flashback cue ("since",
  "as early as", "as long ago as", "ever since") precedes it in its clause.
* A dated expression in another year said in passing (the end of a span reaching
  ahead, "until ... February 1945"; a parenthesis; a far month-year in mid-sentence)
  is tentative and leaves the clock where it is. Years in headings narrate; attributive
  years ("the 1614 rules") do not.
* Days counted from an event ("two days after the invasion") in apposition to a day
  date name that day; with the event's date later in the clause they count from it.
* A bare year sets the clock only when it plausibly narrates: there is no clock
  yet, it is within a year of the clock, it opens its sentence ("In 1850, he..."),
  or a month-level expression follows in the same sentence. A passing year far from
  the clock ("acts committed in 1905") is *tentative*: partial dates in its own
  sentence use it, later ones ignore it.
* Before the first year of a text, partial dates take the year of the first dated
  expression ahead, counting back a year whenever an earlier month is later in the
  calendar ("in October ... the end of April, 1724" -> October 1723).
* Days counted without a known date ("the next day", "that night", "the next
  morning") form a chain; a weekday asserted later ("this being Saturday") names
  every day of the chain (``1723-WXX-3``). A morning after a night starts a new day. A part of day
  the next day counts from ("night coming on … the next day") is the chain's first day.
* A part of day uses the clock's day only while that day is recent (same or
  previous paragraph); otherwise it is habitual (``XXXX-XX-XXTNI``).

Calendars are decided in :mod:`chronicle.resolve.calendar`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Sequence

from chronicle.record import Span, TimeExpression
from chronicle.annotate.timex_vocab import EVENT_TOLD as _EVENT_TOLD, WEEKDAYS, _WD
from chronicle.resolve import calendar as cal
from chronicle.annotate.timex_patterns import HOLIDAYS_FIXED as HOLIDAYS_FIXED_DAYS

_POD_ORDER = {"MO": 0, "AF": 1, "EV": 2, "NI": 3}
_FLASH = re.compile(r"\b(?:had|since|as\s+early\s+as|as\s+long\s+ago\s+as|ever\s+since|back\s+in|as\s+far\s+back\s+as|"
                    r"previously|formerly|earlier|ago)\b[^.;:!?]*$", re.I)
# a clause set off by commas that says something of a noun before it ("X, whose memoir appeared in 1919, …",
# "the party, founded in 1898, …"): a year in it is said in passing when the clause closes right after it
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose|which|whom|published|written|founded|printed|issued)\b[^,;:()\[\]“”\"]*$")

# a relative clause set off by commas and closed before the main verb goes on ("X, who had …, and who knew …, put")
_CLOSED_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;:()\[\]“”\"]*"
                              r"(?:,\s+and\s+(?:who|whom|whose|which)\b[^,;:()\[\]“”\"]*)*,(?=\s+[a-z])")
_FORWARD = re.compile(r"\b(?:until|till|up\s+to|as\s+of|effective|not\s+\w+\s+before)\b[^.;:!?,]*$", re.I)
_NOT_UNTIL = re.compile(r"\b(?:not|n't|never)\b[^.;:!?,]*\b(?:until|till)\s+(?:(?:early|late|mid-?|the\s+\w+\s+of)\s+)?$", re.I)
PLUPERFECT = re.compile(r"\bhad\s+(?:not\s+|already\s+|once\s+|previously\s+|earlier\s+|never\s+|been\s+)*"
                        r"[a-z-]+(?:ed|en|wn|ght|ung|ept|lt|nt|ld|st|id|ut|ne)\b")
# where the clause after a date ends: "in the autumn of 1905, after the October Manifesto, he had gone home" goes on
# to "had gone"; a stop, a conjunction or a relative word, or a paragraph break (a heading's next paragraph), ends it
_CLAUSE_STOP = re.compile(r"[.!?;:()\[\]]|\n\s*\n|\b(?:and|but|which|who|whom|whose|when|where|while|because|although|"
                          r"though|until)\b")


def looking_back(text: str, start: int) -> bool:
    """Whether a date at ``start`` belongs to a pluperfect clause ("the Bund, which had co-founded the RSDLP
    in 1898", "who had been born in Pokrovskoye in 1842"): it looks back from the narrative's time and does
    not move the clock on. Read from the clause's words before it."""
    a = max(text.rfind(c, max(0, start - 200), start) for c in ".!?;:,(")
    return bool(PLUPERFECT.search(text[a + 1:start]))


def pluperfect_after(text: str, end: int, limit: int | None = None) -> bool:
    """Whether the clause a date at ``end`` opens goes on in the pluperfect ("in the autumn of 1905, after the
    October Manifesto, he had gone home"): read up to the clause's end, at most 160 characters (and ``limit``)."""
    seg = text[end:min(end + 160, len(text) if limit is None else limit)]
    m = _CLAUSE_STOP.search(seg)
    return bool(PLUPERFECT.search(seg[:m.start()] if m else seg))


# a date after "by"/"until"/"since" is where the story stands ("By early 1958, he had organized a coup"), no look back
STORY_AT = re.compile(r"\b(?:by|until|till|since)\s+(?:(?:early|late|mid-?|the\s+\w+\s+of)\s+)?$", re.I)
_PRESENT = re.compile(r"\b(?:is|are|remains?|still|survives?|stands|lies|exists?|has\s+(?:been|become)|have\s+(?:been|become))\b", re.I)
_HABITUAL = re.compile(r"\b(?:always|usually|generally|invariably|normally|habitually|every|each|whenever)\b", re.I)
_QUOTED = re.compile(r"(?:(?<=\s)|^)[‘“\"][^“”\"\n]{1,400}?[’”\"](?=[\s.,;:!?)]|$)")
_OFTEN = re.compile(r"\b(?:often|sometimes|frequently|seldom|rarely|at\s+times|now\s+and\s+then)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|would|planned|plans|planning|expected|scheduled|next|to\s+be|going\s+to)\b", re.I)
_NAME_OF = re.compile(r"[ \t]+(?:[A-Z][A-Za-z'’-]+[ \t]+){1,3}of[ \t]+"  # "... February Revolution of 1917"
                      r"|[ \t]+(?:[A-Z][A-Za-z'’-]+[ \t]*){1,3}\([ \t]*")  # "the October Revolution (1917)", not a title's "_…_ (1934)"
_TWIN_OPEN = re.compile(r"\s*[(\[]\s*(?:(?:O\.\s?S\.|N\.\s?S\.|(?:Old|New)\s+Style)\s*,?\s*)?")
_BRACKET_THEN = re.compile(r"\s*[(\[][^()\[\]\n\d]{1,60}[)\]]\s*,?\s*")  # "(Old Style) "
_CLOSE_THEN = re.compile(r"[^()\[\]\n\d]{0,40}[)\]]\s*,?\s*")  # ", O.S.) "
_RANGE_GAP = re.compile(r"\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*)?(?:,\s*)?(?:(?:and|or|to|until|till|through|[-–—/])\s*"
                        r"(?:the\s+|early\s+|late\s+|mid-?)?)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?")
# past participles not in -ed that open an aside ("Her memoir, written some thirty years later, says …")
# (only forms that are no simple past: "…, left two years later, and" is a verb of the main clause)
_IRREGULAR_PARTICIPLES = r"written|known|given|taken|drawn|seen|begun|done|spoken|shown|thrown|grown|sworn|risen|chosen"
# a new main clause: after a semicolon, or a comma and a coordinating conjunction
_NEW_CLAUSE = re.compile(r";|,[ \t]+(?:and|but|yet|so|while|whereas)\b")
_SENT_END = re.compile(r"[.!?][”\"’)_\]]*\s+(?=[A-Z“\"‘(_\[])|\n[ \t]*\n")
_PARA = re.compile(r"\n[ \t]*\n")
WEEKDAY_WORD = re.compile(rf"\b{_WD}\b", re.I)


@dataclass
class _Clock:
    y: int | None = None
    m: int | None = None
    d: int | None = None
    id: str | None = None  # expression that set the clock
    day_pos: int = -1  # where the current day was set
    day_src: int = -1  # where the expression stands whose day the clock's day is (the day counted from)
    set_pos: int = -1  # where the clock was last set, at any grain (a day, a month, a year)
    chain: int | None = None  # day chain while the date is unknown
    off: int = 0
    last_pod: str | None = None

    def day(self) -> tuple[int, int, int] | None:
        return (self.y, self.m, self.d) if self.y is not None and self.m and self.d else None


@dataclass
class _Out:
    cand: object
    type: str
    value: str | None
    anchor: str | None = None
    mod: str | None = None
    chain: tuple[int, int, str, int | None] | None = None  # (chain, offset, suffix, year)
    base: int = -1  # where the day this one is counted from stands (relative days, parts of day)


def _layout(text: str, paragraphs: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Where the text's sentences and paragraphs start."""
    sent_starts = [0] + [m.end() for m in _SENT_END.finditer(text)]
    para_starts = sorted(s for s, _ in paragraphs) if paragraphs else [0] + [m.end() for m in _PARA.finditer(text)]
    return sent_starts, para_starts


# the future seen from the story's day: "would (not) …", "was to …" (not "would have", a past unreal)
_LOOK_AHEAD = re.compile(r"\b(?:would(?:\s+not|n[’']t)?|(?:was|were)\s+(?:not\s+)?to)\s+(?!have\b)\w+", re.I)


class _Resolver:
    def __init__(self, text: str, doc_id: str, cands: list, paragraphs: Sequence[tuple[int, int]], dct: str | None,
                 layout: tuple[list[int], list[int]] | None = None, declarations: Sequence[tuple[int, int]] = ()):
        self.text, self.doc_id, self.cands = text, doc_id, cands
        self.declarations = list(declarations)  # (start, end) of the sentences declaring the calendar
        self.sent_starts, self.para_starts = layout or _layout(text, paragraphs)
        self.clock = _Clock()
        if dct:
            y, m, d = (int(x) for x in dct[:10].split("-"))
            self.clock = _Clock(y, m, d, None, day_pos=0)
            self.dct_mode = True
        else:
            self.dct_mode = False
        self.tentative: tuple[int, str, int] | None = None  # (year, id, sentence)
        self.flash_year: str | None = None  # id of the tentative year when it was a flashback ("as long ago as 1905")
        self.looked_back: tuple[int, str] | None = None  # the year of a look back while no year is narrated
        self.lead = self._lead_years()
        self.week_on: tuple[date, str, int] | None = None  # the day "a week later" came to, for a part of day after it
        self.run_start: tuple[date, str, int] | None = None  # the day date that began a run of days ("the third night")
        self.chains: dict[int, tuple[int, int]] = {}  # chain -> (offset, weekday)
        self.n_chains = 0
        self.events_told: dict[str, tuple[int, int, "_Out"]] = {}  # event noun -> (where counted from it, its day)
        self.flash: tuple[date, str, int] | None = None  # a day looked back to in the pluperfect: (day, id, paragraph)
        self.prev_day: tuple[tuple[int, int, int], str, int] | None = None  # the story's day before its current one

    # --- helpers ------------------------------------------------------------------------------
    def sent(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def para(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def sentence_text(self, pos: int) -> str:
        i = self.sent(pos)
        e = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        return self.text[self.sent_starts[i]:e]

    def sentence_head(self, pos: int) -> str:
        """The text of ``pos``'s sentence before it."""
        return self.text[self.sent_starts[self.sent(pos)]:pos]

    def clause_before(self, pos: int) -> str:
        s = self.sent_starts[self.sent(pos)]
        return self.text[max(s, pos - 80):pos]

    def _attributive(self, pos: int) -> bool:
        """A bare year naming a thing: "the Ikon of 1612", "the 1905 revolution", "the constitution of 1791"."""
        return bool(re.search(r"(?:\b(?:the|a|an|its|their|his|her)|[a-z]\s+of)\s+$", self.clause_before(pos), re.I)) \
            and not re.search(r"\b(?:end|beginning|middle|start|close|course|spring|summer|autumn|fall|winter|"
                              r"half|part|months?|years?|days?|weeks?|jan\w*|feb\w*|march|april|may|june|july|aug\w*|"
                              r"sept?\w*|oct\w*|nov\w*|dec\w*)\s+of\s+$", self.clause_before(pos), re.I)

    def _lead_years(self) -> dict[int, tuple[int, int]]:
        """Default (year, index of the dated expression) for candidates before the first year."""
        dated = [i for i, c in enumerate(self.cands) if c.kind in ("date", "season", "holiday") and c.f.get("y")
                 and not c.f.get("meta") or c.kind == "year" and not c.f.get("era")]
        # the year of a calendar rule ("Old Style until the change of February 1918") only when nothing else is dated
        dated = [i for i in dated if not self.in_declaration(self.cands[i].start)] or dated
        # a year that names a thing ("the Ikon of 1612", "the 1905 revolution") dates nothing around it
        first = next((i for i in dated if not self._attributive(self.cands[i].start)), dated[0] if dated else None)
        if first is None:
            return {}
        f = self.cands[first].f
        y, mo = f["y"], f.get("m") or _SEASON_START.get(f.get("s"), 1)  # "the autumn of 1913" starts in September
        looking_back = self._flash(self.cands[first].start)  # "As long ago as May, 1917, …": the story is later
        out = {}
        for i in range(first - 1, -1, -1):
            c = self.cands[i]
            m = c.f.get("m") if c.kind == "date" and not c.f.get("y") else None
            if m and m > mo and not looking_back:
                y -= 1
            if m:
                mo = m
            out[i] = (y, first)
        return out

    def year_for(self, i: int, pos: int) -> tuple[int | None, str | None]:
        """The year a partial expression at ``pos`` takes, and the id it rests on."""
        if self.tentative and self.tentative[2] == self.sent(pos) and not (
                self.clock.y is not None and self._clause_between(self.tentative[1], pos)
                and not re.match(r"(?:that|this|the\s+same|same)\b", self.text[pos:pos + 12], re.I)
                and not (self.cands[i].kind == "rel" and self.cands[i].f.get("n"))):
            # (a count, "a week later", counts on from the date said last, in passing or not)
            return self.tentative[0], self.tentative[1]
        if self.clock.y is not None:
            return self.clock.y, self.clock.id
        if i in self.lead:
            return self.lead[i][0], self.tid(self.lead[i][1])
        if self.looked_back is not None:  # no narrated year yet, only a look back: the story is that year or later
            return self.looked_back
        return None, None

    def _clause_between(self, tid: str, pos: int) -> bool:
        """Whether a new main clause opens between the expression ``tid`` and ``pos`` in their sentence: "Trotsky,
        whose sister had married Kamenev in 1902, thought him ‘soft’, and in November …", "The remark comes only
        from the memoirs of 1930, but the nickname was in use before the end of the year": a year said in passing
        dates its own clause, not the next one."""
        try:
            k = int(tid.rsplit("-t", 1)[1]) - 1
        except (IndexError, ValueError):
            return False
        if not 0 <= k < len(self.cands) or self.cands[k].end > pos:
            return False
        b = None
        for b in _NEW_CLAUSE.finditer(self.text, self.cands[k].end, pos):
            pass
        if b is None:
            return False
        # a look back that goes on in the pluperfect is still the look back: "As long ago as 1905 the process had
        # begun; the March Revolution had merely hastened it"
        return not re.search(r"\bhad\b", self.text[b.end():self._clause_end(pos)][:200])

    def passing_year(self, i: int, c) -> tuple[int, str] | None:
        """'He graduated in 1899. The same year he entered the university': a year counted
        from ("the same year", "the next year", "a year later") rests on the year named
        last, even one said in passing at the end of the previous sentence, when no other
        dated expression came between."""
        t = self.tentative
        if not t or c.f.get("u") not in ("year", "twelvemonth") or self.sent(c.start) - t[2] != 1:
            return None
        for j in range(i - 1, -1, -1):
            d = self.cands[j]
            if d.kind in ("date", "year", "season", "holiday", "decade", "century", "rel"):
                return (t[0], t[1]) if self.tid(j) == t[1] else None
        return None

    def in_declaration(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.declarations)

    def tid(self, i: int) -> str:
        return f"{self.doc_id}-t{i + 1}"

    def set_day(self, y, m, d, tid, pos):
        self.clock.y, self.clock.m, self.clock.d, self.clock.id = y, m, d, tid
        self.clock.day_pos, self.clock.chain, self.clock.off, self.clock.last_pod = pos, None, 0, None
        self.clock.day_src = pos if d is not None else -1
        self.clock.set_pos = pos

    def recent_day(self, pos: int) -> bool:
        return self.clock.day_pos >= 0 and self.para(pos) - self.para(self.clock.day_pos) <= 1

    def generic(self, pos: int) -> bool:
        # not words quoted in it: "to make 'England confides that every man will do his duty'" is no habit
        return bool(_HABITUAL.search(_QUOTED.sub(" ", self.sentence_text(pos))))

    # --- chain of days with an unknown date ---------------------------------------------------
    def chain_step(self, n: int, pos: int) -> None:
        if self.clock.chain is None:
            self.n_chains += 1
            self.clock.chain, self.clock.off = self.n_chains, 0
        self.clock.off += n
        self.clock.day_pos = pos

    def chain_value(self, y: int | None, suffix: str, off: int | None = None) -> tuple[str, tuple]:
        off = self.clock.off if off is None else off
        ch = self.clock.chain
        ys = f"{y:04d}" if y is not None else "XXXX"
        if ch in self.chains:
            o0, w0 = self.chains[ch]
            wd = (w0 - 1 + off - o0) % 7 + 1
            return f"{ys}-WXX-{wd}{suffix}", None
        return f"{ys}-XX-XX{suffix}", (ch, off, suffix, y)

    # --- main walk ----------------------------------------------------------------------------
    def run(self) -> list[_Out]:
        outs = self.outs = []
        base = replace(self.clock)
        for i, c in enumerate(self.cands):
            if self.week_on is not None:
                dd, tid, pos = self.week_on
                if c.kind in ("pod", "clock") or c.kind == "rel" and c.f.get("u") in ("day", "night", "morning", "evening") \
                        and not c.f.get("one"):
                    if self.para(c.start) == self.para(pos):
                        self.set_day(dd.year, dd.month, dd.day, tid, pos)
                if c.kind not in ("duration", "set"):
                    self.week_on = None
            src = self.clock.day_src if self.clock.day() else -1
            main = self._enter_flash(c)
            day0, id0 = self.clock.day(), self.clock.id
            o = getattr(self, "_" + c.kind)(i, c)
            self._leave_flash(i, c, o, main, day0, id0)
            if c.kind in ("rel", "pod", "clock") and not (c.f.get("appos") or c.f.get("event")):
                o.base = src
            if self.dct_mode:  # news: everything is relative to the document date
                self.clock, self.tentative = replace(base), None
            o.mod = o.mod or c.mod
            outs.append(o)
        for o in outs:  # name the days of chains whose weekday became known
            if o.chain and o.chain[0] in self.chains:
                ch, off, suffix, y = o.chain
                o0, w0 = self.chains[ch]
                o.value = f"{y:04d}-WXX-{(w0 - 1 + off - o0) % 7 + 1}{suffix}" if y is not None else \
                    f"XXXX-WXX-{(w0 - 1 + off - o0) % 7 + 1}{suffix}"
        self._clock_on_day(outs)
        return outs

    # --- a look back told day by day -----------------------------------------------------------
    def _flash_day_kind(self, c) -> bool:
        return not self.dct_mode and (c.kind in ("pod", "clock") or c.kind == "rel" and not c.f.get("one")
                                      and c.f.get("u") in ("day", "night", "morning", "evening")
                                      and not c.f.get("appos") and not c.f.get("event") and not c.f.get("deictic"))

    def _enter_flash(self, c) -> _Clock | None:
        """A look back told in the pluperfect with its own day ("They had left London six days before, on the
        evening of the 21st, crossing that night to Boulogne. Next day they went on to Paris") leaves the story's
        clock where it was, and the days and parts of day told after it in its paragraph count from the day looked
        back to. So does "next day" in a pluperfect clause right after the story moved on a day ("On the 3rd he
        sailed. He reached the port on the 9th; the ship had called at an island next day"): from the day before.
        Returns the story's clock while the look back's stands in for it."""
        if self.in_quote(c.start) or not self._flash_day_kind(c):
            return None
        fl = self.flash
        if fl is not None and self.para(c.start) != fl[2]:
            fl = self.flash = None
        if fl is None and c.kind == "rel" and (c.f.get("n") or 0) > 0 and self.prev_day is not None \
                and self.clock.day() and self._told_back(c, after=False) \
                and self.sent(c.start) - self.sent(self.clock.day_src) <= 1 \
                and self.para(c.start) - self.para(self.prev_day[2]) <= 1 and date(*self.prev_day[0]) < date(*self.clock.day()):
            fl = (date(*self.prev_day[0]), self.prev_day[1], self.para(c.start))
        if fl is None:
            return None
        main = self.clock
        d0 = fl[0]
        self.clock = replace(main, y=d0.year, m=d0.month, d=d0.day, id=fl[1], day_pos=c.start, day_src=c.start,
                             chain=None, off=0, last_pod=None if self.flash is None else main.last_pod)
        return main

    def _told_back(self, c, after: bool = True) -> bool:
        """Whether the clause of a time at ``c`` is in the pluperfect, before it or (``after``) after it: "He had
        left two days before", "Two days before, he had left" (:data:`PLUPERFECT`, and pluperfects of strong
        verbs it leaves out)."""
        a = max(self.text.rfind(ch, max(0, c.start - 200), c.start) for ch in ".!?;:,(")
        if _LOOK_BACK.search(self.text, a + 1, c.start):
            return True
        if not after:
            return False
        seg = self.text[c.end:min(c.end + 160, len(self.text))]
        m = _CLAUSE_STOP.search(seg)
        return bool(_LOOK_BACK.search(seg[:m.start()] if m else seg))

    def _leave_flash(self, i: int, c, o: _Out, main: _Clock | None, day0, id0) -> None:
        if main is not None:
            day = self.clock.day()
            self.flash = (date(*day), self.clock.id, self.para(c.start)) if day else None
            self.clock = main
            return
        day = self.clock.day()
        if day and day0 and day != day0:
            self.prev_day = (day0, id0, self.clock.day_src)
        if c.kind not in ("date", "rel") or self.dct_mode or self.in_quote(c.start):
            return
        m = re.match(r"(\d{4})-(\d\d)-(\d\d)", o.value or "")
        if not m:
            if c.kind == "date" and day != day0:
                self.flash = None
            return
        told = tuple(int(x) for x in m.groups())
        if told == day:
            self.flash = None  # the story's own day
        elif (c.kind == "date" or self._flash_day_kind(c)) and day == day0 and \
                self._told_back(c):
            self.flash = (date(*told), self.tid(i), self.para(c.start))

    def _clock_on_day(self, outs: list[_Out]) -> None:
        """A clock time said of the day right after it ("At five o'clock on the morning of the 2nd of September",
        "at half-past ten on the night of Friday the 13th") is on that day, and in its part of the day: a
        morning's five o'clock is 05:00, an evening's seven 19:00."""
        for k, o in enumerate(outs[:-1]):
            hm = re.search(r"T(\d\d):(\d\d)$", o.value or "")
            if o.cand.kind != "clock" or not hm:
                continue
            nxt = outs[k + 1]
            day = re.match(r"(\d{4}-\d\d-\d\d)(?:T(MO|AF|EV|NI))?$", nxt.value or "")
            if not day or not re.fullmatch(r"[ \t]+(?:on|of)[ \t]+", self.text[o.cand.end:nxt.cand.start]):
                continue
            h, pod = int(hm.group(1)), day.group(2)
            said = self.text[o.cand.start:o.cand.end].lower()
            if not re.search(r"\b(?:a\.?\s?m|p\.?\s?m)\b|noon|midnight|:", said):  # the hour was guessed
                if pod == "MO" and h > 12:
                    h -= 12
                elif pod in ("EV", "NI") and 5 <= h < 12:
                    h += 12
            o.value = f"{day.group(1)}T{h:02d}:{hm.group(2)}"
            o.anchor = self.tid(k + 1)

    # --- kinds --------------------------------------------------------------------------------
    def _date(self, i: int, c) -> _Out:
        f, tid = c.f, self.tid(i)
        suffix = f"T{f['pod']}" if f.get("pod") and ":" not in f["pod"] else f"T{f['pod']}" if f.get("pod") else ""
        if f.get("t"):
            suffix = "T" + f["t"]
        typ = "TIME" if suffix else "DATE"
        if f.get("inst") is not None:
            ck = self.clock
            if f.get("ord") and ck.m and ck.y and ck.d and f["d"] < ck.d and not self.dct_mode:
                # "… on the 18th. The fugitives had skirted Wilna before dawn on the 6th": a day before the clock's is
                # the nearer reading, back in the clock's month (12 days) or on in the next (19 days); told back, it
                # leaves the narrated day where it is (Reed's "On the 3rd" after 30 October is 4 days on: a day of
                # the next month, whose month is left unknown below as before)
                nm_y, nm = divmod(ck.y * 12 + ck.m, 12)
                try:
                    ahead = (date(nm_y, nm + 1, f["d"]) - date(ck.y, ck.m, ck.d)).days
                except ValueError:
                    ahead = 99
                if ck.d - f["d"] < ahead:
                    return _Out(c, typ, f"{ck.y:04d}-{ck.m:02d}-{f['d']:02d}{suffix}", ck.id)
            if f.get("ord") and not (self.clock.m and self.clock.y and (not self.clock.d or f["d"] >= self.clock.d)):
                # "On the 3rd": a day of the narrated month only when it comes after the clock's day in it
                # (Reed's "On the 3rd the leaders … had another meeting" after 30 October is November's)
                y = self.clock.y
                return _Out(c, typ, f"{y:04d}-XX-{f['d']:02d}{suffix}" if y is not None else f"XXXX-XX-{f['d']:02d}{suffix}")
            if self.clock.m and self.clock.y:
                yy, mm = divmod(self.clock.y * 12 + self.clock.m - 1 + f["inst"], 12)
                self.set_day(yy, mm + 1, f["d"], tid, c.start)
                return _Out(c, typ, f"{yy:04d}-{mm + 1:02d}-{f['d']:02d}{suffix}", self.clock.id)
            return _Out(c, typ, f"XXXX-XX-{f['d']:02d}{suffix}")
        y, anchor = f.get("y"), None
        if self.in_declaration(c.start):
            # "the year taken to begin on 1 January", "Dates before 14 February 1918 … are given in the Old Style":
            # a rule's day, which narrates nothing
            day = f"-{f['d']:02d}" if f.get("d") else ""
            return _Out(c, typ, f"{y:04d}-{f['m']:02d}{day}{suffix}" if y is not None else f"XXXX-{f['m']:02d}{day}{suffix}")
        if y is None:
            if not f.get("d") and self._generic_month(c):
                return _Out(c, typ, f"XXXX-{f['m']:02d}{suffix}")
            named = None if f.get("d") else self.name_year(i, c)
            y, anchor = self.bracket_year(i, c) or self.range_year(i, c) or named or self.year_for(i, c.start)
            if named and (y, anchor) == named:  # a name, not the narrative's month
                return _Out(c, typ, f"{y:04d}-{f['m']:02d}{suffix}", anchor)
            if y is not None and f.get("next_year"):
                y += 1
            elif y is not None and f.get("rel") and y == self.clock.y and self.clock.m:
                # "the previous February" is strictly before the clock's month, "the following May" after it
                if f["rel"] < 0 and (self.clock.m - f["m"]) % 12 <= (0 if f.get("last") else 1):
                    # the month before the clock's is "the month before"; "the previous February" said in
                    # February or March is the February of the year before
                    y -= 1 + (f["m"] > self.clock.m)
                elif f["rel"] < 0 and f["m"] > self.clock.m:
                    y -= 1
                elif f["rel"] > 0 and f["m"] <= self.clock.m:
                    y += 1
                if f["rel"] < 0:
                    return _Out(c, typ, f"{y:04d}-{f['m']:02d}{suffix}", anchor)  # a look back: the clock stays
            elif y is not None and self._rolls_over(i, c, y):
                y += 1  # "… on 14 December 1901. In January he went to Kiev": the January after
                if not f.get("d") and self.clock.day() and self._closing_aside(c.start) and not self._sentence_initial(c.start):
                    # "That night he set out …; the marshal kept the command six weeks; in January he threw it up.
                    # ¶ Thirteen days later …": a look ahead that closes its paragraph leaves the narrated day
                    return _Out(c, typ, f"{y:04d}-{f['m']:02d}{suffix}", anchor)
            elif y is not None and y == self.clock.y and self.clock.m and not f.get("d") and self._since(c.start) \
                    and f["m"] - self.clock.m > 3:
                y -= 1  # "(in February 1909) … since March": the last March before the story's month
        ys = f"{y:04d}" if y is not None else "XXXX"
        if not f.get("y") and anchor is not None and anchor == self.flash_year and y != self.clock.y:
            # "As long ago as 1905 the process had begun; the March Revolution had merely hastened it":
            # a month in the sentence of a flashback year is dated by it but does not move the clock
            day = f"-{f['d']:02d}" if f.get("d") else ""
            return _Out(c, typ, f"{ys}-{f['m']:02d}{day}{suffix}", anchor)
        if f.get("y") and (self._aside(c, f["y"]) or self._looks_back(c, f["y"])):
            self.tentative = (f["y"], tid, self.sent(c.start))
            if self._looks_back(c, f["y"]):
                self.flash_year = tid
            day = f"-{f['d']:02d}" if f.get("d") else ""
            return _Out(c, typ, f"{ys}-{f['m']:02d}{day}{suffix}")
        if f.get("y") and self.clock.y is None and self._flash(c.start) and self.looked_back is None:
            self.looked_back = (f["y"], tid)  # "As long ago as May, 1917, the Soviet had proclaimed …"
        if f.get("d") and f.get("dual") and f["dual"][2] and y is not None and self.ns_half \
                and self.ns_half(y, f["m"], f["d"], c.start, c.end):
            # "On 4/17 July she read the report" abroad, in a text that dates what happens abroad in the New Style:
            # the New Style half is the date (and the day counted on from)
            jm, jd, gm, gd = f["dual"]
            y += 1 if gm < jm else 0
            f.update(m=gm, d=gd, dual=None, ns_half=True)
            ys = f"{y:04d}"
        if f.get("d"):
            val = f"{ys}-{f['m']:02d}-{f['d']:02d}{suffix}"
            if y is not None and not f.get("meta") and not self._flash(c.start) and not self._twin(i, c) \
                    and not (self.other_style and self.other_style(c.start)) \
                    and not (self.marked_other and self.marked_other(y, f["m"], f["d"], c.start, c.end)):
                self.set_day(y, f["m"], f["d"], tid if f.get("y") else anchor, c.start)
                try:
                    self.run_start = (date(y, f["m"], f["d"]), tid, c.start)  # the first day of "the third night"
                except ValueError:
                    pass
                self.clock.last_pod = f.get("bucket") or f.get("pod")
                if f.get("y"):
                    self.tentative = None
            return _Out(c, typ, val, anchor)
        val = f"{ys}-{f['m']:02d}"
        if y is not None and not self._flash(c.start) and not self._month_aside(c, y):
            if (self.clock.y, self.clock.m) != (y, f["m"]):
                if self.clock.chain is not None and self.clock.y in (None, y) and self.recent_day(c.start):
                    self.clock.y, self.clock.m = y, f["m"]  # the month of the day being narrated
                else:
                    self.set_day(y, f["m"], None, tid if f.get("y") else (anchor or tid), c.start)
                    self.clock.day_pos = -1
            if f.get("y"):
                self.tentative = None
        return _Out(c, typ, val, anchor)

    def bracket_year(self, i: int, c) -> tuple[int, str] | None:
        """A day date and its twin in the other calendar, with the year written once after
        both: "7 November (25 October, O.S.) 1917", "December 5 (Old Style) 1917",
        "(17 January Old Style) 29 January 1860", "1 January [O.S. 19 December] 1917".
        The year is the outer date's; a bracketed December twin of a January date is in the
        year before (and a January twin of a December date in the year after)."""
        if not c.f.get("d"):
            return None
        partner = None  # the outer date this one is the bracketed twin of
        if i > 0 and self.cands[i - 1].kind == "date" and self.cands[i - 1].f.get("d") and \
                _TWIN_OPEN.fullmatch(self.text[self.cands[i - 1].end:c.start]):
            partner = self.cands[i - 1]
        last, twin = c.end, False
        for j in range(i + 1, min(i + 5, len(self.cands))):
            d = self.cands[j]
            gap = self.text[last:d.start]
            if d.kind == "date" and d.f.get("d") and not d.f.get("y"):
                if not twin and _TWIN_OPEN.fullmatch(gap):
                    last, twin = d.end, True  # "7 November (25 October, O.S.) 1917": the year comes after the twin
                    continue
                if re.fullmatch(r"\s*[-–—]\s*", gap):  # "3–7 July [16–20 July, N.S.] 1917"
                    last = d.end
                    continue
            if d.kind not in ("date", "year") or not d.f.get("y") or d.f.get("era") or d.f.get("range_end"):
                return None
            if not (not twin and _BRACKET_THEN.fullmatch(gap) or _CLOSE_THEN.fullmatch(gap)):
                return None
            if twin and d.kind != "year":
                return None
            if d.kind == "date" and not d.f.get("d"):
                return None
            y = d.f["y"]
            if d.kind == "date" and d.f.get("m"):
                partner = d
            if partner is not None and partner.f.get("m"):
                if c.f["m"] == 12 and partner.f["m"] == 1:
                    y -= 1
                elif c.f["m"] == 1 and partner.f["m"] == 12:
                    y += 1
            return y, self.tid(j)
        if partner is not None and self.outs and self.outs[-1].cand is partner:
            m = re.match(r"(\d{4})-(\d\d)", self.outs[-1].value or "")
            if m:
                y, pm = int(m.group(1)), int(m.group(2))
                y += -1 if (c.f["m"] == 12 and pm == 1) else 1 if (c.f["m"] == 1 and pm == 12) else 0
                return y, self.tid(i - 1)
        return None

    def _twin(self, i: int, c) -> bool:
        """A day date in brackets right after another, its twin in the other calendar ("On 4 July (17 July,
        New Style) he marched …; two days later"): the story goes on in the outer date's calendar, so the
        twin leaves the clock on the outer date."""
        if i == 0 or not c.f.get("d"):
            return False
        p = self.cands[i - 1]
        return p.kind == "date" and bool(p.f.get("d")) and bool(_TWIN_OPEN.fullmatch(self.text[p.end:c.start]))

    def name_year(self, i: int, c) -> tuple[int, str] | None:
        """A month naming an event takes the year the name gives: "the February Revolution
        of 1917", "the October Manifesto of 1905", "the 1917 October Revolution"."""
        if c.f.get("d") or not re.match(r"[ \t]+[A-Z][a-z]", self.text[c.end:c.end + 3]):
            return None
        if i + 1 < len(self.cands):
            d = self.cands[i + 1]
            if d.kind == "year" and d.f.get("y") and not d.f.get("era") and _NAME_OF.fullmatch(self.text[c.end:d.start]):
                return d.f["y"], self.tid(i + 1)
        if i > 0:
            d = self.cands[i - 1]
            if d.kind == "year" and d.f.get("y") and not d.f.get("era") and re.fullmatch(r"[ \t]+", self.text[d.end:c.start]) \
                    and not d.f.get("range_end") and not re.match(r"\s*[-–—]", self.text[d.end:d.end + 3]):
                return d.f["y"], self.tid(i - 1)
        return None

    def range_year(self, i: int, c) -> tuple[int, str] | None:
        """'August and September 1914', 'March 5-9, 1918', '(July-November 1954)': the year
        of the dated expression the partial one is coordinated with."""
        for j in (i + 1, i + 2):
            if j >= len(self.cands):
                return None
            d = self.cands[j]
            gap = self.text[c.end:d.start]
            if len(gap) > 20 or not _RANGE_GAP.fullmatch(gap):
                return None
            if d.kind in ("date", "year", "season") and d.f.get("y"):
                return d.f["y"], self.tid(j)
            c = d
        return None

    def _generic_month(self, c) -> bool:
        after = self.text[c.end:c.end + 30]
        return bool(re.match(r"\s*(?:(?:and|or)\s+\w+\s+)?(?:are|is)\s+(?:the|always|usually|a)\b", after))

    def _rolls_over(self, i: int, c, y: int) -> bool:
        """A month of the new year told next after a narrated day late in the old one: the clock at a day
        date of October to December, in this paragraph or the one before, and the sentence opening with
        "In January", "On 3 February", "Early in March" (a month of January to March), no look back in it."""
        ck = self.clock
        if self.dct_mode or not (ck.m and y == ck.y and ck.m >= 9 and c.f["m"] <= 4 and ck.m - c.f["m"] >= 6):
            return False
        if not (ck.d and self.recent_day(c.start)) and not (ck.set_pos >= 0 and self.para(c.start) - self.para(ck.set_pos) <= 1):
            return False
        head = self.sentence_head(c.start)
        opening = re.fullmatch(r"[\s“\"‘(_]*(?:(?:in|on|by|early|late|mid-?|during|at|the|that|beginning|end|middle|start|of|"
                               r"and|then|but)\s*)*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?", head, re.I)
        # or told in a later clause, after a comma or a semicolon: "…, and by February the doctor feared consumption",
        # "…; at Posen, in January, he threw it up" (a month of the turn of the year: September or later, then April
        # or earlier, half a year on at least)
        later = re.search(r"(?:[,;]\s*(?:(?:and|but|then|so)\s+)?|[,;]\s*(?:at|in)\s+[A-Z][\w’'-]+,\s*)"
                          r"(?:(?:in|by|on|early\s+in|late\s+in|during)\s+)(?:the\s+)?$", head, re.I)
        # or anywhere "in" or "that" month at most two after the clock's across the turn of the year ("she
        # reached Warsaw on 30 December … she told Kautsky in January", "in December he was taken to Krasnoyarsk
        # … where he arrived that February"): ten months back would be a look back, told in the pluperfect
        anywhere = ck.m - c.f["m"] >= 10 and re.search(r"\b(?:in|that)\s+$", head, re.I)
        if not (opening or later and ck.m - c.f["m"] >= 6 or anywhere):
            return False
        e = self._clause_end(c.end)
        return not PLUPERFECT.search(self.text[c.end:e][:160]) and not self._flash(c.start)

    def _month_aside(self, c, y: int) -> bool:
        """A month that leaves the narrated day where it is: one used as a noun's modifier ("elected in the
        January elections"), or an earlier month of the clock's year in a pluperfect clause ("In January he had
        been elected for Macerata") while a day is narrated."""
        before = self.text[max(0, c.start - 12):c.start]
        after = self.text[c.end:c.end + 30]
        if before.endswith("(") and after.startswith(")"):
            return True  # "the Seventh (April) Conference": a month in a bracket names, it does not narrate
        if re.search(r"\b(?:the|a|an|its|his|her|their)\s+$", before, re.I) and \
                re.match(r"[ \t]+(?!(?:of|and|or|to|through|until|till|when|while|that|which|in|on|at|for|as|he|she|they|it|"
                         r"we|I|is|was|were|had|has|have|there|then|before|after)\b)[a-z]{3,}", after):
            return True
        if self.clock.d and self.clock.y == y and self.clock.m and c.f["m"] < self.clock.m:
            e = self._clause_end(c.end)
            m = re.search(r"[.!?()\[\]]|\b(?:and|but|which|who|when|while|because|although|though|until)\b", self.text[c.end:e])
            return bool(PLUPERFECT.search(self.text[c.end:c.end + m.start() if m else e][:160]))
        return False

    def _since(self, pos: int) -> bool:
        """Right after "since": a point the story has already passed ("since Christmas", "since March")."""
        return bool(re.search(r"\b(?:ever\s+)?since\s+(?:the\s+)?$", self.clause_before(pos), re.I))

    def _flash(self, pos: int) -> bool:
        # only the clause the date stands in: "Within a month he had joined a circle, and on 22 April he
        # marched" narrates 22 April
        # nor a relative clause closed before it: "Villeneuve, who had been taunted with cowardice, and who knew
        # that Rosily had been named to supersede him, put to sea on the 19th" narrates the 19th
        head = self.sentence_head(pos)
        head = _CLOSED_RELATIVE.sub(" ", head)[-80:]
        seg = re.split(r",\s+(?:and|but|yet|then)\s+", head)[-1]
        return bool(_FLASH.search(seg))

    def _aside(self, c, y: int) -> bool:
        """A dated expression said in passing, which leaves the clock where it is: the end
        of a span reaching ahead ("lasted until ... February 1945", "as of December 5,
        2006"), a parenthesis, or a month far from the clock in mid-sentence."""
        if self.clock.y is None or y == self.clock.y or self.dct_mode or self._heading(c.start):
            return False
        if _FORWARD.search(self.clause_before(c.start)) or self._in_parens(c.start):
            return True
        if abs(y - self.clock.y) > 1 and self.quoted(c.start):
            return True  # a date quoted from a caption, a letter or a speech: “12 October 1812”
        if not c.f.get("d") and self._said_of_noun(c):
            return True
        return abs(y - self.clock.y) > 1 and not c.f.get("d") and not self._sentence_initial(c.start) \
            and not self._opening_clause(c.start)

    def _main_clause_end(self, start: int, end: int) -> bool:
        """The date that closes a plain main clause: "She returned to St Petersburg in 1905." (a narrated date,
        not one said in passing in a relative or participial clause: "the party, founded in 1898, …")."""
        head = self.sentence_head(start)
        return bool(re.fullmatch(r"\s*[.!?]", self.text[end:end + 2][:1] or "")) and len(head) < 120 and not re.search(
            r"[,;:()\[\]“”\"]|\b(?:who|which|whom|whose|that|when|where|while|after|before|since|until|till|whereas|"
            r"although|though|because|if|unless|had|born|founded|died|lived)\b", head, re.I)

    def _looks_back(self, c, y: int) -> bool:
        """An earlier year than the clock's in a pluperfect clause ("in the autumn of 1905, after the October
        Manifesto, he had gone home to Odessa" in a story at 1908): a flashback, which leaves the clock where it
        is. Only a jump of more than a year back: "Early in 1839 … she had returned from Scotland" after 1840 narrates."""
        if self.clock.y is None or y >= self.clock.y or self.dct_mode or self._heading(c.start):
            return False
        m = c.f.get("m") or _SEASON_START.get(c.f.get("s"))
        if self.clock.m and m and (self.clock.y * 12 + self.clock.m) - (y * 12 + m) > 12 \
                and not STORY_AT.search(self.clause_before(c.start)):
            # more than twelve months before the narrated month, in the pluperfect: "By December 1916 he had spent
            # two years in exile. Sentenced in February 1915, he had been sent to …" looks back
            return pluperfect_after(self.text, c.end, self._clause_end(c.end))
        if y == self.clock.y - 1:
            # a year back is a look back only inside a relative clause in the pluperfect: "Bronstein, who had
            # led the Soviet's executive after the arrest of its chairman in late November 1905, received …"
            head = self.sentence_head(c.start)
            return bool(re.search(r",\s+(?:who|which|whom)\s+had\b[^;:()“”\"]*$", head)) \
                and not STORY_AT.search(self.clause_before(c.start))
        if STORY_AT.search(self.clause_before(c.start)):
            return False  # "By early 1958, he had organized a coup": the story is at that date
        return pluperfect_after(self.text, c.end, self._clause_end(c.end)) or looking_back(self.text, c.start)

    def _in_parens(self, pos: int) -> bool:
        seg = self.clause_before(pos)
        return seg.count("(") > seg.count(")")

    def _heading(self, pos: int) -> bool:
        """True inside a short line without final punctuation (a section title)."""
        ls = self.text.rfind("\n", 0, pos) + 1
        le = self.text.find("\n", pos)
        line = self.text[ls:le if le >= 0 else len(self.text)].strip()
        return 0 < len(line) <= 80 and line[-1] not in ".;:,!?\"”’" and (ls == 0 or self.text[ls - 2:ls] == "\n\n"
                                                                       or self.text[le:le + 2] == "\n\n")

    def _year(self, i: int, c) -> _Out:
        y, tid = c.f["y"], self.tid(i)
        val = f"BC{-y:04d}" if y < 0 else f"{y:04d}"
        if c.f.get("half"):
            val += f"-H{c.f['half']}"
        if self.in_declaration(c.start):
            return _Out(c, "DATE", val)  # "Dates before 1918 are Old Style": a rule's year
        if self._narrates_year(i, y, c):
            if self.clock.y != y:
                self.set_day(y, None, None, tid, c.start)
                self.clock.day_pos = -1
            self.tentative = None
        else:
            self.tentative = (y, tid, self.sent(c.start))
            self.flash_year = tid if self._flash(c.start) or self._looks_back(c, y) else None
        return _Out(c, "DATE", val)

    def _narrates_year(self, i: int, y: int, c) -> bool:
        if self.clock.y is not None and abs(y - self.clock.y) > 1 and self.quoted(c.start):
            return False  # “In 1905 we were beaten,” he said.
        if c.f.get("range_end") and self.clock.y is not None:
            return False  # "Second emigration (1907–1914)": the story goes on from the range's start
        if self.dct_mode and self.clock.y and abs(y - self.clock.y) > 0 and not self._sentence_initial(c.start):
            return False
        if self._heading(c.start) and not self._flash(c.start):
            return True  # "Campaign of 1905", "2009: Coalition exit" open a new part
        if self._flash(c.start) or re.search(r"\bof\s*$", self.clause_before(c.start)) and self.clock.y is not None:
            return False
        if self.clock.y is None and self._attributive(c.start) and i in self.lead:
            return False  # "in honour of the Ikon of 1612" before the story's first date
        if self._looks_back(c, y):
            return False
        if self.clock.y is not None and re.search(r"\b(?:the|a|an|its|their|his|her)\s+$", self.clause_before(c.start), re.I):
            return False  # attributive: "The 1614 rules", "the 1978 Treaty"

        if self.clock.y is not None and y != self.clock.y and self._said_of_noun(c):
            return False
        if self.clock.y is None or abs(y - self.clock.y) <= 1:
            return True
        if self._sentence_initial(c.start) or self._opening_clause(c.start):
            return True
        if y > self.clock.y and _LOOK_AHEAD.search(self.clause_before(c.start)):
            return False  # "she would not see Moscow until 1922", "he was to return in 1930": the future of the story
        if self._main_clause_end(c.start, c.end) or _NOT_UNTIL.search(self.clause_before(c.start)):
            return True  # "She returned to St Petersburg in 1905.", "She did not return … until 1905."
        rest = self.sentence_text(c.start)[c.end - self.sent_starts[self.sent(c.start)]:]
        nxt = next((d for d in self.cands if d.start >= c.end), None)
        return bool(nxt and nxt.kind == "date" and not nxt.f.get("y") and nxt.start - c.end < len(rest))

    def _said_of_noun(self, c) -> bool:
        """In a clause set off by commas that says something of the noun before it and closes right after the
        date: "Tyrkova, whose memoir appeared in London in 1919, put her at the gates", "the party, founded in
        1898, …". The main clause goes on at the story's date."""
        head = self.sentence_head(c.start)
        return bool(_RELATIVE_ASIDE.search(head)) and bool(re.match(r"\s*,", self.text[c.end:c.end + 3]))

    def _opening_clause(self, pos: int) -> bool:
        """In a temporal clause that opens its sentence: "When the war broke out in August 1914 he was in
        Brittany" narrates that date as much as "In August 1914 …" does."""
        head = self.sentence_head(pos)
        return bool(re.fullmatch(r"[\s“\"‘(_]*(?:when|after|before|once|as\s+soon\s+as|by\s+the\s+time|while|until|till)\b"
                                 r"[^,;:()“”\"]{0,80}", head, re.I))

    def _sentence_initial(self, pos: int) -> bool:
        head = self.sentence_head(pos)
        head = re.sub(r"^[\s“\"‘(_]*(?:(?:early|late|later|and|but|then|so|by|in|during|from|until|till|about|around|"
                      r"toward|towards|at|on|the|end|of|beginning|middle|year|spring|summer|autumn|fall|winter)\s+)*",
                      "", head, flags=re.I)
        return not head.strip()

    def _season(self, i: int, c) -> _Out:
        f = c.f
        s = f["s"]
        if f.get("y") and self._looks_back(c, f["y"]):
            self.tentative = (f["y"], self.tid(i), self.sent(c.start))
            self.flash_year = self.tid(i)
            return _Out(c, "DATE", f"{f['y']:04d}-{s}")
        if f.get("y"):
            self.tentative = None
            if f.get("turn") and not self._flash(c.start):
                # "Achinsk in the winter of 1916–17 …; he wrote that January": the story is at the turn of the
                # year, its December, so that a January or February told next is the new year's
                self.set_day(f["y"], 12, None, self.tid(i), c.start)
                self.clock.day_pos = -1
            elif self.clock.y != f["y"] and not self._flash(c.start):
                self.set_day(f["y"], None, None, self.tid(i), c.start)
                self.clock.day_pos = -1
            elif self.clock.y != f["y"]:
                # "They had met in Helsingfors in the spring of 1917 … and had been lovers since the summer": a look
                # back dates the partial dates of its own sentence, and leaves the clock
                self.tentative = (f["y"], self.tid(i), self.sent(c.start))
                if self.clock.y is None and self.looked_back is None:
                    # "Lord Byron had been elected … in the spring of 1823": while no year is narrated, the story
                    # is at that year or later, as after "As long ago as May, 1917"
                    self.looked_back = (f["y"], self.tid(i))
            return _Out(c, "DATE", f"{f['y']:04d}-{s}")
        if not f.get("det") and self.generic(c.start) or f.get("det") == "one":
            return _Out(c, "DATE", f"XXXX-{s}")
        y, anchor = self.range_year(i, c) or self.year_for(i, c.start)
        if y is None:
            return _Out(c, "DATE", f"XXXX-{s}")
        if s == "WI" and not f.get("rel") and (self.clock.m in (1, 2) or self.clock.y == y and self.clock.m and
                                               self.clock.m < 12 and looking_back(self.text, c.start)):
            y -= 1  # in May 1910 "he had spent the winter in Moscow": the winter that ended, 1909-10
        if s != "WI" and not f.get("rel") and y == self.clock.y and self.clock.m and self.clock.m < _SEASON_START[s] \
                and (self._since(c.start) or f.get("det") not in ("that", "this") and looking_back(self.text, c.start)):
            # (in February) "she had been in the district since the autumn": the autumn before; so too (in January)
            # "Trotsky, who had been expelled from France in the autumn" ("that spring" is the clock's year's)
            y -= 1
        elif f.get("rel") == 1 and y == self.clock.y and self.clock.m and self.clock.m < _SEASON_START[s]:
            pass  # "arrived in Vologda on 2 February. The following spring": the spring after February, same year
        elif f.get("rel") == -1 and y == self.clock.y and self.clock.m and self.clock.m > _SEASON_START[s]:
            pass  # "sentenced on 2 November. … the previous autumn": the last autumn begun before November
        else:
            y += f.get("rel", 0)
        return _Out(c, "DATE", f"{y:04d}-{s}", anchor)

    def _decade(self, i: int, c) -> _Out:
        if "v" in c.f:
            return _Out(c, "DATE", c.f["v"])
        cent = (self.clock.y // 100) if self.clock.y else 19
        return _Out(c, "DATE", f"{cent:02d}{c.f['dw']}", self.clock.id)

    def _century(self, i: int, c) -> _Out:
        return _Out(c, "DATE", c.f["v"])

    def _holiday(self, i: int, c) -> _Out:
        key, y = c.f["h"], c.f.get("y")
        anchor = None
        if y is None and self.in_declaration(c.start) and key in HOLIDAYS_FIXED_DAYS:
            m, d = HOLIDAYS_FIXED_DAYS[key]  # "rather than on Lady Day" in the calendar's declaration: a rule's day
            return _Out(c, "DATE", f"XXXX-{m:02d}-{d:02d}")
        if y is None:
            y, anchor = self.year_for(i, c.start)
        from chronicle.annotate.timex_patterns import HOLIDAYS_EASTER, HOLIDAYS_FIXED
        if key in HOLIDAYS_FIXED:
            m, d = HOLIDAYS_FIXED[key]
        elif y is None:
            return _Out(c, "DATE", "XXXX-XX-XX")
        else:
            which = self.calendar_of(y, 4, c.end)
            em, ed = cal.easter(y, which)
            y2, m, d = cal.shift_days(y, em, ed, HOLIDAYS_EASTER[key])
        if y is None:
            return _Out(c, "DATE", f"XXXX-{m:02d}-{d:02d}")
        if self.generic(c.start) and not c.f.get("y"):
            return _Out(c, "DATE", f"XXXX-{m:02d}-{d:02d}")
        if not c.f.get("y") and self._since(c.start):
            if y == self.clock.y and self.clock.m and m - self.clock.m > 3:
                y -= 1  # "(in February 1909) he had not eaten meat since Christmas": the last Christmas before
            return _Out(c, "DATE", f"{y:04d}-{m:02d}-{d:02d}", anchor)
        if self._flash(c.start) and not c.f.get("y"):
            return _Out(c, "DATE", f"{y:04d}-{m:02d}-{d:02d}", anchor)
        if not c.f.get("y") and re.match(r"[ \t]+[a-z]", self.text[c.end:c.end + 3]) and \
                re.search(r"\b(?:the|a|an|his|her|their|its)\s+$", self.text[max(0, c.start - 8):c.start], re.I):
            # "on 22 April he marched in the May Day demonstration": a name for the event, not the day narrated
            return _Out(c, "DATE", f"{y:04d}-{m:02d}-{d:02d}", anchor)
        self.set_day(y, m, d, self.tid(i) if c.f.get("y") else anchor, c.start)
        return _Out(c, "DATE", f"{y:04d}-{m:02d}-{d:02d}", anchor)

    calendar_of = None  # set by resolve_groups: (y, m, pos) -> 'julian'|'gregorian'
    # set by resolve_groups: pos -> whether a date there is told in another calendar than the author's ("The Russian
    # bulletins dated the action the 12th of October, for the Russians still reckoned by the old calendar"): the
    # same day told again, so it leaves the clock on the author's date
    other_style = None
    marked_other = None
    ns_half = None  # set by resolve_groups: (y, m, d, start, end) -> whether a double date is read by its New Style half

    def _rel(self, i: int, c) -> _Out:
        f, ck = c.f, self.clock
        pod = f.get("pod")
        suffix = f"T{pod}" if pod else ""
        typ = "TIME" if pod else "DATE"
        u, n = f["u"], f.get("n")
        if self._apposed_count(c):
            # "on 7 March 1917, five days after Nicholas II had abdicated": the day is the date before it; the
            # count says how long after the event it fell, a span (P5D), and moves nothing
            return _Out(c, "DURATION", duration_value(abs(n), u))
        if f.get("appos") or f.get("event"):
            o = self._event_anchored(i, c, n, u)
            if o is not None or f.get("appos"):
                return o or _Out(c, "DATE", "XXXX-XX-XX")
            if self.dct_mode and f.get("later") or f.get("told"):  # news: "one year after he was killed" is a span
                return _Out(c, "DURATION", duration_value(abs(n), u))  # as is "two days after she arrived", untold
        if f.get("ordday"):  # "on the third night": the day date that began the run of days, plus two
            rs = self.run_start
            if rs is None or self.para(c.start) - self.para(rs[2]) > 1 or self.dct_mode:
                y, anchor = self.year_for(i, c.start)
                return _Out(c, typ, f"{y:04d}-XX-XX{suffix}" if y is not None else f"XXXX-XX-XX{suffix}", anchor)
            dd = rs[0] + timedelta(days=n)
            ck.y, ck.m, ck.d, ck.day_pos, ck.id, ck.chain = dd.year, dd.month, dd.day, c.start, self.tid(i), None
            ck.day_src = c.start
            ck.last_pod = pod
            return _Out(c, typ, f"{dd.isoformat()}{suffix}", rs[1])
        if f.get("one"):  # "one day", "one evening": an unknown day of the current year
            y, anchor = self.year_for(i, c.start)
            ck.d, ck.chain, ck.day_pos = None, None, -1
            return _Out(c, typ, f"{y:04d}-XX-XX{suffix}" if y is not None else f"XXXX-XX-XX{suffix}", anchor)
        if u in ("day", "night", "morning", "evening"):
            return self._rel_day(i, c, n, suffix, typ)
        if u in ("week", "fortnight"):
            day = ck.day()
            if day and u == "week" and n and f.get("pattern") == "n_later" and not f.get("deictic") and not f.get("ago") \
                    and not c.mod and not self.dct_mode:
                # "On 4 March … then, a week later, in the Pawiak": a count of weeks from a known day is that day
                # (4 March → 11 March), as "a fortnight later" is; "five weeks earlier" is a look back and leaves
                # the clock. (It was the ISO week; WikiWars has no such count from a known day.) "the next week"
                # names a calendar week and keeps its ISO week.
                dd, anchor = date(*day) + timedelta(weeks=n), ck.id
                if n > 0 and not self.in_quote(c.start):
                    self.set_day(dd.year, dd.month, dd.day, self.tid(i), c.start)
                return _Out(c, "DATE", dd.isoformat(), anchor)
            if day and u == "week":
                dd = date(*day) + timedelta(weeks=n)
                iy, iw, _ = dd.isocalendar()
                if n > 0 and not f.get("deictic") and not self.in_quote(c.start):
                    # "A week later the inspector summoned him. … That evening": the value keeps the
                    # week (TIMEX3, as WikiWars gives it); a part of day or a day counted on from it
                    # next, in the same paragraph, is on the day a week on
                    self.week_on = (dd, self.tid(i), c.start)
                return _Out(c, "DATE", f"{iy:04d}-W{iw:02d}", ck.id)
            if day:
                dd = date(*day) + timedelta(days=14 * n)
                anchor = ck.id
                if n > 0 and not f.get("deictic") and not self.in_quote(c.start):
                    self.set_day(dd.year, dd.month, dd.day, self.tid(i), c.start)  # "A fortnight later … that evening"
                return _Out(c, "DATE", dd.isoformat(), anchor)
            y, anchor = self.year_for(i, c.start)
            return _Out(c, "DATE", f"{y:04d}-WXX" if y is not None else "XXXX-WXX", anchor)
        if u == "month":
            y, anchor = self.year_for(i, c.start)
            if y is None or not ck.m:
                return _Out(c, "DATE", f"{y:04d}-XX" if y is not None else "XXXX-XX", anchor)
            yy, mm = divmod(y * 12 + ck.m - 1 + n, 12)
            if n > 0 and not f.get("deictic"):
                self.set_day(yy, mm + 1, None, ck.id, c.start)
                self.clock.day_pos = -1
            return _Out(c, "DATE", f"{yy:04d}-{mm + 1:02d}", anchor)
        if u in ("year", "decade", "century", "generation", "twelvemonth"):
            k = {"year": 1, "twelvemonth": 1, "decade": 10, "century": 100, "generation": 30}[u]
            passing = self.passing_year(i, c)
            y, anchor = passing or self.year_for(i, c.start)
            if y is None:
                return _Out(c, "DATE", "XXXX")
            yy = y + n * k
            if f.get("new_year") and re.search(r"\b(?:before|after|until|till|since|at|by|on)\s+$", self.clause_before(c.start), re.I):
                return _Out(c, "DATE", f"{yy:04d}-01-01", anchor)  # "Eight days before the new year": its first day
            if f.get("ago") and ck.m and u == "year":
                return _Out(c, "DATE", f"{yy:04d}-{ck.m:02d}", anchor)
            if n * k >= 2 and not passing and not f.get("deictic") and c.mod in ("APPROX", "LESS_THAN", "MORE_THAN") \
                    and not self._sentence_initial(c.start) and (self._participle_aside(c) or self._comma_aside(c)):
                # "Her memoir, written some thirty years later, says …", "Wellington, nearly thirty years afterwards,
                # gave this account": a rough lapse said in passing is how long after, not a year of the story
                return _Out(c, "DURATION", duration_value(abs(n) * k, "year"))
            if n * k >= 2 and not passing and not f.get("deictic") and self._participle_aside(c):
                return _Out(c, "DATE", f"{yy:04d}", anchor)  # the aside's own time: its sentence stays in the story's
            if n > 0 and not passing and not f.get("deictic") and self._looking_ahead(c.start):
                return _Out(c, "DATE", f"{yy:04d}", anchor)  # "Volodarsky, who would be shot the following year": its
                # own clause's time; the story stays where it was
            if not passing and not f.get("deictic") and (n * k >= 2 and (self._closing_aside(c.start)
                                                                         or self._concessive(c.start))
                                                             or n > 0 and _FORWARD.search(self.clause_before(c.start))):
                # (and the end of a span reaching ahead: "She did not join him until the following year")
                self.tentative = (yy, self.tid(i), self.sent(c.start))  # dates its own sentence only
                return _Out(c, "DATE", f"{yy:04d}", anchor)
            if (n > 0 or passing and n == 0) and not f.get("deictic"):
                self.set_day(yy, None, None, anchor, c.start)
                self.clock.day_pos = -1
            return _Out(c, "DATE", f"{yy:04d}", anchor)
        # hours, minutes: a time on the clock's day
        day = ck.day()
        return _Out(c, "TIME", f"{day[0]:04d}-{day[1]:02d}-{day[2]:02d}" if day else "XXXX-XX-XX", ck.id)

    def _apposed_count(self, c) -> bool:
        """A count of days or weeks from an event ("two days after leaving home", "four days after it had left",
        "five days before Lenin stepped down") set off by a comma right after a day date: the date names the
        day, the count is a span between the two events."""
        f = c.f
        if not f.get("later") or f.get("ago") or f.get("deictic") or not f.get("n") or f.get("pod") \
                or f.get("u") not in ("day", "week", "fortnight", "month") or self.dct_mode:
            return False
        if not re.match(r"(?:about|some|nearly|almost|over|more\s+than|less\s+than|only|just|a|an|one|two|three|four|"
                        r"five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s", self.text[c.start:c.end], re.I):
            return False
        if not re.match(r"\s+(?:after|before)\b", self.text[c.end:c.end + 8]) \
                and not re.search(r"\b(?:after|before)$", self.text[c.start:c.end]):
            return False
        prev = self.outs[-1] if self.outs else None
        if prev is None or not _DAY_VAL.match(prev.value or "") or \
                not re.fullmatch(r"\s*(?:\([^()]{0,30}\)\s*)?,\s*", self.text[prev.cand.end:c.start]):
            return False
        # "On 27 June 1950, two days after the KPA invaded, …": heading its sentence, the pair restates the
        # sentence's time and the count names the same day (as WikiWars gives it)
        return not re.fullmatch(r"[\s“\"‘(]*(?:(?:on|in|by|early|late|the|morning|evening|night|afternoon|of)\s+)*",
                                self.sentence_head(prev.cand.start), re.I)

    def _participle_aside(self, c) -> bool:
        """A leap of years in a participial clause set off by commas: "Krupskaya, writing her memoirs twenty years
        later, remembered that autumn" — the memoir's time, said in passing; the story stays where it was."""
        head = self.sentence_head(c.start)
        return bool(re.search(r",\s+(?:[a-z]+ing|[a-z]+ed|who|which|whose|" + _IRREGULAR_PARTICIPLES + r")\b[^,;:()\[\]“”\"]{0,60}$", head)) \
            and bool(re.match(r"\s*,", self.text[c.end:c.end + 3]))

    def _looking_ahead(self, pos: int) -> bool:
        """A time in a relative clause in the future of the past ("a tailor's cutter, who would be shot dead in
        Petrograd the following year", "the paper, which would close the next year"): the clause looks ahead from
        the story, which stays where it was."""
        return bool(re.search(r"\b(?:who|which|whom|whose)\b[^,;:()\[\]“”\"]{0,60}?\bwould\b[^,;:()\[\]“”\"]{0,80}$",
                              self.sentence_head(pos)))

    def _comma_aside(self, c) -> bool:
        """A time set off by commas on its own: "The Duke, nearly thirty years afterwards, gave this account"."""
        return bool(re.search(r",\s*$", self.text[max(0, c.start - 3):c.start])) \
            and bool(re.match(r"\s*,", self.text[c.end:c.end + 3]))

    def _concessive(self, pos: int) -> bool:
        """Inside a clause of concession or reason ("…, kneeling on the bank, though the only witness was writing
        twenty years later"): a leap of years there says when something else happened; the story stays."""
        return bool(re.search(r"\b(?:though|although|whereas|because)\b[^;:()“”\"]*$", self.sentence_head(pos), re.I))

    def _closing_aside(self, pos: int) -> bool:
        """A leap of years told in the last sentence of a paragraph that does not open with it looks
        ahead and comes back: "Her sister Nadezhda said little; six years later she became his wife.
        ¶ On 12 March the Bureau …" is still the March of the story, not six years on. A paragraph that
        opens with the leap ("Six years later he was in Paris.") or goes on after it moves the story."""
        k = self.sent(pos)
        para = self.para(pos)
        first = k == 0 or self.para(self.sent_starts[k - 1]) < para
        last = k + 1 >= len(self.sent_starts) or self.para(self.sent_starts[k + 1]) > para
        return last and not first

    def _rel_day(self, i: int, c, n: int, suffix: str, typ: str) -> _Out:
        ck, f = self.clock, c.f
        if f.get("deictic") and n == 0 and not suffix and not self.dct_mode and not self.quoted(c.start) \
                and re.fullmatch(r"to-?day", self.text[c.start:c.end], re.I) and _PRESENT.search(self.sentence_text(c.start)):
            return _Out(c, "DATE", "PRESENT_REF")  # the writer's today: "still in operation today", "is today remembered"
        if n == 0 and not f.get("deictic"):
            o = self._that_events_day(i, c, suffix, typ)
            if o is not None:
                return o
        day = ck.day()
        moves = n >= 0 and not f.get("deictic") and not self.in_quote(c.start)
        if day:
            dd = date(*day) + timedelta(days=n) if day[0] > 0 else None
            val = f"{dd.isoformat()}{suffix}" if dd else "XXXX-XX-XX"
            anchor = ck.id
            if moves and dd:
                ck.y, ck.m, ck.d, ck.day_pos, ck.id = dd.year, dd.month, dd.day, c.start, self.tid(i)
                ck.day_src = c.start
                ck.last_pod = f.get("bucket") or f.get("pod")
            return _Out(c, typ, val, anchor)
        y, anchor = self.year_for(i, c.start)
        if n == 0 and ck.chain is None:
            return _Out(c, typ, f"{y:04d}-XX-XX{suffix}" if y is not None else f"XXXX-XX-XX{suffix}", anchor)
        if moves:
            self.chain_step(n, c.start)
            ck.last_pod = f.get("bucket") or f.get("pod")
            val, ch = self.chain_value(y, suffix)
        else:
            if ck.chain is None:
                self.chain_step(0, c.start)
            val, ch = self.chain_value(y, suffix, ck.off + n)
        return _Out(c, typ, val, anchor, chain=ch)

    def _event_anchored(self, i: int, c, n: int, u: str) -> _Out | None:
        """A day named by or counted from an event: in apposition to the day date just
        before it ("On 27 June 1950, two days after the KPA invaded") it is that day; with
        the event's date later in its clause ("three days before his arrival on 14 October
        1917") it is counted from that date. None when neither holds."""
        prev = self.outs[-1] if self.outs else None
        if prev is not None and _DAY_VAL.match(prev.value or "") and \
                re.fullmatch(r"\s*(?:[(\[]\s*(?:O\.\s?S\.|N\.\s?S\.|(?:Old|New)\s+Style)\s*[)\]]\s*)?"  # "4 March 1917 (O.S.), two days after"
                             r"(?:,|\(|[-–—])\s*(?:(?:known|called|remembered)\s+as\s+)?[\"“]?",
                             self.text[prev.cand.end:c.start]):
            return _Out(c, "DATE", prev.value[:10], self.tid(i - 1))
        if c.f.get("appos"):
            return None
        clause_end = self._clause_end(c.end)
        for j in range(i + 1, min(i + 4, len(self.cands))):
            d = self.cands[j]
            if d.start >= clause_end:
                break
            gap = re.sub(r",\s*(?:on\s+|in\s+)?$", "", self.text[c.end:d.start])  # "… his arrival, on 3 April"
            if len(gap) > 70 or "," in gap:
                break  # "three days before the thaw he escaped …, arriving on 20 March": that date is another event's
            if d.kind == "date" and d.f.get("d") and d.f.get("m"):
                y = d.f.get("y") or self.year_for(j, d.start)[0]
                if y is None:
                    return None
                base = date(y, d.f["m"], d.f["d"])
                dd = _shift_from_event(base, n, u)
                return _Out(c, "DATE", dd if isinstance(dd, str) else dd.isoformat(), self.tid(j))
        return self._narrated_event(c, n, u)

    def _narrated_event(self, c, n: int, u: str) -> _Out | None:
        """ "Three days before his arrival" with the arrival narrated and dated earlier ("He arrived in
        Petrograd on 19 March … Three days before his arrival, the Soviet had …"): counted from the day
        date of the nearest sentence before (within :data:`EVENT_REACH`) that tells the event with its verb,
        else with its noun ("his arrival in Petrograd on 19 March"; not "his death was announced on 6 March"
        when "he died on 5 March" is told)."""
        m = _EVENT_AFTER.match(self.text, c.end)
        noun = m.group(1).lower() if m else c.f.get("told")
        found = self._event_day(noun, c.start) if noun else None
        if found is None and noun in self.events_told and c.start - self.events_told[noun][0] <= EVENT_REACH:
            # "Four days before his arrival … two days after his arrival … A week before his arrival": the same
            # arrival again, though its telling is now out of reach
            found = self.events_told[noun][1:]
        if found is None:
            return None
        self.events_told[noun] = (c.start, *found)
        j, o = found
        dd = _shift_from_event(date.fromisoformat(o.value[:10]), n, u)
        if isinstance(dd, str):
            return _Out(c, "DATE", dd, self.tid(j))
        pod = c.f.get("pod")  # "the night before his arrival": a time of that day
        return _Out(c, "TIME" if pod else "DATE", dd.isoformat() + (f"T{pod}" if pod else ""), self.tid(j))

    def _event_day(self, noun: str, pos: int) -> tuple[int, _Out] | None:
        """The day date (index and output) of the event ``noun`` names ("arrival", "shooting") as told before
        ``pos``: the nearest sentence before that tells it with its verb, else with its noun, and dates it."""
        told = _EVENT_TOLD.get(noun.lower())
        if told is None:
            return None
        c_start = pos
        # a journey's end is looked for from the text's start: a chapter often opens on the arrival it then tells
        # the way to ("The train pulled into the station on the morning of 12 March. … the day after his arrival")
        lo = 0 if noun.lower() in _JOURNEYS_END else max(0, pos - EVENT_REACH)
        for rx in (re.compile(rf"\b(?:{told})\b", re.I), re.compile(rf"\b{noun}\b", re.I)):
            hits = [h for h in rx.finditer(self.text, lo, c_start)  # not another "the eve of his arrival"
                    if not _COUNTED_FROM.search(self.text, max(0, h.start() - 30), h.start())]
            found = []
            for h in reversed(hits):
                k = self.sent(h.start())
                a = self.sent_starts[k]
                b = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.text)
                days = [(abs(o.cand.start - h.start()), j, o) for j, o in enumerate(self.outs)
                        if a <= o.cand.start < min(b, c_start) and o.type in ("DATE", "TIME")
                        and _DAY_VAL.match(o.value or "")]
                if not days and b < c_start and self.para(b) == self.para(h.start()):
                    # the event told with no date, and dated in the next sentence: "it is easier to say how he
                    # arrived than how he got there. Natalya … met him at the station on 2 March"
                    b2 = self.sent_starts[k + 2] if k + 2 < len(self.sent_starts) else len(self.text)
                    days = [(o.cand.start, j, o) for j, o in enumerate(self.outs)
                            if b <= o.cand.start < min(b2, c_start) and o.type in ("DATE", "TIME")
                            and _DAY_VAL.match(o.value or "")]
                if days:
                    _, j, o = min(days, key=lambda x: x[0])
                    if noun.lower() not in _JOURNEYS_END or self.para(h.start()) == self.para(c_start):
                        return j, o  # an arrival told in its own paragraph: that one ("At X, where they arrived
                        # on 22 March, … Two days after his arrival")
                    found.append((o.value[:10], -len(found), j, o))
            if found:
                # "two days before his arrival" opening a paragraph is the journey's end told before: the latest day
                # an arrival is told on, not a stop on the way told after it ("a carriage drew up at the palace on
                # the 18th. … At Dresden, which he reached on the 13th, …"); the nearest of equal days
                _, _, j, o = max(found)
                return j, o
        return None

    def _that_events_day(self, i: int, c, suffix: str, typ: str) -> _Out | None:
        """ "she heard of the shooting by telephone at the commissariat, and that evening she wrote": "that
        evening" (that day, that night) after an event named earlier in its sentence is on that event's day, told
        and dated before; the story goes on from it."""
        if not re.match(r"(?:that|the\s+same)\b", self.text[c.start:c.end], re.I) or self.in_quote(c.start):
            return None
        head = self.sentence_head(c.start)
        # the event heard of, learned of, after which …; not the sentence's own subject ("the surrender of Florida
        # happened the same day" is the day just told), nor with a day date of its own before it
        nouns = [m.group(1) for m in re.finditer(r"\b(?:of|about|after|following)\s+(?:the|his|her|their|its)\s+(\w+)\b", head)
                 if m.group(1).lower() in _EVENT_TOLD]
        sent0 = self.sent_starts[self.sent(c.start)]
        if not nouns or any(sent0 <= o.cand.start < c.start and _DAY_VAL.match(o.value or "") for o in self.outs):
            return None
        found = self._event_day(nouns[-1], self.sent_starts[self.sent(c.start)])
        if found is None or found[1].value[:10] == "%04d-%02d-%02d" % (self.clock.day() or (0, 0, 0)):
            return None
        j, o = found
        d0 = date.fromisoformat(o.value[:10])
        self.set_day(d0.year, d0.month, d0.day, self.tid(j), c.start)
        self.clock.last_pod = c.f.get("pod")
        c.f["event"] = True  # counted from the event's day: its calendar
        return _Out(c, typ, d0.isoformat() + suffix, self.tid(j))

    def _clause_end(self, pos: int) -> int:
        i = self.sent(pos)
        e = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        m = re.compile(r"[;:]").search(self.text, pos, e)
        return m.start() if m else e

    def quoted(self, pos: int) -> bool:
        """Inside a quotation, with curly or straight quotation marks, in the paragraph."""
        seg = self.text[self.para_starts[self.para(pos)]:pos]
        return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1

    def in_quote(self, pos: int) -> bool:
        seg = self.text[self.para_starts[self.para(pos)]:pos]
        return seg.count("“") > seg.count("”")

    def _weekday(self, i: int, c) -> _Out:
        f, ck = c.f, self.clock
        wd = f["wd"]
        suffix = f"T{f['pod']}" if f.get("pod") else ""
        typ = "TIME" if suffix else "DATE"
        day = ck.day()
        before = self.text[max(0, c.start - 12):c.start]
        moves = not re.search(r"\b(?:till|until|before|by|next|last|of|since|after)\s+$", before, re.I) and not f.get("dir")
        if day and day[0] > 0:
            d0 = date(*day)
            wd0 = self.weekday_of(day, c.start)
            delta = (wd - wd0) % 7
            if self.dct_mode and not f.get("dir") and not _FUTURE.search(self.sentence_text(c.start)):
                delta = -((wd0 - wd) % 7)  # news in the past tense: the last such day
            if f.get("dir") == -1 or re.search(r"\blast\s+$", before):
                delta = delta - 7 if delta else -7
            dd = d0 + timedelta(days=delta)
            if moves and delta >= 0 and not self.in_quote(c.start):
                ck.y, ck.m, ck.d, ck.day_pos, ck.id = dd.year, dd.month, dd.day, c.start, self.tid(i)
                ck.day_src = c.start
                ck.last_pod = f.get("bucket") or f.get("pod")
            return _Out(c, typ, f"{dd.isoformat()}{suffix}", ck.id)
        y, anchor = self.year_for(i, c.start)
        ys = f"{y:04d}" if y is not None else "XXXX"
        if f.get("assert") and ck.chain is not None and self.recent_day(c.start):
            self.chains.setdefault(ck.chain, (ck.off, wd))
        elif ck.chain is not None and ck.chain in self.chains and self.recent_day(c.start) and (moves or suffix):
            o0, w0 = self.chains[ck.chain]
            cur = (w0 - 1 + ck.off - o0) % 7 + 1
            step = (wd - cur) % 7
            self.chain_step(step, c.start)
            ck.last_pod = f.get("bucket") or f.get("pod")
        return _Out(c, typ, f"{ys}-WXX-{wd}{suffix}", anchor)

    def weekday_of(self, day: tuple[int, int, int], pos: int) -> int:
        """ISO weekday of the clock's day, read in the calendar it is written in (a Julian
        date falls on the weekday of its Gregorian equivalent)."""
        if not self.dct_mode and self.calendar_of and self.calendar_of(day[0], day[1], pos) == "julian":
            return date(*cal.julian_to_gregorian(*day)).isoweekday()
        return date(*day).isoweekday()

    def _time_of_day(self, i: int, c, code: str) -> _Out:
        """A part of day or clock time: on the clock's day while it is recent, else habitual."""
        ck, f = self.clock, c.f
        pre = f.get("pre", "")
        bucket = code if code in _POD_ORDER else _hour_bucket(code)
        recent = self.recent_day(c.start) and not (self.generic(c.start) and pre not in ("that", "this", "the same"))
        if recent and bucket == "MO" and ck.last_pod in ("EV", "NI") and pre not in ("that", "this", "the same", "all", "all the"):
            # a morning after a night is the next day
            if ck.day():
                dd = date(*ck.day()) + timedelta(days=1)
                ck.y, ck.m, ck.d = dd.year, dd.month, dd.day
            elif ck.chain is not None:
                ck.off += 1
        if recent:
            ck.last_pod = bucket
            ck.day_pos = c.start
        suffix = f"T{code}"
        if recent and ck.day():
            y, m, d = ck.day()
            return _Out(c, "TIME", f"{y:04d}-{m:02d}-{d:02d}{suffix}", ck.id)
        if recent and ck.chain is not None:
            y, anchor = self.year_for(i, c.start)
            val, ch = self.chain_value(y, suffix)
            return _Out(c, "TIME", val, anchor, chain=ch)
        if not recent and self._counted_on(i, c):
            # "night coming on, we had no remedy … the next day, we made a shift to reach Amboy": the day the
            # next day is counted from, so its chain's first day
            self.chain_step(0, c.start)
            ck.last_pod = bucket
            y, anchor = self.year_for(i, c.start)
            val, ch = self.chain_value(y, suffix)
            return _Out(c, "TIME", val, anchor, chain=ch)
        if pre in ("that", "this", "the same", "one", "one fine"):
            y, anchor = self.year_for(i, c.start)
            if y is not None:
                return _Out(c, "TIME", f"{y:04d}-XX-XX{suffix}", anchor)
        return _Out(c, "TIME", f"XXXX-XX-XX{suffix}")

    def _counted_on(self, i: int, c) -> bool:
        """Whether a part of day with no known day is the one a day counted on later in its paragraph
        ("the next day", "the next morning") starts from: the story's day, not a habit. Not in a quotation or a
        habitual sentence, with no day known yet, and no other date or time between them."""
        if self.clock.day() or self.clock.chain is not None or self.dct_mode or self.in_quote(c.start) \
                or self.generic(c.start) or _OFTEN.search(self.sentence_text(c.start)) \
                or c.f.get("pre", "") not in ("", "all", "all the", "that", "the"):
            return False
        for d in self.cands[i + 1:]:
            if self.para(d.start) != self.para(c.start):
                return False
            if d.kind in ("duration", "set"):
                continue
            if d.kind in ("pod", "clock"):
                if d.f.get("pre", "") in ("", "all", "all the", "that", "the"):
                    continue  # "all night" of the same night
                return False
            return d.kind == "rel" and d.f.get("u") in ("day", "night", "morning", "evening") \
                and not re.match(r"['’]s\b", self.text[d.end:d.end + 3]) \
                and (d.f.get("n") or 0) >= 1 and not d.f.get("one") and not d.f.get("deictic") \
                and not d.f.get("appos") and not d.f.get("event")
        return False

    def _pod(self, i: int, c) -> _Out:
        return self._time_of_day(i, c, c.f["pod"])

    def _clock(self, i: int, c) -> _Out:
        return self._time_of_day(i, c, c.f["t"])

    def _duration(self, i: int, c) -> _Out:
        return _Out(c, "DURATION", duration_value(c.f.get("n"), c.f["u"]))

    def _set(self, i: int, c) -> _Out:
        return _Out(c, "SET", c.f["v"])

    def _ref(self, i: int, c) -> _Out:
        return _Out(c, "DATE", c.f["v"])


_DAY_VAL = re.compile(r"\d{4}-\d\d-\d\d")
_LOOK_BACK = re.compile(PLUPERFECT.pattern + r"|\bhad\s+(?:not\s+|already\s+|just\s+|only\s+)*(?:left|come|gone|run|"
                        r"ridden|driven|flown|sat|slept|met|kept|set|put|got|sent|spent|brought|bought|thought|taken|"
                        r"made|said|told|heard|seen|found|stood|fought|lost|won|become|begun|written|crossed)\b")
# "three days before his arrival": the event noun, and how a sentence tells that event
_EVENT_AFTER = re.compile(r"\s+(?:(?:before|after|of)\s+)?(?:his|her|their|its|the)\s+(?:own\s+|first\s+|final\s+)?(\w+)\b", re.I)
_COUNTED_FROM = re.compile(r"\b(?:before|after|of)\s+(?:his|her|their|its|the)\s+(?:(?:own|first|final)\s+)?$", re.I)
_JOURNEYS_END = {"arrival"}  # the event told last on the way: counted from its latest told day
EVENT_REACH = 3000  # how far back "before his arrival" looks for the arrival told
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month each season begins (a winter is the one its December opens)


def _shift(d0: date, n: int, unit: str) -> date | str:
    """``d0`` moved by ``n`` units: a day for days, the ISO week for weeks, the month or year."""
    if unit == "day":
        return d0 + timedelta(days=n)
    if unit == "week":
        iy, iw, _ = (d0 + timedelta(weeks=n)).isocalendar()
        return f"{iy:04d}-W{iw:02d}"
    if unit == "month":
        yy, mm = divmod(d0.year * 12 + d0.month - 1 + n, 12)
        return f"{yy:04d}-{mm + 1:02d}"
    return f"{d0.year + n:04d}"


def _shift_from_event(d0: date, n: int, unit: str) -> date | str:
    """A day counted from an event's day: "a week before his arrival" is the day seven days before it, not
    that week (as "a week later" in a run of days is)."""
    return d0 + timedelta(weeks=n) if unit == "week" else _shift(d0, n, unit)


def _hour_bucket(t: str) -> str:
    h = int(t[:2])
    return "MO" if 4 <= h < 12 else "AF" if 12 <= h < 17 else "EV" if 17 <= h < 21 else "NI"


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: (3, 'day') -> 'P3D'; (None, 'month') -> 'PXM'; (2, 'hour') -> 'PT2H'."""
    if unit == "fortnight":
        n, unit = (None if n is None else 2 * n), "week"
    if unit == "generation":
        return "PXY" if n is None or n == 1 else f"P{_fmt(30 * n)}Y"
    code = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "month": "M",
            "year": "Y", "twelvemonth": "Y", "decade": "DE", "century": "CE", "millennium": "ML",
            "morning": "D", "evening": "D", "summer": "Y", "winter": "Y"}[unit]
    if unit == "hour" and n is not None and not float(n).is_integer():
        return f"PT{int(n * 60)}M"
    t = "T" if unit in ("second", "minute", "hour") else ""
    return f"P{t}{'X' if n is None else _fmt(n)}{code}"


# ---------------------------------------------------------------------------------------------
# calendars

class _Calendars:
    """Decides julian/gregorian for one text: override, local marker, declaration, place."""

    def __init__(self, text: str, override: str):
        self.text, self.override = text, override
        self.switch = cal.declared_switch(text) if override == "auto" else None  # "Old Style until February 1918"
        self.declared = cal.declared_convention(text) if override == "auto" and not self.switch else None
        # sentences naming the other calendar as someone else's: their own dates are in the calendar they name
        self.theirs: list[tuple[int, int, str]] = []
        # "events in Russia are dated in the Old Style …, events abroad in the New Style": the place decides
        self.by_region = cal.declared_by_region(text) if override == "auto" and not self.switch and not self.declared else None
        if override == "auto" and not (self.switch or self.declared or self.by_region):
            # "for the Russians still reckoned by the old calendar, which ran twelve days behind our own": the author
            # keeps the other one
            self.declared = cal.implied_convention(text)
            self.theirs = cal.implied_sentences(text) if self.declared else []
        self.cues = {r: [m.start() for m in rx.finditer(text)] for r, rx in cal._CUE_RE.items()} \
            if override == "auto" and not self.declared and not self.switch else {}
        self.doc_counts = {r: len(v) for r, v in self.cues.items()}
        self.russian_names = cal.revolution_names_convention(text) if self.cues else None
        self.weekday_calendar: dict[str, tuple[str, float]] = {}  # see read_weekdays

    def _gazetteer_region(self, start: int, end: int, y: int) -> str | None:
        """Where the date's sentence happens by the gazetteer, when it names no region's cue ("She reached Poronin
        on 6 August"): only read under a declaration that dates by place."""
        from chronicle.resolve.gazetteer import Gazetteer
        try:
            gaz = Gazetteer.load()
        except Exception:  # no gazetteer data: the region of the passage decides
            return None
        return cal.gazetteer_region(self.text, start, end, y, gaz.lookup)

    def _story_region(self, start: int, y: int) -> str | None:
        """Where the story is, by the sentences before the date in its paragraph, when its own names no place."""
        from chronicle.resolve.gazetteer import Gazetteer
        try:
            lookup = Gazetteer.load().lookup
        except Exception:
            lookup = None
        return cal.earlier_sentence_region(self.text, start, y, lookup)

    def stated_gregorian(self, y: int, m: int, d: int, start: int, end: int) -> bool:
        """Whether the text's stated convention (a declaration, or dating by place) puts a day date in the New
        Style: then a double date "4/17 July" is read by its New Style half. Not under a split declaration, whose
        double date is mostly the day of the change itself ("1/14 February 1918"), told in the old style."""
        if self.override != "auto" or not (self.declared or self.by_region):
            return False
        which, stated = self.decide(y, m, d, start, end)
        return stated and which == "gregorian"

    def marked_other(self, y: int, m: int, d: int, start: int, end: int) -> bool:
        """Whether a day date carries its own calendar marker naming the other calendar than the text's stated
        convention gives it ("On 13 May (N.S.) they had left Zurich" in a chapter dated in the Old Style): told
        for comparison with abroad, it does not move the narrated day."""
        if self.override != "auto" or not (self.switch or self.declared):
            return False
        mark = cal.bracket_marker(self.text, start, end) or cal.local_marker(self.text, end) \
            or cal.leading_marker(self.text, start)
        if not mark:
            return False
        if self.switch:
            return mark != ("julian" if (y, m, d) < self.switch else "gregorian")
        return mark != self.declared

    def region(self, pos: int, window: int = 3000) -> str:
        local = {r: bisect.bisect_right(v, pos + window) - bisect.bisect_left(v, pos - window) for r, v in self.cues.items()}
        return cal.combine_regions(local, self.doc_counts)

    def of(self, y: int, m: int, d: int, start: int, end: int, dual: bool = False) -> str:
        which, stated = self.decide(y, m, d, start, end, dual)
        told = None if stated else self.weekday_calendar.get(which)
        return told[0] if told and abs(y - told[1]) <= 30 else which

    def decide(self, y: int, m: int, d: int, start: int, end: int, dual: bool = False) -> tuple[str, bool]:
        """The calendar of a date, and whether the text states it (override, marker, declaration)
        rather than its place and period implying it."""
        if self.override != "auto":
            return self.override, True
        mark = cal.bracket_marker(self.text, start, end) if not dual else None
        mark = mark or cal.local_marker(self.text, end) or cal.leading_marker(self.text, start)
        if mark:
            return mark, True
        if dual:
            return "julian", True
        if self.switch:
            return ("julian" if (y, m, d) < self.switch else "gregorian"), True
        if self.declared:
            theirs = next((w for a, b, w in self.theirs if a <= start < b), None)
            return theirs or self.declared, True
        if self.by_region:  # the date's own sentence names where it happens; else the region of the passage
            where = cal.sentence_region(self.text, start, end, None) or self._gazetteer_region(start, end, y) \
                or self._story_region(start, y) or self.region(start)
            return cal.calendar_for(where, y, m, d), True
        region = self.region(start)
        abroad = cal.sentence_region(self.text, start, end, region) if region == "russia" else None
        if abroad is not None and cal.calendar_for(abroad, y, m, d) == "gregorian":
            return "gregorian", False  # a Russian life abroad: "Lurye arrived in Geneva on 3 November 1908" (New Style)
        if region == "russia" and self.russian_names:
            return self.russian_names, False
        return cal.calendar_for(region, y, m, d), False

    def read_weekdays(self, outs: list) -> None:
        """Weekdays the text gives its dates ("Sunday, November 4th") tell which calendar it keeps:
        where every implied calendar a weekday can tell apart is contradicted ("Sunday, November
        4th" of 1917 Petrograd is a Sunday only in the Gregorian calendar), the text keeps the
        other one, and its implied dates within 30 years of those follow; not so in a text whose
        weekdays show both calendars."""
        votes: dict[str, set[str]] = {}
        years: dict[str, list[int]] = {}
        shown: set[str | None] = set()
        for o in outs:
            day = re.match(r"(\d{4})-(\d\d)-(\d\d)$", o.value or "")
            wd = WEEKDAY_WORD.search(self.text, o.cand.start, o.cand.end)
            if not day or not wd or o.cand.kind != "date" or not o.cand.f.get("d"):
                continue  # a bare weekday was dated by counting days, which tells nothing
            y, m, d = map(int, day.groups())
            try:
                told = cal.weekday_calendar(y, m, d, WEEKDAYS[wd.group(0).lower()])
            except ValueError:
                continue
            which, stated = self.decide(y, m, d, o.cand.start, o.cand.end, bool(o.cand.f.get("dual")))
            shown.add(told)
            if told and not stated:
                votes.setdefault(which, set()).add(told)
                years.setdefault(which, []).append(y)
        # implied calendar -> (the one the weekdays show, their mean year): dates of the same age follow
        if {"julian", "gregorian"} <= shown:
            return  # the text dates by both calendars ("Wednesday 7 November … Wednesday 25 October")
        self.weekday_calendar = {w: (next(iter(t)), sum(years[w]) / len(years[w]))
                                 for w, t in votes.items() if len(t) == 1 and w not in t}


_VAL = re.compile(r"(?:BC)?(\d{4})(?:-(\d\d|WXX|W\d\d|XX|SP|SU|FA|WI|H\d)(?:-(\d\d|XX|\d))?)?")


def _assign_calendar(o: _Out, cals: _Calendars, text: str) -> tuple[str, str | None]:
    v = o.value or ""
    if o.type in ("DURATION", "SET") or not v or v.startswith("XXXX") or v.endswith("_REF") or o.cand.kind in ("decade", "century"):
        return "n/a", None
    m = _VAL.match(v)
    if not m:
        return "n/a", None
    y = int(m.group(1)) * (-1 if v.startswith("BC") else 1)
    mo = int(m.group(2)) if m.group(2) and m.group(2).isdigit() else 6
    d = int(m.group(3)) if m.group(3) and m.group(3).isdigit() and len(m.group(3)) == 2 else 15
    c = o.cand
    which = cals.of(y, mo, d, c.start, c.end, dual=bool(c.f.get("dual")))
    greg = None
    day = re.match(r"(\d{4})-(\d\d)-(\d\d)(.*)$", v)
    if which == "julian" and day:
        if c.f.get("dual") and c.f["dual"][2]:
            jm, jd, gm, gd = c.f["dual"]
            gy = int(day.group(1)) + (1 if gm < jm else 0)
            greg = f"{gy:04d}-{gm:02d}-{gd:02d}{day.group(4)}"
        else:
            g = cal.julian_to_gregorian(int(day.group(1)), int(day.group(2)), int(day.group(3)))
            greg = f"{cal.iso(*g)}{day.group(4)}"
    return which, greg


def _counted_calendar(o: _Out, told: dict, which: str, greg: str | None) -> tuple[str, str | None]:
    """A day counted from another ("Ten days earlier", "the same night", "A fortnight later") is reckoned in the
    calendar of the day it is counted from: ten days before a Julian 14 July is the Julian 4 July, wherever the
    day counted to happened. The calendar the place or the declaration would give is kept otherwise."""
    key = o.base if o.base >= 0 else o.anchor if o.cand.f.get("appos") or o.cand.f.get("event") else None
    if o.cand.kind not in ("rel", "pod", "clock") or key not in told:
        return which, greg
    day = re.match(r"(\d{4})-(\d\d)-(\d\d)(.*)$", o.value or "")
    base, _ = told[key]
    if not day or base == which:
        return which, greg
    if base == "gregorian":
        return base, None
    g = cal.julian_to_gregorian(int(day.group(1)), int(day.group(2)), int(day.group(3)))
    return base, f"{cal.iso(*g)}{day.group(4)}"


def resolve_all(text: str, doc_id: str, cands: list, *, calendar: str = "auto",
                paragraphs: Sequence[tuple[int, int]] = (), dct: str | None = None) -> list[TimeExpression]:
    """TimeExpressions for detected candidates (in text order), resolved on a narrative clock."""
    return resolve_groups(text, doc_id, [cands], calendar=calendar, paragraphs=paragraphs, dct=dct)[0]


def resolve_groups(text: str, doc_id: str, groups: list[list], *, calendar: str = "auto",
                   paragraphs: Sequence[tuple[int, int]] = (), dct: str | None = None) -> list[list[TimeExpression]]:
    """Each group of candidates resolved on a clock of its own (the narrative, then each note body); the
    text's calendar cues and layout are read once for all. Ids are ``<doc>-t<n>`` in the first group,
    ``<doc>-n<k>-t<n>`` in the others."""
    cals = _Calendars(text, calendar)
    layout = _layout(text, paragraphs)
    declarations = cal.declaration_spans(text) if calendar == "auto" else []
    runs = []
    for k, cands in enumerate(groups):
        r = _Resolver(text, doc_id if k == 0 else f"{doc_id}-n{k}", cands, paragraphs, dct, layout, declarations)
        r.calendar_of = lambda y, m, pos: cals.of(y, m, 15, pos, pos)
        r.other_style = lambda pos: any(a <= pos < b for a, b, _ in cals.theirs)
        r.marked_other = cals.marked_other
        r.ns_half = cals.stated_gregorian
        _fix_dual_years(cands)
        runs.append((r, r.run()))
    if calendar == "auto":
        cals.read_weekdays([o for _, outs in runs for o in outs])
    out = []
    for r, outs in runs:
        found = []
        told: dict = {}  # id and start -> (calendar, value) of the day dates resolved so far
        for i, o in enumerate(outs):
            c = o.cand
            which, greg = _assign_calendar(o, cals, text)
            which, greg = _counted_calendar(o, told, which, greg)
            if which in ("julian", "gregorian") and _DAY_VAL.match(o.value or ""):
                told[r.tid(i)] = told[c.start] = (which, o.value)
            found.append(TimeExpression(id=r.tid(i), span=Span(doc_id, c.start, c.end, text[c.start:c.end]),
                                        type=o.type, value=o.value, mod=o.mod, calendar=which, gregorian_value=greg,
                                        anchor=o.anchor))
        out.append(_restated_counts(_stated_twins(_bracketed_twins(found, text), text), text))
    return out


_COUNT_END = re.compile(r"\b(?:later|afterwards?|earlier|before)$", re.I)
_RESTATED_BY = re.compile(r"\s*,\s*(?:that\s+is,?\s+)?(?:on|in)\s+(?:the\s+)?", re.I)


def _restated_counts(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """ "Two days later, on 4 January, a telegram came": a count of days restated at once by a day date names
    that day; the day the text states wins over the count's own reckoning (of a day the story never gave, or
    gave loosely). A count that came to either half of a double date ("Five days later, on 1/13 March") keeps
    its day."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.type != "DATE" or not _COUNT_END.search(a.span.text) or not _DAY_VAL.fullmatch(b.value or "") or \
                not _RESTATED_BY.fullmatch(text[a.span.end:b.span.start]) or a.value == b.value or \
                "/" in b.span.text and a.value == b.gregorian_value:
            continue
        out[k] = replace(a, value=b.value, calendar=b.calendar, gregorian_value=b.gregorian_value)
    return out


_TWIN_LINK = re.compile(r"\b(?:was|is|being|i\.\s?e\.|that\s+is)\b", re.I)
_TWIN_CAL = re.compile(r"\b(?:reckoning|calendar|style|O\.\s?S\.|N\.\s?S\.|abroad|in\s+the\s+west)\b", re.I)
_TWIN_RANGE = re.compile(r"\b(?:to|until|till|and|through|from|between)\b|\d|[.!?;]\s", re.I)


def _stated_twins(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """A day date restated in the other calendar in its own clause: "Lenin reached the capital on 3 April, which
    was 16 April in Zurich", "on 16 October – 26 October by the French reckoning –", "his return on 12 March
    was, by the Gregorian reckoning, 25 March". When the later day is the Gregorian day of the earlier one (the
    calendars' gap in that year), the earlier is Julian and the later Gregorian (and the other way round),
    whatever marker stands between them."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not (_DAY_VAL.fullmatch((a.value or "")[:10]) and _DAY_VAL.fullmatch((b.value or "")[:10])):
            continue
        gap = text[a.span.end:b.span.start]
        if len(gap) > 60 or _TWIN_RANGE.search(gap):
            continue
        if not (_TWIN_LINK.search(gap) or _TWIN_CAL.search(gap + text[b.span.end:b.span.end + 40].split(".")[0])):
            continue
        try:
            ga = cal.iso(*cal.julian_to_gregorian(*map(int, a.value[:10].split("-"))))
            gb = cal.iso(*cal.julian_to_gregorian(*map(int, b.value[:10].split("-"))))
        except (ValueError, OverflowError):
            continue
        if ga == b.value[:10]:
            out[k] = replace(a, calendar="julian", gregorian_value=ga + a.value[10:])
            out[k + 1] = replace(b, calendar="gregorian", gregorian_value=None)
        elif gb == a.value[:10]:
            out[k] = replace(a, calendar="gregorian", gregorian_value=None)
            out[k + 1] = replace(b, calendar="julian", gregorian_value=gb + b.value[10:])
    return out


_BRACKET_OPEN = re.compile(r"[(\[][^()\[\]]*$")


def _bracketed_twins(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """ "On 24–25 October (6–7 November) the Bolsheviks rose": a day date in brackets right after Julian day
    dates, unmarked, that is the Gregorian day of one of them, is that twin (Gregorian, no ``gregorian_value``)."""
    out = list(found)
    for k, t in enumerate(out):
        if t.calendar != "julian" or not _DAY_VAL.fullmatch(t.value or ""):
            continue
        op = _BRACKET_OPEN.search(text, max(0, t.span.start - 25), t.span.start)
        if op is None:
            continue
        outer = [x for x in out[max(0, k - 4):k] if x.calendar == "julian" and x.gregorian_value
                 and op.start() - 40 <= x.span.end <= op.start()]
        if any(x.gregorian_value[:10] == t.value for x in outer):
            out[k] = replace(t, calendar="gregorian", gregorian_value=None)
    return out


def _fix_dual_years(cands: list) -> None:
    """Dual dates: if the text's Gregorian date is not the computed one, trust the order
    (the first is Julian) but keep the text's second date."""
    for c in cands:
        du = c.f.get("dual")
        if du and c.f.get("y"):
            jm, jd, gm, gd = du
            g = cal.julian_to_gregorian(c.f["y"], jm, jd)
            if g[1:] != (gm, gd):
                j = cal.gregorian_to_julian(c.f["y"], jm, jd)
                if j[1:] == (gm, gd):  # written Gregorian first: "7 November (25 October)"
                    c.f.update(m=gm, d=gd, dual=(gm, gd, jm, jd))
