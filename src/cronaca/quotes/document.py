"""A finding that a poll or a study reports, with a preposition and no verb.

'In the latest Harbor Institute poll, 40 percent of renters back the plan.' (the
phrase opens the sentence and a comma closes it; the finding is the rest) and
'The mayor leads by ten points in a poll released on Sunday.' (the phrase ends the
sentence; the finding is what stands before it). The source is the phrase after the
preposition, which must hold one of the language's ``documents`` ("poll", "survey").
"""
from __future__ import annotations

from cronaca.quotes.attribution import Attribution
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.reported import Reported, make, words
from cronaca.quotes.speaker import TOKEN

MAX_PHRASE_WORDS = 12    # "In a Washington Post-ABC News poll of 1,000 adults taken last week,"
MAX_TAIL_WORDS = 5       # "... poll released on Sunday"


def in_document(text: str, lo: int, hi: int, lex: Lexicon) -> Reported | None:
    if not lex.documents or not lex.document_preps:
        return None
    return _opening(text, lo, hi, lex) or _closing(text, lo, hi, lex)


def _opening(text: str, lo: int, hi: int, lex: Lexicon) -> Reported | None:
    first = TOKEN.match(text, lo, hi)
    comma = text.find(",", lo, hi)
    if first is None or first.group().casefold() not in lex.document_preps or comma < 0:
        return None
    phrase = TOKEN.findall(text, first.end(), comma)
    if not 0 < len(phrase) <= MAX_PHRASE_WORDS or not _names_document(phrase, lex):
        return None
    source = TOKEN.search(text, first.end(), comma)
    attr = Attribution((first.start(), first.end()), (source.start(), comma), "according", False)
    return make(text, comma + 1, hi, attr)


def _closing(text: str, lo: int, hi: int, lex: Lexicon) -> Reported | None:
    for prep in TOKEN.finditer(text, lo, hi):
        if prep.group().casefold() not in lex.document_preps or prep.start() == lo:
            continue
        rest = TOKEN.findall(text, prep.end(), hi)
        head = next((i for i, w in enumerate(rest) if w.casefold() in lex.documents), None)
        if head is None or not _names_document(rest, lex) or head + 1 > MAX_PHRASE_WORDS \
                or len(rest) - head - 1 > MAX_TAIL_WORDS or "," in text[prep.end():hi].rstrip(" .,"):
            continue
        source = TOKEN.search(text, prep.end(), hi)
        end = hi
        while end > 0 and text[end - 1] in " .;!?":
            end -= 1
        attr = Attribution((prep.start(), prep.end()), (source.start(), end), "according", False)
        if words(text[lo:prep.start()]) >= 3:
            return make(text, lo, prep.start(), attr)
    return None


def _names_document(phrase: list[str], lex: Lexicon) -> bool:
    """A poll named or described ("a CBS News poll", "the latest survey", "a survey
    released Sunday"), not "the polls" at large ('leads in the polls', 'head to the
    polls on Tuesday'): a word before the noun that is no article, or a word after it
    that is no preposition or date."""
    head = next((i for i, w in enumerate(phrase) if w.casefold() in lex.documents), None)
    if head is None:
        return False
    after = phrase[head + 1:head + 2]
    return any(w.casefold() not in lex.adjunct_dets for w in phrase[:head]) or \
        any(w.casefold() not in lex.stops and w.casefold() not in lex.time_words for w in after)
