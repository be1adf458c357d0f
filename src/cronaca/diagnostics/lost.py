"""``lost_letters``: one letter dropped all over a text, a scraping or decoding fault.

Czech pages in BSNLP read "nejvyí soud", "přily protesty", "navtívit": every "š"
was lost between the site and the corpus. Each such word would be a non-word,
yet the fault is the copy's, not a translator's, and it is one fault. So when
the same letter, put back at one place, turns at least MIN_WORDS different
unknown words of an article into known ones, the article gets one
``lost_letters`` warning (low severity) and those words no non-word warning.
A letter that is lost stays rare in the rest of the text (RARE times the
restored words at most): two typos that each miss an "е" in Bulgarian are typos.
"""
from __future__ import annotations

import functools
from collections import defaultdict

from cronaca.article import Diagnostic
from cronaca.diagnostics.context import Word
from cronaca.diagnostics.lexicon import in_wordfreq

MIN_WORDS = 2
RARE = 1
SEVERITY = 0.2
ALPHABET_TOP = 5_000      # the letters of the language: those of its frequent words
SHOWN = 3


def find_lost(words: list[Word], lang: str, text: str) -> tuple[list[Diagnostic], set[int]]:
    """(one warning per lost letter, start offsets of the words it explains)."""
    restored: dict[str, list[tuple[Word, str]]] = defaultdict(list)
    for word in words:
        for letter, fixed in restore(word.text.casefold(), lang):
            restored[letter].append((word, fixed))
    out, explained = [], set()
    low = text.casefold()
    for letter, hits in restored.items():
        hits = [(w, f) for w, f in hits if w.start not in explained]
        if len({w.text.casefold() for w, _ in hits}) < MIN_WORDS or low.count(letter) > RARE * len(hits):
            continue
        explained.update(w.start for w, _ in hits)
        first = hits[0][0]
        sample = ", ".join(f"'{w.text}' for '{f}'" for w, f in hits[:SHOWN])
        out.append(Diagnostic(first.start, first.end, first.text, "lost_letters",
                              f"The letter '{letter}' seems lost in {len(hits)} words ({sample}): "
                              "the text was damaged in scraping or decoding, not in translation.",
                              SEVERITY))
    return out, explained


def restore(word: str, lang: str) -> list[tuple[str, str]]:
    """(letter, known word) for each letter of the language whose insertion makes a known word."""
    out = []
    for letter in _alphabet(lang):
        for at in range(len(word) + 1):
            candidate = word[:at] + letter + word[at:]
            if in_wordfreq(candidate, lang):
                out.append((letter, candidate))
                break
    return out


@functools.lru_cache(maxsize=None)
def _alphabet(lang: str) -> tuple[str, ...]:
    """Non-ASCII letters of the language, most frequent first: those a bad decoder drops."""
    from wordfreq import top_n_list
    counts: dict[str, int] = defaultdict(int)
    try:
        for w in top_n_list(lang, ALPHABET_TOP):
            for c in w:
                if c.isalpha() and not c.isascii():
                    counts[c] += 1
    except (LookupError, ValueError):
        return ()
    return tuple(sorted(counts, key=counts.get, reverse=True))
