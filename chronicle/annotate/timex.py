"""Time expressions (TIMEX3): detection and normalization by rules, no parse needed.

:func:`tag_time` is the entry point. It works in three steps:

1. :func:`find_candidates` runs the pattern table of :mod:`.timex_patterns` over
   the text and keeps the longest non-overlapping matches. Each match becomes a
   :class:`Cand` holding what the words say (year, month, weekday, offset, unit...),
   not yet a value. Modifiers ("the end of", "early", "about", "over") are folded in.
2. :mod:`chronicle.resolve.narrative_time` walks the candidates in text order with a
   narrative clock and turns them into TIMEX3 values, filling missing years and days
   and recording the anchor.
3. :func:`chronicle.resolve.calendar` rules decide julian/gregorian for dated values
   and add the Gregorian equivalent of Julian day dates.

Extents follow TIMEX3: no leading "in/on/since/toward"; "about" is kept when it is
the only modifier. Each end of a range is its own expression ("22-25 April 1951",
"1915-17"). Vague words (now, then, soon, at length) are not tagged unless
``vague=True`` asks for TIMEX3's PRESENT_REF/PAST_REF/FUTURE_REF on now, currently,
recently, former, future...

The spaCy component ``chronicle_time`` (:class:`TimeTagger`) wraps :func:`tag_time` and
writes ``doc.spans["chronicle_time"]``.
"""
from __future__ import annotations

from dataclasses import replace

import re
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan

from chronicle.annotate.timex_patterns import _PATTERNS, HOLIDAYS_EASTER, HOLIDAYS_FIXED  # noqa: F401
from chronicle.annotate.timex_vocab import _MON, _ORDW, _S, _WD, Cand
from chronicle.record import TimeExpression

__all__ = ["tag_time", "find_candidates", "Cand", "TimeTagger"]

# ---------------------------------------------------------------------------------------------
# modifiers around a candidate

_PRE_MOD = re.compile(
    rf"(?P<mod>(?:(?:the|its|his|her){_S})?(?:very{_S})?(?:beginning|start|commencement|opening|outset|first{_S}(?:days?|weeks?|part|half)|"
    rf"early{_S}(?:days?|part)|dawn|end|close|last{_S}(?:days?|weeks?|part)|latter{_S}(?:part|half|days)|middle|midst|height|"
    rf"second{_S}half|turn|course){_S}of{_S}|early{_S}(?:in{_S})?|late{_S}(?:in{_S})?|mid(?:[-–‐]|{_S})|middle{_S}|the{_S}(?:early|late){_S})$",
    re.I)
_APPROX = re.compile(rf"(?P<q>\b(?:about|around|approximately|circa|c\.|ca\.|roughly|some|nearly|almost|towards|toward|toward\s+the|sometime\s+in)){_S}$", re.I)
_MOD_WORD = {"beginning": "START", "start": "START", "commencement": "START", "opening": "START", "outset": "START",
             "first": "START", "early": "START", "dawn": "START", "end": "END", "close": "END", "last": "END",
             "latter": "END", "late": "END", "middle": "MID", "midst": "MID", "height": "MID", "mid": "MID",
             "second": "H2", "turn": "END", "course": None}


def _attach_modifiers(c: Cand, text: str) -> None:
    if c.kind not in ("date", "year", "season", "decade", "century", "pod", "holiday", "rel") or c.mod:
        return
    before = text[max(0, c.start - 45):c.start]
    m = _PRE_MOD.search(before)
    if m:
        words = re.findall(r"[a-z]+", m.group("mod").lower())
        key = next((w for w in words if w in _MOD_WORD and w not in ("the", "its")), None)
        if key == "first" and any(w == "half" for w in words):
            c.f["half"] = 1
        elif key == "second" or (key == "latter" and "half" in words):
            c.f["half"] = 2
        else:
            c.mod = _MOD_WORD.get(key)
        c.start = c.start - len(m.group("mod"))
        before = text[max(0, c.start - 45):c.start]
        if m.group("mod").lower().startswith(("early", "late", "mid", "middle")) and re.search(r"\bthe\s+$", before) and c.kind != "century":
            c.start -= len(re.search(r"the\s+$", before).group(0))
        return
    a = _APPROX.search(before)
    if a and c.kind in ("date", "year", "holiday", "pod"):
        q = a.group("q").lower()
        if q.startswith(("toward", "sometime")):
            return
        c.mod = "LESS_THAN" if q in ("nearly", "almost") else "APPROX"
        c.start -= len(a.group(0))
    after = text[c.end:c.end + 20]
    o = re.match(r",?\s+or\s+(?P<w>earlier|before|later|after)\b", after)
    if o:
        c.mod = "BEFORE" if o.group("w") in ("earlier", "before") else "AFTER"
        c.end += o.end()


