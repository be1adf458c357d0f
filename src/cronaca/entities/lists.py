"""Names listed together: "Bartali, Coppi e Gimondi", "Camera e Senato".

The items of a list are most often of one kind, so a name no rule could type
takes the type of the names it is listed with. Two names are neighbours when
only a comma, a semicolon, a conjunction of the language (``conjunctions`` in
``[entities]``: "e", "and", "et") or a lineup's figure ("Papi 6, Fei 15")
stands between them, in the same line; so are the two ends of a route ("da Malles a Merano",
``range_words``).
"""
from __future__ import annotations

import re

from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.merge import Group

_PUNCT = re.compile(r"^(?: \d{1,3})?[,;] $")     # ", ", "; ", " 6, "


def listed_with(text: str, groups: list[Group], lex: Lexicon) -> dict[int, set[int]]:
    """{id(group): ids of the groups named next to it in a list}."""
    mentions = sorted(((m.start, m.end, id(g)) for g in groups for m in g.members
                       if m.kind == "name" and not m.context), key=lambda m: m[0])
    out: dict[int, set[int]] = {}
    for (first, end, a), (start, _, b) in zip(mentions, mentions[1:]):
        if a != b and start > end and (_separates(text[end:start], lex) or _range(text, first, end, start, lex)):
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
    return out


def _range(text: str, first: int, end: int, start: int, lex: Lexicon) -> bool:
    """"da Er Rachidia a Ouarzazate": the two ends of a route (``range_words``: "da", "a")."""
    if not lex.range_words or text[end:start] != f" {lex.range_words[1]} ":
        return False
    return text[max(0, first - len(lex.range_words[0]) - 2):first] in (f" {lex.range_words[0]} ",
                                                                         f"\n{lex.range_words[0]} ")


def _separates(gap: str, lex: Lexicon) -> bool:
    if len(gap) > 8 or "\n" in gap:
        return False
    if _PUNCT.match(gap):
        return True
    word = gap.strip()
    return gap.startswith(" ") and gap.endswith(" ") and fold(word) in lex.conjunctions
