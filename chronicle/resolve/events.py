"""Events: one per narrated action whose actors are named people or bodies.

A verb is typed from a closed trigger lexicon (:data:`LEMMAS`, :data:`PHRASAL`); its
participants are the persons and organizations of its subject, object, agent and a
few prepositional phrases (he/she resolved to the most recent compatible person);
its place is a place named in one of its prepositional phrases, or in a locative phrase
under one ("arrested at a concert in the Exchange"), or the object of "reach"/"leave"; its date is a time expression of the sentence, else the narrative's
current date. Verbs outside the lexicon give an ``other`` event when a named (or resolved) actor
is their subject or object and they are not stative or reporting verbs. Negated
("never left") and hypothetical ("had he stayed", "would have gone", "if…") events
are kept with their flag set. Nouns that name a dated or named event ("the November
insurrection", "the Moscow Conference") are events too (:func:`event_noun`), dated by the
month in their name. Evidence is the sentence.
"""
from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime
import re

from spacy.tokens import Token

from ..annotate.lexicon import ROLE_NOUNS
from ..annotate.timex_vocab import MONTH_NAMES
from ..context import DocContext
from ..record import Event
from .clauses import (ACTORS, Reader, Sentence, agents, aside, children, hypothetical, known_part, looking_back, negated,
                      preps, subjects, unique, where)
from .narrative_time import _DAY_VAL, _TWIN_OPEN, STORY_AT, pluperfect_after
from .narrator import QUOTE_MARKS

LEMMAS: dict[str, str] = {}
for _type, _words in {
    "travel_departure": "leave depart embark quit sail",
    "travel_arrival": "arrive reach land return",
    "journey": "travel journey proceed march ride walk row cross flee escape voyage",
    "meeting": "meet visit confer interview receive dine sup breakfast converse entertain introduce gather "
               "assemble convene greet welcome",
    "speech": "speak address declare announce proclaim harangue lecture preach",
    "appointment": "appoint elect nominate promote install crown designate",
    "membership_decision": "admit expel reject enrol enroll join",
    "dismissal": "dismiss discharge sack depose oust overthrow resign",
    "birth": "bear",
    "death": "die kill execute shoot murder assassinate hang perish drown slay behead poison",
    "marriage": "marry wed",
    "battle": "fight attack defeat besiege storm invade bombard rout conquer capture occupy",
    "strike": "strike",
    "uprising": "revolt rebel mutiny riot rise",
    "abdication": "abdicate",
    "publication": "publish print issue edit",
    "letter": "telegraph cable wire",
    "lodging": "lodge board",
    "employment": "hire employ apprentice",
    "arrest": "arrest imprison jail detain",
    "exile": "exile banish deport",
    "other": "",
}.items():
    for _w in _words.split():
        LEMMAS[_w] = _type

# (lemma, particle or preposition) -> type
PHRASAL = {
    ("set", "out"): "travel_departure", ("set", "off"): "travel_departure", ("set", "sail"): "travel_departure",
    ("start", "for"): "travel_departure", ("go", "to"): "journey", ("come", "to"): "travel_arrival",
    ("get", "to"): "travel_arrival", ("get", "into"): "travel_arrival", ("put", "in"): "travel_arrival",
    ("move", "to"): "journey", ("remove", "to"): "journey", ("go", "into"): "journey",
    ("turn", "down"): "membership_decision", ("call", "on"): "meeting", ("call", "upon"): "meeting",
    ("walk", "out"): "strike", ("rise", "up"): "uprising", ("write", "to"): "letter",
    ("stay", "with"): "lodging", ("stay", "at"): "lodging", ("put", "up"): "lodging", ("rent", "from"): "lodging",
    ("work", "for"): "employment", ("work", "with"): "employment", ("take", "into"): "employment",
    ("write", "article"): "publication", ("write", "book"): "publication", ("write", "letter"): "letter",
    ("send", "letter"): "letter", ("make", "chairman"): "appointment",
    # light verbs: the noun names the event ("had a conversation with", "made a speech")
    ("have", "conversation"): "meeting", ("have", "talk"): "meeting", ("have", "interview"): "meeting",
    ("have", "meeting"): "meeting", ("hold", "meeting"): "meeting", ("hold", "conference"): "meeting",
    ("hold", "talk"): "meeting", ("pay", "visit"): "meeting", ("have", "audience"): "meeting",
    ("make", "speech"): "speech", ("give", "speech"): "speech", ("deliver", "speech"): "speech",
    ("give", "lecture"): "speech", ("deliver", "lecture"): "speech", ("give", "address"): "speech",
    ("deliver", "address"): "speech", ("make", "report"): "speech", ("give", "report"): "speech",
    ("lay", "siege"): "battle", ("give", "command"): "appointment", ("take", "command"): "appointment",
    ("assume", "command"): "appointment", ("come", "power"): "appointment",
    # a wire is a letter ("sent a telegram to Krasin", "received a letter from Lenin"); a train, a boat is a journey
    ("send", "telegram"): "letter", ("send", "cable"): "letter", ("send", "wire"): "letter",
    ("send", "message"): "letter", ("send", "note"): "letter", ("receive", "letter"): "letter",
    ("receive", "telegram"): "letter", ("get", "letter"): "letter", ("get", "telegram"): "letter",
    ("set", "foot"): "travel_arrival", ("take", "train"): "journey", ("take", "boat"): "journey",
    ("take", "ship"): "journey", ("take", "steamer"): "journey", ("take", "ferry"): "journey",
    ("board", "train"): "travel_departure", ("board", "ship"): "travel_departure",
    ("board", "steamer"): "travel_departure", ("board", "boat"): "travel_departure",
    ("catch", "train"): "travel_departure",
}
# "sentenced to four years of exile", "condemned to penal servitude": an exile
PENALTIES = {"exile", "banishment", "deportation", "settlement", "labour", "labor", "servitude", "katorga"}
# things written or said: a participle describing one names no happening of its own ("a speech attacking the
# Mensheviks", "a telegram announcing his return")
TEXTS = {"speech", "article", "pamphlet", "letter", "telegram", "resolution", "note", "report", "manifesto",
         "appeal", "decree", "book", "message", "proclamation", "leaflet", "editorial", "statement", "declaration",
         "essay", "brochure", "lecture", "address", "memorandum", "petition", "circular", "cable", "poem"}
# written works that come out ("the novel appeared in Russian"), besides TEXTS
WORKS = {"novel", "story", "play", "dispatch", "despatch", "pamphlet", "volume", "translation", "review", "story"}
# a named event in a time phrase ("appointed … after the February Revolution") takes no actor from its verb
TEMPORAL = {"after", "before", "since", "until", "till", "following", "prior"}
# (lemma, object or preposition's object) that name no happening: "paid attention", "came to a head"
IDIOMS = {("pay", "attention"), ("pay", "heed"), ("come", "head"), ("come", "end"), ("come", "conclusion"),
          ("take", "interest"), ("take", "view"), ("reach", "crisis"), ("reach", "agreement"),
          ("reach", "conclusion"), ("reach", "decision"), ("reach", "point"), ("reach", "climax"),
          ("reach", "height"), ("reach", "peak"), ("reach", "stage"), ("reach", "level"), ("reach", "age"),
          ("reach", "compromise"), ("reach", "settlement"), ("reach", "accord"), ("reach", "understanding"),
          ("reach", "deal"), ("reach", "verdict"), ("reach", "consensus"),
          # a post or a home one holds, not a place taken ("occupied the post of minister", "occupied a flat")
          *(("occupy", w) for w in ("post", "position", "office", "seat", "chair", "place", "role", "room", "rooms",
                                    "flat", "apartment", "house", "time", "attention", "mind", "thought", "space"))}
# "the Battle of Mukden", "the Siege of Port Arthur", "the Treaty of Brest-Litovsk": named by "of" and a name
OF_NAMED = {"battle", "siege", "massacre", "treaty", "mutiny", "rebellion", "insurrection", "revolt", "uprising",
            "offensive", "storming", "capture", "fall", "peace"}
# verbs that report or argue a claim ("Service has claimed that…", "his sister wrote that…"): with a
# clause of their own they are no happening (a dated one is still a speech)
CLAIMS = {"write", "mention", "claim", "explain", "maintain", "argue", "suggest", "state", "note", "recall",
          "insist", "admit", "assert", "allege", "contend", "observe", "remark", "report", "add", "reply",
          "answer", "conclude", "acknowledge", "deny", "complain", "estimate", "speculate", "record", "relate",
          "recount", "testify", "comment", "agree", "emphasize", "emphasise", "stress", "point", "say", "tell",
          "rumor", "rumour", "speculate", "believe", "report"}
# verbs that tag a line of dialogue ("“To keep the soldiers in,” he answered"): no happening of their own
DIALOGUE = {"answer", "reply", "cry", "shout", "yell", "stammer", "exclaim", "whisper", "mutter", "sigh", "snap",
            "add", "retort", "ask", "continue", "explain", "murmur", "growl", "laugh", "smile", "nod", "shrug",
            "protest", "insist", "remark", "observe", "respond", "go"}
# nouns for people or body parts: their possessor is not an actor ("Trotsky's father lived in Poltava",
# "his sister wrote", "the guard scratched his head") — unlike a thing's ("his application was rejected")
PEOPLE = {"father", "mother", "brother", "sister", "son", "daughter", "wife", "husband", "parent", "child",
          "family", "uncle", "aunt", "cousin", "nephew", "niece", "grandfather", "grandmother", "friend",
          "comrade", "colleague", "companion", "supporter", "follower", "admirer", "disciple", "ally", "enemy",
          "rival", "troops", "troop", "soldier", "officer", "man", "men", "bodyguard", "guard", "servant",
          "secretary", "assistant", "associate", "lover", "mistress", "widow", "relative", "kin", "household",
          "army", "force", "forces", "people", "partisan", "deputy", "envoy", "agent", "staff", "biographer",
          "head", "hand", "face", "eye", "shoulder", "arm", "heel", "hat", "coat", "cap", "life"}
LANGUAGE_ENTS = ("LANGUAGE", "NORP")
# nouns whose owner or "of" phrase names who acts ("the members of the union met", "Trotsky's supporters …")
OWN_OF = PEOPLE | {"member", "representative", "delegation", "group", "band", "crowd", "mass", "party", "section",
                   "majority", "minority", "part", "rest", "most", "many", "some", "all", "one", "two", "several",
                   "few", "number", "body", "committee", "union", "council", "government", "ministry", "organ",
                   "newspaper", "paper", "journal", "chairman", "president", "editor", "minister", "governor",
                   "commander", "leader", "delegate", "ambassador", "director", "chief", "general", "captain",
                   "regiment", "battalion", "division", "fleet", "unit", "detachment", "company", "worker",
                   "soldier", "sailor", "peasant", "official", "agent", "spy", "police"}
