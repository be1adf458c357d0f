"""An attribution set inside the quotation marks, between two pieces of the quote.

French and Italian typography keep the marks open around a short attribution (an
*incise*) and close them once at the end:

    « C'est un crève-cœur, reconnaît Jean Le Goff. Mais je comprends les chiffres. »
    «I lavori sono finiti – ha aggiunto Ferri – e ora mancano le verifiche».
    «No hay otra opción —explicó Marín—, las tuberías son viejas».

The incise opens with a comma or a dash and a speech verb in first place (the subject
follows it: the inverted order is what tells it from the quoted words, where "reconnaît"
or "ha aggiunto" could also stand; never a participle), holds at most ``MAX_WORDS`` words, and ends at the
matching dash, the next comma or the end of the sentence. Its words are not part of
the quote, which keeps its two pieces.
"""
from __future__ import annotations

import functools
import re

from cronaca.quotes.attribution import Attribution, after
from cronaca.quotes.lexicon import Lexicon, cues
from cronaca.quotes.marks import Marked
from cronaca.quotes.speaker import TOKEN

MAX_WORDS = 14


@functools.lru_cache(maxsize=16)
def _opener(marks: tuple[str, ...]) -> re.Pattern:
    """Where an incise can open: a comma, or a dash spaced or set on the verb (the raya)."""
    dashes = "".join(re.escape(mark) for mark in marks if mark != ",")
    # ", — розповідає X. — ...": a comma and a dash open one incise, closed by the dash
    parts = [rf",\s+[{dashes}]\s+|,\s+" if mark == "," and dashes else r",\s+" if mark == "," else
             rf"\s{re.escape(mark)}\s|\s?{re.escape(mark)}(?=\w)" for mark in marks]
    return re.compile("|".join(parts))

_DASH_CLOSE = re.compile(r"\s?[—–-](?:\s|[,.;:]|$)|\w—")
_SENTENCE_END = re.compile(r"[.!?](?=\s+\W*[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ])")


def split_incise(text: str, m: Marked, lex: Lexicon, det) -> tuple[Marked, Attribution] | None:
    """The quotation without the incise inside it, and the incise's attribution."""
    if not lex.incise or m.dash or len(m.pieces) != 1 or lex.verbs is None:
        return None
    lo, hi = m.pieces[0]
    for opener in _opener(lex.incise).finditer(text, lo, hi):
        verb = opener.end()
        found = cues(lex.verbs, text, verb, hi)
        if opener.start() <= lo or not found or found[0].start() != verb \
                or found[0].group().casefold() in lex.participles:
            continue
        dash = opener.group().strip() != ","
        limit = _dash_end(text, found[0].end(), hi) if dash else _sentence_end(text, verb, hi)
        if limit is None:
            continue
        attr = after(text, verb, limit, lex, det)
        if attr is None or attr.speaker is None or attr.cue[0] != verb:
            continue
        end = limit if dash else _comma_end(text, attr, limit, hi, lex)
        resume = _resume(text, end, hi)
        if resume >= hi or len(TOKEN.findall(text, verb, end)) > MAX_WORDS:
            continue
        return Marked(((lo, opener.start()), (resume, hi)), m.open, m.close, m.closed), \
            Attribution(attr.cue, attr.speaker, "incise")
    return None


def _dash_end(text: str, lo: int, hi: int) -> int | None:
    close = _DASH_CLOSE.search(text, lo, hi)
    if close is None:
        return None
    return close.start() + (1 if close.group()[0].isalnum() else 0)


def _sentence_end(text: str, lo: int, hi: int) -> int:
    end = _SENTENCE_END.search(text, lo, hi)
    return end.start() if end else hi


def _comma_end(text: str, attr: Attribution, limit: int, hi: int, lex: Lexicon) -> int:
    """A comma incise ends after its speaker ('..., dit-il, ...'), or at the end of the
    sentence when a name is followed by its description ('..., reconnaît Jean Le Goff,
    directeur de l'école. Mais ...'); a pronoun takes no description."""
    spoken = max(attr.speaker[1], attr.cue[1])
    rest = text[spoken:limit]
    if not rest.strip() or not rest.lstrip().startswith(","):
        comma = text.find(",", spoken, limit)
        return limit if comma < 0 else comma
    pronoun = text[slice(*attr.speaker)].casefold() in lex.pronouns
    return spoken if pronoun or limit >= hi else limit


def _resume(text: str, end: int, hi: int) -> int:
    """The first word of the quote after the incise (past its dash, comma or stop)."""
    cursor = end
    while cursor < hi and not text[cursor].isalnum():
        cursor += 1
    return cursor
