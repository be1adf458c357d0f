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

from cronaca.article import Article
from cronaca.quotes.around import head_first, parenthetical_start, speaker_after_clause
from cronaca.quotes.attribution import after, before, leads_into_quote
from cronaca.quotes.clause import before_cue, clause_end
from cronaca.quotes.context import Context
from cronaca.quotes.comma_lead import mark_start
from cronaca.quotes.coordinated import later_start
from cronaca.quotes.continuation import continues, in_attribution, interrupted
from cronaca.quotes.dash import dash_attribution
from cronaca.quotes.found import Found, words
from cronaca.quotes.found import spot as find_spot
from cronaca.quotes.incise import split_incise
from cronaca.quotes.led import ends_statement, goes_on, led
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.marks import Marked
from cronaca.quotes.opening import clause_start
from cronaca.quotes.titles import headline

MIN_WORDS = 4
MAX_TAIL_WORDS = 12            # a sentence after a quotation that may be its attribution


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
    spot = find_spot(ctx, m, nxt, prev, lex)
    alone = spot.whole and spot.tail_words == 0
    head = before(text, spot.head_lo, m.open, lex, det) if words(
        text[spot.head_lo:m.open]) else None
    lead = led(text, m, spot, head, lex) if head is not None else None
    if lead is not None:
        lead.alone = alone
        return lead
    attr = after(text, m.close, spot.tail_hi, lex, det) if spot.tail_words else None
    if attr is not None and not spot.whole and text[slice(*attr.cue)].casefold() in lex.participles:
        attr = None        # '... a defense of "our values," saying the city ...': its own clause
    if attr is not None and head_first(text, m, spot.whole, head, attr):
        attr = None
    if attr is None and alone and spot.sent_hi < min(nxt, spot.para_hi):
        lo, hi = ctx.sentence(spot.sent_hi + 1)    # '"...." Kim said.' in a sentence of its own
        lo = max(lo, spot.sent_hi)     # where the segmenter saw no stop inside the mark
        if hi <= nxt and words(text[lo:hi]) <= MAX_TAIL_WORDS:
            attr = after(text, lo, hi, lex, det)
            if attr is not None and (text[lo:hi].rstrip()[-1:] == ":"
                                     or leads_into_quote(text, attr.cue[1], len(text))):
                attr = None            # 'Lee said:' introduces the quotation after it
    if attr is not None and attr.speaker is not None:
        # 'The deal "...," Kim wrote.', 'Rates were "too high" last year, Kim said.'
        end = m.end if spot.whole and ends_statement(text, m) and not goes_on(text, m, attr, lex) \
            else before_cue(text, m, attr, lex)
        if end != m.end and attr.speaker[0] < end:
            attr, end = speaker_after_clause(text, m, attr, end, lex, det)
        if spot.whole and end == m.end:
            return Found(list(m.pieces), attr, "direct", m.start, m.end, alone=True)
        return Found(list(m.pieces), attr, "partial", m.open if spot.whole else spot.head_lo, end)
    if head is not None:
        if head.where == "according":
            return Found(list(m.pieces), head, "direct" if spot.whole else "partial",
                         m.start, m.end)
        start = parenthetical_start(text, spot.head_lo, head, lex)
        start = clause_start(text, head, m, lex) if start is None else start
        return Found(list(m.pieces), head, "partial", start, clause_end(text, m, spot.sent_hi, lex))
    kind = "direct" if spot.whole else "partial"
    if attr is None:
        kind = "direct" if spot.whole and words(text[m.start:m.end]) >= MIN_WORDS \
            and not headline(text, m.start, m.end) else ""
    return Found(list(m.pieces), attr, kind, m.start, m.end, alone=alone)


def find_direct(article: Article, marked: list[Marked], lex: Lexicon, det) -> list[Found]:
    ctx = Context(article)
    found: list[Found] = []
    for i, m in enumerate(marked):
        if found and found[-1].end >= m.end and found[-1].start <= m.start:
            continue                             # inside a clause already taken
        nxt = marked[i + 1].open if i + 1 < len(marked) else len(article.text)
        prev = marked[i - 1].close if i else 0
        if found and interrupted(ctx, found[-1], m, lex):
            if found[-1].kind == "partial" and found[-1].head_end is None:
                found[-1].head_end = found[-1].end
            found[-1].pieces += list(m.pieces)
            found[-1].end, found[-1].continued = m.end, True
            continue
        if found and in_attribution(ctx, found[-1], m, lex):
            continue
        item = attribute(ctx, m, nxt, prev, lex, det)
        if item.kind == "partial" and item.start < m.open:
            item.start = later_start(ctx.text, item.start, m.open, lex) or item.start
            item.start = mark_start(ctx.text, item.start, m.open, item.attribution, lex) or item.start
        if found and continues(ctx, found[-1], item, lex):
            last = found[-1]
            last.pieces += item.pieces
            last.end, last.continued = item.end, True
            continue
        if item.kind:
            found.append(item)
    return found
