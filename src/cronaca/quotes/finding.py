"""Reported clauses after verbs of finding, thinking, promising and taking a stand.

'A poll found that ...', 'Molti ritengono che ...' (a complementiser right after the
verb; a verb also listed in ``bare_clause`` takes a clause without one: 'A new poll
shows Lee leading'), 'Lee vowed to cut taxes' (the content starts at the particle),
and 'Lee accused the board of hiding the bids' (a verb of praise or blame: the content
is what it is about, up to the end of its clause; never a passive, 'was backed by').
"""
from __future__ import annotations

from cronaca.quotes.attribution import Attribution, _pronoun_in
from cronaca.quotes.clause import clause_break
from cronaca.quotes.lexicon import Lexicon, cues
from cronaca.quotes.reported import Reported, make, words
from cronaca.quotes.speaker import TOKEN, subject_before


def with_pledge(text: str, lo: int, hi: int, lex: Lexicon) -> Reported | None:
    """'Lee vowed to cut taxes', 'Rossi ha promesso di tagliare le tasse'."""
    for cue in cues(lex.pledges, text, lo, hi):
        phrase = cue.group()
        at = len(phrase) - len(phrase.split()[-1])        # where the particle starts
        particle = cue.start() + at
        span = (cue.start(), cue.start() + len(phrase[:at].rstrip()))
        speaker = _pronoun_in(text, span, lex) or subject_before(text, lo, cue.start(), lex)
        found = make(text, particle, hi, Attribution(span, speaker, "before", False))
        if found:
            return found
    return None


MAX_CLAUSE_GAP = 2      # "found that", "believes strongly that", "showed on Monday that"


def with_clause_verb(text: str, lo: int, hi: int, lex: Lexicon) -> Reported | None:
    """'A poll found that ...', 'Molti ritengono che ...': the complementiser right after."""
    if lex.complementisers is None:
        return None
    found = cues(lex.clause_verbs, text, lo, hi) + cues(lex.belief_verbs, text, lo, hi)
    for cue in sorted(found, key=lambda m: m.start()):
        comp = lex.complementisers.search(text, cue.end(), hi)
        span = (cue.start(), cue.end())
        if comp is None or words(text[cue.end():comp.start()]) > MAX_CLAUSE_GAP:
            # 'A new poll shows Lee leading': a finding verb with a bare clause
            if not (lex.bare_clause and lex.bare_clause.fullmatch(cue.group())):
                continue
            start = cue.end()
        else:
            start = comp.start()
        speaker = _pronoun_in(text, span, lex) or subject_before(text, lo, cue.start(), lex)
        found = make(text, start, hi, Attribution(span, speaker, "before", False))
        if found:
            return found
    return None


def with_stance(text: str, lo: int, hi: int, lex: Lexicon) -> Reported | None:
    """'Lee criticized the plan for its cost', 'Rossi ha criticato il piano'."""
    for cue in cues(lex.stance_verbs, text, lo, hi):
        before = TOKEN.findall(text, lo, cue.start())
        if before and before[-1].casefold() in lex.passive_aux:
            continue                                   # 'the plan was backed by ...'
        span = (cue.start(), cue.end())
        speaker = _pronoun_in(text, span, lex) or subject_before(text, lo, cue.start(), lex)
        end = clause_break(text, cue.end(), hi, lex)
        found = make(text, cue.end(), end, Attribution(span, speaker, "before", False))
        if found:
            return found
    return None