# who rise in revolt ("the peasants rose", "the Cossacks rose", "rose against the Tsar")
RISERS = {"peasant", "worker", "workman", "soldier", "sailor", "people", "mass", "population", "citizen", "serf",
          "slave", "tribe", "subject", "nation", "student", "townsman", "inhabitant", "garrison", "troop", "regiment",
          "crew", "miner", "rebel", "native", "colonist", "proletarian", "guard", "man"}
# Nouns that name an event when a date or a name is part of the name ("the November insurrection",
# "the Moscow Conference", "the September municipal elections").
EVENT_NOUNS = {
    "election": "other", "elections": "other", "insurrection": "uprising", "rising": "uprising",
    "uprising": "uprising", "revolt": "uprising", "rebellion": "uprising", "mutiny": "uprising",
    "revolution": "uprising", "coup": "uprising", "conference": "meeting", "congress": "meeting",
    "convention": "meeting", "meeting": "meeting", "council": "meeting", "strike": "strike",
    "battle": "battle", "siege": "battle", "offensive": "battle", "massacre": "death", "treaty": "other",
    "storming": "battle", "capture": "battle", "fall": "dismissal", "peace": "other",
}
# Nouns naming an action, an event when their actor or patient is named ("his arrest", "the fall of X")
NOMINALS = {"arrest": "arrest", "imprisonment": "arrest", "detention": "arrest", "death": "death",
            "execution": "death", "assassination": "death", "murder": "death", "killing": "death",
            "marriage": "marriage", "wedding": "marriage", "exile": "exile",
            "banishment": "exile", "deportation": "exile", "expulsion": "membership_decision",
            "release": "other", "escape": "journey", "flight": "journey", "return": "travel_arrival",
            "arrival": "travel_arrival", "departure": "travel_departure", "election": "appointment",
            "appointment": "appointment", "resignation": "dismissal", "dismissal": "dismissal",
            "fall": "dismissal", "overthrow": "dismissal", "abdication": "abdication", "trial": "other",
            "funeral": "other", "visit": "meeting", "persecution": "other", "coronation": "appointment",
            "defeat": "battle", "victory": "battle", "capture": "battle", "surrender": "battle",
            # what befalls a body ("the dissolution of the First Duma", "the founding of the party")
            "dissolution": "other", "dispersal": "other", "suppression": "other", "founding": "other",
            # more of a life's turns ("his suicide in 1925", "the Bolsheviks' seizure of power", "his promotion")
            "seizure": "other", "invasion": "battle", "emigration": "journey", "acquittal": "other",
            "suicide": "death", "burial": "other", "graduation": "other", "nomination": "appointment",
            "enrolment": "membership_decision", "enrollment": "membership_decision", "kidnapping": "arrest",
            "promotion": "appointment"}
MONTHS = set(MONTH_NAMES)
VISIT = {"see", "visit", "meet"}  # "came to see me", "went to visit X": a meeting
TALK = {"conversation", "talk", "discussion", "discourse", "negotiation", "correspondence", "dispute", "argument"}
HOMES = {"house", "home", "lodging", "lodgings", "flat", "apartment", "room", "rooms", "quarters", "shop",
         "office", "estate", "dacha", "cottage", "villa", "palace", "farm", "cabin", "hut", "tent"}
REPORTING = {"say", "tell", "state", "reply", "answer", "write"}
TOLD = {"tell", "inform", "assure", "warn", "advise", "persuade", "urge", "beg", "exhort", "introduce"}
PUBLICLY = {"publicly", "openly", "officially"}
ROLE_NOUNS = {"chairman", "president", "editor", "secretary", "minister", "governor", "commander", "leader",
              "head", "member", "delegate", "speaker", "ambassador", "director", "treasurer", "clerk", "chief",
              "premier", "general", "consul", "judge", "mayor", "captain"}
# Verbs that state, report or judge rather than narrate an action.
NOT_EVENTS = {"be", "have", "seem", "appear", "become", "remain", "say", "tell", "think", "know", "believe",
              "suppose", "imagine", "consider", "feel", "hope", "wish", "want", "like", "love", "hate", "mean",
              "call", "name", "find", "see", "look", "hear", "understand", "suspect", "doubt", "expect",
              "deserve", "need", "let", "represent", "include", "contain", "consist", "belong", "own",
              "possess", "resemble", "seek", "try", "begin", "continue", "keep", "do", "get", "make", "use",
              "remember", "forget", "learn", "recognize", "fear", "admire", "regard", "describe", "lack",
              "prefer", "function", "age",
              # a stance is no happening ("the Mensheviki, who supported the Provisional Government"), nor dress
              "support", "oppose", "favour", "favor", "advocate", "sympathize", "sympathise",
              # feelings towards someone ("Lenin disliked his manner", "Trotsky, whom he despised")
              "dislike", "despise", "distrust", "mistrust", "detest", "loathe", "respect", "envy", "trust", "adore",
              "idolize", "idolise", "resent", "pity"}
ABROAD = {"abroad", "overseas", "home"}  # "went abroad", "hurried home": a journey with no place named
# participles that name a state of mind or a standing condition rather than a happening
STATES = {"surprise", "astonish", "amaze", "please", "delight", "satisfy", "disappoint", "fatigue", "tire",
          "oblige", "compel", "force", "inclin", "incline", "dispose", "determine", "resolve", "acquaint",
          "interest", "concern", "involve", "amuse", "frighten", "scare", "alarm", "shock", "move", "touch",
          "organise", "organize", "compose", "base", "locate", "situate", "entitle", "call", "name", "know",
          "suppose", "say", "think", "believe", "consider", "expect", "regard", "allow", "permit",
          "require", "use", "accustom", "ashame", "prepare", "engage", "employ", "marry", "connect",
          "relate", "divide", "cover", "fill", "crowd", "make", "give", "see", "hear", "find", "tell", "ask",
          "puzzle", "perplex", "bewilder", "confuse", "embarrass", "worry", "trouble", "share", "intend", "rid",
          "outnumber", "fascinate", "humble", "dishevel", "impress", "convince", "rumor", "rumour", "spell",
          "transliterate", "romanize", "romanise", "nickname", "dub", "title", "style", "reflect", "mirror"}
# of those, the acts an active perfect narrates ("who had organised the first strike"; not "than I had intended",
# "the news had surprised him", "Nature had given him beauty and brains")
DONE_WHEN_ACTIVE = {"organise", "organize", "prepare", "engage", "employ", "ask", "compose", "share",
                    "divide", "force", "compel"}
TRAVEL = {"travel_departure", "travel_arrival", "journey"}
DIRECTIONAL = {"to", "toward", "towards", "into", "down", "up", "along", "across", "through", "from", "of", "via",
               "past", "over", "round", "around", "onto", "on", "as"}  # "as far as Athos"
MOTION = {"go", "come", "hurry", "run", "drive", "move", "pass", "head", "hasten", "rush", "push", "steam",
          "fly", "motor", "wander", "stroll", "tramp", "trudge", "make"}
MODAL_WORDS = {"would", "could", "might", "should", "may", "must", "shall", "will", "can", "ought"}
# a past verb or subject under which an infinitive is itself narrated (tried, or began, to do it)
ATTEMPT = {"try", "attempt", "begin", "start", "manage", "fail", "proceed", "venture", "dare", "hasten", "undertake",
           "effort", "attempts", "efforts"}
FROMISH = ("from", "out of", "away from")


BORN = re.compile(r"\bborn\b[^.;:!?]*$")
AHEAD = re.compile(r"\b(?:would|was\s+to|were\s+to)\s+(?:(?:not|never|himself|herself|also)\s+)*(?:later|eventually|"
                   r"subsequently|afterwards|one\s+day)\b[^.;:!?]*$", re.I)
DAY_VALUE = _DAY_VAL
TIME_OF_DAY = re.compile(r"\d{4}-\d\d-\d\dT[\w:]+$")
DAY_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")  # a day (a time of it too: "1917-03-12TEV")
# a preposition opening a sentence, before its date ("On", "Early in", after a full stop or a paragraph break)
LEAD_PREP = re.compile(r"(?:^|[.!?;:]\s+|\n\s*)(?:(?:early|late|then|and|but)\s+)?(?:on|in|at|by|during|towards?|"
                       r"since|after|before)\s+(?:the\s+)?$", re.I)
FEW_DAYS = 7  # "within days", "some days after": at most a week
LAPSE_MONTH_REACH = 45  # lapses after the clock's day up to this many days keep the month they reach
MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")
ROUGH = re.compile(r"\b(?:about|around|roughly|some|nearly|almost)\s+(?:a|an|one|two|three|four|five|six|\d+)\b", re.I)
WEEK_VALUE = re.compile(r"\d{4}-W\d\d$")  # "the following week" -> 1908-W24
# the narrator's look ahead from the story's now ("that Committee which was to develop into the most powerful
# enemy of the Bolsheviki, appearing, in the next week, …"): its week is not where the story goes on
LOOKS_AHEAD = re.compile(r"\b(?:which|who|that)\s+(?:was|were)\s+(?:later\s+|soon\s+|shortly\s+|one\s+day\s+)?to\s+"
                         r"[a-z]+\b[^.!?;:]*$", re.I)


def _looks_ahead(text: str, start: int) -> bool:
    """Whether a time at ``start`` sits in a relative clause of destiny ("which was to develop …, in the next
    week"), read back to its sentence's start (at most 300 characters)."""
    a = max(text.rfind(c, max(0, start - 300), start) for c in ".!?;:")
    return bool(LOOKS_AHEAD.search(text[a + 1:start]))


# a time counted back from the story's now ("the previous evening", "the preceding night", "the day before",
# "two days earlier"): a look back, the story stays where it was; not "before dawn"
COUNTED_BACK = re.compile(r"\b(?:previous|preceding|prior)\b|\b(?:before|earlier)\s*$", re.I)
# a time of what someone meant to do ("wanted to wait for the spring boats", "planned to leave in May"):
# the story is not there yet
MEANT_TO = re.compile(r"\b(?:wanted|wished|hoped|planned|intended|meant|expected|promised|proposed|decided|agreed|"
                      r"resolved|preferred|longed|wanting|wishing|hoping|planning|intending|expecting)\s+(?:\w+\s+)?"
                      r"to\s+[a-z]+\b[^.;:!?,]*$", re.I)
# "on 29 March, five days before Lenin stepped down …": the clause after it is counted from that day
COUNTED = re.compile(r",?\s+(?:some\s+|about\s+|just\s+|only\s+)?(\w+)\s+(days?|weeks?)\s+(before|after)\s+[^,;:.!?()]*$",
                     re.I)
