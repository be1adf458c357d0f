"""Noun phrases that look like names in a language that capitalises every noun, and the
dictionary form of a place named only in an inflected one.

German writes "Nach Angaben des Unternehmens wurden 300 Tonnen Stahl verbaut": runs of
capitalised words with a connector between them, shaped like "Haus der Geschichte" or
"Angela Merkel". A name of several words whose capitalised words are all frequent
nouns of the language, with no given name, place, capitalised adjective ("die Deutsche
Bahn", "das Rote Kreuz") or word naming a body ("Bundesamt für Migration") among them,
is a noun phrase: "Angaben des Unternehmens", "Tonnen Stahl". A surname alone is one
word and never reaches this test; with its given name it keeps it ("Martin Horn").
"""
from __future__ import annotations

import dataclasses
import functools

from cronaca.entities.candidates import Candidate
from cronaca.entities.cities import is_city
from cronaca.entities.endings import place_by_ending
from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.names import is_given_name

NOUN_ZIPF = 3.5          # as frequent as this, a capitalised word is a common noun
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def noun_phrases_dropped(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """The candidates without the noun phrases (only where every noun is capitalised)."""
    if not lex.capitalised_nouns:
        return found
    return [_acronym_only(_place_only(c, lex), lex) for c in found if not _noun_phrase(c, lex)]


def _acronym_only(c: Candidate, lex: Lexicon) -> Candidate:
    """"der Fahrradclub ADFC", "die Gewerkschaft IG Metall": a noun for a kind of body, then
    its name opened by an acronym; the name alone is the organisation's."""
    first, _, rest = c.text.partition(" ")
    if c.kind != "name" or not rest or fold(first) not in lex.org_words:
        return c
    acronym = rest.split(" ", 1)[0]
    if len(acronym) < 2 or not acronym.isupper() or not acronym.isalpha():
        return c
    return dataclasses.replace(c, start=c.end - len(rest), text=rest, type=c.type or "ORG")


def _place_only(c: Candidate, lex: Lexicon) -> Candidate:
    """"Bürger Freiburgs", "Einwohner Kölns": common nouns, then a place in the genitive;
    the place alone is the name."""
    if c.kind != "name" or c.type or c.country or c.title or " " not in c.text:
        return c
    head, last = c.text.rsplit(" ", 1)
    place = last[:-1] if last.endswith("s") and not lex.place(last) else last
    if not (lex.place(place) or is_city(place, lex)) or not all(
            w[:1].isupper() and _common_noun(w, lex) for w in head.split()):
        return c
    start = c.end - len(last)
    return dataclasses.replace(c, start=start, text=last)


def _noun_phrase(c: Candidate, lex: Lexicon) -> bool:
    if c.kind != "name" or c.type or c.country or c.title:
        return False
    words = [w for w in c.text.replace("-", " ").split() if w[:1].isupper()]
    if len(words) < 2:
        return False
    return all(_common_noun(w, lex) for w in words)


def _common_noun(word: str, lex: Lexicon) -> bool:
    folded = fold(word)
    if (is_given_name(word, lex) or lex.place(word) or lex.demonym(word)
            or folded in lex.org_words or folded in lex.person_titles):
        return False
    return _frequent(word.casefold(), lex.code) and not _adjective(word.casefold(), lex.code)


@functools.lru_cache(maxsize=50_000)
def _frequent(word: str, code: str) -> bool:
    from wordfreq import zipf_frequency
    return zipf_frequency(word, code) >= NOUN_ZIPF


@functools.lru_cache(maxsize=50_000)
def _adjective(word: str, code: str) -> bool:
    """"rotes" -> "rot", "europäische" -> "europäisch": a lower-case lemma that the word
    extends by an adjective ending (a noun keeps its capital: "tonnen" -> "Tonne")."""
    from cronaca import lemmas
    lemma = lemmas.lemmatize(word, code)
    return lemma[:1].islower() and word != lemma and word.startswith(lemma) \
        and word[len(lemma):] in ADJECTIVE_ENDINGS


def inflected_noun(words: set[str], type_: str, lex: Lexicon, place: str = "") -> bool:
    """A one-word name that only a preposition typed, or nothing did, written in a plural
    or other inflected form of a noun: "nach Angaben", "in Straßenbahnen". A name keeps
    its form, bar the genitive "-s" ("Freiburgs"); places the gazetteer knows are kept."""
    if not lex.capitalised_nouns or place or type_ not in ("MISC", "LOC"):
        return False
    return all(" " not in w and "-" not in w and _inflected(w, lex.code) for w in words) \
        and not place_by_ending(words, lex)         # "Denzlingen" looks like a plural


@functools.lru_cache(maxsize=50_000)
def _inflected(word: str, code: str) -> bool:
    from cronaca import lemmas
    lemma = lemmas.lemmatize(word, code)
    return lemma != word and lemma[:1].isupper() and word != lemma + "s"


def nominative_place(name: str, lex: Lexicon) -> str:
    """A place named only in an inflected form takes its dictionary form as its name, in
    a language with case endings (``suffixes``): "Warszawy" -> "Warszawa" (the gazetteer),
    "Krakowa" -> "Kraków", "Poznaniu" -> "Poznań" (simplemma, when it knows the name)."""
    if " " in name or not lex.suffixes:
        return name
    place = lex.place(name)
    if place is not None and place.name and " " not in place.name:
        return place.name
    from cronaca import lemmas
    lemma = lemmas.lemmatize(name, lex.code)
    if lemma != name and lemma[:1].isupper() and lemmas.is_known(lemma, lex.code):
        return lemma
    return name
