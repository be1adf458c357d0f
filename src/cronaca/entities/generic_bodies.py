"""Bodies named by common words: "le Università" is none, "il 118" is one.

"le Università", "all'Istituto", "la Borsa": a kind of body written alone with a capital,
out of respect, names no one in particular (``generic_bodies``; KIND train: "Università",
"Istituto", "Associazione", "Fondazione", "Autorità", "Borsa", "Nazioni" alone are never
marked, 29 times; "Camera", "Consiglio", "Ministero" alone are, and stay).

"nel Gruppo B": a pool of a tournament, no group of people (``pool_words``).

"gli operatori del 118": a service called by its telephone number, after an article
(``number_bodies``; Italy's emergency medical service is "il 118").
"""
from __future__ import annotations

from cronaca.entities.lexicon import Lexicon, fold


def without_generic_bodies(found: list, lex: Lexicon) -> list:
    """``found`` without the one-word names of ``generic_bodies`` and the pools of a tournament."""
    if not lex.generic_bodies and not lex.pool_words:
        return found
    return [c for c in found if not (c.kind == "name" and " " not in c.text and not c.text.isupper()
                                     and fold(c.text) in lex.generic_bodies) and not _pool(c, lex)]


def _pool(c, lex: Lexicon) -> bool:
    """"nel Gruppo B", "Group 3": a pool word, then one letter or digit, is a stage of a
    tournament, no body (``pool_words``; KIND train: 10 of 10 unmarked)."""
    words = c.text.split()
    return (c.kind == "name" and len(words) == 2 and fold(words[0]) in lex.pool_words
            and len(words[1]) == 1 and (words[1].isupper() or words[1].isdigit()))


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
