"""Alias resolution: mentions of one class grouped into identities.

Persons: full names first, in text order ("Pyotr Stolypin"), then every short form
("Stolypin", "Stolypin’s", "the Stolypins", "Pyotr", "General Stolypin") joins the
nearest compatible full-name identity, preceding mentions preferred. Two people who
share a first name or surname stay two: each short mention goes to the nearest one.
Places and organizations group by their normalized name.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from typing import Sequence
from functools import lru_cache
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..annotate.lexicon import FEMININE_SURNAME_END, _given_name_forms, territorial, first_name_key, given_name_firm, given_name_gender, is_patronymic, looks_like_surname, same_given_name, title_gender
from .entities import Mention, clean_name, name_key


_SHOUTED = re.compile(r"\b[A-Z]{3,}\b")
_ROMAN = re.compile(r"^[IVXLCDM]+$")


def plain(name: str) -> bool:
    """A name as running text prints it: no word in capitals ("NIKOLAI IVANOVICH BUKHARIN", a
    heading; "PRECIOUS Lehzen", emphasis) and no closing initial ("Leopold R.", a signature)."""
    shouted = any(not _ROMAN.match(w) for w in _SHOUTED.findall(name))
    signed = bool(re.search(r"\s[A-Z]\.$", name))
    return not shouted and not signed


@dataclass
class Identity:
    """A growing cluster of mentions (internal; becomes a record entity)."""

    kind: str
    mentions: list[Mention] = field(default_factory=list)
    full_names: set[str] = field(default_factory=set)  # keys of multi-word names
    surname: str | None = None
    first: str | None = None
    styled_as: str | None = None  # "Lady": only ever "Lady Byron", and another Byron is in the text

    @property
    def positions(self) -> list[int]:
        return [m.start for m in self.mentions]

    def canonical(self) -> str:
        names = Counter(m.name for m in self.mentions if not m.cues.get("bare_title")) or \
            Counter(m.name for m in self.mentions)
        inside = {m.name for m in self.mentions if not m.cues.get("sent_start") or m.cues.get("title_sentence_start")}
        described = {m.name for m in self.mentions if m.cues.get("the")} - \
            {m.name for m in self.mentions if not m.cues.get("the")}

        cover = {m.name for m in self.mentions if m.cues.get("cover_name")}  # "a passport in the name of …"
        styled = {m.name for m in self.mentions if _styled_only(m)} - \
            {m.name for m in self.mentions if not _styled_only(m)}  # "Caulaincourt" over "Duke of Vicenza"

        def rank(n: str) -> tuple:
            words = n.split(" ")  # a sentence-initial "Only Kerensky" is no full name
            full = len(words) > 1 and (names[n] > 1 or n in inside or bool(given_name_gender(words[0]))) \
                and not (self.kind == "person" and n in described and " ".join(words[1:]) in names)  # "the
            # Corinthian Timoleon" is "Timoleon" described (a body's "the Petrograd Soviet" is its full name)
            surnamed = not is_patronymic(words[-1])  # "Nadezhda Krupskaya" over "Nadezhda Konstantinovna"
            full = full and (surnamed or len(words) > 2 or not any(  # "Lenin" over "Vladimir Ilyich"
                " " not in x and x not in words for x in names))
            return (plain(n), n not in cover, n not in styled or len(styled) == len(names), full, surnamed, len(words) if full else 0, names[n], len(n))
        best = max(names, key=rank)
        return f"{self.styled_as} {best}" if self.styled_as else best

    def aliases(self) -> list[str]:
        seen: dict[str, None] = {}
        for m in self.mentions:
            if m.cues.get("bare_title"):
                seen.setdefault(f"the {m.text}", None)  # "the Tsar"
                continue
            seen.setdefault(re.sub(r"\s+", " ", m.text).strip(), None)
            if not self.styled_as:  # "Lady Byron" is not "Byron" when Lord Byron is in the text
                seen.setdefault(m.name, None)
            title = m.cues.get("title")
            if title and not m.text.startswith(title):
                seen.setdefault(f"{title} {m.name}", None)  # "General Kornilov"
        return list(seen)

    def gender(self) -> str:
        votes = Counter()
        for m in self.mentions:
            t = m.cues.get("title")
            if t and title_gender(t):
                votes[title_gender(t)] += 2
        if self.first and given_name_gender(self.first) in ("m", "f"):
            votes[given_name_gender(self.first)] += 1
        if self.surname and self.surname.endswith(FEMININE_SURNAME_END):
            votes["f"] += 1
        elif self.surname and re.search(r"(ov|ev|in|sky|ski|vich)$", self.surname):
            votes["m"] += 1
        return votes.most_common(1)[0][0] if votes else "unknown"


def _words(m: Mention) -> list[str]:
    return [w for w in name_key(m.name).split(" ") if w]


def _patronymics(ident: Identity) -> set[str]:
    """The patronymics an identity has been named with ("Vladimir Ilyich Lenin" -> {"ilyich"})."""
    return {x for m in ident.mentions for x in _words(m)[1:] if is_patronymic(x)}


KIN_BEFORE = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?:(?:elder|eldest|older|oldest|younger|youngest|"
                        r"late|little|half-)\s*)?(?:brother|sister|son|daughter|father|mother|uncle|aunt|cousin|"
                        r"nephew|niece|wife|husband)[ \t]*\n?[ \t]*$")


AND_BETWEEN = re.compile(r"\s+and\s+")


def coordinated_first_names(mentions: list[Mention], text: str) -> dict[int, tuple[Mention, Mention]]:
    """Pairs of first names that share the surname after the second ("William and Dauphin Thompson",
    "Henry and Anna Richardson"), keyed by the id of each of the two mentions: (the bare first name,
    the full name). The bare one must be a man's or woman's given name by the lexicon and the full name have
    two words."""
    by_start = {m.start: m for m in mentions}
    pairs: dict[int, tuple[Mention, Mention]] = {}
    for m in mentions:
        w = _words(m)
        if len(w) != 1 or m.cues.get("title") or given_name_gender(m.name) not in ("m", "f"):  # (not "Zhang")
            continue
        gap = AND_BETWEEN.match(text, m.end)
        full = by_start.get(gap.end()) if gap else None
        if full is None or len(_words(full)) != 2 or full.cues.get("title") or "-" in _words(full)[0]:
            continue
        pairs[id(m)] = pairs[id(full)] = (m, full)
    return pairs


def group_persons(mentions: list[Mention], text: str = "") -> list[Identity]:
    """Cluster person mentions into identities (see module docstring). ``text`` (what the mention
    offsets index) lets a first name after the narrator's kin noun ("my brother John") be read as
    one: of a family whose surname the text never gives, so it joins no one named with a surname
    or an epithet ("Honest John")."""
    ids: list[Identity] = []
    singles: list[Mention] = []
    alone = {w[0] for m in mentions for w in [_words(m)] if len(w) == 1}  # "Hasdrubal" named alone: a first name
    paired = coordinated_first_names(mentions, text) if text else {}
    for m in sorted(mentions, key=lambda m: m.start):
        w = _words(m)
        pair = paired.get(id(m))
        if pair and pair[0] is m and w[0] not in {_words(x)[-1] for x in mentions if len(_words(x)) > 1}:
            w = [w[0], _words(pair[1])[1]]  # "William and Dauphin Thompson": William Thompson
        if len(w) == 1 and _regnal(w[0]) and len(w[0]) > 1:
            continue  # "II" alone: a regnal number cut from its name, no one's name
        if len(w) < 2 or (len(w) == 2 and _first_and_patronymic(m.name.split(" ")[0], w[1])
                          and not _surname_said_alone(w[1], alone)):
            singles.append(m)  # "Nadezhda Konstantinovna" is a first-name mention (not "Dmitry Grigorovich")
            continue
        given_like = bool(text) and len(w) == 2 and (_kin_apposed(text, m) or _feminine_pair(w) or pair is not None)
        ident = _match_full(ids, w, m.name.split(" ")[0], alone | {w[0]} if given_like else alone)
        if ident is None:
            ident = Identity("person", surname=_surname_key(w), first=m.name.split(" ")[0])
            ids.append(ident)
        ident.full_names.add(" ".join(w))
        ident.mentions.append(m)
    surname_sex = _surname_sexes(singles, text, mentions) if text else {}
    said_alone = {w[0] for s in singles for w in [_words(s)] if len(w) == 1}
    apart = {id(i) for i in ids if text and any(_kin_of_bare_surname(text, x, i.surname) for x in i.mentions)}
    for m in sorted(singles, key=lambda m: _marital(m) != "unmarried"):  # "Miss X" claims first
        w = _words(m)
        if not w:
            continue
        g, state = mention_gender(m), _marital(m)
        fits = lambda i: (g is None or i.gender() in ("unknown", g)) and (  # noqa: E731  "Mr. Read" is not "Miss Read"
            state is None or all(_marital(x) in (None, state) for x in i.mentions))  # nor "Mrs. Read"
        if g == "f" and len(w) == 1 and surname_sex.get(w[0]) != "f":  # "Mrs. Burne-Jones" is not the "Burne-Jones"
            fits_title = fits                                         # said alone before her: her husband
            fits = lambda i: fits_title(i) and not _bare_surname_only(i)  # noqa: E731
        kin = len(w) == 1 and bool(text) and bool(given_name_gender(m.name)) and \
            bool(KIN_BEFORE.search(text, max(0, m.start - 40), m.start))
        if kin:  # "my brother John": a first name, no surname ("his sister Malwine" may be a von Arnim)
            fits_kin = fits
            fits = lambda i: fits_kin(i) and i.surname is None  # noqa: E731
        spouse = _spouse_of(m, text, mentions) if len(w) == 1 and text and not kin and \
            given_name_gender(m.name) in ("m", "f") and not any(i.surname == w[0] for i in ids) else None
        if spouse:  # "Kamenev … with his wife Olga": not the Olga Alliluyeva of another family named before
            fits_spouse = fits
            fits = lambda i, sp=spouse: fits_spouse(i) and (  # noqa: E731
                i.surname is None and not _patronymics(i) or _same_family(i.surname or "", sp) or _married(text, i, sp))
        rel = RELATIVE_BEFORE.search(text, max(0, m.start - 40), m.start) if len(w) == 1 and text and not kin \
            and not spouse and given_name_gender(m.name) else None  # (not "with his brother, Franklin learned")
        role = blood_role(text, m) if len(w) == 1 and text and not kin and not spouse and given_name_gender(m.name) \
            else None
        if role:  # "her father, Stephen Barton … Her other brother, Stephen": one relative is not another
            fits_role, key = fits, first_name_key(w[0])
            same = [i for i in ids if i.first is not None and first_name_key(i.first) == key and fits_role(i)
                    and _introduced_as(i, role, text)]
            if same:  # "her brother David Barton … her brother David": the brother, whatever else is near
                rel, fits = None, lambda i, s=same: any(i is x for x in s)  # noqa: E731
            else:  # "Vladimir's mother, Maria … his sister Maria": not the mother; "whose son Suleiman": not
                fam = _relative_family(text, m, mentions)
                fits = lambda i, r=role, f=fam: fits_role(i) and _family_known(ids, i, m.start) and not any(  # noqa: E731
                    same_relative(r, x) is False for x in kin_roles(i, text)) and \
                    not _of_another_family(i, f, m)  # the Suleiman named in full later
        elif len(w) == 1 and text and m.cues.get("title"):  # "His brother Alexander … the Emperor Alexander"
            fits_titled = fits
            fits = lambda i: fits_titled(i) and not _relative_only(i, text)  # noqa: E731
        if rel:  # "His brother William, the parson": of his family, not the surgeon William Beatty named later
            fits_relative, family = fits, _named_before_in_sentence(text, rel.start(), mentions)
            fits = lambda i, fam=family: fits_relative(i) and (  # noqa: E731
                i.surname is None and not _patronymics(i) or fam is not None and _same_family(i.surname or "", fam))
        said = _pronoun_gender_after(m, text, mentions) if len(w) == 1 and text and g is None else None
        said = said or (surname_sex.get(w[0]) if len(w) == 1 and g is None else None)
        another = m.cues.get("another") or (len(w) == 1 and bool(text) and _named_after(text, m))
        other = _other_namesake(ids, m, w, text, mentions, fits) if another and text and len(w) == 1 else None
        his = len(w) == 1 and g is None and said is None and not w[0].endswith(FEMININE_SURNAME_END) \
            and _singular(w[0]) == w[0]  # (not "the Pankhursts", a family)
        ident = other if other is not None else None if another or kin else \
            _surname_holder(ids, m, lambda i, x=w[0]: (same_surname(i.surname, x) or i.surname == _singular(x) or
                                                       "-" in (i.surname or "") and x in i.surname.split("-"))
                            and fits(i) and not (his and _hers_later(i, m, singles)),  # "Tyrkova" of "Ariadna Tyrkova-Williams"
                            prefer=(lambda i: i.gender() in ("unknown", said)) if said else
                            (lambda i: i.gender() == "m") if his else None, apart=apart)
        # a bare surname nothing marks a woman's ("Dan", not "Mrs Dan", no "she" after) is the man's of the family
        # ("Lydia Dan … Fyodor Ilyich Dan … Dan sat on the presidium"), and not a woman's named in full only later
        # ("he had read Marx" before "Eleanor Marx"): a woman the text calls by her surname alone is named first
        if ident is not None and other is None and len(w) == 1 and given_name_gender(m.name):  # "Octavia" a surname and a
            first, held = first_name_key(w[0]), ident  # first name: the nearer of "Claudia Octavia" and
            # "Octavia the Younger"; "John" the nearer of "Honest John" and "my brother John"
            near_ok = lambda i: i is held or (i.first is not None and first_name_key(i.first) == first  # noqa: E731
                                              and fits(i) and i.surname != w[0])
            ident = _nearest(ids, m, near_ok)
            ident = _relative_yields(ids, m, text, near_ok, ident) if ident is not None else None
        patronymic = w[1] if len(w) == 2 else None  # a two-word single is a first name and its patronymic
        if ident is None and patronymic:  # "Alexander Mikhailovich": the Alexander with that patronymic
            first = first_name_key(w[0])
            named = lambda i: i.first is not None and first_name_key(i.first) == first and fits(i)  # noqa: E731
            sure = patronymic_shape(patronymic) == "sure"  # "Joseph Vissarionovich" only just after Joseph
            ident = _nearest(ids, m, lambda i: named(i) and patronymic in _patronymics(i)) or \
                _nearest(ids, m, lambda i: named(i) and not _patronymics(i) and min(i.positions) < m.start and (
                    sure or any(0 < m.start - p <= PATRONYMIC_WINDOW for p in i.positions)),
                    where=lambda i: [x.start for x in i.mentions if _words(x) and first_name_key(_words(x)[0]) == first]
                    or i.positions) or \
                _patronymic_bearer(ids, m, w[0], patronymic, fits, text, surname_sex)
        elif ident is None and not another:  # "also called Sarra": not the Sarra met before
            first, nicked = first_name_key(w[0]), _sole_nicknamed(ids, m, w[0], fits)
            named = lambda i: i.first is not None and (first_name_key(i.first) == first or i is nicked) and fits(i)  # noqa: E731
            title = _style(m)
            partner = _partner_of(m, text, mentions) if len(w) == 1 and text and not spouse else None
            ident = (title and _nearest(ids, m, lambda i: named(i) and title in _titles(i) and any(
                abs(m.start - p) <= STYLE_WINDOW for p in i.positions))) or \
                (partner and _nearest(ids, m, lambda i: named(i) and i.surname is not None
                                      and not _same_family(i.surname, partner) and _married(text, i, partner))) or \
                (text and _family_namesake(ids, m, text, mentions, named)) or \
                _nearest(ids, m, lambda i: named(i) and i.surname is None and not i.full_names and any(
                    x.cues.get("title") for x in i.mentions) and not kin_roles(i, text)) or \
                _salient(ids, m, text, _first_name_namesake(ids, m, text, said_alone, lambda i: named(i) and not (
                    m.cues.get("title") and i.full_names and not any(x.cues.get("title") for x in i.mentions))))
            # "the Grand Duke Alexander": the Alexander so titled; "Andreyeva … Maria Cerrotta … Maria": the Maria the
            # narration never calls by her surname; "Stalin and
            # Nadezhda": the Nadezhda the text marries to Stalin, not Lenin's Nadezhda named nearer; "Prince
            # Eugène … Eugène Labaume … Eugène": the man the text styles by his first name, not one named in full
        if ident is None and len(w) == 1 and patronymic_shape(m.name) and not given_name_gender(m.name):
            ident = _nearest(ids, m, lambda i, x=w[0]: x in _patronymics(i) and fits(i))  # "Ilyich": his patronymic
        if ident is None:
            given = len(w) == 2 or kin or (given_name_gender(m.name.split(" ")[0]) and first_name_key(w[0]) != w[0]) \
                or (given_name_gender(m.name.split(" ")[0]) and not any(i.surname == w[0] for i in ids))
            ident = Identity("person", surname=None if given else w[0], first=m.name.split(" ")[0] if given else None)
            ids.append(ident)
        ident.mentions.append(m)
    for ident in ids:  # "Lady Byron" beside Lord Byron: her name keeps its title, the bare surname is his
        titles = {(x.cues.get("title") or "") for x in ident.mentions}
        if len(titles) == 1 and "" not in titles and title_gender(next(iter(titles))) == "f" and \
                all(len(_words(x)) == 1 for x in ident.mentions) and \
                any(o is not ident and any(same_surname(_words(x)[-1], _words(ident.mentions[0])[0])
                                           for x in o.mentions if _words(x)) for o in ids):
            ident.styled_as = next(iter(titles))
    return ids


def _bare_surname_only(ident: Identity) -> bool:
    """An identity the text has named only by its bare surname, untitled, of no woman's form: a man by the custom
    of English prose, so a woman titled by that surname ("Mrs. X", "Lady X") is someone else, his wife or kin."""
    return ident.surname is not None and not ident.full_names and ident.gender() == "unknown" and \
        not ident.surname.endswith(FEMININE_SURNAME_END) and \
        all(len(_words(x)) == 1 and not x.cues.get("title") for x in ident.mentions)


def _sole_nicknamed(ids: list[Identity], m: Mention, word: str, fits) -> Identity | None:
    """The one person whose first name ``word`` is an English nickname of (or the nickname of whose first
    name it is), else the one of them named before ``m`` ("Teddy" for the only Theodore so far); None when
    no one or more than one is (two Marthas named before: a "Patsy" is either's)."""
    bearers = [i for i in ids if i.first is not None and first_name_key(i.first) != first_name_key(word)
               and same_given_name(i.first, word) and fits(i)]
    before = [i for i in bearers if min(i.positions) < m.start]
    return bearers[0] if len(bearers) == 1 else before[0] if len(before) == 1 else None


THE_OTHER = re.compile(r"\b[Tt]he\s+other\s+$")
CALLED_BEFORE = re.compile(r"\b(?:call|calls|called|calling|name|names|named|dub|dubs|dubbed|nicknamed)\s+[‘'“\"]?\s*$")


def _hers_later(ident: Identity, m: Mention, singles: list[Mention]) -> bool:
    """A woman's identity (by her first name or title) named only after the bare surname ``m``, which the text
    never uses alone once she is named (a woman it calls by her surname, "Bartlett, p. 12", is so called after)."""
    if ident.gender() != "f" or min(ident.positions) <= m.start:
        return False
    first = min(ident.positions)
    return not any(s.start > first and _words(s) == _words(m) for s in singles)


def _other_namesake(ids: list[Identity], m: Mention, w: list[str], text: str, mentions: list[Mention],
                    fits) -> Identity | None:
    """Whom "the other Lev" names: of exactly two people of that first name named before it, the one
    not named last ("… the hatter Ivan P. … Ivan S. … the other Ivan would come over": the hatter).
    None (a new person) when fewer or more are named, when a name follows in apposition ("the other
    Grigory, Zinoviev"; "the other Elena in the building, Elena R."), or when the words are a
    name the text gives someone ("whom his letters call 'the other Natalya'")."""
    the_other = THE_OTHER.search(text, max(0, m.start - 12), m.start)
    if not the_other or CALLED_BEFORE.search(text, max(0, m.start - 40), the_other.start()):
        return None
    if any(m.end <= x.start < m.end + 60 and (ANOTHER_APPOSED.fullmatch(text, m.end, x.start) or
                                            FIRST_NAME_APPOSED.fullmatch(text, m.end, x.start))
           for x in mentions if x is not m):
        return None  # a name follows in apposition: join_equated_names joins them
    first = first_name_key(w[0])
    named = [i for i in ids if i.first is not None and first_name_key(i.first) == first and fits(i)
             and i.surname != w[0] and any(p < m.start for p in i.positions)]
    if len(named) != 2:
        return None
    last = max(named, key=lambda i: max(p for p in i.positions if p < m.start))
    return next(i for i in named if i is not last)


KIN_WORDS = r"(?:brother|sister|son|daughter|father|mother|uncle|aunt|cousin|nephew|niece|wife|husband|twin|widow)s?"
RELATIVE_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:elder|eldest|older|oldest|younger|youngest|"
                             r"little|baby|half-|step-?)\s*)?(?:brother|sister|son|daughter|uncle|aunt|cousin|nephew|"
                             r"niece|twin)\s+$")
