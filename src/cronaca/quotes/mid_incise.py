"""An attribution set between commas inside the reported clause, without marks:
'Most of the closures, he said, have hit public courses', 'Prices will fall this
winter, a Treasury official said, though not by much'.

The reported clause is the whole sentence around the attribution (its words on
both sides); the speaker stands between the commas before the cue, or right after
it ("..., said Ann Lee, ..."). A participle or a relative after the second comma
is no part of it ('Prices will fall, Lee said, adding that ...', '..., he said,
wiping his face'): the reported clause is then the one before the attribution.
"""
from __future__ import annotations

import re

from cronaca.quotes.attribution import Attribution
from cronaca.quotes.inverted import subject_after
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.reported import Reported, make, words
from cronaca.quotes.speaker import TOKEN, subject_before

MAX_SPEAKER_WORDS = 5    # ', a senior Treasury official said,'
MIN_SIDE_WORDS = 2       # words of the clause on each side of the attribution
_COMMA = re.compile(r"\s*,\s*")


def mid_incise(text: str, lo: int, hi: int, cue: tuple[int, int], lex: Lexicon,
               det) -> Reported | None:
    comma = text.rfind(",", lo, cue[0])
    if comma < 0 or words(text[lo:comma]) < MIN_SIDE_WORDS:
        return None
    between = words(text[comma + 1:cue[0]])
    if between > MAX_SPEAKER_WORDS:
        return None
    speaker, end = (subject_before(text, comma + 1, cue[0], lex), cue[1]) if between \
        else (subject_after(text, cue[1], hi, lex, det), cue[1])
    if speaker is None:
        return None
    end = max(end, speaker[1])
    second = _COMMA.match(text, end, hi)
    if second is None or text[end:second.end()].count(",") != 1:
        return None
    if _apart(text, second.end(), hi, lex):
        # 'Prices will fall, Lee said, adding that ...': the clause before is Lee's
        return make(text, lo, comma, Attribution(cue, speaker, "after", False))
    if not _continues(text, second.end(), hi, lex):
        return None
    return make(text, lo, hi, Attribution(cue, speaker, "incise", False))


def _apart(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """What follows the second comma is no part of the clause: a participle or a
    relative (', adding that ...', ', wiping his face', ', who ...')."""
    first = TOKEN.match(text, lo, hi)
    if first is None:
        return False
    word = first.group().casefold()
    return word in lex.participles or word in lex.relatives or \
        word.endswith(lex.participle_endings)


def _continues(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Does the clause go on after the second comma (not a participle, a relative,
    a new cue or a date: ', adding that', ', who ...', ', Kim said', ', on Monday.')?"""
    rest = TOKEN.findall(text, lo, hi)
    if len(rest) < MIN_SIDE_WORDS:
        return False
    first = rest[0].casefold()
    return not (first in lex.participles or first in lex.relatives
                or first.endswith(lex.participle_endings) or first in lex.time_words
                or (lex.verbs is not None and lex.verbs.fullmatch(rest[0])))