def _first_month_days(text: str, c: Cand) -> None:
    """'the first March days' -> month with START; 'the last October days' -> END."""
    if c.kind != "date" or set(c.f) != {"m"}:
        return
    before, after = text[max(0, c.start - 16):c.start], text[c.end:c.end + 12]
    m1 = re.search(rf"the{_S}(?P<w>first|early|last|closing){_S}$", before)
    m2 = re.match(rf"{_S}(?:days|weeks)\b", after)
    if m1 and m2:
        c.mod = "START" if m1.group("w") in ("first", "early") else "END"
        c.start -= len(m1.group(0))
        c.end += m2.end()


# ---------------------------------------------------------------------------------------------
# detection driver

_COMPILED = None


def _compiled():
    global _COMPILED
    if _COMPILED is None:
        _COMPILED = [(name, re.compile(rx, flags), fn, prio) for prio, (name, rx, flags, fn) in enumerate(_PATTERNS)]
    return _COMPILED


# Vague references, tagged only with ``vague=True`` (TIMEX3/TIMEX2 practice, as in WikiWars and
# TimeBank); Chronicle's own convention leaves these adverbs out (see docs/time.md).
_VAGUE = re.compile(r"(?<![\w-])(?:(?P<now>now|currently|current|at\s+present|present(?:-|\s)day|modern(?:-|\s)day|"
                    r"nowadays|to\s+date)|(?P<past>recently|recent|lately|formerly|former)|(?P<fut>future))(?![\w-])", re.I)


def _vague(m: re.Match, text: str) -> Cand | None:
    if m.group("fut") and not re.match(r"\s+[a-z]", text[m.end():m.end() + 3]):
        return None  # only the adjective, "future king"; "the future" is a pattern of its own
    if m.group("now") and m.group(0).lower() == "now" and re.match(r"[-‐]", text[m.end():m.end() + 1]):
        pass
    v = "PRESENT_REF" if m.group("now") else "PAST_REF" if m.group("past") else "FUTURE_REF"
    return Cand(m.start(), m.end(), "ref", {"v": v, "vague": True})


