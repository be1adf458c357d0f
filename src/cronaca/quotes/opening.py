"""Where the reported clause that holds a quote opens, after its cue.

At its complementiser ("told reporters on Monday that ..."), even far off when a
comma closes the cue's adjuncts ("said on Friday during a hearing in Bergen, Norway,
that ..."); at a subject pronoun right after a cue that takes a bare clause ("said
it was unwise to think that ...": that "that" is inside the clause); past the
listener of a verb that names one ("told the crowd he would win").
"""
from __future__ import annotations

import re

from cronaca.quotes.attribution import Attribution
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.marks import Marked
from cronaca.quotes.speaker import TOKEN

MAX_GAP = 10           # words between a cue and its complementiser ("told a crowd in X on Y that")
_WORD = re.compile(r"\w+")


def _words(text: str) -> int:
    return len(TOKEN.findall(text))


def skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " ,:\u00a0":
        i += 1
    return i


def has_complementiser(text: str, head: Attribution, m: Marked, lex: Lexicon) -> bool:
    return lex.complementisers is not None and \
        lex.complementisers.search(text, head.cue[1], m.open) is not None


def clause_start(text: str, head: Attribution, m: Marked, lex: Lexicon) -> int:
    """The reported clause opens at its complementiser ("told reporters on Monday that"),
    or at a subject pronoun right after a bare-clause cue ('said it was unwise to think
    that ...': the "that" is inside the clause)."""
    subject = subject_first(text, head.cue, m.open, lex)
    if subject is not None:
        return subject
    listener = lex.listener_verbs is not None and lex.listener_verbs.fullmatch(text, *head.cue)
    comp = complementiser(text, head.cue[1], m.open, lex, MAX_LISTENER_GAP if listener else MAX_GAP)
    if comp is not None:
        return comp
    return after_listener(text, head.cue, m.open, lex) or \
        after_adjunct(text, head.cue, m.open, lex) or skip_space(text, head.cue[1])


def subject_first(text: str, cue: tuple[int, int], hi: int, lex: Lexicon) -> int | None:
    """Where a bare clause opens with its subject pronoun right after the cue."""
    lo = skip_space(text, cue[1])
    first = _WORD.match(text, lo, hi)                # "he's": "he"
    if first is not None and first.group().casefold() in lex.pronouns and \
            lex.bare_clause is not None and lex.bare_clause.fullmatch(text, *cue):
        return lo
    return None


MAX_COMMA_GAP = 30     # 'said Friday during a town hall in Buffalo, New York, that ...'


MAX_LISTENER_GAP = 20  # 'telling a packed crowd in snowy Windham on the final day that ...'


def complementiser(text: str, lo: int, hi: int, lex: Lexicon, near: int = MAX_GAP,
                   verb_free: bool = True) -> int | None:
    """Where the complementiser after a cue at ``lo`` stands: a few words after it, or
    after a comma that closes the cue's adjuncts; with ``verb_free``, never past an
    auxiliary of the clause ('said Lee was bound by an agreement that ...')."""
    comp = lex.complementisers.search(text, lo, hi) if lex.complementisers else None
    if comp is None or (verb_free and _aux_between(text, lo, comp.start(), lex)):
        return None
    before = TOKEN.findall(text, lo, comp.start())
    if before and before[-1].casefold() in lex.conjunctions:
        return None            # 'said he was well and that ...': two clauses, from the first
    gap = _words(text[lo:comp.start()])
    if gap <= near or (gap <= MAX_COMMA_GAP and text[:comp.start()].rstrip().endswith(",")):
        return comp.start()
    return None


MAX_LISTENER_WORDS = 8     # "told a Planned Parenthood gathering in Washington she ..."


def after_listener(text: str, cue: tuple[int, int], hi: int, lex: Lexicon) -> int | None:
    """'Lee told the crowd he would win': after a verb that names its listener, the
    clause without a complementiser opens at its subject pronoun, past the listener."""
    if lex.listener_verbs is None or not lex.listener_verbs.fullmatch(text, *cue):
        return None
    words = list(TOKEN.finditer(text, cue[1], hi))[:MAX_LISTENER_WORDS]
    return next((w.start() for w in words[1:] if w.group().casefold() in lex.pronouns), None)


MAX_ADJUNCT_WORDS = 6      # "said in a radio interview on Friday she ..."


def after_adjunct(text: str, cue: tuple[int, int], hi: int, lex: Lexicon) -> int | None:
    """'Lee said on Friday he would run': after a cue that takes a bare clause, a
    phrase of time or place ("on Friday", "Tuesday", "in an interview") may stand
    before the clause, which opens at its subject pronoun."""
    if lex.bare_clause is None or not lex.bare_clause.fullmatch(text, *cue):
        return None
    words = list(TOKEN.finditer(text, cue[1], hi))[:MAX_ADJUNCT_WORDS + 1]
    if not words or (words[0].group().casefold() not in lex.stops
                     and words[0].group().casefold() not in lex.time_words):
        return None
    for w in words[1:]:
        low = w.group().casefold()
        if low in lex.pronouns:
            return w.start()
        if low in lex.aux or (lex.complementisers and lex.complementisers.fullmatch(low)):
            return None               # "said on Friday that ...": the complementiser's job
    return None


def _aux_between(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """'said Lee was bound by an agreement that ...': a verb before the "that" makes it
    part of the reported clause, not its complementiser."""
    return any(w.casefold() in lex.aux for w in TOKEN.findall(text[lo:hi]))
