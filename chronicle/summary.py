"""A readable summary of a record, for the terminal."""
from __future__ import annotations

import re

from .record import Record


def summarize(record: Record, top: int = 8) -> str:
    """Counts per list, then the most-mentioned persons, places and organizations."""
    lines = []
    for doc in record.documents:
        lines.append(f"{doc.title or doc.source}  ({doc.length:,} characters, id {doc.id})")
    counts = [f"{len(getattr(record, k))} {k.replace('_', ' ')}" for k in Record.LISTS if k != "documents"]
    lines.append("  " + ", ".join(counts))
    for label, items in (("persons", record.persons), ("places", record.places), ("organizations", record.organizations)):
        ranked = sorted(items, key=lambda e: -len(e.mentions))[:top]
        if ranked:
            lines.append(f"  top {label}: " + "; ".join(f"{e.name} ({len(e.mentions)})" for e in ranked))
    dated = sorted(t.value for t in record.time_expressions  # years, months and days; not centuries ("17")
                   if t.value and re.match(r"\d{4}(?:-\d\d){0,2}$", t.value) and t.type == "DATE")  # not "1917-XX-XX"
    if dated:
        lines.append(f"  dates from {dated[0]} to {dated[-1]}")
    return "\n".join(lines)
