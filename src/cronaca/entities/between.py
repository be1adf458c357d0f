""""tra Vizzini e Francofonte": two names no rule typed, between a preposition of "between"
and a conjunction, are two ends of a stretch: places (``between_words``: "tra", "fra").
"Helsinki - Utsjoki": a name joined by a dash to a known place is a stop of a route.

A weak cue only: a surname list or a person's cue still outvotes it ("tra Renzi e Salvini").
KIND train: of the capitalised names after "tra"/"fra", 32 places, 15 organisations, 14 people.
"""
from __future__ import annotations

import dataclasses

from cronaca.entities.lexicon import Lexicon


def between_places(text: str, found: list, lex: Lexicon) -> list:
    """``found`` with the untyped pairs "between X and Y" cued as places."""
    if not lex.between_words or not lex.conjunctions:
        return found
    out = list(found)
    for n in range(len(out) - 1):
        a, b = out[n], out[n + 1]
        if _untyped(a) and _untyped(b) and _between(text, a.start, lex) and (
                text[a.end:b.start].strip() in lex.conjunctions and text[a.end:b.start].startswith(" ")):
            out[n], out[n + 1] = dataclasses.replace(a, cue="LOC"), dataclasses.replace(b, cue="LOC")
    return out


def route_ends(text: str, found: list, lex: Lexicon) -> list:
    """"Helsinki - Utsjoki", "Brescia – Iseo – Edolo": names joined by a spaced dash to a
    known place are the stops of a route: places (a weak cue, as above). Only in a language
    whose words of routes are listed (``route_phrases``): in Russian news a dash also joins
    two sides, "Москва - Киев" (BSNLP: typed F1 fell by 0.001 with it)."""
    if not lex.route_phrases:
        return found
    out = list(found)
    for n in range(len(out) - 1):
        a, b = out[n], out[n + 1]
        if text[a.end:b.start] not in (" - ", " – ") or a.kind != "name" or b.kind != "name":
            continue
        if _untyped(b) and _known_place(a, lex):
            out[n + 1] = dataclasses.replace(b, cue="LOC")
        elif _untyped(a) and _known_place(b, lex):
            out[n] = dataclasses.replace(a, cue="LOC")
    return out


def _known_place(c, lex: Lexicon) -> bool:
    from cronaca.entities.cities import is_city
    return c.type in (None, "LOC") and (lex.place(c.text) is not None or is_city(c.text, lex))


def _untyped(c) -> bool:
    return c.kind == "name" and c.type is None and c.cue not in ("PER", "ORG")


def _between(text: str, start: int, lex: Lexicon) -> bool:
    """"tra" just before; not after a word of sport ("l'incontro tra Everton e Spurs": teams)."""
    words = text[max(0, start - 30):start].split()
    return (bool(words) and text[start - 1:start] == " " and words[-1].casefold() in lex.between_words
            and (len(words) < 2 or words[-2].casefold() not in lex.sport_words))
