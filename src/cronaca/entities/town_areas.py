""""nel cosentino", "nel Modenese", "del Milanese": a town's adjective after a masculine
article-preposition names the country around the town, a place (KIND marks it so).

The adjective is told from other words by its stem: with one of ``area_endings`` taken
off, it begins the name of a province of ``province_countries`` (ISO 3166-2, pycountry),
as "modenese" begins "Modena"; "nel mese", "nel vicino" have no such stem, and a region's
("del siciliano", the rider from Sicily) is no town's.
"""
from __future__ import annotations

import functools

from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.province_codes import provinces
from cronaca.entities.tokens import Token

MIN_STEM = 4        # letters: "milan-", "moden-"; "ve-" (of "vese") says nothing
MAX_REST = 2        # letters of the province's name past the stem: "Milan|o", "Cosen|za"


def town_areas(text: str, sentences: list[list[Token]], found: list, lex: Lexicon) -> list:
    """``found`` with the areas named after a town added as places."""
    if not lex.area_articles or not lex.area_endings:
        return found
    from cronaca.entities.candidates import Candidate
    taken = [(c.start, c.end) for c in found]
    new = []
    for tokens in sentences:
        for before, t in zip(tokens, tokens[1:]):
            if fold(before.text) in lex.area_articles and text[before.end:t.start] in (" ", "'", "’") and (
                    _area(t.text, lex)) and not any(a < t.end and t.start < b for a, b in taken):
                new.append(Candidate(t.start, t.end, t.text, "LOC"))
    return sorted(found + new, key=lambda c: c.start) if new else found


def _area(word: str, lex: Lexicon) -> bool:
    folded = fold(word)
    if not word.isalpha() or not (word.islower() or word[1:].islower()):
        return False
    towns = _towns(lex.province_countries)
    for ending in lex.area_endings:
        stem = folded[:-len(ending)]
        if folded.endswith(ending) and len(stem) >= MIN_STEM and any(
                t.startswith(stem) and len(t) - len(stem) <= MAX_REST for t in towns.get(stem[:MIN_STEM], ())):
            return True
    return False


@functools.lru_cache(maxsize=8)
def _towns(countries: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Province names (folded, one word) by their first letters."""
    out: dict[str, list[str]] = {}
    for name in provinces(countries):
        if " " not in name:
            out.setdefault(name[:MIN_STEM], []).append(name)
    return {k: tuple(v) for k, v in out.items()}
