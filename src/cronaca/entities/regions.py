"""Regions named by a capitalised adjective and a lower-case noun of region.

"Jihomoravského kraje", "Московская область", "Придніпровського району", "Софийска
област": in Slavic languages an administrative region is named by an adjective made from
a place, and the noun for the kind of region, in lower case (``region_phrases``, each
inflected form listed). The finder keeps only the adjective, or drops it as a common
word; this pass makes the two words one place. Not at the start of a sentence, where
any word is capitalised ("Директор района" is no region).
"""
from __future__ import annotations

from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.tokens import Token


def with_regions(text: str, sentences: list[list[Token]], found: list, lex: Lexicon) -> list:
    """``found`` with each region phrase as one place, in place of what it overlaps."""
    if not lex.region_phrases:
        return found
    from cronaca.entities.candidates import Candidate
    spans = [span for tokens in sentences for span in _regions(text, tokens, lex)]
    if not spans:
        return found
    kept = [c for c in found if not any(a < c.end and c.start < b for a, b in spans)]
    return kept + [Candidate(a, b, text[a:b], "LOC") for a, b in spans]


def _regions(text: str, tokens: list[Token], lex: Lexicon):
    for adjective, noun in zip(tokens, tokens[1:]):
        if (adjective.cap and not adjective.opens and not adjective.text.isupper()
                and text[adjective.end:noun.start] == " " and not noun.cap
                and fold(noun.text) in lex.region_phrases):
            yield adjective.start, noun.end
