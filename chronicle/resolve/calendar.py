"""Julian and Gregorian calendars: conversion, Easter, and which calendar a date is in.

Conversion is computed, never tabulated: the Julian calendar runs behind the
Gregorian by ``y // 100 - y // 400 - 2`` days, where ``y`` is the Julian year
and the count steps up on the Julian 29 February of each century year that the
Gregorian calendar does not count as leap (1700, 1800, 1900, 2100). That gives
10 days from 1582 to 28 Feb 1700 (Julian), 11 days to 28 Feb 1800, 12 days in
the 19th century and 13 days from 1 Mar 1900 (Julian) to 2100.

Which calendar a day date is written in is decided, most specific first:

1. a marker next to the date: "O.S.", "Old Style", "(Julian)", "(old calendar)"
   or "N.S.", "New Style", "(our calendar)";
2. a dual date "25 October (7 November)": the first is Julian;
3. a user override ``calendar="julian"|"gregorian"``;
4. the author's declared convention (:func:`declared_convention`);
5. for Russia, the names the text gives the revolutions of 1917 (:func:`revolution_names_convention`):
   a text that speaks of "the March revolution" or "the November insurrection" counts
   months, and so days, in the New Style;
6. the place and period (:data:`ADOPTION`), the place guessed from name cues.

Adoption dates (first Gregorian day) follow the standard reference tables:
E. G. Richards, *Mapping Time* (OUP 1998), ch. 17, and the Calendar FAQ by
C. Tøndering (https://www.tondering.dk/claus/cal/gregorian.php):

=================================  ============  ==========================
region                             first N.S. day  note
=================================  ============  ==========================
catholic (Italy, Spain, Portugal,  1582-10-15    papal bull Inter gravissimas
Poland); France                    1582-12-20
Catholic German states, Austria    1584-01-17    Bohemia/Austria 1584
Protestant Germany, Denmark,       1700-03-01
Norway, Netherlands (north)
Britain and colonies (America,     1752-09-14    Calendar Act 1750; the legal
Ireland, India)                                  year began 25 March before 1752
Sweden (and Finland)               1753-03-01
Switzerland (Protestant cantons:   1701-01-12    Catholic cantons 1584,
Zurich, Berne, Geneva, Basel)                    Graubünden 1811
Japan                              1873-01-01
China                              1912-01-01
Bulgaria                           1916-04-14
Russia (and Finland's Russian      1918-02-14    Sovnarkom decree, 1918-01-31 O.S.
administration, Ukraine, Baltic)                 was followed by 14 Feb N.S.
Serbia, Romania, Yugoslavia        1919-04-14
Greece                             1923-03-01
Turkey (Ottoman fiscal calendar)   1917-03-01
=================================  ============  ==========================
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Iterable

from ..annotate.timex_vocab import MONTH_NAMES

#: region -> first Gregorian (New Style) day in that region.
ADOPTION: dict[str, date] = {
    "catholic": date(1582, 10, 15),
    "france": date(1582, 12, 20),
    "austria": date(1584, 1, 17),
    "protestant_germany": date(1700, 3, 1),
    "britain": date(1752, 9, 14),
    "sweden": date(1753, 3, 1),
    "switzerland": date(1701, 1, 12),
    "japan": date(1873, 1, 1),
    "china": date(1912, 1, 1),
    "bulgaria": date(1916, 4, 14),
    "turkey": date(1917, 3, 1),
    "russia": date(1918, 2, 14),
    "serbia": date(1919, 4, 14),
    "romania": date(1919, 4, 14),
    "greece": date(1923, 3, 1),
}

#: name cues for each region: a cheap guess at where a text is set.
REGION_CUES: dict[str, tuple[str, ...]] = {
    "russia": ("Russia", "Russian", "Petrograd", "Petersburg", "Moscow", "Tsar", "Czar", "Kiev",
               "Bolshevik", "Bolsheviki", "Soviet", "Cossack", "Siberia", "Muscovite", "Novgorod",
               "Smolny", "Kremlin", "Volga", "Kerensky", "Romanov", "Romanoff",
               # the empire's provinces and towns, where a revolutionary's life is told (Caucasus, Volga, Siberia)
               "Tiflis", "Baku", "Batum", "Kutais", "Caucasus", "Odessa", "Kharkov", "Kazan", "Saratov", "Samara",
               "Kronstadt", "Vologda", "Tomsk", "Irkutsk", "Yakutsk", "Tsaritsyn", "Yekaterinburg", "Ekaterinburg",
               "Nizhny", "Smolensk", "Vilna", "Poltava", "Astrakhan", "Okhrana", "Duma", "Menshevik", "Narodnik"),
    "britain": ("England", "English", "London", "Britain", "British", "Scotland", "Ireland",
                "Boston", "Philadelphia", "New York", "Virginia", "Pennsylvania", "Massachusetts",
                "colonies", "Carolina", "Maryland", "Connecticut", "Jersey", "Edinburgh", "Dublin"),
    "france": ("France", "French", "Paris", "Versailles", "Lyons", "Lyon", "Marseilles", "Bourbon"),
    "catholic": ("Italy", "Italian", "Rome", "Spain", "Spanish", "Madrid", "Portugal", "Lisbon",
                 "Poland", "Polish", "Warsaw", "Venice", "Florence", "Naples", "Vatican", "Pope"),
    "austria": ("Austria", "Austrian", "Vienna", "Bohemia", "Prague", "Bavaria", "Habsburg",
                # the Habsburg crown of Hungary (Gregorian from 1587)
                "Hungary", "Hungarian", "Magyar", "Budapest", "Pest", "Buda", "Pressburg", "Pozsony", "Croatia"),
    "protestant_germany": ("Prussia", "Prussian", "Berlin", "Saxony", "Denmark", "Danish",
                           "Copenhagen", "Holland", "Dutch", "Amsterdam", "Hanover"),
    "sweden": ("Sweden", "Swedish", "Stockholm"),
    "switzerland": ("Switzerland", "Swiss", "Geneva", "Zurich", "Zürich", "Berne", "Bern", "Basel", "Lausanne",
                    "Zimmerwald", "Kienthal"),
    "greece": ("Greece", "Athens", "Salonica", "Thessaloniki"),
    "bulgaria": ("Bulgaria", "Bulgarian", "Sofia"),
    "serbia": ("Serbia", "Serbian", "Belgrade"),
    "romania": ("Romania", "Roumania", "Rumania", "Bucharest"),
    "japan": ("Japan", "Japanese", "Tokyo", "Edo", "Kyoto", "Shogun"),
    "china": ("China", "Chinese", "Peking", "Beijing", "Canton", "Nanking"),
}

_CUE_RE = {r: re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")(?:s|i)?\b") for r, cues in REGION_CUES.items()}

DEFAULT_REGION = "britain"  # English-language narrative history: assume the British switch


def julian_offset(year: int, month: int, day: int) -> int:
    """Days the Julian calendar runs behind the Gregorian on Julian date ``year-month-day``.

    The gap grows on the Julian 29 February of 1700, 1800, 1900, 2100...
    """
    y = year - 1 if (month, day) <= (2, 28) else year
    return y // 100 - y // 400 - 2


def _jdn_julian(y: int, m: int, d: int) -> int:
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def _jdn_gregorian(y: int, m: int, d: int) -> int:
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def _from_jdn_gregorian(j: int) -> tuple[int, int, int]:
    a = j + 32044
    b = (4 * a + 3) // 146097
    c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return 100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def _from_jdn_julian(j: int) -> tuple[int, int, int]:
    c = j + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def julian_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian date of Julian ``year-month-day`` (proleptic, any year)."""
    return _from_jdn_gregorian(_jdn_julian(year, month, day))


