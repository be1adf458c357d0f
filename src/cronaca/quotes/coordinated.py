"""A partial quote that belongs to a later cue of the sentence, not to the first.

'Lee said the report was wrong, while her deputy insisted that the budget was
"never in danger"': the clause the first cue opens ends where a conjunction brings
in a second cue with a clause of its own ("insisted that ..."); the quoted words
belong to that clause, which opens at its complementiser.
"""
from __future__ import annotations

from cronaca.quotes.lexicon import Lexicon, cues
from cronaca.quotes.speaker import TOKEN

MAX_SUBJECT_WORDS = 4      # ', while Senator Ann Lee also said that ...'


def later_start(text: str, lo: int, hi: int, lex: Lexicon) -> int | None:
    """Where the clause of a later, coordinated cue opens in text[lo:hi] (from the
    first clause's start to the opening mark), or None."""
    if lex.complementisers is None:
        return None
    words = list(TOKEN.finditer(text, lo, hi))
    links = [i for i, w in enumerate(words) if w.group().casefold() in lex.conjunctions
             or w.group().casefold() in lex.subordinators]
    if not links or _names_in_a_row(words, links[-1]):
        return None
    link = words[links[-1]]
    window = words[links[-1] + 1:links[-1] + 2 + MAX_SUBJECT_WORDS]
    if not window or "," in text[link.end():window[-1].end()]:
        return None
    found = [cue for pattern in (lex.verbs, lex.naming, lex.clause_verbs, lex.stance_verbs,
                                 lex.belief_verbs)
             for cue in cues(pattern, text, link.end(), window[-1].end())]
    for cue in sorted(found, key=lambda c: c.start()):
        nxt = TOKEN.search(text, cue.end(), hi)
        if nxt is not None and lex.complementisers.fullmatch(nxt.group()):
            return nxt.start()
    return None


def _names_in_a_row(words: list, i: int) -> bool:
    """'Brazil and India should ...': a conjunction between two names joins the names."""
    return 0 < i < len(words) - 1 and all(words[k].group()[:1].isupper() for k in (i - 1, i + 1))
