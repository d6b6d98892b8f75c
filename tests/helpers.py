"""Small helpers shared by the tests: a record of a bare string read as a file would be, and the memberships a
text yields for given persons and bodies, and a hand-made context (``make_ctx``) for testing a fact stage alone."""
from __future__ import annotations

import hashlib
import re
import types

from chronicle.annotate.pipeline import Chunk, load_nlp
from chronicle.context import DocContext, EntityRef
from chronicle.extract import extract_text
from chronicle.record import Organization, Person, Place, TimeExpression


def record(text: str):
    """The record of ``text`` as one plain-text document of one body section (no notes, no paragraphs)."""
    src = types.SimpleNamespace(path="passage.txt", title="t", text=text, format="text", encoding="utf-8",
                                sha256=hashlib.sha256(text.encode()).hexdigest(), body=((0, len(text)),),
                                notes=(), sections=(), paragraphs=())
    return extract_text(src)


def membership_triples(text: str, persons, orgs) -> set[tuple[str, str, str]]:
    """(person id, organization id, status) of every membership the memberships stage reads in ``text``, the
    ``persons`` (all male) and ``orgs`` given as the entity layer's output."""
    from chronicle.resolve import memberships
    ctx = make_ctx(text, {p: "m" for p in persons}, orgs=orgs)
    return {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}


def time_value_at(text: str, words: str) -> str | None:
    """The value of the time expression the time layer tags over the first occurrence of ``words`` in ``text``
    (document-creation-time free mode "d"), None when none covers it."""
    from chronicle.annotate.timex import tag_time

    i = text.index(words)
    for t in tag_time(text, "d"):
        if t.span.start <= i < t.span.end:
            return t.value
    return None


def make_ctx(text: str, persons: dict[str, str] = {}, places: dict[str, str | None] = {},
             orgs: tuple[str, ...] = (), times: dict[str, str] = {}) -> DocContext:
    """A context for ``text``: ``persons`` name -> gender, ``places`` name -> containing place name."""
    doc = load_nlp()(text)
    ctx = DocContext("t", text, text, [(0, len(text))], [(0, len(text))], [], [Chunk(0, doc)])
    slug = lambda s: re.sub(r"\W+", "_", s.lower())
    refs = []

    def find(name):
        return [ctx.span(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]

    for name, gender in persons.items():
        spans = find(name)
        ctx.persons.append(Person(slug(name), name, (name,), tuple(spans), gender))
        refs += [EntityRef(s.start, s.end, slug(name), "person") for s in spans]
    for name, within in places.items():
        spans = find(name)
        ctx.places.append(Place(slug(name), name, (name,), tuple(spans), within=slug(within) if within else None))
        refs += [EntityRef(s.start, s.end, slug(name), "place") for s in spans]
    for name in orgs:
        spans = find(name)
        ctx.organizations.append(Organization(slug(name), name, (name,), tuple(spans)))
        refs += [EntityRef(s.start, s.end, slug(name), "organization") for s in spans]
    ctx.refs = sorted(refs, key=lambda r: (r.start, r.end))
    for i, (t, value) in enumerate(times.items()):
        s = find(t)[0]
        kind = "DURATION" if value.startswith("P") else "TIME" if re.search(r"T[A-Z0-9]", value) else "DATE"
        ctx.time_expressions.append(TimeExpression(f"t{i}", s, kind, value))
    return ctx


def pronoun_at(rd, text: str, phrase: str, nth: int = 0) -> str | None:
    """The id of the person a ``clauses.Reader`` reads the pronoun opening the ``nth`` ``phrase`` of ``text`` as."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(phrase, pos + 1)
    r = rd.pronouns.get(pos)
    return r.id if r is not None else None


def quote_speaker(rec, text: str, words: str) -> str | None:
    """The name of the speaker of the quotation of ``rec`` that covers ``words``."""
    pos = text.index(words)
    names = {e.id: e.name for e in (*rec.persons, *rec.organizations)}
    hits = [q for q in rec.quotations if q.words.start <= pos < q.words.end]
    assert hits, f"no quotation covers {words!r}"
    return names.get(hits[0].speaker)


def entity_names(rec, kind: str | None = None) -> set[str]:
    """The names of the record's persons, places and organizations (or of one ``kind``)."""
    kinds = [kind] if kind else ["persons", "places", "organizations"]
    return {e.name for k in kinds for e in getattr(rec, k)}


def relationship_pairs(text: str, persons: dict[str, str | None], orgs: tuple[str, ...] = ()) -> set:
    """({a, b}, type) of every relationship the relationships stage reads in ``text`` for these persons (name ->
    gender) and bodies."""
    from chronicle.resolve import relationships
    rels = relationships.run(make_ctx(text, persons, orgs=orgs))["relationships"]
    return {(frozenset((r.a, r.b)), r.type) for r in rels}


def person_ids_at(rec, at: int) -> set[str]:
    """Ids of the persons of ``rec`` with a mention starting at character ``at``."""
    return {p.id for p in rec.persons for m in p.mentions if m.start == at}


def person_id(rec, name: str) -> str:
    """The id of the one person of ``rec`` named or aliased ``name`` (fails when none or several are)."""
    hits = [p.id for p in rec.persons if p.name == name or name in p.aliases]
    assert len(hits) == 1, (name, [(p.name, p.aliases) for p in rec.persons])
    return hits[0]
