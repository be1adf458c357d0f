"""Titles in marks: names of shows, papers, works and bodies are not quotations.

'He told NBC's "Meet the Press"', 'she said on "Good Morning America"': a
phrase in marks right after one of the language's ``title_leads`` (a possessive
ending, "on") whose words are all capitalised is a title. Both conditions are
needed: 'Trump's "deportation force"' is a quoted phrase, and so is a
capitalised slogan after a verb. Languages that do not capitalise titles simply
list no leads.
"""
from __future__ import annotations

import re

from cronaca.entities.lexicon import lexicon as entity_lexicon
from cronaca.quotes.marks import Marked

MAX_WORDS = 8
SMALL = 3                      # short words ("of", "the", "in") may stay lower case
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_title(text: str, m: Marked, leads: tuple[str, ...]) -> bool:
    if not leads or m.dash or len(m.pieces) != 1:
        return False
    before = text[max(0, m.open - 40):m.open].rstrip().casefold()
    if not any(_ends_with(before, lead) for lead in leads):
        return False
    words = _WORD.findall(text[m.start:m.end])
    return 0 < len(words) <= MAX_WORDS and words[0][0].isupper() and all(
        w[0].isupper() for w in words if len(w) > SMALL)


_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)\s*$")


def names_a_body(text: str, m: Marked, code: str | None) -> bool:
    """A capitalised name in marks right after a word for a body (the entities step's
    ``org_words``, by lemma too): 'the association "Friends of the Park"', сдружение „Верен
    приятел“, ТОВ «Берізка»; the name of an organisation, not a quotation."""
    if m.dash or len(m.pieces) != 1:
        return False
    last = _LAST_WORD.search(text, max(0, m.open - 40), m.open)
    words = _WORD.findall(text[m.start:m.end])
    if last is None or not 0 < len(words) <= MAX_WORDS // 2 or not words[0][0].isupper():
        return False
    lex = entity_lexicon(code)
    return lex.listed(last.group(1), lex.org_words)


def _ends_with(before: str, lead: str) -> bool:
    if not before.endswith(lead):
        return False
    # a lead that is a word must be a whole word: "on", not "Ramon"
    return not lead[0].isalpha() or len(before) == len(lead) or not before[-len(lead) - 1].isalnum()


def headline(text: str, lo: int, hi: int) -> bool:
    """Words in title case with no stop at their end ("Tales From the Crypt", "DIVISIVE,
    STUPID AND WRONG"): the name of a work or a headline, not a statement."""
    words = _WORD.findall(text, lo, hi)
    return 0 < len(words) <= MAX_WORDS and text[lo:hi].rstrip()[-1:] not in ".!?" and all(
        w[0].isupper() for w in words if len(w) > SMALL)
