""""le Università", "all'Istituto", "la Borsa": a kind of body written alone with a capital,
out of respect, names no one in particular (``generic_bodies``; KIND train: "Università",
"Istituto", "Associazione", "Fondazione", "Autorità", "Borsa", "Nazioni" alone are never
marked, 29 times; "Camera", "Consiglio", "Ministero" alone are, and stay).
"""
from __future__ import annotations

from cronaca.entities.lexicon import Lexicon, fold


def without_generic_bodies(found: list, lex: Lexicon) -> list:
    """``found`` without the one-word names of ``generic_bodies``."""
    if not lex.generic_bodies:
        return found
    return [c for c in found if not (c.kind == "name" and " " not in c.text and not c.text.isupper()
                                     and fold(c.text) in lex.generic_bodies)]
