"""Words after a reported clause that say where, when or how it was said, not what.

'Lee said the plan was "dead" in an interview on Sunday, before leaving Iowa.': the
content is 'the plan was "dead"'; the medium ("in an interview", "on Twitter") and a
clause of time or contrast ("before ...", "while ...", "despite ...") belong to the
telling. A clause of reason stays ("because ...", "since ..."): it is part of what the
speaker gave as the statement. Only a partial quote is cut, and only after its last
closing mark: quoted words are always content, and in a clause without marks "before"
is as often a preposition of the statement ("will open before the winter").
"""
from __future__ import annotations

import functools
import re

from cronaca.quotes.reported import trim_end
from cronaca.quotes.speaker import TOKEN

MIN_WORDS = 3        # what is left of the clause must still be a statement
_MARKS = "\"“”«»„"


@functools.lru_cache(maxsize=16)
def _pattern(openers: tuple[str, ...], media: tuple[str, ...], dets: tuple[str, ...]):
    if not openers and not media:
        return None
    alts = [rf"(?:{'|'.join(map(re.escape, openers))})" if openers else None]
    if media:
        det = rf"(?:(?:{'|'.join(map(re.escape, dets))})\s+)?" if dets else ""
        words = "|".join(r"\s+".join(map(re.escape, m.split())) for m in media)
        alts.append(rf"(?:in|on|during|at|via|through)\s+{det}(?:[\w.'’-]+\s+){{0,2}}?(?:{words})")
    body = "|".join(a for a in alts if a)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def trim_adjuncts(text: str, start: int, end: int, kind: str, lex) -> int:
    """The end of a partial quote's clause without the adjuncts that close it."""
    pattern = _pattern(lex.adjunct_openers, lex.adjunct_media, lex.adjunct_dets)
    if pattern is None or kind != "partial":
        return end
    last = max(text.rfind(ch, start, end) for ch in _MARKS)
    if last < 0:
        return end
    lo = last + 1
    for m in pattern.finditer(text, lo, end):
        cut = trim_end(text, start, m.start())
        if len(TOKEN.findall(text, start, cut)) >= MIN_WORDS:
            return cut
    return end
