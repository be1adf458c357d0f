"""Two apostrophes written for a double quotation mark: ''We will win,'' he said.

Some wire and archive text (ASCII-only pipelines) writes each double mark as
two single ones. The quote finders read one character per mark, so before they
run, each such pair is rewritten, in a copy of the text of the same length, as
one double mark and a space on its outer side: ``''We`` becomes `` "We`` and
``win,''`` becomes ``win," ``. Offsets stay those of the real text.
"""
from __future__ import annotations

import re

# a pair after a letter that itself ends in an apostrophe ("the students'' ") is rare;
# a pair is an opening mark when a word follows it and no word stands before it
_PAIR = re.compile(r"''")


def rewrite_pairs(text: str) -> str:
    """The text with each '' pair as one double mark (same length); unchanged without one."""
    if "''" not in text:
        return text
    chars = list(text)
    for m in _PAIR.finditer(text):
        i = m.start()
        before = text[i - 1] if i else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        if (before.isspace() or before in "([{—–-/:") and not after.isspace():
            chars[i], chars[i + 1] = " ", '"'          # opening: the mark next to its word
        else:
            chars[i], chars[i + 1] = '"', " "          # closing
    return "".join(chars)


def whole_pairs(text: str, start: int, end: int) -> tuple[int, int]:
    """A span of the real text widened to hold both apostrophes of a pair at its edges:
    a span read in the rewritten copy stops after the one that became the mark."""
    if start > 0 and text[start - 1:start + 1] == "''":
        start -= 1
    if end < len(text) and text[end - 1:end + 1] == "''":
        end += 1
    return start, end