NAMED_BEFORE = re.compile(r"\b(?:named|called|christened|bapti[sz]ed|name)\s+$")
NAMED_AFTER = re.compile(r"\s+(?:after|for)\s+(?:his|her|their|its|the)\s+(?:late\s+|dead\s+)?"
                         r"(?:(?:grand|god|step)?(?:father|mother)|uncle|aunt|brother|sister)\b")


def _named_after(text: str, m: Mention) -> bool:
    """'The boy, named Lev after his father': a first name given after a relative's is a second
    person of that name, not the father named before."""
    return bool(NAMED_BEFORE.search(text, max(0, m.start - 20), m.start) and NAMED_AFTER.match(text, m.end))
KIN_APPOSED_BEFORE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose)\s+(?:[a-z-]+\s+){{0,2}}{KIN_WORDS}\s*,?\s*$")
KIN_APPOSED_AFTER = re.compile(rf"\s*,\s*(?:his|her|their|the)\s+(?:[a-z-]+\s+){{0,2}}{KIN_WORDS}\b")


def _kin_apposed(text: str, m: Mention) -> bool:
    """A full name said to be a relative ("His brother Avel Yenukidze", "Agafya Efremova, her sister"):
    someone else of the family, so its first word is a first name, no epithet."""
    return bool(KIN_APPOSED_BEFORE.search(text, max(0, m.start - 60), m.start)
                or KIN_APPOSED_AFTER.match(text, m.end, m.end + 60))


KIN_DESCRIBED_BEFORE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[A-Z][\w-]*[’']s)\s+(?:[a-z-]+\s+){{0,2}}"
                                  rf"{KIN_WORDS}(?:-in-law)?\s*,?\s*$")
KIN_DESCRIBED_AFTER = re.compile(rf"\s*,\s*(?:his|her|their|the|[A-Z][\w-]*[’']s)\s+(?:[a-z-]+\s+){{0,2}}"
                                 rf"{KIN_WORDS}(?:-in-law)?\b")


def _kin_described(text: str, m: Mention) -> bool:
    """A name given as someone's relative: "her sister-in-law Anna Konstantinovna", "Anna Elizarova, Lenin's
    elder sister"."""
    return bool(KIN_DESCRIBED_BEFORE.search(text, max(0, m.start - 60), m.start)
                or KIN_DESCRIBED_AFTER.match(text, m.end, m.end + 60))


KIN_ROLE_BEFORE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|(?P<whose>[Ww]hose)|(?P<name>[A-Z][\w-]*)[’']s)\s+"
                             rf"(?:[a-z-]+\s+){{0,2}}(?P<role>{KIN_WORDS}(?:-in-law)?)\s*,?\s*(?:[A-Z][a-z]+\.?\s+)?$")
KIN_ROLE_AFTER = re.compile(rf"\s*,\s*(?:his|her|their|the|(?P<name>[A-Z][\w-]*)[’']s)\s+(?:[a-z-]+\s+){{0,2}}"
                            rf"(?P<role>{KIN_WORDS}(?:-in-law)?)\b")
NAME_BEFORE_WHOSE = re.compile(r"([A-Z][\w-]+)\s*,\s*$")
BLOOD = frozenset({"brother", "sister", "son", "daughter", "father", "mother", "uncle", "aunt", "cousin", "nephew",
                   "niece", "twin", "child"})


def kin_role(text: str, m: Mention) -> tuple[str, str | None] | None:
    """The kin noun a name is given under, and whose relative it names when a name says so: "her father,
    Captain Stephen Barton" -> ('father', None), "Kamenev's wife, Olga" -> ('wife', 'kamenev'), "Trotsky,
    whose sister Olga" -> ('sister', 'trotsky'), "their two sons, Lev" -> ('son', None); else None."""
    k = KIN_ROLE_BEFORE.search(text, max(0, m.start - 60), m.start) or KIN_ROLE_AFTER.match(text, m.end, m.end + 60)
    if not k:
        return None
    role, anchor = k.group("role"), k.group("name")
    if "whose" in k.groupdict() and k.group("whose"):
        before = NAME_BEFORE_WHOSE.search(text, max(0, k.start() - 40), k.start())
        anchor = before.group(1) if before else None
    role = role[:-1] if role.endswith("s") and not role.endswith("-in-law") else role
    return role, anchor.lower() if anchor else None


KIN_LIST_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|the)\s+(?:[a-z-]+\s+){0,2}"
                             r"(?P<role>sons|daughters|brothers|sisters|children|cousins|nephews|nieces)\s*[,:–—-]?\s*"
                             r"(?:(?:the\s+|little\s+|[a-z]+\s+[a-z]+\s+)?[A-Z][\w’'-]+(?:\s*,\s*|\s+and\s+))*(?:and\s+)?"
                             r"(?:the\s+|little\s+|[a-z]+\s+[a-z]+\s+)?$")


def blood_role(text: str, m: Mention) -> tuple[str, str | None] | None:
    """A blood relative's kin noun said just before a bare first name ("Her other brother, Stephen"), or
    before the list it is in ("his sons Owen, Frederick, Salmon and Oliver"), not a spouse's (those
    :func:`_spouse_of` reads)."""
    if KIN_ROLE_BEFORE.search(text, max(0, m.start - 60), m.start):
        role = kin_role(text, m)
        return role if role and role[0] in BLOOD else None
    listed = KIN_LIST_BEFORE.search(text, max(0, m.start - 120), m.start)
    if listed:
        role = listed.group("role")
        return ("child" if role == "children" else role[:-1]), None
    return None


def _relative_family(text: str, m: Mention, mentions: list[Mention]) -> str | None:
    """The surname of the family a relative brought in by first name belongs to: the name the kin noun is said
    of ("Batthyany's cousin Lajos"), else the surname of the person named last before the kin noun in its
    sentence ("Mary Holt left with the children, Ferdinand and little Paul"); None when neither is given."""
    k = KIN_ROLE_BEFORE.search(text, max(0, m.start - 60), m.start) or \
        KIN_LIST_BEFORE.search(text, max(0, m.start - 120), m.start)
    if not k:
        return None
    if k.groupdict().get("name"):
        return name_key(k.group("name"))
    return _named_before_in_sentence(text, k.start(), mentions)


def _of_another_family(ident: "Identity", family: str | None, m: Mention) -> bool:
    """Whether ``ident`` was named in full before ``m`` with a surname other than ``family``: a relative of
    that family is not that namesake ("Ferdinand Ash, the clerk … the children, Ferdinand": another Ferdinand)."""
    return family is not None and ident.surname is not None and not _same_family(ident.surname, family) and \
        any(len(_words(x)) > 1 and x.start < m.start for x in ident.mentions)


