""""l'agenzia di stampa Amaq", "il gruppo di hacker Anonymous", "la società di giocattoli
Hasbro": a lower-case noun for a kind of body, then "di" and what it deals in, then a name
no rule typed: the name is the body's (the cue words look at the nearest word only, here
"stampa", "hacker").
"""
from __future__ import annotations

import dataclasses

from cronaca.entities.lexicon import Lexicon, fold

MIN_WHAT = 4        # letters of the noun after "di": "stampa", "hacker"; not "un", "sua"


def kinds_of_body(text: str, found: list, lex: Lexicon) -> list:
    """``found`` with the untyped names after "<body noun> di <noun> [<adjective>]" typed ORG."""
    return [dataclasses.replace(c, type="ORG") if _after_kind(text, c, lex) else c for c in found]


def _after_kind(text: str, c, lex: Lexicon) -> bool:
    if c.kind != "name" or c.type is not None:
        return False
    before = text[max(0, c.start - 60):c.start]
    if not before.endswith(" "):
        return False
    raw = [w.split("'")[-1].split("’")[-1] for w in before.split()[-4:]]     # "l'agenzia" -> "agenzia"
    return any(_pattern(raw[-n:], lex) for n in (3, 4) if len(raw) >= n and all(w.isalpha() for w in raw[-n:]))


def _pattern(words: list[str], lex: Lexicon) -> bool:
    """["agenzia", "di", "stampa"] or ["agenzia", "di", "informazione", "cattolica"]."""
    noun, of, what = words[:3]
    return (noun.islower() and fold(noun) in lex.org_words and fold(of) in lex.attribute_preps
            and what.islower() and len(what) >= MIN_WHAT and all(w.islower() for w in words[3:]))
