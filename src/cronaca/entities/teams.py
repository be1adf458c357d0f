"""Countries that stand for their teams: "la Svezia, superata 9-0 dalla Gran Bretagna".

In a sentence that gives a score ("3-0", "81-64") and uses a word of sport
("partita", "match", "gol"), a country's name is a national team and a
city's a club, an organisation, unless a place preposition stands before it ("in Francia").
The team is then its own entity, not grouped with the country. KIND train:
30 of 30 such mentions are teams. In an article that gives two scores or more
(a match report), a country is its team in the sentences without a score too,
unless a place preposition stands before it (KIND train: 41 teams, 12 places). The words are the ``sport_words`` of the
language's ``[entities]``.
"""
from __future__ import annotations

import re

from cronaca.entities.cities import is_city
from cronaca.entities.lexicon import Lexicon, fold

# one to three digits, a dash, one to three digits; not part of a date, time or longer number
SCORE = re.compile(r"(?<![\d.,:/-])\d{1,3} ?[-–] ?\d{1,3}(?![\d,:/-]|\.\d)")   # "vinto 2-0." ends a sentence
_WORD = re.compile(r"\w+")


def is_match_report(lex: Lexicon, sentence: str) -> bool:
    if not lex.sport_words or not SCORE.search(sentence):
        return False
    return any(fold(w) in lex.sport_words for w in _WORD.findall(sentence))


def as_teams(lex: Lexicon, sentence: str, cands: list) -> None:
    """Turn the countries of a match report into teams (in place)."""
    if not is_match_report(lex, sentence):
        return
    for c in cands:
        place = c.country or c.english or (c.type is None and is_city(c.text, lex))
        if c.kind == "name" and place and c.cue != "LOC":
            c.type, c.country, c.english = "ORG", "", ""


REPORTS = 2      # match reports in an article that make it a sports article


def as_teams_in_article(lex: Lexicon, sentences: list[str], cands: list) -> None:
    """In a sports article, the countries of every sentence are teams (in place)."""
    if sum(is_match_report(lex, s) for s in sentences) < REPORTS:
        return
    for c in cands:
        if c.kind == "name" and c.country and c.cue != "LOC":
            c.type, c.country, c.english = "ORG", "", ""


_DASH = re.compile(r"\s*[-–]\s*")


def fixtures(text: str, cands: list) -> None:
    """"Italia - Germania 0-3", "tensione Usa - Cina": two countries joined by a dash are two
    sides, teams or states, organisations (in place); not "Cremona – Iseo", towns of a route."""
    names = sorted((c for c in cands if c.kind == "name"), key=lambda c: c.start)
    for a, b in zip(names, names[1:]):
        if a.country and b.country and a.country != b.country and _DASH.fullmatch(text, a.end, b.start) and (
                a.cue != "LOC" and b.cue != "LOC"):
            for c in (a, b):
                c.type, c.country, c.english = "ORG", "", ""
