"""The bounds of the reported clause that holds a partial quote.

PolNeAR-style annotation (and a reader) takes the whole reported clause as the
content: 'Kim said [that the plan was "a failure" from the start].' The clause
opens at the complementiser or just after the cue (``opening.py``) and runs to the
end of the sentence (a stop inside a closing mark ends one too); only a semicolon or
a spaced dash closes it earlier (a bracket is an aside inside it: '"zero" voters
would follow Lee (R-Ohio) and back Kim'), as commas inside a reported clause are
common ('was "peanuts," compared to ...'), or a comma at the closing mark that opens
a new clause (a relative, a speech participle, a conjunction with a speech verb of
its own, a name with an auxiliary: ', Pastor Lund has ...').
"""
from __future__ import annotations

import re

from cronaca.quotes.attribution import Attribution
from cronaca.quotes.lexicon import Lexicon, cues
from cronaca.quotes.marks import Marked
from cronaca.quotes.reported import sentence_stop
from cronaca.quotes.speaker import TOKEN

_CLAUSE_CUT = re.compile(r";|\s[—–-]\s")
_TRAILING = ".,;:!? \n"
# '... "a fraud," whom she also called "a liar"': more quoted words keep the clause going
_QUOTED_AGAIN = re.compile(r"(?<=[\s(])[\"“«„]\w")
_CLOSING = re.compile(r"[\"”»](?=[\s,.;:!?)]|$)")
_COMMA = re.compile(r",[\s\"'”»’“]*")         # a comma, and the closing mark English puts after it
# quoted pieces that carry one clause on; a sentence of more is a list, not a statement
MAX_CARRIED = 20


def _words(text: str) -> int:
    return len(TOKEN.findall(text))


def clause_end(text: str, m: Marked, sent_hi: int, lex: Lexicon) -> int:
    """The sentence end, or a semicolon or spaced dash after the quote, or
    the quote's end when a comma there opens a new clause. Quoted words further on in
    the clause with no cue before them ('was "a fraud," which is why "nobody" ...')
    carry it on: its end is looked for after them (after MAX_CARRIED such pieces, the
    clause ends at the last)."""
    for _ in range(MAX_CARRIED + 1):
        end = sentence_stop(text, m.end - 1, max(sent_hi, m.end))
        cut = _CLAUSE_CUT.search(text, m.close, end)
        again = _quoted_again(text, m.close, end if cut is None else cut.start(), lex)
        if again is None:
            break
        m = again
    if _comma_closes(text, m, end, lex):
        return m.close
    if cut is not None:
        end = cut.start()
    end = _subordinate_end(text, m.close, clause_break(text, m.end, end, lex), lex)
    while end > m.end and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _subordinate_end(text: str, lo: int, hi: int, lex: Lexicon) -> int:
    """'... against "efforts to repeal it" before sketching out her own plan': one of
    the language's ``clause_enders``, then a participle or a subject pronoun, opens a
    clause of its own even with no comma (not a phrase: 'before the vote', 'before
    Thanksgiving', 'before spring'); the end of the clause before it."""
    words = list(TOKEN.finditer(text, lo, hi))
    for word, nxt in zip(words, words[1:]):
        low = nxt.group().casefold()
        participle = bool(lex.participle_endings) and low.endswith(lex.participle_endings)
        if word.group().casefold() in lex.clause_enders and nxt.group()[:1].islower() and (
                low in lex.pronouns or (participle and low not in lex.ing_nouns)):
            return len(text[:word.start()].rstrip(" ,"))
    return hi


def _quoted_again(text: str, lo: int, hi: int, lex: Lexicon) -> Marked | None:
    """The next quoted words in text[lo:hi], closed there, when no cue stands before them."""
    again = _QUOTED_AGAIN.search(text, lo, hi)
    if again is None or any(cues(words, text, lo, again.start()) for words in
                            (lex.verbs, lex.naming, lex.clause_verbs, lex.stance_verbs,
                             lex.belief_verbs)):
        return None
    close = _CLOSING.search(text, again.end(), hi)
    if close is None:
        return None
    words_end = close.start()
    while text[words_end - 1] in ",; ":
        words_end -= 1
    return Marked(((again.start() + 1, words_end),), again.start(), close.end())