def _family_known(ids: list["Identity"], ident: "Identity", pos: int) -> bool:
    """Whether ``ident`` is named before ``pos`` by more than a bare surname, or bears a surname someone named
    before it bears: a relative brought in by first name ("his sons Owen, Frederick") may be the "Owen Brown" of
    his father's surname named later, not the "Frederick Douglass" of another ("Bakunin … his two sons, Mikhail
    … Mikhail Bakunin": not Bakunin)."""
    return any(x.start < pos and (len(_words(x)) > 1 or ident.surname is None) for x in ident.mentions) or any(
        j is not ident and j.surname is not None and min(j.positions) < pos
        and same_surname(j.surname, ident.surname) for j in ids)


def _introduced_as(ident: "Identity", role: tuple[str, str | None], text: str) -> bool:
    """Whether the text brings ``ident`` in (its first mention) as the relative ``role`` names ("her brother
    David Barton" for "her brother David"); not one first named otherwise and called a relative only later."""
    first = min(ident.mentions, key=lambda x: x.start)
    said = kin_role(text, first)
    return said is not None and bool(same_relative(role, said))


def _relative_only(ident: "Identity", text: str) -> bool:
    """An identity named only as someone's blood relative, untitled ("His brother Alexander"): no one the
    text styles "Emperor Alexander" or "General Nikolai"."""
    return all(blood_role(text, x) and not x.cues.get("title") for x in ident.mentions)


def kin_roles(ident: "Identity", text: str) -> set[tuple[str, str | None]]:
    """The kin nouns (and their anchors) an identity's mentions are given under."""
    return {r for r in (kin_role(text, x) for x in ident.mentions) if r}


