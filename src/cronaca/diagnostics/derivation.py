"""Real words that no word list holds: inflections, compounds, clitics, derivations of names.

Word lists miss much of a Slavic language's morphology (BSNLP news: "ислямистките",
"твърдолинейни", "videovzkazu", "pakistanci") and Italian's glued pronouns
("assidersi", "raccoltesi"). ``explained(word, lang, names)`` says whether such
a word is built by a regular rule from words we know:

- an inflection, in languages whose data sets ``guess_inflections`` (Slavic
  ones: word lists hold a fraction of their forms; Italian's hold nearly all,
  and there the rule would pass "militar|o"): the word is stem + a common
  ending, and the stem alone or with another common ending is a known word
  ("ислямистк|ите" and "ислямистк|а"). Endings are learnt from wordfreq's list
  itself: the ENDINGS most frequent final strings of at most MAX_ENDING letters;
- a compound: two known parts, glued directly or by a ``compound_links`` letter
  of the language ("твърдо|линейни", "video|vzkazu");
- an enclitic: a known word + a pronoun of the language's ``enclitics``
  ("raccolte|si"; an infinitive loses its final vowel: "assider(e)|si");
- a derivation of a name in the same article ("Pakistan" -> "pakistanci");
- a listed derivation (``derivations``: "rugb|istiche" from "rugb|ista");
- an international term, listed in three of the large Western languages;
- a word of a sister language (``related_languages``), maybe with another ending;
- an analogy with listed derivations (``analogy.by_analogy``);
- a loan in the language's own letters ("tvit", "diverzifikacija": ``respell``);
- an echo word ("tiktak", "cikcak").

Careless coinages fail these tests: "fiorentezza" has no known stem that takes
"-ezza", "invitazione" no stem of known words with a common ending.
"""
from __future__ import annotations

import bisect
import functools
from collections import Counter

from cronaca import languages
from cronaca.diagnostics import hunspell
from cronaca.diagnostics.analogy import by_analogy
from cronaca.diagnostics.kin import adopted, international, related
from cronaca.diagnostics.lexicon import in_wordfreq, known, lexicon, zipf
from cronaca.diagnostics.respell import latin_loan, respelled_loan
from cronaca.diagnostics.traces import script

TOP = 300_000             # words of wordfreq's list the stems are learnt from
ENDINGS, MAX_ENDING = 120, 3
MIN_STEM = 6              # a shorter shared stem says too little ("polit-")
NAME_STEM, NAME_SUFFIX = 5, 6
COMMON = 4.0             # Zipf of a common word (without Hunspell to tell names apart)
MIN_FAMILY_STEM = 3      # "curd|izzate" from "curd|o"
HUNSPELL_TAIL = 6         # a compound's second part known to Hunspell only: short ones match by chance ("ради|клани")


def explained(word: str, lang: str, names: dict[str, str] | None = None) -> bool:
    low, names = word.casefold(), names or {}
    if (_inflected(low, lang) or _derived_from_name(low, names, lang)
            or _enclitic(low, lang) or _compound(low, lang, names) or related(low, lang)
            or _family(low, lang) or international(low, lang)
            or adopted(low, lang) or respelled_loan(low, lang) or latin_loan(low, lang)
            or by_analogy(low, lang) or _echo(low)):
        return True
    # A prefix on an inflected or derived word: "anti|dopin|ške", "pro|brexit|ovskih".
    return any(low.startswith(p) and len(low) - len(p) >= MIN_STEM
               and (_inflected(low[len(p):], lang) or _family(low[len(p):], lang))
               for p in lexicon(lang).prefixes)


@functools.lru_cache(maxsize=None)
def _morphology(lang: str) -> tuple[frozenset[str], list[str]]:
    """(common endings, the language's frequent words sorted) when the language asks for it."""
    from wordfreq import top_n_list
    if "guess_inflections" not in languages.get(lang).section("diagnostics").get("flags", []):
        return frozenset(), []
    try:
        frequent = [w for w in top_n_list(lang, TOP) if w.isalpha()]
    except (LookupError, ValueError):
        return frozenset(), []
    counts = Counter(w[-k:] for w in frequent if len(w) > MIN_STEM for k in range(1, MAX_ENDING + 1))
    words = sorted(set(frequent) | _hunspell_stems(lang))
    return frozenset(e for e, _ in counts.most_common(ENDINGS)), words


def _hunspell_stems(lang: str) -> set[str]:
    """The stems of the Hunspell dictionary ("мъченик"), which hold words wordfreq lacks."""
    d = hunspell.dictionary(lang)
    return {w.stem.casefold() for w in d.dic.words if w.stem.isalpha()} if d is not None else set()


