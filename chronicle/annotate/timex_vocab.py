"""Time expressions, part 1: the vocabulary (months, weekdays, numbers, units), the regular
expression fragments the patterns are built from, small word parsers, and :class:`Cand`,
one detected expression before resolution. Used by :mod:`chronicle.annotate.timex_patterns`
and :mod:`chronicle.annotate.timex`."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# ---------------------------------------------------------------------------------------------
# vocabulary

# the months in order: the one list of their names (the lexicon, the calendar, clauses and events read it)
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTHS = {m[:3]: i for i, m in enumerate(MONTH_NAMES, 1)}  # "jan": 1 … "dec": 12
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
            "saturday": 6, "sunday": 7}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
POD = {"morning": "MO", "forenoon": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
       "noon": "12:00", "midday": "12:00", "mid-day": "12:00", "midnight": "24:00",
       "dawn": "MO", "daybreak": "MO", "day-break": "MO", "daylight": "MO", "sunrise": "MO",
       "dusk": "EV", "sunset": "EV", "nightfall": "EV", "night-fall": "EV", "twilight": "EV",
       "tonight": "NI", "to-night": "NI"}
# a noun naming an event of someone's life, and how a sentence tells that event: "three days before his arrival"
# counts from the day of "he arrived in Petrograd on 19 March" (resolved in chronicle.resolve.narrative_time)
EVENT_TOLD = {
    # any verb of arriving: "reached", "pulled into the station", "the carriage drew up beneath the arches", "got to Omsk"
    "arrival": r"arriv\w*|reached|(?:pulled|steamed|rolled)\s+in(?:to)?|(?:drove|rode|sailed)\s+into|"
               r"drew\s+up\s+(?:at|before|beneath|outside|in\s+front\s+of|by)|got\s+to\s+(?-i:[A-Z])", "return": r"return(?:ed|ing)|came\s+back|got\s+back",
    "departure": r"depart(?:ed|ing)|left|set\s+(?:off|out)", "release": r"releas(?:ed|ing)|freed",
    "arrest": r"arrest(?:ed|ing)", "death": r"died", "escape": r"escap(?:ed|ing)|fled", "flight": r"fled",
    "execution": r"executed", "marriage": r"married|wedding", "wedding": r"married", "birth": r"born",
    "abdication": r"abdicat(?:ed|ing)", "resignation": r"resign(?:ed|ing)", "funeral": r"buried",
    "coronation": r"crowned", "speech": r"spoke", "trial": r"tried", "exile": r"exiled",
    # "Six days after the shooting" … "was shot"; "Two days after the ratification" … "ratified the treaty"
    "shooting": r"shot|fired\s+on", "killing": r"killed", "murder": r"murdered|killed",
    "assassination": r"assassinated", "ratification": r"ratif(?:ied|ying)", "signing": r"signed",
    "election": r"elected", "appointment": r"appointed", "dismissal": r"dismissed", "surrender": r"surrendered|capitulated",
    "capture": r"captured", "landing": r"landed", "proclamation": r"proclaimed", "dissolution": r"dissolved",
    "occupation": r"occupied", "sentence": r"sentenced", "conviction": r"convicted", "burial": r"buried",
}
_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
NUMBER_WORDS: dict[str, float] = {w: i for i, w in enumerate(_SMALL)}
NUMBER_WORDS.update(_TENS)
NUMBER_WORDS.update({"a": 1, "an": 1, "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12,
                     "a couple of": 2, "a couple": 2, "half a": 0.5, "half an": 0.5, "a half": 0.5})
_ORD_SMALL = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
              "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
ORDINALS = {w: i + 1 for i, w in enumerate(_ORD_SMALL)}
ORDINALS.update({"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50})
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
         "fortnight": "W", "month": "M", "year": "Y", "twelvemonth": "Y", "decade": "DE",
         "century": "CE", "centurie": "CE", "generation": "Y", "millennium": "ML", "morning": "D",
         "evening": "D", "summer": "Y", "winter": "Y"}
VAGUE_QUANT = r"(?:a\s+few|few|several|some|many|a\s+number\s+of|numerous|countless|a\s+couple\s+of)"

# regex fragments
_NUMW = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|"
         r"five|six|seven|eight|nine))?|one-and-twenty|two-and-twenty|zero|one|two|three|four|five|six|"
         r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
         r"nineteen|a\s+hundred|hundred|a\s+dozen|dozen|a\s+couple\s+of|half\s+an?)")
_NUM = rf"(?<![\w'’-])(?:\d+(?:[.,]\d+)?|{_NUMW}|an?)(?![\w'’])"
_MON = (r"(?:Jan(?:uary|\.)|Feb(?:ruary|\.)|March|Mar\.|Apr(?:il|\.)|May|June|Jun\.|July|Jul\.|"
        r"Aug(?:ust|\.)|Sept(?:ember|\.)?|Sep\.|Oct(?:ober|\.)|Nov(?:ember|\.)|Dec(?:ember|\.)|"
        r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|d)?"
_ORDW = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
         r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
         r"twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first)")
_YEAR = r"(?:1\d{3}|20\d{2})(?:/\d{1,2}(?!\d))?"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WDS = rf"(?:{_WD},?\s+(?:the\s+)?)"
_SEASON = r"(?:spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)"
_PODW = (r"(?:morning|forenoon|afternoon|evening|night|noon|midnight|midday|dawn|daybreak|daylight|"
         r"sunrise|sunset|dusk|nightfall)")
_S = r"(?>[ \t]*\n?[ \t]*)"  # a space that may cross one hard line break (atomic: runs of spaces never backtrack)
_BC = r"(?:B\.\s?C\.(?:E\.)?|BCE|BC)"
_AD = r"(?:A\.\s?D\.|AD|CE|C\.E\.)"


@dataclass
class Cand:
    """One detected expression before resolution: what the words say."""

    start: int
    end: int
    kind: str  # date|year|season|decade|century|rel|weekday|pod|clock|duration|set|ref|holiday
    f: dict = field(default_factory=dict)
    mod: str | None = None

    def text(self, s: str) -> str:
        return s[self.start:self.end]


def _num(word: str) -> float | None:
    w = re.sub(r"\s+", " ", word.strip().lower())
    if re.fullmatch(r"\d+(?:\.\d+)?", w.replace(",", "")):
        return float(w.replace(",", ""))
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if w.endswith("-and-twenty"):
        return 20 + NUMBER_WORDS.get(w.split("-")[0], 0)
    parts = re.split(r"[-\s]", w)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in NUMBER_WORDS:
        return _TENS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def _ordinal(word: str) -> int | None:
    w = word.lower().strip()
    m = re.match(r"(\d+)", w)
    if m:
        return int(m.group(1))
    if w in ORDINALS:
        return ORDINALS[w]
    if "-" in w:
        a, b = w.split("-", 1)
        return _TENS.get(a, 0) + ORDINALS.get(b, 0)
    return None


def _month(word: str) -> int:
    return MONTHS[word.lower()[:3]]


def _year(word: str) -> tuple[int, int | None]:
    """'1731/32' -> (1732, 1731): the historical year (later one) and the legal year."""
    if "/" in word:
        a, b = word.split("/")
        later = int(a[: len(a) - len(b)] + b)
        return (later, int(a)) if later == int(a) + 1 else (int(a), None)
    return int(word), None