TWIN_GAP = _TWIN_OPEN
# "within a month", "within the week", "within two weeks", "within days": a lapse told before a verb
WITHIN = re.compile(r"\b[Ww]ithin\s+(?P<n>a|an|the|one|two|three|four|a\s+few|few)\s+(?P<u>days?|weeks?|fortnight|months?)\b")  # "7 November (25 October …": the bracket opening a date's twin


class _Reader(Reader):
    """The clause reader with the events' reading of Old Style twins, days counted from an event and look backs.

    * A day date's twin in the other calendar, in brackets right after it ("On 4 July (17 July, New Style) he
      marched"), dates nothing: the narrative goes on in the outer date's calendar.
    * "Three days before his arrest on 9 February 1899, Voronin burned his letters": the day counted from the
      arrest dates the verb; the date it counts from is the arrest's own.
    * A time counted back from the story's now ("The previous evening he had burned his letters", "the preceding
      night"), one of what someone meant to do ("wanted to wait for the spring boats") does not move the clock;
      a week counted to ("left Geneva the following week") does.
    * A look back of more than a year in a pluperfect clause ("Lurye arrived in Geneva in 1908. … in the autumn
      of 1905, after the October Manifesto, he had gone home to Odessa. Now he rented a room") does not move
      the clock (the time layer reads it so too, ``narrative_time._looks_back``).
    """

    def __init__(self, ctx: DocContext):
        super().__init__(ctx)
        text = ctx.text
        self.couple: list = []  # who "they" names in the sentence before (:func:`_couple`)
        # where a body named by a common noun last travelled, and the bodies (:func:`_carried`)
        self.body_travelled: tuple[int, list] | None = None
        self.last_travellers: tuple[int, list] | None = None  # the people of the last travel event (:func:`_aboard`)
        # a time of a day the text names itself ("on the night of 16 April", "1917-04-16TNI") sets the clock as
        # that day does; a bare "midnight", "that night" does not (its day is only as good as its anchor)
        named_days = [t for t in self.times if t.type == "TIME" and TIME_OF_DAY.match(t.value or "")
                      and set(re.findall(r"[a-z]+", text[t.span.start:t.span.end].lower())) & MONTHS
                      and not self.in_quote(t.span.start)
                      and not looking_back(text, t.span.start)]
        # a week the text counts to ("left Geneva the following week") is where the story stands too
        weeks = [t for t in self.times if t.type == "DATE" and WEEK_VALUE.match(t.value or "")
                 and not self.in_quote(t.span.start) and not looking_back(text, t.span.start)
                 and not _looks_ahead(text, t.span.start)]
        if named_days or weeks:
            self.full = sorted([*self.full, *named_days, *weeks], key=lambda t: t.span.start)
        outer = {b.id: a for a, b in zip(self.times, self.times[1:]) if DAY_VALUE.match(a.value or "")
                 and DAY_VALUE.match(b.value or "") and TWIN_GAP.fullmatch(text[a.span.end:b.span.start])}
        self.twins = set(outer)
        # a month naming a thing ("elected for Macerata in the January elections"), an earlier date in a
        # pluperfect relative clause ("Bronstein, who had led the Soviet's executive … in late November 1905,
        # received …"): neither moves the clock nor dates the sentence's later verbs
        starts = [t.span.start for t in self.full]

        def story_date(t):  # the story's date before ``t``
            k = bisect.bisect_left(starts, t.span.start)
            return self.full[k - 1] if k else None
        self.asides = {t.id for t in self.times if _names_thing(text, t) or _relative_look_back(text, t, story_date(t))}
        self.told_of = _told_of_a_noun(ctx, self.times)  # time id -> the phrase it is told in (start, end)
        self.asides |= set(self.told_of)
        full: list = []
        for t in self.full:
            if t.id in self.asides:
                continue
            if t.id in outer:  # the outer date in its stead ("the early morning of 24 October (6 November N.S.)")
                t = outer[t.id]
                if full and full[-1] is t:
                    continue
            y, last = t.value[:4], full[-1].value[:4] if full else ""
            if y.isdigit() and last.isdigit() and int(y) < int(last) - 1 and _looks_back(text, t.span.start, t.span.end):
                continue
            if AHEAD.search(text[max(0, t.span.start - 120):t.span.start]):
                continue  # "Dybenko would later be shot during the purges of 1938": a look ahead, the story stays
            if COUNTED_BACK.search(text[t.span.start:t.span.end]) or MEANT_TO.search(text[max(0, t.span.start - 100):t.span.start]):
                continue  # "The previous evening he had burned his letters", "wanted to wait for the spring boats"
            if y.isdigit() and len(t.value) > 4 and BORN.search(text[max(0, t.span.start - 80):t.span.start]):
                t = dataclasses.replace(t, value=y)  # "born on 7 November 1879. His father …": not that day, that year
            full.append(t)
        self.full = full
        self.full_starts = [t.span.start for t in full]
        # no time passes in a noun's measure ("after a journey of eleven days", "a term of three years") nor in
        # a look back ("The first emigration had lasted barely a year")
        self.lapses = [t for t in self.lapses if not re.search(r"\bof\s+(?:about\s+|some\s+|barely\s+|only\s+)?$",
                                                                 text[max(0, t.span.start - 20):t.span.start])
                       and not looking_back(text, t.span.start) and not _later_aside(text, t)]
        self.lapse_starts = [t.span.start for t in self.lapses]

    def _counted_from(self, verb: Token, s: Sentence) -> str | None:
        """A clause counted from the day date just before it: "Sverdlov reached Petrograd on 29 March, five days
        before Lenin stepped down from his train" (Lenin's arrival is 3 April), "on 7 March 1917, five days after
        Nicholas II had abdicated" (2 March), "On 9 June, the day after the ship docked at Riga" (8 June). Only the clause's first verb, right after "N days before/after"."""
        text, pos = self.ctx.text, s.offset + verb.idx
        k = bisect.bisect_left(self.time_starts, pos) - 1
        m = c = t = None
        for t in self.times[max(0, k - 1):k + 1][::-1]:  # the day, or the day before "five days before" itself
            if t.span.start >= s.start:
                m, c = DAY_DATE.match(t.value or ""), COUNTED.match(text[t.span.end:pos])
                if m and c:
                    break
        if not m or not c or any(x.pos_ in ("VERB", "AUX") and x.dep_ not in ("aux", "auxpass")
                                 for x in verb.doc[verb.sent.start:verb.i] if x.idx + s.offset > t.span.end):
            return None
        n = NUMBER_WORDS.get(c.group(1).lower()) or (int(c.group(1)) if c.group(1).isdigit() else None) \
            or (1 if c.group(1).lower() in ("the", "a") and c.group(2).lower() in ("day", "week") else None)
        if not n:
            return None
        days = n * (7 if c.group(2).lower().startswith("week") else 1)
        day = datetime.date(*(int(x) for x in m.groups())) + datetime.timedelta(days if c.group(3) == "before" else -days)
        return day.isoformat()

    def _event_date(self, verb: Token, s: Sentence, clock: bool = True) -> str | None:
        """The reader's date, but a lapse of a few days that stays inside the clock's month keeps the month:
        "on 3 March 1917 … Within days the colony had dissolved" is ``1917-03``, not ``1917`` (days counted from
        the 28th, a span of weeks or months still keep only the year)."""
        counted = self._counted_from(verb, s)
        if counted:
            return counted
        value = super()._event_date(verb, s, clock)
        if value and (DAY_DATE.match(value) or len(value) == 4 and clock):
            within = self._within(verb, s, value)
            if within:
                return within
        if value and DAY_DATE.match(value) and _pluperfect(verb) and not self.clause_times(verb, s.offset) \
                and not self._earlier_in_sentence(s, s.offset + verb.idx):
            return value[:7]  # "They had climbed the Apennines by mule tracks": before the story's day, in its month
        if not value or len(value) != 4 or not clock:
            return value
        i, j = bisect.bisect_left(self.time_starts, s.start), bisect.bisect_left(self.time_starts, s.end)
        if any(t.type in ("DATE", "TIME") for t in self.times[i:j]):
            return value  # the sentence's own year, not the clock's
        k = bisect.bisect_left(self.full_starts, s.start) - 1
        if k < 0:
            return value
        now = self.full[k]
        m = DAY_DATE.match(now.value)
        mm = MONTH_VALUE.fullmatch(now.value or "")
        if not (m or mm) or now.value[:4] != value:
            return value
        pos = s.offset + verb.idx
        a, b = bisect.bisect_right(self.lapse_starts, now.span.start), bisect.bisect_left(self.lapse_starts, pos)
        days = least = 0  # the most and the least the lapses may be ("a few days": one to a week)
        for t in self.lapses[a:b]:
            n = re.fullmatch(r"P(\d+|X)([DWM])", t.value or "")
            if not n or n.group(2) == "M" and n.group(1) == "X" or n.group(2) != "D" and (
                    getattr(t, "mod", None) == "APPROX" or ROUGH.search(self.ctx.text[max(0, t.span.start - 8):t.span.end])):
                return value  # "in about a fortnight": too rough to keep a month
            per = {"D": 1, "W": 7, "M": 30}[n.group(2)]
            days += (FEW_DAYS if n.group(2) == "D" else 6 * per) if n.group(1) == "X" else int(n.group(1)) * per
            least += per if n.group(1) == "X" else int(n.group(1)) * per
        if a >= b or days > LAPSE_MONTH_REACH:
            return value
        ps = self._para_starts
        if bisect.bisect_right(ps, pos) - bisect.bisect_right(ps, now.span.start) > 1:
            return value  # the story has moved on paragraphs since: its month is no longer known
        if getattr(now, "mod", None) == "APPROX" or re.search(r"\b(?:about|around|towards|circa|some\s+time\s+in)\s+$",
                                                  self.ctx.text[max(0, now.span.start - 20):now.span.start], re.I):
            return value  # "About the end of April, 1724 … in about a fortnight": too rough to keep a month
        if m:
            y, mo, d = (int(x) for x in m.groups())
        else:  # "at the end of April … after three days of waiting": from the part of the month told
            y, mo = int(mm.group(1)), int(mm.group(2))
            told = self.ctx.text[now.span.start:now.span.end].lower()
            d = 28 if re.search(r"\b(?:end|late|last)\b", told) else 1 if re.search(r"\b(?:early|beginning|start|first)\b", told) else 15
        try:
            dd = datetime.date(y, mo, d) + datetime.timedelta(days=days)
            d0 = datetime.date(y, mo, d) + datetime.timedelta(days=least)
        except ValueError:
            return value
        # "28 March … a few days later": March or April, only the year is known
        return f"{dd.year:04d}-{dd.month:02d}" if dd.year == y and (d0.year, d0.month) == (dd.year, dd.month) else value

    def _within(self, verb: Token, s: Sentence, value: str) -> str | None:
        """ "and within a month she had been co-opted onto the Committee", "within the week the transports were
        landing": a lapse of up to a month told before the verb in its clause, with no day of its own, dates
        the verb only to the month the lapse ends in (the carried day plus the lapse), not the carried day."""
        text, pos = self.ctx.text, s.offset + verb.idx
        head = text[max(s.start, pos - 70):pos]
        m = None
        for m in WITHIN.finditer(head):
            pass
        if m is None or re.search(r"[;:.!?]", head[m.end():]):
            return None
        i, j = bisect.bisect_left(self.time_starts, pos - len(head) + m.end()), bisect.bisect_left(self.time_starts, pos)
        if any(DAY_DATE.match(t.value or "") for t in self.times[i:j]):
            return None  # "within a week, on 9 May, he had left": that day
        if len(value) == 4:  # the clock's day, its month and day lost to the lapse itself
            k = bisect.bisect_left(self.full_starts, s.start) - 1
            if k < 0 or not DAY_DATE.match(self.full[k].value or "") or self.full[k].value[:4] != value:
                return None
            value = self.full[k].value
        n = NUMBER_WORDS.get(m.group("n").lower(), 1) if m.group("n").lower() not in ("a", "an", "the") else 1
        u = m.group("u").lower()
        days = {"day": 1, "days": 3, "week": 7, "weeks": 7, "fortnight": 14, "month": 30, "months": 30}[u] * n
        d = datetime.date(*(int(x) for x in DAY_DATE.match(value).groups())) + datetime.timedelta(days=days)
        return f"{d.year:04d}-{d.month:02d}"

    def _earlier_in_sentence(self, s: Sentence, pos: int) -> list:
        return [t for t in super()._earlier_in_sentence(s, pos) if t.id not in self.asides]

    def clause_times(self, verb: Token, off: int) -> list:
        # not a participle's under a noun: "Garibaldi, elected for Macerata in the January elections, rode down"
        # (set off by a comma on the verb's subject; "imprisoned for acts committed in 1905" keeps its year)
        apart = [(off + min(x.idx for x in t.subtree), off + max(x.idx + len(x) for x in t.subtree))
                 for h in subjects(verb) for t in children(h, "acl") if t.tag_ in ("VBN", "VBG")
                 and t.i > 0 and t.doc[min(x.i for x in t.subtree) - 1].text == ","]
        # nor an apposition's ("Orlov, born in Tver in 1871, had gone …": the birth's year, not the going's)
        apart += [ab for t in super().clause_times(verb, off) for ab in [self.told_of.get(t.id)]
                  if ab and not ab[0] <= off + verb.idx < ab[1]]
        own = [t for t in super().clause_times(verb, off) if t.id not in self.twins
               and not any(a <= t.span.start < b for a, b in apart)]
        if not own and (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
            lead = self._lead_fragment(off + verb.sent.start_char)
            return [lead] if lead is not None else []
        return [t for t in own if not any(u.anchor == t.id and u.span.start < t.span.start for u in own)] or own

    def _lead_fragment(self, start: int):
        """The date of a sentence the tagger split after its opening adverbial ("On October 14th | the official
        organ of the “moderate” Socialists said:"): a date alone after a preposition, right before a sentence that
        opens in lower case, is the next sentence's own."""
        text = self.ctx.text
        if not text[start:start + 1].islower():
            return None
        k = bisect.bisect_left(self.time_starts, start) - 1
        if k < 0:
            return None
        t = self.times[k]
        if t.type != "DATE" or t.span.end > start or text[t.span.end:start].strip():
            return None
        return t if LEAD_PREP.search(text[max(0, t.span.start - 40):t.span.start]) else None


THING_AFTER = re.compile(r"[ \t]+(?!(?:of|and|or|to|through|until|till|when|while|that|which|in|on|at|for|as|he|she|"
                         r"they|it|we|i|is|was|were|had|has|have|there|then|before|after|by|from|with)\b)[a-z]{3,}")
RELATIVE_HAD = re.compile(r"\b(?:who|which|whom)\s+had\b[^;:()“”\".!?]*$")


def _later_aside(text: str, t) -> bool:
    """A lapse of years set off by commas, told of a later telling ("Her memoir, written some thirty years later,
    says …", "Wellington, nearly thirty years afterwards, gave this account"): no time passes in the story."""
    if not re.fullmatch(r"P\d+Y", t.value or ""):
        return False
    if not re.match(r"(?:\s+(?:later|afterwards?))?\s*,", text[t.span.end:t.span.end + 14]) \
            and not re.search(r"\b(?:later|afterwards?)$", text[t.span.start:t.span.end]):
        return False
    if re.search(r"\b(?:later|afterwards?)$", text[t.span.start:t.span.end]) and not text[t.span.end:t.span.end + 1] == ",":
        return False
    head = text[max(0, t.span.start - 60):t.span.start]
    return bool(re.search(r",[^,.;:!?()]*$", head))


def _told_of_a_noun(ctx: DocContext, times: list) -> set:
    """The times told of a person or thing by a phrase set off beside its noun, not of the clause: an apposition
    ("Maria Petrovna, born Orlova in Tver in 1871, had reached …"), a participle between commas ("his diary,
    published forty years later, says …", "Orlov, arrested that same spring, was …"), and a look back "since" a
    date in the pluperfect ("since 3 May 1905 he had led the strike committee"). Such a date moves no clock and
    dates no other verb of its sentence (the phrase's own verb keeps it)."""
    out: dict = {}
    for t in times:
        ch = next((c for c in ctx.chunks if c.offset <= t.span.start < c.end), None)
        span = ch.doc.char_span(t.span.start - ch.offset, t.span.end - ch.offset, alignment_mode="expand") \
            if ch is not None else None
        if span is None:
            continue
        x = span.root
        while x.pos_ not in ("VERB", "AUX") and x.head.i != x.i:
            if x.dep_ == "appos" and x.i not in range(span.start, span.end) and x.head.ent_type_ not in ("DATE", "TIME") \
                    and x.ent_type_ not in ("DATE", "TIME"):
                out[t.id] = _extent(x, ch.offset)  # inside "X, Y …," where Y is no date
                break
            x = x.head
        else:
            v = x
            if v.pos_ not in ("VERB", "AUX"):
                continue
            first = min(y.i for y in v.subtree)
            # (a participle the tagger calls a past tense too: "Orlov, born Petrov in Tver in 1871, …")
            if v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and first > 0 and v.doc[first - 1].text == "," \
                    and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in v.children):
                out[t.id] = _extent(v, ch.offset)
            elif _pluperfect(v) and re.search(r"\bsince\s+(?:the\s+)?$", ctx.text[max(0, t.span.start - 12):t.span.start],
                                              re.I):
                out[t.id] = _extent(v, ch.offset)
    return out


