"""The record's persons, places and organizations, built from the parsed chunks.

Reads every chunk's ``chronicle_mentions``, drops names nested in longer names, types each
name for the whole document (:mod:`.entities`), groups mentions into identities
(:mod:`.identities`), adds the narrator of a first-person text (:mod:`.narrator`), and
fills ``ctx.persons``, ``ctx.places``, ``ctx.organizations`` and the mention index
``ctx.refs`` that the later stages read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from ..context import DocContext, EntityRef
from ..record import Organization, Person, Place, Span
from ..annotate.lexicon import (FAC_HEADS, FOREIGN_PAPER_HEADS, ORG_HEADS, affiliation_word, given_name_gender,
                                 looks_like_surname)
from ..annotate.mentions import NAME_LINKS
from ..annotate.works import work_cues
from .entities import CHAMBER, FACTION_WORDS, LOC, ORG, PER, Mention, clean_name, type_names
from .gazetteer import Gazetteer
from .identities import (ACRONYM, GENERIC_HEADS, Identity, acronyms_of, assign_ids, attach_titles, by_kind, genders_from_pronouns, group_by_name,
                         head_of, split_place_heads,
                         group_persons, join_equated_names, join_introduced_short_names, leader_surnames, short_name_apposed)
from .narrator import find_narrator, find_narrator_kin


def _mentions(ctx: DocContext) -> list[Mention]:
    out = []
    for ch in ctx.chunks:
        text = ch.doc.text  # built once: Doc.text joins every token
        for span in ch.doc.spans["chronicle_mentions"]:
            s, e = ch.offset + span.start_char, ch.offset + span.end_char
            cues = dict(span._.chronicle_cues or {})
            if cues.get("label") not in ("TITLE", "ADJ") and not cues.get("owner"):
                cues.update(work_cues(span, text, bool(cues.get("italic"))))  # "wrote _Pamela_", "wrote for _Pravda_"
            for k in ("conj", "title_list"):
                if k in cues:
                    cues[k] += ch.offset  # list ids are offsets: make them document-wide
            out.append(Mention(s, e, ctx.text[s:e], cues))
    return out


LOCATIVE_BEFORE = re.compile(r"(?:^|[\s(,;])(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear)\s+$")
PLACE_FIRST = 0.8  # how well known a place must be to be cut from the name after it
ADMIN_HEADS = {"governorate", "governate", "gubernia", "guberniya", "krai", "kray", "volost", "canton", "prefecture",
               "department", "municipality", "okrug", "raion", "rayon", "oblast", "uyezd", "voivodeship", "shire"}


def _placed_first(mentions: list[Mention], text: str, place_prior) -> list[Mention]:
    """ "In London Trotsky attended …", "In New York Trotsky edited …": the model reads a fronted place and the
    subject after it as one name; a well-known place opening a name after "in/at/from/near", followed by a
    person's name (the model's person, or a name of a person's shape), is a place mention of its own, and the
    rest the person (the name's cues were read on its head)."""
    out = []
    for m in mentions:
        words = m.text.split()
        cut = None
        if len(words) >= 2 and m.cues.get("label") in ("PERSON", "GPE", "FAC", "LOC", "ORG", "PROPN", "NORP") and \
                LOCATIVE_BEFORE.search(text, max(0, m.start - 8), m.start) and place_prior(m.text) < PLACE_FIRST:
            for k in range(len(words) - 1, 0, -1):
                place = " ".join(words[:k])
                if place_prior(place) < PLACE_FIRST:
                    continue
                j = k + 1 if words[k].lower() in FAC_HEADS and len(words) > k + 1 else k  # "Petrograd Station Kamenev"
                rest = words[j:]
                if rest[0][:1].isupper() and not any(w.lower() in FAC_HEADS | ORG_HEADS | ADMIN_HEADS for w in rest) and \
                        (not given_name_gender(words[0]) or place_prior(place) >= 0.9) and \
                        (m.cues.get("label") == "PERSON" or looks_like_surname(rest[-1]) or given_name_gender(rest[0])):
                    cut = j  # ("Paris", "Vienna" are given names too: only a great city is cut)
                break
        if cut is None:
            out.append(m)
            continue
        head = " ".join(words[:cut])
        rest = m.start + m.text.index(words[cut], len(head))
        label = "FAC" if words[cut - 1].lower() in FAC_HEADS else "GPE"
        out.append(Mention(m.start, m.start + len(head), text[m.start:m.start + len(head)], {"label": label, "prep": "in"}))
        out.append(Mention(rest, m.end, text[rest:m.end], {**m.cues, "label": "PERSON"}))
    return out


FRACTION_GAP = re.compile(r"\s+(?P<head>fraction|faction|group|caucus|wing|bloc)\s+(?:of|in|within)\s+the\s+")


def _fractions(mentions: list[Mention], text: str) -> list[Mention]:
    """'the Bolshevik fraction of the Central Executive Committee', 'the Labour group in the Duma': a
    party's members inside a body are a body of their own, named by the whole phrase (so "Central
    Executive Committee" inside it is no mention of the committee, nor "Bolshevik" one of the party)."""
    ms = sorted(mentions, key=lambda m: m.start)
    out = list(ms)
    for a, b in zip(ms, ms[1:]):
        gap = FRACTION_GAP.fullmatch(text, a.end, b.start)
        if gap is None or not re.search(r"\b[Tt]he\s+$", text[max(0, a.start - 5):a.start]) or \
                len(a.text.split()) > 3 or not all(w[:1].isupper() for w in a.text.split()) or \
                re.search(r"[’']s?$", a.text) or not (b.cues.get("label") == "ORG" or b.cues.get("org_head")):
            continue
        out.append(Mention(a.start, b.end, text[a.start:b.end],
                           {"label": "ORG", "org_head": gap.group("head"), "the": True, "fraction_of": b.text}))
    return out


def resolve_entities(ctx: DocContext) -> None:
    """Fill the context's persons, places, organizations and mention index."""
    everything = _drop_nested(_fractions(_placed_first(_mentions(ctx), ctx.text, Gazetteer.load().is_place_name), ctx.text))
    everything = _owners_split(_bodies_of_purpose(_bodies_of_places(everything, ctx.text), ctx.text))
    titles = [m for m in everything if m.cues.get("label") == "TITLE"]
    mentions = [m for m in everything if m.cues.get("label") != "TITLE"]
    common = frozenset(w for w in re.findall(r"\b[a-z][a-z’'-]+\b", ctx.masked))
    typing = type_names(mentions, Gazetteer.load().is_place_name, common)
    mentions = [m for m in mentions if _owner_fits(m, typing.classes, typing.gods) and (m.start, m.end) not in typing.titles]
    _type_acronyms(mentions, typing.classes)
    _type_introduced_short_names(mentions, typing.classes, ctx.text)
    kinds = by_kind(typing.classes, mentions)
    descriptors = common | {k for k, c in typing.classes.items() if c != PER and " " not in k}
    people = group_persons([_undescribed(m, descriptors) for m in _hyphen_joined(kinds.get(PER, []), ctx.text)], ctx.text)
    people = join_equated_names(people, ctx.text)
    attach_titles(people, titles, ctx.text)
    persons = assign_ids(ctx.doc_id, "per", people)
    places = assign_ids(ctx.doc_id, "loc", group_by_name(split_place_heads(
        kinds.get(LOC, []), ctx.text, ORG_HEADS, Gazetteer.load().is_place_name), LOC))
    orgs = assign_ids(ctx.doc_id, "org", _join_qualified_names(join_introduced_short_names(
        group_by_name(kinds.get(ORG, []), ORG, leader_surnames(people)), ctx.text), ctx.text))
    said = genders_from_pronouns(list(persons.values()), ctx.masked)
    ctx.persons = [Person(i, x.canonical(), tuple(x.aliases()), _spans(ctx, x), said.get(n, x.gender()))
                   for n, (i, x) in enumerate(persons.items())]
    ctx.places = [Place(i, x.canonical(), tuple(x.aliases()), _spans(ctx, x)) for i, x in places.items()]
    party = _the_one_party(orgs)
    taken = [(m.start, m.end) for table in (persons, places, orgs) for x in table.values() for m in x.mentions]
    bare = _bare_state_bodies(ctx, orgs, taken)
    ctx.organizations = [Organization(i, _paper_title(x, ctx.text), tuple(x.aliases()),
                                      tuple(sorted(_spans(ctx, x) + tuple(ctx.span(a, b) for a, b in bare.get(i, ()))
                                                   + (_the_party_said(ctx) if i == party else ()),
                                                   key=lambda sp: sp.start)), _org_kind(x))
                         for i, x in orgs.items()]
    refs = [EntityRef(m.start, m.end, i, kind) for kind, table in ((PER, persons), (LOC, places), (ORG, orgs))
            for i, x in table.items() for m in x.mentions]
    for noun in [k for k in bare if k.startswith("=")]:  # a record entry only: the later layers read the bare
        # noun themselves (a reference there made "the government reached Moscow" a body's journey)
        spans = bare.pop(noun)
        ctx.organizations.append(Organization(f"{ctx.doc_id}-org-the-{noun[1:]}", noun[1:], (),
                                              tuple(ctx.span(a, b) for a, b in spans),
                                              _kind_of_head(noun[1:]) or "other"))
    refs += [EntityRef(a, b, i, ORG) for i, spans in bare.items() for a, b in spans]
    narrator = find_narrator(ctx)
    if narrator:
        ctx.persons.insert(0, narrator[0])
        kin = find_narrator_kin(ctx, narrator[0].id, refs)
        known = {p.id: n for n, p in enumerate(ctx.persons)}
        for person, _ in kin:  # a relative the narrator names ("I had a brother-in-law, Robert Holmes")
            if person.id in known:
                p = ctx.persons[known[person.id]]
                ctx.persons[known[person.id]] = replace(p, aliases=tuple(dict.fromkeys(p.aliases + person.aliases)),
                                                        mentions=tuple(sorted(p.mentions + person.mentions,
                                                                              key=lambda x: x.start)))
        ctx.persons[1:1] = [person for person, _ in kin if person.id not in known]
        refs += narrator[1] + [r for _, kin_refs in kin for r in kin_refs]
    ctx.refs = sorted(refs, key=lambda r: (r.start, r.end))


def _type_acronyms(mentions: list[Mention], classes: dict[str, str]) -> None:
    """An acronym the typing left untyped ("RSDLP") is a body when it follows a body's name in brackets ("the
    Russian Social Democratic Labour Party (RSDLP)") or abbreviates the name of one body of the document."""
    bodies = [m for m in mentions if classes.get(m.key) == ORG]
    ends = {b.end for b in bodies}
    abbreviates: dict[str, set[str]] = {}  # acronym -> the body names it may shorten
    for key in {b.key for b in bodies if " " in b.key}:
        for a in acronyms_of(key):
            abbreviates.setdefault(a, set()).add(key)
    for m in mentions:
        if classes.get(m.key) or not ACRONYM.match(m.text):
            continue
        if m.cues.get("in_parens") and any(m.start - d in ends for d in (1, 2, 3)) or \
                len(abbreviates.get(m.key, ())) == 1:
            classes[m.key] = ORG


def _type_introduced_short_names(mentions: list[Mention], classes: dict[str, str], text: str) -> None:
    """A one-word name in apposition right after a body's full name ("the Central Committee for Combating Famine
    and Typhus, the Pomgol, and …") is the name that body goes by: a body, unless it was read as a person; not in
    a list ("the Council of State, the Senate and the Synod")."""
    ms = sorted(mentions, key=lambda m: m.start)
    for a, b in zip(ms, ms[1:]):
        if classes.get(a.key) == ORG and len(a.text.split()) >= 3 and len(b.text.split()) == 1 and \
                classes.get(b.key) in (None, LOC) and short_name_apposed(text, a, b):
            classes[b.key] = ORG


OWNED_GROUP = re.compile(r"([A-Z][\w-]+)[’']s[ \t]+([A-Z][\w-]*[a-z]s)")


def _owners_split(mentions: list[Mention]) -> list[Mention]:
    """"Platoff’s Cossacks": a person's name and the men he leads, taken by the model for one person's name,
    are a person's mention and a body's."""
    out: list[Mention] = []
    for m in mentions:
        hit = OWNED_GROUP.fullmatch(m.text) if m.cues.get("label") == "PERSON" else None
        if hit is None:
            out.append(m)
            continue
        cues = {k: v for k, v in m.cues.items() if k in ("sent_start", "title_sentence_start")}
        out.append(Mention(m.start, m.start + hit.end(1), hit.group(1), {**cues, "label": "PERSON", "possessive": True}))
        out.append(Mention(m.start + hit.start(2), m.end, hit.group(2),
                           {k: v for k, v in m.cues.items() if k not in ("title", "as_name")} | {"label": "ORG", "plural": True,
                                                                                               "sent_start": False}))
    return out


# "for the Defence of the Revolution", "for Combating Counter-Revolution and Sabotage": the capitalised purpose a
# body's name goes on with
BODY_PURPOSE = re.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*"
                          r"(?:[ \t]+(?:(?:of|and|the|against)[ \t]+)*[A-Z][\w’'-]*)*")


