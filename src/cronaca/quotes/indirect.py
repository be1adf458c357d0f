"""Reported speech without quotation marks: kind "indirect".

Three shapes, in every language through its ``[quotes]`` data:

* ``X said (that) CLAUSE`` / ``X ha dichiarato che CLAUSE``: a speech verb with a
  complementiser at most ``MAX_GAP`` words after it ("told reporters on Monday
  that"); the content is the clause, complementiser included. Verbs listed in
  ``bare_clause`` also take a clause without one ("Smith said the plan failed",
  "Merkel sagte, die Lage sei ernst").
* ``CLAUSE, X said.`` / ``CLAUSE, said X.``: the verb closes the sentence.
* ``according to X, CLAUSE`` / ``CLAUSE, according to X`` (secondo, laut, selon,
  według, по словам...; ``according.py``).

* ``CLAUSE, X said, CLAUSE``: an attribution between commas (``mid_incise.py``).
* ``in a new poll, CLAUSE`` / ``CLAUSE in a poll released Sunday`` (``document.py``).

A reported clause that holds quotation marks is a partial quote. Verbs of finding,
thinking and promising are read in ``finding.py``, requests ("asked the council to
...") in ``request.py``; a second attribution ends a clause (``next_cue.py``); a
subject ``subject_before`` misses is looked for in ``long_subject.py``.
"""
from __future__ import annotations

import re

from cronaca.quotes.according import with_according
from cronaca.quotes.attribution import Attribution, _pronoun_in
from cronaca.quotes.opening import after_adjunct, after_listener, complementiser, subject_first
from cronaca.quotes.finding import with_clause_verb, with_pledge, with_stance
from cronaca.quotes.lexicon import Lexicon, cues
from cronaca.quotes.reported import MIN_CLAUSE_WORDS, Reported, trim_end, words as _words
from cronaca.quotes.reported import make as _make
from cronaca.quotes.inverted import subject_after
from cronaca.quotes.long_subject import opening_subject, sentence_subject
from cronaca.quotes.mid_incise import mid_incise
from cronaca.quotes.document import in_document
from cronaca.quotes.request import with_request
from cronaca.quotes.next_cue import before_next_cue
from cronaca.quotes.speaker import TOKEN, first_subject, subject_before

MAX_GAP = 10          # words between a cue and its complementiser ("told reporters on Monday that")


def reported(text: str, lo: int, hi: int, lex: Lexicon, det, bare,
             sentence_lo: int | None = None) -> Reported | None:
    """The reported statement of the sentence text[lo:hi], if it has one (``sentence_lo``:
    where the sentence starts, when text[lo:hi] is its end after a quotation)."""
    item = with_according(text, lo, hi, lex) or \
        _with_verb(text, lo, hi, lex, det, bare, lo if sentence_lo is None else sentence_lo) \
        or in_document(text, lo, hi, lex)
    return before_next_cue(text, item, lex) if item is not None else None


def _with_verb(text: str, lo: int, hi: int, lex: Lexicon, det, bare, sent_lo: int):
    return _with_speech_verb(text, lo, hi, lex, det, bare, sent_lo) or \
        with_clause_verb(text, lo, hi, lex) or with_request(text, lo, hi, lex) or \
        with_pledge(text, lo, hi, lex) or \
        with_stance(text, lo, hi, lex)


