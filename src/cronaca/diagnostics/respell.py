"""Loans written the way the borrowing language spells their sounds.

Slovenian news writes English loans as they sound, "tvit" (tweet), "šoping"
(shopping), "burbon", "kiber" (cyber), and Latin ones with its own letters,
"diverzifikacija", "averzija", "eskapada": no word list holds most of their
forms. Both follow regular letter correspondences, listed in the language's
``[diagnostics]`` section:

- ``loan_spellings`` ("sh = š", "ee = i", "w = v", "a = a e": the last gives
  two spellings) turn each common word of a source language (``foreign_languages``,
  Zipf at least BORROWED_ZIPF, at least MIN_SOURCE letters) into the
  spellings it takes here. ``respelled_loan`` accepts such a spelling, if it
  differs from the source word, with a real ending ("tvit|u", "tvit|nil");
- ``latin_spellings`` ("k = c", "z = s", "cij = ti") undo this language's
  letters in a stem; ``latin_loan`` accepts a word whose stem, so undone and
  at least MIN_LATIN letters long, begins a word of a source language with
  Zipf at least LATIN_ZIPF ("diverzifik|aciji" -> "diversification",
  "obstru|irala" -> "obstruct"), unless the word itself is one ("caveats" is
  English as it stands: a foreign word, not a loan).

A real ending is a tail that LOAN_TAIL_WORDS listed words of the language end
in (``kin._ending``). A typo rarely passes: it breaks the stem, which then
spells no source word, and a coinage's tail ("-ezza") ends no listed word.
The loan must start the word: after a prefix, short stems match by chance
("več|iemen|t" from "yemen", "ne|katter|e" from "catterick").
"""
from __future__ import annotations

import bisect
import functools
import re

from cronaca import languages
from cronaca.diagnostics.lexicon import BORROWED_ZIPF, lexicon, zipf

MIN_SOURCE = 5          # "tweet" -> "tvit"; shorter ones match by chance ("nash" -> "neš": "pre|neš|enem")
MIN_LATIN = 6           # "diversific", "escapad"
LATIN_ZIPF = 2.0        # "escapade" 2.5, "isolationist" 2.6 in English
LOAN_TAIL = 6
LATIN_TAIL = 7          # "diverzific|iranimi": a verb's suffix and an ending


def respelled_loan(word: str, lang: str) -> bool:
    table = _respellings(lang)
    if not table:
        return False
    from cronaca.diagnostics.kin import _ending
    return any(word[:cut] in table and _ending(word[cut:], lang)
               for cut in range(max(MIN_SOURCE - 1, len(word) - LOAN_TAIL), len(word) + 1))


def latin_loan(word: str, lang: str) -> bool:
    rules, sources = _latin(lang)
    if not rules or any(zipf(word, f) >= LATIN_ZIPF for f in lexicon(lang).foreign):
        return False             # a word of the source language as it is ("caveats"): foreign, not a loan
    from cronaca.diagnostics.kin import _ending
    return any(_ending(word[cut:], lang) and _begins_a_word(_apply(word[:cut], rules), sources)
               for cut in range(max(MIN_LATIN, len(word) - LATIN_TAIL), len(word) + 1))


def _begins_a_word(stem: str, sources: list[str]) -> bool:
    if len(stem) < MIN_LATIN:
        return False
    at = bisect.bisect_left(sources, stem)
    return at < len(sources) and sources[at].startswith(stem)


def _rules(lang: str, key: str) -> list[tuple[str, tuple[str, ...]]]:
    """[(letters, (spellings...))], longest letters first."""
    out = []
    for line in languages.get(lang).section("diagnostics").get(key, ()):
        source, _, target = line.partition("=")
        out.append((source.strip(), tuple(target.split()) or ("",)))
    return sorted(out, key=lambda r: -len(r[0]))


def _apply(text: str, rules: list[tuple[str, tuple[str, ...]]], choice: int = 0) -> str:
    """Replace left to right, longest match first; ``choice`` picks the n-th spelling of
    the rules that offer several (the first if there is no n-th)."""
    if not rules:
        return text
    pattern = re.compile("|".join(re.escape(s) for s, _ in rules))
    table = dict(rules)
    return pattern.sub(lambda m: table[m.group()][min(choice, len(table[m.group()]) - 1)], text)


@functools.lru_cache(maxsize=None)
def _respellings(lang: str) -> frozenset[str]:
    rules = _rules(lang, "loan_spellings")
    if not rules:
        return frozenset()
    choices = max(len(t) for _, t in rules)
    # Only words the rules change: one spelled as in the source ("novo") is adopted()'s to judge.
    return frozenset(s for w in _source_words(lang, BORROWED_ZIPF) if len(w) >= MIN_SOURCE
                     for s in {_apply(w, rules, c) for c in range(choices)} if s != w)


@functools.lru_cache(maxsize=None)
def _latin(lang: str) -> tuple[list, list[str]]:
    rules = _rules(lang, "latin_spellings")
    return (rules, sorted(_source_words(lang, LATIN_ZIPF))) if rules else ([], [])


def _source_words(lang: str, floor: float) -> set[str]:
    from wordfreq import top_n_list, zipf_frequency
    out: set[str] = set()
    for f in lexicon(lang).foreign:
        try:
            words = top_n_list(f, 200_000)
        except (LookupError, ValueError):
            continue
        for w in words:                  # most frequent first
            if zipf_frequency(w, f) < floor:
                break
            if w.isalpha():
                out.add(w)
    return out