def find_candidates(text: str, start: int = 0, end: int | None = None, *, vague: bool = False) -> list[Cand]:
    """All time-expression candidates in ``text[start:end]``, longest non-overlapping first.

    ``vague``: also tag vague references (now, currently, recently, former, future ...).
    """
    end = len(text) if end is None else end
    found: list[tuple[int, int, int, Cand]] = []
    patterns = _compiled() + ([("vague", _VAGUE, _vague, len(_PATTERNS))] if vague else [])
    for name, rx, fn, prio in patterns:
        pos = start
        while True:
            m = rx.search(text, pos, end)
            if m is None:
                break
            built = fn(m, text) if m.end() > m.start() else None
            cs = [c for c in (built if isinstance(built, list) else [built]) if c is not None and c.end > c.start]
            if not cs:
                pos = m.start() + 1  # rejected: a shorter match may start inside it
                continue
            pos = max(max(c.end for c in cs), m.start() + 1)
            for c in cs:
                c.f.setdefault("pattern", name)
                found.append((c.start, -(c.end - c.start), prio, c))
    found.sort(key=lambda t: (t[1], t[2], t[0]))  # longest first, then pattern priority
    chosen: list[Cand] = []
    taken: list[tuple[int, int]] = []
    import bisect
    for _, _, _, c in found:  # longest first
        i = bisect.bisect_left(taken, (c.start, c.end))
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        taken.insert(i, (c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    out = []
    for c in chosen:
        _first_month_days(text, c)
        _attach_modifiers(c, text)
        _merge_pod_of_date(out, c, text)
        while out and out[-1].start >= c.start:  # a modifier swallowed the previous candidate:
            out.pop()  # "the last week of August" is one expression, not "last week" + "of August"
        if out and out[-1].end > c.start:  # a modifier grew into the previous candidate
            c.start = max(c.start, out[-1].end)
        out.append(c)
    return [c for c in out if c.kind != "_merged"]


def _merge_pod_of_date(out: list[Cand], c: Cand, text: str) -> None:
    """'the night of 8 February 1904' -> one TIME candidate."""
    if not out or c.kind != "date":
        return
    p = out[-1]
    if p.kind == "pod" and p.f.get("of_date") and re.fullmatch(rf"{_S}(?:of|on){_S}(?:the{_S})?", text[p.end:c.start]):
        c.f["pod"] = p.f["pod"]
        c.start = p.start
        p.kind = "_merged"


# ---------------------------------------------------------------------------------------------
# entry point

def tag_time(text: str, doc_id: str, *, ranges: Sequence[tuple[int, int]] | None = None, calendar: str = "auto",
             paragraphs: Sequence[tuple[int, int]] = (), dct: str | None = None,
             vague: bool = False, notes: Sequence[tuple[int, int]] = ()) -> list[TimeExpression]:
    """Time expressions of ``text`` with TIMEX3 values, in text order.

    ``ranges``: body ranges to tag (None: all); ``calendar``: "auto" or a forced
    "julian"/"gregorian"; ``paragraphs``: (start, end) of each paragraph, used to
    decide how far the narrative clock carries; ``dct``: an ISO document date to
    start the clock with (news), normally None for narrative; ``vague``: also tag
    vague references as TIMEX3 does ("now" PRESENT_REF, "recently" PAST_REF), which
    Chronicle's own convention leaves out; ``notes``: ranges of note bodies among ``ranges``, each
    resolved on a clock of its own, so the "in 1915" of a footnote does not date the narrative.
    """
    from chronicle.resolve.narrative_time import resolve_groups

    if calendar not in ("auto", "julian", "gregorian"):
        raise ValueError(f"calendar must be auto, julian or gregorian, not {calendar!r}")
    spans = list(ranges) if ranges is not None else [(0, len(text))]
    notes = set(notes)
    cands: list[Cand] = []
    for s, e in sorted(r for r in spans if r not in notes):
        cands.extend(find_candidates(text, s, e, vague=vague))
    note_cands = [found for s, e in sorted(r for r in spans if r in notes)
                  for found in [find_candidates(text, s, e, vague=vague)] if found]
    groups = resolve_groups(text, doc_id, [cands, *note_cands], calendar=calendar, paragraphs=paragraphs, dct=dct)
    return groups[0] if len(groups) == 1 else _renumbered(doc_id, groups)


_POD_OF_DAY = re.compile(r"(?:the[ \t]+)?(?:(?:early|late|small[ \t]+hours)[ \t]+)?(?:morning|afternoon|evening|night|dawn|"
                         r"daybreak|dusk|noon|midday|midnight|small[ \t]+hours)[ \t]+(?:of|on)[ \t]+", re.I)
_DAY_OF_TIME = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT)$")


def day_dates_of_times(found: Sequence[TimeExpression], text: str) -> list[TimeExpression]:
    """The day date inside each part of day said of it: "the evening of 14 July 1912" is one TIMEX3 TIME
    (``1912-07-14TEV``), and its "14 July 1912" the DATE of that day (``1912-07-14``, with the calendar and
    Gregorian day), listed after it with the id ``<time id>-day``. A record gives both: the time of day, and
    the day the events of that evening are dated by."""
    out = []
    for t in found:
        if t.type != "TIME" or not _DAY_OF_TIME.match(t.value or ""):
            continue
        m = _POD_OF_DAY.match(text, t.span.start, t.span.end)
        if m is None or not re.match(r"(?:the[ \t]+)?\d|[A-Z][a-z]+\.?[ \t]+\d", text[m.end():t.span.end]):
            continue
        out.append(replace(t, id=f"{t.id}-day", span=replace(t.span, start=m.end(), text=t.span.text[m.end() - t.span.start:]), type="DATE", value=t.value[:10],
                           gregorian_value=t.gregorian_value[:10] if t.gregorian_value else None, anchor=t.id))
    return out


def _renumbered(doc_id: str, groups: list[list[TimeExpression]]) -> list[TimeExpression]:
    """Expressions resolved in separate groups, merged in text order with ids ``<doc>-t1…`` (anchors follow)."""
    merged = sorted((t for g in groups for t in g), key=lambda t: (t.span.start, t.span.end))
    new_id = {t.id: f"{doc_id}-t{i + 1}" for i, t in enumerate(merged)}
    return [replace(t, id=new_id[t.id], anchor=new_id.get(t.anchor, t.anchor) if t.anchor else t.anchor)
            for t in merged]


# ---------------------------------------------------------------------------------------------
# spaCy component: a thin wrapper over tag_time

TIME_GROUP = "chronicle_time"

if not SpacySpan.has_extension("chronicle_time"):
    SpacySpan.set_extension("chronicle_time", default=None)


@Language.factory(TIME_GROUP, default_config={"calendar": "auto", "vague": False}, assigns=["doc.spans"])
def make_time(nlp: Language, name: str, calendar: str, vague: bool) -> "TimeTagger":
    return TimeTagger(calendar=calendar, vague=vague)


class TimeTagger:
    """``doc.spans["chronicle_time"]``: one span per time expression, labelled with its TIMEX3
    type; ``span._.chronicle_time`` holds the plain values (id, value, mod, calendar,
    gregorian_value, anchor). The document id is ``doc.user_data["chronicle_doc_id"]`` (default "doc")."""

    def __init__(self, calendar: str = "auto", vague: bool = False) -> None:
        self.calendar, self.vague = calendar, vague

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[TimeExpression]:
        return tag_time(doc.text, doc.user_data.get("chronicle_doc_id", "doc"), calendar=self.calendar,
                        vague=self.vague)

    def set_annotations(self, doc: Doc, found: list[TimeExpression]) -> None:
        group = []
        for t in found:
            span = doc.char_span(t.span.start, t.span.end, label=t.type, alignment_mode="expand")
            if span is None:
                continue
            span._.chronicle_time = {"id": t.id, "value": t.value, "mod": t.mod, "calendar": t.calendar,
                                     "gregorian_value": t.gregorian_value, "anchor": t.anchor}
            group.append(span)
        doc.spans[TIME_GROUP] = group