def same_relative(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool | None:
    """Whether two kin readings name one relative: True for one noun of one anchor, False for two nouns
    of one anchor ("her father" is not "her brother"; a pronoun's anchor is taken for the same), None
    when two names anchor them apart ("Kamenev's wife" may be "Trotsky, whose sister")."""
    if a[1] and b[1] and a[1] != b[1]:
        return None
    return a[0] == b[0]


def _feminine_pair(w: list[str]) -> bool:
    """'Agafya Efremova': a word of a woman's given name's shape before a woman's surname is her first
    name (the lists do not know every Agafya), not an epithet of Maria Efremova."""
    return len(w[0]) > 3 and w[0].endswith(("a", "ya", "ia")) and w[-1].endswith(FEMININE_SURNAME_END)


STYLE_WINDOW = 1500  # characters: a bare first name with a title goes to the one so titled named this close


def _style(m: Mention) -> str:
    """How a mention is styled: its title ("General"), else the capitalised words the span holds
    before the name ("Grand Duke" of "Grand Duke Alexander Mikhailovich")."""
    title = (m.cues.get("title") or "").lower().rstrip(".")
    if title:
        return title
    first = m.name.split(" ")[0]
    at = m.text.find(first) if first else -1
    before = m.text[:at].split() if at > 0 else []
    return " ".join(before).lower() if before and all(w[:1].isupper() for w in before) else ""


def _titles(ident: Identity) -> set[str]:
    return {_style(x) for x in ident.mentions} - {""}


PARTNER = re.compile(r"\b(?P<before>[A-Z][\w-]+)\s+and\s+$")
PARTNER_AFTER = re.compile(r"\s+and\s+(?P<after>[A-Z][\w-]+)\b")


def _partner_of(m: Mention, text: str, mentions: list[Mention]) -> str | None:
    """The surname of the person a bare first name is coupled with by "and" ("Stalin and Nadezhda",
    "Nadezhda and Stalin"), when that word is a person's mention."""
    hit = PARTNER.search(text, max(0, m.start - 40), m.start)
    if hit is None:
        hit = PARTNER_AFTER.match(text, m.end, m.end + 40)
    if hit is None:
        return None
    s, e = hit.span(hit.lastgroup)
    if not any(x.start <= s and e <= x.end for x in mentions):
        return None
    return name_key(hit.group(hit.lastgroup))


PRONOUN = re.compile(r"\b(?:(?P<m>he)|(?P<f>she))\b")
PRONOUN_STOP = re.compile(rf"[.!?;:]|\b(?:{KIN_WORDS}|[Mm]r|[Mm]rs|[Mm]iss|[Mm]adame)\b")


def _pronoun_gender_after(m: Mention, text: str, mentions: list[Mention]) -> str | None:
    """'m' or 'f' from the first subject pronoun after a bare surname, the subject of its clause ("Kollontai soon found
    marriage stifling and she left him"), when no other person, kin noun or sentence end comes between
    and the surname is not a possessive ("Stolypin's daughter said she")."""
    if re.match(r"[’']s?\b", text[m.end:m.end + 2]) or not (m.cues.get("subj") or m.cues.get("speech_subj")):
        return None  # only a subject's: "attachment to Rasputin as a result of her belief" is not his
    window = text[m.end:m.end + 80]
    hit = PRONOUN.search(window)
    if hit is None or PRONOUN_STOP.search(window, 0, hit.start()):
        return None
    if any(m.end < x.start < m.end + hit.start() for x in mentions):
        return None
    return "m" if hit.group("m") else "f"


ANY_PRONOUN = re.compile(r"\b(?:(?P<m>[Hh]e|[Hh]im|[Hh]is|[Hh]imself)|(?P<f>[Ss]he|[Hh]er|[Hh]ers|[Hh]erself))\b")
_TWO_SENTENCES = re.compile(r"(?:[^.!?\n]*(?:[.!?][’”\"')]*\d{0,3}(?:\s+|$)|\n|$)){1,2}")


def _pronoun_sex_after(m: Mention, text: str, starts: list[int]) -> str | None:
    """'m'/'f' from the first he/him/his (she/her) after a bare surname in its sentence or the next, when no
    other person, kin noun or quotation comes between: "Lilburne could not attend. His case was put …"."""
    if re.match(r"[’']s?\b", text[m.end:m.end + 2]):
        return None  # "Lilburne's wife … her": the wife's
    span = _TWO_SENTENCES.match(text, m.end)
    hit = ANY_PRONOUN.search(text, m.end, span.end() if span else m.end + 200)
    if hit is None:
        return None
    between = text[m.end:hit.start()]
    if _QUOTE_OPEN.search(between) or re.search(rf"\b{KIN_WORDS}\b", between):
        return None
    k = bisect.bisect_right(starts, m.start)
    if k < len(starts) and starts[k] < hit.start():
        return None  # another name between
    return "m" if hit.group("m") else "f"


def _surname_sexes(singles: list[Mention], text: str, mentions: list[Mention]) -> dict[str, str]:
    """Bare name -> 'm'/'f' where the pronouns after its mentions, read over the whole document, say so (three
    votes or more, three in four one way): "Lilburne" of a chapter on John Lilburne, whose wife Elizabeth
    Lilburne is named in full more often than he is, is a man's name."""
    starts = sorted(x.start for x in mentions)
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in singles:
        w = _words(m)
        if len(w) == 1 and not m.cues.get("title"):
            g = _pronoun_sex_after(m, text, starts)
            if g:
                votes[w[0]][g] += 1
    out = {}
    for name, v in votes.items():
        g, n = v.most_common(1)[0]
        if n >= 3 and 4 * n >= 3 * sum(v.values()):  # (one reading may be wrong: "Lenin … gave her one")
            out[name] = g
    return out


NEXT_SENTENCE_PRONOUN = re.compile(r"\b(?:(?P<m>[Hh]e)|(?P<f>[Ss]he))\b")
_QUOTE_OPEN = re.compile(r"[“‘\"]|(?:^|\s)'")


def genders_from_pronouns(idents: Sequence[Identity], text: str) -> dict[int, str]:
    """Index in ``idents`` -> 'm'/'f' for the people with no gender from names or titles, from how the
    text goes on after them: a he/she later in the sentence where the name is the subject, or in the
    next sentence ("Kollontai followed on the night train, sharing a compartment with Pavel Malkov, …
    She was given a room"), counts when every person named between is known to be of the other gender.
    Two such votes, three in four of them one way, decide."""
    gender = [x.gender() for x in idents]
    owner = sorted((m.start, m.end, gender[i]) for i, x in enumerate(idents) for m in x.mentions)
    starts = [o[0] for o in owner]
    out: dict[int, str] = {}
    for i, x in enumerate(idents):
        titled = any(title_gender(m.cues.get("title") or "") for m in x.mentions)
        if gender[i] != "unknown" and titled:
            continue  # "Mrs", "Sir": the text's own word for the sex
        votes, spouse = Counter(), Counter()
        for m in x.mentions:
            g = _spouse_noun_after(m, text)
            if g:
                votes[g] += 1  # "X's wife" → X a man
                spouse[g] += 1
            if not m.cues.get("subj") or m.cues.get("speech_subj") or re.match(r"[’']s?\b", text[m.end:m.end + 2]):
                continue  # a speaker's "that she …" is about someone else
            g = _pronoun_in_next_sentence(m, text, owner, starts) or _possessive_in_clause(m, text, starts)
            if g:
                votes[g] += 1
        if votes:
            g, n = votes.most_common(1)[0]
            if gender[i] == "unknown":
                if n >= 2 and 4 * n >= 3 * sum(votes.values()):
                    out[i] = g
            elif g != gender[i] and n >= 2 and n >= 3 * votes[gender[i]] and \
                    (spouse[g] >= 2 or not (x.first and given_name_firm(x.first))):
                # the text outweighs a name's usual sex ("Camille … he"); a name of one sex only by "X's wife"
                # said twice: a nurse called Emma amid a boy's "he asked" stays a woman
                out[i] = g
    return out


SPOUSE_NOUN_AFTER = re.compile(r"[’']s\s+(?:(?:young|new|first|second|late|future|former|beloved|devoted)\s+)?"
                               r"(?P<f>husband|widower)|[’']s\s+(?:(?:young|new|first|second|late|future|former|"
                               r"beloved|devoted)\s+)?(?P<m>wife|widow)\b")


POSSESSIVE = re.compile(r"\b(?:(?P<m>his)|(?P<f>her)(?!\s+(?:the|a|an|that|to|in|on|at|with|for|from|and|but|or|of|as|by|"
                        r"into|up|down|out|away|back|again|off|over|not|if|how|what|why|when|where|who)\b)(?=\s+[a-z]))\b")


CLAUSE_STOP = re.compile(r"[,;:.!?()“‘\"—–]|\b(?:who|whom|whose|which|that|and|but|or)\b")  # where a clause's subject
# stops reaching a possessive


def _possessive_in_clause(m: Mention, text: str, starts: list) -> str | None:
    """The sex a his/her gives the subject named just before it in its clause, with no other name, comma,
    quotation or kin word between ("Lucile wrote to her mother" → f; not "X told her that …", an object)."""
    end = min(len(text), m.end + 80)
    stop = CLAUSE_STOP.search(text, m.end, end)
    hit = POSSESSIVE.search(text, m.end, stop.start() if stop else end)
    if hit is None or re.search(rf"\b{KIN_WORDS}\b", text[m.end:hit.start()]):
        return None
    k = bisect.bisect_right(starts, m.start)
    if k < len(starts) and starts[k] < hit.start():
        return None  # another name between
    return "m" if hit.group("m") else "f"


def _spouse_noun_after(m: Mention, text: str) -> str | None:
    """'m' for "X's wife"/"X's widow", 'f' for "X's husband"/"X's widower": the sex a spouse noun gives
    the possessor (one vote)."""
    hit = SPOUSE_NOUN_AFTER.match(text, m.end)
    if hit is None:
        return None
    return "f" if hit.group("f") else "m"


def _pronoun_in_next_sentence(m: Mention, text: str, owner: list, starts: list) -> str | None:
    """The gender of the first he/she after ``m`` in its sentence or the next one in the paragraph, if
    nothing between could take it (another person not known to be of the other gender, a kin word, a
    quotation)."""
    limit = m.end
    for _ in range(2):  # this sentence, then the next
        stop = SENTENCE_STOP.search(text, limit, limit + 600)
        hit = NEXT_SENTENCE_PRONOUN.search(text, m.end, stop.start() + 1 if stop else len(text))
        if hit and not _opens_clause(text, hit.start(), limit if limit > m.end else None):
            return None  # "Tacitus says that she …": the one he writes of
        if hit:
            between = text[m.end:hit.start()]
            if _QUOTE_OPEN.search(between) or re.search(rf"\b{KIN_WORDS}\b", between):
                return None
            g = "m" if hit.group("m") else "f"
            for k in range(bisect.bisect_left(starts, m.end), bisect.bisect_left(starts, hit.start())):
                if owner[k][2] != ("f" if g == "m" else "m"):
                    return None
            return g
        if stop is None or stop.group("para"):
            return None
        limit = stop.end()
    return None


def _opens_clause(text: str, at: int, sentence_start: int | None) -> bool:
    """A he/she that opens the next sentence (within its first five words) or a clause joined to the
    name's own by "and"/"but"; not one after "that" or a relative word."""
    if sentence_start is not None:
        return len(text[sentence_start:at].split()) <= 5 and not re.search(r"\b(?:that|who|whom|whose|which)\b", text[sentence_start:at])
    return bool(re.search(r"(?:,|\band|\bbut|;)\s+$", text[max(0, at - 6):at])) and \
        not re.search(r"\bthat\s+$", text[max(0, at - 6):at])


SENTENCE_STOP = re.compile(r"[.!?][’”\"')]*[ \t]+(?=[A-Z“‘\"])|(?P<para>\n[ \t]*\n)")


SPOUSE_BEFORE = re.compile(r"(?:\b(?P<pron>[Hh]is|[Hh]er)|\b(?P<name>[A-Z][\w-]+)[’']s)\s+(?:(?:young|new|first|second|"
                           r"late|future|former|common-law)\s+)?(?:wife|husband)\s*,?\s*$")


def _named_before_in_sentence(text: str, pos: int, mentions: list[Mention]) -> str | None:
    """The surname of the person named last before ``pos`` in its sentence (whose "his" it is)."""
    before = [x for x in mentions if x.end <= pos and pos - x.end < 200 and not re.search(r"[.!?]\s", text[x.end:pos])]
    last = max(before, key=lambda x: x.start, default=None)
    return _words(last)[-1] if last is not None and _words(last) else None


def surnames_in_sentence(text: str, m: Mention, mentions: list[Mention]) -> set[str]:
    """The surnames of the people named in full before ``m`` in its sentence ("William and Dauphin Thompson,
    brothers of Henry": {"thompson"})."""
    start = _sentence_start(text, m.start)
    return {_words(x)[-1] for x in mentions if start <= x.start and x.end <= m.start and len(_words(x)) > 1}


def _family_namesake(ids: list[Identity], m: Mention, text: str, mentions: list[Mention], named) -> Identity | None:
    """Of several people sharing the bare first name ``m``, the one whose surname its sentence names before it
    ("William and Dauphin Thompson, brothers of Henry": Henry Thompson, not the Henry named last), unless
    one of them is named in that sentence already (then that one is meant)."""
    start = _sentence_start(text, m.start)
    cands = [i for i in ids if named(i)]
    if len(cands) < 2 or any(start <= p < m.start for i in cands for p in i.positions):
        return None
    family = surnames_in_sentence(text, m, mentions)
    kin = [i for i in cands if i.surname is not None and any(same_surname(i.surname, s) for s in family)]
    return kin[0] if len(kin) == 1 else None


def _spouse_of(m: Mention, text: str, mentions: list[Mention]) -> str | None:
    """The surname of whose spouse a bare first name is said to be: "Kamenev, who had lived there with
    his wife Olga" → kamenev (the person named last before "his" in the sentence), "Lenin's wife
    Nadezhda" → lenin."""
    hit = SPOUSE_BEFORE.search(text, max(0, m.start - 60), m.start)
    if hit is None:
        return None
    if hit.group("name"):
        return hit.group("name").lower()
    return _named_before_in_sentence(text, hit.start(), mentions)


def _same_family(a: str, b: str) -> bool:
    """'kameneva' and 'kamenev', 'ulyanova' and 'ulyanov': one surname in its two genders."""
    a, b = a.lower(), b.lower()
    return same_surname(a, b) or a.rstrip("a") == b.rstrip("a") or a in (b + "a", b + "aya") or b in (a + "a", a + "aya")


_SENTENCE_END = re.compile(r"[.!?][’'”\")]?\d{0,3}\s")


def _married(text: str, ident: "Identity", spouse: str) -> bool:
    """Whether the text tells ``ident`` (by a full name) married to the person called ``spouse``:
    "Lenin married Nadezhda Krupskaya", "Krupskaya, Lenin's wife"."""
    for x in ident.mentions:
        if len(_words(x)) < 2:
            continue
        lo = max([0] + [e.end() for e in _SENTENCE_END.finditer(text, max(0, x.start - 300), x.start)])
        hi = next((e.start() + 1 for e in _SENTENCE_END.finditer(text, x.end, x.end + 300)), x.end + 300)
        near = text[lo:hi]  # the sentence that names them
        if re.search(rf"\b{re.escape(spouse)}", near, re.I) and re.search(r"marri|marry|wife|husband|widow|bride|wedding", near, re.I):
            return True
    return False


MARRIED_TITLES = {"mrs", "madame", "mme", "frau", "senora", "signora"}
UNMARRIED_TITLES = {"miss", "mademoiselle", "mlle", "fraulein", "senorita", "signorina"}


# what lies between a person's name and another name for the same person: "Ordzhonikidze, whom
# everyone called Sergo", "Dzhugashvili, known as Koba", "Dzhugashvili (Koba)", "Bronstein, alias Trotsky",
# "Brunetti, the Roman carter whom the city knew as Ciceruacchio" (a description before the relative),
# "Culiolo, whose real name was …" the other way round, "Ulyanov (real name …)", "Bronstein, who had adopted
# the pseudonym Trotsky", "Helphand, known to the whole movement as Parvus", "Zinoviev, born Radomyslsky"
PEN_NAME = r"(?:pen[- ]name|pseudonym|nom\s+de\s+(?:plume|guerre)|party\s+name|alias|nickname|sobriquet)"
NAME_EQUATION = re.compile(
    r"(?:(?:,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){1,6}?|,?\s+)"
    r"(?:whom\s+(?:[\w’'-]+\s+){0,3}?(?:called|nicknamed|dubbed|knew\s+as|named)"
    r"|who\s+(?:was|is|were|had\s+been|came\s+to\s+be)\s+(?:(?:also|later|then|generally|widely|universally|better)\s+)?"
    r"(?:called|nicknamed|dubbed|known\s+as|named)"
    r"|who\s+(?:had\s+)?(?:took|taken|adopted|assumed|used|chose|chosen)\s+the\s+(?:name|" + PEN_NAME + r")(?:\s+of)?"
    r"|who\s+(?:wrote|worked|lived|travelled|traveled|went|signed|published)\s+(?:\w+\s+)?under\s+the\s+"
    r"(?:name|" + PEN_NAME + r")(?:\s+of)?)"
    r"|,\s+whose\s+(?:real|true|original|birth|family|proper|own)\s+name\s+(?:was|is|had\s+been)"
    r"|,\s+(?:(?:also|later|then|popularly|better|generally|widely)\s+)?(?:called|nicknamed|dubbed|alias|a\.k\.a\."
    r"|known\s+(?:to\s+(?:[\w’'-]+\s+){1,4}?)?as|born|née|né)"
    r")\s+[“\"‘']?(?:[A-Z][a-z]+-)?"  # (a name cut after its hyphen: "born Ovsei-|Gershon Radomyslsky")
    r"|\s*\(\s*(?:(?:known\s+as|alias|called|nicknamed|later|née|né|born|real\s+name)\s+)?[“\"‘']?")


def join_equated_names(people: list[Identity], text: str) -> list[Identity]:
    """Merge the identities of two person names the text equates ("X, whom everyone called Y",
    "X, known as Y", "X (Y)"), unless their genders differ. ``text`` is what the mention offsets index."""
    owner = {id(m): ident for ident in people for m in ident.mentions}
    ms = sorted((m for ident in people for m in ident.mentions), key=lambda m: m.start)
    for a, b in zip(ms, ms[1:]):
        gap = text[a.end:b.start]
        if len(gap) > 80 or "\n\n" in gap or not NAME_EQUATION.fullmatch(gap):
            continue
        if gap.rstrip(" “\"‘'").endswith("(") and not re.match(r"[”\"’']?\s*\)", text[b.end:b.end + 3]):
            continue  # "Lenin (with Zinoviev)": only a name alone in the brackets
        _merge_people(people, owner, owner[id(a)], owner[id(b)])
    for a, b in zip(ms, ms[1:]):  # "his men named Makhno ‘Batko’"; "Careless – or Carlis, as he signed himself"
        if NAMED_THUS.search(text, max(0, a.start - 20), a.start) and QUOTE_OPENS.fullmatch(text, a.end, b.start) or \
                OR_ALIAS.fullmatch(text, a.end, b.start) and SIGNED_AS.match(text, b.end):
            _merge_people(people, owner, owner[id(a)], owner[id(b)])
    for a, b in zip(ms, ms[1:]):  # "Caulaincourt, Duke of Vicenza", "the Lieutenant-General, Oliver Cromwell"
        if _styled_only(a) != _styled_only(b) and TITLE_APPOSED.fullmatch(text, a.end, b.start) and \
                not LIST_GOES_ON.match(text, b.end) and not LIST_BEFORE.search(text, max(0, a.start - 40), a.start):
            _merge_people(people, owner, owner[id(a)], owner[id(b)])
    for a, b in zip(ms, ms[1:]):  # "the other Elena in the building, Elena Rozmirovich": she, named in full
        wa, wb = _words(a), _words(b)
        if len(wa) == 1 and len(wb) > 1 and first_name_key(wa[0]) == first_name_key(wb[0]) and \
                not owner[id(a)].full_names and FIRST_NAME_APPOSED.fullmatch(text, a.end, b.start):
            _merge_people(people, owner, owner[id(b)], owner[id(a)])
    for a, b in zip(ms, ms[1:]):  # "the other Grigory, Zinoviev"; "another Grigory, the young Sokolnikov"
        wa, wb = _words(a), _words(b)
        if a.cues.get("another") and len(wa) == 1 and wb and ANOTHER_APPOSED.fullmatch(text, a.end, b.start) and (
                len(wb) > 1 and first_name_key(wa[0]) == first_name_key(wb[0]) or
                len(wb) == 1 and not _given(wb[0])) and not LIST_GOES_ON.match(text, b.end):
            _merge_people(people, owner, owner[id(b)], owner[id(a)])
    for m in ms:  # "carrying a passport in the name of Anna Kell", "he went by the name of Ivan Petrov"
        holder = _cover_name_holder(m, text, ms, owner)
        if holder is not None:
            m.cues["cover_name"] = True  # (not the name the record goes by)
            _merge_people(people, owner, holder, owner[id(m)])
    for m in ms:
        bearer = _pen_name_bearer(m, text, ms)
        if bearer is not None:
            _merge_people(people, owner, owner[id(bearer)], owner[id(m)])
    for m in ms:
        signer = _self_namer(m, text, ms, owner)
        if signer is not None and signer is not owner[id(m)] and len(owner[id(m)].mentions) > 1:
            owner[id(m)].mentions.remove(m)  # "he wired his wife, signing himself only ‘Lev’": the man who
            signer.mentions.append(m)        # signs, not the son named Lev after him just before
            signer.mentions.sort(key=lambda x: x.start)
            owner[id(m)] = signer
    return people


# a name a person travels, lodges or is recorded under: "a passport (made out) in the name of", "under the
# (assumed) name of", "went by the name of", "was known as"
COVER_NAME = re.compile(
    r"(?:\b(?:passport|papers|documents|identity\s+card|permit|visa|ticket)\b[^.;:]{0,40}?\b(?:in|under)"
    r"|\b(?:under|by)(?=\s+(?:the|a)\s+(?:\w+\s+)?name))"
    r"\s+(?:the|a)\s+(?:(?:false|assumed|borrowed|new|cover|different|fictitious)\s+)?names?(?:\s+of)?\s+[‘'“\"]?$"
    r"|\b(?:was|were|is|had\s+been|became)\s+(?:(?:also|then|now|generally|widely|better|already)\s+)?known\s+as\s+[‘'“\"]?$"
    r"|\b(?:was|had\s+been)\s+born\s+$"  # "He had been born Meer Wallach": the name he had before his own
    r"|\b(?:was|is|were|had\s+been)\s+(?:simply|merely|plain|just)\s+[‘'“\"]?$")  # "to the concierge she was simply Madame X"
SUBJECT_PRONOUN = re.compile(r"\b(?:(?P<m>[Hh]e|him)|(?P<f>[Ss]he|her))\b(?!\s*[a-z]*[’']s\b)")
COVER_WINDOW = 2000  # characters: whose "he" it is, among the people named this close before


def _cover_name_holder(m: Mention, text: str, ms: list[Mention], owner: dict) -> Identity | None:
    """Whose cover name ``m`` is, when a passport or a record gives it ("Kell left Vienna carrying a
    passport in the name of Anna Brandt"; "he had crossed the border under the name of Ivan Petrov";
    "Boris, who had dropped the family name and was known as Orlov"): the person the clause is about,
    read as the last of the names and he/she pronouns before the cue in its sentence (a name before
    ", who" when the cue is in its relative clause); a pronoun names the person of its sex named most
    often in the text so far, among those named within :data:`COVER_WINDOW` characters before."""
    cue = COVER_NAME.search(text, max(0, m.start - 160), m.start)
    if cue is not None and cue.end() == m.start:
        at = cue.start()
    elif len(_words(m)) == 1 and PEN_NAME_AFTER.match(text, m.end + bool(re.match(r"[’'”\"]", text[m.end:m.end + 1]))) \
            and re.search(r"\b(?:under|as)\s+[‘'“\"]$", text[max(0, m.start - 8):m.start]):
        at = m.start  # "the minutes record him under ‘Jan’, the alias he had used since 1900"
    else:
        return None
    start = _sentence_start(text, at)
    who = list(re.finditer(r",\s+who\b", text[start:at]))
    if who:
        at = start + who[-1].start()
        named = [x for x in ms if x.end == at]
        return owner[id(named[0])] if named and owner[id(named[0])] is not owner[id(m)] else None
    named = [x for x in ms if start <= x.start and x.end <= at and owner[id(x)] is not owner[id(m)]
             and not re.match(r"[’']s\b", text[x.end:x.end + 2])]  # (not "with Sverdlov's help")
    pron = list(SUBJECT_PRONOUN.finditer(text, start, at))
    if pron and (not named or pron[-1].start() > named[-1].end):
        sex = "m" if pron[-1].group("m") else "f"
        told = [x for x in named if owner[id(x)].gender() == sex and len(_words(x)) > 1]
        if told:  # "Rosalia Markovna followed …; to the concierge she was simply Madame X": the one named in full
            return owner[id(told[-1])]  # before the pronoun in its sentence
        seen = Counter(id(owner[id(x)]) for x in ms if x.start < start)
        near = {id(owner[id(x)]): owner[id(x)] for x in ms if start - COVER_WINDOW <= x.start < start}
        cands = [i for i in near.values() if i is not owner[id(m)] and i.gender() == sex]
        return max(cands, key=lambda i: (seen[id(i)], -min(i.positions)), default=None)
    return owner[id(named[-1])] if named else None


NAMED_THUS = re.compile(r"\b(?:named|called|dubbed|nicknamed|christened|styled)\s+$")  # "… named Makhno ‘Batko’"
QUOTE_OPENS = re.compile(r"\s+[‘“\"']")
OR_ALIAS = re.compile(r"\s*(?:[–—,]|--)?\s*or\s+[‘“\"']?")  # "William Careless – or Carlis, as he signed himself"
SIGNED_AS = re.compile(r"[’”\"']?\s*,?\s+as\s+(?:he|she)\s+(?:[a-z]+\s+)?(?:signed|called|styled|spelt|spelled|wrote|named)"
                       r"\s+(?:himself|herself)\b")
TITLE_APPOSED = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?")
LIST_GOES_ON = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|and[ \t]+|or[ \t]+)(?:the[ \t]+)?[A-Z]")  # "…, Blücher and"
LIST_BEFORE = re.compile(r"[A-Z][\w’'-]*[ \t]*,[ \t]*(?:the[ \t]+)?$")  # "Blücher, the Duke of …"


