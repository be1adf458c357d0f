"""A name written in camel case ("WeWork", "SoftBank", "YouTube") is a company's or a
product's, not a person's: people's names have a capital inside only after a particle
that opens surnames ("McCain", "MacArthur", "DeStefano", "ElAttrache";
``SURNAME_PREFIXES``). On KIND (train and dev), every camel-cased word marked as a
person has one of these particles; most of the others are organisations (KIND train
then 0.809, dev 0.743 -> 0.744).
"""
from __future__ import annotations

import re

_CAMEL = re.compile(r"([A-Z][a-z]+)[A-Z][a-z]")
SURNAME_PREFIXES = frozenset({"Mc", "Mac", "Fitz", "De", "Di", "Da", "Du", "Del", "Della", "Le", "La", "Lo",
                              "Van", "Von", "Ven", "El", "Al", "St", "Ter", "Ten", "Ap"})


def camel_case_companies(found: list) -> list:
    """``found`` with one-word names in camel case typed ORG, unless a rule typed them a place."""
    for c in found:
        if c.kind != "name" or c.type in ("ORG", "LOC") or " " in c.text:
            continue
        m = _CAMEL.match(c.text)
        if m and m.group(1) not in SURNAME_PREFIXES:
            c.type = "ORG"
    return found
