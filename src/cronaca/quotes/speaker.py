"""Who speaks: the speaker phrase next to a cue, and what it refers to.

A speaker phrase is the subject before the cue ("Kim said", "the spokesman for
the ministry has told") or, after a cue that follows a quotation, the inverted
subject ("...», ha detto Kim"; see ``inverted.py``). Never a word inside the
quotation, never the object after a verb ('Kim called Putin "..."': Kim, not Putin).

What a phrase refers to is ``resolve.py``'s job.
"""
from __future__ import annotations

import re

from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.subject_words import address_part, adverb_last

TOKEN = re.compile(r"\w+(?:['’.\-]\w+)*")
# A clause boundary inside a sentence; a full stop only when a word follows it
# that is not an abbreviation ("Sen. Rubio" and "U.S." stay whole).
# a stop ends a phrase, not the one after an initial ("J. Smith", "С. Сквярнялис") or "Mr."
_BOUNDARY = re.compile(r"[,;:()\[\]“”\"«»„‹›—–]|(?<!\b[A-Z][a-z])(?<!\b[A-ZÀ-ÞА-ЯЁЄІЇҐ])\.(?=\s)")
MAX_WORDS = 8


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start() + lo, m.end() + lo) for m in TOKEN.finditer(text[lo:hi])]


