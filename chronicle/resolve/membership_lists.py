"""Memberships: readers of lists -- colleagues going with a person, 'among the members of X',
'among them A and B', and 'Name:' paragraphs under an office heading.
"""

from __future__ import annotations

import re

from ..context import DocContext
from .clauses import Reader, Sentence, unique
from .membership_base import _token_at
from .membership_bodies import _aside, _body_before

COLLEAGUES = re.compile(r"\b(?:his|her|their)\s+(?:(?:old|former|fellow|new)\s+)?(?:colleagues|fellow[- ]members|"
                        r"associates)\s+(?:of|on|in)\s+(?:the\s+)?$", re.I)
WENT_WITH = re.compile(r"\b(?:resigned|withdrew|retired|stepped down|left|was dismissed|were dismissed|was removed|"
                       r"went)\b[^.;:]*\bwith (?:him|her)\s+$", re.I)
LIST_GAP = re.compile(r"^(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _colleagues(rd: Reader, s: Sentence):
    """ "his colleagues on the Politburo, Kamenev and Zinoviev": the persons listed and the possessor sit on the
    body (held); "the Triumvir resigned, and with him his colleagues of the Triumvirate, A and B": they left it
    (removed)."""
    refs = rd.refs_in(s.start, s.end)
    text = rd.ctx.text
    for k, org in enumerate(refs):
        if org.kind != "organization":
            continue
        m = COLLEAGUES.search(text, max(s.start, org.start - 60), org.start)
        if m is None or text[org.end:org.end + 1] != ",":
            continue
        listed, end = [], org.end
        for r in refs[k + 1:]:
            if r.kind != "person" or not (LIST_GAP.match(text[end:r.start]) if listed else
                                         re.match(r"^,\s*$", text[end:r.start])):
                break
            listed.append(r)
            end = r.end
        if not listed:
            continue
        status = "removed" if WENT_WITH.search(text, max(s.start, m.start() - 200), m.start()) else "held"
        owner = _token_at(rd, m.start())
        who = rd.entity(owner[0], owner[1], ("person",)) if owner is not None else None
        since = s.start
        if owner is not None and owner[0].sent[0].i > 0:
            since = owner[0].sent[0].nbor(-1).sent.start_char + owner[1]
        if who is not None and any(r.id == who.id and r.kind == "person" for r in rd.refs_in(since, m.start())):
            listed.append(who)  # "his" is one of them, when named in this sentence or the one before
        trigger = _token_at(rd, org.start)
        for p in unique(listed):
            yield p, org.id, status, trigger[0] if trigger else s.sent[0]


AMONG_THE = re.compile(r"^\s*(?:Among|Amongst)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?P<role>members|delegates|deputies|"
                       r"guests|representatives|founders|leaders|officers|directors|speakers|signatories)\s+"
                       r"(?:(?:were|was|sat|stood)\s+|(?:of|at|in|on)\s+)", re.I)
AMONG_REACH = 1500


def _among_the(rd: Reader, s: Sentence):
    """ "Among the guests were Maxim Gorky … and Rosa Luxemburg": the persons the sentence lists after a
    plural office hold it in the body named in the sentence ("Among the delegates of X were…"), else the
    body named last before it in the paragraph (the congress the paragraph is about)."""
    m = AMONG_THE.match(s.sent.text)
    if m is None:
        return
    role = m.group("role").lower()
    role = role[:-3] + "y" if role.endswith("ies") else role[:-1]
    cut = s.start + m.end()
    refs = rd.refs_in(s.start, s.end)
    first = next((r.start for r in refs if r.kind == "person"), s.end)
    inside = [r for r in refs if r.kind == "organization" and r.start < first and not _aside(rd, r)]
    body = inside[0] if inside else _body_before(rd, s.start, AMONG_REACH)
    if body is None:
        return
    trigger = next(t for t in s.sent if s.offset + t.idx >= s.start + m.start("role"))
    for r in rd.refs_in(cut, s.end):
        if r.kind != "person":
            continue
        between = rd.ctx.text[cut:r.start]
        if ";" in between or ":" in between:
            break
        tok = _token_at(rd, r.start)
        if tok is not None:
            t = tok[0]
            while t.head.i != t.i and rd.ref(t.head, tok[1]) == r:
                t = t.head
            if t.dep_ in ("nsubj", "nsubjpass", "dobj") and any(a.dep_ == "relcl" for a in [t.head, *t.head.ancestors]):
                continue  # "Luxemburg, with whom Trotsky formed an alliance": not one listed
        yield r, body.id, role, trigger


AMONG = re.compile(r"\b(?:among (?:them|whom|these|those)|including)\s*$", re.I)
NOT_MEMBERS = {"newspaper", "government"}  # "the Government arrested hundreds, among them…": not its members


def _among_them(rd: Reader, s: Sentence):
    """ "a savage hunt of the Bolsheviki; hundreds were imprisoned, among them A, B and C": the persons
    listed after "among them/whom" or "including" belong to the organization named last before it in the
    sentence, when no person comes between and that organization is not the clause's actor (a subject,
    or "by X")."""
    toks = list(s.sent)
    for k, t in enumerate(toks[1:], 1):
        pos = s.offset + t.idx
        m = AMONG.search(rd.ctx.text, max(s.start, pos - 20), pos)
        if m is None or toks[k - 1].lower_ not in ("them", "whom", "these", "those", "including"):
            continue
        before = [r for r in rd.refs_in(s.start, m.start()) if r.kind in ("person", "organization")]
        if not before or before[-1].kind != "organization" or rd.kinds.get(before[-1].id) in NOT_MEMBERS:
            continue
        org = before[-1]
        org_tok = next((x for x in toks if s.offset + x.idx >= org.start), None)
        if org_tok is None or org_tok.dep_ in ("nsubj", "nsubjpass") or \
                org_tok.dep_ == "pobj" and org_tok.head.lower_ == "by":
            continue
        listed = []
        for x in toks[k:]:
            if x.text in (";", ".", ":", "(", "--", "—") or x.pos_ == "VERB":
                break
            p = rd.entity(x, s.offset, ("person",))
            if p is not None:
                listed.append(p)
        for p in unique(listed):
            yield p, org.id, t


# a heading naming an office, then one paragraph per holder, each opening "Name:" ("The Socialist
# Ministers" … "Tseretelli: disarmed the workmen…"; "The Delegates" … "Smith: spoke for the miners")
LIST_HEAD = re.compile(r"\b(?:(?:[A-Z][\w’'-]+)\s+)?(Ministers|Members|Delegates|Leaders|Commissars|Senators|Deputies"
                       r"|Directors|Editors|Governors)\b")
LIST_REACH = 400
PARAGRAPH_START = re.compile(r"\n[ \t]*\n[ \t]*$")
GOVERNING = {"minister", "commissar", "governor"}  # the government named last holds these


def _listed(rd: Reader, ctx: DocContext):
    """(person, organization, role, position) for "Name:" paragraphs under a heading naming their office:
    ministers, commissars, governors in the government named last before the heading; other offices in
    the organization the heading names ("The Bolshevik Leaders")."""
    text = ctx.text
    entries = [r for r in ctx.refs if r.kind == "person" and text[r.end:r.end + 1] == ":"
               and (r.start == 0 or PARAGRAPH_START.search(text, max(0, r.start - 10), r.start))]
    runs: list[list] = []
    for r in entries:
        if runs and r.start - runs[-1][-1].start < 800 and "\n\n" in text[runs[-1][-1].end:r.start]:
            runs[-1].append(r)
        else:
            runs.append([r])
    govs = [r for r in rd.orgs if rd.kinds.get(r.id) == "government"]
    for entries in (x for x in runs if len(x) >= 2):
        first = entries[0].start
        heads = list(LIST_HEAD.finditer(text, max(0, first - LIST_REACH), first))
        if not heads:
            continue
        m = heads[-1]
        word = m.group(1).lower()
        role = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        if role in GOVERNING:
            before = [g for g in govs if g.end <= m.start()]
            org = before[-1].id if before else None
        else:
            named = [r for r in rd.refs_in(m.start(), m.start(1)) if r.kind == "organization"]
            org = named[-1].id if named else None
        if org is None:
            continue
        for r in entries:
            yield r.id, org, role, r.start
