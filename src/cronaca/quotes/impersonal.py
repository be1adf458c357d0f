"""The source of a quotation that names no one: a body after an impersonal cue.

"«...», — сказали в министерстве" ("they said at the ministry"): Russian and Ukrainian
report a body's words with a plural verb and no subject.
"""
from __future__ import annotations

from cronaca import lemmas
from cronaca.entities.lexicon import fold, lexicon as entity_lexicon
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.speaker import _BOUNDARY, _tokens


MAX_INSTITUTION_WORDS = 3   # "в пресс-службе министерства обороны"


def institution_after(text: str, lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """"«...», — сказали в министерстве": no one is named, the words come from a body. A
    ``source_preps`` word right after the cue and a word for a body ([entities] org_words)
    name it; "сказали в интервью" names none."""
    tokens = _tokens(text, lo, hi)
    if len(tokens) < 2 or text[slice(*tokens[0])].casefold() not in lex.source_preps:
        return None
    word = text[slice(*tokens[1])].casefold()
    head, lemma = fold(word), fold(lemmas.lemmatize(word, lex.code))
    if not {head, lemma, lemma.rsplit("-", 1)[-1]} & entity_lexicon(lex.code).org_words:
        return None
    words, cursor = [tokens[1]], tokens[1][1]
    for s, e in tokens[2:1 + MAX_INSTITUTION_WORDS]:
        if _BOUNDARY.search(text[cursor:s]) or text[s:e].casefold() in lex.stops:
            break
        words.append((s, e))
        cursor = e
    return (words[0][0], words[-1][1])
