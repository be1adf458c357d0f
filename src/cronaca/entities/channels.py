"""Broadcasters named with "TV" or a number word after them: "Ronahî TV", "Rai Due", "Radio Tre".

"TV" alone names nothing ("in TV"), so it is among ``not_names`` and the runs of capitals stop
before it; after a name, written as one with it, it ends a channel's name. A number word after a
broadcaster's name ("Rai", "Radio": ``broadcasters``) is the channel's number, as "Rai 2" is (``channel_numbers``;
the runs stop at it because number words open sentences capitalised: "Due residenti ...").
"""
from __future__ import annotations

import dataclasses

from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.tokens import Ends, Token


def with_channels(text: str, ends: Ends, found: list, lex: Lexicon) -> list:
    """``found`` with the names that run into "TV" or a channel's number extended over it."""
    out = []
    for c in found:
        at = ends.get(c.end) if c.kind == "name" else None
        nxt = at[0][at[1] + 1] if at and at[1] + 1 < len(at[0]) else None
        if nxt is not None and text[c.end:nxt.start] == " " and _channel_word(c, nxt, lex):
            c = dataclasses.replace(c, end=nxt.end, text=text[c.start:nxt.end], type="ORG")
        out.append(c)
    return out


def _channel_word(c, t: Token, lex: Lexicon) -> bool:
    """"TV" after a name; "Due" after "Rai"."""
    word = fold(t.text)
    if t.text.isupper() and word in lex.org_words and word in lex.not_names:
        return not lex.place(c.text)        # "Ronahî TV"; a place then "TV" is rather "in Italia TV ..."
    return t.cap and word in lex.channel_numbers and fold(c.text.split()[-1]) in lex.broadcasters