def _styled_only(m: Mention) -> bool:
    """A person named by a style alone: "Duke of Vicenza", "the Lieutenant-General" (no name of their own)."""
    title = m.cues.get("title") or ""
    rest = m.name[len(title):] if title and m.name.lower().startswith(title.lower()) else None
    return rest is not None and (rest == "" or rest.startswith("-") and " " not in rest or rest.startswith(" of "))


ANOTHER_APPOSED = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?(?:[a-z]+[ \t]+){0,2}")  # "another Grigory, the young X"
FIRST_NAME_APPOSED = re.compile(r"(?:\s+(?:[a-z]+\s+){0,4}?[a-z]+)?\s*,\s*")


def _merge_people(people: list[Identity], owner: dict, x: Identity, y: Identity) -> None:
    """Fold ``y`` into ``x`` unless they are one already or a man and a woman."""
    if x is y or {x.gender(), y.gender()} == {"m", "f"}:
        return
    x.mentions.extend(y.mentions)
    x.mentions.sort(key=lambda m: m.start)
    x.full_names |= y.full_names
    for m in y.mentions:
        owner[id(m)] = x
    people.remove(y)


PEN_NAME_AFTER = re.compile(rf"\s*(?:[–—(]|--|,)\s*(?:the|a|an|his|her|their)\s+(?:own\s+|new\s+|chosen\s+)?{PEN_NAME}"
                            r"(?P<of>\s+(?:of|for)\s+)?")


def _sentence_start(text: str, pos: int) -> int:
    return max([0] + [e.end() for e in _SENTENCE_END.finditer(text, max(0, pos - 600), pos)])


def _pen_name_bearer(m: Mention, text: str, ms: list[Mention]) -> Mention | None:
    """The full-name mention of the person whose pen-name (pseudonym, party name, nickname) ``m`` is
    said to be by an apposition after it: "Trotsky – the pen-name had by now displaced the family
    one –" is the person named in full as the subject of the sentence before ("Lev Davidovich
    Bronstein, who …"), or earlier in its own; "Parvus, the pseudonym of Alexander Helphand" the
    name after "of"."""
    hit = PEN_NAME_AFTER.match(text, m.end)
    if hit is None or len(_words(m)) != 1:
        return None
    if hit.group("of"):
        return next((x for x in ms if x.start == hit.end()), None)
    here = _sentence_start(text, m.start)
    before = _sentence_start(text, here - 1) if here else 0
    full = lambda x: len(_words(x)) > 1 and _words(x)[-1] != _words(m)[0]  # noqa: E731
    same = [x for x in ms if here <= x.start < m.start and full(x)]
    prev = [x for x in ms if before <= x.start < here and full(x)]
    return (same or prev or [None])[0]


SELF_NAMING = re.compile(r"\b(?:sign(?:ing|ed|s)?|call(?:ing|ed|s)?|styl(?:ing|ed|es)|introduc(?:ing|ed|es)|"
                         r"announc(?:ing|ed|es)|nam(?:ing|ed|es))\s+(?P<self>himself|herself)\s+(?:only\s+|simply\s+|"
                         r"just\s+|merely\s+)?(?:as\s+)?[‘'“\"]?$")


def _self_namer(m: Mention, text: str, ms: list[Mention], owner: dict) -> Identity | None:
    """Who names himself (herself) ``m``: "he wired his wife, signing himself only ‘Lev’" is the
    person of that sex named last before it in its paragraph (the subject the reflexive points back
    to), when a full name of that person has ``m`` as its first name."""
    hit = SELF_NAMING.search(text, max(0, m.start - 60), m.start)
    if hit is None or len(_words(m)) != 1:
        return None
    sex = "m" if hit.group("self") == "himself" else "f"
    lo = max(text.rfind("\n", 0, m.start) + 1, m.start - 1500)  # in its paragraph
    for x in sorted((x for x in ms if lo <= x.start < hit.start()), key=lambda x: -x.start):
        ident = owner[id(x)]
        if ident.gender() not in (sex, "unknown"):
            continue
        firsts = {name_key(y.name).split(" ")[0] for y in ident.mentions if len(_words(y)) > 1}
        if any(_first_compatible(f, _words(m)[0]) for f in firsts):
            return ident
        return None
    return None


def _marital(m: Mention) -> str | None:
    """'married' for Mrs./Madame, 'unmarried' for Miss/Mademoiselle: two women, not one."""
    t = (m.cues.get("title") or "").lower().rstrip(".")
    return "married" if t in MARRIED_TITLES else "unmarried" if t in UNMARRIED_TITLES else None


def mention_gender(m: Mention) -> str | None:
    """'m' or 'f' when the mention's title says so ("Mrs. Read", "Prince Lvov")."""
    t = m.cues.get("title")
    return title_gender(t) if t else None


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """One spelling for the transliterations of a surname: 'Dostoyevsky', 'Dostoevski' and
    'Dostoevskii' -> 'dostoevsky'; 'Kameniev' -> 'kamenev'; 'Trotzky' -> 'trotsky'; 'Tchernov' ->
    'chernov'; 'Romanoff' -> 'romanov'; accents dropped ('Vācietis' -> 'vacietis')."""
    s = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    s = re.sub(r"(?<=[aeiou])[yj](?=[aeiou])", "", s)  # Dostoyevsky
    s = re.sub(r"(?<=[bcdfghklmnprstvz])ie(?=v)", "e", s)  # Kameniev, Zinoviev -> Zinovev
    s = s.replace("tz", "ts").replace("tch", "ch")
    s = re.sub(r"off$", "ov", s)
    s = re.sub(r"(?:iy|ii|ij|yi|i)$", "y", s)
    return s


def same_surname(a: str | None, b: str | None) -> bool:
    """The same surname, however transliterated (see :func:`translit_key`); regnal and epithet
    names ("orodes ii", "peter the great") compare as they are."""
    if a is None or b is None:
        return False
    return a == b or (" " not in a and " " not in b and len(a) > 4 and translit_key(a) == translit_key(b))


def _regnal(word: str) -> bool:
    """'II', 'xiv', 'I.': a regnal number."""
    return bool(_ROMAN.match(word.rstrip(".").upper()))


def _surname_key(w: list[str]) -> str:
    """What a full name shares with its short forms: the surname ("Stolypin"); the whole name of
    "Peter the Great"; the name and number of "Orodes II" (not every "II" of the text)."""
    if "the" in w[1:] or territorial(w):
        return " ".join(w)
    if _regnal(w[-1]):
        return " ".join(w[-2:])
    return w[-1]


_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){1,3}$|^[A-Z]{2,3}$")  # "F.M.", "V. I.", "FM"


def _match_full(ids: list[Identity], w: list[str], first_word: str = "",
                alone: set[str] | frozenset[str] = frozenset()) -> Identity | None:
    full = " ".join(w)
    for ident in ids:
        if full in ident.full_names:
            return ident
    key = _surname_key(w)
    initials = bool(_INITIALS.match(first_word))  # "F.M. Dostoevsky" is Fyodor, not his father Mikhail
    for ident in reversed(ids):
        if same_surname(ident.surname, key) and ident.first and (
                _first_compatible(name_key(ident.first), w[0]) or
                initials and name_key(ident.first)[:1] == w[0][:1] and not _INITIALS.match(ident.first)):
            return ident
    if len(w) > 2 and _regnal(w[-1]):  # "Frederick Wilhelm IV" is "Frederick William IV" ("Tiberius Julius
        for ident in reversed(ids):   # Cotys II" is not "Tiberius Julius Sauromates II")
            for full in ident.full_names:
                f = full.split(" ")
                if len(f) == len(w) and f[-1] == w[-1] and f[:-2] == w[:-2] and f[-2][:3] == w[-2][:3]:
                    return ident
    if len(w) == 2 and len(w[0]) > 2 and not given_name_gender(w[0].capitalize()) and not initials \
            and not _regnal(w[1]) and w[0] not in alone:  # "Hasdrubal Barca", whose "Hasdrubal" the text uses alone
        for ident in reversed(ids):  # "Judas Trotsky", "Citizen Capet": an epithet, not a first name
            if same_surname(ident.surname, w[-1]):  # (not "FM Dostoevsky", initials)
                return ident
    return None


def _first_compatible(a: str, b: str) -> bool:
    a, b = a.rstrip("."), b.rstrip(".")
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)) \
        or first_name_key(a) == first_name_key(b)


def _given(word: str) -> bool:
    return bool(given_name_gender(word.capitalize())) or first_name_key(word) != word.lower()


_FATHERS = re.compile(r"(.+?)(ovich|ovitch|ovna|yevich|ievich|evich|evitch|yevna|ievna|evna|inichna|ichna|ich)$")


def father_name(word: str) -> str | None:
    """The given name a patronymic is made from ('Mikhailovich' -> 'mikhail', 'Ilyich' -> 'ilya',
    'Pavlovna' -> 'pavel', 'Sergeyevich' -> 'sergey'), or None for a surname of that shape
    ('Grigorovich', 'Yudenich', 'Avrich'): "Dmitry Grigorovich" is a full name."""
    m = _FATHERS.match(word.lower())
    if not m:
        return None
    stem, suf = m.groups()
    if suf.startswith("o"):  # Ivan-ovich, Pavl-ovich (Pavel), Mikhayl-ovich; Grigory's is Grigoryevich
        if {stem + "y", stem + "i"} & _given_name_forms().keys():
            return None  # (a surname)
        cands = [stem, stem[:-1] + "e" + stem[-1], stem.replace("y", "i")]
    elif suf in ("ich", "ichna", "inichna"):  # Ily-ich (Ilya), Nikit-ich (Nikita)
        cands = [stem + "a", stem + "ya", stem[:-1] + "ya", stem]
    else:  # Sergey-evich, Grigor-yevich (Grigory), Dmitri-evna, Yakovl-evich
        cands = [stem, stem + "y", stem + "i", stem[:-1] if stem.endswith("l") else stem]
    cands += [c[:-1] for c in cands if len(c) > 3 and c[-1] == c[-2]]  # Filipp-ovich
    return next((c for c in cands if len(c) > 2 and _given(c)), None)


def patronymic_shape(word: str) -> str | None:
    """'sure' for a patronymic of a known given name ('Mikhailovich'), 'maybe' for one of an
    unknown name ('Vissarionovich', 'Frolovna'), None for a surname ('Grigorovich', 'Yudenich')."""
    if not is_patronymic(word):
        return None
    if father_name(word):
        return "sure"
    w = word.lower()
    stem = _FATHERS.match(w).group(1) if _FATHERS.match(w) else w
    if not w.endswith(("vich", "vitch", "vna", "ichna")) or {stem + "y", stem + "i"} & _given_name_forms().keys():
        return None
    return "maybe"


def _surname_said_alone(second: str, alone: set[str]) -> bool:
    """'Abramovich' of "Rafail Abramovich ... Abramovich denied it": a word of a patronymic's shape that the
    text also uses alone for someone is a surname; an -ovich/-evich patronymic is said only after its first
    name (the short "Ilyich", "Kuzmich" stand alone as a familiar address, and stay patronymics)."""
    return second in alone and second.endswith(("vich", "vitch"))


def _first_and_patronymic(first: str, second: str) -> bool:
    """'Nadezhda Konstantinovna', 'Yakov Mikhailovich': a given name and a patronymic of its sex; a
    woman's given name before a man's form ("Elena Rozmirovich") or a man's before a woman's is a
    first name and surname, and so is a double name ("Vladimir Bonch-Bruevich": no patronymic has a hyphen)."""
    if not patronymic_shape(second) or "-" in second:
        return False
    sex = given_name_gender(first)
    masculine = not second.lower().endswith(("vna", "ichna", "inichna"))
    return not (sex == "f" and masculine or sex == "m" and not masculine)


PATRONYMIC_WINDOW = 1500  # characters: "Joseph Vissarionovich" is the Joseph named this close before


def _pronouns_against(ident: Identity, sex: str, text: str, starts: list[int]) -> bool:
    """Whether the he/she readings after an identity's mentions call it the other sex more often than ``sex``."""
    votes = Counter(_pronoun_sex_after(x, text, starts) for x in ident.mentions)
    return votes["f" if sex == "m" else "m"] > votes[sex]


def _patronymic_bearer(ids: list[Identity], m: Mention, first: str, patronymic: str, fits, text: str,
                       said: dict[str, str] | None = None) -> Identity | None:
    """Whom a first name and patronymic ("Vladimir Ilyich", "Nadezhda Konstantinovna") names when no one of
    that first name was named close before it. A Russian text calls a person so whom it otherwise calls by
    surname, so: the only person of that first name in the document ("Nadezhda Konstantinovna ... Nadezhda
    Krupskaya" named pages later), unless the form is styled ("Grand Duke Alexander Mikhailovich" is no
    minister Alexander Guchkov); and when the document names no one of that first name, the person named by
    surname alone just before it, of the patronymic's sex ("Lenin's instructions ... where Vladimir Ilyich
    had taken rooms"; "Kutuzov ... was waiting at Krasnoi. Mikhail Illarionovich, who ...")."""
    key = first_name_key(first)
    feminine = patronymic.endswith(("vna", "ichna", "inichna"))
    sex = "f" if feminine else "m"
    other = lambda i: bool(_patronymics(i)) and patronymic not in _patronymics(i)  # noqa: E731
    named = [i for i in ids if i.first is not None and first_name_key(name_key(i.first)) == key and not other(i)]
    if named:  # (one with another patronymic is someone else: "Mikhail Andreyevich" after "Mikhail Illarionovich")
        ok = [i for i in named if fits(i) and i.gender() in ("unknown", sex)]
        if len(named) == 1 and ok and patronymic_shape(patronymic) == "sure" and not _style(m) and not (
                text and any(_kin_described(text, x) for x in [m, *ok[0].mentions])):
            return ok[0]  # (not "her sister-in-law Anna Konstantinovna … Anna Elizarova, Lenin's sister": two
        return None       # relatives, each introduced as one)
    if m.cues.get("kin") or (text and _kin_described(text, m)):
        return None  # "Ivan Gavrilovich, his father": a relative the text brings in, no one named before
    lo = m.start - PATRONYMIC_WINDOW
    starts = sorted(x.start for i in ids for x in i.mentions)
    cands = [(max(p for p in i.positions if lo <= p < m.start), n) for n, i in enumerate(ids)
             if i.first is None and i.surname is not None and any(lo <= p < m.start for p in i.positions)
             and i.gender() in ("unknown", sex) and (said or {}).get(i.surname, sex) == sex
             and not (text and i.gender() == "unknown" and _pronouns_against(i, sex, text, starts))]
    # (not Lenin, who speaks to her: "‘…, Alexandra Mikhailovna,’ he"; nor a man the pronouns after his name call one)
    if not cands:
        return None
    at, n = max(cands)
    best = ids[n]  # the surname named last before it
    if not fits(best) or other(best) or given_name_gender(best.surname.capitalize()) or \
            any(x.cues.get("plural") for x in best.mentions):
        return None  # (not "Napoleon", a first name; not "the Ulyanovs", a family)
    last = next(x for x in best.mentions if x.start == at)
    head = last.cues.get("conj")
    if head is not None and any(y is not last and (y.cues.get("conj") == head or y.start == head)
                                for i in ids for y in i.mentions):
        return None  # "he called on Lenin and Martov … Vladimir Ilyich received him": either of the two
    best.first = first
    return best


