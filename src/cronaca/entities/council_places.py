"""A council named after a preposition of place is the territory, not the administration.

"il comune di Vezzano ha deciso" names the council (ORG), "nel comune di Vezzano" and "nella
Regione Molise" the land it governs (LOC). A candidate that opens with a council word or a
body head ("comune", "regione": ``council_words``, ``body_heads``) and that an organisation's
rule typed is a place when a preposition of ``place_preps`` ("in", "nel", "nella") stands
just before it (KIND train: 9 of 9 "comune di" after one are places; 11 of 12 after an
article, the council).
"""
from __future__ import annotations

import dataclasses
import re

from cronaca.entities.lexicon import Lexicon, fold

_PREVIOUS = re.compile(r"(\w+)['’]?\s*$")


def councils_as_places(text: str, found: list, lex: Lexicon) -> list:
    """``found`` with the councils named after a preposition of place typed LOC."""
    heads = lex.council_words | lex.body_heads
    if not heads:
        return found
    return [dataclasses.replace(c, type="LOC") if _territory(text, c, heads, lex) else c for c in found]


def _territory(text: str, c, heads: frozenset[str], lex: Lexicon) -> bool:
    first = c.text.split(" ", 1)[0]
    if c.kind != "name" or c.type != "ORG" or " " not in c.text or fold(first) not in heads:
        return False
    before = _PREVIOUS.search(text, max(0, c.start - 20), c.start)
    return bool(before) and fold(before.group(1)) in lex.place_preps