def _with_speech_verb(text: str, lo: int, hi: int, lex: Lexicon, det, bare,
                      sent_lo: int) -> Reported | None:
    for cue in cues(lex.verbs, text, lo, hi, titled=bare):
        span = (cue.start(), cue.end())
        subject = _pronoun_in(text, span, lex) or subject_before(text, lo, cue.start(), lex)
        if subject is None and (cue.group().casefold() in lex.participles or _shared(
                text, lo, cue.start(), lex)):
            # '..., saying they ...'; '... called it "crazy" and said ...': the sentence's
            subject = first_subject(text, min(lo, sent_lo), cue.start(), lex) or \
                sentence_subject(text, min(lo, sent_lo), cue.start(), lex)   # 'The firm ..., and said'
        elif subject is None:
            subject = opening_subject(text, lo, sent_lo, cue.start(), lex)   # 'Some I asked said'
        # 'said it was unwise to think that ...': the clause opens at "it"
        comp = None if subject_first(text, span, hi, lex) is not None else \
            _complement(text, cue.end(), hi, lex)
        if comp is not None:
            speaker = subject or subject_after(text, cue.end(), comp.start(), lex, det)
            found = _make(text, comp.start(), hi, Attribution(span, speaker, "before", False))
            if found or (speaker is None and (found := _question(text, lo, hi, span, comp))):
                return found
        closing = _closing(text, lo, hi, cue, subject, lex, det) or \
            mid_incise(text, lo, hi, span, lex, det)
        if closing:
            return closing
        if bare is not None and bare.fullmatch(cue.group()) and subject is not None:
            rest = text[cue.end():hi].lstrip(" ,")
            first = TOKEN.match(rest)
            if first and first.group().casefold() in lex.participles:
                continue               # '"...," he said, noting he ...': the next cue's clause
            if amount_after(text, cue, lex):
                continue               # "the index added 20 points": an amount, not a statement
            start = after_listener(text, span, hi, lex) or after_adjunct(text, span, hi, lex)
            if start or (first and first.group().casefold() not in lex.stops):
                found = _make(text, start or cue.end(), hi,
                              Attribution(span, subject, "before", False))
                if found:
                    return found
    return None


def _shared(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Only a conjunction (and auxiliaries) before the cue: 'and said', 'but has said'."""
    words = [w.casefold() for w in TOKEN.findall(text, lo, hi)]
    return bool(words) and words[0] in lex.conjunctions and all(w in lex.aux for w in words[1:])


def _question(text: str, lo: int, hi: int, span, comp) -> Reported | None:
    """'Asked whether he would run, Lee said ...': a question that opens the sentence
    with no one to ask it; it runs to the comma before the answer."""
    if _words(text[lo:span[0]]):
        return None
    comma = text.find(",", comp.start(), hi)
    end = trim_end(text, comp.start(), comma if comma > 0 else hi)
    if _words(text[comp.start():end]) < 2:
        return None
    kind = "partial" if any(ch in text[comp.start():end] for ch in '"“”') else "indirect"
    return Reported(comp.start(), end, Attribution(span, None, "before", False), kind)


MAX_QUESTION_GAP = 2    # "asked reporters whether", "explained how"


def _complement(text: str, lo: int, hi: int, lex: Lexicon):
    """The complementiser after a cue ("told reporters on Monday that"), or a question
    word right after it ("asked if", "explained how")."""
    at = complementiser(text, lo, hi, lex, verb_free=False)
    if at is not None and not any(w.casefold() in lex.participles for w in TOKEN.findall(text, lo, at)):
        return lex.complementisers.match(text, at)   # not 'said, adding that': the participle's
    comp = lex.interrogatives.search(text, lo, hi) if lex.interrogatives is not None else None
    if comp is not None and _words(text[lo:comp.start()]) <= MAX_QUESTION_GAP:
        return comp
    return None


def amount_after(text: str, cue: re.Match, lex: Lexicon) -> bool:
    """'the index added 20.72 points', 'gold added 0.1%': a verb of speech that also
    counts (``amount_verbs``), then a number with its unit (``amount_units``)."""
    return lex.amount is not None and cue.group().casefold() in lex.amount_verbs and \
        lex.amount.match(text, cue.end() + 1) is not None and text[cue.end():cue.end() + 1] == " "


def _closing(text, lo, hi, cue, subject, lex, det) -> Reported | None:
    """'CLAUSE, Kim said.' or 'CLAUSE, said Kim.' (never a participle: '..., saying X')"""
    comma = text.rfind(",", lo, cue.start())
    if comma < 0 or cue.group().casefold() in lex.participles or amount_after(text, cue, lex):
        return None
    inverted = subject_after(text, cue.end(), hi, lex, det)
    if inverted is not None and text[inverted[0]:inverted[1]].casefold() in lex.pronouns \
            and _words(text[inverted[1]:hi]):
        return None                    # 'X, facing a challenge, said he would ...': a clause
    after = inverted[1] if inverted else cue.end()
    apposition = inverted is not None and text[after:hi].lstrip().startswith(",")
    if (_words(text[after:hi]) > 3 and not apposition) or _words(text[comma:cue.start()]) > 8:
        return None                    # 'CLAUSE, said Ann Lee, a professor at ...' is one
    speaker = subject_before(text, comma + 1, cue.start(), lex) or inverted
    return _make(text, lo, comma, Attribution((cue.start(), cue.end()), speaker, "after"))
