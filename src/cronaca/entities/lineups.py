"""Line-ups and score sheets: "Rossi 12, Bianchi 9, Verdi (L)", "Neri (55 Gialli); Blu".

A sports report lists its players by surname alone, between commas or
semicolons, with a shirt number, points or the minute of a substitution beside
them. In an article with words of sport (``sport_words``) and several names in
such slots, a name no rule typed that stands in one is a player, a person.
KIND train: volleyball and rugby reports, whose surnames no list knows.
"""
from __future__ import annotations

import re

from cronaca.entities.cities import is_city
from cronaca.entities.lexicon import Lexicon, fold

# a number just before the name ("(52 Koch)", "; 45 Lambie") or after it, then a separator
# ("Rossi 12,", "Verdi (L);"); a list separator on the other side
_NUMBER_BEFORE = re.compile(r"[,;:(]\s*\d{1,3}\s*$")
_NUMBER_AFTER = re.compile(r"\s+(?:\d{1,3}|\([A-Z]\))\s*[,;.]|\s*\(\d{1,3}\s")   # "Giteau (26 Beale)"
_SEPARATOR_BEFORE = re.compile(r"[,;:]\s*$")
_SEPARATOR_AFTER = re.compile(r"\s*[,;)]")
_WORD = re.compile(r"\w+")
MIN_SLOTS = 6      # names in list slots that make the article a line-up


def in_slot(text: str, start: int, end: int) -> bool:
    """"(52 Koch)", ", Rossi 12,", ": Verdi (L);": a name with its number, between separators."""
    before = text[max(0, start - 8):start]
    return bool((_NUMBER_BEFORE.search(before) and _SEPARATOR_AFTER.match(text, end))
                or (_SEPARATOR_BEFORE.search(before) and _NUMBER_AFTER.match(text, end)))


def players_in_lineups(lex: Lexicon, text: str, found: list) -> None:
    """Type the untyped names in the slots of a line-up as people (in place)."""
    if not lex.sport_words or not any(fold(w) in lex.sport_words for w in _WORD.findall(text)):
        return
    slots = [c for c in found if c.kind == "name" and in_slot(text, c.start, c.end)]
    if len(slots) < MIN_SLOTS:
        return
    listed = [c for c in found if c.kind == "name" and _SEPARATOR_BEFORE.search(text[max(0, c.start - 3):c.start])
              and _SEPARATOR_AFTER.match(text, c.end)]     # "Folau, Ashley-Cooper, Kuridrani": no numbers
    for c in slots + listed:
        if c.type is None and not c.country and not c.english and not is_city(c.text):
            c.type = "PER"
