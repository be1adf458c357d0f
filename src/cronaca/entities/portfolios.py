""""il ministro degli Esteri", "l'assessore all'Urbanistica Esterino Montino": after a
holder's title and an article-preposition, capitalised common nouns name the portfolio,
not a body; the name after them (if any) is the holder's (``portfolio_titles``; KIND train:
48 of 56 capitalised words there are no name, the others acronyms, places, org words).
"""
from __future__ import annotations

import dataclasses
import functools
import re

from cronaca.entities.lexicon import Lexicon, alternation, fold
from cronaca.entities.names import is_given_name

COMMON_ZIPF = 3.0       # "Esteri" (3.3), "Urbanistica" (3.0): words of the language


def without_portfolios(text: str, found: list, lex: Lexicon) -> list:
    """``found`` with the portfolios taken off (or out)."""
    if not lex.portfolio_titles:
        return found
    pattern = _pattern(lex.portfolio_titles, lex.articles)
    out = []
    for c in found:
        m = pattern.search(text, max(0, c.start - 40), c.start) if c.kind == "name" else None
        if m:
            c = _trimmed(text, c, lex, fold(m.group(1)))
        if c is not None:
            out.append(c)
    return out


def _trimmed(text: str, c, lex: Lexicon, title: str):
    """The holder after the portfolio keeps the title ("Mariastella Gelmini"), None if no one."""
    words = c.text.split(" ")
    n = 0
    while n < len(words) and _portfolio_word(words[n], lex, first=n == 0) and not lex.place(" ".join(words[n:n + 2])):
        n += 1
    holder = n
    while 0 < n < len(words) and not words[n][:1].isupper():
        n += 1          # "(Finanze) della | Repubblica Popolare di Doneck": the portfolio's body
    if n == 0:
        return c
    if n == len(words):
        return None
    start = c.start + len(" ".join(words[:n])) + 1
    return dataclasses.replace(c, start=start, text=text[start:c.end], type="PER" if n == holder else None,
                               cue="", title=title if n == holder else "")


def _portfolio_word(word: str, lex: Lexicon, first: bool = False) -> bool:
    """A capitalised common noun; past the first, no given name either (the holder's name
    begins: "della Giustizia Marta ..."; right after "degli", "Esteri" is the portfolio though
    some name list knows it)."""
    folded = fold(word)
    return (word[:1].isupper() and not word.isupper() and folded not in lex.org_words
            and folded not in lex.council_words and lex.place(word) is None
            and (first or not is_given_name(word, lex)) and _common(folded, lex.code))


@functools.lru_cache(maxsize=20_000)
def _common(word: str, code: str) -> bool:
    from wordfreq import zipf_frequency
    return zipf_frequency(word, code) >= COMMON_ZIPF


@functools.lru_cache(maxsize=8)
def _pattern(titles: frozenset[str], articles: frozenset[str]) -> re.Pattern:
    t = alternation(titles)
    a = alternation(articles)
    return re.compile(rf"(?i)(?<!\w)({t}) (?:(?:{a}) |(?:{a})['’])$")
