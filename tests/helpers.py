"""Small helpers shared by the tests: a record of a bare string read as a file would be, and the memberships a
text yields for given persons and bodies (through ``tests.test_facts.make_ctx``)."""
from __future__ import annotations

import hashlib
import types

from chronicle.extract import extract_text


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
    from tests.test_facts import make_ctx

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