def _bodies_of_purpose(mentions: list[Mention], text: str) -> list[Mention]:
    """'the Committee for the Defence of the Revolution': a body's name ending in its head noun, and a
    capitalised purpose after "for", are one name (the model cut it at "for", leaving a bare "Committee" that
    would join another committee); names inside the purpose are part of it."""
    def purpose(m: Mention) -> re.Match | None:
        words = m.text.split()
        return BODY_PURPOSE.match(text, m.end) if (m.cues.get("label") == "ORG" or m.cues.get("org_head")) \
            and words and words[-1].lower() in ORG_HEADS else None
    return _extended(mentions, text, purpose)


BODY_OF_PLACE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?")


def _bodies_of_places(mentions: list[Mention], text: str) -> list[Mention]:
    """'the Army of the Danube': a body's bare head the model cut from the "of" phrase after it is the
    whole name (it named the army of the Danube, not the army named before); the name after "of" is
    part of it, no mention of its own."""
    def of_place(m: Mention) -> re.Match | None:
        return BODY_OF_PLACE.match(text, m.end) if " " not in m.text.strip() and m.cues.get("label") == "ORG" \
            and m.cues.get("org_head") in GENERIC_HEADS else None
    return _extended(mentions, text, of_place)


def _extended(mentions: list[Mention], text: str, follows) -> list[Mention]:
    """Each mention run on over what ``follows(mention)`` matches right after it; the mentions inside that
    stretch are part of the longer name and dropped."""
    out: list[Mention] = []
    swallowed = 0
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.start < swallowed:
            continue
        more = follows(m)
        if more is not None:
            swallowed = more.end()
            m = Mention(m.start, more.end(), text[m.start:more.end()], m.cues)
        out.append(m)
    return out


