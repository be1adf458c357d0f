"""A person's role next to a name: the name is the person who holds it.

"Geronzi, esponente della Banca", "Sary, l'ex ministro": a role in apposition after the
name (``role_after``); "il funzionario di polizia Udom Akpuodom", "il candidato della
sinistra Fernando Haddad": a role, "of" and a body before it (``role_of_body``), where the
body's noun alone would make the name an organisation's ("l'agenzia Ria Novosti").
Read by ``evidence``.
"""
from __future__ import annotations

import re

from cronaca.entities.lexicon import Lexicon, fold

_APPOSITION = re.compile(r",\s+(?:(?:\w+['’]\s*|\w{1,3}\s+)(?:ex\s+)?|ex\s+)?(\w+)")


def role_after(lex: Lexicon, text: str, end: int) -> bool:
    """A comma, then a role or a title (past an article and "ex"): an apposition of a person."""
    m = _APPOSITION.match(text, end)
    if not m:
        return False
    word = fold(m.group(1))
    return word in lex.person_nouns or word in lex.person_titles


def role_of_body(lex: Lexicon, before: list[str]) -> bool:
    """A role, "of", then a body (and an adjective) just before the name: "candidato della
    sinistra", "presidente del comitato norvegese", "funzionario di polizia"."""
    if len(before) < 3:
        return False
    body = len(before) - 1 if before[-1] in lex.org_words else len(before) - 2
    if body < 2 or before[body] not in lex.org_words:
        return False
    role = before[body - 2]
    return before[body - 1] in lex.connectors and (
        role in lex.person_titles or role in lex.person_nouns or role in lex.offices)


# a name's words rarer than this are a foreign person's name, no common word ("Udom Akpuodom")
RARE_NAME_ZIPF = 3.0


def rare_name(lex: Lexicon, words: list[str]) -> bool:
    from wordfreq import zipf_frequency
    return all(zipf_frequency(w, lex.code) < RARE_NAME_ZIPF for w in words)


_CUE_BEFORE = re.compile(r"(\w+)\s+(\w+)\s+$")


def nickname_after(lex: Lexicon, text: str, start: int) -> bool:
    """"Giovanni Zedde detto Gingillo": a capitalised word just after a nickname's cue
    (``nickname_cues``: "detto", "alias") that follows a name is a name too, though a
    common word of the language; not "ha detto Sì", "il piano Casa"."""
    m = _CUE_BEFORE.search(text, max(0, start - 40), start)
    return bool(m) and m.group(1)[:1].isupper() and m.group(2) in lex.nickname_cues
