"""Memberships: offices whose title names a body, and ranks that place a person in the one body of
their kind the text names.

* A portfolio title held by a person ("Y, the Commissar of Labour", "sat in the Council as People's
  Commissar for Naval Affairs", "her resignation as Minister of Justice") is a seat in the council of
  that title's holders ("the Council of People's Commissars", "the Council of Ministers") and in the
  department of its field ("the Naval Commissariat" for "Naval Affairs", "the Commissariat of State
  Welfare" for "Social Welfare"), when the text names them. A resignation is removed, an appointment
  granted, else held.
* A military rank on a name ("Colonel Y", "Y, the General", "a private, Y") is a post in the army when
  the text names exactly one military body and it is an army ("the New Model Army"), and the name stands in
  a paragraph of the army's mention or next to one; a text of corps and armies leaves the rank unplaced.
  "Relieved of / removed from his command" in the sentence: removed.
* A clergyman's title ("Patriarch Y", "Y, an archpriest") is a place in the church when the text
  names exactly one church.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..context import DocContext, EntityRef
from .clauses import Reader, children, hypothetical, negated
from .membership_base import _token_at, name_head
from .membership_readings import _role

# title word -> (the plural a council of its holders is named by, the department nouns of its field)
PORTFOLIOS = {"commissar": ("commissars", ("commissariat",)), "minister": ("ministers", ("ministry",)),
              "secretary": ("secretaries", ("department", "secretariat", "office"))}
PORTFOLIO_TITLE = re.compile(r"\b(?:People[’']s\s+)?(Commissar|Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?"
                             r"((?:[A-Z][\w’'-]+)(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,3})")
# words of a field that say nothing of which one ("Foreign Affairs", "State Welfare")
FIELD_FILLER = {"affairs", "state", "the", "of", "and", "people's", "people’s", "public", "national", "general"}
QUIT = {"resignation", "dismissal", "removal", "recall"}


def _field_words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w’'-]+", name)} - FIELD_FILLER


def _portfolio_bodies(ctx: DocContext, title: str, field: str) -> list[str]:
    plural, depts = PORTFOLIOS[title.lower()]
    out = []
    for o in ctx.organizations:
        names = [o.name, *o.aliases]
        if any(re.search(rf"\bCouncil of (?:the\s+)?(?:People[’']s\s+)?{plural}\b", n, re.I) for n in names):
            out.append(o.id)  # "the Council of People's Commissars"
        elif any(d in n.lower().split() and _field_words(n) & _field_words(field) for n in names for d in depts):
            out.append(o.id)  # "the Naval Commissariat" for "Commissar for Naval Affairs"
    return out


def _portfolio_titles(rd: Reader, ctx: DocContext):
    """(person, organization, role, status, position) for portfolio titles held by a person."""
    for m in PORTFOLIO_TITLE.finditer(ctx.text):
        bodies = _portfolio_bodies(ctx, m.group(1), m.group(2))
        if not bodies:
            continue
        got = _token_at(rd, m.start(1))
        if got is None:
            continue
        tok, off = got
        role = m.group(0).split(" of ")[0].split(" for ")[0].strip()
        readings = [(p, status) for p, _, status, _ in _role(rd, tok, off, None)]
        if not readings:
            readings = list(_quit_as(rd, tok, off))
        for p, status in readings:
            for oid in bodies:
                yield p, oid, role, status, m.start(1)


def _quit_as(rd: Reader, tok: Token, off: int):
    """ "her resignation as People's Commissar of X": the possessor of a resignation (removed) or an
    appointment (granted) "as" the title."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "as" or tok.head.head.pos_ != "NOUN":
        return
    noun = tok.head.head
    lemma = noun.lemma_.lower()
    status = "removed" if lemma in QUIT else "granted" if lemma in ("appointment", "election", "nomination") \
        else None
    if status is None or noun.head.pos_ == "VERB" and (negated(noun.head) or hypothetical(noun.head)):
        return
    for c in children(noun, "poss"):
        r = rd.entity(c, off, ("person",))
        if r is not None:
            yield r, status


MILITARY_RANKS = {"general", "lieutenant-general", "major-general", "brigadier", "brigadier-general", "colonel",
                  "lieutenant-colonel", "major", "captain", "lieutenant", "ensign", "cornet", "sergeant", "corporal",
                  "private", "trooper", "marshal", "field-marshal"}
