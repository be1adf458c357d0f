"""Which capitalised word of a run is a name, for the ``MentionFinder`` (see ``mentions``): a
word capitalised where any word is ("Giuseppe" opening a sentence, not "Ieri"), a title after a
given name ("Anna King"), a capitalised adjective in German, a word before a person.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.names import is_given_name
from cronaca.entities.tokens import Token

if TYPE_CHECKING:
    from cronaca.entities.mentions import MentionFinder

RUN_START_ZIPF = 5.5   # a sentence-initial word followed by a name is a name unless this frequent
OPENER_ZIPF = 3.0      # ... or this frequent, when a given name follows it


def is_name_word(finder: MentionFinder, t: Token, headline: bool, known_caps: set[str],
                 in_run: bool = False) -> bool:
    lex = finder.lex
    word = fold(t.text)
    if word in lex.not_names or word in lex.person_titles:
        return False
    if lex.place(t.text):
        return True
    position_capital = t.opens or headline or lex.capitalised_nouns
    if not position_capital:
        return True
    if in_run and is_given_name(t.text, lex) and zipf_frequency(word, lex.code) < RUN_START_ZIPF:
        return True     # "Giuseppe Rossi" opening a sentence (jusText lists "giuseppe" as a stopword)
    if word in finder.stopwords:
        return False
    if t.text in known_caps or t.text in finder.name_words:
        return True
    if in_run and zipf_frequency(word, lex.code) >= RUN_START_ZIPF:
        return False
    return not finder.is_common(t.text)


def title_as_surname(lex: Lexicon, tokens: list[Token], piece: list[int], t: Token) -> bool:
    """"Nina Zupan", "Anna King", "John Bishop": a title word after a given name, inside
    a sentence, is a surname (folded, "Zupan" is the Slovenian "župan", mayor); not after
    an acronym that a name list also holds ("US President")."""
    given = tokens[piece[-1]].text if piece else ""
    return (bool(piece) and not t.opens and fold(t.text) in lex.person_titles and given[:1].isupper()
            and not given.isupper() and is_given_name(given, lex))


def named_adjective(lex: Lexicon, t: Token, in_run: bool) -> bool:
    """German writes adjectives in lower case, so a capitalised one inside a sentence
    opens a name: "die Deutsche Bahn", "die Europäische Zentralbank"."""
    return lex.capitalised_nouns and in_run and not t.opens


def opens_a_person(lex: Lexicon, t: Token, after: Token) -> bool:
    return (is_given_name(after.text, lex) and not is_given_name(t.text, lex)
            and zipf_frequency(fold(t.text), lex.code) >= OPENER_ZIPF)


def sea(lex: Lexicon, words: list[str]) -> bool:
    """"Oceano Indiano", "Mar Cinese": a word of places alone before a capitalised demonym,
    which is then part of the place's name."""
    return len(words) == 1 and fold(words[0]) in lex.loc_words