NAME_JOINT = re.compile(r"-|[ \t]+(?:de|du|des|de la|von|von der|van|van der|van den|der|di|da|del|della|dos)[ \t]+")


def _hyphen_joined(mentions: list[Mention], text: str) -> list[Mention]:
    """'Ariadna Tyrkova-Williams', 'Count Philippe de Ségur': a double surname the model cut at its hyphen,
    or a name cut at its particle, into two person names ("Ariadna Tyrkova", "Williams") is one mention."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if out and NAME_JOINT.fullmatch(text, out[-1].end, m.start) and m.text[:1].isupper() and \
                not out[-1].cues.get("possessive") and not re.search(r"[’']s$", out[-1].text):
            a = out.pop()
            m = Mention(a.start, m.end, text[a.start:m.end], {k: v for k, v in a.cues.items() if k != "as_name"})
        out.append(m)
    return out


def _undescribed(m: Mention, descriptors: frozenset[str] | set[str]) -> Mention:
    """'fellow senior Bolshevik Leon Trotsky', 'Historian Robert Massie': the model took a
    capitalised word before the full name into it. When that word is no given name, is used in the
    document as a common word or as the name of a body or place, and a given name follows it, the
    person is named without it (the mention's span is unchanged)."""
    words = m.name.split(" ")
    first = words[0].lower()
    if len(words) < 3 or not {first, first + "s", first + "i"} & descriptors or given_name_gender(words[0]) \
            or given_name_gender(words[1]) not in ("m", "f"):
        return m
    return Mention(m.start, m.end, m.text, {**m.cues, "as_name": clean_name(" ".join(words[1:]))})


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """A name inside a longer name ("Moscow" in "Moscow Soviet") is not its own mention."""
    owned = [m for m in mentions if m.cues.get("owner")]  # "Keimer's printing-house" keeps "Keimer" too
    mentions = sorted((m for m in mentions if not m.cues.get("owner")), key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    out += [m for m in owned if not any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                                        for o in out)]  # unless inside a longer name
    return sorted(out, key=lambda m: (m.start, -m.end))


def _owner_fits(m: Mention, classes: dict[str, str], gods: frozenset[str] = frozenset()) -> bool:
    """A building named by its owner ("Keimer's printing-house") is a place only when the owner is a person
    (or a body, or a god: "the meeting-house of the Quakers", "a small temple of Artemis")."""
    owner = m.cues.get("owner")
    if not owner:
        return True
    key = Mention(0, len(owner), owner).key
    kinds = (PER, ORG) if m.cues.get("owner_body") else (PER,)
    return (classes.get(key) in kinds or m.cues.get("owner_body") and key in gods) and classes.get(m.key) == LOC


def _spans(ctx: DocContext, ident: Identity) -> tuple[Span, ...]:
    return tuple(ctx.span(m.start, m.end) for m in sorted(ident.mentions, key=lambda m: m.start))


ORG_KINDS = [
    ("party", {"party", "faction", "bloc", "league", "group"}),
    ("government", {"government", "ministry", "cabinet", "administration", "department", "office", "sovnarkom",
                    "triumvirate", "junta", "directorate", "authorities"}),
    ("council", {"soviet", "soviets", "council", "committee", "committees", "duma", "assembly", "congress",
                 "senate", "parliament", "conference", "commission", "board", "zemstvo", "zemstvos", "ispolkom",
                 "presidium", "politburo", "orgburo", "sovdep", "revkom"}),
    ("newspaper", {"gazette", "times", "herald", "journal", "review", "tribune", "post", "chronicle", "news", "press"}
     | FOREIGN_PAPER_HEADS),
    ("army", {"army", "armies", "fleet", "navy", "guard", "guards", "corps", "regiment", "division", "brigade", "battalion",
              "legion", "squadron", "flotilla"}),
    ("company", {"company", "bank", "corporation", "trust", "syndicate", "railway", "railways"}),
    ("church", {"church"}),
    ("school", {"university", "college", "academy", "school", "institute"}),
]


PAPER_WORDS = {"times", "post", "herald", "tribune", "chronicle", "gazette", "journal", "review", "news", "observer",
               "guardian", "spectator", "economist", "standard", "telegraph", "examiner", "globe", "mercury", "courier"}


def _paper_title(ident: Identity, text: str) -> str:
    """'The Times', 'The Economist': a paper named by one word of a paper's title keeps its article, which is part
    of the title ("The Times, no friend of the Republic, …"), when the text prints it before every mention."""
    name = ident.canonical()
    if name.lower() not in PAPER_WORDS or not all(
            re.search(r"(?:^|[^\w])[Tt]he\s+[_*“\"]?$", text[max(0, m.start - 6):m.start]) for m in ident.mentions):
        return name
    return "The " + name


def _org_kind(ident: Identity) -> str:
    words = re.split(r"\s+", ident.canonical().lower())
    of = words.index("of") if "of" in words[1:] else len(words)
    last = words[0] if len(words) > 2 and words[1] in NAME_LINKS and words[0] in ORG_HEADS else words[of - 1]
    # "Gazzetta di Bologna", "Petersburg Soviet of Workers’ Deputies": the head before "of"
    if words[-1] == "press" and "university" in words:
        return "company"  # "University of Texas Press", "Oxford University Press": a publisher
    gloss = next((m.cues["org_gloss"] for m in ident.mentions if m.cues.get("org_gloss")), None)
    last = gloss or last  # "_troika_ (triumvirate)", "_gorodovoye_ (city police)": the kind of the gloss, no paper
    kind = _kind_of_head(last)
    if kind is not None:
        return kind
    if gloss:
        return "other"
    if sum(1 for m in ident.mentions if m.cues.get("italic")) * 2 > len(ident.mentions):
        return "newspaper"  # _Iskra_, _Pravda_: a title in italics
    if any(m.cues.get("plural") or m.cues.get("label") == "NORP" for m in ident.mentions) or last in FACTION_WORDS:
        return "party"  # "the Bolsheviki", "a Menshevik delegate"
    return "other"


# a state's standing bodies said by their noun alone ("forced out of the government", "with the army in the
# Crimea"): the named body with that head noun the text named last, within this reach before
BARE_BODY_NOUNS = {"government", "army", "navy", "fleet"}
BARE_BODY_REACH = 1500


def _bare_state_bodies(ctx: DocContext, orgs: dict[str, Identity], taken) -> dict[str, list[tuple[int, int]]]:
    """'the government', 'the army' in lower case, with "the" and nothing else modifying it (not "the army
    doctors", "the government of Spain", "the new government"), no mention of a name already: a mention of the
    named body whose name has that head noun ("the Provisional Government", "the Army of the Danube") and was
    said last before it, within BARE_BODY_REACH characters; none when such a body was named only farther back
    (the state may have changed since: "followed the government to Moscow" a year after "the Provisional
    Government"). Where the text names no body with that head noun at all, the noun said as an object ("take the
    army and the government out of the city", "came through the army") is a body of its own, keyed "=noun"; not
    as a subject ("the government reached Moscow" may stand for a council named otherwise)."""
    named = sorted((m.start, i, head_of(m.text.lower())) for i, x in orgs.items() for m in x.mentions)
    out: dict[str, list[tuple[int, int]]] = {}
    for chunk in ctx.chunks:
        for tok in chunk.doc:
            if tok.text not in BARE_BODY_NOUNS or tok.pos_ != "NOUN" or tok.dep_ == "compound":
                continue
            kids = list(tok.children)
            nxt = tok.nbor(1) if tok.i + 1 < len(chunk.doc) else None
            if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.tag_ == "VB" and nxt.text.islower()):
                continue  # "the government train", "the army doctors": the noun says what kind of train
            if not any(c.dep_ == "det" and c.text in ("the", "The") and c.i == tok.i - 1 for c in kids) or any(
                    c.dep_ in ("amod", "compound", "poss", "nmod", "nummod") or c.dep_ == "prep" and c.lower_ == "of"
                    for c in kids):
                continue
            start = chunk.offset + tok.idx
            end = start + len(tok.text)
            if any(a < end and start < b for a, b in taken):
                continue
            before = [(p, i) for p, i, h in named if h == tok.text and p < start and start - p <= BARE_BODY_REACH]
            span = (start - 4, end) if ctx.text[start - 4:start] in ("the ", "The ") else (start, end)
            if before:
                out.setdefault(max(before)[1], []).append(span)
            elif tok.dep_ in ("dobj", "pobj", "conj") and not any(h == tok.text for _, _, h in named):
                out.setdefault("=" + tok.text, []).append(span)  # no body of that noun named: the noun's own
    return out


