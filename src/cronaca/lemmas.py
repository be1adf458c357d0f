"""Lemmas for every language simplemma knows, from one process-wide lemmatizer.

simplemma's default dictionaries are Python dicts: Polish alone takes ~450 MB
of memory, Russian ~140 MB. Its low-memory (front-coded) dictionaries take a
tenth of that for ~0.08 ms a lookup, and lookups repeat a lot, so a cache in
front of them makes the difference small. A Spark worker meeting ten languages
must not need gigabytes for lemmas.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _lemmatizer():
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(low_memory=True))


def lemmatize(word: str, lang: str) -> str:
    """The dictionary form; raises ValueError for a language simplemma has no data for."""
    return _lemmatizer().lemmatize(word, lang)


def is_known(word: str, lang: str) -> bool:
    import simplemma
    return simplemma.is_known(word, lang, low_memory=True)
