"""What a language knows about its words, for the detectors.

``zipf(word, lang)`` is wordfreq's Zipf frequency (0 = in none of its sources),
cached. ``known(word, lang)`` asks, cheapest first: wordfreq, the
``loanwords`` of the language's ``[diagnostics]`` section, a common word of a
language the text often borrows from, simplemma's dictionary, and Hunspell
when a dictionary is installed. ``suggest`` finds a close frequent word.

The ``[diagnostics]`` section of ``languages/<code>.toml`` holds:
``loanwords`` (words of other languages that are normal in this one),
``foreign_languages`` (languages whose fragments we look for, default ["en"]),
``doubled_ok`` (words that may legitimately repeat: "had had", "nous nous"),
``prefixes`` (productive prefixes: "anti" + a known word is a word),
``compound_links`` (languages that glue words: two known words joined
directly ("") or by one of these linking letters are a word),
``sample_phrases`` (short everyday phrases of this language, which the
corruption generator of the evaluation injects into texts of other languages).
Read by ``derivation``: ``flags`` ("guess_inflections"), ``enclitics``,
``derivations`` (families "derived suffixes < base suffixes [; stem N]"); by ``kin``:
``related_languages`` (sister languages whose lists hold this one's loans); by
``respell``: ``loan_spellings`` and ``latin_spellings`` (how loans are spelt here).
"""
from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass

from cronaca import languages
from cronaca.diagnostics import hunspell

BORROWED_ZIPF = 3.0       # this common in a source language: a foreign word, not a non-word
SUGGEST_TOP = 50_000
MIN_STEM = 4              # "anti" + at least four letters      # suggestions come from the language's most frequent words


@dataclass(frozen=True)
class Lexicon:
    code: str
    loanwords: frozenset[str]
    foreign: tuple[str, ...]
    doubled_ok: frozenset[str]
    prefixes: tuple[str, ...] = ()
    compound_links: tuple[str, ...] = ()
    described: bool = False               # the language has a [diagnostics] section


@functools.lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    table = languages.get(lang).section("diagnostics")
    low = lambda key: frozenset(w.casefold() for w in table.get(key, ()))  # noqa: E731
    foreign = tuple(f for f in table.get("foreign_languages", ["en"]) if f != lang)
    return Lexicon(lang, low("loanwords"), foreign, low("doubled_ok"), tuple(low("prefixes")),
                   tuple(table.get("compound_links", ())), described=bool(table))


@functools.lru_cache(maxsize=None)
def usable(lang: str) -> bool:
    """Whether wordfreq has a list for the language and can tokenise it here.

    Without one every word would look unknown; Japanese and Korean also need
    MeCab, Chinese jieba. Detectors that judge words skip other languages.
    """
    from wordfreq import available_languages, zipf_frequency
    if lang not in available_languages():
        return False
    try:
        zipf_frequency("a", lang)
    except Exception:  # ImportError (MeCab, jieba) or a broken list: not usable here
        return False
    return True


@functools.lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency
    if not usable(lang):
        return 0.0
    return zipf_frequency(word, lang)


def in_wordfreq(word: str, lang: str) -> bool:
    return zipf(word, lang) > 0 or zipf(word.casefold(), lang) > 0


@functools.lru_cache(maxsize=100_000)
def known(word: str, lang: str) -> bool:
    """Is this a word of the language (or a normal borrowing), by any source we have?"""
    low = word.casefold()
    lex = lexicon(lang)
    if in_wordfreq(word, lang) or low in lex.loanwords:
        return True
    if any(zipf(low, f) >= BORROWED_ZIPF for f in lex.foreign):
        return True
    if _simplemma_knows(low, lang) or _prefixed(low, lang) or _compound(low, lang):
        return True
    return bool(hunspell.lookup(word, lang) or (low != word and hunspell.lookup(low, lang)))


def _prefixed(word: str, lang: str) -> bool:
    """A productive prefix on a known word: "antimorbillo", "neorusso", "nordcaucasici"."""
    return any(word.startswith(p) and len(word) - len(p) >= MIN_STEM
               and known(word[len(p):], lang) for p in lexicon(lang).prefixes)


def _compound(word: str, lang: str) -> bool:
    """Two known words, maybe with a linking letter: "einrichtungs|übergreifend" (German)."""
    links = lexicon(lang).compound_links
    if not links:
        return False
    for cut in range(MIN_STEM, len(word) - MIN_STEM + 1):
        head, tail = word[:cut], word[cut:]
        if not in_wordfreq(tail, lang):
            continue
        if any(head.endswith(link) and in_wordfreq(head[:len(head) - len(link)], lang)
               for link in links if len(head) - len(link) >= MIN_STEM):
            return True
    return False


def _simplemma_knows(word: str, lang: str) -> bool:
    from cronaca import lemmas
    try:
        return lemmas.is_known(word, lang)
    except (ValueError, KeyError):   # no simplemma data for this language
        return False


def suggest(word: str, lang: str) -> str | None:
    """A frequent word of the language close in spelling, or None."""
    low = word.casefold()
    # Same two first letters and nearly the same length: typos and coinages rarely
    # touch the start of a word, and difflib over 50,000 words costs 100 ms.
    pool = [w for w in _by_initial(lang).get(low[:2], ()) if abs(len(w) - len(low)) <= 2]
    close = difflib.get_close_matches(low, pool, n=1, cutoff=0.75)
    return close[0] if close else None


@functools.lru_cache(maxsize=None)
def _by_initial(lang: str) -> dict[str, list[str]]:
    """The language's frequent words by first two letters (loaded on the first suggestion)."""
    from wordfreq import top_n_list
    try:
        words = top_n_list(lang, SUGGEST_TOP)
    except (LookupError, ValueError):
        return {}
    out: dict[str, list[str]] = {}
    for w in words:
        if w.isalpha() and len(w) > 3:
            out.setdefault(w[:2], []).append(w)
    return out
