""""le nazionali di Germania e Australia", "l'allenatore della Russia": after a national
team's noun or a coach's, and "of", a country is its team, an organisation (``team_heads``);
so is a country listed with it ("e Australia").
"""
from __future__ import annotations

import functools
import re

from cronaca.entities.lexicon import Lexicon, alternation

MAX_SPORT_WORDS = 2     # "le nazionali di calcio di", "la nazionale maggiore di"


def countries_as_teams(text: str, found: list, lex: Lexicon) -> list:
    """``found`` with the countries after a team's head (and listed with them) made teams."""
    if not lex.team_heads:
        return found
    pattern = _pattern(lex.team_heads, lex.connectors, lex.articles)
    team = None
    for c in found:
        if c.kind != "name":
            continue
        listed = team is not None and text[team.end:c.start].strip() in lex.conjunctions | {","}
        if c.country and c.cue != "LOC" and (listed or pattern.search(text, max(0, c.start - 60), c.start)):
            c.type, c.country, c.english = "ORG", "", ""
            team = c
        else:
            team = None
    return found


@functools.lru_cache(maxsize=8)
def _pattern(heads: frozenset[str], connectors: frozenset[str], articles: frozenset[str]) -> re.Pattern:
    """An article, the head (a noun then, not "sicurezza nazionale"), sport words, "of"."""
    h = alternation(heads)
    of = alternation(connectors)
    a = alternation(articles)
    return re.compile(rf"(?i)(?<!\w)(?:{a})(?: |['’])(?:{h})(?: \w+){{0,{MAX_SPORT_WORDS}}} (?:{of})(?: |['’])$")
