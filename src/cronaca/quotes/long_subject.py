"""A subject that ``subject_before`` does not read, for a cue with a clause after it.

* A long subject that opens its sentence: 'Several people I have spoken with this
  week said ...', 'An earlier report in a local paper said that ...', 'Supporters who
  have heard from the campaign say ...'. ``subject_before`` reads a few words back
  from the cue and gives up at a verb inside the phrase (a relative clause, "I have
  spoken with"); with no punctuation before the cue, the head of the phrase (its
  words up to a preposition, a relative, a pronoun or a verb) is the speaker.
* The same after an earlier reported clause: '..., and nearly one in four said ...',
  '...; 20 percent of voters say ...'.
* The main verb after a relative clause that held a cue of its own: 'Barkley, who
  said he votes for Democrats, said ...': the sentence's subject.
* A cue that shares the subject of its sentence ('The firm reported a loss, and said
  ...', '..., saying ...') where that subject is no name or pronoun: the head of the
  noun phrase that opens the sentence ("The firm").
"""
from __future__ import annotations

import re

from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.speaker import TOKEN, subject_before

MAX_WORDS = 16       # 'Supporters who have heard directly from the Rubio campaign say'
MAX_HEAD = 5         # 'An earlier report', 'Several people', 'Gore's close friends and allies'
_BREAK = re.compile(r"[,;:()\[\]\"“”«»„—–]")
_LEAD = re.compile(r"\s*[,;]\s*")
_MARKS = re.compile(r"[\"“”«»„]")


def opening_subject(text: str, lo: int, sent_lo: int, hi: int,
                    lex: Lexicon) -> tuple[int, int] | None:
    """The subject of a cue at ``hi`` in a stretch text[lo:hi] of a sentence opening at
    ``sent_lo``, where ``subject_before`` found none."""
    if lo == sent_lo:
        return long_subject(text, lo, hi, lex)
    lead = _LEAD.match(text, lo, hi)
    if lead is None or _MARKS.search(text, sent_lo, hi):
        return None
    if lead.end() == hi:                            # ', said ...' after a relative clause
        return subject_before(text, sent_lo, hi, lex)
    words = TOKEN.findall(text, lead.end(), hi)
    if words and words[0].casefold() in lex.conjunctions:
        lead = TOKEN.match(text, lead.end())
    return long_subject(text, lead.end(), hi, lex) if lead else None


def sentence_subject(text: str, sent_lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """The head of the noun phrase that opens the sentence, before its first verb."""
    cut = _BREAK.search(text, sent_lo, hi)
    head = _head(list(TOKEN.finditer(text, sent_lo, cut.start() if cut else hi)), lex)
    return (head[0].start(), head[-1].end()) if head else None


def long_subject(text: str, lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """The head of the noun phrase text[lo:hi] that opens a sentence and ends at a cue."""
    if _BREAK.search(text, lo, hi):
        return None
    words = list(TOKEN.finditer(text, lo, hi))
    if not 2 <= len(words) <= MAX_WORDS:
        return None
    while words and words[0].group().casefold() in lex.conjunctions:
        words = words[1:]                           # 'But lawyers for the city said'
    head = _head(words, lex)
    return (head[0].start(), head[-1].end()) if head else None


def _head(words: list[re.Match], lex: Lexicon) -> list[re.Match]:
    """The words of a noun phrase's head: up to a preposition, a relative, a verb..."""
    head = []
    for word in words:
        after_article = len(head) == 1 and head[0].group().casefold() in lex.adjunct_dets
        if _ends_head(word.group(), lex) and not after_article:   # 'An earlier report'
            break
        head.append(word)
    if not head or len(head) > MAX_HEAD or len(head) == len(words) or not _nominal(head, lex):
        return []
    return head


def _ends_head(word: str, lex: Lexicon) -> bool:
    low = word.casefold()
    return low in lex.stops or low in lex.relatives or low in lex.pronouns or \
        low in lex.aux or bool(lex.complementisers and lex.complementisers.fullmatch(word)) \
        or bool(lex.verbs and lex.verbs.fullmatch(word)) \
        or bool(lex.clause_verbs and lex.clause_verbs.fullmatch(word))


def _nominal(head: list[re.Match], lex: Lexicon) -> bool:
    """A noun phrase: never opened by a participle ('Speaking at the rally'), never
    ended by an article or an adverb in -ly."""
    first, last = head[0].group().casefold(), head[-1].group().casefold()
    if first.endswith(lex.participle_endings) and first not in lex.determiners:
        return False
    return last not in lex.adjunct_dets and not last.endswith("ly")
