"""A surname particle that opens a sentence: "De Wit verwacht ...", "Van Dijk zei ...".

At a sentence start the particle is capitalised like any first word, and "De" is also
the Dutch article, so the name found is "Wit". Where the article writes the same
surname elsewhere with its particle after a given name inside a sentence ("wethouder
Lotte de Wit"; not "Secondo la Georgia", a sentence opening), the opening
particle belongs to the name; "La Russia" stays "Russia" after "secondo la Russia".
"""
from __future__ import annotations

import re

from cronaca.entities.candidates import Candidate
from cronaca.entities.lexicon import NAME_PARTICLES, Lexicon, fold
from cronaca.entities.names import is_given_name

_OPENING = re.compile(r"(?:^|(?<=[.!?:\n]\s)|(?<=\n))([A-Z][a-z]{1,2})\s+$")


def with_opening_particles(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    for c in found:
        if c.kind != "name" or " " in c.text:
            continue
        m = _OPENING.search(text, max(0, c.start - 6), c.start)
        if m is None or m.group(1).casefold() not in NAME_PARTICLES:
            continue
        particle = m.group(1).casefold()
        written = re.finditer(rf"(?:(?<=\w )|(?<=\w, ))([A-Z]\w+)\s+{particle}\s+{re.escape(c.text)}\b", text)
        if any(is_given_name(w.group(1), lex) for w in written):     # not "Secondo la Georgia"
            c.start, c.text = m.start(1), text[m.start(1):c.end]
    return found


_WORD_BEFORE = re.compile(r"(?<![\w'’])(\w+) $")


def with_forms_of_address(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"don Zeno Saltini", "suor Maria": a religious form of address (``address_titles``) is
    part of the person's name as the press writes it (KIND train: "don" is inside the name
    19 times of 22), unlike "il presidente" or "il ministro"."""
    if not lex.address_titles:
        return found
    for c in found:
        if c.kind != "name" or c.type not in (None, "PER"):
            continue
        m = _WORD_BEFORE.search(text, max(0, c.start - 12), c.start)
        if m and fold(m.group(1)) in lex.address_titles:
            c.start, c.text, c.type = m.start(1), text[m.start(1):c.end], "PER"
    return found
