"""The towns and villages of the article's own country, from Faker's address data (MIT).

Faker's Italian provider lists ~16,000 real places ("Modica", "Cassino", "Cento").
Many are also common words of the language ("modica", "cento"), which the finder
drops when capitalised out of respect ("il Paese"); after a place preposition ("a
Cento", "nella città di Atri") such a word is the town (``candidates``). Others open
with a given name ("Gioia del Colle", "Albano Laziale"), which would make them people
(``evidence``). A weak gazetteer, read only in these two places: one-word towns are
surnames too often ("Fornero", "Dossena") to be typed by the list alone. The
language's ``town_locales`` (``[entities]``) say which providers to read.
"""
from __future__ import annotations

import functools
import importlib

from cronaca.entities.lexicon import Lexicon, fold


# a town's name this frequent as a word is the word: "nel Paese", "in Piazza", "nel Ponte"
# (5.6, 5.2, 4.8); "a Capaci", "ad Assisi", "a Modica" (4.4, 3.9, 3.5) are the towns
WORD_ZIPF = 4.5


def is_local_town(name: str, lex: Lexicon) -> bool:
    if not lex.town_locales or fold(name) not in _towns(tuple(sorted(lex.town_locales))):
        return False
    from wordfreq import zipf_frequency
    return zipf_frequency(name.lower(), lex.code) < WORD_ZIPF


@functools.lru_cache(maxsize=8)
def _towns(locales: tuple[str, ...]) -> frozenset[str]:
    towns: set[str] = set()
    for locale in locales:
        lang, _, country = locale.partition("_")
        try:
            provider = importlib.import_module(f"faker.providers.address.{lang}_{country.upper()}").Provider
        except ModuleNotFoundError:
            continue        # Faker absent, or a version without this locale
        towns.update(fold(t) for t in getattr(provider, "cities", ()) if t[:1].isupper())
    return frozenset(towns)
