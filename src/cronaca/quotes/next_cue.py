"""Where a reported clause without marks ends because a second attribution follows.

'Lee said he welcomed the ruling and added ...' (a conjunction, then a speech verb
of the same subject); 'One in three said the party does not care, and nearly one in
four said ...' (a conjunction, then a subject and a cue of its own); '... paying
attention; 26 percent of voters say ...' (a semicolon, then a subject and a cue);
'Barkley, who said he votes for Democrats, said ...' (a comma, then the main verb of
the sentence whose relative clause held the first cue). The next clause is read
from there on (``indirect.py``).
"""
from __future__ import annotations

import re

from cronaca.quotes.lexicon import Lexicon, cues
from cronaca.quotes.reported import MIN_CLAUSE_WORDS, Reported, trim_end, words
from cronaca.quotes.speaker import TOKEN

MAX_CONJUNCT_WORDS = 3   # "and added", "but she later said", "and then told"
MAX_SUBJECT_WORDS = 6    # "; nearly three in five voters said"
_SEMICOLON = re.compile(r";")
_COMMA_CUE = re.compile(r",\s+")


def before_next_cue(text: str, item: Reported, lex: Lexicon) -> Reported:
    ends = [end for end in (_conjunct(text, item, lex), _semicolon(text, item, lex),
                            _main_verb(text, item, lex)) if end is not None]
    for end in sorted(ends):
        end = trim_end(text, item.start, end)
        if words(text[item.start:end]) >= MIN_CLAUSE_WORDS:
            return Reported(item.start, end, item.attribution, item.kind)
    return item


def _conjunct(text: str, item: Reported, lex: Lexicon) -> int | None:
    for word in TOKEN.finditer(text, item.start, item.end):
        if word.group().casefold() not in lex.conjunctions or word.start() == item.start:
            continue
        near = TOKEN.findall(text[word.end():item.end])[:MAX_CONJUNCT_WORDS]
        if near and cues(lex.verbs, text, word.end(), word.end() + len(" ".join(near)) + 8):
            return word.start()
        if _subject_and_cue(text, word.end(), item.end, lex) and \
                text[:word.start()].rstrip().endswith(","):
            return word.start()
    return None


def _semicolon(text: str, item: Reported, lex: Lexicon) -> int | None:
    for mark in _SEMICOLON.finditer(text, item.start, item.end):
        if _subject_and_cue(text, mark.end(), item.end, lex):
            return mark.start()
    return None


def _main_verb(text: str, item: Reported, lex: Lexicon) -> int | None:
    """'X, who said A, said B': only when the first cue's speaker is a relative."""
    speaker = item.attribution.speaker
    if speaker is None or text[speaker[0]:speaker[1]].casefold() not in lex.relatives:
        return None
    for comma in _COMMA_CUE.finditer(text, item.start, item.end):
        found = cues(lex.verbs, text, comma.end(), item.end)
        if found and found[0].start() == comma.end() and \
                found[0].group().casefold() not in lex.participles:
            return comma.start()
    return None


def _subject_and_cue(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """A short subject, then a finite speech verb: 'nearly three in five said'."""
    found = cues(lex.verbs, text, lo, hi)
    if not found or found[0].group().casefold() in lex.participles:
        return False
    between = TOKEN.findall(text, lo, found[0].start())
    return 0 < len(between) <= MAX_SUBJECT_WORDS and "," not in text[lo:found[0].start()] \
        and not any(w.casefold() in lex.relatives or w.casefold() in lex.stops
                    for w in between[:1])
