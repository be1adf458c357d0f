"""Is a capitalised word at the start of a sentence a common word of the language?

simplemma answers for the ~50 languages it has dictionaries for: its lemma of a
capitalised common word is lower-case ("Durante" -> "durante", "Однако" ->
"однако"), of a name it stays capitalised ("Rosji" -> "Rosja", "Putin").
Names are frequent in news, so a word frequency alone cannot tell "Putin"
(Zipf 4.2 in Italian) from "Durante" (5.6); wordfreq is the fallback for
languages simplemma lacks, and the test for languages that capitalise every
noun, where simplemma keeps nouns capitalised too.
"""
from __future__ import annotations

import functools
from collections.abc import Callable

from cronaca.entities.lexicon import Lexicon

COMMON_ZIPF = 4.0        # wordfreq fallback: at least this frequent lower-case -> common
FOREIGN_ZIPF = 5.0       # an English word this frequent, rare in the language: not a name
KNOWN_ZIPF = 4.5         # a dictionary word this frequent is common even if simplemma keeps its capital
NOUN_ZIPF = 3.5          # capitalised-noun languages: a noun this frequent is not a name


def common_word_test(lex: Lexicon) -> Callable[[str], bool]:
    return _test(lex.code, lex.capitalised_nouns)


@functools.lru_cache(maxsize=64)
def _test(lang: str, capitalised_nouns: bool) -> Callable[[str], bool]:
    from cronaca import lemmas
    from wordfreq import zipf_frequency

    @functools.lru_cache(maxsize=50_000)
    def by_frequency(word: str) -> bool:
        return zipf_frequency(word.lower(), lang) >= (NOUN_ZIPF if capitalised_nouns else COMMON_ZIPF)

    if capitalised_nouns:
        return by_frequency

    @functools.lru_cache(maxsize=50_000)
    def is_common(word: str) -> bool:
        try:
            lemma = lemmas.lemmatize(word, lang)
        except (ValueError, KeyError):      # no simplemma data for this language
            return by_frequency(word)
        if lemma == word.lower() and not lemmas.is_known(lemma, lang):
            return by_frequency(word)   # Spanish, Portuguese: simplemma lower-cases words it does not know
        if lemma[:1].islower() or foreign(word):
            return True
        if lemma != word:            # an inflected name simplemma knows: "Путина" -> "Путин"
            return False
        # "Mille", "Foto": simplemma knows them lower-case but keeps the capital
        zipf = zipf_frequency(word.lower(), lang)
        return zipf >= COMMON_ZIPF + 1 or (zipf >= KNOWN_ZIPF and lemmas.is_known(word.lower(), lang))

    @functools.lru_cache(maxsize=50_000)
    def foreign(word: str) -> bool:
        """An English word in a sentence-initial slot ("According to russo news outlets")."""
        return (lang != "en" and zipf_frequency(word.lower(), "en") >= FOREIGN_ZIPF
                and zipf_frequency(word.lower(), lang) < 3.0
                and lemmas.lemmatize(word, "en")[:1].islower())
    return is_common
