"""Lower-case words that end an organisation's name, past what the runs of capitals hold.

Read over the candidates the finder emitted, sentence by sentence:

- a name typed as an organisation (or that an article marks as a body), then a demonym: "l'Interpol serba", "la CNN
  spagnola" (the finder extends only names that start with an org word: "Parlamento europeo");
- an institution named by nouns ("il ministero"), then an article-preposition and one
  lower-case noun: "il ministero degli esteri", "il ministero del tesoro" (``tail_heads``:
  heads whose lower-case tail names the office; "il governo della città" names no one).
"""
from __future__ import annotations

import dataclasses

from cronaca.entities.institutions import MAX_ADJECTIVES, adjectives_after, lower_tail
from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.tokens import Token, joined


def with_org_tails(text: str, sentences: list[list[Token]], found: list, lex: Lexicon,
                   stopwords: frozenset[str]) -> list:
    """``found`` with the organisations above extended over their lower-case tails."""
    if not lex.adjectives_after_nouns:
        return found
    ends = {t.end: (tokens, k) for tokens in sentences for k, t in enumerate(tokens)}
    out = []
    for c in found:
        at = ends.get(c.end)
        out.append(_extended(text, c, at[0], at[1] + 1, lex, stopwords) if at else c)
    return out


def _extended(text, c, tokens: list[Token], j: int, lex: Lexicon, stopwords):
    if j >= len(tokens) or tokens[j].cap:
        return c
    k = j
    if c.kind == "name" and (c.type == "ORG" or c.cue == "ORG") and not lex.place(c.text):
        while k < len(tokens) and k - j < MAX_ADJECTIVES and joined(text, tokens[k - 1], tokens[k]) and (
                lex.demonym(tokens[k].text) and tokens[k].text.islower()):
            k += 1
    elif c.kind == "nominal" and fold(c.text) in lex.tail_heads:
        k = lower_tail(lex, text, tokens, j, stopwords)
        k = adjectives_after(lex, text, tokens, k) if k > j else k
    if k == j:
        return c
    end = tokens[k - 1].end
    return dataclasses.replace(c, end=end, text=text[c.start:end])
