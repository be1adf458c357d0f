"""Lower-case words that end an organisation's name, past what the runs of capitals hold.

Read over the candidates the finder emitted, sentence by sentence:

- a name typed as an organisation (or that an article marks as a body), then a demonym: "l'Interpol serba", "la CNN
  spagnola" (the finder extends only names that start with an org word: "Parlamento europeo");
- a lower-case head that names an institution only with an adjective: "la commissione elettorale"
  (``qualified_bodies``; "la commissione" alone is most often no name), or, an office, with its
  town: "il tribunale di Brescia" (``seat_heads``);
- an institution named by nouns ("il ministero"), then an article-preposition and one
  lower-case noun: "il ministero degli esteri", "il ministero del tesoro" (``tail_heads``:
  heads whose lower-case tail names the office; "il governo della città" names no one).
"""
from __future__ import annotations

import dataclasses

from cronaca.entities.institutions import MAX_ADJECTIVES, adjectives_after, lower_tail
from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.tokens import Ends, Token, joined


def with_org_tails(text: str, sentences: list[list[Token]], ends: Ends, found: list, lex: Lexicon,
                   stopwords: frozenset[str]) -> list:
    """``found`` with the organisations above extended over their lower-case tails."""
    if not lex.adjectives_after_nouns:
        return found
    out = []
    for c in found:
        at = ends.get(c.end)
        out.append(_extended(text, c, at[0], at[1] + 1, lex, stopwords) if at else c)
    return sorted(out + _qualified_bodies(text, sentences, out, lex), key=lambda c: c.start)


def _qualified_bodies(text, sentences, found, lex: Lexicon) -> list:
    """"la commissione elettorale", "l'aviazione militare cinese": a lower-case head of
    ``qualified_bodies`` names an institution only with an adjective after it."""
    from cronaca.entities.candidates import Candidate
    taken = [(c.start, c.end) for c in found]
    out = []
    for tokens in sentences:
        for i, t in enumerate(tokens[:-1]):
            if not t.text.islower() or fold(t.text) not in lex.qualified_bodies or any(
                    a < t.end and t.start < b for a, b in taken):
                continue
            k = adjectives_after(lex, text, tokens, i + 1)
            if k > i + 1 or _at_its_seat(text, tokens, i, lex):
                end = tokens[k - 1].end
                out.append(Candidate(t.start, end, text[t.start:end], "ORG", "nominal"))
    return out


def _at_its_seat(text, tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """"il tribunale di Brescia": an office of ``seat_heads``, "of" and its town (``seat_heads``,
    capitalised, keep the town out of the name too: "Procura | di Napoli")."""
    from cronaca.entities.cities import is_city
    if fold(tokens[i].text) not in lex.seat_heads or i + 2 >= len(tokens) or (
            i and fold(tokens[i - 1].text) in lex.place_preps):
        return False    # "nella prefettura di Kagawa": in the territory, not at the office
    of, town = tokens[i + 1], tokens[i + 2]
    return (fold(of.text) in lex.weak_place_preps and joined(text, tokens[i], of) and joined(text, of, town)
            and town.cap and is_city(town.text, lex))


def _extended(text, c, tokens: list[Token], j: int, lex: Lexicon, stopwords):
    if j >= len(tokens):
        return c
    if tokens[j].cap:
        return _capitalised_demonym(text, c, tokens, j, lex)
    k = j
    if c.kind == "name" and c.type == "ORG" and _head_and_adjective(c.text, lex):
        k = lower_tail(lex, text, tokens, j, stopwords)     # "Organizzazione mondiale del commercio"
        k = adjectives_after(lex, text, tokens, k) if k > j else k
    elif c.kind == "name" and (c.type == "ORG" or c.cue == "ORG") and not lex.place(c.text):
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


def _capitalised_demonym(text, c, tokens: list[Token], j: int, lex: Lexicon):
    """"Marina Militare Italiana", "Borsa Italiana": a capitalised demonym ends an
    organisation's name of several words (not "Juventus | Italiana", one word: a club)."""
    t = tokens[j]
    if c.kind != "name" or c.type != "ORG" or " " not in c.text or t.opens or not joined(
            text, tokens[j - 1], t) or not lex.demonym(t.text) or lex.place(t.text):
        return c
    if j + 1 < len(tokens) and tokens[j + 1].cap and joined(text, t, tokens[j + 1]):
        return c      # "Comitato Olimpico | Italiano Rossi"? the run goes on: leave it
    return dataclasses.replace(c, end=t.end, text=text[c.start:t.end])


def _head_and_adjective(name: str, lex: Lexicon) -> bool:
    """"Organizzazione mondiale": an org word, then one lower-case adjective."""
    words = name.split()
    return len(words) == 2 and fold(words[0]) in lex.org_words and words[1].islower()
