"""Words after a partial quote that say where it was said, not what.

'Lee said the plan was "dead" in an interview on Sunday.': the content is 'the plan
was "dead"'; the medium ("in an interview", "on Twitter", "at a rally") belongs to
the telling. Only a partial quote is cut, and only after its last closing mark:
quoted words are always content. Clauses of time, contrast or reason ("before ...",
"while ...", "because ...") stay: as often as not they are part of the statement
('it was "a mistake" to use private email while at the State Department').
"""
from __future__ import annotations

import functools
import re

from cronaca.quotes.reported import trim_end
from cronaca.quotes.speaker import TOKEN

MIN_WORDS = 3        # what is left of the clause must still be a statement
_MARKS = "\"“”«»„"


@functools.lru_cache(maxsize=16)
def _pattern(media: tuple[str, ...], dets: tuple[str, ...], preps: tuple[str, ...]) -> re.Pattern | None:
    if not media or not preps:
        return None
    det = rf"(?:(?:{'|'.join(map(re.escape, dets))})\s+)?" if dets else ""
    words = "|".join(r"\s+".join(map(re.escape, m.split())) for m in media)
    # "in an interview", "on Twitter", "in a Facebook post", "at a rally in Iowa"
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, preps))})\s+{det}(?:[\w.'’-]+\s+){{0,2}}?"
                      rf"(?:{words})(?![\w-])", re.IGNORECASE)


def trim_adjuncts(text: str, start: int, end: int, kind: str, lex) -> int:
    """The end of a partial quote's clause without the medium that closes it."""
    pattern = _pattern(lex.adjunct_media, lex.adjunct_dets, lex.adjunct_preps)
    if pattern is None or kind != "partial":
        return end
    last = max(text.rfind(ch, start, end) for ch in _MARKS)
    if last < 0:
        return end
    for m in pattern.finditer(text, last + 1, end):
        cut = trim_end(text, start, m.start())
        if len(TOKEN.findall(text, start, cut)) >= MIN_WORDS:
            return cut
    return end