def gregorian_to_julian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Julian date of Gregorian ``year-month-day``."""
    return _from_jdn_julian(_jdn_gregorian(year, month, day))


def easter(year: int, calendar: str = "gregorian") -> tuple[int, int]:
    """(month, day) of Easter Sunday in ``year``, reckoned and expressed in ``calendar``."""
    if calendar == "julian":  # Julian computus (Meeus)
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        m, dd = divmod(d + e + 114, 31)
        return m, dd + 1
    a, b, c = year % 19, year // 100, year % 100  # anonymous Gregorian algorithm
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    mm, dd = divmod(h + l_ - 7 * m + 114, 31)
    return mm, dd + 1


def shift_days(year: int, month: int, day: int, n: int) -> tuple[int, int, int]:
    """``year-month-day`` moved by ``n`` days (same proleptic day count in both calendars
    except across a Julian-only 29 February of a century year, which we ignore)."""
    try:
        d = date(year, month, day) + timedelta(days=n)
        return d.year, d.month, d.day
    except (ValueError, OverflowError):
        return _from_jdn_gregorian(_jdn_gregorian(year, month, day) + n)


# --- which calendar ---------------------------------------------------------------------------

_JULIAN_MARK = re.compile(
    r"\bO\.\s?S\.(?!\w)|\b(?:Old\s+Style|Julian(?:\s+calendar)?|old\s+calendar|Russian\s+calendar|old\s+style)\b\.?"
    r"|\(\s*(?:O\.?\s?S\.?|old\s+calendar|Russian\s+calendar|Julian(?:\s+calendar)?)\s*\)",
    re.I)
_GREG_MARK = re.compile(
    r"\bN\.\s?S\.(?!\w)|\b(?:New\s+Style|Gregorian(?:\s+calendar)?|new\s+calendar|our\s+calendar|"
    r"Western\s+calendar|new\s+style)\b\.?"
    r"|\(\s*(?:N\.?\s?S\.?|new\s+calendar|our\s+calendar|Western\s+calendar|Gregorian(?:\s+calendar)?)\s*\)",
    re.I)


def local_marker(text: str, end: int, window: int = 40) -> str | None:
    """'julian'/'gregorian' if a calendar marker follows the date ending at ``end``."""
    tail = text[end:end + window]
    cut = re.search(r"[.;!?]\s|\n\s*\n", tail)
    if cut and not re.match(r"\s*\(?\s*[ON]\.\s?S", tail):
        tail = tail[:cut.start() + 1]
    jm, gm = _JULIAN_MARK.search(tail), _GREG_MARK.search(tail)
    # "7 November 1917 according to the modern Gregorian calendar": the phrase leads to the marker
    near = 20 + (m.end() if (m := _ACCORDING.match(tail)) else 0)
    if jm and (not gm or jm.start() < gm.start()) and jm.start() < near:
        return "julian"
    if gm and gm.start() < near:
        return "gregorian"
    return None


# "by European reckoning the party reached Berezov on 25 February", "the Western date of 3 March",
# "in the Russian calendar, the strike began on 23 February": a calendar named before the date, in its clause
_CAL_NOUN = r"(?:reckoning|calendar|count|style|dating)"


def _lead(adjective: str, style: str) -> re.Pattern:
    return re.compile(rf"\b(?:by|in|on|under|according\s+to|after)\s+(?:the\s+)?(?:(?:{adjective})\s+{_CAL_NOUN}|{style})(?!\w)"
                      rf"|\b(?:{adjective}|{style})\s+(?:date|dating|equivalent)\s*(?:of|for|was|is|,|:)?\s*$", re.I)


_LEAD = {"gregorian": _lead(r"European|Western|Gregorian|new|modern|our", r"New[- ]Style|N\.\s?S\."),
         "julian": _lead(r"Russian|Julian|old", r"Old[- ]Style|O\.\s?S\.")}


_CLAUSE_END = re.compile(r"[;:!?()\[\]\n]|(?<![A-Z])\.\s")


def leading_marker(text: str, start: int, window: int = 90) -> str | None:
    """'julian'/'gregorian' if the clause before the date at ``start`` names the calendar it is reckoned in
    and no other number stands between that phrase and the date."""
    head = text[max(0, start - window):start]
    cuts = list(_CLAUSE_END.finditer(head))  # a full stop after a capital is an initial ("N.S."), no end
    head = head[cuts[-1].end():] if cuts else head
    found = [(m.end(), m.start(), name) for name, rx in _LEAD.items() for m in rx.finditer(head)]
    if not found:
        return None
    end, begin, name = max(found)
    # "25 October 1917 according to the Julian calendar and 7 November": the phrase trails the date before it
    trails = re.search(r"\d[^\w]{0,3}(?:\w+\s+){0,3}$", head[:begin])
    return None if trails or re.search(r"\d", head[end:]) else name


_ACCORDING = re.compile(r"[\s,]*(?:according\s+to|in|by|under|of)\s+the\s+(?:(?:modern|old|new|then|current|"
                        r"western|russian|present)\s+)?(?=(?:Julian|Gregorian|Old|New|Western|Russian)\b)", re.I)


_OTHER = {"julian": "gregorian", "gregorian": "julian"}
_BRACKET_AFTER = re.compile(r"\s*[(\[](?P<in>[^()\[\]\n]*\d[^()\[\]\n]*)[)\]]")
_BRACKET_BEFORE = re.compile(r"[(\[](?P<in>[^()\[\]\n]*\d[^()\[\]\n]*)[)\]][ \t]*,?[ \t]*$")


def _marker_in(s: str) -> str | None:
    jm, gm = _JULIAN_MARK.search(s), _GREG_MARK.search(s)
    if bool(jm) == bool(gm):
        return None
    return "julian" if jm else "gregorian"


def bracket_marker(text: str, start: int, end: int) -> str | None:
    """The calendar of a day date written with its other-style twin in brackets, the way
    encyclopedias write them: the marker names the calendar of the bracketed date, so the
    date outside the brackets is in the other one.

    - "1 January [O.S. 19 December]": the marker opens the bracket -> 19 December is Julian;
    - "7 November (25 October, O.S.) 1917", "23 October 1917 (5 November New Style)": the
      date before the bracket is in the other calendar than the marker says;
    - "(17 January Old Style) 29 January 1860": so is the date right after such a bracket.
    """
    head = text[max(0, start - 30):start]
    pre = re.search(r"[(\[]\s*(?P<m>[^()\[\]\d\n]{2,30}?)\s*,?\s*$", head)
    if pre and _marker_in(pre.group("m")) and re.fullmatch(r"(?:\s*(?:O\.\s?S\.|N\.\s?S\.|(?:Old|New)\s+Style|Julian|Gregorian|"
                                                          r"calendar|style|,))+\s*", pre.group("m"), re.I):
        return _marker_in(pre.group("m"))
    after = _BRACKET_AFTER.match(text, end, min(len(text), end + 80))
    if after:
        inner = after.group("in")
        first_digit = re.search(r"\d", inner).start()
        mark = _marker_in(inner[first_digit:]) or _marker_in(inner)
        if mark:
            return _OTHER[mark]
    before = _BRACKET_BEFORE.search(text, max(0, start - 80), start)
    if before:
        inner = before.group("in")
        last_digit = max(m.end() for m in re.finditer(r"\d", inner))
        mark = _marker_in(inner[last_digit:])
        if mark and not _marker_in(inner[:re.search(r"\d", inner).start()]):
            return _OTHER[mark]
    return None


_DECL_SENT = re.compile(r"[^.!?\n]*(?:\n(?!\s*\n)[^.!?\n]*)*\b(?:calendar|style|dates?)\b[^.!?]*[.!?]", re.I)
_SENTENCE = re.compile(r"[^.!?]*(?:[.!?]|\Z)")  # a tail without a stop is one piece, not one try per character
_DECL_WORD = re.compile(r"\b(?:calendar|style|dates?)\b", re.I)


DECL_MAX = 1_000  # characters: a declaration is one sentence (the callers keep those up to 400)


def _declaration_sentences(text: str):
    """The matches of ``_DECL_SENT`` in ``text`` up to :data:`DECL_MAX` long, found sentence by sentence:
    run over the whole text, the pattern tries every position of every long sentence (2.4 s on Reed's
    book, minutes on a text without full stops); no match spans a sentence's end, so each sentence that
    ends in a stop and holds the key word is searched alone, and only its last DECL_MAX characters."""
    for sent in _SENTENCE.finditer(text):
        chunk = sent.group(0)
        if not chunk.endswith((".", "!", "?")) or not _DECL_WORD.search(chunk):
            continue
        tail = chunk[-DECL_MAX:]
        yield from (m for m in _DECL_SENT.finditer(tail) if m.start() > 0 or len(tail) == len(chunk))


_DECL_VERB = re.compile(r"\b(?:adopted|adopt|use[ds]?|using|follow(?:s|ed)?|given|giv(?:e|en)|reckon(?:ed)?|"
                        r"according\s+to|throughout|are\s+(?:in|those\s+of)|conform|"
                        r"(?:are|is)\s+(?:in\s+)?(?:the\s+)?(?:old|new|julian|gregorian))\b", re.I)
# the author speaking of the book's own dates: "I have adopted …", "all dates are given in …"
_DECL_AUTHOR = re.compile(r"\b(?:I|we|us|this\s+(?:book|chapter|volume|work|text|edition|translation)|here(?:in)?|"
                          r"throughout|all\s+dates|dates\s+(?:are|have\s+been|given|before|after|up\s+to|until|in\s+this))\b", re.I)
_DECL_GREG = re.compile(r"\b(?:our|the\s+western|western|gregorian|new[\s-]+style|new\s+calendar|european)\b", re.I)
_DECL_JUL = re.compile(r"\b(?:julian|old[\s-]+style|old\s+calendar|russian\s+calendar|the\s+russian)\b", re.I)


def _without_comparison(s: str) -> str:
    """A declaration without its clauses naming the calendar it is not in: "instead of the former Russian
    Calendar", "rather than …", "not …", "thirteen days behind the Western calendar". A comparison with "our
    own" stays: it names the author's calendar ("the Greeks still reckoned by the Old Style, twelve days behind
    our own; I give the English dates throughout" keeps the New Style, see :func:`implied_convention`)."""
    s = re.sub(r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of|not)\b[^,;.]*", " ", s, flags=re.I)
    return re.sub(r"\b(?:(?:\w+|\d+)\s+days?\s+)?(?:behind|ahead\s+of|later\s+than|earlier\s+than)\b"
                  r"(?!\s+(?:our\s+own|ours|our\s+(?:calendar|reckoning|style)))[^,;.()]*", " ", s, flags=re.I)