def _extent(tok: Token, off: int) -> tuple[int, int]:
    return off + min(x.idx for x in tok.subtree), off + max(x.idx + len(x) for x in tok.subtree)


def _born_as(verb: Token) -> bool:
    """ "born" before a birth name in apposition to a person ("Zhukova, born Orlova in Tver, …"): the parser makes it
    a modifier of the birth name."""
    return verb.lower_ == "born" and verb.dep_ == "amod" and verb.head.dep_ == "appos" and verb.head.i > verb.i


def _pluperfect(verb: Token) -> bool:
    """ "had climbed", "had been sentenced": a happening told as already past at the story's now."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _names_thing(text: str, t) -> bool:
    """A month that names a thing rather than dating the clause: a noun's modifier ("in the January elections",
    "the March days") or a bracketed name ("the Seventh (April) Conference")."""
    words = re.findall(r"[a-z]+", text[t.span.start:t.span.end].lower())
    if not words or not set(words) <= MONTHS:
        return False
    before, after = text[max(0, t.span.start - 12):t.span.start], text[t.span.end:t.span.end + 30]
    if before.endswith("(") and after.startswith(")"):
        return True
    return bool(re.search(r"\b(?:the|a|an|its|his|her|their)\s+$", before, re.I) and THING_AFTER.match(after))


def _relative_look_back(text: str, t, now) -> bool:
    """A date earlier than the story's in a relative clause in the pluperfect ("Bronstein, who had led the
    Soviet's executive after the arrest of its chairman in late November 1905, received the same sentence")."""
    if now is None:
        return False
    a, b = known_part(t.value) or "", known_part(now.value) or ""
    if not a or not b or a >= b[:len(a)]:
        return False
    head = text[max(0, t.span.start - 300):t.span.start]
    # ("the man who had sat among its deputies since February" too; not "who had by May 1905 become …")
    return bool(RELATIVE_HAD.search(head)) and not re.search(r"\b(?:by|until|till)\s+(?:\w+\s+)?$", head[-40:], re.I)


FAIL = {"fail", "failed", "fails", "neglect", "neglected", "omit", "omitted"}
# the intent verbs of ``clauses.INTENT`` as the tagger may leave them ("hoped" is lemmatised "hop")
INTENDED = {"hoped", "hopes", "hoping", "planned", "plans", "planning", "intended", "intends", "wished", "wanted",
            "expected", "promised", "proposed", "meant", "desired", "sought", "threatened", "aspired", "longed",
            "dreamed", "dreamt", "yearned"}


# a wish is no act ("Lenin, who had earlier hoped for a speedy revolution"; the tagger lemmatises "hoped" "hop");
# a plan, a promise, a proposal are
WISHED = {"hoped", "hopes", "hoping", "wished", "wishes", "desired", "longed", "dreamed", "dreamt", "yearned"}


def _not_done(verb: Token) -> bool:
    """Negated in ways ``clauses.negated`` does not read: "He failed to reach Kiev" (an infinitive under
    fail/neglect that is not itself negated), "Neither Voronin nor Lurye attended the congress"."""
    h = verb.head
    if verb.dep_ == "xcomp" and h.i != verb.i and (h.lower_ in FAIL or h.lemma_ in FAIL) and not negated(h):
        return True
    return any(d.lower_ == "neither" for s in children(verb, "nsubj", "nsubjpass") for d in s.children)


def _intended(verb: Token) -> bool:
    """An infinitive under a verb of intent the lemmatiser misreads ("Voronin hoped to return to Russia")."""
    return verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.lower_ in INTENDED


def _looks_back(text: str, start: int, end: int) -> bool:
    """Whether the clause a date opens goes on in the pluperfect ("in the autumn of 1905, after the October
    Manifesto, he had gone home"); not after "by" ("By early 1958, he had organized a coup" is the story's date)."""
    return not STORY_AT.search(text[max(0, start - 40):start]) and pluperfect_after(text, end)


