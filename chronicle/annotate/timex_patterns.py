"""Time expressions, part 2: the pattern table (:data:`_PATTERNS`). Each entry is a regular
expression and a builder that turns a match into :class:`~chronicle.annotate.timex_vocab.Cand`
values (what the words say, not yet a TIMEX3 value) or rejects it with None. Patterns are
tried in the order they are registered here, which is also their priority between
candidates of the same length."""
from __future__ import annotations

import re
from typing import Callable

from chronicle.annotate.timex_vocab import *  # noqa: F401,F403  (the vocabulary and regex fragments)
from chronicle.annotate.timex_vocab import (  # the underscored names * leaves out
    _AD, _BC, _DAY, _MON, _NUM, _NUMW, _ORDW, _PODW, _S, _SEASON, _TENS, _WD, _WDS, _YEAR, _month, _num,
    _ordinal, _year)

# ---------------------------------------------------------------------------------------------
# patterns: (name, regex, flags, builder). Builders return a Cand or None (rejected).

Builder = Callable[[re.Match, str], "Cand | list[Cand] | None"]
_PATTERNS: list[tuple[str, str, int, Builder]] = []


def pattern(name: str, rx: str, flags: int = 0):
    def deco(fn: Builder) -> Builder:
        _PATTERNS.append((name, rx, flags, fn))
        return fn
    return deco