# a style written after one date marks that date ("the rising of 25 October (Old Style) thus falls on 7 November"):
# an example inside a declaration, not the calendar it declares
_STYLE_MARK = re.compile(r"\(\s*(?:(?:old|new)[\s-]+style|[ON]\.\s?S\.)\s*\)", re.I)


def declared_convention(text: str) -> str | None:
    """The calendar an author declares for the whole text, or None.

    "I have adopted our Calendar throughout, instead of the former Russian Calendar"
    -> 'gregorian'; "all dates are given in the Old Style" -> 'julian'. Clauses after
    "instead of" / "rather than" / "not" are dropped before deciding.
    """
    for m in _declaration_sentences(text):
        s = m.group(0)
        if not re.search(r"\bcalendar\b|\b(?:old|new)[\s-]+style\b|\bO\.\s?S\.|\bN\.\s?S\.", s, re.I):
            continue
        if not _DECL_VERB.search(s) or len(s) > 400 or not _DECL_AUTHOR.search(s):
            continue  # "In 1918 Russia adopted the Gregorian calendar" narrates; it declares nothing
        if _OURS.search(s):
            # "the Greeks of that day still reckoned by the Old Style, twelve days behind our own; … I give the
            # English dates throughout": the calendar it names is someone else's, measured against the author's
            # (left to implied_convention)
            continue
        s2 = _STYLE_MARK.sub("", _without_comparison(s))
        g, j = _DECL_GREG.search(s2), _DECL_JUL.search(s2)
        if g and not j:
            return "gregorian"
        if j and not g:
            return "julian"
    return None