def run(ctx: DocContext) -> dict[str, list]:
    rd = _Reader(ctx)
    out: list[Event] = []
    aged: dict[int, tuple[str | None, int]] = {}  # event index -> (person whose age, age in years)
    prev = None
    for s in rd.sentences():
        rd.couple = _couple(rd, prev, s)
        prev = s
        age = _age(rd, s)
        for verb in s.sent:
            if verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "aux" or verb.dep_ == "auxpass":
                continue
            ev = _event(rd, s, verb, len(out))
            if ev is not None:
                if age and ev.type != "birth" and not rd.clause_times(verb, s.offset) and not _dates_in(rd, s):
                    aged[len(out)] = age
                out.append(ev)
        for noun in s.sent:
            ev = _named_event(rd, s, noun, len(out)) or _nominal_event(rd, s, noun, len(out))
            if ev is not None:
                out.append(ev)
    if aged:
        born = _birth_years(rd, out)
        for i, (who, years) in aged.items():
            pid = who if who in born else next((p for p in out[i].participants if p in born), None)
            if pid is not None:
                out[i] = dataclasses.replace(out[i], date=str(born[pid] + years))
    return {"events": out}


NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
NUMBER_WORDS.update({w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
                     if w != "_"})
AGE = re.compile(r"\b(?:at the age of|aged|when (\w+) was(?: aged)?|at)\s+([a-z]+(?:-[a-z]+)?|\d{1,2})"
                 r"(?:\s+years(?:\s+of\s+age|\s+old)?)?(?=[\s,.;:)\[]|$)", re.I)


def _years(word: str) -> int | None:
    """ "17" -> 17, "eight" -> 8, "seventy-five" -> 75."""
    if word.isdigit():
        return int(word)
    total = 0
    for part in word.lower().split("-"):
        if part not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[part]
    return total or None


def _age(rd: Reader, s: Sentence) -> tuple[str | None, int] | None:
    """A person's age the sentence gives ("When Trotsky was eight", "at the age of 17", "aged 20"): the
    person named in the "when" clause (else the event's first participant born in a known year) and the age."""
    text = rd.ctx.text[s.start:s.end]
    for m in AGE.finditer(text):
        years = _years(m.group(2))
        if years is None or not 0 < years < 110 or m.group(0).lower().startswith("at ") and not m.group(0).lower(
                ).startswith("at the age") and not re.match(r"\s+years", text[m.end(2):]):
            continue  # "at 10 o'clock", "at twenty": only "at 17 years of age" is an age
        who = None
        if m.group(1):
            r = rd.at(s.start + m.start(1), s.start + m.end(1))
            if r is None and m.group(1).lower() in ("he", "she"):
                tok = next((t for t in s.sent if s.offset + t.idx == s.start + m.start(1)), None)
                r = rd.entity(tok, s.offset, ("person",)) if tok is not None else None
            if r is None or r.kind != "person":
                continue
            who = r.id
        return who, years
    return None


def _dates_in(rd: Reader, s: Sentence) -> bool:
    return any(t.type == "DATE" and known_part(t.value) for t in rd.times
               if s.start <= t.span.start < s.end)


def _birth_years(rd: Reader, evs: list[Event]) -> dict[str, int]:
    """Each person's birth year: a dated birth event's, else the first year of a lifespan in parentheses
    after the name ("Kornilov (18 August 1870 – 13 April 1918)")."""
    born: dict[str, int] = {}
    for e in evs:
        if e.type == "birth" and e.date and e.date[:4].isdigit():
            for p in e.participants:
                born.setdefault(p, int(e.date[:4]))
    text = rd.ctx.text
    for t in sorted(rd.ctx.time_expressions, key=lambda t: t.span.start):
        if not (t.value and t.value[:4].isdigit() and aside(text, t.span.start, t.span.end)):
            continue
        a = text.rfind("(", 0, t.span.start)
        if re.search(r"[–—]\s*$", text[a:t.span.start]):
            continue  # the end of the span, not its start
        r = next((r for r in reversed(rd.refs_in(max(0, a - 80), a)) if r.end >= a - 2), None)
        if r is not None and r.kind == "person":
            born.setdefault(r.id, int(t.value[:4]))
    return born


def _nominal_event(rd: Reader, s: Sentence, noun: Token, n: int) -> Event | None:
    """An action named by a noun with its actor or patient: "his arrest in 1907", "the fall of Nicholas
    the Second", "Kirov's assassination", "the persecutions of Louis XIV"."""
    kind = NOMINALS.get(noun.lemma_.lower())
    if kind is None or noun.pos_ != "NOUN" or noun.dep_ in ("compound", "amod") or event_noun(noun):
        return None
    off = s.offset
    heads = [c for c in noun.children if c.dep_ == "poss"]
    heads += [p for c in children(noun, "prep") if c.lower_ in ("of", "by", "with", "to") for p in children(c, "pobj")]
    ahead = _fronted_owner(rd, noun, off)
    couple = list(getattr(rd, "couple", ()))
    refs = unique([r for h in heads for r in ([ahead] if ahead is not None and h.dep_ == "poss" else
                                              couple if h.lower_ == "their" and h.dep_ == "poss"
                                              and rd.ref(h, off) is None else
                                              rd.group(h, off, ACTORS, of=False))])
    if not refs:
        return None
    place = next((r.id for _, p in preps(noun) for r in [rd.entity(p, off, ("place",))] if r), None)
    names = ", ".join(rd.names.get(r.id, r.id) for r in refs)
    own = rd.clause_times(noun, off)  # "after Lenin's death in 1924"; "until his death" is not dated by its clause
    date = known_part(min(own, key=lambda t: abs(t.span.start - off - noun.idx)).value) if own else None
    return Event(f"{rd.ctx.doc_id}-ev{n + 1}", kind, f"{names}: {noun.text}", tuple(r.id for r in refs), place,
                 date, rd.span(s.start, s.end), False, False)


def _fronted_owner(rd: Reader, noun: Token, off: int):
    """Whom a his/her before the clause's subject names: "After his release from prison in May 1906, Golubev
    returned to Moscow" is Golubev's release (the subject, a person of the pronoun's sex, named after it) — when
    the pronoun was read as no one, or the subject was named before ("Upon his return to Moscow, Bukharin …")."""
    own = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if own is None or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = [t for t in subjects(verb) if t.i > noun.i and noun.head.i < verb.i]
    r = rd.entity(subj[0], off, ("person",)) if subj else None
    if r is None or rd.ref(subj[0], off) is None:
        return None  # a name, not another pronoun
    if rd.entity(own, off, ("person",)) is not None and not any(x.id == r.id for x in rd.refs_in(0, off + own.idx)):
        return None  # "After his capture, Field Marshal Conrad, the commander of …": a newcomer is not the topic
    return r if rd.gender.get(r.id) != ("f" if own.lower_ == "his" else "m") else None


def event_noun(noun: Token) -> str | None:
    """The event type a noun names when its name carries a month or a proper name: "the November
    insurrection", "the Moscow Conference" (not "a conference", not "the Council of X", a body)."""
    kind = EVENT_NOUNS.get(noun.lower_)
    if kind is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("compound", "amod"):
        return None
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    dated = any(m.lower_ in MONTHS or m.like_num for m in mods)
    named = noun.text[:1].isupper() and any(m.pos_ == "PROPN" or m.text[:1].isupper() for m in mods)
    if noun.text[:1].isupper() and noun.lower_ in OF_NAMED:  # "the Battle of Mukden"
        named = named or any(p.pos_ == "PROPN" for c in children(noun, "prep") if c.lower_ == "of"
                             for p in children(c, "pobj"))
    if not (dated or named) or (noun.lower_ in ("council", "revolution") and not dated):
        return None
    return kind


def _named_event(rd: Reader, s: Sentence, noun: Token, n: int) -> Event | None:
    """An event named by a noun phrase, dated by the month in its name or else by the clock."""
    kind = event_noun(noun)
    if kind is None:
        return None
    off = s.offset
    sub = list(noun.subtree)
    a, b = off + sub[0].idx, off + sub[-1].idx + len(sub[-1].text)
    refs = [r for r in rd.refs_in(a, b) if r.kind in ACTORS]
    head = noun.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.pos_ in ("VERB", "AUX") and not (noun.dep_ == "pobj" and noun.head.lower_ in TEMPORAL):
        refs += participants(rd, head, off)[0]
    refs = unique(refs)
    here = (off + noun.idx, off + noun.idx + len(noun.text))  # not the event's own word ("Battle" taken for a place)
    place = next((r.id for r in rd.refs_in(a, b) if r.kind == "place" and not (r.start < here[1] and here[0] < r.end)),
                 None)
    name = rd.ctx.text[off + sub[0].idx if sub[0].dep_ != "det" else off + sub[1].idx:b] if len(sub) > 1 else noun.text
    date = known_part(rd.date(a, b) if any(t.lower_ in MONTHS or t.text[:1].isdigit() for t in sub)
                      else rd.event_date(noun, s))
    return Event(f"{rd.ctx.doc_id}-ev{n + 1}", kind, name.replace("\n", " "), tuple(r.id for r in refs), place,
                 date, rd.span(s.start, s.end), False, False)


