"""Link nominal mentions ("il presidente russo", "the Russian president") to a person.

Only when the text supports it: the article named someone with that title
("il Presidente russo Vladimir Putin") and, when the nominal names a country,
with that country too; if several people fit, or none, the nominal is left
out. Precision over guessing: a wrong link puts words in the wrong mouth.
"""
from __future__ import annotations

from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.candidates import Candidate
from cronaca.entities.tokens import tokenize
from cronaca.entities.merge import Group


def link_nominals(text: str, spans, groups: list[Group], cands: list[Candidate], lex: Lexicon) -> None:
    people = [g for g in groups if g.titles and g.type in ("PER", None)]
    if not people:
        return
    starts = {c.start for c in cands if c.kind == "name"}
    for s, e in spans:
        tokens = tokenize(text[s:e], s)
        for i, t in enumerate(tokens):
            title = fold(t.text)
            if title not in lex.person_titles:
                continue
            near = tokens[max(0, i - 1):i + 3]
            if any(n.start in starts for n in near[1:]):   # "presidente Putin": a title, not a nominal
                continue
            span, country = _with_adjective(tokens, i, lex)
            fits = [g for g in people if title in g.titles and (not country or country in g.countries)]
            if len(fits) == 1:
                start, end = span
                fits[0].members.append(Candidate(start, end, text[start:end], "PER", "nominal"))


def _with_adjective(tokens, i, lex: Lexicon):
    """The title's span, widened to an adjacent demonym ("presidente russo", "Russian president")."""
    start, end = tokens[i].start, tokens[i].end
    for j in (i + 1, i - 1):
        if 0 <= j < len(tokens):
            code = lex.demonym(tokens[j].text)
            if code:
                return (min(start, tokens[j].start), max(end, tokens[j].end)), code
    return (start, end), ""
