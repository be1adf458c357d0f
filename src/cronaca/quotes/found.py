"""A quotation found in marks, and where it sits in its sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass

from cronaca.quotes.around import conjunction_lead
from cronaca.quotes.attribution import Attribution
from cronaca.quotes.context import Context
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.marks import Marked
from cronaca.quotes.reported import sentence_stop
from cronaca.quotes.speaker import TOKEN

_SENTENCE_END = re.compile(r"[.!?]\s+$")


@dataclass
class Found:
    pieces: list[tuple[int, int]]
    attribution: Attribution | None
    kind: str                          # "direct" | "partial"
    start: int
    end: int
    continued: bool = False            # merged into or inherited from the quote before
    alone: bool = False                # a sentence of its own: can go on a quote before it
    head_end: int | None = None        # a partial's own clause ends here, later pieces joined


def words(text: str) -> int:
    return len(TOKEN.findall(text))


@dataclass(frozen=True)
class Spot:
    """Where a quotation sits in its sentence."""
    head_lo: int                       # where the words before the opening mark start
    sent_hi: int
    tail_hi: int                       # where the words after the closing mark end
    para_hi: int
    whole: bool                        # nothing but a lead-in before it: a statement
    tail_words: int
    lead: str                          # the last character before the opening mark


def spot(ctx: Context, m: Marked, nxt: int, prev: int, lex: Lexicon) -> Spot:
    text = ctx.text
    para_hi = ctx.paragraph(m.close - 1)[1]
    # a stop inside the closing mark ends the sentence, even where the segmenter saw none
    sent_hi = sentence_stop(text, m.end - 1, max(ctx.sentence(m.close - 1)[1], m.close))
    tail_hi = min(max(sent_hi, m.close), nxt, para_hi)
    head_lo = max(ctx.sentence(m.open)[0], prev, ctx.paragraph(m.open)[0])
    if _SENTENCE_END.search(text, head_lo, m.open):
        head_lo = m.open       # '... after a forum in Fort Mill, S.C. "It seems ..."': a new sentence
    lead = text[head_lo:m.open].rstrip()[-1:]
    # a quotation after a colon, a spaced dash or a bracket stands as a statement of its
    # own, whatever leads to it ('Neither was impressed - "Born rich," Lee said - and ...')
    tail = words(text[m.close:tail_hi])
    whole = words(text[head_lo:m.open]) == 0 or lead in (":", "(") or (
        lead in ("—", "–", "-") and text[m.open - 1:m.open].isspace()) or (
        not tail and conjunction_lead(text, head_lo, m.open, lex))
    return Spot(head_lo, sent_hi, tail_hi, para_hi, whole, tail, lead)
