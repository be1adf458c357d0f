""""Modica, piccolo centro della provincia di Ragusa", "Irbil, la capitale del Kurdistan":
a name, a comma, then (an article and up to two adjectives and) a noun for a kind of
place (``place_appositions``): the name is a place.
"""
from __future__ import annotations

import dataclasses
import functools
import re

from cronaca.entities.lexicon import Lexicon, alternation, fold

MAX_ADJECTIVES = 2      # "piccolo", "antica", "caotica": between the article and the noun
MIN_ADJECTIVE = 4       # letters: "nel", "col" are no adjectives
WINDOW = 80             # characters read after the name (folded: the lists are, "città" -> "citta")


def place_appositions(text: str, found: list, lex: Lexicon) -> list:
    """``found`` with the names a place noun describes, after a comma, typed LOC."""
    if not lex.place_appositions:
        return found
    pattern = _pattern(lex.place_appositions, lex.articles | lex.indefinite_articles)
    return [dataclasses.replace(c, type="LOC") if c.kind == "name" and c.type in (None, "LOC") and (
        _described(pattern.match(fold(text[c.end:c.end + WINDOW])), lex)) else c for c in found]


def _described(m, lex: Lexicon) -> bool:
    """The words between the article and the noun are adjectives ("piccolo", "antica") or
    "in" ("Uta, in provincia di Cagliari"), no preposition nor verb of another clause."""
    if not m:
        return False
    fillers = m.group(1).split()
    return all(w == "in" or (len(w) >= MIN_ADJECTIVE and w not in lex.place_preps and w not in lex.articles)
               for w in fillers)


@functools.lru_cache(maxsize=8)
def _pattern(nouns: frozenset[str], articles: frozenset[str]) -> re.Pattern:
    n = alternation(nouns)
    a = alternation(articles)
    return re.compile(rf", (?:(?:{a})(?: |['’]))?((?:[^\W\d_]+ ){{0,{MAX_ADJECTIVES}}}?)(?:{n})\b")
