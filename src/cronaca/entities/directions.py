"""A point of the compass written before a place: "nord Italia", "Sud Africa", "centro-nord Italia".

Italian joins the direction to the place without "of" in these names, and the
press (KIND train: 16 of 19) marks the whole as the place. The words are the
language's ``[entities]`` ``direction_words``; "a nord dell'Italia" keeps its "of"
and is not joined.
"""
from __future__ import annotations

import re

from cronaca.entities.cities import is_city
from cronaca.entities.lexicon import Lexicon, fold

_WORD_BEFORE = re.compile(r"(?<![\w'’-])([\w-]+) $")


def with_directions(text: str, found: list, lex: Lexicon) -> list:
    """Start each place after a direction word at that word (in place)."""
    if not lex.direction_words:
        return found
    joined = []
    for c in found:
        if c.kind != "name" or not (c.country or c.english or c.type == "LOC" or is_city(c.text)):
            continue
        m = _WORD_BEFORE.search(text, max(0, c.start - 14), c.start)
        if m and fold(m.group(1)) in lex.direction_words:
            c.start, c.text = m.start(1), text[m.start(1):c.end]
            joined.append(c)
    # "Sud" found alone before "Africa" is inside the place now
    return [c for c in found if not any(j is not c and j.start <= c.start and c.end <= j.end for j in joined)]
