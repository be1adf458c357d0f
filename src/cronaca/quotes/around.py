"""What stands around a quotation in its sentence: a clause before its attribution,
an apposition after its speaker, a cue before it that beats one clauses after it.

Each rule is named for the shape it reads; ``direct.py`` decides what to do with it.
"""
from __future__ import annotations

import dataclasses

from cronaca.quotes.attribution import Attribution
from cronaca.quotes.opening import skip_space
from cronaca.quotes.marks import Marked
from cronaca.quotes.inverted import subject_after
from cronaca.quotes.speaker import TOKEN

MIN_CLAUSE_WORDS = 3    # words before 'Kim said,' that open the statement
MIN_PARENTHESIS_WORDS = 2  # 'Back then, Lee said, she ...'; not 'But, Lee added, ...'
MAX_CLAUSE_TAIL = 3     # words between a quotation and a cue that still closes its clause


def _words(text: str) -> int:
    return len(TOKEN.findall(text))


def conjunction_lead(text: str, lo: int, hi: int, lex) -> bool:
    """'But "the vote is strengthened by it."': a conjunction alone before the opening
    mark goes on from the sentence before; the quotation is still a statement."""
    words = TOKEN.findall(text, lo, hi)
    return len(words) == 1 and words[0].casefold() in lex.conjunctions and \
        words[0][:1].isupper()


def head_first(text: str, m: Marked, whole: bool, head: Attribution | None,
               attr: Attribution) -> bool:
    """'Ryan said he was "not ready" to back him, while Lee suggested ...': a cue with a
    subject before a quotation inside the sentence wins over a cue that comes clauses
    after it."""
    return (head is not None and not whole and head.speaker is not None
            and head.where == "before" and _words(text[m.close:attr.cue[0]]) > MAX_CLAUSE_TAIL)


def speaker_after_clause(text: str, m: Marked, attr: Attribution, end: int, lex, det):
    """A comma between the closing mark and the cue: does a clause go on before it
    ('Rates were "too high" last year, Kim said'), or is that the speaker's apposition
    ('"...," the economist Ann Lee, a former adviser, wrote')?"""
    lo, hi = attr.speaker
    if not _words(text[m.close:lo]) and _apposition(text, m.close, end):
        return attr, m.end                       # the speaker opens the tail: no clause
    lo = skip_space(text, end)
    if lo >= hi:                                 # '..." that X can win, said Ann Lee'
        inverted = subject_after(text, attr.cue[1], len(text), lex, det)
        return dataclasses.replace(attr, speaker=inverted), end
    return dataclasses.replace(attr, speaker=(lo, hi)), end


def _apposition(text: str, lo: int, comma: int) -> bool:
    """'the economist Pia Sorensen, a former adviser,': a name, then a few words
    without one between commas."""
    cut = text.rfind(",", lo, comma)
    words = TOKEN.findall(text[cut + 1:comma]) if cut >= 0 else []
    return 0 < len(words) <= 6 and not any(w[:1].isupper() for w in words) and \
        any(w[:1].isupper() for w in TOKEN.findall(text[lo:cut]))


def clause_before_speaker(text: str, m: Marked, lead: str, head_lo: int,
                          head: Attribution) -> int | None:
    """Where a clause starts that stands before 'SPEAKER CUE,' and the quotation."""
    if head.speaker is None or lead != "," or head.where != "before" or \
            not text[m.start:m.start + 1].islower():
        return None                          # a capital opens a statement of its own
    lo, hi = min(head.speaker[0], head.cue[0]), max(head.speaker[1], head.cue[1])
    if _words(text[lo:hi]) > _words(text[slice(*head.speaker)]) + _words(text[slice(*head.cue)]):
        return None                          # more than 'she said', 'sagte sie', 'a-t-elle dit'
    words = TOKEN.findall(text[head_lo:lo])
    if len(words) < MIN_CLAUSE_WORDS or not text[:lo].rstrip().endswith(","):
        return None
    return skip_space(text, head_lo)


def parenthetical_start(text: str, head_lo: int, head: Attribution, lex) -> int | None:
    """'A lighter tone, she said, would make it "more human."': an attribution set off
    by commas inside the clause; the clause opens at the words before it, unless they
    are an adverbial that a preposition or a subordinator opens ('In both years, Lee
    said, the gifts paid for "..."'): the clause then opens after the attribution."""
    if head.speaker is None or head.where != "before":
        return None
    lo, hi = min(head.speaker[0], head.cue[0]), max(head.speaker[1], head.cue[1])
    if _words(text[lo:hi]) > _words(text[slice(*head.speaker)]) + _words(text[slice(*head.cue)]):
        return None
    if not text[hi:].lstrip().startswith(",") or not text[:lo].rstrip().endswith(","):
        return None
    comma = text.rfind(",", head_lo, len(text[:lo].rstrip()) - 1)
    head_lo = max(head_lo, comma + 1)        # 'Bound by X, the two nations, Xi said, ...'
    before = TOKEN.findall(text, head_lo, lo)
    if len(before) < MIN_PARENTHESIS_WORDS:
        return None
    first = before[0].casefold()
    if first in lex.adjunct_preps or first in lex.subordinators:
        return skip_space(text, hi)
    return skip_space(text, head_lo)