def _parts(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Clause pieces of text[lo:hi], split at punctuation boundaries."""
    cuts = [lo] + [m.start() + lo for m in _BOUNDARY.finditer(text[lo:hi])] + [hi]
    return [(a if a == lo else a + 1, b) for a, b in zip(cuts, cuts[1:])]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _role(word: str, lex: Lexicon) -> bool:
    """A role word ("посол", "rzecznik", "экс-премьер"): a subject without an article."""
    return word in lex.role_nouns or word.rsplit("-", 1)[-1] in lex.role_nouns


def subject_before(text: str, lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject of a cue starting at ``hi``, looked for back to ``lo``; a weekday
    that opens it is a date ("Giovedì Rossi ha detto" -> Rossi)."""
    span = _subject_before(text, lo, hi, lex)
    if span is None:
        return None
    words = _tokens(text, *span)
    while len(words) > 1 and text[words[0][0]:words[0][1]].casefold() in lex.time_words:
        words = words[1:]
    return (words[0][0], span[1]) if words else span


def _subject_before(text: str, lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    parts = _parts(text, lo, hi)
    skipped_empty = False
    for index in range(len(parts) - 1, -1, -1):
        if _aside(text, *parts[index]) or (index > 0 and address_part(text, *parts[index], lex)):
            continue                        # "Claire McCaskill (D-Mo.), who ..., said"; "Elizabeth, Colorado,"
        words = _tokens(text, *parts[index])
        while words and (text[words[-1][0]:words[-1][1]].casefold() in lex.aux | lex.clitics
                         or adverb_last(text, words, lex)):
            words.pop()
        if not words:
            if skipped_empty:
                return None
            skipped_empty = True
            continue
        if not skipped_empty and text[words[-1][0]:words[-1][1]].casefold() in lex.conjunctions:
            return first_subject(text, lo, hi, lex)     # "Smith smiled and said": a shared subject
        first = text[words[0][0]:words[0][1]].casefold()
        if skipped_empty and index > 0 and first.endswith(lex.participle_endings) \
                and first not in lex.stops \
                and text[parts[index][0] - 1] == "," and _named(text, *parts[index - 1]):
            continue                        # "Mayor Lee, facing a close race, said"
        if first in lex.relatives:
            if not skipped_empty:           # "the bill, which Obama signed"; "Beck, who said":
                return _relative_subject(text, words, lex)   # "who" (resolve.py links it)
            continue                        # "Smith, who chairs the panel, said"
        if skipped_empty and index > 0 and first in lex.stops:
            skipped_empty = False           # "Putin, durante l'incontro con Kim, ha detto":
            continue                        # an aside between commas is not the subject
        if lex.complementisers and lex.complementisers.fullmatch(first):
            words = words[1:]
        words = words[-MAX_WORDS:]
        while words and text[words[0][0]:words[0][1]].casefold() in lex.conjunctions:
            words = words[1:]
        if not words:                       # "..., but insists": the sentence's subject
            return first_subject(text, lo, parts[index][0], lex)
        if text[words[-1][0]:words[-1][1]].casefold() in lex.pronouns | lex.relatives:
            return words[-1]                # "... among voters who said": "who" (resolve.py)
        if not plausible(text, words, lex):
            return _last_clause_subject(text, words, lex) or \
                first_subject(text, lo, parts[index][0], lex)
        if text[words[0][0]:words[0][1]].casefold() in lex.stops and \
                _capitalised(text[words[-1][0]:words[-1][1]]):
            return (_name_start(text, words), words[-1][1])   # "Al banchetto Kim" -> Kim
        span = (words[0][0], words[-1][1])
        if skipped_empty and index > 0 and not _capitalised(text[span[0]:span[1]]):
            before = _tokens(text, *parts[index - 1])
            if before and _capitalised(text[before[-1][0]:before[-1][1]]):
                span = (_name_start(text, before), span[1])   # "John Smith, the chairman,"
        return span
    return None


def _named(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] end in a capitalised word (a name)?"""
    words = TOKEN.findall(text, lo, hi)
    return bool(words) and _capitalised(words[-1])


def _last_clause_subject(text: str, words: list[tuple[int, int]], lex: Lexicon):
    """'a woman asked for a photo and Clinton said': the subject after the last "and"."""
    forms = [text[s:e].casefold() for s, e in words]
    cut = max((i for i, f in enumerate(forms) if f in lex.conjunctions), default=None)
    rest = words[cut + 1:] if cut is not None else []
    if rest and len(rest) <= 4 and _capitalised(text[rest[0][0]:rest[0][1]]) and \
            plausible(text, rest, lex):
        return (rest[0][0], rest[-1][1])
    return None


def _aside(text: str, lo: int, hi: int) -> bool:
    """A part in brackets ("(D-Mo.)") or the nothing between two marks ("),")."""
    return lo >= hi or (text[lo - 1:lo] == "(" and text[hi:hi + 1] == ")")


def _relative_subject(text: str, words: list[tuple[int, int]], lex: Lexicon):
    """The subject inside a relative clause ("whom he described"), or the relative
    itself when it is the subject ("who has described")."""
    rest = words[1:]
    if rest and text[rest[0][0]:rest[0][1]].casefold() in lex.pronouns:
        return rest[0]
    if rest and plausible(text, rest, lex):
        return (rest[0][0], rest[-1][1])
    return words[0]


def plausible(text: str, words: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Could these words be a subject? Not with a verb in them; a name, or a short
    nominal phrase that opens with a determiner ("the senator from Vermont")."""
    forms = [text[s:e] for s, e in words]
    if any(f.casefold() in lex.aux or (lex.verbs and lex.verbs.fullmatch(f)) for f in forms):
        return False
    if lex.complementisers and lex.complementisers.fullmatch(forms[0]):
        return False                # '"..." that Lee can win, said Kim': a clause
    if all(f.casefold() in lex.time_words for f in forms):
        return False                # "On Tuesday, ... telling them": a date, not a subject
    if any(_capitalised(f) for f in forms):
        return True
    first = forms[0].casefold()
    if len(forms) <= 5 and first in lex.determiners and first not in lex.stops:
        return True
    # a bare plural or a share: "hacking specialists say", "52 percent of voters say"
    return len(forms) <= MAX_BARE_WORDS and first not in lex.stops and \
        (forms[-1].casefold().endswith("s") or forms[0][:1].isdigit()) and \
        not any(f.casefold() in lex.pronouns or f.casefold() in lex.conjunctions for f in forms)


MAX_BARE_WORDS = 5


def first_subject(text: str, lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """The first pronoun or name of text[lo:hi]: the subject a coordinated verb shares."""
    run: list[tuple[int, int]] = []
    for s, e in _tokens(text, lo, hi):
        word = text[s:e]
        if not run and word.casefold() in lex.pronouns:
            return (s, e)
        if _capitalised(word) and (run or word.casefold() not in lex.determiners):
            run.append((s, e))
        elif run:
            break
    while run and text[run[0][0]:run[0][1]].casefold() in lex.time_words:
        run = run[1:]               # "On Friday, Omar Haddad wrote": the date is no one
    return (run[0][0], run[-1][1]) if run else None


def _name_start(text: str, words: list[tuple[int, int]]) -> int:
    start = words[-1][0]
    for s, e in reversed(words[:-1]):
        if not _capitalised(text[s:e]):
            break
        start = s
    return start
