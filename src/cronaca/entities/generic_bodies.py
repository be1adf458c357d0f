"""Bodies named by common words: "le Università" is none, "il 118" is one.

"le Università", "all'Istituto", "la Borsa": a kind of body written alone with a capital,
out of respect, names no one in particular (``generic_bodies``; KIND train: "Università",
"Istituto", "Associazione", "Fondazione", "Autorità", "Borsa", "Nazioni" alone are never
marked, 29 times; "Camera", "Consiglio", "Ministero" alone are, and stay).

"gli operatori del 118": a service called by its telephone number, after an article
(``number_bodies``; Italy's emergency medical service is "il 118").
"""
from __future__ import annotations

from cronaca.entities.lexicon import Lexicon, fold


def without_generic_bodies(found: list, lex: Lexicon) -> list:
    """``found`` without the one-word names of ``generic_bodies``."""
    if not lex.generic_bodies:
        return found
    return [c for c in found if not (c.kind == "name" and " " not in c.text and not c.text.isupper()
                                     and fold(c.text) in lex.generic_bodies)]


def number_bodies(text: str, sentences, found: list, lex: Lexicon) -> list:
    """``found`` with the services named by their number, after an article, added as ORG."""
    if not lex.number_bodies:
        return found
    from cronaca.entities.candidates import Candidate
    new = [Candidate(t.start, t.end, t.text, "ORG") for tokens in sentences
           for before, t in zip(tokens, tokens[1:])
           if t.text in lex.number_bodies and fold(before.text) in lex.articles and text[before.end:t.start] == " "
           and not any(c.start < t.end and t.start < c.end for c in found)]
    return sorted(found + new, key=lambda c: c.start) if new else found