def trigger(verb: Token) -> str | None:
    """The event type a verb names, from its lemma, particle, preposition or object."""
    lemma = verb.lemma_.lower()
    objs = {c.lemma_.lower() for c in children(verb, "dobj", "nsubjpass")} | {p.lemma_.lower() for _, p in preps(verb)}
    if any((lemma, o) in IDIOMS for o in objs):
        return None  # "paid attention", "A compromise was reached"
    if lemma in ("go", "come", "walk") and any(p.lemma_.lower() == "strike" for w, p in preps(verb) if w == "on"):
        return "strike"  # "went out on strike"
    if lemma == "rise" and not any(c.dep_ == "prt" for c in verb.children) and not any(
            w == "against" for w, _ in preps(verb)) and not any(
            c.tag_ in ("NNS", "NNPS") and c.lemma_.lower() in RISERS or c.pos_ == "PROPN" and c.tag_ == "NNPS"
            for c in subjects(verb)):
        return None  # "I rose very late", "the fortunes of the master rose": only a people rises
    if lemma == "speak" and any(c.ent_type_ in LANGUAGE_ENTS for c in children(verb, "dobj")):
        return None  # "spoke French": a skill, not a speech
    if lemma == "bear" and verb.lower_ == "born" and verb.tag_ == "VBN" and (verb.dep_ in ("advcl", "acl", "ROOT") or _born_as(verb)):
        return "birth"  # "Born to a peasant family in Pokrovskoye, he …"
    if lemma in ("enter", "fall", "get", "engage") and any(p.lemma_.lower() in TALK for w, p in preps(verb)
                                                           if w in ("into", "in")):
        return "meeting"  # "entered into conversation with me", "fell into talk with X"
    for c in [*verb.children, *(g for d in children(verb, "dobj") for g in children(d, "prep"))]:
        key = None
        if c.dep_ in ("prt", "prep", "dobj", "oprd", "attr", "dative"):
            key = (lemma, c.lemma_.lower())
        if key in PHRASAL:
            return PHRASAL[key]
        if lemma == "make" and c.dep_ in ("oprd", "ccomp", "dobj") and _role_noun(c):
            return "appointment"
    if lemma == "put" and any(p.lemma_.lower() == "sea" for w, p in preps(verb) if w.split()[-1] == "to"):
        return "travel_departure"  # "on 2 August put to sea for Venice", "put out to sea"
    if lemma == "name" and (any(_role_noun(c) for c in children(verb, "oprd", "attr")) or any(
            c.dep_ == "auxpass" for c in verb.children) and any(
            t.lemma_.lower() in NAMED_BODIES for t in subjects(verb))):
        return "appointment"  # "was named editor of the paper", "A new triumvirate was named the next day"
    if lemma == "board" and any(c.lemma_.lower() not in HOMES for c in children(verb, "dobj")):
        return "travel_departure"  # "the party boarded a Swedish ferry" (not "boarded with a widow")
    if lemma == "admit" and children(verb, "ccomp"):
        return None  # "he admitted that the old army was useless": a claim, not an admission
    if lemma == "join" and (any(c.dep_ == "auxpass" for c in verb.children) or any(
            o.lower_ in ("him", "her", "me", "us", "you") or o.tag_ == "NNS" and o.lemma_.lower() in ROLE_NOUNS
            for o in children(verb, "dobj"))):
        return "meeting"  # "they were joined by Goloshchekin", "joined the local merchants in sending…": company
    if lemma in ("reject", "deny") and (children(verb, "ccomp") or any(
            o.lower_ in ("this", "that") or o.lemma_.lower() in CONTESTED for o in children(verb, "dobj"))):
        return None  # "Stalin rejected this", "denied the story": a dispute of a claim (the claims stage has it)
    if lemma == "become" and verb.tag_ in ("VBD", "VBN"):  # "In 1912 he became editor of Pravda"
        attr = [c for c in verb.children if c.dep_ in ("attr", "oprd")]
        if any(c.lemma_.lower() == "member" for c in attr):
            return "membership_decision"
        if any(_role_noun(c) for c in attr):
            return "appointment"
    if lemma in ("sentence", "condemn") and any(
            p.lemma_.lower() in PENALTIES or any(q.lemma_.lower() in PENALTIES for c in children(p, "prep")
                                                 if c.lower_ in ("of", "in") for q in children(c, "pobj"))
            for w, p in preps(verb) if w == "to"):
        return "exile"  # "was sentenced to four years of exile", "to four years in exile"
    if lemma == "bear" and not any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "bore the cost"
    if lemma in VISIT and verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_ in ("come", "go"):
        return "meeting"
    if lemma == "appear" and verb.dep_ != "relcl" and any(c.lemma_.lower() in TEXTS | WORKS for c in subjects(verb)) \
            and any(w == "in" for w, _ in preps(verb)):
        return "publication"  # "The article appeared in the weekly that spring", "the novel appeared in Russian"
    if lemma in REPORTING and any(c.dep_ == "advmod" and c.lower_ in PUBLICLY for c in verb.children):
        return "speech"  # "said publicly"
    return LEMMAS.get(lemma)


# bodies one names as one appoints a person ("A new triumvirate was named", "a successor was named")
NAMED_BODIES = {"triumvirate", "government", "cabinet", "ministry", "committee", "commission", "council", "directory",
                "successor", "regent", "regency", "junta", "presidium", "board", "executive", "commander", "chairman",
                "president", "secretary", "minister", "governor", "leader", "head", "delegation"}


# what one rejects or denies in a dispute, not a person or an application
CONTESTED = {"claim", "story", "account", "charge", "accusation", "allegation", "version", "suggestion", "rumour",
             "rumor", "report", "assertion", "idea", "notion", "theory", "thesis", "interpretation", "view"}


def _role_noun(tok: Token) -> bool:
    """ "chairman", "minister plenipotentiary" (a role as a compound), "an attr or oprd that is one"."""
    return tok.lemma_.lower() in ROLE_NOUNS or any(c.dep_ in ("attr", "oprd", "compound") and c.lemma_.lower()
                                                  in ROLE_NOUNS for c in tok.children)


def participants(rd: Reader, verb: Token, off: int) -> tuple[list, bool]:
    """Actors of a verb, and whether one is an actor of its own (a name or a resolved pronoun, not only the
    owner of a thing that acts: "Her bearing filled the gathering with astonishment", "the ambition of
    Stockmar took a form", "Trotsky's ideas formed the basis" have no actor of their own)."""
    heads = subjects(verb) + agents(verb) + children(verb, "dobj", "dative")
    if verb.dep_ == "relcl" and any(c.lower_ in ("whom", "who", "that", "which") for c in children(verb, "dobj")):
        heads.append(verb.head)  # "Kamo, whom the police had tortured in Berlin": Kamo
    heads += [p for w, p in preps(verb) if w in ("with", "to", "against", "for", "by", "on", "upon", "from")]
    heads += [p for d in children(verb, "dobj") for c in children(d, "prep") if c.lower_ in ("with", "to")
              for p in children(c, "pobj")]  # "had a conversation with X", "sent a letter to X"
    heads += [q for w, p in preps(verb) if p.lemma_.lower() in TALK for c in children(p, "prep")
              if c.lower_ == "with" for q in children(c, "pobj")]  # "entered into conversation with me"
    heads += [p for w, p in preps(verb) if w in ("at", "in", "into") and p.lemma_.lower() in HOMES
              and children(p, "poss")]  # "At his house I lay that night": the householder
    if verb.lemma_.lower() == "become":  # "became a member of the Politburo", "became editor of Pravda"
        heads += [p for a in children(verb, "attr", "oprd") for c in children(a, "prep") if c.lower_ == "of"
                  for p in children(c, "pobj")]
    heads += [p for h in list(heads) for c in children(h, "prep") if c.lower_ in ("including", "among")
              for p in children(c, "pobj")]  # "200 members of the union, including Trotsky, were arrested"
    refs, named = [], False
    subj = {t.i for t in subjects(verb)} if not any(c.dep_ == "auxpass" for c in verb.children) else set()
    for h in heads:
        own = None
        if h.i in subj and h.pos_ == "NOUN" and h.lemma_.lower() not in OWN_OF:
            own = {r.id for r in rd.group(h, off, ACTORS, of=False, poss=False)}
        if h.lower_ == "they" and h.dep_ in ("nsubj", "nsubjpass") and rd.ref(h, off) is None:
            refs.extend(getattr(rd, "couple", ()))  # "Trotsky met Natalia Sedova. They married in 1903."
            named = named or bool(getattr(rd, "couple", ()))
        for r in rd.group(h, off, ACTORS, poss=h.lemma_.lower() not in PEOPLE):
            refs.append(r)
            named = named or own is None or r.id in own  # a resolved "he"/"she" counts too
        if h.dep_ in ("nsubj", "nsubjpass", "pobj") and (h.dep_ != "pobj" or h.head.lower_ == "by"):
            body = _the_body(rd, h, off)
            if body is not None:
                refs.append(body)
                named = True
    return unique(refs), named


BODY_NOUNS = {"government", "council", "committee", "commission", "congress", "assembly", "cabinet", "ministry",
              "soviet", "court", "parliament", "tribunal", "executive", "conference", "convention", "duma", "senate"}
BODY_REACH = 2500  # how far back the body "the commission" names was last named


def _the_body(rd: Reader, h: Token, off: int):
    """ "the commission", "the government" naming no entity itself: the body last named (within
    :data:`BODY_REACH`) whose name ends in that noun ("the All-Russian Extraordinary Commission … the commission
    took over the offices"), or for "the government" a body of the kind government ("the Provisional
    Government's investigators … Next day the government published documents")."""
    noun = h.lemma_.lower()
    if h.pos_ not in ("NOUN", "PROPN") or noun not in BODY_NOUNS or rd.ref(h, off) is not None \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) \
            or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in h.children) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
        return None
    pos = off + h.idx
    names = {o.id: o.name for o in rd.ctx.organizations}
    for r in reversed(rd.refs_in(max(0, pos - BODY_REACH), pos)):
        if r.kind != "organization" or r.id not in names:
            continue
        words = re.findall(r"[A-Za-z]+", names[r.id].lower())
        if words and words[-1] in (noun, noun + "s") or noun == "government" and rd.kinds.get(r.id) == "government":
            return r
    return None


LOCATIVE = {"at", "in", "near", "outside", "inside", "within", "on"}


def place_of(rd: Reader, verb: Token, off: int, kind: str | None) -> str | None:
    found: list[tuple[int, int, str]] = []
    for n, (word, obj) in enumerate(preps(verb)):
        r = _place_named(rd, obj, off)
        if r is None and (word in LOCATIVE or kind not in TRAVEL and word not in TEMPORAL):  # "arrested at a concert in the Exchange"
            # where the concert was; "died of typhus in Odessa" (not "after the unrest in Petrograd")
            r = next((q for w, p in preps(obj) if w in LOCATIVE for q in [rd.entity(p, off, ("place",))] if q), None)
        if r is None:
            continue
        rank = 0 if (word in FROMISH) == (kind == "travel_departure") else 1
        if word in WAYPOINT:
            rank = 1  # "returned to Russia by way of Kiev": Russia
        found.append((rank, n, r.id))
    for obj in children(verb, "dobj") + [t for t in [where(verb)] if t is not None]:
        r = _place_named(rd, obj, off)
        if r is not None:
            found.append((0 if kind in TRAVEL else 2, 0, r.id))
    h = verb.head
    if not found and verb.dep_ in ("ccomp", "advcl", "relcl") and h.lemma_ == "be" and h.i < verb.i and any(
            c.lower_ == "it" and c.dep_ in ("nsubj", "expl") for c in h.children):
        found = [(1, n, r.id) for n, (w, p) in enumerate(preps(h)) if w in LOCATIVE and p.i < verb.i
                 for r in [_place_named(rd, p, off)] if r is not None]  # "It was in Vienna that he first met X"
    return min(found)[2] if found else None


WAYPOINT = {"by way of", "via", "through", "past", "along", "across", "over"}
SETTLEMENTS = {"city", "town", "village", "hamlet", "capital", "port", "province", "region", "district",
               "county", "island", "fortress", "settlement", "governorate", "oblast", "state", "colony"}


def _place_named(rd: Reader, obj: Token, off: int):
    """The place a noun phrase names: its own mention, the X of "the city of X", or an apposition's ("the
    capital, Saint Petersburg")."""
    r = rd.entity(obj, off, ("place",))
    if r is None and obj.lemma_.lower() in SETTLEMENTS:
        r = next((q for c in children(obj, "prep") if c.lower_ == "of" for p in children(c, "pobj")
                  for q in [rd.entity(p, off, ("place",))] if q), None)
    if r is None:
        r = next((q for a in children(obj, "appos") for q in [rd.entity(a, off, ("place",))] if q), None)
    return r


