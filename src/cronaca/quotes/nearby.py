"""Speakers found outside a quote's own attribution: the sentence around it,
the next sentence, the quote before it, or the sentence before it.

    Clinton claimed victory in a tweet, saying: "We just won Kentucky!"
    "Who do they think they are?" Trump said of Apple in February, when ...
    "Your reputation is amazing," Trump told Jones. "I will not let you down."
    Howard continued his remarks. "Eight years ago she was ..."

A participle cue ("saying", "adding", "aggiungendo") or a cue after "and" has no
subject of its own: it shares the subject of its sentence. A quotation with no
cue takes the cue that opens the next sentence; else the speaker of the quote
right before it (same paragraph, or the end of the paragraph before when this
quote opens a paragraph) when nothing but the two quotes' own sentences stands
between them; else the person (a person entity, or he/she) that opens the
sentence just before it. Anything thinner stays unattributed: fact-checkers need
a speaker they can trust more than a speaker on every quote.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re

from cronaca import languages
from cronaca.article import Article
from cronaca.quotes.attribution import Attribution, after, leads_into_quote
from cronaca.quotes.context import Context
from cronaca.quotes.dropped import dropped_subject
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.speaker import TOKEN, first_subject

_OPENING = " \t\r\n\"'“„«‹‘"
_LEAD_GAP = re.compile(r"[\s,:]*[\"'“„«‹‘]?")
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
        if attr is not None and attr.where != "colon":
            item = _shared_subject(ctx, item, out, quoted, lex)
            item = dropped_subject(article, ctx, item, out, lex) or item
        elif item.kind == "direct":
            item = _participle_lead(ctx, item, out, quoted, lex) or item
        if item.attribution is None and item.kind == "direct":
            item = _label(article, item) or item
        if item.attribution is None and item.kind == "direct":
            nxt = _next_sentence(ctx, item)
            if nxt is not None:
                item = _next_cue(ctx, item, nxt, lex) or _inherited(ctx, item, out) \
                    or _lead_subject(article, ctx, item, out, lex) or item
        out.append(item)
    return out


def _with(item, attr: Attribution):
    return dataclasses.replace(item, attribution=attr)


def _shared_subject(ctx: Context, item, before: list, quoted, lex: Lexicon):
    """'Clinton claimed victory, saying: "..."' and 'He smiled and joked, "..."'."""
    text, (cue_lo, cue_hi) = ctx.text, item.attribution.cue
    words = [m.group().casefold() for m in TOKEN.finditer(text, ctx.sentence(cue_lo)[0], cue_lo)]
    if text[cue_lo:cue_hi].casefold() not in participles(lex.code) and not (
            item.attribution.speaker is None and words and words[-1] in lex.conjunctions):
        return item
    speaker = _sentence_subject(ctx, cue_lo, before, quoted, lex)
    if speaker is None:
        return item
    return _with(item, dataclasses.replace(item.attribution, speaker=speaker))


def _participle_lead(ctx: Context, item, before: list, quoted, lex: Lexicon):
    """'Il sindaco ha lasciato la sala, aggiungendo: «...»': a participle that is no cue
    verb of its own opens the quotation."""
    text, opening = ctx.text, item.pieces[0][0]
    words = list(TOKEN.finditer(text, ctx.sentence(opening)[0], opening))
    if not words or not _LEAD_GAP.fullmatch(text, words[-1].end(), opening):
        return None
    for first in words[-2:]:
        if text[first.start():words[-1].end()].casefold() in participles(lex.code):
            speaker = _sentence_subject(ctx, first.start(), before, quoted, lex)
            cue = (first.start(), words[-1].end())
            return _with(item, Attribution(cue, speaker, "before")) if speaker else None
    return None


def _sentence_subject(ctx: Context, cue_lo: int, before: list, quoted, lex: Lexicon):
    """The speaker of an earlier quote in the sentence, else its first name or pronoun."""
    sent_lo = ctx.sentence(cue_lo)[0]
    earlier = [b for b in before if b.attribution is not None and b.attribution.speaker
               and sent_lo <= b.attribution.speaker[0] < cue_lo]
    if earlier:                                # '"...," she said, adding that ...'
        return earlier[-1].attribution.speaker
    cuts = sorted((s, e) for s, e in quoted if s < cue_lo and e > sent_lo)
    for lo, hi in zip([sent_lo] + [e for _, e in cuts], [s for s, _ in cuts] + [cue_lo]):
        if hi > lo and (found := first_subject(ctx.text, lo, hi, lex)):
            return found                       # never a word inside quotation marks
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
    if len(TOKEN.findall(ctx.text, nxt[0], attr.cue[0])) > MAX_CUE_WORDS or \
            leads_into_quote(ctx.text, attr.cue[1], nxt[1]):
        return None                            # 'Lee added: «...»' is the next quote's
    return _with(item, dataclasses.replace(attr, where="next"))


def _inherited(ctx: Context, item, before: list):
    """The speaker of the quote just before, when nothing else stands between them."""
    prev = _previous(before, item)
    if prev is None or prev.attribution is None or prev.attribution.speaker is None:
        return None
    text, attr = ctx.text, prev.attribution
    gap_lo = prev.end
    if attr.where in ("after", "next"):       # '"...," Trump told Jones. "..."'
        gap_lo = max(ctx.sentence(attr.cue[0])[1], attr.cue[1], attr.speaker[1], prev.end)
    para_lo = ctx.paragraph(item.start)[0]
    if para_lo > gap_lo:                       # across a paragraph break: the quote opens
        prev_para = ctx.paragraph(para_lo - 1)  # its paragraph, the other ends the one before
        if TOKEN.search(text, para_lo, item.start) or gap_lo < prev_para[0] or \
                TOKEN.search(text, gap_lo, prev_para[1]):
            return None
    elif TOKEN.search(text, gap_lo, item.start):
        return None
    return _with(item, Attribution(attr.cue, attr.speaker, "chain", True))


def _previous(before: list, item):
    """The quote before ``item``; a title in marks inside its attribution ('said Cuban,
    host of "Shark Tank."') shares its cue and gives way to the quote it attributes."""
    earlier = [b for b in before if b.end <= item.start]
    while len(earlier) > 1 and earlier[-1].attribution is not None and \
            earlier[-1].attribution.speaker is None and earlier[-2].attribution is not None \
            and earlier[-2].attribution.cue == earlier[-1].attribution.cue:
        earlier.pop()
    return earlier[-1] if earlier else None


def _lead_subject(article: Article, ctx: Context, item, before: list, lex: Lexicon):
    """'Howard continued his remarks. "Eight years ago ..."': the sentence right before
    opens with a person."""
    i = bisect.bisect_right(ctx.starts, item.start) - 1
    if i < 1 or TOKEN.search(ctx.text, ctx.sentences[i][0], item.start):
        return None
    lo, hi = ctx.sentences[i - 1]
    if any(b.end > lo for b in before):       # a quote of its own stands in between
        return None
    subject = _person_at(article, lo, hi, lex)
    if subject is None:
        return None
    return _with(item, Attribution((subject[1], subject[1]), subject, "lead", True))


def _person_at(article: Article, lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """A person opening text[lo:hi]: he/she, or a person entity's mention after nothing
    but capitalised words ("Sen. Tim Kaine", "Governor Hassan")."""
    words = list(TOKEN.finditer(article.text, lo, hi))
    if words and lex.pronoun_gender.get(words[0].group().casefold()):
        return words[0].span()
    titles = {w.start() for w in itertools.takewhile(lambda w: w.group()[:1].isupper(), words)}
    return next(((m.start, m.end) for e in article.entities if e.type == "PER"
                 for m in e.mentions if m.start in titles), None)


def _label(article: Article, item):
    """'Former secretary of state Hillary Clinton: "We learned ..."': a person named
    right before the colon that opens the quotation, as in a transcript."""
    text, opening = article.text, item.pieces[0][0]
    colon = len(text[:opening].rstrip(_OPENING)) - 1
    if colon < 0 or text[colon] != ":":
        return None
    span = next(((m.start, m.end) for e in article.entities if e.type == "PER"
                 for m in e.mentions if colon - 1 <= m.end <= colon), None)
    return _with(item, Attribution((colon, colon + 1), span, "label", True)) if span else None