# "the Russians still reckoned by the old calendar, which ran twelve days behind our own": the author names the
# other calendar as someone else's and measures it against "our own", so the author's dates are in the other one
_OURS = re.compile(r"\b(?:behind|ahead\s+of|before|after|than|from|with)\s+(?:our\s+own|ours|our\s+(?:calendar|reckoning|"
                   r"style|dates?))\b", re.I)
_THEIR_JUL = re.compile(r"\b(?:julian(?:\s+calendar)?|old[\s-]+style|old\s+calendar|russian\s+calendar)\b", re.I)
_THEIR_GREG = re.compile(r"\b(?:gregorian(?:\s+calendar)?|new[\s-]+style|new\s+calendar|western\s+calendar)\b", re.I)


def implied_sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, calendar named as someone else's) of each sentence that measures the other calendar against
    "our own": "The Russian bulletins dated the action the 12th of October, for the Russians still reckoned by
    the old calendar, which ran twelve days behind our own." -> 'julian' for that sentence, whose own dates are
    the ones it explains."""
    out = []
    for sent in _SENTENCE.finditer(text):
        s = sent.group(0)
        if len(s) > 400 or not _OURS.search(s):
            continue
        j, g = _THEIR_JUL.search(s), _THEIR_GREG.search(s)
        if bool(j) != bool(g):
            out.append((sent.start(), sent.end(), "julian" if j else "gregorian"))
    return out


def implied_convention(text: str) -> str | None:
    """The author's calendar implied by naming the other one against "our own", or None: "for the Russians still
    reckoned by the old calendar, which ran twelve days behind our own" -> 'gregorian' (and "the Western calendar,
    thirteen days ahead of ours" -> 'julian'). A text whose sentences point both ways implies nothing."""
    found = {_OTHER_CAL[c] for _, _, c in implied_sentences(text)}
    return found.pop() if len(found) == 1 else None


