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

from cronaca.quotes.lexicon import Lexicon, char_before, cues
from cronaca.quotes.reported import MIN_CLAUSE_WORDS, Reported, trim_end, words
from cronaca.quotes.speaker import TOKEN

MAX_CONJUNCT_WORDS = 3   # "and added", "but she later said", "and then told"
MAX_SUBJECT_WORDS = 6    # "; nearly three in five voters said"
_SEMICOLON = re.compile(r";")
_COMMA_CUE = re.compile(r",\s+")
_OPENS_RELATIVE = re.compile(r"(?:,|\s[—–-])\s+")


def before_next_cue(text: str, item: Reported, lex: Lexicon) -> Reported:
    ends = [end for end in (_conjunct(text, item, lex), _semicolon(text, item, lex),
                            _main_verb(text, item, lex), _participle(text, item, lex),
                            _relative(text, item, lex), _new_subject(text, item, lex))
            if end is not None]
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
        if _subject_and_cue(text, word.end(), item.end, lex) and char_before(text, word.start()) == ",":
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


def _participle(text: str, item: Reported, lex: Lexicon) -> int | None:
    """'... by accepting their help, noting that most of the money ...': a speech
    participle after a comma reports a clause of its own."""
    for comma in _COMMA_CUE.finditer(text, item.start, item.end):
        word = TOKEN.match(text, comma.end(), item.end)
        if word is not None and word.group().casefold() in lex.participles:
            return comma.start()
    return None


def _relative(text: str, item: Reported, lex: Lexicon) -> int | None:
    """'..., which he called "a cartel"', '... 38 percent - who said they could ...': a
    relative clause after a comma or a dash that holds a cue of its own."""
    for mark in _OPENS_RELATIVE.finditer(text, item.start, item.end):
        word = TOKEN.match(text, mark.end(), item.end)
        if word is None or word.group().casefold() not in lex.relatives:
            continue
        near = TOKEN.findall(text, word.end(), item.end)[:MAX_CONJUNCT_WORDS]
        stop = word.end() + len(" ".join(near)) + 8
        if near and (cues(lex.verbs, text, word.end(), stop) or cues(lex.naming, text, word.end(), stop)):
            return mark.start()
    return None


def _new_subject(text: str, item: Reported, lex: Lexicon) -> int | None:
    """'... vouchers, but they would not ...': after a comma, a conjunction or a
    subordinator and a subject pronoun open a clause of the writer's own."""
    for comma in _COMMA_CUE.finditer(text, item.start, item.end):
        words = TOKEN.findall(text, comma.end(), item.end)[:2]
        if len(words) == 2 and (words[0].casefold() in lex.conjunctions or
                                words[0].casefold() in lex.subordinators) \
                and words[1].casefold() in lex.pronouns:
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
