"""Organisations named by common words, known as such only in an article on their topic.

The seventeen contrade of Siena are called by animals and things ("Oca", "Onda",
"Torre", "Bruco"); in an article that speaks of the Palio they are the contrade,
organisations, and elsewhere the words they are. The language's ``[entities]``
``topic_orgs`` holds them: "topic words = name, name, ...". KIND train: six
articles on the Palio, 154 mentions of a contrada, most of them typed as
places, people or nothing before.
"""
from __future__ import annotations

import re

from cronaca.entities.candidates import Candidate
from cronaca.entities.lexicon import Lexicon, fold

_WORD = re.compile(r"\w+")


def topic_orgs_in_article(lex: Lexicon, text: str, tokens: list, found: list[Candidate]) -> None:
    """Type (or add) the names of the article's topics as organisations (in place)."""
    if not lex.topic_orgs:
        return
    words = {fold(w) for w in _WORD.findall(text)}
    names = frozenset().union(*(named for topic, named in lex.topic_orgs if topic & words))
    if not names:
        return
    for t in (t for sentence in tokens for t in sentence):
        if not t.cap or fold(t.text) not in names:
            continue
        over = [c for c in found if c.kind == "name" and c.start < t.end and t.start < c.end]
        for c in over:      # "Chiocciola Quarta": the contrada, then its horse; not "Torre del Mangia"
            rest = (t.end, c.end) if c.start == t.start else (c.start, t.start) if c.end == t.end else None
            piece = text[rest[0]:rest[1]].strip(" -–") if rest else ""
            if piece[:1].isupper() and " " not in text[t.start:t.end]:
                found.remove(c)
                at = text.index(piece, rest[0])
                found.append(Candidate(at, at + len(piece), piece, None))
        found[:] = [c for c in found if not (c.kind == "name" and (c.start, c.end) == (t.start, t.end))]
        if not any(c.kind == "name" and c.start < t.end and t.start < c.end for c in found):
            found.append(Candidate(t.start, t.end, t.text, "ORG"))
