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
"""
from __future__ import annotations

from cronaca import languages
from cronaca.diagnostics.lexicon import zipf

# Rare in a sister language: a loan or a term both share ("фетва" 1.9, "шариат" 2.6 in Russian).
# A common word of the sister language is its own word, left untranslated: a trace, not a loan.
RELATED_ZIPF, RELATED_MAX_ZIPF = 1.8, 3.5
INTERNATIONAL, INTERNATIONAL_ZIPF, INTERNATIONAL_MIN = ("en", "fr", "de", "es", "pt", "it"), 2.0, 3


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