def _kind_of_head(head: str) -> str | None:
    """The kind of body a head noun names ("soviet" -> its kind in ORG_KINDS), None for none."""
    return next((kind for kind, heads in ORG_KINDS if head in heads), None)


def _members_named_once(ident: Identity) -> bool:
    """A party named once, by its members' plural alone ("his patience with Mensheviks")."""
    return len(ident.mentions) == 1 and ident.mentions[0].name.endswith("s") and all(
        affiliation_word(w) for w in ident.mentions[0].name.split(" "))


def _the_one_party(orgs: dict[str, Identity]) -> str | None:
    """The id of the one organization of a party's kind ("the Bolsheviki", "a Bolshevik delegate", "the Labour
    Party"); none where the record names two parties or none. A party named once in passing beside it ("his patience
    with Mensheviks") is no rival to one named more often."""
    ids = [i for i, x in orgs.items() if _org_kind(x) == "party"]
    if len(ids) > 1:
        ids = [i for i in ids if not _members_named_once(orgs[i])] or ids
    return ids[0] if len(ids) == 1 else None


# "expelled from the party", "a member of the party", "the party's paper": a lowercase "the party" after a
# preposition or a verb of joining or leaving, or in the possessive (not "the party reached Berezov", a company
# travelling, nor "the party of émigrés")
THE_PARTY = re.compile(r"(?:\b(?:of|from|to|into|in|within|for|by|with|joined|left|rejoined|quit)\s+the\s+party\b"
                       r"(?![’']s\b)(?!\s+of\b)|\bthe\s+party(?=[’']s\b))")


