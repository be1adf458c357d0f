"""Derivations no word list holds, recognised by analogy with words that are listed.

Slavic word lists miss whole derivational families: Slovenian news writes
"regulativni", "homologacijskemu", "usmrtitelju", Bulgarian "ислямистка",
"мъченички", and no list we have holds them. Each is built like words that
are listed, from a stem that is listed too. ``by_analogy(word, lang)`` cuts
the word into stem A and tail B and looks for a listed word C+B sharing the
tail, whose stem C takes some short tail t that A takes as well:

    regula|tivni : regula|cija  =  informa|tivni : informa|cija  (and 12 more like it)
    usmrti|telju : usmrti|ti    =  prija|telju   : prija|ti
    мъчени|чки   : мъчени|к     =  учени|чки     : учени|к

WITNESSES such stems C must agree on one t: a single match is chance. A typo rarely passes: it breaks the stem (no listed word starts with
"прзи") or leaves a tail that no stem of the right kind takes ("пророх|а").
Italian is left out on purpose: careless translation coins exactly such
regular but unused derivations there ("invit|azione" for "invito", like
"limit|azione" : "limit|are"), see ``families`` in derivation.py instead.
Only languages whose data sets ``guess_inflections`` use this test.
"""
from __future__ import annotations

import bisect
import functools

MIN_STEM, MIN_TAIL = 5, 3     # "regula|tivni"; "мъчени|чки"
MAX_SHARED = 4                # the shared tail t: an ending or a short suffix ("cija", "ист")
MIN_OTHER = 3                 # the other stem C: "prija|telju"
WITNESSES = 8                 # listed pairs C+B, C+t needed: one or two are chance ("zgodov|orno" : "izv|orno")
SCAN = 300                    # words looked at per stem or tail: bounds the cost of a lookup


def by_analogy(word: str, lang: str) -> bool:
    from cronaca.diagnostics.derivation import _morphology
    _, words = _morphology(lang)
    if not words:
        return False
    known, backwards = _indexes(lang)
    for cut in range(MIN_STEM, len(word) - MIN_TAIL + 1):
        stem, tail = word[:cut], word[cut:]
        shared = _tails(stem, words, tail)
        if shared and _witnessed(tail, shared, known, backwards):
            return True
    return False


def _witnessed(tail: str, shared: set[str], known: frozenset[str], backwards: list[str]) -> bool:
    """WITNESSES listed stems C take both the tail (C+B) and one same shared tail t (C+t)."""
    count: dict[str, int] = dict.fromkeys(shared, 0)
    for other in _ending_in(tail, backwards):
        c = other[:len(other) - len(tail)]
        if len(c) < MIN_OTHER:
            continue
        for t in shared:
            if c + t in known:
                count[t] += 1
                if count[t] >= WITNESSES:
                    return True
    return False


def _tails(stem: str, words: list[str], not_this: str) -> set[str]:
    """The short tails t (maybe empty) with which the stem is a listed word."""
    out, at = set(), bisect.bisect_left(words, stem)
    for w in words[at:at + SCAN]:
        if not w.startswith(stem):
            break
        rest = w[len(stem):]
        if len(rest) <= MAX_SHARED and rest != not_this:
            out.add(rest)
    return out


def _ending_in(tail: str, backwards: list[str]) -> list[str]:
    """Listed words that end in the tail (from the list of reversed words)."""
    key = tail[::-1]
    at = bisect.bisect_left(backwards, key)
    out = []
    for w in backwards[at:at + SCAN]:
        if not w.startswith(key):
            break
        out.append(w[::-1])
    return out


@functools.lru_cache(maxsize=None)
def _indexes(lang: str) -> tuple[frozenset[str], list[str]]:
    from cronaca.diagnostics.derivation import _morphology
    words = _morphology(lang)[1]
    return frozenset(words), sorted(w[::-1] for w in words)
