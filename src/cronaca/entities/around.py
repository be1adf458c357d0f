"""What the words just around a name say it is: a dateline ("Imperia:"), a name in brackets
after another, the noun before "of" ("sindaco di", "presidente della"), a club after an
article ("il Livorno"), a state addressed ("alla Svizzera"). Read by ``evidence.cue`` and
by ``candidates.classify``; the words are the language's ``[entities]`` lists.
"""
from __future__ import annotations

import re

from cronaca.entities.cities import is_town
from cronaca.entities.lexicon import Lexicon, fold

PREVIOUS = re.compile(r"(\w+)['’]?\s*$")
TWO_BEFORE = re.compile(r"(\w+)\s+(\w+)['’]?\s*$")
THREE_BEFORE = re.compile(r"(\w+)\s+\w+\s+(\w+)['’]?\s*$")
# a name in brackets just after another name (KIND train, after a person or an
# organisation: 121 organisations, 6 places; places are typed by the gazetteer first)
BRACKETED = re.compile(r"[^\W\d_][\w.'’]*\s*\(\s*$")
_QUOTES = tuple("«\"“„‘'")


def dateline(text: str, start: int, end: int) -> str:
    """"Imperia: filma la lezione", "Texas: storm kills two": a name opening a line before a
    colon is where the news happened (KIND train: 198 places, 24 organisations, 10 people);
    "Bush: « Il livello ... »", a quotation after it, is who speaks."""
    head = text[max(0, start - 3):start].rstrip(" ")
    if head and not head.endswith(("\n", ".", "!", "?")):
        return ""
    after = text[end:end + 4]
    if not after.startswith(":"):
        return ""
    return "PER" if after[1:].lstrip(" \n").startswith(_QUOTES) else "LOC"


def head_of(lex: Lexicon, text: str, start: int) -> str:
    """"presidente di", "morte di", "sindaco di": the type the noun before "of" gives ("" if none)."""
    before = PREVIOUS.search(text, max(0, start - 25), start)
    two = TWO_BEFORE.search(text, max(0, start - 40), start)
    if before and two and fold(before.group(1)) in lex.connectors | lex.weak_place_preps:
        head = fold(two.group(1))
        if lex.demonym(head):        # "la città olandese di", "the Chinese region of": past the demonym
            three = THREE_BEFORE.search(text, max(0, start - 60), start)
            head = fold(three.group(1)) if three else head
        for kind, heads in (("ORG", lex.org_of), ("PER", lex.per_of), ("LOC", lex.loc_of)):
            if head in heads:
                return kind
    elif before and not lex.connectors and genitive_head(lex, before.group(1)):
        return "LOC"    # "mieszkańcy Krakowa", "Мешканці Сихова": the name is in the genitive
    return ""


def genitive_head(lex: Lexicon, word: str) -> bool:
    """In a language that says "of" by the genitive case (no ``connectors``), a noun of
    ``loc_of`` right before a name: those listed there take no person after them."""
    return bool(lex.loc_of) and lex.listed(word, lex.loc_of)


def state_addressed(lex: Lexicon, text: str, start: int, place) -> bool:
    """"ha chiesto alla Svizzera", "une lettre à la France": a country after the dative
    article of a language that says "in" for where (``dative_articles``) is the state
    addressed, an organisation (KIND train: 13 of 14)."""
    if not lex.dative_articles or place is None or not place.code:
        return False
    before = PREVIOUS.search(text, max(0, start - 25), start)
    return bool(before) and fold(before.group(1)) in lex.dative_articles


_NEXT = re.compile(r"\s*([^\W\d_]+)")


def state_acting(lex: Lexicon, text: str, start: int, end: int, place) -> bool:
    """"la Cina ha dichiarato", "gli Stati Uniti non possono": a country after a definite
    article (``subject_articles``) and before a lower-case word that no list knows (a verb,
    most often) is the state that acts, an organisation (KIND train: 91 of 134); "la Cina e
    il Giappone", "l'Italia del Nord" are places."""
    if not lex.subject_articles or place is None or not place.code:
        return False
    before = PREVIOUS.search(text, max(0, start - 25), start)
    after = _NEXT.match(text, end)
    if not before or not after or fold(before.group(1)) not in lex.subject_articles:
        return False
    word = after.group(1)
    return word.islower() and fold(word) not in (lex.place_followers | lex.conjunctions | lex.connectors
                                                 | lex.articles | lex.place_preps)


def as_attribute(lex: Lexicon, text: str, start: int) -> bool:
    """"crisi di governo", "forze di polizia", "guerra di camorra": an institution's noun after a
    bare "of" (``attribute_preps``, no article) qualifies the noun before it, it names no
    body; but "agente di polizia", "segretario di Stato", "pattuglia di carabinieri": after a
    role or a unit of the body (``body_units``), the body (KIND train)."""
    two = TWO_BEFORE.search(text, max(0, start - 40), start)
    if not two or fold(two.group(2)) not in lex.attribute_preps or text[two.end(2):start] != " ":
        return False
    head = fold(two.group(1))
    return not any(head in words for words in (lex.person_nouns, lex.person_titles, lex.offices, lex.org_of,
                                               lex.org_words, lex.body_units))


def club_before(lex: Lexicon, text: str, start: int, name: str, place) -> bool:
    """"il Livorno", "della Roma", "el Sevilla": a town after a definite article is its
    football club, in languages that name towns without one (``club_articles``); but
    "L'Aquila", "La Spezia" carry their article (``article_places``)."""
    if (not lex.club_articles or fold(name) in lex.article_places or (place is not None and place.code)
            or not is_town(name, place)):      # a country is no town: "il Mali", "il Congo"
        return False
    before = PREVIOUS.search(text, max(0, start - 25), start)
    return bool(before) and fold(before.group(1)) in lex.club_articles
