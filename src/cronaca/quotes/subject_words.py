"""Words before a cue that are not its subject: an adverb after it ("She frankly said"),
a clause before it ("Oil fell after sources told Reuters")."""
from __future__ import annotations

from cronaca.quotes.lexicon import Lexicon

ADVERB_BASE_ZIPF = 3.0     # "frank" of "frankly"; not "fami" of "family"
MIN_ADVERB_BASE = 3        # letters: "ally" is no adverb of "al"


def adverb_last(text: str, words: list[tuple[int, int]], lex: Lexicon) -> bool:
    """'She frankly said', 'Она откровенно рассказала': the last word before the cue is a
    lower-case adverb made from a word of the language (``adverb_endings``: "frankly" from
    "frank", "откровенно" from "откровенный"), after the subject and not its noun ("the
    family said", "her ally said": no adverb after an article or a possessive)."""
    if len(words) < 2 or not lex.adverb_endings:
        return False
    word = text[words[-1][0]:words[-1][1]]
    if not word.islower() or text[words[-2][0]:words[-2][1]].casefold() in lex.adjunct_dets:
        return False
    from wordfreq import zipf_frequency
    return any(word.endswith(ending) and len(word) - len(ending) >= MIN_ADVERB_BASE
               and zipf_frequency(word[:len(word) - len(ending)] + base, lex.code) >= ADVERB_BASE_ZIPF
               for ending, base in lex.adverb_endings)


def after_subordinator(text: str, words: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """'Oil fell after sources told Reuters': the subject is what follows the last
    subordinator inside the phrase ("sources"), when that is a subject of its own."""
    cut = max((i for i, (s, e) in enumerate(words) if i > 0 and text[s:e].casefold() in lex.subordinators),
              default=None)
    from cronaca.quotes.speaker import plausible     # speaker imports this module
    rest = words[cut + 1:] if cut is not None else []
    return rest if rest and plausible(text, rest, lex) else words