MILITARY_BODIES = {"army", "corps", "regiment", "division", "brigade", "legion", "battalion"}
CLERGY = {"archpriest", "priest", "bishop", "archbishop", "metropolitan", "patriarch", "deacon", "archdeacon",
          "cardinal", "abbot", "vicar", "chaplain", "pastor", "prior", "archimandrite"}
RANK = r"([A-Za-z]+(?:-[A-Za-z]+)?)"
BEFORE_NAME = re.compile(r"(?<![\w-])" + r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)" + r"\s+(?:Sir\s+)?$")  # "Colonel Y"
INSIDE_NAME = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:Sir\s+)?[A-Z]")
APPOS_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|The|A|An)\s+" + RANK + r",\s+$")  # "the Lieutenant-General, Y"
APPOS_AFTER = re.compile(r",\s+(?:the|a|an)\s+" + RANK + r"(?:\s*[,;:.)]|\s+(?:who|whom|whose)\b)")  # "Y, the General,"
TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
CIVIL_TITLES = {"attorney", "solicitor", "secretary", "governor", "procurator", "postmaster", "inspector", "consul",
                "registrar", "comptroller", "receiver", "auditor", "director", "commissary", "vicar", "surveyor"}
LOST_COMMAND = re.compile(r"\b(?:removed|relieved|dismissed|deprived|stripped)\s+(?:of|from)\s+(?:his|her)\s+"
                          r"(?:command|commission)\b")


def _rank_of(text: str, r: EntityRef) -> str | None:
    """The rank or title on a person's mention: in the name ("Colonel Y" kept whole), before it, or in
    apposition before or after it."""
    for m in (INSIDE_NAME.match(text, r.start, r.end), BEFORE_NAME.search(text, max(0, r.start - 25), r.start),
              APPOS_BEFORE.search(text, max(0, r.start - 30), r.start), APPOS_AFTER.match(text, r.end)):
        if m is not None and (m.group(1).lower() in MILITARY_RANKS | CLERGY or m.group(1) == "Father"):
            prev = TITLE_BEFORE.search(text, max(0, m.start(1) - 20), m.start(1))
            if prev is not None and prev.group(1).lower() in CIVIL_TITLES:
                return None  # "Attorney General Y", "Secretary General Y": a civil title ending in a rank word
            return m.group(1).lower()
    return None


def _sole_body(ctx: DocContext, heads: set[str], want: str) -> str | None:
    kinds = [(o.id, h) for o in ctx.organizations for h in [name_head(o.name).lower()] if h in heads]
    return kinds[0][0] if len(kinds) == 1 and kinds[0][1] == want else None


def _ranks(rd: Reader, ctx: DocContext):
    """(person, organization, role, status, position) for ranks and clerical titles placing a person in
    the text's only army or only church."""
    army = _sole_body(ctx, MILITARY_BODIES, "army")
    church = _sole_body(ctx, {"church"}, "church")
    if army is None and church is None:
        return
    text = ctx.text
    para = lambda pos: text.count("\n\n", 0, pos)
    near = {para(o.start) + k for o in rd.orgs if o.id == army for k in (-1, 0, 1)}
    for r in ctx.refs:
        if r.kind != "person":
            continue
        rank = _rank_of(text, r)
        if rank in MILITARY_RANKS and army is not None and para(r.start) in near:
            # only near the army's own mention (its paragraph or the next or last one): a general far from
            # it may serve on another side the text does not name as a body
            status = "removed" if _lost_command(rd, r) else "held"
            yield r, army, rank, status, r.start
        elif (rank in CLERGY or rank == "father") and church is not None:  # "Father Y": a priest
            yield r, church, rank, "held", r.start


def _lost_command(rd: Reader, r: EntityRef) -> bool:
    """ "Captain Y, who had …, was removed from his command": said of Y, no other person named between."""
    text = rd.ctx.text
    end = text.find(".", r.end)
    m = LOST_COMMAND.search(text, r.end, end if end > 0 else len(text))
    return m is not None and not any(x.kind == "person" and x.id != r.id for x in rd.refs_in(r.end, m.start()))
