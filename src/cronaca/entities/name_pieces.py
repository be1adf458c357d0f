"""Pieces of a person's name the finder leaves out, written the same way in any language.

"Bashar al-Assad", "Fayez al-Sarraj": an Arabic article joined to the surname by a hyphen,
lower-case. "Floyd Mayweather Jr.": the full stop of "Jr." is part of the name. "Saul
"Canelo" Alvarez": a nickname in quotation marks between the given name and the surname.
"A. Smith" in a list of players: an initial before a surname, after a comma, a bracket
or a colon (in running text "la serie A. Rossi" the capital ends a sentence).
"""
from __future__ import annotations

import re

from cronaca.entities.candidates import Candidate
from cronaca.entities.lexicon import Lexicon
from cronaca.entities.names import is_given_name

_ARTICLE_TAIL = re.compile(r" (?:al|el|ad|ar|as|ash|at|az|an)-[A-Z][\w’'-]+")
_SUFFIX_STOP = re.compile(r"(?:Jr|Sr)$")
_NICKNAME = re.compile(r' ["“«] ?[A-Z][\w’\'-]+ ?["”»] ')
_INITIALLED = re.compile(r"[A-Z]\. ([A-Z][\w’'-]+)")
_VOWEL = re.compile(r"[aeiouy]")      # "D. Lgs": an abbreviation, no name
_INITIAL = re.compile(r"(?:^|[,;:(\n] ?)([A-Z])\. $")


def with_name_pieces(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    found = sorted(found, key=lambda c: c.start)
    out: list[Candidate] = []
    for c in found:
        if not _personal(c, lex):
            out.append(c)
            continue
        m = _ARTICLE_TAIL.match(text, c.end)
        if m and (c.type == "PER" or " " in c.text or is_given_name(c.text, lex)):   # not "Bab al-Aziziya"
            _extend(text, c, c.start, m.end())
        if _SUFFIX_STOP.search(c.text) and text[c.end:c.end + 1] == ".":
            _extend(text, c, c.start, c.end + 1)
        m = _INITIAL.search(text, max(0, c.start - 6), c.start)
        if m and " " not in c.text:
            _extend(text, c, m.start(1), c.end)
        m = _INITIALLED.fullmatch(c.text)
        if m and c.type is None and _VOWEL.search(m.group(1)) and not is_given_name(m.group(1), lex):
            c.type = "PER"    # "O. Franks"; not "S. Giovanni", a saint's place
        out.append(c)
    return _nicknames(text, out, lex)


def _personal(c: Candidate, lex: Lexicon) -> bool:
    return c.kind == "name" and c.type in (None, "PER") and not c.country and not c.english


def _extend(text: str, c: Candidate, start: int, end: int) -> None:
    c.start, c.end, c.text, c.type = start, end, text[start:end], "PER"


def _nicknames(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A given name, a quoted nickname, a surname: three candidates become one person."""
    out: list[Candidate] = []
    k = 0
    while k < len(found):
        c = found[k]
        if k + 2 < len(found) and " " not in c.text and is_given_name(c.text, lex) and _personal(c, lex):
            nick, last = found[k + 1], found[k + 2]
            if (_NICKNAME.fullmatch(text[c.end:last.start]) and nick.start > c.end
                    and nick.end < last.start and _personal(last, lex) and " " not in last.text):
                _extend(text, c, c.start, last.end)
                out.append(c)
                k += 3
                continue
        out.append(c)
        k += 1
    return out
