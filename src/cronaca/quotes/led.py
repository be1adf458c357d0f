"""A quotation whose cue stands before it: its kind and its bounds."""
from __future__ import annotations

from cronaca.quotes.around import clause_before_speaker
from cronaca.quotes.attribution import Attribution, after
from cronaca.quotes.clause import clause_end
from cronaca.quotes.found import Found, Spot, words
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.marks import Marked
from cronaca.quotes.opening import clause_start, has_complementiser, skip_space, subject_first
from cronaca.quotes.speaker import TOKEN


def led(text: str, m: Marked, spot: Spot, head: Attribution, lex: Lexicon) -> Found | None:
    """A quotation whose cue stands before it, when the words before it settle its kind."""
    pieces = list(m.pieces)
    if _naming(text, head, lex) and head.cue[1] <= m.open:
        # 'Kim called Putin "the best friend..."', '..., calling it "a disgrace," Lee said'
        # 'a series called "Open Doors"' names a thing: nothing between the cue and the
        # mark, so nothing of the clause after it belongs to the name
        named = words(text[head.cue[1]:m.open]) == 0
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
    if head.direct and _runs_on(text, m, spot, lex):
        # 'Lee said, "We have a week to go" before the vote.': the sentence goes on
        return Found(pieces, head, "partial", m.open, clause_end(text, m, spot.sent_hi, lex))
    if head.direct:                                # 'Kim said: "...", and "..."'
        return Found(pieces, head, "direct", m.start, m.end)
    if (spot.lead in (":", ",") and head.where != "according" and not spot.tail_words
            and not has_complementiser(text, head, m, lex)
            and not (spot.lead == ":" and subject_first(text, head.cue, m.open, lex) is not None)
            and not (spot.lead == "," and text[m.start:m.start + 1].islower())):
        # 'Kim told the crowd in Ohio, "We will win."': a statement of its own
        return Found(pieces, head, "direct", m.start, m.end)
    return None


def _runs_on(text: str, m: Marked, spot: Spot, lex: Lexicon) -> bool:
    """Words in lower case go on after a closing mark with no stop or comma before it,
    and no attribution stands there."""
    nxt = TOKEN.search(text, m.close, spot.tail_hi)
    return nxt is not None and nxt.group()[:1].islower() and not ends_statement(text, m) and \
        after(text, m.close, spot.tail_hi, lex, lex.determiners) is None


def _naming(text: str, attr: Attribution, lex: Lexicon) -> bool:
    return lex.naming is not None and lex.naming.fullmatch(text, *attr.cue) is not None


def ends_statement(text: str, m: Marked) -> bool:
    """'"We need him," his wife, Ana Lee, wrote': a quotation that opens its sentence and
    closes on a comma, "?" or "!" is the statement; the words after it attribute it."""
    return any(ch in ",?!" for ch in text[m.end - 1:m.close])


def goes_on(text: str, m: Marked, attr: Attribution, lex: Lexicon) -> bool:
    """'"...," since few cases were ever tried, said Lee': a comma inside the mark, then
    a preposition or a subordinator that goes on with the sentence before the cue (a
    function word, not one of the language's ``stops_not_going_on``; only in a language
    that lists those: measured on English)."""
    if not lex.stops_not_going_on:
        return False
    nxt = TOKEN.search(text, m.close, attr.cue[0])
    return nxt is not None and text[m.end:m.close].strip().startswith(",") and \
        nxt.group().casefold() in lex.stops and nxt.group().casefold() not in lex.stops_not_going_on