def _past(verb: Token) -> bool:
    """Narrated past: a past-tense verb or participle, or a progressive after 'was/were'."""
    if verb.tag_ in ("VBD", "VBN"):
        return True
    if verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl") and verb.head.tag_ in ("VBD", "VBN") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and (verb.head.lemma_.lower() in ATTEMPT or any(c.lemma_.lower() in ATTEMPT for c in subjects(verb.head))):
        return True  # "began to disarm X", "attempts were made to disarm X", "tried to arrest X"
    if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.tag_ == "VBD" and verb.head.lemma_.lower() in ATTEMPT:
        return True  # "began writing for the paper"
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and "VBD" in (verb.head.tag_, verb.sent.root.tag_) \
            and any(
            c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and _set_off(c) for c in verb.children) and not any(
            c.dep_ in ("aux", "mark") for c in verb.children):
        return True  # an absolute clause: "my father now siding with my brother, I …", "The sloop putting in at Newport"
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)


def _set_off(subj: Token) -> bool:
    """Whether a subject opens its own clause: at the sentence's start or after a comma or a conjunction ("…, but
    my father now siding with my brother"), not after a verb ("the only signs were Red Guards squatting")."""
    first = min(t.i for t in subj.subtree)
    return first == subj.sent.start or subj.doc[first - 1].is_punct or subj.doc[first - 1].dep_ == "cc"


def _has_actor(verb: Token) -> bool:
    """A subject or object that is a noun (not 'it', 'this'): someone did something to someone."""
    return any(c.pos_ in ("NOUN", "PROPN") for c in subjects(verb) + children(verb, "dobj", "agent"))


def _event(rd: Reader, s: Sentence, verb: Token, n: int) -> Event | None:
    off = s.offset
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.lemma_.lower() in TEXTS:
        return None  # "a speech attacking the Mensheviks": what the speech did, not a happening
    kind = trigger(verb)
    refs, named = participants(rd, verb, off)
    if not refs and kind is not None and verb.dep_ == "acl" and verb.tag_ == "VBN" and rd.clause_times(verb, off):
        # a dated participle set on a name: "Giuseppe Garibaldi, elected for Macerata in the January elections",
        # "Lev Kamenev, elected at the Second Congress of Soviets on 26 October": what befell the one named
        head = rd.entity(verb.head, off)
        if head is not None:
            refs, named = [head], True
    born_as = kind == "birth" and _born_as(verb)
    if not refs and born_as:
        # "Maria Petrovna, born Orlova in Tver in 1871, …": the birth of the one the apposition names
        head = rd.entity(verb.head.head, off, ("person",)) or rd.entity(verb.head, off, ("person",))
        if head is not None:
            refs, named = [head], True
    if not refs and kind in TRAVEL:
        refs = _carried(rd, verb, off)  # "the train carrying the Council of People's Commissars left Petrograd"
        named = named or bool(refs)
    if not refs and _past(verb) and verb.lemma_.lower() in ("take", "carry", "bring", "bear", "convey") \
            and any(t.lemma_.lower() in VEHICLES for t in subjects(verb)) \
            and (any(c.dep_ == "prt" and c.lower_ in ("off", "away", "out") for c in verb.children)
                 or any(w.split()[-1] in DIRECTIONAL and _place_named(rd, p, off) for w, p in preps(verb))):
        # "On 2 September a fishing boat took them off from Cala Martina": the ones it carried travel
        refs = [r for o in children(verb, "dobj") for r in rd.group(o, off, ("person",), poss=False)]
        if not refs and any(o.lower_ == "them" for o in children(verb, "dobj")) and rd.last_travellers is not None \
                and 0 < off + verb.idx - rd.last_travellers[0] < ABOARD_REACH:
            refs = list(rd.last_travellers[1])  # "they reached the coast. … a boat took them off"
        if refs:
            named, kind = True, kind or ("travel_departure" if any(
                c.dep_ == "prt" for c in verb.children) else "journey")
    if not refs and _past(verb) and (kind in TRAVEL or verb.lemma_.lower() in VEHICLE_MOTION):
        refs = _aboard(rd, verb, off)  # "Four days later the steamer put in at Riga": its passengers
        if refs and kind is None:
            kind = "travel_arrival" if verb.lemma_.lower() in VEHICLE_ARRIVE else "journey"
        named = named or bool(refs)
    if not refs and (kind in TRAVEL or verb.lemma_.lower() in MOTION and _past(verb) and any(
            w.split()[-1] in DIRECTIONAL and _place_named(rd, p, off) for w, p in preps(verb))):
        lead = _travelling_lead(rd, verb, off)
        if lead is not None:
            refs, named = [lead], True
    if kind in TRAVEL and refs and any(r.kind == "person" for r in refs):
        rd.last_travellers = (off + verb.idx, [r for r in refs if r.kind == "person"])
    if kind in TRAVEL and refs and any(r.kind == "organization" for r in refs):
        rd.body_travelled = (off + verb.idx, [r for r in refs if r.kind == "organization"])
    if kind is None and verb.lemma_.lower() in REPORTING and refs and named and rd.clause_times(verb, off):
        kind = "speech"  # "On October 14th the organ said: …" — a dated statement is an event
    if kind is None and verb.lemma_.lower() == "say" and _past(verb) and refs and verb.dep_ != "conj" \
            and not any(t.lower_ == "according" for t in verb.doc[verb.sent.start:verb.i]) and any(
            w == "to" and (rd.entity(p, off, ("person",)) or _role_noun(p)) for w, p in preps(verb)):
        kind = "speech"  # "‘…,’ he said to Roselli", "Twain said to a reporter": words said to someone
    if kind is None and verb.lemma_.lower() in TOLD and _past(verb) and any(
            rd.entity(o, off, ("person",)) for o in children(verb, "dobj", "dative")):
        kind = "meeting"  # "the secretary told me", "his brother-in-law told me of it": two people met
    if kind is None and verb.lemma_.lower() in MOTION and _past(verb) and refs and any(
            w.split()[-1] in DIRECTIONAL and _place_named(rd, p, off) for w, p in preps(verb)):
        kind = "journey"  # "I went down the Nevsky", "we went toward the Winter Palace"
    if kind is None and verb.lemma_.lower() in MOTION and _past(verb) and refs and any(
            c.dep_ == "advmod" and c.lower_ in ABROAD for c in verb.children):
        kind = "journey"  # "He was released in 1911 and went abroad"
    if kind is None and verb.lemma_.lower() == "try" and verb.tag_ == "VBN" and refs and any(
            c.dep_ == "auxpass" for c in [*verb.children, *(verb.head.children if verb.dep_ in ("conj", "advcl")
                                                             else ())]) and not children(verb, "xcomp", "dobj"):
        kind = "other"  # "He was tried in Tiflis in March 1908", "was arrested, tried and exiled": a trial
    if kind is None:
        if verb.lemma_.lower() in NOT_EVENTS or not _past(verb) or not (refs and named or _done_to(verb)):
            return None
        if not _narrated_other(verb):
            return None
        kind = "other"
    elif not refs and not (_past(verb) and _has_actor(verb)):
        return None
    if not refs and any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in verb.children):
        return None  # no one named, and a habit: "Students were often arrested in those years"
    if kind in TRAVEL and _thing_travels(rd, verb, off):
        kind = "other"  # "a Soviet shell landed on his farmhouse headquarters": no one travels
    place = place_of(rd, verb, off, kind)
    ev_span = rd.span(s.start, s.end)
    names = ", ".join(rd.names.get(r.id, r.id) for r in refs)
    words = " ".join(t.text for t in sorted([verb, *children(verb, "prt")], key=lambda t: t.i))
    summary = f"{names}: {words}" + (f" ({rd.names.get(place, place)})" if place else "")
    neg = negated(verb) or _not_done(verb)
    date = None if _generic(verb) else rd.event_date(verb, s, clock=kind != "birth")
    if born_as and date is None:  # the apposition's date ("born Orlova … in 1871")
        a, b = off + min(x.idx for x in verb.head.subtree), off + max(x.idx + len(x) for x in verb.head.subtree)
        date = next((known_part(t.value) for t in rd.times if a <= t.span.start < b and t.type == "DATE"
                     and known_part(t.value)), None)
    return Event(f"{rd.ctx.doc_id}-ev{n + 1}", kind, summary, tuple(r.id for r in refs), place,
                 date, ev_span, neg, hypothetical(verb) or _hedged(verb) or _modal(verb) or _intended(verb))


# a body of travellers named by a common noun ("The convoy left Petersburg", "the column marched out")
TRAVELLING = {"convoy", "column", "prisoners", "exiles", "deportees", "expedition", "caravan", "travellers",
              "travelers", "fugitives", "refugees", "cortege", "procession", "escort",
              # a body of people the text's main person went with ("The party of thirty émigrés left Geneva",
              # "the whole colony moved down to Kraków")
              "party", "colony", "émigrés", "emigres", "emigrants", "delegation", "delegates", "group"}


def _travelling_lead(rd: Reader, verb: Token, off: int):
    """Who travels when a body of travellers named by a common noun, or a "they" naming no one, travels: the
    person the text is about (:meth:`Reader._main_persons`), named in the last 1500 characters (the nearer of
    a man and a woman who both dominate it). Not in a first-person text (the narrator's "we" is the party)."""
    subj = subjects(verb)
    if not rd.topics or len(subj) != 1 or rd.ref(subj[0], off) is not None or _first_person(rd):
        return None
    t = subj[0]
    if not (t.lower_ == "they" or t.pos_ == "NOUN" and t.lower_ in TRAVELLING and any(
            c.lower_ == "the" for c in t.children)):
        return None
    pos = off + verb.idx
    near = [r for r in rd.refs_in(max(0, pos - 1500), pos) if r.id in rd.topics.values()]
    if not near:
        return None
    if t.lower_ == "they" and any(x.dep_ in ("dobj", "pobj", "dative") and r is not None and r.id == near[-1].id
                                  for x in verb.sent for r in [rd.ref(x, off)]):
        return None  # "In 1269, they returned to Venice to meet Marco for the first time": not Marco
    return near[-1]


VEHICLES = {"train", "ship", "boat", "steamer", "sledge", "sleigh", "carriage", "coach", "car", "vessel", "barge",
            "trainload", "convoy", "plane", "aircraft", "cart", "wagon", "column"}


# what a vessel or train does when it moves ("put in at", "pulled into", "turned back to", "touched at")
VEHICLE_MOTION = {"put", "pull", "turn", "draw", "touch", "sail", "steam", "dock", "anchor", "call", "berth", "run",
                  "arrive", "reach", "leave", "depart", "cross", "continue", "proceed", "return", "enter"}
