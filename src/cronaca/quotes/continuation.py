"""When a quotation in marks is more of the quote before it, or part of its attribution.

'"A," said Kim, "B."' and '"A," Kim said. "B."' are one quote; a title in marks
inside the attribution ('Kim told NBC's "Today".') is neither a quote nor a break.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cronaca.quotes.context import Context
from cronaca.quotes.lexicon import Lexicon, cues
from cronaca.quotes.marks import Marked
from cronaca.quotes.speaker import TOKEN

if TYPE_CHECKING:
    from cronaca.quotes.direct import Found

_LAST_WORD = re.compile(r"(.{0,3})\b(\w+)$", re.DOTALL)
MAX_TITLE_WORDS = 6            # a longer phrase in marks is more than a name or a title


def _words(text: str) -> int:
    return len(TOKEN.findall(text))


def interrupted(ctx: Context, last: Found, m: Marked, lex: Lexicon) -> bool:
    """'«...», ha detto Kim, esperto di Corea, «...»': the attribution splits one quote;
    also '"...," she said, and "..."' (a conjunction after the comma)."""
    if last.kind != "direct" or last.attribution is None or m.dash:
        return False
    cue = last.attribution.cue[0]
    return (last.end <= cue < m.open and ctx.sentence(cue) == ctx.sentence(m.open)
            and _lead_in(ctx.text[:m.open].rstrip(), lex))


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
            and ctx.text[:m.open].rstrip()[-1:] not in (",", ":")
            and not any(cues(words, ctx.text, attr.cue[1], m.open)
                        for words in (lex.verbs, lex.naming, lex.complementisers)))


def continues(ctx: Context, last: Found, item: Found) -> bool:
    """Is ``item`` more of ``last``: interrupted by its attribution, or its next sentences?

    Only when nothing but ``last``'s own attribution stands between them: no other
    sentence, and across a paragraph break only a paragraph that opens with the quote.
    """
    if last.attribution is None or item.kind == "partial":
        return False
    if last.kind != "direct" and last.attribution.where != "after":
        return False
    same_cue = item.attribution is not None and item.attribution.cue == last.attribution.cue
    # a quotation with no cue that opens its sentence goes on with the quote before, even
    # when narration follows it ('"...," Lee added. "..." in the last debate.')
    if not same_cue and (item.attribution is not None or item.kind != "direct" and not item.alone):
        return False
    if "\n" in ctx.text[last.end:item.start] and ctx.paragraph(item.start)[0] < item.start - 2:
        return False
    cue_lo = last.attribution.cue[0]
    lo = ctx.sentence(cue_lo)[1] if cue_lo >= last.end else last.end
    if item.start <= lo:
        return True                              # '"...", said Kim, "..."'
    return _words(ctx.text[lo:item.start]) == 0
