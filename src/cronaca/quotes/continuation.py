"""When a quotation in marks is more of the quote before it, or part of its attribution.

'"A," said Kim, "B."' and '"A," Kim said. "B."' are one quote; a title in marks
inside the attribution ('Kim told NBC's "Today".') is neither a quote nor a break.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cronaca.quotes.around import conjunction_lead
from cronaca.quotes.context import Context
from cronaca.quotes.lexicon import Lexicon, cues
from cronaca.quotes.marks import Marked
from cronaca.quotes.speaker import TOKEN

if TYPE_CHECKING:
    from cronaca.quotes.direct import Found

_LAST_WORD = re.compile(r"(.{0,3})\b(\w+)$", re.DOTALL)
MAX_TITLE_WORDS = 6            # a longer phrase in marks is more than a name or a title
MAX_LEAD_WORDS = 4             # between a second cue and its quotation: "adding of Mr. Lee,"
_OPENING = " \t\n\"'“„«‹‘"


def _words(text: str) -> int:
    return len(TOKEN.findall(text))


def interrupted(ctx: Context, last: Found, m: Marked, lex: Lexicon) -> bool:
    """'«...», ha detto Kim, esperto di Corea, «...»': the attribution splits one quote;
    also '"...," she said, and "..."' (a conjunction after the comma)."""
    if last.attribution is None or m.dash or last.kind != "direct" and not (
            last.attribution.where == "after" and ctx.text[m.start:m.start + 1].islower()):
        return False           # 'The "feud is real," he said, "and it hurts."': a partial too
    cue = last.attribution.cue[0]
    return (last.end <= cue < m.open and ctx.sentence(cue) == ctx.sentence(m.open)
            and _lead_in(ctx.text[:m.open].rstrip(), lex)
            and not _second_cue(ctx.text, last, m.open, lex))


def _second_cue(text: str, last: Found, hi: int, lex: Lexicon) -> bool:
    """'"...," she said, adding: "..."', '..., he said, and then predicted: "..."': a
    second cue of the same speaker that leads straight into the next quotation opens a
    new quote. A cue with a subject of its own ('..., after Lee stated ...') does not,
    nor one that reports a clause first ('..., adding that ... . "..."')."""
    lo = last.attribution.cue[1]
    if lo >= hi:
        return False
    for cue in cues(lex.verbs, text, lo, hi):
        before = [w.casefold() for w in TOKEN.findall(text, lo, cue.start())]
        while before and before[-1] in lex.aux:
            before.pop()
        lead = text[cue.end():hi].rstrip(_OPENING)
        if (cue.group().casefold() in lex.participles or (before and before[-1] in lex.conjunctions)) \
                and lead[-1:] in (",", ":") and _words(lead) <= MAX_LEAD_WORDS:
            return True
    return False


def _lead_in(head: str, lex: Lexicon) -> bool:
    if head[-1:] in (",", ":"):
        return True
    last = _LAST_WORD.search(head)
    return last is not None and last.group(2).casefold() in lex.conjunctions \
        and last.group(1).rstrip().endswith(",")


def in_attribution(ctx: Context, last: Found, m: Marked, lex: Lexicon) -> bool:
    """'"...," Kim told NBC's "Today" show.': a title in marks inside the attribution
    is neither a quote nor a break between the quote and its next sentence."""
    attr = last.attribution
    if attr is None or attr.where != "after" or m.dash or not last.end <= attr.cue[0] < m.open:
        return False
    return (ctx.sentence(attr.cue[0]) == ctx.sentence(m.open)
            and _words(ctx.text[m.start:m.end]) <= MAX_TITLE_WORDS
            and ctx.text[:m.open].rstrip()[-1:] not in (",", ":", ".", "!", "?")
            and not any(cues(words, ctx.text, attr.cue[1], m.open)
                        for words in (lex.verbs, lex.naming, lex.complementisers)))


def continues(ctx: Context, last: Found, item: Found, lex: Lexicon) -> bool:
    """Is ``item`` more of ``last``: interrupted by its attribution, or its next sentences?

    Only when nothing but ``last``'s own attribution stands between them: no other
    sentence, and across a paragraph break only a paragraph that opens with the quote.
    """
    if last.attribution is None or item.kind == "partial":
        return False
    if last.kind != "direct" and last.attribution.where != "after":
        return False
    if last.kind == "partial" and item.attribution is not None:
        # 'Citing Kim's "empathy," Lee said, "...".': the cue after the phrase opens a
        # statement of its own, it does not join the two
        return False
    same_cue = item.attribution is not None and item.attribution.cue == last.attribution.cue
    # a quotation with no cue that opens its sentence goes on with the quote before, even
    # when narration follows it ('"...," Lee added. "..." in the last debate.')
    if not same_cue and (item.attribution is not None or item.kind != "direct" and not item.alone):
        return False
    if "\n" in ctx.text[last.end:item.start] and ctx.paragraph(item.start)[0] < item.start - 2:
        return False
    cue_lo = last.attribution.cue[0]
    if cue_lo >= last.end and _second_cue(ctx.text, last, item.start, lex):
        return False
    lo = ctx.sentence(cue_lo)[1] if cue_lo >= last.end else last.end
    if item.start <= lo:
        return True                              # '"...", said Kim, "..."'
    # '"...," Kim said. But "...".': a conjunction alone still goes on
    return _words(ctx.text[lo:item.start]) == 0 or conjunction_lead(ctx.text, lo, item.start, lex)
