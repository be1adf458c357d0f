"""A quotation introduced by a sentence ending in a colon, with no cue of its own.

    Cruz continued:
    "You look at the questions ..."

News often puts the speaker in a lead-in sentence and the quotation after it, in
the same paragraph or the next. When a direct quote found no attribution and the
text before its opening mark ends with ":", the lead-in's subject (its first name
or pronoun) is the speaker and the rest of the lead-in up to the colon is the cue.
The subject is that of the lead-in's last clause with one ("..., and the label will be
left to wonder:"), past an opening participle ("Moving forward, Swift ...").
"""
from __future__ import annotations

import bisect
import dataclasses
import re

from cronaca.article import Article
from cronaca.quotes.attribution import Attribution
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.speaker import TOKEN, first_subject

OPENING = " \t\r\n\"'“„«‹‘「"
MAX_LEAD_CHARS = 300          # a longer "sentence" is not a lead-in


def with_colon_leads(article: Article, found: list, lex: Lexicon) -> list:
    starts = [s.start for s in article.sentences]
    return [_lead(article, item, lex, starts) if item.attribution is None
            and item.kind == "direct" else item for item in found]


def _lead(article: Article, item, lex: Lexicon, starts: list[int]):
    text = article.text
    colon = len(text[:item.pieces[0][0]].rstrip(OPENING)) - 1
    if colon < 0 or text[colon] != ":":
        return item
    index = bisect.bisect_right(starts, colon) - 1
    lo = max(article.sentences[index].start if index >= 0 else 0, colon - MAX_LEAD_CHARS)
    subject = _lead_subject(text, lo, colon, lex)
    if subject is None or subject[1] >= colon:
        return item
    cue = (subject[1] + 1, colon) if text[subject[1]:colon].strip() else (colon, colon + 1)
    return dataclasses.replace(item, attribution=Attribution(cue, subject, "colon"))


def _lead_subject(text: str, lo: int, colon: int, lex: Lexicon) -> tuple[int, int] | None:
    clauses = [m.end() for m in re.finditer(r"[,;]\s+(\w+)\s", text[lo:colon])
               if m.group(1).casefold() in lex.conjunctions]
    for start in reversed(clauses):
        subject = _past_participle_opening(text, lo + start, colon, lex)
        if subject is not None:
            return subject
    return _past_participle_opening(text, lo, colon, lex)


def _past_participle_opening(text: str, lo: int, colon: int, lex: Lexicon) -> tuple[int, int] | None:
    """'Moving forward, Swift has ...': a participle that opens the clause, and the words
    up to its comma, are no subject."""
    first = TOKEN.search(text, lo, colon)
    comma = text.find(",", lo, colon)
    after = TOKEN.search(text, first.end(), colon) if first else None
    if first and comma > first.end() and first.group().casefold().endswith(lex.participle_endings) and (
            first.group().casefold() not in lex.ing_nouns and after and after.group()[:1].islower()):
        lo = comma + 1      # not "King Charles, who ..., told the crowd:"
    return first_subject(text, lo, colon, lex)
