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

from cronaca.entities.cities import faker_towns
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
    for locale in locales:      # read folded from the language's data: "it_it"
        lang, _, country = locale.partition("_")
        towns.update(fold(t) for t in faker_towns(f"{lang}_{country.upper()}"))
    return frozenset(towns)
