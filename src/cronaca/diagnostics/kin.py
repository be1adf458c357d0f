"""Words that other word lists vouch for: a sister language's, or several large ones'.

A Bulgarian news text borrows "шариат" and "медресе" before the Bulgarian list
does; the Russian list has them. ``related(word, lang)`` asks the languages of
``related_languages`` in the language's ``[diagnostics]`` section (Russian and
Macedonian for Bulgarian, Serbo-Croatian for Slovenian, Slovak for Czech), for
the word itself or its stem with another common ending ("шариат|ът" ->
"шариат"), if the sister language uses it rarely: a common word of the
sister language ("ništa" in a Slovenian text) is its own word left
untranslated, a trace to report. ``international(word, lang)`` accepts a term that three of the
large Western lists hold ("schengen", "libor"), whatever the language.
``adopted(word, lang)`` accepts an inflection or derivation of such a term that is common
in a language the text borrows from ("brexit|u", "fracking|om", "pro|brexit|ovskih").
"""
from __future__ import annotations

from cronaca import languages
from cronaca.diagnostics.lexicon import BORROWED_ZIPF, lexicon, zipf

# Rare in a sister language: a loan or a term both share ("фетва" 1.9, "шариат" 2.6 in Russian).
# A common word of the sister language is its own word, left untranslated: a trace, not a loan.
RELATED_ZIPF, RELATED_MAX_ZIPF = 1.8, 3.5
INTERNATIONAL, INTERNATIONAL_ZIPF, INTERNATIONAL_MIN = ("en", "fr", "de", "es", "pt", "it"), 2.0, 3
LOAN_STEM, LOAN_TAIL = 5, 6     # "brexit|ovskih": the borrowed term, then an ending or a suffix
LOAN_TAIL_WORDS = 20            # listed words of the language that end so: a real ending or suffix


def international(word: str, lang: str) -> bool:
    """A term that INTERNATIONAL_MIN of the large Western lists hold ("schengen", "libor"):
    a typo or a coinage of one language is rarely a word of three others."""
    return sum(zipf(word, f) >= INTERNATIONAL_ZIPF for f in INTERNATIONAL if f != lang) >= INTERNATIONAL_MIN


def related(word: str, lang: str) -> bool:
    """A word, or the stem of an inflected word with another ending, that a sister language
    (``related_languages``: Russian for Bulgarian, Serbo-Croatian for Slovenian) lists: loans
    and terms reach the larger language's list first ("шариат|ът", "медресе|то")."""
    sisters = tuple(languages.get(lang).section("diagnostics").get("related_languages", ()))
    if not sisters:
        return False
    from cronaca.diagnostics.derivation import MAX_ENDING, MIN_STEM, _morphology
    endings = _morphology(lang)[0] | {""}
    stems = [word] + [word[:cut] for cut in range(len(word) - MAX_ENDING, len(word))
                      if cut >= MIN_STEM and word[cut:] in endings]
    return any(RELATED_ZIPF <= zipf(stem + e, r) < RELATED_MAX_ZIPF for r in sisters for stem in stems
               for e in (endings if stem != word else ("",)))


def adopted(word: str, lang: str) -> bool:
    """An international term, common in a language the text borrows from (``foreign_languages``),
    with an ending or a suffix of at most LOAN_TAIL letters ("brexit|u", "trust|u"), maybe after
    a prefix of the language ("po|brexit|skem"). Only in languages that inflect their loans
    (``guess_inflections``): there the lists hold the bare term at best. The stem must be common
    in the source language, and the tail end LOAN_TAIL_WORDS listed words of the language:
    "inform" + "aezza" is no Slovenian word."""
    from cronaca.diagnostics.derivation import _morphology
    if not _morphology(lang)[1]:
        return False
    starts = [0] + [len(p) for p in lexicon(lang).prefixes if word.startswith(p)]
    return any(_loan(word[at:cut], lang) for at in starts
               for cut in range(at + LOAN_STEM, len(word) + 1)
               if len(word) - cut <= LOAN_TAIL and _ending(word[cut:], lang))


def _ending(tail: str, lang: str) -> bool:
    from cronaca.diagnostics.analogy import _ending_in, _indexes
    return not tail or len(_ending_in(tail, _indexes(lang)[1])) >= LOAN_TAIL_WORDS


def _loan(stem: str, lang: str) -> bool:
    return (any(zipf(stem, f) >= BORROWED_ZIPF for f in lexicon(lang).foreign)
            and international(stem, lang))