SURNAME_WINDOW = 250  # characters: a relative named this close before a bare surname may be meant by it


KIN_OF = re.compile(r"\b([A-Z][\w-]+)['’]s\s+(?:(?:elder|eldest|older|oldest|younger|youngest|little|half-|step-?)"
                    r"\s*)?(?:brother|sister|son|daughter|father|mother|uncle|aunt|cousin|nephew|niece|wife|husband|"
                    r"widow)\s*,?\s*(?:[A-Z][\w.]*\s+)?$")


def _kin_of_bare_surname(text: str, m: Mention, surname: str | None) -> bool:
    """'Harland's younger brother, Captain Edward Harland': a full name the text sets apart, as a
    relative, from whoever the bare surname names; that bare surname is someone else's."""
    if not surname or len(_words(m)) < 2:
        return False
    k = KIN_OF.search(text, max(0, m.start - 60), m.start)
    return bool(k) and same_surname(k.group(1).lower(), surname.lower())


def _surname_holder(ids: list[Identity], m: Mention, ok, prefer=None, apart=frozenset()) -> Identity | None:
    """Who a bare surname ("Bismarck") names when several people share it.

    A relative named in full just before ("His father, Karl von Bismarck, ... Bismarck's estate")
    may be meant, so an identity with a mention within :data:`SURNAME_WINDOW` characters before
    wins. Otherwise the surname is the main bearer's: the identity named most often by more than
    its surname (a full name, or its title and first name: "Sir William Keith", "Sir William"),
    ties to the one named first; not whoever was named last: a biography names the father
    once in full and its subject by surname for pages after."""
    cands = [i for i in ids if ok(i)]
    if any(id(i) not in apart for i in cands):  # not "Harland's brother, Edward Harland": the bare
        cands = [i for i in cands if id(i) not in apart]  # "Harland" is someone else
    if prefer is not None and any(prefer(i) for i in cands):  # "Kollontai ... she left him": the woman
        cands = [i for i in cands if prefer(i)]
    if len(cands) < 2:
        return cands[0] if cands else None
    near = _nearest(cands, m, lambda i: any(0 <= m.start - x.start <= SURNAME_WINDOW for x in i.mentions
                                            if len(_words(x)) > 1 or not i.full_names)
                    and not _surname_taken_before(cands, i, m))
    # (named in full, when ever so named: the bare surnames it took do not carry it on)
    if near is not None:
        return near

    def weight(i: Identity) -> tuple:
        full = [x for x in i.mentions if len(_words(x)) > 1]
        titles = {(x.cues.get("title") or "").lower() for x in full} - {""}  # "Sir William" of "Sir William Keith"
        return (len(full) + sum(1 for x in i.mentions if (x.cues.get("title") or "").lower() in titles
                                and i.first and _words(x) == [name_key(i.first)]), -min(i.positions))
    return max(cands, key=weight)


def _surname_taken_before(cands: list[Identity], ident: Identity, m: Mention) -> bool:
    """Whether the bare surname ``m`` already went to another of ``cands`` before ``ident`` was first named in
    full ("Pepys read it … Pepys wrote … His father John Pepys wept … Pepys noted": the son's, whom the text
    has called so all along, not the relative named just before)."""
    full = [x.start for x in ident.mentions if len(_words(x)) > 1]
    if not full:
        return False
    return any(i is not ident and any(x.start < min(full) and _words(x) == _words(m) for x in i.mentions)
               for i in cands)


def _salient(ids: list[Identity], m: Mention, text: str, ok) -> Identity | None:
    """Whom a bare first name names among several people of that name: the nearest (:func:`_nearest`) when
    that one is named before it in its own paragraph; from a later paragraph, the one the text has named
    most often so far, when three times as often as the nearest ("Charles Giffard" guided the king one paragraph,
    "Richard Penderel led Charles" two paragraphs on is the king, named throughout)."""
    near = _nearest(ids, m, ok)
    if near is None or not text or m.cues.get("title"):
        return near  # ("Sir William": the Sir William named last, however many Williams the text names more)
    yielded = _relative_yields(ids, m, text, ok, near)
    if yielded is not near:
        return yielded
    para = text.rfind("\n\n", 0, m.start)
    if any(para < p < m.start for p in near.positions):
        return near
    said = lambda i: sum(1 for p in i.positions if p < m.start)  # noqa: E731
    best = max((i for i in ids if ok(i)), key=lambda i: (said(i), -min(i.positions)))
    return best if said(best) >= 3 * max(1, said(near)) else near


def _called_by_surname(ident: Identity, ids: list[Identity], before: int) -> bool:
    """Whether the text has called ``ident`` by its bare surname before ``before`` ("Andreyeva", "Mr. Hall"; not
    "Maria" nor "Maria Andreyeva"), a surname no one else named bears (a bare "Penderel" is any of the brothers')."""
    return ident.surname is not None and any(
        x.start < before and len(_words(x)) == 1 and same_surname(_words(x)[0], ident.surname)
        for x in ident.mentions) and \
        not any(i is not ident and _same_family(i.surname or "", ident.surname) for i in ids)


def _never_by_surname(ident: Identity, alone: set[str]) -> bool:
    """Whether the text never calls ``ident`` by a bare surname: it has none, or no one-word person mention of the
    text (``alone``: their words) is that surname."""
    return ident.surname is None or not any(same_surname(ident.surname, x) for x in alone)


NAMESAKE_RECENT = 4000  # characters: how lately the namesake never called by surname must have been named


def _named_lately(ident: Identity, pos: int) -> bool:
    """Whether ``ident`` was named in the ``NAMESAKE_RECENT`` characters before ``pos``: the housekeeper called
    "Maria" is someone of the scene, not a novelist cited pages before ("Ann Radcliffe" for a wife's "Anna")."""
    return any(pos - NAMESAKE_RECENT <= p < pos for p in ident.positions)


def _told(text: str, pos: int) -> bool:
    """Whether ``pos`` is in the narration: not inside quotation marks nor a block quotation."""
    from .narrator import block_regions, quoted_regions

    return not any(a <= pos < b for a, b in (*quoted_regions(text), *block_regions(text)))


def _first_name_namesake(ids: list[Identity], m: Mention, text: str, alone: set[str], ok):
    """``ok`` narrowed, when a bare first name ``m`` of the narration may name several people, to those the text
    has not called by their surname alone, when one of them is never so called and named before ``m``: a writer
    who calls someone "Andreyeva" or "Trotsky" rarely switches to her or his first name, and the one called "Maria"
    or "Lev" is the housekeeper or the son. Not inside a quotation or a letter, where a wife writes "Sergei" of her
    husband. ``alone``: the words of the text's one-word person mentions."""
    cands = [i for i in ids if ok(i)]
    if len(cands) < 2 or not text or not _told(text, m.start):
        return ok
    called = [i for i in cands if _called_by_surname(i, ids, m.start)]
    if not called or not any(_never_by_surname(i, alone) and _named_lately(i, m.start)
                             for i in cands):
        return ok
    return lambda i: ok(i) and not any(i is x for x in called)


def _relative_yields(ids: list[Identity], m: Mention, text: str, ok, near: Identity) -> Identity:
    """``near``, unless it is named only as someone's blood relative ("her brother, King Alexander I") and ``m``
    is not: then the nearest other ``ok`` identity named before ``m`` in its paragraph ("Alexander fled with his
    mother … her brother, King Alexander I … Alexander returned to Macedon"), when there is one ("his brother
    Wilhelm took over … Wilhelm was seen as": the brother)."""
    if not text or not all(blood_role(text, x) for x in near.mentions) or blood_role(text, m):
        return near
    para = text.rfind("\n\n", 0, m.start)
    other = _nearest(ids, m, lambda i: ok(i) and any(para < p < m.start for p in i.positions)
                     and not all(blood_role(text, x) for x in i.mentions))
    return other if other is not None else near


def _nearest(ids: list[Identity], m: Mention, ok, where=None) -> Identity | None:
    """The compatible identity with a mention closest before ``m`` (else closest after); ``where`` gives
    the positions of the mentions that count (default: all)."""
    best, best_d = None, None
    for ident in ids:
        if not ok(ident):
            continue
        for p in (where(ident) if where else ident.positions):
            d = m.start - p if p <= m.start else (p - m.start) * 3 + 1  # prefer preceding
            if best_d is None or d < best_d:
                best, best_d = ident, d
    return best


def group_by_name(mentions: list[Mention], kind: str, surnames: frozenset[str] = frozenset()) -> list[Identity]:
    """Places and organizations: one identity per normalized name.

    Singular and plural forms share an identity ("Menshevik"/"Mensheviks"), and so does
    a name qualified by "of …" when the bare name is known ("Provisional Government of
    Kerensky" → "Provisional Government"). ``surnames`` (of the document's persons) let a
    cabinet named after its head ("the Miliukov Ministry") join the government it led.
    """
    if kind == "organization":  # "the Soviet government", "Soviet power": an adjective, no mention of a soviet
        mentions = [m for m in mentions if not (m.cues.get("label") == "ADJ" and _group_key(m) in GENERIC_HEADS)]
    keys = {_group_key(m) for m in mentions}
    groups: dict[str, Identity] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        key = _group_key(m)
        head, sep, _ = key.partition(" of ")
        if sep and " " in head and head in keys:
            key = head
        words = key.split(" ")
        if len(words) == 2 and words[1] in ("party", "faction") and words[0] in keys:
            key = words[0]  # "the Cadet party" is "the Cadets"
        groups.setdefault(key, Identity(kind)).mentions.append(m)
    if kind == "organization":
        _attach_acronyms(groups)
        _attach_syllabic(groups)
        _attach_bare_heads(groups)
        _attach_shortened_names(groups)
        _attach_national_short_forms(groups)
        _attach_cabinets(groups, surnames)
        for key in [k for k in groups if k in GENERIC_HEADS]:
            if key in NATIVE_BODIES and (sum(_is_plural(m.name) for m in groups[key].mentions) >= 2 or
                                         any(m.cues.get("the") for m in groups[key].mentions)):
                continue  # "the Soviets", "the Zemstvos": the whole system of such bodies; "the Soviet took power",
                # "the Duma": a native body's noun standing alone is its name, the one such body of the story (not "the
                # First House of Soviets", no "the" before the noun)
            if key in STANDING_FORCES:
                continue  # "the Army", "the Fleet": the country's forces, named without a full name
            if any(m.cues.get("bare_body") for m in groups[key].mentions):
                continue  # "sat on the presidium", "a presidium of three": read as the body in lower case
            del groups[key]  # "the Order", "the Committee" with no full name: not an identity
    if kind == "place":
        _attach_elided_buildings(groups)
    return list(groups.values())


# a lower-case noun after a settlement's name that makes another place of it: "Arkhangelsk province" (the
# province, not its town), "the Cracow station", "the Onega wharf" (a building or quarter standing in the town).
# Not "town"/"city" ("Onega town" is Onega), nor a natural feature the bare name often means itself ("the Neva
# river" and "the Neva"), nor "road" ("the London road" leads to London: a mention of London).
DISTINCT_PLACE_HEADS = {
    "province", "district", "county", "oblast", "guberniya", "gubernia", "uyezd", "quarter", "station", "terminus",
    "wharf", "wharves", "quay", "pier", "jetty", "dock", "docks", "dockyard", "shipyard", "arsenal", "harbour", "harbor",
    "platform", "square", "prospekt", "embankment", "bridge", "gate", "gates", "prison", "fortress", "barracks",
    "cathedral", "monastery", "abbey", "market", "cemetery", "citadel", "kremlin"}
INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Aa]ny)\s+$")
PLACE_HEAD_AFTER = re.compile(r"[ \t]+([a-z]+)(?![\w’'-])")
KNOWN_PLACE = 0.3  # the gazetteer's prior of a name surely a place ("Cracow" 0.44; "Kresty" 0.09, "Peski" 0.17)