def _g(m: re.Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _date_cand(m: re.Match, prefix: str = "") -> Cand:
    f: dict = {}
    y = _g(m, prefix + "y")
    if y:
        f["y"], f["legal_y"] = _year(y)
    f["m"] = _month(m.group(prefix + "m"))
    d = _g(m, prefix + "d")
    if d:
        f["d"] = _ordinal(d)
    wd = _g(m, prefix + "wd")
    if wd:
        f["wd"] = WEEKDAYS[wd.lower()]
    return Cand(m.start(), m.end(), "date", f)


_DUAL_CLOSE = r"\s*[)\]]"


@pattern("dual_dmy", rf"(?<![\w.,:/])(?P<d>{_DAY})\s+(?P<m>{_MON})(?:,?\s+(?P<y>{_YEAR}))?{_S}[(\[]\s*(?:N\.\s?S\.\s*)?"
                     rf"(?P<d2>{_DAY})\s+(?P<m2>{_MON})(?:,?\s+(?P<y2>{_YEAR}))?{_DUAL_CLOSE}(?:,?\s+(?P<y3>{_YEAR}))?")
def _dual_dmy(m: re.Match, text: str) -> Cand | None:
    return _dual(m)


@pattern("dual_mdy", rf"(?P<m>{_MON})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?{_S}[(\[]\s*(?:N\.\s?S\.\s*)?"
                     rf"(?P<m2>{_MON})\s+(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?{_DUAL_CLOSE}(?:,?\s+(?P<y3>{_YEAR}))?")
def _dual_mdy(m: re.Match, text: str) -> Cand | None:
    return _dual(m)


@pattern("dual_slash_d", rf"(?P<d>{_DAY})\s*/\s*(?P<d2>{_DAY})\s+(?P<m>{_MON})(?:,?\s+(?P<y>{_YEAR}))?")
def _dual_slash(m: re.Match, text: str) -> Cand | None:
    d1, d2, mon = _ordinal(m.group("d")), _ordinal(m.group("d2")), _month(m.group("m"))
    y = int(m.group("y")[:4]) if m.group("y") else None
    m1 = mon - 1 if d1 > d2 else mon  # "31 Oct/13 Nov" written "31/13 November"
    if m1 == 0:
        m1 = 12
    return Cand(m.start(), m.end(), "date", {"y": y, "m": m1, "d": d1, "dual": (m1, d1, mon, d2)})


def _dual(m: re.Match) -> Cand:
    y = m.group("y") or m.group("y2") or m.group("y3")
    f = {"y": int(y[:4]) if y else None, "m": _month(m.group("m")), "d": _ordinal(m.group("d"))}
    f["dual"] = (f["m"], f["d"], _month(m.group("m2")), _ordinal(m.group("d2")))
    return Cand(m.start(), m.end(), "date", f)


@pattern("mdy", rf"(?:(?P<wd>{_WD}),?\s+)?(?P<m>{_MON}){_S}(?P<d>{_DAY}),?{_S}(?P<y>{_YEAR})(?!\d|,\d)")
def _mdy(m: re.Match, text: str) -> Cand | None:
    return _date_cand(m)


@pattern("dmy", rf"(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?(?<![\w.,:/])(?P<d>{_DAY}|{_ORDW})(?:{_S}of)?{_S}(?P<m>{_MON}),?{_S}(?P<y>{_YEAR})(?!\d|,\d)")
def _dmy(m: re.Match, text: str) -> Cand | None:
    return _date_cand(m)


@pattern("md", rf"(?:(?P<wd>{_WD}),?\s+)?(?P<m>{_MON}){_S}(?P<d>{_DAY})(?![\d:.,]\d|\s*(?:per|%|miles|men|o['’]clock))\b")
def _md(m: re.Match, text: str) -> Cand | None:
    if m.group("m").lower().startswith("may") and not re.search(r"\d", m.group("d")):
        return None
    return _date_cand(m)


@pattern("dm", rf"(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?(?<![\w.,:/])(?P<d>{_DAY}|{_ORDW})(?:{_S}of)?{_S}(?P<m>{_MON})\b")
def _dm(m: re.Match, text: str) -> Cand | None:
    dtext = m.group("d")
    if not re.match(r"\d", dtext) and not re.search(r"\bof\b", m.group(0)):
        return None  # "first May" is not "the first of May"
    return _date_cand(m)


_RANGE_SEP = r"\s*[-–—]\s*|\s+(?:and|to|or)\s+"


def _range_ok(m: re.Match, text: str) -> bool:
    """A day range joined by a word is no range when a count follows: "June 6 and 7 divisions"."""
    if re.match(r"\s*[-–—]", m.group("sep")) or m.group("y"):
        return True
    return bool(re.match(r"\s*(?:[^\w\s]|$|(?:were|was|in|of|and|or|when|at|the|to|respectively|by|with)\b)",
                         text[m.end():m.end() + 20]))


@pattern("dm_range", rf"(?:the\s+)?(?<![\d.,:/])(?P<d1>{_DAY})(?P<sep>{_RANGE_SEP})(?:the\s+)?(?P<d>{_DAY}){_S}(?:of{_S})?(?P<m>{_MON})(?:,?{_S}(?P<y>{_YEAR}))?(?![\w'’])")
def _dm_range(m: re.Match, text: str) -> list[Cand] | None:
    if m.group("m").lower().startswith("may") and not m.group("y") and not re.match(r"\s*[-–—]", m.group("sep")):
        return None
    if not _range_ok(m, text) or _ordinal(m.group("d1")) >= _ordinal(m.group("d")):
        return None
    second = _date_cand(m)
    second.start = m.start("d") if not re.match(r"the\s", text[m.end("sep"):m.start("d")]) else m.end("sep")
    first = Cand(m.start(), m.end("d1"), "date", {**second.f, "d": _ordinal(m.group("d1"))})
    return [first, second]


@pattern("md_range", rf"(?P<m>{_MON}){_S}(?P<d1>{_DAY})(?P<sep>{_RANGE_SEP})(?P<d>{_DAY})(?:,?{_S}(?P<y>{_YEAR}))?(?![\w'’:.,]\d|[\w'’])")
def _md_range(m: re.Match, text: str) -> list[Cand] | None:
    if not _range_ok(m, text) or _ordinal(m.group("d1")) >= _ordinal(m.group("d")):
        return None
    second = _date_cand(m)
    second.start = m.start("d")
    first = Cand(m.start(), m.end("d1"), "date", {**second.f, "d": _ordinal(m.group("d1"))})
    return [first, second]


@pattern("inst", r"(?:the\s+)?(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|d)?)\s+(?P<k>inst(?:ant)?|ult(?:imo)?|prox(?:imo)?)\b\.?")
def _inst(m: re.Match, text: str) -> Cand | None:
    k = m.group("k").lower()[:3]
    return Cand(m.start(), m.end(), "date", {"d": _ordinal(m.group("d")), "inst": {"ins": 0, "ult": -1, "pro": 1}[k]})


@pattern("ord_day", r"(?<=\b[Oo]n\s)the\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|d)|" + _ORDW + r")"
                    r"(?:\s*(?:and|or|to|[-–])\s*(?:the\s+)?(?P<d2>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|d)|" + _ORDW + r"))?"
                    r"(?=\s*[,.;:]|\s+(?:a|an|the|he|she|they|it|we|I|his|her|their|this|that|there)\b"
                    r"|\s+(?!(?:Army|Corps|Division|Regiment|Brigade|Battalion|Squadron|Fleet|Guards?|Rifles?|Infantry|"
                    r"Cavalry|Congress|Conference|Duma|Party|Century|Street|Avenue|Amendment|Floor|District|Ward|"
                    r"Inst(?:ant)?|Ult(?:imo)?|Prox(?:imo)?)\b)"
                    r"[A-Z][\w'’-]+\s+[a-z])")  # "on the 4th Kamenev addressed a crowd", not "the 4th Army fell back"
def _ord_day(m: re.Match, text: str) -> Cand | None:
    """'On the 25th a courier brought him a letter': a day of the month being narrated (of the next month
    when it is earlier than the clock's day). "On the 16th and 17th the Guard cleared the road": each day its own
    expression, as a range's ends are."""
    if m.group("d2"):
        first = Cand(m.start(), m.end("d"), "date", {"d": _ordinal(m.group("d")), "inst": 0, "ord": True})
        return [first, Cand(m.start("d2"), m.end("d2"), "date", {"d": _ordinal(m.group("d2")), "inst": 0, "ord": True})]
    return Cand(m.start(), m.end(), "date", {"d": _ordinal(m.group("d")), "inst": 0, "ord": True})


@pattern("ord_of_month", rf"(?<![\w-])the{_S}(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|{_ORDW}){_S}of{_S}"
                         rf"(?:that|this|the{_S}same|the)(?:{_S}same)?{_S}month\b")
def _ord_of_month(m: re.Match, text: str) -> Cand | None:
    """'who died on the twenty-first of that month': a day of the month being narrated."""
    return Cand(m.start(), m.end(), "date", {"d": _ordinal(m.group("d")), "inst": 0})


@pattern("pod_of_ord_day", r"(?<=\bof\s)the\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?!\s+(?:of|century|[A-Z]))")
def _pod_of_ord_day(m: re.Match, text: str) -> Cand | None:
    """'On the morning of the 27th the regiment mutinied': the day of the narrated month a part of day is of
    (merged with it into one TIME)."""
    if not re.search(r"\b(?:morning|afternoon|evening|night|forenoon)\s+of\s+$", text[max(0, m.start() - 20):m.start()], re.I):
        return None
    return Cand(m.start(), m.end(), "date", {"d": _ordinal(m.group("d")), "inst": 0, "ord": True})


@pattern("wd_ord_day", rf"(?P<wd>{_WD}),?{_S}the{_S}(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|d))\b(?!{_S}(?:of|century|[A-Z]))")
def _wd_ord_day(m: re.Match, text: str) -> Cand | None:
    """'on the night of Friday the 13th': a weekday and a day of the narrated month, one date."""
    return Cand(m.start(), m.end(), "date", {"d": _ordinal(m.group("d")), "inst": 0, "ord": True,
                                             "wd": WEEKDAYS[m.group("wd").lower()]})


@pattern("my", rf"(?P<m>{_MON}),?{_S}(?:of{_S})?(?P<y>{_YEAR})(?!\d|,\d)")
def _my(m: re.Match, text: str) -> Cand | None:
    return _date_cand(m)


@pattern("mon_that_year", rf"(?:(?P<d>{_DAY})\s+)?(?P<m>{_MON})(?:\s+(?P<d2>{_DAY}))?,?{_S}of{_S}(?:that|the\s+same|the\s+following|the\s+next|this){_S}year\b")
def _mon_that_year(m: re.Match, text: str) -> Cand | None:
    f = {"m": _month(m.group("m"))}
    d = m.group("d") or m.group("d2")
    if d:
        f["d"] = _ordinal(d)
    if re.search(r"(?:following|next)", m.group(0)):
        f["next_year"] = True
    return Cand(m.start(), m.end(), "date", f)


@pattern("rel_month", rf"\b(?:(?P<the>the){_S})?(?P<det>previous|preceding|last|following|next|succeeding|ensuing){_S}"
                      rf"(?P<m>{_MON})(?![\w'’])", re.I)
def _rel_month(m: re.Match, text: str) -> Cand | None:
    """'the previous February', 'the following May', 'last March': the month named is strictly before
    (after) the narrated month, the nearest such."""
    word = m.group("m")
    if not word[0].isupper() or m.group("det")[0].isupper() and m.group("the") is None and m.start() > 0 \
            and not re.search(r"(?:^|[.!?]\s+|\n)$", text[max(0, m.start() - 3):m.start()]):
        return None
    det = m.group("det").lower()
    if det == "last" and m.group("the"):
        return None  # "the last February of the war": the final one
    if re.match(rf"{_S}(?:\d|of\b)", text[m.end():m.end() + 6]):
        return None  # "the following May 5", "the previous March of 1905": the dated patterns
    rel = -1 if det in ("previous", "preceding", "last") else 1
    return Cand(m.start(), m.end(), "date", {"m": _month(word), "rel": rel, "last": det == "last"})


@pattern("month", rf"\b(?P<m>{_MON})(?![\w'’])")
def _month_only(m: re.Match, text: str) -> Cand | None:
    word = m.group("m")
    if word.endswith(".") or word.isupper() and len(word) > 3 and not _caps_context(text, m.start()):
        return None
    before = text[max(0, m.start() - 30):m.start()]
    after = text[m.end():m.end() + 20]
    prev = re.search(r"([A-Za-z’'-]+)\W*$", before)
    pw = prev.group(1).lower().strip("-’'") if prev else ""
    dateish_prev = pw in _MONTH_PREV
    if before.endswith("(") and after.startswith(")") and word[0].isupper() and word[1:].islower():
        return Cand(m.start(), m.end(), "date", {"m": _month(word)})  # "the Seventh (April) Conference"
    if word in ("May", "March", "MAY", "MARCH"):
        if not dateish_prev or re.match(r"\s+(?:be|have|not)\b", after):
            return None
    elif word in ("June", "April", "August") and not dateish_prev and not re.match(r"\s*(?:[,.;:]|and|or|to|of|\d)", after):
        return None  # probably a person's name
    elif word in ("June", "April", "August") and pw in ("and", "or", "by", "for", "to", "as", "but", "nor", "at") \
            and re.match(r"[ \t]+[A-Z][a-z]+", after) and not re.match(rf"[ \t]+(?:{_MON}|{_WD}|{_EVENT_NOUN})\b", after) \
            and not re.search(rf"(?:{_MON}|\d)\W*\s+(?:and|or|to)\s+$", before):
        return None  # a first name: "Henrik Ibsen and August Strindberg", "a play by August Strindberg"
    if _heading_line(text, m.start(), m.end()):
        return None  # "Chapter 4: October", "The Road to October": a title, no narrated date
    return Cand(m.start(), m.end(), "date", {"m": _month(word)})


_HEADING_SMALL = {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but", "nor", "as",
                  "from", "with", "into", "upon", "over", "under", "after", "before", "until", "till", "through",
                  "against", "between", "without", "toward", "towards", "vs", "versus"}


def _heading_line(text: str, i: int, j: int) -> bool:
    """Whether ``text[i:j]`` (a month name) stands in a heading: a line of its own, set off by a blank line, of
    at most eight words, every word but the small ones capitalised, with no sentence punctuation at its end
    and no day or year ("Chapter 4: October", "The Road to October", "II. October Days")."""
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", j)
    b = len(text) if b < 0 else b
    line = text[a:b].strip()
    if not line or re.search(r"[.!?;,][\]\)”\"’']*$|\d{3,}|[,&]", line) or re.match(r"\s*\d", text[j:j + 4]) \
            or re.search(r"\d(?:st|nd|rd|th|d)?\s*(?:of\s+)?$", text[max(a, i - 12):i]):
        return False  # a sentence, a year, or a day at the month ("5 of June", "April 12")
    words = re.findall(r"[A-Za-z][A-Za-z’'-]*", line)
    if not words or len(words) > 8 or any(w[0].islower() and w.lower() not in _HEADING_SMALL for w in words):
        return False
    if not any(w.lower() not in _HEADING_SMALL and w != text[i:j] for w in words):
        return False  # the month alone on its line is a diary's date heading ("1899 / April")
    blank_before = a == 0 or re.search(r"\n[ \t]*\n[ \t]*$", text[max(0, a - 40):a]) is not None
    blank_after = b == len(text) or re.match(r"\n[ \t]*(?:\n|$)", text[b:b + 40]) is not None
    return blank_before or blank_after


_EVENT_NOUN = r"(?:Revolution|Days|Offensive|Uprising|Rising|Decrees?|Crisis|Manifesto|Theses|Bloc|Coup|Putsch|Strike|Events|Insurrection)"

_MONTH_PREV = {"in", "of", "by", "since", "until", "till", "during", "early", "late", "mid", "from", "to",
               "before", "after", "that", "this", "last", "next", "and", "or", "the", "through", "throughout",
               "between", "on", "middle", "end", "beginning", "following", "previous", "each", "every",
               "since", "about", "around", "whole", "all", "latter", "first", "begun", "held", "towards",
               "toward", "for", "but", "nor", "as", "at"}


def _caps_context(text: str, i: int) -> bool:
    line = text[text.rfind("\n", 0, i) + 1: text.find("\n", i) if text.find("\n", i) >= 0 else len(text)]
    return sum(c.islower() for c in line) > len(line) // 3


@pattern("season_year", rf"(?:the{_S})?(?P<s>{_SEASON})(?:{_S}of)?{_S}(?P<y>1\d{{3}}|20\d{{2}})(?:\s*[-–—/]\s*(?P<y2>\d{{2,4}}))?(?!\d|,\d)")
def _season_year(m: re.Match, text: str) -> Cand | None:
    f = {"s": SEASONS[m.group("s").lower()], "y": int(m.group("y"))}
    if f["s"] == "WI" and m.group("y2") and int(m.group("y2")) % 100 == (f["y"] + 1) % 100:
        f["turn"] = True  # "the winter of 1916–17": the winter across that turn of the year
    return Cand(m.start(), m.end(), "season", f)


_SEASON_ADJ = {"early", "late", "cold", "hard", "severe", "long", "terrible", "bitter", "mild", "hot", "dry",
               "wet", "following", "next", "previous", "preceding", "whole", "entire", "same", "coming", "approaching",
               "first", "second", "last", "memorable", "fatal", "dreadful", "rainy", "harsh", "great"}
_ADJ_RX = r"(?:[A-Z][a-z]+|" + "|".join(sorted(_SEASON_ADJ)) + r")"
_SEASON_BEFORE = re.compile(
    rf"(?:\b(?P<det>that|this|the|last|next|one|the\s+(?:following|next|previous|preceding|same|succeeding|ensuing|coming)){_S})?"
    rf"(?:\b(?P<adj>{_ADJ_RX}){_S})?(?:\b(?P<adj2>{_ADJ_RX}){_S})?$")


@pattern("season", rf"\b(?P<s>{_SEASON})\b(?![-‐]\w)")
def _season(m: re.Match, text: str) -> Cand | None:
    s = m.group("s")
    b = _SEASON_BEFORE.search(text, max(0, m.start() - 50), m.start())
    det = re.sub(r"\s+", " ", (b.group("det") or "").lower())
    adjs = [a for a in (b.group("adj"), b.group("adj2")) if a]
    start = b.start() if (det or adjs) else m.start()
    after = text[m.end():m.end() + 40]
    as_modifier = _SEASON_NOUN.match(after)
    paired = re.match(rf"\s+(?:and|or)\s+{_SEASON}\b", after)  # "summer and autumn 1918"
    if s[0].islower() and not det and not adjs and not as_modifier and not paired:
        before = text[max(0, m.start() - 22):m.start()]
        if not re.search(rf"\b(?:in|during|through|all|of|until|till|by|before|after|{_SEASON}\s+(?:and|or))\s*$", before):
            return None
    if s[0].isupper() and _SEASON_PLACE.match(after):
        return None  # a building or place named for a season: "the Winter Palace", "the Summer Garden"
    if s.lower() == "fall" and (not det and not as_modifier or re.match(r"\s+of\b", text[m.end():m.end() + 4])):
        return None  # "the fall of Nicholas"
    rel = {"last": -1, "next": 1, "the following": 1, "the next": 1, "the previous": -1,
           "the preceding": -1, "the succeeding": 1, "the ensuing": 1, "the coming": 1}.get(det, 0)
    if any(a.lower() in ("following", "next", "coming") for a in adjs):
        rel = 1
    elif any(a.lower() in ("previous", "preceding") for a in adjs):
        rel = -1  # "since the previous winter": the det alternation takes "the" and leaves "previous" an adjective
    f = {"s": SEASONS[s.lower()], "rel": rel, "det": det}
    if as_modifier and (as_modifier.group("y") or as_modifier.group("y2")):
        f["y"] = int(as_modifier.group("y") or as_modifier.group("y2"))  # "the Spring Offensive of 1918"
    elif as_modifier and as_modifier.group("n").lower() == "quarters":
        f["det"] = "one"  # "winter quarters": any winter
    return Cand(start, m.end(), "season", f)


_SEASON_PLACE = re.compile(r"\s+(?:Palace|Gardens?|Street|Square|Bridge|Canal|House|Hall|Theat(?:re|er)|Park|Road|Lane|"
                           r"Avenue|Residence|Island|Hill|Church|Cathedral|Station|Stadium|Embankment|Quay|Channel|Farm|Creek|Lake|"
                           r"Valley|River|Mountains?)\b")

# a season used as a modifier: "summer offensive", "fall campaign", "winter quarters"
_SEASON_NOUN = re.compile(rf"{_S}(?P<n>(?:counter-)?offensives?|campaigns?|quarters|months|campaigning|[Oo]ffensive|[Cc]ampaign)\b"
                          rf"(?:{_S}of{_S}(?P<y>1\d{{3}}|20\d{{2}})\b|\s*\((?:(?:early|late|mid-?)\s*)?(?P<y2>1\d{{3}}|20\d{{2}})\))?")



@pattern("bc_year", rf"(?:(?<![\w.])(?P<ad>{_AD})\s*)?(?P<y>\d{{1,4}})\s*(?P<era>{_BC}|{_AD})?(?!\w)")
def _bc_year(m: re.Match, text: str) -> Cand | None:
    era = m.group("era") or ""
    if not era and not m.group("ad"):
        return None
    bc = era.upper().startswith("B")
    return Cand(m.start(), m.end(), "year", {"y": -int(m.group("y")) if bc else int(m.group("y")), "era": True})


@pattern("year", rf"(?:(?<=\bmid-)|(?<![\d$£#/.,A-Za-z-]))(?P<y>{_YEAR})(?:s?\s*[-–—]\s*(?P<y2>\d{{2,4}}))?(?![\d%])(?!,\d)(?!['’]?s\b)")
def _year_only(m: re.Match, text: str) -> Cand | None:
    if not _plausible_year(text, m):
        return None
    y, legal = _year(m.group("y"))
    c = Cand(m.start(), m.start() + len(m.group("y")), "year", {"y": y, "legal_y": legal})
    y2 = m.group("y2")
    if y2 and not m.group(0)[len(m.group("y")):].startswith("s"):
        end_y = int(y2) if len(y2) == 4 else int(str(y)[:4 - len(y2)] + y2) if len(y2) in (2, 3) else 0
        if y < end_y <= y + 100:  # "1915-17", "1861-1863": TIMEX3 tags each end of a range
            return [c, Cand(m.start("y2"), m.end("y2"), "year", {"y": end_y, "legal_y": None, "range_end": True})]
    return c


_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:men|troops|soldiers|people|persons|miles|feet|foot|yards|metres|meters|kilometres|"
    r"versts|pounds|rubles|roubles|dollars|francs|marks|crowns|guineas|shillings|tons|acres|copies|votes|"
    r"delegates|deputies|members|workers|killed|wounded|prisoners|guns|horses|ships|strong|of\s+them|"
    r"inhabitants|households|families|hours|days|years|head|cases|sq|square)\b", re.I)
