"""Word lists of a language that writes compounds as one word (German, Dutch): a word
that ends in a listed word counts as listed ("Bauleiterin" is a title, "Fahrradclub"
names a body). Read by ``lexicon`` for the lists whose words head compounds."""
from __future__ import annotations

import functools


class CompoundHeads(frozenset):
    """A word list of a language that writes compounds as one word (German): a word ending
    in a listed word of ``MIN_HEAD`` letters or more, after at least 3 letters of its own,
    is listed too: "Bauleiterin" is a title as "leiterin" is, "Fahrradclub" names a body
    as "club" does. A head of 3 letters needs ``SHORT_HEAD_STEM`` letters before it:
    "Landratsamt", "Bundesrat", but not "Samt", "Vorrat"."""
    MIN_HEAD = 4
    SHORT_HEAD_STEM = 5

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return isinstance(word, str) and _compound_of(self, word)


@functools.lru_cache(maxsize=100_000)
def _compound_of(heads: CompoundHeads, word: str) -> bool:
    return any(word.endswith(head) and len(word) - len(head) >= (
        3 if len(head) >= CompoundHeads.MIN_HEAD else CompoundHeads.SHORT_HEAD_STEM)
        for head in heads if len(head) >= 3)
