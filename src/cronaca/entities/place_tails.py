"""Where a place's name goes on past what the runs of capitals hold.

- a place, then an adjective of direction or of its people: "Italia settentrionale",
  "Filippine meridionali", "Alpi francesi", "America latina" (``place_adjectives``,
  demonyms); the finder attaches them only to a name it already typed as a place;
- a saint's name, then "in", "sul" or "a" and a capitalised name: the towns "San Pietro in
  Casale", "San Felice sul Panaro", "San Piero a Sieve" (``name_prefixes``, ``town_links``);
  with "of" inside, a place too: "Santa Maria del Cedro".
"""
from __future__ import annotations

import dataclasses

from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.tokens import Ends, Token, joined


def with_place_tails(text: str, ends: Ends, found: list, lex: Lexicon) -> list:
    """``found`` with the places above extended (and typed LOC)."""
    if not lex.place_adjectives and not lex.town_links:
        return found
    out, covered = [], -1
    for c in sorted(found, key=lambda c: c.start):
        if c.start < covered:
            continue        # inside the longer place now ("Casale" of "San Pietro in Casale")
        at = ends.get(c.end)
        end = at and (_adjective_end(text, c, at[0], at[1] + 1, lex) or _town_end(text, c, at[0], at[1] + 1, lex))
        if end:
            c, covered = dataclasses.replace(c, end=end, text=text[c.start:end], type="LOC"), end
        elif _saints_place(c, lex):
            c = dataclasses.replace(c, type="LOC")
        out.append(c)
    return out


def _saints_place(c, lex: Lexicon) -> bool:
    """"Santa Maria del Cedro", "Santa Maria della Scala": a saint's name and "of" and more
    is a town, a church, a hospital named after the saint, not the saint."""
    words = c.text.split()
    return (c.kind == "name" and c.type in (None, "PER") and len(words) > 2 and fold(words[0]) in lex.name_prefixes
            and any(fold(w) in lex.connectors for w in words[2:-1]))


def _adjective_end(text, c, tokens: list[Token], j: int, lex: Lexicon) -> int:
    if c.kind != "name" or c.type not in (None, "LOC") or not lex.place(c.text) or j >= len(tokens):
        return 0
    t = tokens[j]
    if not joined(text, tokens[j - 1], t) or not t.text.islower():
        return 0
    return t.end if fold(t.text) in lex.place_adjectives or lex.demonym(t.text) else 0


def _town_end(text, c, tokens: list[Token], j: int, lex: Lexicon) -> int:
    words = c.text.split()
    if c.kind != "name" or len(words) != 2 or fold(words[0]) not in lex.name_prefixes or j + 1 >= len(tokens):
        return 0
    link, name = tokens[j], tokens[j + 1]
    if fold(link.text) not in lex.town_links or not name.cap or not (
            joined(text, tokens[j - 1], link) and joined(text, link, name)):
        return 0
    if j + 2 < len(tokens) and tokens[j + 2].cap and joined(text, name, tokens[j + 2]):
        return 0      # "San Pietro in Piazza San ...": a longer run after it, leave it
    return name.end