_NOT_YEAR_BEFORE = re.compile(r"(?:\$|£|No\.|no\.|p\.|pp\.|page|pages|vol\.|Vol\.|number|numbered|than|about|some|"
                              r"nearly|almost|over|only|of|\d)\s*$")


_ADDRESS_AFTER = re.compile(r"[ \t]+(?:(?:[A-Z][a-z]+[ \t]+){1,2}(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive)(?!\w)"
                           r"|(?:North|South|East|West)[ \t]+\d)")


def _plausible_year(text: str, m: re.Match) -> bool:
    y = int(m.group("y")[:4])
    after = text[m.end("y"):m.end("y") + 40]
    before = text[max(0, m.start() - 20):m.start()]
    if _NOT_YEAR_AFTER.match(after):
        return False
    if _ADDRESS_AFTER.match(after) and not re.search(r"\b(?:in|by|since|during|until|till|of|from|to|after|before|early|late)\s*$",
                                                     before, re.I):
        return False  # a house number: "at 1522 Vyse Avenue", "809 North 1500 West"
    if re.search(r"(?:\$|£|No\.|no\.|pp?\.|pages?|[Vv]ol\.|[Nn]umber|numbered|[Ss]ect\.|[Aa]rt\.)\s*$", before):
        return False
    if re.search(r"\b(?:than|some|nearly|almost|only)\s*$", before) and not 1000 <= y <= 2100:
        return False
    if _in_table_row(text, m.start()):
        return False  # "| Calico | 1173 |": a figure in a table, not a year
    return 1000 <= y <= 2100


