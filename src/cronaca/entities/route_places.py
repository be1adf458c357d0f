""""partito da Iseo", "a 65 chilometri da Mianyang": after a word of travel or of distance
and "from", a name is a place (``route_phrases``: "partito da", "chilometri da").

"da" alone is also "by" ("condotta da Mario Rossi", "pubblicato da Rizzoli"): only the
phrases of the list type the name (KIND train: after "provenienti da", "chilometri da",
"partito da", "km da", "partenza da", "volo da" 29 of 29 names are places).
"""
from __future__ import annotations

import dataclasses
import functools
import re

from cronaca.entities.lexicon import Lexicon, alternation


def route_places(text: str, found: list, lex: Lexicon) -> list:
    """``found`` with the untyped names after a phrase of ``route_phrases`` typed LOC."""
    if not lex.route_phrases:
        return found
    pattern = _pattern(lex.route_phrases)
    return [dataclasses.replace(c, type="LOC") if c.kind == "name" and c.type is None and pattern.search(
        text, max(0, c.start - 40), c.start) else c for c in found]


@functools.lru_cache(maxsize=16)
def _pattern(phrases: frozenset[str]) -> re.Pattern:
    words = alternation(phrases)
    return re.compile(rf"(?i)(?<!\w)(?:{words}) $")