def clause_break(text: str, lo: int, hi: int, lex: Lexicon) -> int:
    """Where a new clause opens in text[lo:hi] after a comma: a relative, a
    subordinator or a participle ('"a prayer" for the nominee, although he ...',
    '..., which raised concerns'), else ``hi``. Not a conjunction: '"angry," but also
    hungry for ...' goes on (a conjunction with a cue of its own ends it, below)."""
    for comma in _COMMA.finditer(text[lo:hi]):
        nxt = TOKEN.match(text, lo + comma.end(), hi)
        if nxt is not None and (_opens_clause(nxt.group().casefold(), lex)
                                or _attribution_at(text, nxt.start(), hi, lex)
                                or _named_subject(text, nxt.start(), hi, lex)):
            hi = lo + comma.start()
            break
    return _next_verb(text, lo, hi, lex)


def _next_verb(text: str, lo: int, hi: int, lex: Lexicon) -> int:
    """'it "a disgrace" and asserting that ...', 'said "X" and called Y "Z"': a
    conjunction and a cue of the same subject end the clause before them."""
    words = list(TOKEN.finditer(text, lo, hi))
    for i, word in enumerate(words):
        if word.group().casefold() not in lex.conjunctions:
            continue
        j = i + 1
        while j < len(words) and words[j].group().casefold() in lex.aux:
            j += 1
        if j < len(words) and any(
                p is not None and p.fullmatch(words[j].group())
                for p in (lex.verbs, lex.naming, lex.stance_verbs, lex.clause_verbs)):
            return len(text[:word.start()].rstrip(" ,"))
    return hi


MAX_SPEAKER_WORDS = 4  # ', Otto Lind said': a speaker and a cue close the clause


def _named_subject(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """', Pastor Ole Lund has now turned to ...': after a comma, a name and an auxiliary
    open a sentence of their own."""
    words = list(TOKEN.finditer(text, lo, hi))[:MAX_SPEAKER_WORDS + 1]
    run = 0
    while run < len(words) and words[run].group()[:1].isupper():
        run += 1
    return 0 < run < len(words) and run <= MAX_SPEAKER_WORDS and \
        words[run].group().casefold() in lex.aux


def _attribution_at(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """', Otto Lind said', ', according to the minutes': the clause's own attribution."""
    if lex.according_to is not None and lex.according_to.match(text, lo, hi):
        return True
    found = cues(lex.verbs, text, lo, hi)
    return bool(found) and _words(text[lo:found[0].start()]) <= MAX_SPEAKER_WORDS \
        and "," not in text[lo:found[0].start()]


def _opens_clause(word: str, lex: Lexicon) -> bool:
    return (word in lex.relatives or word in lex.participles or word in lex.subordinators
            or (word.endswith(lex.participle_endings) and word not in lex.stops))


def _comma_closes(text: str, m: Marked, end: int, lex: Lexicon) -> bool:
    """A comma at the closing mark, then a new clause: a relative, a participle, or a
    conjunction with a speech verb of its own ('was "a mistake," adding that',
    '"a disgrace," which ...', '"weak," and said that').
    """
    comma = "," in text[m.end:m.close] or text[m.close:end].lstrip().startswith(",")
    nxt = TOKEN.search(text, m.close, end) if comma else None
    if nxt is None:
        return False
    word = nxt.group().casefold()
    if word in lex.conjunctions:
        return bool(cues(lex.verbs, text, nxt.end(), min(end, nxt.end() + 40)))
    return word in lex.relatives or word in lex.participles


def before_cue(text: str, m: Marked, attr: Attribution, lex: Lexicon) -> int:
    """The end of a clause whose attribution follows it after a comma
    ('Rates were "too high" last winter, Kim said'), else the quote's end."""
    comma = text.rfind(",", m.close, attr.cue[0])
    if comma < 0 or not _words(text[m.close:comma]):
        return m.end
    first = TOKEN.search(text, m.close, comma)
    if first.group()[:1].isupper() or first.group().casefold() in lex.pronouns:
        return m.end                   # '"...," Jan Berg, the mayor, said': the speaker
    return comma
