"""A request: 'Lee asked the council to delay the vote', 'She urged voters to stay home'.

What is reported is the request with the one it is made to: the object and the
infinitive after it ("the council to delay the vote"), as far as the clause runs.
The object is a short phrase without punctuation or a verb of its own; never a
passive ('was asked to ...': who asked is not said).
"""
from __future__ import annotations

from cronaca.quotes.attribution import Attribution, _pronoun_in
from cronaca.quotes.clause import clause_break
from cronaca.quotes.lexicon import Lexicon, cues
from cronaca.quotes.reported import Reported, make
from cronaca.quotes.speaker import TOKEN, subject_before

MAX_OBJECT_WORDS = 6     # "asked Mills, Sullivan and Abedin to" has a comma: not read


def with_request(text: str, lo: int, hi: int, lex: Lexicon) -> Reported | None:
    for cue in cues(lex.request_verbs, text, lo, hi):
        before = TOKEN.findall(text, lo, cue.start())
        if before and before[-1].casefold() in lex.passive_aux:
            continue                                   # 'was asked to ...'
        particle = _particle(text, cue.end(), hi, lex)
        if particle is None:
            continue
        span = (cue.start(), cue.end())
        speaker = _pronoun_in(text, span, lex) or subject_before(text, lo, cue.start(), lex)
        end = clause_break(text, particle, hi, lex)
        found = make(text, cue.end(), end, Attribution(span, speaker, "before", False))
        if found:
            return found
    return None


def _particle(text: str, lo: int, hi: int, lex: Lexicon) -> int | None:
    """Where the infinitive's particle stands after a short object ("the council to")."""
    words = list(TOKEN.finditer(text, lo, hi))[:MAX_OBJECT_WORDS + 1]
    for i, word in enumerate(words):
        low = word.group().casefold()
        if low in lex.request_particles:
            gap = text[lo:word.start()]
            return word.start() if i > 0 and not any(c in gap for c in ",;:\"“”") else None
        if low in lex.aux or low in lex.relatives or low in lex.conjunctions or \
                (lex.complementisers is not None and lex.complementisers.fullmatch(low)) or \
                (lex.verbs is not None and lex.verbs.fullmatch(word.group())):
            return None
    return None
