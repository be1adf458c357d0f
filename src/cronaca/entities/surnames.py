"""Where a person's surname starts or goes on, though its first word looks like something else.

A capitalised particle opening a sentence ("Di Pietro ha detto"), a demonym after a given
name ("Giovanni Russo", "Ignazio La Russa"), a lower-case particle before the name ("Bill
de Blasio", "du Toit"). Read by ``mentions``; the words are the language's
``surname_openers`` and ``lower_particles``.
"""
from __future__ import annotations

from cronaca.entities.lexicon import NAME_PARTICLES, Lexicon, fold
from cronaca.entities.names import is_given_name


def opens_surname(lex: Lexicon, is_common, tokens, k: int, j: int) -> bool:
    """"Di Pietro", "De Luca" open a sentence (token ``k``, run ending at ``j``): one more word,
    a given name or a rare one, no place ("Di Roma si sa"), no full name after ("Di Giorgio
    Napolitano si sa")."""
    after = tokens[k + 1]
    return ((k + 2 >= j or not tokens[k + 2].cap) and not lex.place(after.text)
            and (is_given_name(after.text, lex) or not is_common(after.text)))


def surname_slot(lex: Lexicon, tokens, piece: list[int], t) -> bool:
    """"Giovanni Russo", "Ignazio La Russa": after a given name (and a particle), a
    capitalised demonym ``t`` is a surname."""
    caps = [tokens[p] for p in piece if tokens[p].cap]
    if t.opens or not caps or lex.place(caps[0].text):
        return False
    if len(caps) >= 2 and fold(caps[-1].text) in NAME_PARTICLES:
        caps.pop()
    return len(caps) == 1 and is_given_name(caps[0].text, lex)


def particles_before(lex: Lexicon, text: str, tokens, found) -> None:
    """"Bill de Blasio", "du Toit", "bin Laden": a lower-case particle opens the name (in place)."""
    at = {t.end: t for t in tokens}
    for c in found:
        gap_end = c.start - 1
        t = at.get(gap_end)
        if (c.kind == "name" and c.type in (None, "PER") and t is not None and text[gap_end] == " "
                and t.text in lex.lower_particles):
            c.start, c.text, c.type = t.start, text[t.start:c.end], "PER"
