"""Speakers found outside a quote's own attribution: the sentence around it,
the next sentence, or the quote before it.

    Clinton claimed victory in a tweet, saying: "We just won Kentucky!"
    "Who do they think they are?" Trump said of Apple in February, when ...
    "Your reputation is amazing," Trump told Jones. "I will not let you down."

A participle cue ("saying", "adding", "aggiungendo") or a cue after "and" has no
subject of its own: it shares the subject of its sentence. A quotation with no
cue takes the cue that opens the next sentence, or else the speaker of the quote
right before it (same paragraph, or the end of the paragraph before when this
quote opens a paragraph) when nothing but the two quotes' own sentences stands
between them. Anything thinner stays unattributed: fact-checkers need a speaker
they can trust more than a speaker on every quote.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools

from cronaca import languages
from cronaca.article import Article
from cronaca.quotes.attribution import Attribution, after
from cronaca.quotes.context import Context
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.speaker import TOKEN, first_subject

MAX_CUE_WORDS = 3          # words before the cue of the next sentence: "Trump said"


@functools.lru_cache(maxsize=64)
def participles(code: str) -> frozenset[str]:
    """The [quotes] ``participles`` of a language: cues whose subject is the sentence's."""
    table = languages.get(code).section("quotes")
    return frozenset(w.casefold() for w in table.get("participles", ()))


def with_nearby_speakers(article: Article, items: list, lex: Lexicon) -> list:
    """``items`` (sorted by start) with speakers found around them where they had none."""
    ctx = Context(article)
    quoted = [p for item in items for p in getattr(item, "pieces", ())]
    out: list = []
    for item in items:
        attr = item.attribution
        if attr is not None and attr.speaker is None:
            item = _shared_subject(ctx, item, out, quoted, lex)
        elif attr is None and item.kind == "direct":
            nxt = _next_sentence(ctx, item)
            if nxt is not None:
                item = _next_cue(ctx, item, nxt, lex) or _inherited(ctx, item, out) or item
        out.append(item)
    return out


def _with(item, attr: Attribution):
    return dataclasses.replace(item, attribution=attr)


def _shared_subject(ctx: Context, item, before: list, quoted, lex: Lexicon):
    """'Clinton claimed victory, saying: "..."' and 'He smiled and joked, "..."'."""
    text, (cue_lo, cue_hi) = ctx.text, item.attribution.cue
    words = [m.group().casefold() for m in TOKEN.finditer(text, ctx.sentence(cue_lo)[0], cue_lo)]
    cue = text[cue_lo:cue_hi].casefold()
    if cue not in participles(lex.code) and not (words and words[-1] in lex.conjunctions):
        return item
    sent_lo = ctx.sentence(cue_lo)[0]
    earlier = [b for b in before if b.attribution is not None and b.attribution.speaker
               and sent_lo <= b.attribution.speaker[0] < cue_lo]
    if earlier:                                # '"...," she said, adding that ...'
        speaker = earlier[-1].attribution.speaker
    else:
        speaker = _first_unquoted_subject(text, sent_lo, cue_lo, quoted, lex)
    if speaker is None:
        return item
    return _with(item, dataclasses.replace(item.attribution, speaker=speaker))


def _first_unquoted_subject(text: str, lo: int, hi: int, quoted, lex: Lexicon):
    """The sentence's first name or pronoun outside quotation marks."""
    cuts = sorted((s, e) for s, e in quoted if s < hi and e > lo)
    for gap_lo, gap_hi in zip([lo] + [e for _, e in cuts], [s for s, _ in cuts] + [hi]):
        if gap_hi > gap_lo and (found := first_subject(text, gap_lo, gap_hi, lex)):
            return found
    return None


def _next_sentence(ctx: Context, item) -> tuple[int, int] | None:
    """The sentence after a quote that ends its own sentence, in the same paragraph."""
    text = ctx.text
    own_hi = ctx.sentence(item.end - 1)[1]
    if TOKEN.search(text, item.end, max(own_hi, item.end)):
        return None                            # the quote's sentence goes on: '" the suit reads'
    i = bisect.bisect_left(ctx.starts, max(own_hi, item.end))
    if i == len(ctx.starts) or ctx.starts[i] >= ctx.paragraph(item.end - 1)[1]:
        return (item.end, item.end)            # the quote ends its paragraph
    lo, hi = ctx.sentences[i]
    return None if TOKEN.search(text, item.end, lo) else (lo, hi)


def _next_cue(ctx: Context, item, nxt: tuple[int, int], lex: Lexicon):
    """'"Who do they think they are?" Trump said of Apple in February, ...'."""
    if nxt[0] == nxt[1]:
        return None
    attr = after(ctx.text, *nxt, lex, lex.determiners)
    if attr is None or attr.speaker is None or attr.where != "after":
        return None
    if len(TOKEN.findall(ctx.text, nxt[0], attr.cue[0])) > MAX_CUE_WORDS:
        return None
    return _with(item, dataclasses.replace(attr, where="next"))


def _inherited(ctx: Context, item, before: list):
    """The speaker of the quote just before, when nothing else stands between them."""
    prev = next((b for b in reversed(before) if b.end <= item.start), None)
    if prev is None or prev.attribution is None or prev.attribution.speaker is None:
        return None
    text, attr = ctx.text, prev.attribution
    gap_lo = prev.end
    if attr.cue[0] >= prev.end:               # '"...," Trump told Jones. "..."'
        gap_lo = max(ctx.sentence(attr.cue[0])[1], attr.cue[1], attr.speaker[1])
    para_lo = ctx.paragraph(item.start)[0]
    if para_lo > gap_lo:                       # across a paragraph break: the quote opens
        prev_para = ctx.paragraph(para_lo - 1)  # its paragraph, the other ends the one before
        if TOKEN.search(text, para_lo, item.start) or gap_lo < prev_para[0] or \
                TOKEN.search(text, gap_lo, prev_para[1]):
            return None
    elif TOKEN.search(text, gap_lo, item.start):
        return None
    return _with(item, Attribution(attr.cue, attr.speaker, "chain", True))