_OTHER_CAL = {"julian": "gregorian", "gregorian": "julian"}


def declaration_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences in which the author states the text's calendar and the day its year begins on
    ("Dates in this chapter are given Old Style … but with the year taken to begin on 1 January rather than on Lady
    Day.") or the day it changes ("Dates before 14 February 1918, when the Soviet government went over to the
    Western calendar, are given here in the Old Style"): a date there is a rule's ("1 January", "14 February
    1918"), no day of the story, and moves no narrated day or year."""
    out = []
    for sent in _SENTENCE.finditer(text):
        s = sent.group(0)
        if len(s) > 400 or not re.search(r"\bcalendar\b|\b(?:old|new)[\s-]+style\b|\bO\.\s?S\.|\bN\.\s?S\.", s, re.I):
            continue
        if not (_DECL_AUTHOR.search(s) and re.search(r"\bdates?\b", s, re.I)):
            continue
        if _DECL_VERB.search(s) and \
                re.search(r"\byears?\b[^.;]{0,40}\b(?:begin|began|beginning|start|starting|commenc\w*|opening)\b", s, re.I) \
                or _DECL_JUL.search(s) and (_SWITCH.search(s) or _CHANGE.search(s)):
            out.append((sent.start(), sent.end()))
    return out


_MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
_SWITCH = re.compile(r"\b(?:until|till|up\s+to|before|prior\s+to|to)\s+(?:the\s+)?"
                     r"(?:(?:calendar\s+)?(?:change|switch|changeover|reform|adoption)(?:\s+of\s+(?:the\s+)?\w+\s+calendar)?"
                     r"\s+(?:of|in|on)\s+)?(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+)?"
                     r"(?P<m>" + "|".join(MONTH_NAMES) + ")"
                     r"(?:\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?)?\s+(?P<y>1[5-9]\d\d)\b", re.I)


def declared_switch(text: str) -> tuple[int, int, int] | None:
    """The day from which a split declaration counts in the New Style: "All dates are Old Style until February
    1918, and New Style thereafter", "All dates are Old Style until 1 February 1918", "Dates before 1 February 1918
    are given in the Old Style; later dates follow the New Style" -> (1918, 2, 1) (a month alone: its first day).
    None when the text declares no such split."""
    for m in _declaration_sentences(text):
        s = m.group(0)
        if len(s) > 400 or not _DECL_AUTHOR.search(s) or not _DECL_JUL.search(s):
            continue
        sw = _SWITCH.search(s)
        if not sw:
            if _CHANGE.search(s) and _NEW_AFTER.search(s):
                at = text.find(s)  # the match's offsets are its sentence's; the day is said before that
                said = list(_CHANGE_DAY.finditer(text, max(0, at - 400), at))
                if said:  # "… abandoned the Julian calendar with effect from 1/14 February 1918. Dates before the
                    d = said[-1]  # change are given here in the Old Style and those after it in the New."
                    return int(d.group("y")), _MONTHS[d.group("m").lower()], int(d.group("d"))
            continue
        before, after = _without_comparison(s[:sw.start()]), s[sw.end():]
        if _DECL_JUL.search(before) and not _DECL_GREG.search(before) or \
                _DECL_JUL.search(s) and re.search(r"\b(?:thereafter|afterwards|after\s+that|later|from\s+then)\b", after, re.I):
            return int(sw.group("y")), _MONTHS[sw.group("m").lower()], int(sw.group("d") or sw.group("d2") or 1)
    return None



# "events in Russia are dated in the Old Style …; events abroad are given in the New Style": a mixed declaration,
# under which the place of each event decides its calendar
_ABROAD = re.compile(r"\b(?:abroad|elsewhere|outside|foreign|in\s+(?:the\s+)?west(?:ern\s+europe)?|in\s+europe|"
                     r"in\s+emigration|in\s+exile\s+abroad)\b", re.I)
_EVENTS_IN = re.compile(r"\b(?:events?|dates?|happenings|what\s+happen(?:s|ed))\s+(?:in|inside|within)\s+(?:the\s+)?", re.I)


def declared_by_region(text: str) -> str | None:
    """The home region of a mixed declaration, or None: "(Here and below, events in Russia are dated in the Old
    Style then in force there; events abroad are given in the New Style.)" -> 'russia'. Such a text dates each
    event by where it happens: the home region's own calendar there, the New Style abroad. The sentence must name
    both styles and 'abroad/elsewhere/outside', and a region: after 'events/dates in', else the only one it names."""
    for sent in re.finditer(r"[^.!?]*[.!?]", text):
        s = sent.group(0)
        if len(s) > 400 or not (_DECL_JUL.search(s) and _DECL_GREG.search(s) and _ABROAD.search(s)):
            continue
        for ev in _EVENTS_IN.finditer(s):
            after = s[ev.end():ev.end() + 40]
            found = [r for r, rx in _CUE_RE.items() if rx.match(after)]
            if len(found) == 1:
                return found[0]
        # "events abroad are given by the Western calendar; from his arrival in Petrograd the Old Style is
        # followed": the one region the sentence names is the home region
        found = [r for r, rx in _CUE_RE.items() if rx.search(s)]
        if len(found) == 1:
            return found[0]
    return None

# a split declaration that names the change rather than its day, the day said in the sentence before
_CHANGE = re.compile(r"\b(?:before|until|till|up\s+to|prior\s+to)\s+(?:the|this|that)\s+(?:change|switch|changeover|"
                     r"reform|adoption|transition)\b", re.I)
_NEW_AFTER = re.compile(r"\bafter\b[^.;]*\b(?:new|gregorian|western)\b", re.I)
_CHANGE_DAY = re.compile(r"\b(?P<d>\d{1,2})(?:/\d{1,2})?\s+(?P<m>" + "|".join(MONTH_NAMES) + r")\s+(?P<y>1[5-9]\d\d)\b", re.I)


# The two Russian revolutions of 1917 fell in February and October of the Julian calendar,
# March and November of the Gregorian. Writers who name them by the New Style months
# (Reed, Trotsky's translators, the Western press of the time) date everything New Style;
# those who say "October Revolution" may use either, so only the New Style names count.
_NS_REVOLUTION = re.compile(
    r"\b(?:March|November)\s+(?:[Rr]evolution|[Ii]nsurrection|[Uu]prising|[Rr]ising|[Cc]oup|[Dd]ays)\b"
    r"|\b(?:[Rr]evolution|[Ii]nsurrection|[Uu]prising|[Rr]ising)\s+of\s+(?:March|November)(?:\s*,?\s*1917)?\b")
_OS_REVOLUTION = re.compile(r"\b(?:February|October)\s+(?:[Rr]evolution|[Ii]nsurrection|[Uu]prising|[Rr]ising|[Dd]ays)\b")


def revolution_names_convention(text: str) -> str | None:
    """'gregorian' when a text names Russia's 1917 revolutions by their New Style months.

    "Russia before the November insurrection" -> 'gregorian'. A text that uses both
    namings (quoting another author, say) decides nothing. Only consulted for dates
    the place and period would put in the Russian (Julian) calendar.
    """
    if _NS_REVOLUTION.search(text) and not _OS_REVOLUTION.search(text):
        return "gregorian"
    return None


def region_counts(text: str) -> dict[str, int]:
    """How often each region's name cues occur in ``text``."""
    return {r: len(rx.findall(text)) for r, rx in _CUE_RE.items()}


def dominant_region(counts: dict[str, int], default: str = DEFAULT_REGION) -> str:
    best = max(counts.items(), key=lambda kv: kv[1], default=(default, 0))
    return best[0] if best[1] > 0 else default


def calendar_for(region: str, year: int, month: int = 1, day: int = 1) -> str:
    """'julian' or 'gregorian' for a date written in ``region`` (dates before the switch
    are Julian; the written date is compared with the switch date directly)."""
    switch = ADOPTION.get(region, ADOPTION[DEFAULT_REGION])
    return "julian" if (year, month, day) < (switch.year, switch.month, switch.day) else "gregorian"


def sentence_region(text: str, start: int, end: int, home: str) -> str | None:
    """The region the date's own sentence places it in, when that is another than the text's ``home`` region:
    "Lurye arrived in Geneva on 3 November 1908" in a Russian life is a Swiss date, and biographers date
    what happens abroad in the local (New Style) calendar. None when the sentence names no place, names the
    home region too, or names more than one region."""
    a = max(text.rfind(c, max(0, start - 300), start) for c in ".!?\n")
    m = re.search(r"[.!?](?=\s|$)|\n\s*\n", text[end:end + 300])
    for part in (text[a + 1:end], text[end:end + (m.start() if m else 300)]):  # "arrived in Geneva on 3 November
        part = _ATTRIBUTIVE.sub(" ", part)                                   # 1908, after a journey from Kiev"
        found = {r for r, rx in _CUE_RE.items() if rx.search(part)}
        if found:
            return found.pop() if len(found) == 1 and home not in found else None
    return None


#: a country (ISO code, as the gazetteer gives it) -> the region whose calendar it kept; Poland, split among three
#: empires from 1815 to 1915, is decided by :func:`_partition`
COUNTRY_REGION: dict[str, str] = {
    **dict.fromkeys(("RU", "UA", "BY", "LT", "LV", "EE", "GE", "AZ", "AM", "MD", "KZ", "UZ", "TM", "KG", "TJ"), "russia"),
    **dict.fromkeys(("FI", "AX", "SE"), "sweden"), "FR": "france", "MC": "france",
    **dict.fromkeys(("GB", "IE", "US", "CA", "AU", "NZ", "IN"), "britain"),
    **dict.fromkeys(("IT", "ES", "PT", "BE", "LU", "VA", "SM", "MT"), "catholic"),
    **dict.fromkeys(("AT", "CZ", "HU", "SK", "SI", "HR"), "austria"),
    **dict.fromkeys(("DE", "NL", "DK", "NO"), "protestant_germany"), "CH": "switzerland", "GR": "greece",
    "BG": "bulgaria", "RS": "serbia", "RO": "romania", "JP": "japan", "CN": "china", "TR": "turkey",
}


def _partition(lat: float | None, lon: float | None, year: int) -> str:
    """The region a place in today's Poland kept the calendar of in ``year``: from 1815 to 1915 the Austrian
    south (Galicia, below about 50.2°N) and the Prussian west and north were Gregorian, the Kingdom of Poland
    (Warsaw, Łódź, Sosnowiec) was under the Russian (Julian) administration."""
    if not 1815 <= year <= 1915 or lat is None or lon is None:
        return "catholic"
    if lat < 50.2:
        return "austria"
    if lon < 18.0 or lat > 53.3:
        return "protestant_germany"
    return "russia"


_LOCATIVE = re.compile(r"\b(?:at|in|to|into|reached|from|near|for|via|left|entered)\s+(?P<n>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)")


def gazetteer_region(text: str, start: int, end: int, year: int, lookup) -> str | None:
    """The region of the places the date's sentence puts it at, found in a gazetteer (``lookup(name, year)`` ->
    candidates best first) when the sentence names none of :data:`REGION_CUES`: "She reached Poronin on 6 August"
    -> Poronin, PL, south of 50.2°N -> 'austria'. Only names after a preposition or verb of place ("at", "in",
    "to", "reached", "from"), and only a settlement, county or region that the gazetteer knows; None when the
    sentence names places of more than one region or none."""
    a = max(text.rfind(c, max(0, start - 300), start) for c in ".!?\n")
    m = re.search(r"[.!?](?=\s|$)|\n\s*\n", text[end:end + 300])
    return _gazetteer_in(text[a + 1:end + (m.start() if m else 300)], year, lookup)


def _gazetteer_in(sent: str, year: int, lookup) -> str | None:
    found = set()
    for loc in _LOCATIVE.finditer(sent):
        cands = [c for c in lookup(loc.group("n"), year=year)[:1]
                 if c.kind in ("settlement", "county", "region", "country") and (c.population or 0) >= 1000]
        for c in cands:
            r = _partition(c.lat, c.lon, year) if c.country == "PL" else COUNTRY_REGION.get(c.country)
            if r:
                found.add(r)
    return found.pop() if len(found) == 1 else None


def earlier_sentence_region(text: str, start: int, year: int, lookup, back: int = 3) -> str | None:
    """Where the story is when a date's own sentence names no place: the region of the nearest of the ``back``
    sentences before it, in its paragraph, that names places of one region (by cue, else by the gazetteer). "He
    went on to the congress in Zurich. … On 4 July he spoke twice" is Swiss. None when the nearest sentence
    naming places names more than one region, or none names any."""
    para = max(text.rfind("\n\n", 0, start), 0)
    a = max(text.rfind(c, max(0, start - 300), start) for c in ".!?\n")
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", text[para:max(a, para)])]
    bounds = [para] + [para + e for e in ends] + [max(a, para)]
    for k in range(len(bounds) - 1, max(0, len(bounds) - 1 - back), -1):
        part = _ATTRIBUTIVE.sub(" ", text[bounds[k - 1]:bounds[k]]) if k > 0 else ""
        if not part.strip():
            continue
        found = {r for r, rx in _CUE_RE.items() if rx.search(part)}
        if found:
            return found.pop() if len(found) == 1 else None
        g = _gazetteer_in(part, year, lookup) if lookup else None
        if g:
            return g
    return None


# a place named only to name a meeting, a body or a text that the sentence counts from or refers to ("since the
# Prague conference", "after the London congress", "by the Zimmerwald manifesto"): it says nothing of where the
# sentence happens (but "attended the Zimmerwald Conference in September 1915" is a Swiss date)
_ATTRIBUTIVE = re.compile(r"\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil|[Tt]ill|[Ff]ollowing|by|of)\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?i:conference|congress|convention|meeting|group|"
                          r"circle|committee|bureau|centre|center|organi[sz]ation|school|programme|program|treaty|"
                          r"agreement|peace|manifesto|resolution|talks|summit|exhibition|exposition|plenum|session|"
                          r"emigration|period|years|days|edition|trial|affair|uprising|rising|strike|massacre)\b")


def combine_regions(local: dict[str, int], doc: dict[str, int], local_weight: float = 3.0) -> str:
    """The region for one date from cue counts near it and in the whole document."""
    score = {r: local_weight * local.get(r, 0) + doc.get(r, 0) ** 0.5 for r in REGION_CUES}
    return dominant_region({r: v for r, v in score.items() if v > 0} or {DEFAULT_REGION: 1})


def weekday_calendar(y: int, m: int, d: int, weekday: int) -> str | None:
    """Which calendar makes the date ``y-m-d`` fall on ``weekday`` (ISO, Monday 1): "julian",
    "gregorian", or None when both or neither do (the calendars differ by a multiple of 7 days)."""
    greg = date(y, m, d).isoweekday()
    jul = date(*julian_to_gregorian(y, m, d)).isoweekday()
    if greg == jul:
        return None
    return "gregorian" if greg == weekday else "julian" if jul == weekday else None


def iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def is_dual_pair(first: tuple[int, int, int], second: tuple[int, int, int]) -> bool:
    """True if ``second`` is the Gregorian equivalent of Julian ``first``."""
    return julian_to_gregorian(*first) == second


def all_regions() -> Iterable[str]:
    return ADOPTION.keys()
