"""A quotation with no cue of its own that goes on from a reported clause.

'Lee said he had "made money in down markets." "Frankly, this is what we need."':
the quotation right after a reported clause, in the same paragraph and with nothing
between them, is more of what the clause reports; the two are one partial quote
(its span runs from the clause to the end of the quotation).
"""
from __future__ import annotations

import re

from cronaca.quotes.direct import Found
from cronaca.quotes.reported import Reported

_GAP = re.compile(r"[\s.!?,;:\"'“”„«»‘’…]*")


def joined(text: str, items: list) -> list:
    """``items`` (sorted by start) with each cue-less quotation joined to the reported
    clause right before it."""
    out: list = []
    for item in items:
        prev = out[-1] if out else None
        if prev is not None and _goes_on(text, prev, item):
            out[-1] = Reported(prev.start, item.end, prev.attribution, "partial")
            continue
        out.append(item)
    return out


def _goes_on(text: str, prev, item) -> bool:
    if not isinstance(item, Found) or item.attribution is not None or item.kind != "direct":
        return False
    if prev.attribution is None or prev.kind not in ("partial", "indirect"):
        return False
    gap = text[prev.end:item.start]
    return "\n" not in gap and _GAP.fullmatch(gap) is not None