def short_name_apposed(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``b`` stands in apposition right after ``a`` as the short name it goes by ("…Sabotage, the Cheka,
    and …"): not in a list ("the Council of State, the Senate and the Synod"), nor the first word of a longer
    name ("the Foreign Office of Wilhelm II, German Emperor")."""
    return bool(TITLE_APPOSED.fullmatch(text, a.end, b.start)) and not re.match(r"[ \t]+[A-Z]", text[b.end:b.end + 2]) \
        and not LIST_GOES_ON.match(text, b.end) and not LIST_BEFORE.search(text, max(0, a.start - 40), a.start)


def join_introduced_short_names(bodies: list[Identity], text: str) -> list[Identity]:
    """A body's full name given once and the one-word name it goes by after it, introduced in apposition ("the
    All-Russian Extraordinary Commission for Combating Counter-Revolution and Sabotage, the Cheka, and appointed
    him its chairman … the Cheka"; "the German Independent Social Democrats, the USPD"): one body, when the short
    name is first used there and the long one only there, and no list goes on around them ("the Council of State, the Senate and the Synod")."""
    owner = {id(m): ident for ident in bodies for m in ident.mentions}
    ms = sorted((m for ident in bodies for m in ident.mentions), key=lambda m: m.start)
    for a, b in zip(ms, ms[1:]):
        long, short = owner[id(a)], owner[id(b)]
        if long is short or len(a.text.split()) < 3 or len(b.text.split()) != 1 or len(long.mentions) != 1 \
                or short.mentions[0] is not b:
            continue
        if short_name_apposed(text, a, b):
            short.mentions = sorted(short.mentions + long.mentions, key=lambda m: m.start)
            bodies.remove(long)
            owner[id(a)] = short
    return bodies


def split_place_heads(mentions: list[Mention], text: str, org_heads: frozenset[str] = frozenset(),
                      place_prior=lambda name: 0.0) -> list[Mention]:
    """'in Arkhangelsk province', 'at the Onega wharf', 'arrived at the Cracow station': a place name
    followed by a lower-case place noun of :data:`DISTINCT_PLACE_HEADS` is a mention of that other place,
    spanning the noun (so it makes its own identity and names no mention of the town), unless the noun
    heads a body's name ("the Moscow district committee"). Only a name the gazetteer knows as a place
    (``place_prior`` at least :data:`KNOWN_PLACE`) names a town apart from the noun: "the Kresty prison" …
    "in the Kresty", "the Peski district" are the building's or the quarter's own name, one place as written."""
    out = []
    for m in mentions:
        tail = PLACE_HEAD_AFTER.match(text, m.end)
        if tail is None or tail.group(1) not in DISTINCT_PLACE_HEADS or re.search(r"[’']s?$", m.text) \
                or place_prior(clean_name(m.text)) < KNOWN_PLACE or INDEFINITE_BEFORE.search(text, max(0, m.start - 12), m.start):
            out.append(m)  # "in a Moscow prison": some prison of the town, unnamed
            continue
        after = re.match(r"\s+([a-z]+)", text[tail.end():tail.end() + 30])
        if after and after.group(1) in org_heads:
            out.append(m)
            continue
        end = tail.end()
        cues = {k: v for k, v in m.cues.items() if k != "next_head"}
        out.append(Mention(m.start, end, text[m.start:end], {**cues, "fac_head": tail.group(1)}))
    return out


BUILDING_HEADS = {"theatre", "theater", "palace", "institute", "cathedral", "church", "monastery", "museum",
                  "hotel", "inn", "tavern", "factory", "works", "prison", "fortress", "barracks", "hall", "opera"}


STREET_HEADS = {"prospekt", "prospect", "street", "avenue", "boulevard", "embankment", "quay", "square", "bridge"}


def _attach_elided_buildings(groups: dict[str, Identity]) -> None:
    """'the Alexandrinsky' joins 'the Alexandrinsky Theatre': a one-word name always used with "the"
    is the building named in full elsewhere (not "Moscow" and "Moscow Station"); so is "the Nevsky" the
    Nevsky Prospekt (a street's head) and "the Tower" the Tower of London (the full name only adds "of" and
    its place)."""
    for key in [k for k in groups if " " not in k]:
        full = [k for k in groups if k.split(" ")[:-1] == [key] and k.split(" ")[-1] in BUILDING_HEADS | STREET_HEADS
                or k.split(" ")[1:] == [key] and k.split(" ")[0] in ("hotel", "café", "cafe")  # "the Hotel National"
                or k.partition(" of ")[0] == key and k.partition(" of ")[2]]
        if len(full) != 1 or not all(m.cues.get("the") for m in groups[key].mentions):
            continue
        groups[full[0]].mentions.extend(groups.pop(key).mentions)
        groups[full[0]].mentions.sort(key=lambda m: m.start)


GENERIC_HEADS = {"order", "party", "committee", "group", "office", "army", "board",
                 "government", "ministry", "assembly", "congress", "bureau", "company", "society", "league",
                 "association", "commission", "conference", "department", "administration", "division",
                 "regiment", "brigade", "battalion", "corps", "guard", "fleet", "navy", "faction", "club",
                 "school", "college", "university", "academy", "institute", "bank", "court", "press",
                 "post", "review", "journal", "times", "news", "police", "soviet", "presidium"}


STANDING_FORCES = {"army", "navy", "fleet"}
CABINET_HEADS = {"ministry", "cabinet", "government"}


def leader_surnames(people: list[Identity]) -> frozenset[str]:
    """Surnames of people surely named as people (a full name, a title or a surname's shape),
    for cabinets named after their heads; not "Whig" or "English" mistyped as a person."""
    return frozenset(i.surname for i in people if i.surname and (
        i.full_names or any(m.cues.get("title") for m in i.mentions) or looks_like_surname(i.surname.capitalize())))


def _attach_cabinets(groups: dict[str, Identity], surnames: frozenset[str]) -> None:
    """'the Miliukov Ministry', 'the Kerensky Cabinet': a cabinet named after the person who led
    it is one of the successive cabinets of the document's government, when the document
    names one government ("the Provisional Government") more than once."""
    govs = [k for k in groups if " " in k and head_of(k) in CABINET_HEADS and k.split(" ")[0] not in surnames
            and len(groups[k].mentions) >= 2]
    if len(govs) != 1:
        return
    for key in [k for k in groups if len(k.split(" ")) == 2 and k.split(" ")[1] in CABINET_HEADS
                and k.split(" ")[0] in surnames]:
        groups[govs[0]].mentions.extend(groups.pop(key).mentions)
        groups[govs[0]].mentions.sort(key=lambda m: m.start)


NATIVE_BODIES = {"soviet", "duma", "zemstvo", "rada", "sejm", "cortes", "landtag", "diet"}


def head_of(key: str) -> str:
    """'central executive committees of the soviet' -> 'committees': a lower-case body name's head noun (the
    last word before "of"; "" for no word)."""
    words = key.partition(" of ")[0].split()
    return words[-1] if words else ""


def _attach_bare_heads(groups: dict[str, Identity]) -> None:
    """'the Government' / 'the Soviet' joins the nearest full name with that head noun.

    A bare plural ("the Soviets") names every such body; it stays on its own when it is
    named more often than the full names sharing its head, and never joins a subset named
    by its members ("the Peasants’ Soviets")."""
    for key in [k for k in groups if " " not in k and not _acronym(groups[k])]:
        full = [i for k, i in groups.items() if " " in k and head_of(k) == key]  # ("SR" is no head of "Left SR")
        bare_plural = [m for m in groups[key].mentions if _is_plural(m.name)]
        if bare_plural:
            full_plural = [i for k, i in groups.items() if " " in k and head_of(k) == key
                           and "'" not in k.split(" ")[0]]
            if len(bare_plural) > max((len(i.mentions) for i in full_plural), default=0):
                full = [i for i in full if not any(_is_plural(x.name) for x in i.mentions)]
            else:
                full = [i for i in full if i in full_plural or not any(_is_plural(x.name) for x in i.mentions)]
        if not full:
            continue
        bare = groups.pop(key)
        named = {id(i): len(i.mentions) for i in full}  # by their full names only, before any bare head joins
        for m in bare.mentions:
            plural = _is_plural(m.name)  # "the Army" is the country's unless an army was just named
            ident = _bare_head_owner(full, m, lambda i: any(_is_plural(x.name) == plural for x in i.mentions)
                                     and (key not in STANDING_FORCES or (min(i.positions) < m.start and (
                                         not _capital_head(m) or any(_capital_head(x) for x in i.mentions)))),
                                     named)
            (ident or groups.setdefault(key, Identity(bare.kind))).mentions.append(m)


def _bare_head_owner(full: list[Identity], m: Mention, ok, named: dict[int, int]) -> Identity | None:
    """Which of several full names sharing a head noun a bare "the Committee" / "the League" stands for: of the
    compatible ones already said before it, the one the text names most often (the story's own body: "the
    Committee of Public Safety" twice, "the Committee of General Security" once), the nearest on a tie, when they
    differ by what follows "of"; the nearest where they differ by a modifier ("the Moscow Cheka", "the Petrograd
    Cheka": the bare one is the nearest's, or the nation's) or none was said before. ``named``: how often each is
    named in full (bare heads already given to one do not count, or the first choice would snowball)."""
    said = [i for i in full if ok(i) and min(i.positions) < m.start]
    if len(said) > 1 and all(" of " in i.canonical() for i in said):
        most = max(named.get(id(i), 0) for i in said)
        said = [i for i in said if named.get(id(i), 0) == most]
    return _nearest(said or full, m, ok)


def _capital_head(m: Mention) -> bool:
    """Whether a body's head noun is written with a capital: "the Army", "the Twelfth Army" name a force; "the
    American army" only describes one by its nation, and the country's own "the Army" is no short form of it."""
    words = m.text.partition(" of ")[0].split()
    return bool(words) and words[-1][:1].isupper()


def _inserted_into(short: list[str], long: list[str]) -> bool:
    """'council of the republic' in 'council of the russian republic': the longer name only adds
    words between the shorter one's first and last word."""
    if len(long) <= len(short) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    it = iter(long[1:-1])
    return all(w in it for w in short[1:-1])


def _attach_shortened_names(groups: dict[str, Identity]) -> None:
    """An "X of Y" name that another name of the document only lengthens inside ("the Council of
    the Republic", "the Council of the Russian Republic") is that body, when only one name (or one
    chain of names) lengthens it; and "the Central Committee of the Bolshevik party" is "the
    Bolshevik Central Committee"."""
    for key in sorted([k for k in groups if " of " in k], key=len):
        words = key.split(" ")
        longer = [k for k in groups if k != key and _inserted_into(words, k.split(" ")) and _named_words(
            groups[k], set(k.split(" ")) - set(words))]  # not "the Government of revolutionary Russia"
        longest = max(longer, key=len, default=None)
        if longest and all(k == longest or _inserted_into(k.split(" "), longest.split(" ")) for k in longer):
            _merge_group(groups, key, longest)
    for key in [k for k in groups if " of " in k]:
        head, _, owner = key.partition(" of ")
        owner = owner.removeprefix("the ").removesuffix(" party")
        other = f"{owner} {head}"
        if " " in head and " " not in owner and other in groups:
            _merge_group(groups, other, key)


def _attach_national_short_forms(groups: dict[str, Identity]) -> None:
    """'the Central Executive Committee' is 'the All-Russian Central Executive Committee' named
    without its "All-Russian" (an "All-" word: the national body), when one name only lengthens it so
    and the shorter is no plural (the local "Peasants’ Soviets" are not the "All-Russian Peasants’ Soviets")."""
    for key in [k for k in groups if " " in k and " of " not in k
                and not any(_is_plural(m.name) for m in groups[k].mentions)]:  # "Peasants’ Soviets": the local ones
        words = key.split(" ")
        longer = [k for k in groups if k != key and k.split(" ")[-len(words):] == words
                  and all(w.startswith("all-") for w in k.split(" ")[:-len(words)])]
        if len(longer) == 1:
            _merge_group(groups, key, longer[0])


ACRONYM = re.compile(r"^(?:[A-Z][a-z]{0,2}){2,6}$")  # "RSDLP", "VTsIK", "VChK", "TsK"
ACRONYM_SKIP = {"of", "the", "for", "and", "on", "in", "to", "against", "with", "&"}
# the initials of a body's English words in its Russian name (transliterated): the All-Russian Central
# Executive Committee is the VTsIK (Vserossiysky Tsentralny Ispolnitelny Komitet), the All-Russian
# Extraordinary Commission the VChK, the Council of People's Commissars the SNK
RUSSIAN_INITIALS = {
    "all-russian": "v", "all-russia": "v", "all-union": "v", "russian": "r", "central": "ts", "executive": "i", "committee": "k",
    "commission": "k", "commissariat": "k", "commissars": "k", "commissar": "k", "council": "s", "soviet": "s", "soviets": "s",
    "congress": "s", "union": "s", "people's": "n", "party": "p", "social": "s", "democratic": "d",
    "labour": "r", "labor": "r", "workers'": "r", "workers": "r", "communist": "k", "extraordinary": "ch",
    "military": "v", "revolutionary": "r", "state": "g", "political": "p", "main": "g", "administration": "u",
    "directorate": "u", "supreme": "v", "economy": "kh", "national": "n", "internal": "v", "affairs": "d",
    "regional": "o", "district": "r", "provincial": "g", "city": "g", "bolsheviks": "b", "youth": "m",
}


def acronyms_of(key: str) -> set[str]:
    """The acronyms a body's name may be shortened to: its English initials ("russian social democratic
    labour party" -> "rsdlp", "all-russian …" also "ar…"), its Russian ones ("all-russian central executive
    committee" -> "vtsik"), and those of the words before its first "of"/"for" ("vchk")."""
    words = key.split(" ")
    cut = next((i for i, w in enumerate(words) if w in ("of", "for") and i > 1), len(words))
    out = set()
    for ws in (words, words[:cut]):
        ws = [w for w in ws if w not in ACRONYM_SKIP]
        if len(ws) < 2:
            continue
        out.add("".join(w[0] for w in ws))
        out.add("".join(p[0] for w in ws for p in w.split("-") if p))
        if all(w in RUSSIAN_INITIALS for w in ws):
            out.add("".join(RUSSIAN_INITIALS[w] for w in ws))
    return out


# the syllables a Soviet body's compound name takes from the Russian words of its name: "Council of People's
# Commissars" -> sov-nar-kom, "Soviet of Workers' Deputies" -> sov-dep
RUSSIAN_SYLLABLES = {
    "council": ("sov",), "soviet": ("sov",), "people's": ("nar",), "commissars": ("kom",), "commissar": ("kom",),
    "commissariat": ("kom",), "committee": ("kom",), "executive": ("isp",), "central": ("tsentro", "tsentr"),
    "baltic": ("balt",), "deputies": ("dep",), "military": ("voen",), "revolutionary": ("rev",),
    "economy": ("khoz",), "trade": ("prof",), "education": ("pros",), "enlightenment": ("pros",),
    "labour": ("trud",), "labor": ("trud",), "justice": ("yust",), "health": ("zdrav",), "food": ("prod",),
    "finance": ("fin",), "finances": ("fin",), "agriculture": ("zem",), "district": ("rai",),
    "provincial": ("gub",), "city": ("gor",), "internal": ("vnu",), "affairs": ("del",), "foreign": ("in",),
    "fleet": ("flot",), "army": ("arm",), "front": ("front",),
}
SYLLABLE_SKIP = {"of", "the", "for", "and", "on", "in", "to", "union", "russian", "all-russian", "workers'", "soldiers'",
                 "peasants'", "sailors'", "state"}


def syllabic_forms(key: str) -> set[str]:
    """'council of people's commissars' -> {'sovnarkom'}: the compound Russian abbreviation of a body's name."""
    words = [w for w in key.split(" ") if w not in SYLLABLE_SKIP]
    if len(words) < 2 or not all(w in RUSSIAN_SYLLABLES for w in words):
        return set()
    forms = {""}
    for w in words:
        forms = {f + s for f in forms for s in RUSSIAN_SYLLABLES[w]}
    return forms


def _attach_syllabic(groups: dict[str, Identity]) -> None:
    """'the Sovnarkom' joins the one body of the document whose name it abbreviates by syllables."""
    for key in [k for k in groups if " " not in k and len(k) > 5]:
        full = [k for k in groups if " " in k and key in syllabic_forms(k)]
        if len(full) == 1:
            _merge_group(groups, key, full[0])


def _acronym(ident: Identity) -> bool:
    """Every mention begins with an acronym ("SR", "the SR Party"); not a word the text also prints
    in lower case ("the DUMA" shouted, "the Duma")."""
    return all(ACRONYM.match(m.text.strip("()").split()[0]) for m in ident.mentions)


def _attach_acronyms(groups: dict[str, Identity]) -> None:
    """'the VTsIK', 'the RSDLP' join the one body of the document whose name they abbreviate (see
    :func:`acronyms_of`), or the name they follow in brackets ("the Russian Social Democratic Labour
    Party (RSDLP)")."""
    for key in [k for k in groups if " " not in k]:
        ident = groups[key]
        if not _acronym(ident):
            continue
        before = [k for k, i in groups.items() if k != key and any(
            0 < m.start - x.end <= 3 and m.cues.get("in_parens") for m in ident.mentions for x in i.mentions)]
        full = before or [k for k in groups if " " in k and key in acronyms_of(k)]
        if len(full) == 1:
            _merge_group(groups, key, full[0])
    for key in [k for k in groups if k.count(" ") == 1]:
        qualifier, acr = key.split(" ")  # "the Left SR(s)" joins "the Left Socialist Revolutionaries"
        if not all(ACRONYM.match(m.text.split()[-1].removesuffix("s")) for m in groups[key].mentions):
            continue
        acrs = {acr, acr.removesuffix("s")}
        full = [k for k in groups if k != key and (
            k.startswith(qualifier + " ") and acrs & acronyms_of(k.partition(" ")[2])
            or k.endswith(" of the " + qualifier) and acrs & acronyms_of(k[:-len(" of the " + qualifier)]))]
        if len(full) == 1:
            _merge_group(groups, key, full[0])


def _named_words(ident: Identity, words: set[str]) -> bool:
    """Every one of ``words`` is written capitalised in some mention of ``ident``."""
    caps = {w.lower() for m in ident.mentions for w in m.text.split() if w[:1].isupper()}
    return words <= caps


def _merge_group(groups: dict[str, Identity], key: str, into: str) -> None:
    groups[into].mentions.extend(groups.pop(key).mentions)
    groups[into].mentions.sort(key=lambda m: m.start)


def _is_plural(name: str) -> bool:
    head = name.partition(" of ")[0].split(" ")[-1].lower()  # "Council of People's Commissars": one council
    return _singular(head) != head


def _group_key(m: Mention) -> str:
    words = name_key(clean_name(m.text)).split(" ")
    words[-1] = _singular(words[-1])
    return " ".join(words)


def _singular(word: str) -> str:
    """A name's singular: 'stolypins' -> 'stolypin' (a family named as a plural), 'bolsheviki' -> 'bolshevik'."""
    if len(word) <= 4:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ki") or (word.endswith("s") and not word.endswith("ss")):
        return word[:-1]
    return word


def slug(name: str) -> str:
    s = name_key(name)
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s[:48] or "x"


def assign_ids(doc_id: str, prefix: str, idents: list[Identity]) -> dict[str, Identity]:
    """Stable, readable ids: ``<doc>-per-kerensky``; clashes get a counter."""
    out: dict[str, Identity] = {}
    used: Counter = Counter()
    for ident in sorted(idents, key=lambda i: min(i.positions)):
        base = f"{doc_id}-{prefix}-{slug(ident.canonical())}"
        used[base] += 1
        out[base if used[base] == 1 else f"{base}-{used[base]}"] = ident
    return out


def by_kind(typed: dict[str, str], mentions: list[Mention]) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        k = typed.get(m.key)
        if k and (k == "organization" or m.cues.get("label") != "ADJ"):
            out[k].append(m)
    return out


ABBREVIATED_TITLES = {"mr", "mrs", "ms", "dr", "st", "capt", "col", "gen", "lieut", "lt", "sgt", "maj", "adm", "gov",
                      "hon", "prof", "rev", "mme", "mlle", "messrs", "sr", "jr", "fr", "br"}


def _cut_title(m: Mention) -> bool:
    """'the King. Bismarck was…': a title ending one sentence, taken into the name opening the next."""
    title = (m.cues.get("title") or "").rstrip(".")
    return bool(title) and title.lower() not in ABBREVIATED_TITLES and \
        bool(re.match(re.escape(title) + r"\.\s", m.text))


TITLE_REACH_BEFORE = 6_000  # characters: "the Queen" is a queen named (by any name) this close before …
TITLE_REACH_AFTER = 2_000  # … or this close after


def attach_titles(people: list[Identity], titles: list[Mention], text: str | None = None) -> None:
    """'the Tsar' joins the nearest person once called by that title ("Tsar Nicholas") and named, by
    any of their names, within a few pages. Only the person's own named mentions reach: the bare
    titles it has taken do not carry it on through a chapter (Strachey's "the Queen", 35 times
    Victoria, all went to the twice-titled "Queen Isabella" of Spain, named on four pages). A bare
    title with no such person near is left unattached."""
    holders: dict[str, list[tuple[Identity, list[int]]]] = {}  # title -> its bearers and where they are named
    for ident in people:  # read once: the bare titles attached below are neither titles nor names
        named = [x for x in ident.mentions if not x.cues.get("bare_title")]
        borne = {(x.cues.get("title") or "").lower().rstrip(".") for x in named if not _cut_title(x)}
        for title in borne - {""}:
            holders.setdefault(title, []).append((ident, [x.start for x in named]))
    regnal = _regnal_holders(people)
    left = []
    for m in titles:
        if m.cues.get("title_of") and m.text.islower():
            continue  # "the son of the king of Macedon, Philip II": the office, named after it
        best = _nearest_bearer(m, holders.get(m.cues["bare_title"], ())) or \
            _nearest_bearer(m, regnal.get(m.cues["bare_title"], ()))
        if best is not None:
            best.mentions.append(m)
        elif not m.cues.get("title_of"):
            left.append(m)
    if text is not None and left:
        _attach_unborne_titles(people, left, text, holders, regnal)


APPOSED_TITLE = re.compile(r",\s+[Tt]he\s+$")  # "Sir Thomas Fairfax, the General, had ordered"


def _attach_unborne_titles(people: list[Identity], left: list[Mention], text: str, holders, regnal) -> None:
    """Bare titles no one in the text is called by. One set in apposition after a name ("Sir Thomas
    Fairfax, the General, had ordered") is that person, and the same title near it too. Otherwise a
    title said at least twice with no bearer, and at least half as often as that person's name ("the
    General" thirteen times in a life of Gordon that names him four times and never says "General
    Gordon"; "the king" ten times for Charles Stuart, named nine) is the person the text is about: the
    one it names first, if named half as often as anyone, else the one it names most, if ahead of the next;
    unless that person's sex is not the title's, they already answer to another bare title or (for a
    monarch's title) are named by another monarch's title, or the title keeps turning up in sentences
    that name them too ("Pepys waited on the king": then the king is somebody else)."""
    named_end = {}
    for ident in people:
        for x in ident.mentions:
            if not x.cues.get("bare_title"):
                named_end[x.end] = ident
    apposed: dict[str, list[tuple[Identity, list[int]]]] = {}
    rest = []
    for m in left:
        g = APPOSED_TITLE.search(text, max(0, m.start - 12), m.start)
        who = named_end.get(g.start()) if g else None
        if who is not None and text[m.end:m.end + 1] in (",", ";", ")"):
            who.mentions.append(m)
            apposed.setdefault(m.cues["bare_title"], []).append((who, [g.start()]))
        else:
            rest.append(m)
    by_title: dict[str, list[Mention]] = {}
    for m in rest:
        near = _nearest_bearer(m, apposed.get(m.cues["bare_title"], ()))
        if near is not None:
            near.mentions.append(m)
        else:
            by_title.setdefault(m.cues["bare_title"], []).append(m)
    named_of = [[x for x in p.mentions if not x.cues.get("bare_title")] for p in people]
    counts = sorted(((len(ms), n) for n, ms in enumerate(named_of) if ms), reverse=True)
    if not counts:
        return
    subjects = []  # the one named first, if named half as often as anyone; the one named most, if ahead
    first = min((min(x.start for x in ms), n) for n, ms in enumerate(named_of) if ms)[1]
    if 2 * len(named_of[first]) >= counts[0][0]:
        subjects.append(first)
    if (len(counts) == 1 or counts[0][0] > counts[1][0]) and counts[0][1] != first:
        subjects.append(counts[0][1])
    for title, ms in by_title.items():
        if len(ms) < 2 or holders.get(title) or regnal.get(title) or apposed.get(title):
            continue
        for n in subjects:
            if _bears_unborne_title(people[n], named_of[n], title, ms, text):
                people[n].mentions.extend(ms)
                break


# the titles a person keeps as their own, by which a life may call its subject throughout: a rank, a
# monarch's, noble's or prelate's title ("the General", "the king", "the Prince", "the Lady-in-Chief"), not an
# office held for a term ("the Minister", "the Commissar": whoever holds it then), a kin word, or a style
# said only before a name ("Don", "Madame": "the Don" is a river)
RANKS = frozenset({"general", "colonel", "major", "captain", "lieutenant", "admiral", "marshal", "sergeant",
                   "corporal", "commander", "hetman", "ataman",
                   "king", "queen", "emperor", "empress", "tsar", "czar", "tsarina", "czarina", "tsaritsa", "kaiser",
                   "tsarevich", "sultan", "shah", "caliph", "maharaja", "maharajah", "raja", "rajah", "rani",
                   "maharani", "begum", "nawab", "sheikh", "prince", "princess", "duke", "duchess", "archduke",
                   "archduchess", "grand duke", "grand duchess", "count", "countess", "baron", "baroness", "earl",
                   "marquis", "marquess", "marchioness", "viscount", "viscountess",
                   "cardinal", "bishop", "archbishop", "abbot", "patriarch", "rabbi", "imam"})


def _bears_unborne_title(top: Identity, named: list[Mention], title: str, ms: list[Mention], text: str) -> bool:
    word = re.split(r"[-\s]", title)[0]
    if title not in RANKS and not title.endswith("-in-chief"):
        return False
    if 2 * len(ms) < len(named):
        return False  # a life that calls its subject by a title does so about as often as by name
    if any(text[m.end:m.end + 1] == "_" for m in ms):
        return False  # "_The Citizen_": a paper's name
    tg, pg = title_gender(word), top.gender()
    if tg and pg in ("m", "f") and tg != pg:
        return False
    monarch = set(MONARCH_TITLES["m"] + MONARCH_TITLES["f"])
    own_titles = {(x.cues.get("title") or "").lower().rstrip(".") for x in named}
    taken = {x.cues["bare_title"] for x in top.mentions if x.cues.get("bare_title")}
    if taken - {title} or (word in monarch and (own_titles & monarch) - {word}):
        return False
    shared = 0
    for m in ms:
        a = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start - 400), m.start)),
                default=max(0, m.start - 400))
        b = _SENTENCE_END.search(text, m.end, m.end + 400)
        b = b.start() if b else m.end + 400
        if any(a <= x.start < b and not (m.start - 12 <= x.end <= m.start) for x in named):
            shared += 1
    return shared * 3 <= len(ms)


