"""A cue with no subject, in a language that drops its subjects.

Italian, Spanish, Portuguese and the Slavic languages leave the subject out when it is
the one of the sentence before: 'Steinhuber ha ammesso che il calendario è ambizioso.
«Sappiamo che ogni anno di ritardo costa caro», ha spiegato.' The cue after the quote
then has no speaker of its own; the speaker is the one of the sentence just before, in
the same paragraph: the speaker of its own quote, or else its first name or pronoun when
that is a pronoun, a person or a body (``pro_drop`` in the language's [quotes] flags). English writes "she explained", so
there the cue stays without a speaker.
"""
from __future__ import annotations

import bisect
import dataclasses

from cronaca.article import Article
from cronaca.quotes.attribution import Attribution
from cronaca.quotes.context import Context
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.speaker import first_subject


def dropped_subject(article: Article, ctx: Context, item, before: list, lex: Lexicon):
    """``item`` with the subject of the sentence before as its speaker, or None."""
    attr = item.attribution
    if not lex.pro_drop or attr is None or attr.speaker is not None or attr.where != "after":
        return None
    i = bisect.bisect_right(ctx.starts, item.start) - 1
    if i < 1 or ctx.sentences[i - 1][0] < ctx.paragraph(item.start)[0]:
        return None
    lo, hi = ctx.sentences[i - 1]
    inside = [b for b in before if b.end > lo]
    if inside:          # "Steinhuber ha ammesso che ...": the speaker of that sentence's quote
        last = inside[-1].attribution
        subject = last.speaker if last is not None and last.speaker and lo <= last.speaker[0] < hi \
            else None
    else:
        subject = _subject(article, lo, hi, lex)
    if subject is None:
        return None
    return dataclasses.replace(item, attribution=Attribution(attr.cue, subject, "dropped", attr.direct))


def _subject(article: Article, lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """The first name or pronoun of the sentence, if it is a pronoun or names a person or
    a body ("Il sindaco Paolo Verri ha visitato"; not "Ieri il ponte è stato chiuso")."""
    span = first_subject(article.text, lo, hi, lex)
    if span is None:
        return None
    if article.text[span[0]:span[1]].casefold() in lex.pronouns:
        return span
    named = any(e.type in ("PER", "ORG") and m.start < span[1] and span[0] < m.end
                for e in article.entities for m in e.mentions)
    return span if named else None
