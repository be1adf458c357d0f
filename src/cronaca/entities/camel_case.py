"""A name written in camel case ("WeWork", "SoftBank", "YouTube") is a company's or a
product's, not a person's: people's names have a capital inside only after a particle
that opens surnames ("McCain", "MacArthur", "DeStefano", "ElAttrache";
``SURNAME_PREFIXES``). On KIND (train and dev), every camel-cased word marked as a
person has one of these particles; most of the others are organisations (KIND train
then 0.809, dev 0.743 -> 0.744). A word that a list of names knows ("JoAnne", "LaToya") or
that a rule already typed a person stays one.
"""
from __future__ import annotations

import re

from cronaca.entities.lexicon import NAME_PARTICLES, Lexicon
from cronaca.entities.names import is_given_name, is_surname

_CAMEL = re.compile(r"([A-Z][a-z]+)[A-Z][a-z]")
# the particles of surnames, and those written as one word with the rest ("McCain", "FitzGerald")
SURNAME_PREFIXES = NAME_PARTICLES | {"mc", "mac", "fitz", "lo", "ven", "st", "ten", "ap"}


def camel_case_companies(found: list, lex: Lexicon) -> list:
    """``found`` with one-word names in camel case typed ORG, unless a rule typed them a place
    or a person, or they are a known given name or surname."""
    for c in found:
        if c.kind != "name" or c.type in ("ORG", "LOC", "PER") or " " in c.text:
            continue
        m = _CAMEL.match(c.text)
        if m and m.group(1).lower() not in SURNAME_PREFIXES and not (
                is_given_name(c.text, lex) or is_surname(c.text, lex)):
            c.type = "ORG"
    return found