def _in_table_row(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a line drawn as a table row: cells between two or more "|" marks,
    the number alone in its cell."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    line = text[ls:le if le >= 0 else len(text)]
    if line.count("|") < 2:
        return False
    cell = line[:pos - ls].rsplit("|", 1)[-1] + line[pos - ls:].split("|", 1)[0]
    return not re.search(r"[A-Za-z]{3,}", cell)


@pattern("decade", rf"(?:the{_S})?(?:(?P<mod>early|late|mid|middle){_S}|(?P<mod2>mid)-)?(?P<c>1\d|20)(?P<d>\d)0['’]?s\b")
def _decade(m: re.Match, text: str) -> Cand | None:
    mod = (m.group("mod") or m.group("mod2") or "").lower()
    c = Cand(m.start(), m.end(), "decade", {"v": m.group("c") + m.group("d")})
    c.mod = {"early": "START", "late": "END", "mid": "MID", "middle": "MID"}.get(mod)
    return c


@pattern("decade_word", rf"the{_S}(?:(?P<mod>early|late|mid){_S})?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b")
def _decade_word(m: re.Match, text: str) -> Cand | None:
    c = Cand(m.start(), m.end(), "decade", {"dw": DECADE_WORDS[m.group("w").lower()]})
    c.mod = {"early": "START", "late": "END", "mid": "MID"}.get((m.group("mod") or "").lower())
    return c


@pattern("century", rf"(?:the{_S})?(?:(?P<mod>early|late|middle|mid){_S}|(?P<mod2>mid)-)?(?P<o>{_ORDW}|\d{{1,2}}(?:st|nd|rd|th)){_S}"
                    rf"(?:and{_S}(?:early{_S})?(?:{_ORDW}|\d{{1,2}}(?:st|nd|rd|th)){_S})?[Cc]entur(?:y|ies)(?:{_S}(?P<bc>{_BC}|{_AD}))?")
def _century(m: re.Match, text: str) -> Cand | None:
    n = _ordinal(m.group("o"))
    if not n:
        return None
    bc = (m.group("bc") or "").upper().startswith("B")
    v = f"BC{n - 1:02d}" if bc else f"{n - 1:02d}"
    c = Cand(m.start(), m.end(), "century", {"v": v})
    c.mod = {"early": "START", "late": "END", "mid": "MID", "middle": "MID"}.get((m.group("mod") or m.group("mod2") or "").lower())
    return c


# --- holidays -----------------------------------------------------------------------------------

HOLIDAYS_FIXED = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
                  "new year's day": (1, 1), "new year’s day": (1, 1), "new year's eve": (12, 31),
                  "new year’s eve": (12, 31), "may day": (5, 1), "may-day": (5, 1),
                  "michaelmas": (9, 29), "lady day": (3, 25), "midsummer day": (6, 24),
                  "midsummer eve": (6, 23), "all saints' day": (11, 1), "all saints’ day": (11, 1),
                  "all souls' day": (11, 2), "candlemas": (2, 2), "martinmas": (11, 11),
                  "twelfth night": (1, 5), "epiphany": (1, 6), "st. patrick's day": (3, 17),
                  "st. patrick’s day": (3, 17), "bastille day": (7, 14), "valentine's day": (2, 14),
                  "guy fawkes day": (11, 5), "all hallows' eve": (10, 31), "hallowe'en": (10, 31),
                  "halloween": (10, 31), "boxing day": (12, 26), "independence day": (7, 4)}
# Saints' days with a fixed date, kept on the same date in the Julian and Gregorian calendars (the
# calendar layer converts): the feast of the saint as the Roman and Orthodox calendars both keep it.
SAINTS_DAYS = {"john": (6, 24), "john the baptist": (6, 24), "george": (4, 23), "nicholas": (12, 6),
               "andrew": (11, 30), "david": (3, 1), "stephen": (12, 26), "swithin": (7, 15),
               "bartholomew": (8, 24), "crispin": (10, 25), "martin": (11, 11), "valentine": (2, 14),
               "michael": (9, 29), "james": (7, 25), "lucy": (12, 13), "joseph": (3, 19), "anne": (7, 26),
               "sylvester": (12, 31), "peter and paul": (6, 29), "peter": (6, 29), "elijah": (7, 20),
               "elias": (7, 20), "patrick": (3, 17), "thomas": (12, 21), "catherine": (11, 24)}
for _saint, _md in SAINTS_DAYS.items():
    for _st in ("st.", "st", "saint"):
        HOLIDAYS_FIXED.setdefault(f"{_st} {_saint}'s day", _md)
        HOLIDAYS_FIXED.setdefault(f"{_st} {_saint} day", _md)
    HOLIDAYS_FIXED.setdefault(f"st. {_saint}'s eve", (_md[0], _md[1] - 1) if _md[1] > 1 else _md)
HOLIDAYS_EASTER = {"easter sunday": 0, "easter day": 0, "easter": 0, "good friday": -2,
                   "easter monday": 1, "palm sunday": -7, "ash wednesday": -46, "shrove tuesday": -47,
                   "ascension day": 39, "whitsunday": 49, "whit sunday": 49, "whitsun": 49,
                   "pentecost": 49, "trinity sunday": 56, "maundy thursday": -3, "holy saturday": -1}
_HOL_RX = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+").replace("'", "['’]") for k in
                           list(HOLIDAYS_FIXED) + list(HOLIDAYS_EASTER)), key=len, reverse=True))


@pattern("holiday", rf"\b(?P<h>{_HOL_RX})(?:,?\s+(?P<y>{_YEAR}))?(?![\w-])", re.I)
def _holiday(m: re.Match, text: str) -> Cand | None:
    h = m.group("h")
    if not h[0].isupper():
        return None
    key = re.sub(r"\s+", " ", h.lower()).replace("’", "'")
    f: dict = {"h": key}
    if m.group("y"):
        f["y"] = int(m.group("y")[:4])
    if key in ("independence day",) and not re.search(r"American|United States|Fourth", text[max(0, m.start() - 300):m.end() + 300]):
        return None
    return Cand(m.start(), m.end(), "holiday", f)


# --- relative dates ------------------------------------------------------------------------------

_REL_DET = {"next": 1, "following": 1, "succeeding": 1, "ensuing": 1, "previous": -1, "preceding": -1,
            "same": 0, "that": 0, "this": 0, "last": -1, "prior": -1}


@pattern("rel_det", rf"(?:(?P<the>the){_S})?(?P<det>next|following|succeeding|ensuing|previous|preceding|same|that|this|prior){_S}"
                    rf"(?P<u>day|morning|afternoon|evening|night|week|month|year|forenoon)(?![\w-])", re.I)
def _rel_det(m: re.Match, text: str) -> Cand | None:
    det, u = m.group("det").lower(), m.group("u").lower()
    the = bool(m.group("the"))
    if det in ("that", "this") and the:
        return None
    if det == "last" and u == "night":
        return Cand(m.start(), m.end(), "rel", {"u": "day", "n": -1, "pod": "NI", "deictic": True})
    if det == "this" and re.match(r"\s+(?:\w+\s+)?(?:of)\b", text[m.end():m.end() + 15]) and u == "day":
        return None  # "this day of rest"
    n = _REL_DET[det]
    if det == "this" and u in ("morning", "afternoon", "evening"):
        n = 0
    return _rel_unit(m, u, n, deictic=det in ("last", "this") and u in ("week", "month", "year"))


def _rel_unit(m: re.Match, u: str, n: int, deictic: bool = False, start: int | None = None) -> Cand:
    f: dict = {"n": n, "deictic": deictic}
    if u in ("morning", "afternoon", "evening", "night", "forenoon"):
        f.update(u="day", pod=POD[u])
    else:
        f["u"] = u
    return Cand(m.start() if start is None else start, m.end(), "rel", f)


