""""the Assad regime", "the Obama administration": where a language puts the head noun
after the name that qualifies it, a body named after its leader follows the leader's
name, and the name is a person's (``led_heads_after`` in the language's data; English).
Romance and Slavic languages put the head first ("il governo Prodi", see ``led_heads``).
"""
from __future__ import annotations

import re

from cronaca.entities.lexicon import Lexicon, fold

_NEXT = re.compile(r" ([a-z]+)\b")


def leaders_of_bodies(text: str, found: list, lex: Lexicon) -> list:
    """``found`` with untyped names before a ``led_heads_after`` word typed PER."""
    if not lex.led_heads_after:
        return found
    for c in found:
        if c.kind == "name" and c.type in (None, "MISC"):
            m = _NEXT.match(text, c.end)
            if m and fold(m.group(1)) in lex.led_heads_after:
                c.type = "PER"
    return found