VEHICLE_ARRIVE = {"put", "pull", "draw", "touch", "dock", "anchor", "call", "berth"}
ABOARD_REACH = 1500  # how near the last travel event must be whose people a vehicle carries on


def _aboard(rd: Reader, verb: Token, off: int) -> list:
    """Who travels when "the steamer", "the ship", "the train" does, with no one named aboard it: the people of the
    last travel event, when it was told in the last :data:`ABOARD_REACH` characters ("Orlova and Kuzin left
    Petrograd on the steamer. Four days later the steamer put in at Riga. The ship turned back to Reval"). A place
    of the clause is needed (a whither, a whence, "at X")."""
    subj = subjects(verb)
    if len(subj) != 1 or subj[0].lemma_.lower() not in VEHICLES or rd.ref(subj[0], off) is not None \
            or not any(c.lower_ in ("the", "their", "our") for c in subj[0].children) \
            or any(c.dep_ == "auxpass" for c in verb.children) or rd.last_travellers is None:
        return []
    if not any(_place_named(rd, p, off) for _, p in preps(verb)) and not any(
            rd.entity(o, off, ("place",)) for o in children(verb, "dobj")):
        return []
    at, who = rd.last_travellers
    return who if 0 < off + verb.idx - at < ABOARD_REACH else []


def _carried(rd: Reader, verb: Token, off: int) -> list:
    """Who travels when a vehicle does: the ones it carries ("the train carrying the Council of People's Commissars
    left Petrograd", "the ship bearing the delegates"); a body named by a common noun that travelled in the last
    paragraphs is the one "the government" names ("… and the government reached Moscow")."""
    out = []
    for t in subjects(verb):
        if t.lemma_.lower() in VEHICLES:
            out += [r for a in children(t, "acl") if a.lemma_.lower() in ("carry", "bear", "take", "bring", "convey")
                    for o in children(a, "dobj") for r in rd.group(o, off, ACTORS, poss=False)]
        elif t.pos_ == "NOUN" and t.lemma_.lower() == "government" and rd.ref(t, off) is None and any(
                c.lower_ == "the" for c in t.children) and rd.body_travelled:
            at, bodies = rd.body_travelled
            if 0 < off + verb.idx - at < 1500:
                out += bodies
    return unique(out)


def _first_person(rd: Reader) -> bool:
    """Whether the text is told in the first person: its "I"/"we" outside quotation marks at least as often as its
    main person's name (a quoted speech or letter in a third-person text, "I am going out from Rome", is not)."""
    if not rd.narrator:
        return False
    if not hasattr(rd, "_first_person"):
        counts: dict[str, int] = {}
        for r in rd.refs:
            if r.id == rd.narrator and not rd.in_quote(r.start) or r.id in rd.topics.values():
                counts[r.id] = counts.get(r.id, 0) + 1
        rd._first_person = counts.get(rd.narrator, 0) >= max((counts.get(p, 0) for p in rd.topics.values()), default=0)
    return rd._first_person


def _narrated_other(verb: Token) -> bool:
    """Whether a verb outside the lexicon narrates a happening of its own: not a participle modifying a
    noun ("an assumption based on X", "the old guard led by Plekhanov", "Efim (sometimes spelled Yefim)"),
    not "managed / tried / began" whose infinitive is the event, not a claim with its clause ("his sister
    wrote that…", "Service has claimed that…")."""
    lemma = verb.lemma_.lower()
    objs = {c.lemma_.lower() for c in children(verb, "dobj", "nsubjpass")} | {p.lemma_.lower() for _, p in preps(verb)}
    if any((lemma, o) in IDIOMS for o in objs):
        return False  # "paid much attention to", "A compromise was reached"
    perfect = lemma in DONE_WHEN_ACTIVE and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
        and not any(c.dep_ == "auxpass" for c in verb.children)  # "who had organised the first strike": done
    if verb.dep_ == "acl" and verb.tag_ == "VBN" or verb.tag_ == "VBN" and lemma in STATES and not perfect:
        return False  # "an assumption based on X"; "he was badly outnumbered", "while fascinated by him"
    if lemma in DIALOGUE and any(q in verb.sent.text for q in QUOTE_MARKS):
        return False
    if lemma == "speak" and any(c.ent_type_ in LANGUAGE_ENTS for c in children(verb, "dobj")):
        return False  # "spoke French fluently": a skill
    if verb.lower_ in WISHED:
        return False  # "Lenin, who had earlier hoped for a speedy revolution" (lemmatised "hop"): a wish
    if lemma == "wear" and not children(verb, "prt"):
        return False  # "everybody wore his prescribed uniform": dress (not "wore down his resistance")
    if lemma in ATTEMPT and any(x.tag_ in ("VB", "VBG") for x in children(verb, "xcomp")):
        return False
    if lemma in CLAIMS and children(verb, "ccomp") and not children(verb, "dobj"):
        return False
    return True


def _couple(rd: Reader, prev: Sentence | None, s: Sentence) -> list:
    """Whom "they" at the head of a sentence names: the persons of the sentence before when it names two or
    three of them and no organization ("Trotsky met Natalia Sedova … They married in 1903"; "Kornilov and
    Markov were arrested … they escaped")."""
    if prev is None or rd.in_quote(s.start):
        return []
    party = _party(rd, prev)
    if party:
        return party
    refs = rd.refs_in(prev.start, prev.end)
    if any(r.kind == "organization" for r in refs):
        return []
    # a he/she of that sentence counts as the person it names ("That summer he met Vera Lindt … They married")
    said = [r for p, r in sorted(rd.pronouns.items()) if prev.start <= p < prev.end]
    persons = unique([r for r in [*said, *refs] if r.kind == "person" and r.id != rd.narrator])
    if not persons and any(t.lower_ == "they" and t.dep_ in ("nsubj", "nsubjpass") and rd.ref(t, prev.offset) is None
                           for t in prev.sent):
        return list(rd.couple)  # "They reached Verkholensk in June … They left the settlement"
    return persons if 2 <= len(persons) <= 3 else []


def _party(rd: Reader, s: Sentence) -> list:
    """Who travels together in sentence ``s``: the subject of a verb of travel and the persons it goes with
    ("he set off for Achinsk by sleigh with Kamenev and Muranov. They reached Achinsk": the three)."""
    for verb in reversed(s.sent):
        if verb.pos_ != "VERB" or trigger(verb) not in TRAVEL:
            continue
        places = [p for _, p in preps(verb)]
        company = [r for w, p in [*preps(verb), *((c.lower_, q) for x in places for c in children(x, "prep")
                                                   for q in children(c, "pobj"))] if w == "with"
                   for r in rd.group(p, s.offset, ("person",), of=False, poss=False)]
        lead = [r for t in subjects(verb) for r in rd.group(t, s.offset, ("person",), of=False, poss=False)]
        if company and lead:
            return unique([*lead, *company])
    return []


def _modal(verb: Token) -> bool:
    """A passive under a modal ("the goals must be fulfilled", "should be encouraged"): not narrated as done."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if "would" in aux and any(c.dep_ == "advmod" and c.lower_ in LATER for c in verb.children):
        return False  # "Dybenko would later be shot": the narrator's look ahead, a fact
    return verb.tag_ == "VBN" and "be" in aux and any(a in MODAL_WORDS for a in aux)


LATER = {"later", "eventually", "subsequently", "afterwards", "afterward"}
HEDGES = {"possible", "likely", "unlikely", "probable", "improbable", "conceivable", "doubtful", "uncertain",
          "unclear", "unknown", "plausible"}


def _hedged(verb: Token) -> bool:
    """An event the text only deems possible: "It is possible that Rasputin wandered as far as Athos", "it is
    unclear whether he stayed" (flagged hypothetical)."""
    v = verb
    for _ in range(3):
        if v.dep_ not in ("ccomp", "conj", "csubj") or v.head.i == v.i:
            return False
        v = v.head
        if v.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in HEDGES for c in v.children) or \
                v.lower_ in HEDGES:
            return True
    return False


THINGS = {"shell", "bullet", "bomb", "grenade", "missile", "ball", "shot", "news", "word", "rumour", "rumor",
          "report", "message", "telegram", "letter", "note", "order", "decree", "fever", "illness", "disease",
          "wind", "storm", "rain", "snow", "smoke", "fire", "light", "sound", "noise", "cry", "voice",
          "response", "reply", "answer", "invitation", "summons", "request", "demand", "ultimatum", "verdict"}
# a pronoun for a thing or a fact as subject ("This left the Bolsheviks with the loss of …", "which brought him
# back to Moscow"): no one travels
THING_PRONOUNS = {"this", "that", "it", "which", "these", "those"}


def _thing_travels(rd: Reader, verb: Token, off: int) -> bool:
    """Whether the one said to arrive, leave or travel is a thing, not a person or body ("a shell landed",
    "my letter came to hand", "my fever left me"): a thing noun as subject of an active verb."""
    subj = subjects(verb)
    if not subj or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if subj[0].lower_ in THING_PRONOUNS and not (verb.dep_ == "relcl" and rd.entity(verb.head, off, ACTORS)):
        return True  # "This left the Bolsheviks with …" (not "Orlov, who left for Kiev")
    return subj[0].pos_ == "NOUN" and subj[0].lemma_.lower() in THINGS


def _done_to(verb: Token) -> bool:
    """A passive happening to a thing or group the text names by a noun: "the food-supplies were looted",
    "the picture galleries had been evacuated to Moscow" (not a state: "was surprised", "were organised")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) or verb.lemma_.lower() in STATES:
        return False
    if any(c.dep_ == "acomp" or c.dep_ == "xcomp" for c in verb.children):
        return False  # "was discovered to be a forgery", "was found guilty"
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in MODAL_WORDS or a in ("to", "be") for a in aux) or aux == ["being"]:
        return False  # "might be added", "should be brought up", "remained to be taken": not narrated
    if not any(a in ("was", "were", "had") for a in aux):
        return False  # "the land is assured to the peasants", "have been broken down": not the narrative's past
    return any(c.pos_ in ("NOUN", "PROPN") for c in subjects(verb))


HABITUAL = {"often", "usually", "frequently", "regularly", "generally", "commonly", "sometimes", "always",
            "habitually", "customarily", "normally", "typically", "routinely", "invariably"}


def _generic(verb: Token) -> bool:
    """Habitual or generic: "used to …", "would go every Sunday" — not one dated happening."""
    if any(c.lower_ == "used" and c.dep_ in ("aux", "ROOT") for c in verb.children):
        return True
    return verb.head.lemma_ == "use" and verb.dep_ == "xcomp" and verb.head.tag_ == "VBD"
