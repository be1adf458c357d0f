""""diretto a Roma via Parigi", "confermata via Twitter": a place head that is also a
preposition ("via": by way of) heads no street after a name or a past participle; the
name after it stands alone (``preposition_heads``). "in via Rovello", "della via Appia"
keep the street.
"""
from __future__ import annotations

import dataclasses
import re

from cronaca.entities.lexicon import Lexicon, fold

_BEFORE = re.compile(r"(\w+)\)?\s+$")


def via_as_preposition(text: str, found: list, lex: Lexicon) -> list:
    """``found`` with the preposition taken off the names it opened."""
    if not lex.preposition_heads:
        return found
    return [_trimmed(text, c, lex) if _preposition(text, c, lex) else c for c in found]


def _preposition(text: str, c, lex: Lexicon) -> bool:
    head, _, rest = c.text.partition(" ")
    if c.kind != "name" or not rest[:1].isupper() or not head.islower() or fold(head) not in lex.preposition_heads:
        return False
    before = _BEFORE.search(text, max(0, c.start - 30), c.start)
    if not before:
        return False
    word = before.group(1)
    if word[:1].isupper():      # a name, but not a sentence's first word ("Su via Padova")
        return text[max(0, before.start() - 2):before.start()].strip() not in ("", ".", "!", "?", ":")
    return (word.islower() and bool(lex.participle_endings) and fold(word).endswith(lex.participle_endings) and len(word) > 4)


def _trimmed(text: str, c, lex: Lexicon):
    from cronaca.entities.cities import is_city
    start = c.start + c.text.index(" ") + 1
    name = text[start:c.end]
    place = lex.place(name)
    return dataclasses.replace(c, start=start, text=name, type="LOC" if place or is_city(name, lex) else None,
                               country=place.code if place else "", english=place.english if place else "")