@pattern("rel_nextlast", rf"\b(?P<det>next|last){_S}(?P<u>week|month|year|{_WD}|{_SEASON})\b")
def _rel_nextlast(m: re.Match, text: str) -> Cand | None:
    u = m.group("u")
    n = 1 if m.group("det") == "next" else -1
    if u.lower() in WEEKDAYS:
        return Cand(m.start(), m.end(), "weekday", {"wd": WEEKDAYS[u.lower()], "dir": n})
    if u.lower() in SEASONS:
        return Cand(m.start(), m.end(), "season", {"s": SEASONS[u.lower()], "rel": n, "det": m.group("det")})
    return Cand(m.start(), m.end(), "rel", {"u": u, "n": n, "deictic": True})


@pattern("rel_new_year", rf"\b[Tt]he{_S}new{_S}year\b(?![-'’]|{_S}(?:celebrations?|holidays?|festivities|resolutions?|eve|day)\b)")
def _rel_new_year(m: re.Match, text: str) -> Cand | None:
    """'The police struck in the new year': the year after the narrative's (lowercase 'new'; 'the New Year'
    and 'New Year's Day' are the holiday)."""
    return Cand(m.start(), m.end(), "rel", {"u": "year", "n": 1, "deictic": False, "new_year": True})


@pattern("rel_dayafter", rf"(?:[Tt]he{_S})?(?P<u>day|morning|evening|night|week|month|year){_S}(?P<dir>after|before|following){_S}"
                         rf"(?P<o>yesterday|to-?morrow|that|this|the\s+battle)?")
def _rel_dayafter(m: re.Match, text: str) -> Cand | None:
    if not m.group(0).lower().startswith("the") or m.group("u") != "day" and not m.group("o"):
        if not (m.group(0).lower().startswith("the") and m.group("dir") != "following"):
            return None
    o = (m.group("o") or "").lower()
    n = 1 if m.group("dir") in ("after", "following") else -1
    end = m.end() if o in ("yesterday", "tomorrow", "to-morrow") else m.end("dir")
    if o == "yesterday":
        n = -2
    elif o.replace("-", "") == "tomorrow":
        n = 2
    c = _rel_unit(m, m.group("u"), n)
    c.end = end
    if not o and _DAY_DATE_NEXT.match(text, m.end("dir")):
        c.f["event"] = True  # "the day after 31 January": counted from that date
        return c
    if not o and re.match(rf"{_S}(?:(?:last|next|this){_S})?(?:{_WD}|{_MON})\b", text[m.end("dir"):m.end("dir") + 30]):
        return None  # "the day before last Tuesday's hearing": left to its dated part
    if m.group("dir") != "following" and (not o or o == "the battle") and _EVENT_NEXT.match(text, m.end("dir")):
        c.f["event"] = True  # "the day after the battle": anchored on an event
    return c


@pattern("eve_of", r"\b[Tt]he[ \t]*\n?[ \t]*(?P<w>eve|day)\b(?=[ \t]*\n?[ \t]*of\b)")
def _eve_of(m: re.Match, text: str) -> Cand | None:
    """ "on the eve of 25 October", "on the eve of his departure": the day before a day date, or before a
    life's event the text tells with its date (resolved like "the day before his arrival"); not "on the eve of
    the war", which names no day."""
    mm = re.match(rf"{_S}of{_S}(?:(?:his|her|their|its|the){_S}(?:(?:own|first|final){_S})?(?P<noun>\w+)|"
                  rf"(?:{_DAY}{_S}{_MON}|{_MON}{_S}{_DAY})\b|(?P<it>it\b|(?:that|this)\b(?![ \t]+[a-z]+\b)))", text[m.end():m.end() + 60])
    if mm and mm.group("it"):
        # "The number was to appear on 23 February; on the eve of it the police struck": the day before the one
        # just told (the clock's day), as "the day before" is
        return Cand(m.start(), m.end() + mm.end(), "rel", {"u": "day", "n": -1 if m.group("w") == "eve" else 0})
    if not mm or mm.group("noun") and mm.group("noun").lower() not in EVENT_TOLD:
        return None
    if m.group("w") == "day" and not mm.group("noun"):
        return None  # "the day of 25 October" is that date's own expression
    # "on the day of his arrival": that day
    return Cand(m.start(), m.end(), "rel", {"u": "day", "n": -1 if m.group("w") == "eve" else 0, "event": True})


# what follows "before"/"after" when it names an event: "his arrival", "the fall of Girona"
_DAY_DATE_NEXT = re.compile(rf"{_S}(?:{_DAY}{_S}{_MON}|{_MON}{_S}{_DAY})\b")  # " 31 January", " March 3rd"
_EVENT_NEXT = re.compile(r"[ \t]*\n?[ \t]*(?:the|his|her|their|its|our|my|a|an|he|she|they|we|[A-Z][\w'’-]+)\b")


_DAY_DATE_END = re.compile(rf"(?:{_MON}{_S}{_DAY}|{_DAY}{_S}{_MON}|\b{_DAY})(?:,?{_S}{_YEAR})?\s*(?:,|\(|[-–—])\s*"
                           rf"(?:(?:known|called|remembered)\s+as\s+|which\s+(?:was|became)\s+)?[\"“]?$")


@pattern("appos_day", rf"(?P<h>[Tt]he{_S}(?:(?:{_ORDW}|\d+(?:st|nd|rd|th)|\w+est|single|very|same|last|final){_S}){{1,3}}"
                      rf"(?:day|anniversary)|D-Day)(?:{_S}(?:of|in){_S}[^,;.()\n]{{1,60}})?")
def _appos_day(m: re.Match, text: str) -> Cand | None:
    """A day named by an event, in apposition to a day date: "1 July 1916, the first day of the
    Battle of the Somme"; "June 6, 1944 (known as D-Day)". It names the same day."""
    if not _DAY_DATE_END.search(text, max(0, m.start() - 40), m.start()):
        return None
    return Cand(m.start(), m.end(), "rel", {"u": "day", "n": 0, "appos": True})


@pattern("all_day", r"\b[Aa]ll(?:\s+the)?[ \t]*\n?[ \t]*day\b(?![-‐'’s])")
def _all_day(m: re.Match, text: str) -> Cand | None:
    return Cand(m.start(), m.end(), "rel", {"u": "day", "n": 0})


@pattern("deictic", r"\b(?P<w>yesterday|to-?day|to-?morrow|to-?night)(?:\s+(?P<p>morning|afternoon|evening|night))?\b", re.I)
def _deictic(m: re.Match, text: str) -> Cand | None:
    w = m.group("w").lower().replace("-", "")
    n = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[w]
    f = {"u": "day", "n": n, "deictic": True}
    p = (m.group("p") or "").lower()
    if w == "tonight":
        f["pod"] = "NI"
    elif p:
        f["pod"] = POD[p]
    return Cand(m.start(), m.end(), "rel", f)


_TOLD_VERBS = {}  # a verb of a life's event in the simple past -> its noun ("arrived" -> "arrival")
_TOLD_CLAUSE = re.compile(r"\s+(?:he|she|they)\s+(?:had\s+)?([a-z]+)\b")


def _told_clause(text: str, m: re.Match) -> str | None:
    """The event noun of a clause of a pronoun and a verb of a life's event after a count of days or weeks:
    "two days after she arrived" -> "arrival", "a week before he reached Hanover" -> "arrival"."""
    if m.group("u").lower().rstrip("s") not in ("day", "week"):
        return None
    mm = _TOLD_CLAUSE.match(text, m.end())
    if not mm:
        return None
    verb = mm.group(1)
    if verb not in _TOLD_VERBS:
        _TOLD_VERBS[verb] = next((noun for noun, rx in EVENT_TOLD.items() if re.fullmatch(rf"(?:{rx})", verb)), None)
    return _TOLD_VERBS[verb]


# the TIMEX3 mod of a count's qualifier: "about three years", "nearly ten years"
COUNT_MODS = {"about": "APPROX", "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
              "over": "MORE_THAN", "more than": "MORE_THAN", "less than": "LESS_THAN"}


@pattern("n_later", rf"(?P<q>(?:about|some|nearly|almost|over|more\s+than|less\s+than|only|just){_S})?(?P<n>{_NUM}|{VAGUE_QUANT}){_S}"
                    rf"(?P<u>second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie)|generation)s?{_S}"
                    rf"(?P<dir>later|afterwards?|after|before|earlier|ago|previously|since|thereafter|hence)\b", re.I)
