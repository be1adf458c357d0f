"""Reported speech with an "according to" cue (secondo, laut, selon, według, по словам...):
``according to X, CLAUSE``, ``CLAUSE, according to X`` and, where the language lists its
``manner_nouns``, ``CLAUSE according to X`` without a comma."""
from __future__ import annotations

import re

from cronaca.quotes.attribution import Attribution, _according_speaker, _pronoun_in, according_cue
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.reported import Reported, make as _make, words as _words
from cronaca.quotes.short_source import short_source
from cronaca.quotes.speaker import TOKEN

MAX_SOURCE_WORDS = 10   # "Secondo un esperto nordcoreano della Dongguk University in Corea del Sud,"
_APPOSITION = re.compile(r"\s*([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}),")


def with_according(text: str, lo: int, hi: int, lex: Lexicon) -> Reported | None:
    cue = according_cue(text, lo, hi, lex)
    if cue is None:
        return None
    span = (cue.start(), cue.end())
    comma = text.rfind(",", lo, cue.start())
    if _words(text[lo:cue.start()]) <= 2:        # "According to Kim, ..."
        end_of_speaker = _clause_comma(text, cue.end(), hi)
        if end_of_speaker < 0 or _words(text[cue.end():end_of_speaker]) > MAX_SOURCE_WORDS:
            # "Laut Polizei wurde niemand verletzt, als ...": no comma after the source
            speaker = _pronoun_in(text, span, lex) or short_source(text, cue.end(), hi, lex)
            return _make(text, speaker[1], hi, Attribution(span, speaker, "according")) \
                if speaker else None
        speaker = _pronoun_in(text, span, lex) or _according_speaker(text, cue.end(), hi, lex)
        # "Secondo il ministro dell'Energia, Karim Benali, la capacità ...": the name in
        # apposition belongs to the source, and the statement starts after it.
        named = _APPOSITION.match(text, end_of_speaker + 1, hi)
        if speaker and named:
            speaker, end_of_speaker = (speaker[0], named.end(1)), named.end() - 1
        return _make(text, end_of_speaker + 1, hi, Attribution(span, speaker, "according"))
    if comma >= 0 and _words(text[comma:cue.start()]) == 0:   # "..., according to Kim."
        speaker = _pronoun_in(text, span, lex) or _according_speaker(text, cue.end(), hi, lex)
        return _make(text, lo, comma, Attribution(span, speaker, "according"))
    if lex.manner_nouns and text[lo:cue.start()].rstrip()[-1:].isalnum():
        # "Lee leads by 40 delegates according to a count by the AP", no comma before the
        # cue; not "the vote was held according to the new rules" (``manner_nouns``)
        speaker = _according_speaker(text, cue.end(), hi, lex)
        words = {w.casefold() for w in TOKEN.findall(text, *speaker)} if speaker else set()
        if words and not words & lex.manner_nouns:
            return _make(text, lo, cue.start(), Attribution(span, speaker, "according"))
    return None


_CLAUSE_COMMA = re.compile(r",(?!\d)|(?<!\d),")


def _clause_comma(text: str, lo: int, hi: int) -> int:
    """The first comma in text[lo:hi] that is no decimal comma ("2,5 Millionen"), or -1."""
    found = _CLAUSE_COMMA.search(text, lo, hi)
    return found.start() if found else -1