PARTY_BODIES = {"organisation", "organization", "organisations", "organizations", "executive", "secretariat"}


def _the_party_said(ctx: DocContext) -> tuple[Span, ...]:
    """Where the text says "the party" of the one party the record names; these spans are the party's mentions
    in the record, not references the later stages read (they find "the party" themselves)."""
    out = []
    for m in THE_PARTY.finditer(ctx.text):
        after = re.findall(r"[\w’'-]+", ctx.text[m.end():m.end() + 60])[1:4] if ctx.text[m.end():m.end() + 1] in "’'" else []
        if any(w.lower() in ORG_HEADS or w.lower() in PARTY_BODIES for w in after):
            continue  # "the party's local organisation", "the party's Central Committee": a body of the party
        start = m.end() - len("party")
        start = ctx.text.rfind("the", m.start(), start)
        out.append(ctx.span(start, m.end()))
    return tuple(out)


ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth"}


WING_WORDS = {"left", "right", "centre", "center", "independent", "majority", "minority"}  # "the Left Socialist
# Revolutionaries" are not the Socialist Revolutionaries


def _cut_from_a_longer_name(m: Mention, text: str) -> bool:
    """'[First All-Russian] Congress of Soviets': a capitalised word (not a function word) right before the
    mention says the name goes on before it."""
    got = re.search(r"([A-Z][\w’'-]*)\s+$", text[max(0, m.start - 40):m.start])
    return bool(got) and got.group(1).lower() not in STOP_WORDS


