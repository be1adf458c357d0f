"""A name that fills a pair of quotation marks starts where the marks open: « Il Giornale »,
" Nuovo Centrodestra ", "La Stampa".

After an opening mark any word is capitalised, so the finder drops a common word there
("Il", "Nuovo") and keeps what follows. When the marks hold nothing but a short name (capitalised
words, and the language's connectors between them) and a candidate ends where they close, the
candidate takes in the words the finder dropped before it.
"""
from __future__ import annotations

import dataclasses
import re

from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.span_index import SpanIndex

MAX_WORDS = 5           # words between the marks: more is a quoted phrase, not a name
_QUOTED = re.compile(r"([\"«“]) ?([^\"«»“”\n]{2,80}?) ?([\"»”])")


def with_quoted_names(text: str, found: list, lex: Lexicon) -> list:
    """``found`` with each candidate that ends a quoted name extended to where the marks open."""
    if not found:
        return found
    out = list(found)
    index, where = SpanIndex(found), {id(c): k for k, c in enumerate(found)}
    for m in _QUOTED.finditer(text, max(0, min(c.start for c in found) - 90)):
        start, end = m.span(2)
        if not _name_like(m.group(2), lex):
            continue
        # a candidate extended here ends where these marks close: the marks after it miss it
        inside = index.overlapping(start, end)
        if len(inside) != 1:
            continue
        k = where[id(inside[0])]
        c = out[k]
        if c.kind == "name" and start < c.start and c.end == end and _cut_words(text[start:c.start]):
            out[k] = dataclasses.replace(c, start=start, text=text[start:c.end])
    return out


def _cut_words(prefix: str) -> bool:
    """What the finder dropped: capitalised words, not a name and "of" ("Presepe di | Siena": the
    finder saw a place of its own there)."""
    return all(w[:1].isupper() for w in prefix.split())


def _name_like(quoted: str, lex: Lexicon) -> bool:
    """"Il Giornale", "Folha de São Paulo"; not "ha detto di no", not a long title."""
    words = quoted.split()
    if not words or len(words) > MAX_WORDS or any(ch in quoted for ch in ",;:!?."):
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    small = lex.connectors | lex.articles | lex.conjunctions
    return all(w[:1].isupper() or fold(w) in small for w in words)
