"""Quotations in marks (and dash speech), each with its attribution and content.

An interrupted quotation ('"...", said Kim, "..."') and a quotation that goes
on in the next sentence or paragraph without an attribution of its own
('"...," Kim said. "..."') are ONE quote: its span runs from the first piece to
the last (the attribution in between included) and its text is the quoted
pieces joined by a space.

A quotation with no cue is kept, unattributed, only when it is a statement on
its own (it opens its sentence and holds at least ``MIN_WORDS`` words); a short
phrase in marks with no cue is a title, a name or a scare quote and is dropped
('Putin gets "secure access to ..."' is nobody's quote).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from cronaca.article import Article
from cronaca.quotes.around import (clause_before_speaker, conjunction_lead, head_first,
                                   parenthetical_start, speaker_after_clause)
from cronaca.quotes.attribution import Attribution, after, before, leads_into_quote
from cronaca.quotes.clause import before_cue, clause_end
from cronaca.quotes.context import Context
from cronaca.quotes.coordinated import later_start
from cronaca.quotes.continuation import continues, in_attribution, interrupted
from cronaca.quotes.dash import dash_attribution
from cronaca.quotes.incise import split_incise
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.marks import Marked
from cronaca.quotes.opening import clause_start, has_complementiser, skip_space
from cronaca.quotes.reported import sentence_stop
from cronaca.quotes.speaker import TOKEN
from cronaca.quotes.titles import headline

MIN_WORDS = 4
MAX_TAIL_WORDS = 12            # a sentence after a quotation that may be its attribution
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


def _words(text: str) -> int:
    return len(TOKEN.findall(text))


@dataclass(frozen=True)
class _Spot:
    """Where a quotation sits in its sentence."""
    head_lo: int                       # where the words before the opening mark start
    sent_hi: int
    tail_hi: int                       # where the words after the closing mark end
    para_hi: int
    whole: bool                        # nothing but a lead-in before it: a statement
    tail_words: int
    lead: str                          # the last character before the opening mark


def _spot(ctx: Context, m: Marked, nxt: int, prev: int, lex: Lexicon) -> _Spot:
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
    tail = _words(text[m.close:tail_hi])
    whole = _words(text[head_lo:m.open]) == 0 or lead in (":", "(") or (
        lead in ("—", "–", "-") and text[m.open - 1:m.open].isspace()) or (
        not tail and conjunction_lead(text, head_lo, m.open, lex))
    return _Spot(head_lo, sent_hi, tail_hi, para_hi, whole, tail, lead)


def attribute(ctx: Context, m: Marked, nxt: int, prev: int, lex: Lexicon, det) -> Found:
    text = ctx.text
    if m.dash:
        m, attr = dash_attribution(ctx, m, lex, det)
        # a dash paragraph with no attribution is as likely a list item as speech
        return Found(list(m.pieces), attr, "direct" if attr else "", m.start, m.end, alone=True)
    if (incise := split_incise(text, m, lex, det)) is not None:
        # '«A – ha aggiunto Ferri – B»': the attribution inside the marks
        m, attr = incise
        return Found(list(m.pieces), attr, "direct", m.start, m.end)
    spot = _spot(ctx, m, nxt, prev, lex)
    alone = spot.whole and spot.tail_words == 0
    head = before(text, spot.head_lo, m.open, lex, det) if _words(
        text[spot.head_lo:m.open]) else None
    led = _led(text, m, spot, head, lex) if head is not None else None
    if led is not None:
        led.alone = alone
        return led
    attr = after(text, m.close, spot.tail_hi, lex, det) if spot.tail_words else None
    if attr is not None and not spot.whole and text[slice(*attr.cue)].casefold() in lex.participles:
        attr = None        # '... a defense of "our values," saying the city ...': its own clause
    if attr is not None and head_first(text, m, spot.whole, head, attr):
        attr = None
    if attr is None and alone and spot.sent_hi < min(nxt, spot.para_hi):
        lo, hi = ctx.sentence(spot.sent_hi + 1)    # '"...." Kim said.' in a sentence of its own
        lo = max(lo, spot.sent_hi)     # where the segmenter saw no stop inside the mark
        if hi <= nxt and _words(text[lo:hi]) <= MAX_TAIL_WORDS:
            attr = after(text, lo, hi, lex, det)
            if attr is not None and (text[lo:hi].rstrip()[-1:] == ":"
                                     or leads_into_quote(text, attr.cue[1], len(text))):
                attr = None            # 'Lee said:' introduces the quotation after it
    if attr is not None and attr.speaker is not None:
        # 'The deal "...," Kim wrote.', 'Rates were "too high" last year, Kim said.'
        end = m.end if spot.whole and _ends_statement(text, m) else before_cue(text, m, attr, lex)
        if end != m.end and attr.speaker[0] < end:
            attr, end = speaker_after_clause(text, m, attr, end, lex, det)
        if spot.whole and end == m.end:
            return Found(list(m.pieces), attr, "direct", m.start, m.end, alone=True)
        return Found(list(m.pieces), attr, "partial", m.open if spot.whole else spot.head_lo, end)
    if head is not None:
        if head.where == "according":
            return Found(list(m.pieces), head, "direct" if spot.whole else "partial",
                         m.start, m.end)
        start = parenthetical_start(text, spot.head_lo, head)
        start = clause_start(text, head, m, lex) if start is None else start
        return Found(list(m.pieces), head, "partial", start, clause_end(text, m, spot.sent_hi, lex))
    kind = "direct" if spot.whole else "partial"
    if attr is None:
        kind = "direct" if spot.whole and _words(text[m.start:m.end]) >= MIN_WORDS \
            and not headline(text, m.start, m.end) else ""
    return Found(list(m.pieces), attr, kind, m.start, m.end, alone=alone)


def _ends_statement(text: str, m: Marked) -> bool:
    """'"We need him," his wife, Ana Lee, wrote': a quotation that opens its sentence and
    closes on a comma, "?" or "!" is the statement; the words after it attribute it."""
    return any(ch in ",?!" for ch in text[m.end - 1:m.close])


def _led(text: str, m: Marked, spot: _Spot, head: Attribution, lex: Lexicon) -> Found | None:
    """A quotation whose cue stands before it, when the words before it settle its kind."""
    pieces = list(m.pieces)
    if _naming(text, head, lex) and head.cue[1] <= m.open:
        # 'Kim called Putin "the best friend..."', '..., calling it "a disgrace," Lee said'
        # 'a series called "Open Doors"' names a thing: nothing between the cue and the
        # mark, so nothing of the clause after it belongs to the name
        named = _words(text[head.cue[1]:m.open]) == 0
        return Found(pieces, head, "partial", skip_space(text, head.cue[1]),
                     m.close if named else clause_end(text, m, spot.sent_hi, lex))
    if head.direct and spot.lead not in (":", ",") and spot.tail_words:
        # 'Kim says "the tide has turned" despite the loss': the clause goes on
        return Found(pieces, head, "partial", clause_start(text, head, m, lex),
                     clause_end(text, m, spot.sent_hi, lex))
    lead_clause = clause_before_speaker(text, m, spot.lead, spot.head_lo, head)
    if head.direct and lead_clause is not None:
        # 'If the bill passes, Kim said, "we will appeal."': the words before the
        # attribution open the reported statement
        return Found(pieces, head, "partial", lead_clause, clause_end(text, m, spot.sent_hi, lex))
    if head.direct:                                # 'Kim said: "...", and "..."'
        return Found(pieces, head, "direct", m.start, m.end)
    if (spot.lead in (":", ",") and head.where != "according" and not spot.tail_words
            and not has_complementiser(text, head, m, lex)
            and not (spot.lead == "," and text[m.start:m.start + 1].islower())):
        # 'Kim told the crowd in Ohio, "We will win."': a statement of its own
        return Found(pieces, head, "direct", m.start, m.end)
    return None


def _naming(text: str, attr: Attribution, lex: Lexicon) -> bool:
    return lex.naming is not None and lex.naming.fullmatch(text, *attr.cue) is not None


def find_direct(article: Article, marked: list[Marked], lex: Lexicon, det) -> list[Found]:
    ctx = Context(article)
    found: list[Found] = []
    for i, m in enumerate(marked):
        if found and found[-1].end >= m.end and found[-1].start <= m.start:
            continue                             # inside a clause already taken
        nxt = marked[i + 1].open if i + 1 < len(marked) else len(article.text)
        prev = marked[i - 1].close if i else 0
        if found and interrupted(ctx, found[-1], m, lex):
            found[-1].pieces += list(m.pieces)
            found[-1].end, found[-1].continued = m.end, True
            continue
        if found and in_attribution(ctx, found[-1], m, lex):
            continue
        item = attribute(ctx, m, nxt, prev, lex, det)
        if item.kind == "partial" and item.start < m.open:
            item.start = later_start(ctx.text, item.start, m.open, lex) or item.start
        if found and continues(ctx, found[-1], item, lex):
            last = found[-1]
            last.pieces += item.pieces
            last.end, last.continued = item.end, True
            continue
        if item.kind:
            found.append(item)
    return found