def _other_bodies_ending(by_name: dict[str, list[Identity]], short: str, long: Identity) -> bool:
    """Whether another body than ``long`` has a name that also ends in ``short`` with words of its own before it
    ("the SR Central Committee", "the Left SR Central Committee" beside "the Bolshevik Central Committee"): then
    the bare "Central Committee" may be any of them, and joins none; not a body the short name only completes
    ("the Russian Bureau of the Central Committee")."""
    return any(name.endswith(" " + short) and not {"of", "the"} & set(name[:-len(short)].lower().split())
               and long not in idents for name, idents in by_name.items())


def _join_qualified_names(bodies: list[Identity], text: str) -> list[Identity]:
    """'the Congress of Soviets' and 'the Second Congress of Soviets', 'the Central Committee' and 'the Bolshevik
    Central Committee': a body's name of two words or more is the same body as the one longer name the record holds
    that adds only an ordinal or a party's word (not a wing's, "Left") before a body's head noun; none where two
    such longer names are held (the Second and the Fourth Congress)."""
    by_name: dict[str, list[Identity]] = {}
    for ident in bodies:
        by_name.setdefault(ident.canonical(), []).append(ident)
    longer: dict[str, list[Identity]] = {}
    for name, idents in by_name.items():
        words = name.split(" ")
        head = words[words.index("of") - 1] if "of" in words[2:] else words[-1]
        if len(words) > 2 and head.lower() in ORG_HEADS and (words[0].lower() in ORDINAL_WORDS or affiliation_word(
                words[0]) and words[0][:1].isupper() and words[0].lower() not in WING_WORDS):
            longer.setdefault(" ".join(words[1:]), []).extend(idents)
        elif CHAMBER.fullmatch(name):
            longer.setdefault(words[-1], []).extend(idents)  # "the House of Commons" and "the Commons"
    for short, longs in longer.items():
        if len(longs) != 1 or len(by_name.get(short, ())) != 1:
            continue
        long, ident = longs[0], by_name[short][0]
        if long is ident or any(_cut_from_a_longer_name(m, text) for m in ident.mentions) \
                or _other_bodies_ending(by_name, short, long):
            continue
        if long.canonical().split(" ")[0].lower() in ORDINAL_WORDS and len(ident.mentions) > len(long.mentions):
            continue  # "the Continental Congress" said more often than "the Second Continental Congress": the
            # institution itself, not that one session
        long.mentions = sorted(long.mentions + ident.mentions, key=lambda m: m.start)
        bodies.remove(ident)
    return bodies

