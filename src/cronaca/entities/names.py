"""Given names: the evidence that an unknown capitalised sequence is a person.

"Giorgio Faletti" is a person because "Giorgio" is a given name; "Forza Italia"
or "Pro Recco" start with none. The names come from the person providers of
Faker (MIT), ~30,000 given names of ~90 locales in their own scripts
("Giorgio", "Jarosław", "Владимир"), all of them whatever the article's
language: news names people from everywhere. Loaded once, on first use
(~0.5 s, a few MB). Without Faker installed there are no known given names and
the rules type people by titles and aliases only.
"""
from __future__ import annotations

import functools
import importlib
import pkgutil

from cronaca.entities.lexicon import fold

_FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Faker's given names, their Latin spellings when written in Cyrillic ("Dmitrij" for
    "Дмитрий", see ``romanised``) and those the language data adds (``given_names``:
    Faker's Italian list lacks "Cataldo", "Tarcisio", "Jole")."""
    from cronaca.entities.romanised import romanised
    names = _faker_names(_FIELDS)
    if not names:
        return names
    latin = _faker_names(_FIELDS, romanised)     # before folding: "й" folds to "и"
    return names | latin | _listed("given_names")


def _listed(key: str) -> frozenset[str]:
    """The names every language's ``[entities]`` data lists under ``key``, folded."""
    from cronaca import languages
    out = set()
    for code in languages.available():
        out.update(fold(n) for n in languages.get(code).section("entities").get(key, ()))
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return _faker_names(("last_names",))


def _faker_names(fields: tuple[str, ...], forms=lambda n: (fold(n),)) -> frozenset[str]:
    """The names in these fields of every Faker person provider (empty without Faker), in
    the ``forms`` of each (folded)."""
    try:
        from faker.providers import person
    except ModuleNotFoundError:
        return frozenset()
    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for field in fields:
            value = getattr(provider, field, ())
            if isinstance(value, (tuple, list, dict, set, frozenset)):   # some are properties
                names.update(f for n in value if isinstance(n, str) and n[:1].isupper() for f in forms(n))
    return frozenset(names)


def _known(word: str, names: frozenset[str], lex) -> bool:
    """``word`` or, in languages that inflect names, its stem with any listed ending:
    "Theresy" (Polish genitive) is "Theresa", "Владимира" is "Владимир"."""
    word = fold(word)
    if word in names:
        return True
    if lex is None:
        return False
    return any(stem + ending in names for stem in lex.stems(word) for ending in ("",) + lex.suffixes)


def is_surname(word: str, lex=None) -> bool:
    return _known(word, surnames(), lex)


def is_given_name(word: str, lex=None) -> bool:
    return _known(word, given_names(), lex) or _compound(word, lex)


# the rest of a compound given name is a name of its own, no shorter than this ("Pierluigi"; not "Mariotti")
MIN_REST = 5


def _compound(word: str, lex) -> bool:
    """"Pierdavide", "Giangiacomo", "Mariastella": a given name after one of the language's
    ``given_name_prefixes`` (a short or whole given name written in one word with the next)."""
    prefixes = lex.given_name_prefixes if lex is not None else ()
    word = fold(word)
    return any(word.startswith(p) and len(word) - len(p) >= MIN_REST and word[len(p):] in given_names()
               for p in prefixes)


def available() -> bool:
    return bool(given_names())


# no shorter a word with a surname's ending: "Bettini", "Granelli"; not "Pini", "Toni"
MIN_ENDING_WORD = 6


def surname_ending(word: str, lex) -> bool:
    """"Bettini", "Granelli", "Padovani": a capitalised word with an ending the language's
    surnames take and its common words and places seldom do (``surname_endings``)."""
    if lex is None or len(word) < MIN_ENDING_WORD or not (word[:1].isupper() and word[1:].islower()):
        return False
    return bool(lex.surname_endings) and fold(word).endswith(lex.surname_endings)


# a name's word no commoner than this ("Chiara" 4.7, "Patrizia" 3.7); "Una", "Prima", "Vita"
# are given names somewhere, and among the commonest words here (KIND train: 5.0 as good as 5.2)
NAME_WORD_ZIPF = 5.0


def known_person_word(lex, word: str) -> bool:
    """A capitalised word inside a sentence that a name list knows ("Dante", "Chiara",
    "Patrizia"): a name, though the language has it as a common word ("chiara"); not a title
    or a body's word ("Papa", "Regina", "Lega"); only in a language flagged
    ``given_names_inside`` (measured on Italian news: in English "Dawn", "Amber" are words)."""
    from wordfreq import zipf_frequency
    folded = fold(word)
    if not lex.given_names_inside or folded in lex.person_titles or folded in lex.org_words or folded in lex.not_names:
        return False
    return is_given_name(word, lex) and zipf_frequency(word.lower(), lex.code) < NAME_WORD_ZIPF