def _n_later(m: re.Match, text: str) -> Cand | None:
    after = text[m.end():m.end() + 12]
    d = m.group("dir").lower()
    n = _num(m.group("n"))
    if d in ("afterwards", "afterward", "after", "thereafter") and re.search(r"\b[Ff]or\s+$", text[max(0, m.start() - 5):m.start()]) \
            and (d != "after" or re.match(r"\s*(?:[,.;:)]|$)", after)):
        # "he lived there for three years afterwards": how long, not when
        u = m.group("u").lower().rstrip("s")
        u = "century" if u.startswith("centur") else u
        q = (m.group("q") or "").lower().strip()
        c = Cand(m.start(), m.end(), "duration", {"u": u, "n": n, "q": q})
        c.mod = COUNT_MODS.get(re.sub(r"\s+", " ", q))
        return c
    if d in ("after", "before") and re.match(r"\s+[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|[IVX]+))*\s+(?:had|has|was|were|[a-z]+ed)\b",
                                             text[m.end():m.end() + 60]) \
            and not re.match(r"\s+(?:I|It|This|That|These|Those|There|Then)\b", after):
        after = " the"  # "two days after Nicholas had signed it": counted from an event, as "after the KPA invaded"
    if d in ("after", "before") and n is not None and not m.group("q") and _DAY_DATE_NEXT.match(text, m.end()):
        after = " the"  # "two days after 3 March 1917": counted from that date
    if d in ("after", "before", "since") and re.match(r"\s+(?:the|his|her|a|an|their|its|this|that|he|she|they|we|I)\b", after):
        told = _told_clause(text, m) if d in ("after", "before") and n is not None and not m.group("q") else None
        if told is not None:
            # "two days after she arrived", "a week before he reached the frontier": counted from the day the story
            # tells that event on (a span when it tells none; resolved in chronicle.resolve.narrative_time)
            u = m.group("u").lower().rstrip("s")
            end = m.end("u") + (text[m.end("u"):m.end("u") + 1] == "s")
            return Cand(m.start(), end, "rel", {"u": u, "n": int(n) * (-1 if d == "before" else 1), "later": True,
                                                "event": True, "told": told})
        if d == "since" or n is None or m.group("q") or re.match(r"\s+(?:he|she|they|we|I|this|that)\b", after):
            return None  # "two days since the battle": leave to the duration
        # "three days before his arrival": a date anchored on an event; "before" is a signal
        u = m.group("u").lower().rstrip("s")
        if u not in ("day", "week", "month", "year"):
            return None
        end = m.end("u") + (text[m.end("u"):m.end("u") + 1] == "s")
        return Cand(m.start(), end, "rel", {"u": u, "n": int(n) * (-1 if d == "before" else 1), "later": True,
                                                   "event": True})
    u = m.group("u").lower().rstrip("s")
    u = "century" if u.startswith("centur") else u
    q = (m.group("q") or "").lower().strip()
    mod = COUNT_MODS.get(re.sub(r"\s+", " ", q))
    if n is None:
        # vague amount: a duration ("A few days after", "some years after")
        return Cand(m.start(), m.end(), "duration", {"u": u, "n": None, "q": q})
    sign = -1 if d in ("before", "earlier", "ago", "previously") else 1
    c = Cand(m.start(), m.end(), "rel", {"u": u, "n": int(round(n)) * sign, "later": True, "ago": d == "ago",
                                         "deictic": d in ("ago", "hence")})
    c.mod = mod
    return c


@pattern("ord_day", r"\b[Tt]he[ \t]+(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[ \t]+"
                    r"(?P<u>day|night|morning|evening)\b(?![ \t]+(?:of|after|before|since|from|that|when|in)\b)")
def _ord_day(m: re.Match, text: str) -> Cand | None:
    """'on the third night' of a journey or a meeting: counted from the day date that began it (the first
    day), in the resolver."""
    if not re.search(r"\b(?:on|by|until|till|at|during|in|before)[ \t]+$", text[max(0, m.start() - 8):m.start()], re.I):
        return None  # "the second day was cold" is a subject, not a date told
    u = m.group("u").lower()
    f = {"u": "day", "n": ORDINALS[m.group("o").lower()] - 1, "ordday": True}
    if u != "day":
        f["pod"] = POD[u]
    return Cand(m.start(), m.end(), "rel", f)


@pattern("bare_later", r"\b(?:(?P<u>days|weeks|months|years|decades)(?:,)?[ \t]+(?:later|afterwards?)|long[ \t]+afterwards?)\b", re.I)
def _bare_later(m: re.Match, text: str) -> Cand | None:
    """'Years afterwards he recalled it', 'days later': some time after the narrated date, unsaid how
    long; a reference to a later time (FUTURE_REF, as WikiWars gives "Years later"), which does not move the
    narrated date. With a quantifier it stays a duration ("many years later", "some years after": PXY).
    "Long afterwards" is one too ("X, writing long afterwards, had him travel by river")."""
    if re.search(r"\bhow\s*$", text[max(0, m.start() - 6):m.start()], re.I):
        return None
    if re.search(r"(?:\d|\b(?:the|these|those|of|for|in|many|few|several|some|all)\s*)$", text[max(0, m.start() - 12):m.start()], re.I):
        return None
    return Cand(m.start(), m.end(), "ref", {"v": "FUTURE_REF"})


# --- weekdays, parts of day, clock times ------------------------------------------------------

@pattern("weekday", rf"(?:(?P<the>the){_S})?(?P<wd>{_WD})(?P<pl>s)?(?:{_S}(?P<p>{_PODW}))?\b(?!\s+(?:[Ss]chool|[Cc]lothes|[Bb]est|paper))")
def _weekday(m: re.Match, text: str) -> Cand | None:
    wd = WEEKDAYS[m.group("wd").lower()]
    p = (m.group("p") or "").lower()
    if m.group("pl"):
        return Cand(m.start(), m.end(), "set", {"v": f"XXXX-WXX-{wd}"})
    f = {"wd": wd}
    if p:
        f["pod"] = POD[p]
    before = text[max(0, m.start() - 25):m.start()]
    if re.search(r"\b(?:being|was|is)\s*$", before):
        f["assert"] = True
    if re.search(r"\bevery\s*$", before):
        return Cand(m.start() - len(re.search(r"every\s*$", before).group(0)), m.end(), "set", {"v": f"XXXX-WXX-{wd}"})
    start = m.start() if m.group("the") and p else m.start("wd")
    return Cand(start, m.end(), "weekday", f)


@pattern("pod", rf"(?<![-‐\w])(?:(?P<pre>all|all\s+the|the|that|this|one|one\s+fine|every|each|the\s+same|the\s+whole|my|his|her|their|our|"
                rf"early|late|early\s+in\s+the|late\s+in\s+the|about|towards|toward|at){_S})?(?P<p>{_PODW}|tonight|to-night)(?P<pl>s)?\b(?![-‐]\w)")
def _pod(m: re.Match, text: str) -> Cand | None:
    pre = re.sub(r"\s+", " ", (m.group("pre") or "").lower())
    p = m.group("p").lower()
    after = text[m.end():m.end() + 20]
    if m.group("pl") and pre not in ("my", "his", "her", "their", "our"):
        return None
    if pre in ("my", "his", "her", "their", "our"):
        if not m.group("pl"):
            return None
        return Cand(m.start(), m.end(), "set", {"v": f"XXXX-XX-XXT{POD[p]}"})
    if pre in ("every", "each"):
        return Cand(m.start(), m.end(), "set", {"v": f"XXXX-XX-XXT{POD[p]}"})
    if re.match(r"['’]s\b", after) or re.match(r"[-‐]", after):
        return None  # "the night's work", "night-watch"
    if p in ("daylight",) and pre not in ("", "till", "at"):
        return None
    if p == "night" and pre in ("", "at") and re.match(r"\s+(?:and\s+day|or\s+day)", after):
        return None  # "night and day"
    start = m.start()
    mod = None
    if pre in ("about", "towards", "toward", "at", "early", "late", "early in the", "late in the"):
        start = m.start("p") if pre in ("towards", "toward", "at") else m.start()
        mod = {"about": "APPROX", "early": "START", "late": "END", "early in the": "START", "late in the": "END"}.get(pre)
        if pre in ("early in the", "late in the"):
            start = m.start()
    c = Cand(start, m.end(), "pod", {"pod": POD[p], "pre": pre})
    c.mod = mod
    if re.match(rf"{_S}of{_S}(?:the{_S})?(?:\d|{_MON}|{_WD})", after) or re.match(rf"{_S}of{_S}(?:the{_S})?(?:{_ORDW})", after):
        c.f["of_date"] = True
    elif pre in ("", "at", "the", "early", "late", "about", "towards", "toward") and p != "midnight" and \
            re.match(rf"{_S}on{_S}(?:the{_S})?(?:\d|{_MON}{_S}\d)", after):
        c.f["of_date"] = True  # "at dawn on 3 August": one TIME on that day
    return c