def _nearest_bearer(m: Mention, bearers) -> Identity | None:
    """The bearer named nearest the bare title ``m`` within reach, preferring one named before it."""
    best, best_d = None, None
    for ident, starts in bearers:
        for start in starts:
            before = m.start - start
            if -TITLE_REACH_AFTER <= before <= TITLE_REACH_BEFORE:
                d = before if before >= 0 else -before * 3 + 1  # prefer preceding
                if best_d is None or d < best_d:
                    best, best_d = ident, d
    return best


# a monarch named with a regnal number ("Nicholas II", "Catherine II", "Louis XIV") bears the titles of a
# monarch of that sex, when no one is called by the title itself near a bare "the Tsar", "the Empress"
MONARCH_TITLES = {"m": ("king", "tsar", "czar", "emperor", "kaiser"),
                  "f": ("queen", "tsarina", "czarina", "tsaritsa", "empress")}
REGNAL_NUMBER = re.compile(r"\s(?:[IVX]{1,5})$")


def _regnal_holders(people: list[Identity]) -> dict[str, list[tuple[Identity, list[int]]]]:
    out: dict[str, list[tuple[Identity, list[int]]]] = {}
    for ident in people:
        named = [x for x in ident.mentions if not x.cues.get("bare_title")]
        regnal = [x for x in named if REGNAL_NUMBER.search(x.name) and " of " not in x.name]
        if not regnal:
            continue
        gender = ident.gender()
        if gender not in MONARCH_TITLES:
            gender = given_name_gender(regnal[0].name.split(" ")[0])
        for title in MONARCH_TITLES.get(gender, ()):
            out.setdefault(title, []).append((ident, [x.start for x in named]))
    return out