def _inflected(word: str, lang: str) -> bool:
    endings, words = _morphology(lang)
    return bool(words) and any(_takes_ending(word[:cut], words, endings)
                               for cut in range(len(word) - MAX_ENDING, len(word))
                               if cut >= MIN_STEM and word[cut:] in endings)


def _takes_ending(stem: str, words: list[str], endings: frozenset[str]) -> bool:
    """Some known word is the stem itself or the stem + a common ending."""
    at = bisect.bisect_left(words, stem)
    while at < len(words) and words[at].startswith(stem):
        rest = words[at][len(stem):]
        if not rest or rest in endings:
            return True
        at += 1
    return False


def _family(word: str, lang: str) -> bool:
    """A regular derivation listed in the language's ``derivations`` ("ibile ibili < ere ire":
    "deten|ibili" from "deten|ere"): the word ends in a derived suffix, and the same stem with
    one of the base suffixes is a known word. Only the families listed: Italian careless
    translation coins "invit|azione", so "-azione < -are" is left out on purpose."""
    for derived, base, shortest in _families(lang):
        for suffix in derived:
            stem = word[:-len(suffix)]
            if word.endswith(suffix) and len(stem) >= shortest and any(
                    known(stem + b, lang) for b in base):
                return True
    return False


@functools.lru_cache(maxsize=None)
def _families(lang: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...]:
    """(derived suffixes, base suffixes, shortest stem) per line "derived < base [; stem N]";
    a base suffix "-" is none: the base is the stem itself ("brexit|ovski" < "brexit")."""
    out = []
    for line in languages.get(lang).section("diagnostics").get("derivations", ()):
        derived, _, rest = line.partition("<")
        base, _, stem = rest.partition(";")
        shortest = int(stem.split()[-1]) if stem.strip() else MIN_FAMILY_STEM
        out.append((tuple(derived.split()), tuple("" if b == "-" else b for b in base.split()), shortest))
    return tuple(out)


VOWELS = frozenset("aeiouy")


def _echo(word: str) -> bool:
    """An echo word, one syllable said twice with another vowel: "tiktak", "cikcak", "pingpong".
    A typo does not copy a whole syllable with only its vowel changed."""
    half = len(word) // 2
    a, b = word[:half], word[half:]
    if len(word) % 2 or half < 3:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and diff[0][0] in VOWELS and diff[0][1] in VOWELS


def _derived_from_name(word: str, names: dict[str, str], lang: str) -> bool:
    """A proper name of the article, maybe without its last letters, + a short suffix, or
    the name itself in lower case ("a trip to kvelmarsk", "Kvelmarsk" elsewhere)."""
    return any(word[:cut] in names and proper_name(names[word[:cut]], lang)
               for cut in range(NAME_STEM, len(word) + 1) if len(word) - cut <= NAME_SUFFIX)


@functools.lru_cache(maxsize=4096)
def proper_name(name: str, lang: str) -> bool:
    """Not a common word in lower case: a headline's "Avoiding Tax" is no name to derive from.
    Hunspell knows proper names only capitalised; without it, wordfreq must find it rare."""
    answer = hunspell.lookup(name, lang)
    return not answer if answer is not None else zipf(name, lang) < COMMON


def name_stems(names) -> dict[str, str]:
    """{stem: name} for the casefolded names and the same without one or two final letters
    ("pákistán", "pákistá")."""
    out = {}
    for name in names:
        low = name.casefold()
        out.update((low[:len(low) - k], low) for k in range(3) if len(low) - k >= NAME_STEM)
    return out


def _enclitic(word: str, lang: str) -> bool:
    for clitic in _data(lang, "enclitics"):
        base = word[:-len(clitic)]
        if word.endswith(clitic) and len(base) >= 4 and (
                in_wordfreq(base, lang) or known(base + "e", lang)):
            return True
    return False


def _compound(word: str, lang: str, names: dict[str, str]) -> bool:
    links = _data(lang, "compound_links")
    if not links:
        return False
    for cut in range(4, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        if not (in_wordfreq(tail, lang) or _inflected(tail, lang) or _derived_from_name(tail, names, lang)
                or len(tail) >= HUNSPELL_TAIL and script(tail[0]) == script(head[0])
                and hunspell.lookup(tail, lang)):        # "ниско|тарифна"
            continue
        if any(head.endswith(link) and in_wordfreq(head[:len(head) - len(link)], lang)
               for link in links if len(head) - len(link) >= 4):
            return True
    return False


@functools.lru_cache(maxsize=None)
def _data(lang: str, key: str) -> tuple[str, ...]:
    return tuple(sorted(languages.get(lang).section("diagnostics").get(key, ()), key=len, reverse=True))
