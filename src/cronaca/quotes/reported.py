"""A reported clause: its span, attribution and kind, and how one is made."""
from __future__ import annotations

import re
from dataclasses import dataclass

from cronaca.quotes.attribution import Attribution
from cronaca.quotes.speaker import TOKEN

MIN_CLAUSE_WORDS = 3
_MARKS = re.compile(r"[\"“”«»„]")
_END = ".;:!? \n,"


@dataclass(frozen=True)
class Reported:
    start: int
    end: int
    attribution: Attribution
    kind: str


# '... "private messages." His remarks ...': a stop inside the closing mark, then a
# capital, ends the sentence even where the segmenter saw none (NYT '' marks, read as ")
_QUOTE_STOP = re.compile(r"[.!?][\"”»“]\s+(?=[\"“«„]?[A-ZÀ-Ý])")


def sentence_stop(text: str, lo: int, hi: int) -> int:
    """Just after the closing mark of the first quoted sentence end in text[lo:hi], or hi."""
    m = _QUOTE_STOP.search(text, lo, hi)
    return m.start() + 2 if m else hi


def trim_end(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1] in _END:
        hi -= 1
    return hi


def words(text: str) -> int:
    return len(TOKEN.findall(text))


def make(text: str, lo: int, hi: int, attr: Attribution) -> Reported | None:
    hi = trim_end(text, lo, sentence_stop(text, lo, hi))
    while lo < hi and text[lo] in " ,:—–-":
        lo += 1
    if attr.speaker is None or words(text[lo:hi]) < MIN_CLAUSE_WORDS:
        return None
    kind = "partial" if _MARKS.search(text, lo, hi) else "indirect"
    return Reported(lo, hi, attr, kind)
