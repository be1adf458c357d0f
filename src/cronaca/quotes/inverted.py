"""The inverted subject after a cue: "said Smith", "ha detto Kim", "said spokesman
John Kirby" (split from ``speaker.py``, which finds the subject before a cue)."""
from __future__ import annotations

from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.speaker import _BOUNDARY, MAX_WORDS, _capitalised, _role, _tokens


def subject_after(text: str, lo: int, hi: int, lex: Lexicon,
                  determiners: frozenset[str]) -> tuple[int, int] | None:
    """The inverted subject right after a cue ending at ``lo``: "said Smith", "ha detto Kim"."""
    words, cursor = [], lo
    tokens = _tokens(text, lo, hi)
    for s, e in tokens:
        gap = text[cursor:s]
        word = text[s:e]
        initial = len(word) == 1 and word.isupper() and text[e:e + 1] == "."   # "С. Иванов"
        after_initial = gap.strip() == "." and words and words[-1][1] - words[-1][0] == 1
        if (_BOUNDARY.search(gap) and not after_initial) or "\n" in gap or (
                words and word.casefold() in lex.stops and not initial):
            break
        if words and word.casefold() in lex.aux:
            return None                 # 'said his boss was ...': the subject of a clause
        if not words:
            low = word.casefold()
            if low in lex.pronouns:
                return (s, e)
            if not (_capitalised(word) or lex.opens_phrase(word, determiners)
                    or _titled_name(text, tokens, lo, lex) or _role(low, lex)) or \
                    (low in lex.stops and not initial) or low in lex.time_words:
                return None
        words.append((s, e))
        cursor = e
        if len(words) == MAX_WORDS + 2:
            break
    return (words[0][0], words[-1][1]) if words else None


MAX_TITLE_WORDS = 3     # "said spokesman John Kirby", "said conservative activist Bob Klaus"


def _titled_name(text: str, tokens: list[tuple[int, int]], lo: int, lex: Lexicon) -> bool:
    """Do a few lowercase words, then a name, follow the cue (nothing between)?"""
    for i, (s, e) in enumerate(tokens[:MAX_TITLE_WORDS + 1]):
        word = text[s:e]
        if _BOUNDARY.search(text[lo if i == 0 else tokens[i - 1][1]:s]) or \
                word.casefold() in lex.stops or word.casefold() in lex.aux:
            return False
        if _capitalised(word):
            return i > 0
    return False