_HOURW = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"


@pattern("clock", rf"(?:(?P<q>(?i:about|around|nearly|almost|after|before|towards|toward|at|past|by|until|till)){_S})?"
                  rf"(?:(?P<frac>half[- ]past|a\s+quarter\s+(?:past|to|before|after)|quarter\s+(?:past|to)|(?:{_NUM}|twenty|twenty-five){_S}minutes\s+(?:past|to|after|before)){_S})?"
                  rf"(?P<h>{_HOURW})(?:[:.](?P<mi>[0-5]\d))?(?:{_S}or{_S}(?P<h2>{_HOURW}))?"
                  rf"(?:{_S}(?P<oc>o['’]\s?clock))?"
                  rf"(?:{_S}(?P<ap>[ap]\.\s?m\.|[AP]\.\s?M\.|[ap]m\b)|{_S}(?:in{_S}the{_S}|at{_S})(?P<p>morning|afternoon|evening|night|forenoon)"
                  rf"|{_S}(?P<rel>that|the{_S}(?:next|following|same)){_S}(?P<p2>morning|afternoon|evening|night))?")
def _clock(m: re.Match, text: str) -> Cand | None:
    if not (m.group("oc") or m.group("ap") or m.group("p") or m.group("frac") or m.group("mi") or m.group("p2")):
        return None
    if m.group("p2") and not (m.group("oc") or m.group("mi") or m.group("frac") or m.group("q")):
        return None  # "at eight that evening", "five o'clock the next morning"; not "the eight that evening were"
    if (m.group("q") or "").lower() == "by" and re.search(r"\b(?:rose|risen|fell|fallen|grew|grown|increased|decreased|"
                                                        r"reduced|dropped|multiplied|divided|outnumbered|won|lost|beaten)\s+$",
                                                        text[max(0, m.start() - 20):m.start()], re.I):
        return None  # "the price fell by two the next morning": a quantity ("by six the next morning" is an hour)
    if m.group("mi") and not (m.group("oc") or m.group("ap") or m.group("p")):
        if "." in m.group(0) or not re.search(r"\b(?:at|by|until|till|from|to|before|after|about)\s*$", text[max(0, m.start() - 10):m.start()]):
            return None
    h = _num(m.group("h"))
    if h is None or h > 24:
        return None
    h = int(h)
    mi = int(m.group("mi") or 0)
    frac = (m.group("frac") or "").lower()
    if frac:
        if "half" in frac:
            mi = 30
        elif "quarter" in frac:
            mi = 15 if ("past" in frac or "after" in frac) else -15
        else:
            k = _num(re.split(r"\s+minutes", frac)[0]) or 0
            mi = int(k) if ("past" in frac or "after" in frac) else -int(k)
    if mi < 0:
        h, mi = h - 1, 60 + mi
    ap = (m.group("ap") or "").lower().replace(" ", "")
    p = (m.group("p") or m.group("p2") or "").lower()
    if ap.startswith("p") or p in ("afternoon", "evening") or (p == "night" and h >= 6 and h != 12):
        if h < 12:
            h += 12
    elif ap.startswith("a") or p in ("morning", "forenoon"):
        if h == 12:
            h = 0
    elif p == "night" and h == 12:
        h = 24
    elif not ap and not p:
        ctx = text[m.end():m.end() + 60]
        if m.group("h").startswith("0") or re.match(r"\s*h(?:rs?|ours)\b", ctx):
            pass  # "05:30", "19:00 hrs": a 24-hour clock
        elif re.match(r"[^.;]*\b(?:evening|night|afternoon|p\.\s?m)", ctx) or 1 <= h <= 6:
            h = h + 12 if h < 12 else h  # "six o'clock until midnight": an evening hour
    q = (m.group("q") or "").lower()
    start = m.start() if q in ("about", "around", "nearly", "almost") else m.start("frac") if frac else m.start("h")
    c = Cand(start, m.end(), "clock", {"t": f"{h:02d}:{mi:02d}"})
    if m.group("p2"):  # the hour of a day counted: "at eight that evening" -> that day, T20:00
        nxt = 0 if m.group("rel").lower() in ("that",) or m.group("rel").lower().endswith("same") else 1
        c = Cand(start, m.end(), "rel", {"u": "day", "n": nxt, "pod": f"{h % 24:02d}:{mi:02d}", "bucket": POD[p]})
    c.mod = {"about": "APPROX", "around": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN"}.get(q)
    return c


# --- durations and sets ---------------------------------------------------------------------------

_UNIT = r"(?P<u>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|twelvemonths?|decades?|centur(?:y|ies)|generations?|millenni(?:um|a))"


@pattern("duration", rf"(?:(?P<q>about|around|approximately|some|nearly|almost|over|more\s+than|less\s+than|upwards\s+of|at\s+least|"
                     rf"only|just|fully|full|barely|hardly|scarcely|under|the\s+(?:first|last|next|past|previous|following|ensuing|preceding|"
                     rf"remaining|whole|entire)|(?:the|these|those|all\s+these|all\s+those|all\s+the|all|whole|long|the\s+long|many\s+long){_S}(?=\d|{_NUMW}|a\s+))?{_S})?"
                     rf"(?P<n>{_NUM}|{VAGUE_QUANT})(?:{_S}and{_S}a{_S}half)?(?P<sep>{_S}|[-‐]){_S}(?P<adj>(?:long|short|weary|whole|full|more|odd|clear|successive|consecutive){_S})?{_UNIT}(?P<poss>['’])?(?![-‐]\w)")
def _duration(m: re.Match, text: str) -> Cand | None:
    ntext = m.group("n").lower()
    u = m.group("u").lower()
    unit_key = re.sub(r"(?:s|ies|a)$", "", u)
    unit_key = {"centur": "century", "centu": "century", "millenni": "millennium", "millennium": "millennium"}.get(unit_key, unit_key)
    unit_key = "century" if u.startswith("centur") else "millennium" if u.startswith("millenni") else unit_key
    n = _num(ntext)
    plural = u.endswith("s") or u.endswith("ies") or u.endswith("nia")
    after = text[m.end():m.end() + 25]
    before = text[max(0, m.start() - 40):m.start()]
    q = re.sub(r"\s+", " ", (m.group("q") or "").lower().strip())
    if unit_key == "second" and not plural and (ntext in ("a", "one") or n == 1):
        if not re.match(r"\s*(?:[,.;:!?)]|or\b|later|before|after|and\b|ago|too)", after):
            return None  # "a second attack"
    if ntext in ("a", "an") and unit_key in ("night", "morning", "evening"):
        return None
    if ntext in ("a", "an", "one") and unit_key == "day" and not q:
        if re.search(r"\b(?:one|some)\s*$", before) or ntext == "one":
            return None  # "one day" is a date, handled elsewhere
    if ntext in ("a", "an") and not q and re.search(rf"(?:\d|\b(?:{_NUMW})\b|pounds?|rubles?|roubles?|dollars?|francs?|shillings?|pence|"
                                                  rf"cents?|times|miles|marks|crowns|wages?|salary|kopecks?|a\s+head|each)[^.;]{{0,20}}$", before, re.I) \
            and unit_key in ("day", "week", "month", "year", "hour"):
        return Cand(m.start("n"), m.end(), "set", {"v": f"P1{_unit_code(unit_key)}" if unit_key != "hour" else "PT1H"})
    if unit_key in ("day", "night") and n == 1 and ntext == "one" and not q:
        return None
    mod = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "some": "APPROX", "nearly": "LESS_THAN",
           "almost": "LESS_THAN", "over": "MORE_THAN", "more than": "MORE_THAN", "upwards of": "MORE_THAN",
           "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN", "under": "LESS_THAN", "barely": "LESS_THAN",
           "hardly": "LESS_THAN", "scarcely": "LESS_THAN", "fully": "EQUAL_OR_MORE", "full": None}.get(q)
    if q in ("some",) and n is None:
        mod = None
    keep_q = q.startswith("the ") or q.startswith("all") or q in ("these", "those", "whole", "long", "the long", "many long") or mod
    start = m.start() if keep_q else m.start("n")
    if "and a half" in m.group(0):
        n = (n or 0) + 0.5
    end = m.end() - 1 if m.group("poss") and not plural else m.end()  # "for an hour'." closes a quotation
    c = Cand(start, end, "duration", {"u": unit_key, "n": n, "q": ntext})
    c.mod = mod
    return c


def _unit_code(u: str) -> str:
    return {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "fortnight": "W",
            "month": "M", "year": "Y", "twelvemonth": "Y", "decade": "DE", "century": "CE", "generation": "Y",
            "millennium": "ML"}[u]


