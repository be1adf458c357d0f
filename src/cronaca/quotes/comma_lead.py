"""A partial quote whose quotation opens after its attribution and a comma starts at its mark.

'At the same time, the official added, "nobody expected ..."', 'telling a radio host
on Monday, "We will be back," and then left': the words before ', "' are the
attribution and its adjuncts, not part of what was said; a reader (and PolNeAR)
takes the content from the opening mark. Only in two cases: the span holds the cue,
after a phrase that opens with a preposition ("At the same time, the official added,");
or the span starts right after the cue and holds nothing but a listener or a phrase of
time or place ("telling a radio host on Monday,"). 'said no matter what happens, "we
win"' keeps its clause, as does one with a complementiser ('said that, if elected, "we ...').
"""
from __future__ import annotations

from cronaca.quotes.attribution import Attribution
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.opening import skip_space
from cronaca.quotes.speaker import TOKEN

_OPEN = "\"“„«'‘"
MAX_ADJUNCT_WORDS = 8          # 'telling a radio host in an interview on Monday, "..."'


def mark_start(text: str, lo: int, open_: int, attr: Attribution | None,
               lex: Lexicon) -> int | None:
    """The opening mark at ``open_`` when text[lo:open_] is the attribution, or what
    follows its cue, ending in a comma or a colon; else None."""
    if attr is None or attr.cue[1] > open_:
        return None
    head = text[lo:open_].rstrip(_OPEN + " \u00a0")
    if head[-1:] not in (",", ":") or _complementiser(text, lo, lo + len(head), lex):
        return None
    if lo <= attr.cue[0]:                    # the span holds its own cue
        return open_ if _fronted(text, lo, attr.cue[0], lex) else None
    if lo == skip_space(text, attr.cue[1]) and _adjunct(text, lo, lo + len(head), attr, lex):
        return open_
    return None


def _adjunct(text: str, lo: int, hi: int, attr: Attribution, lex: Lexicon) -> bool:
    words = [w.casefold() for w in TOKEN.findall(text, lo, hi)]
    if not words or len(words) > MAX_ADJUNCT_WORDS or any(w in lex.pronouns for w in words):
        return False
    listener = lex.listener_verbs is not None and lex.listener_verbs.fullmatch(text, *attr.cue)
    return bool(listener) or words[0] in lex.fronted_preps or words[0] in lex.time_words


def _fronted(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Do the words before the attribution open with a preposition ('But at the time,')?"""
    words = [w.casefold() for w in TOKEN.findall(text, lo, hi)]
    while words and words[0] in lex.conjunctions:
        words.pop(0)
    return bool(words) and words[0] in lex.fronted_preps


def _complementiser(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    return lex.complementisers is not None and lex.complementisers.search(text, lo, hi) is not None