@pattern("bare_units", r"(?:(?P<q>whole|long|many|several|these|those|all\s+these|all\s+those|all\s+the|the\s+long|countless|the\s+(?:following|next|ensuing|succeeding|coming|previous|preceding|past|last|first|early|final))[ \t]*\n?[ \t]*|(?<=\b[Ff]or\s)|(?<=\b[Ww]ithin\s))"
                       r"(?P<u>seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries|generations|ages)\b(?![-‐])")
def _bare_units(m: re.Match, text: str) -> Cand | None:
    u = m.group("u").lower()
    q = (m.group("q") or "").lower()
    if u == "ages" and not q:
        return None
    if u == "ages":
        u = "years"
    key = u[:-3] + "y" if u.endswith("ies") else u[:-1]
    if q in ("these", "those") and key in ("day", "year"):
        return None  # "in those days": a vague past reference
    if q.endswith("early") and key == "hour":
        return None  # "in the early hours of 27 April": a time of night, not a span (AQUAINT leaves it untagged)
    after = text[m.end():m.end() + 12]
    if re.match(r"\s+(?:of\s+(?:age|the|his|her|their|our|my))", after) and key == "year":
        return None
    return Cand(m.start(), m.end(), "duration", {"u": key, "n": None, "q": q})


@pattern("the_unit", r"(?<=\bof\s)the\s+(?P<u>year|month|week|day)\b(?!['’])")
def _the_unit(m: re.Match, text: str) -> Cand | None:
    """'the end of the year': the current year/month, to which the modifier attaches."""
    if not re.search(r"(?:end|beginning|start|middle|close|course|rest|remainder)\s+of\s+$", text[max(0, m.start() - 16):m.start()]):
        return None
    return Cand(m.start(), m.end(), "rel", {"u": m.group("u"), "n": 0, "deictic": True})


@pattern("the_unit_out", r"(?<=\b[Bb]efore\s)the\s+(?P<u>year|month|week)(?=\s+(?:was|had\s+been)\s+(?:out|over)\b)")
def _the_unit_out(m: re.Match, text: str) -> Cand | None:
    """'before the year was out': the current year (month, week) of the story."""
    return Cand(m.start(), m.end(), "rel", {"u": m.group("u"), "n": 0, "deictic": True})


@pattern("within_the_unit", r"(?<=\b[Ww]ithin\s)the\s+(?P<u>hour|day|week|fortnight|month|year)\b(?!['’]|\s+(?:of|after|before)\b)")
def _within_the_unit(m: re.Match, text: str) -> Cand | None:
    """'within the hour', 'within the week': a span of one unit from the story's moment (PT1H, P1W)."""
    return Cand(m.start(), m.end(), "duration", {"u": m.group("u"), "n": 1, "q": "the"})


@pattern("a_generation", r"\b(?P<det>a|one|two|three|several)\s+generations?\b")
def _generation(m: re.Match, text: str) -> Cand | None:
    return Cand(m.start(), m.end(), "duration", {"u": "generation", "n": None, "q": m.group("det")})


@pattern("set_every", rf"\b(?:every|each)(?:{_S}(?P<other>other|single|succeeding|following))?{_S}(?P<u>day|week|month|year|hour|minute|fortnight|{_SEASON}|{_WD})\b", re.I)
def _set_every(m: re.Match, text: str) -> Cand | None:
    if re.fullmatch(r"(?i)everyday", m.group(0)):
        return None  # the adjective: "everyday life", "everyday clothes" are ordinary, not repeated
    u = m.group("u").lower()
    if u in WEEKDAYS:
        return Cand(m.start(), m.end(), "set", {"v": f"XXXX-WXX-{WEEKDAYS[u]}"})
    if u in SEASONS:
        return Cand(m.start(), m.end(), "set", {"v": f"XXXX-{SEASONS[u]}"})
    n = 2 if m.group("other") and m.group("other").lower() == "other" else 1
    code = _unit_code(u)
    if u == "fortnight":
        n, code = 2, "W"
    return Cand(m.start(), m.end(), "set", {"v": f"PT{n}{code}" if u in ("hour", "minute") else f"P{n}{code}"})


@pattern("set_adv", r"\b(?P<w>daily|nightly|weekly|fortnightly|monthly|yearly|annually|hourly|bi-?weekly|semi-?annually)\b")
def _set_adv(m: re.Match, text: str) -> Cand | None:
    v = {"daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W", "fortnightly": "P2W", "monthly": "P1M",
         "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H", "biweekly": "P2W", "bi-weekly": "P2W",
         "semiannually": "P6M", "semi-annually": "P6M"}[m.group("w").lower()]
    return Cand(m.start(), m.end(), "set", {"v": v})


@pattern("set_repeat", r"\b(?P<u>[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear|[Nn]ight|[Hh]our)\s+(?:after|by|upon)\s+(?P<u2>day|week|month|year|night|hour)\b")
def _set_repeat(m: re.Match, text: str) -> Cand | None:
    u = m.group("u").lower()
    if u != m.group("u2"):
        return None
    v = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "night": "XXXX-XX-XXTNI", "hour": "PT1H"}[u]
    return Cand(m.start(), m.end(), "set", {"v": v})


@pattern("age", r"(?:\b(?:boy|girl|lad|youth|man|woman|child|maid|youngster)\s+of\s+(?:but\s+|only\s+|about\s+|some\s+)?|\baged\s+|\bthe\s+age\s+of\s+)"
                r"(?P<n>\d{1,3}|[a-z]+(?:-and-[a-z]+|-[a-z]+)?)\b")
def _age(m: re.Match, text: str) -> Cand | None:
    n = _num(m.group("n"))
    if n is None or n > 120 or m.group("n").lower() in ("a", "an"):
        return None  # "the fifth child of a Jewish family" is no age
    return Cand(m.start("n"), m.end(), "duration", {"u": "year", "n": n, "q": m.group("n")})


@pattern("age_was", r"\b(?:I|he|she|when\s+I|when\s+he|when\s+she)\s+was\s+(?P<n>one-and-twenty|two-and-twenty|\d{1,2}|"
                    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:-[a-z]+)?|sixteen|seventeen|eighteen|nineteen|fifteen|fourteen)"
                    r"(?=\s*(?:years|[,.;:!?)]|$)|\s+(?:or|when|to|and|at|in|before|but)\b)")
def _age_was(m: re.Match, text: str) -> Cand | None:
    n = _num(m.group("n"))
    return Cand(m.start("n"), m.end("n"), "duration", {"u": "year", "n": n, "q": m.group("n")}) if n else None


@pattern("ref", r"\b(?P<w>the\s+future|the\s+past|the\s+present\s+day|nowadays)\b")
def _ref(m: re.Match, text: str) -> Cand | None:
    w = re.sub(r"\s+", " ", m.group("w").lower())
    if re.match(r"\s+(?:tense|participle|perfect)", text[m.end():m.end() + 12]):
        return None
    if w == "the past" and re.match(r"\s+\w", text[m.end():m.end() + 3]) and not re.match(r"\s+(?:and|or|is|was|has|had|,)\b", text[m.end():]):
        return None  # "the past two centuries" is a duration
    if w == "the future" and re.match(r"\s+[a-z]", text[m.end():m.end() + 3]) and not re.match(r"\s+(?:and|or|is|was|as|of)\b", text[m.end():]):
        return None  # "the future king": an adjective
    return Cand(m.start(), m.end(), "ref", {"v": "FUTURE_REF" if "future" in w else "PAST_REF" if "past" in w else "PRESENT_REF"})


@pattern("one_day", rf"\b(?P<w>[Oo]ne|[Ss]ome|[Aa]nother|[Oo]ne\s+fine){_S}(?P<u>day|morning|afternoon|evening|night)\b(?![-‐'’])")
def _one_day(m: re.Match, text: str) -> Cand | None:
    u = m.group("u").lower()
    if re.match(r"\s+(?:or|and|after|to|out|with|'s|more|less)\b", text[m.end():m.end() + 8]):
        return None
    f = {"u": "day", "n": None, "one": True}
    if u != "day":
        f["pod"] = POD[u]
    return Cand(m.start(), m.end(), "rel", f)


@pattern("iso", r"\b(?P<y>1\d{3}|20\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])(?:T(?P<t>\d\d:\d\d(?::\d\d)?))?\b")
def _iso(m: re.Match, text: str) -> Cand | None:
    return Cand(m.start(), m.end(), "date", {"y": int(m.group("y")), "m": int(m.group("m")), "d": int(m.group("d")),
                                             "t": m.group("t"), "meta": True})
