"""Words with offsets, and where any word is capitalised (sentence start, after a colon)."""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:[-‐'’][^\W_]+)*")
_STARTERS = set(".:!?\"«“„”'‘—–-")   # not "(": a parenthesis keeps the case of the sentence
_ELIDED = frozenset("l dell all nell sull dall coll qu un".split())  # Italian, French articles
ROMAN = re.compile(r"^[IVXLC]+$")     # "Benedetto XVI" continues a name, "XX secolo" starts none


@dataclass
class Token:
    start: int
    end: int
    text: str
    opens: bool = False                  # at a position where any word is capitalised

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        start, word = m.start(), m.group()
        before = _tail_before(text, start)
        if word[-2:] in ("'s", "’s"):      # English possessive: "Trump's" is "Trump", not "s"
            word = word[:-2]
        # elision ("dell'Onu", "L'Italia", "l'agenzia"), not a name ("O'Brien", "D'Alema")
        head, sep, tail = word.replace("’", "'").partition("'")
        if sep and tail and (head.islower() or tail[:1].islower() or head.lower() in _ELIDED):
            start, word = start + len(head) + 1, word[len(head) + 1:]
        opens = not before or before[-1] in _STARTERS
        if opens and _after_initial(before):
            opens = False        # "George W. Bush": a full stop after an initial ends no sentence
        out.append(Token(offset + start, offset + start + len(word), word, opens))
    return out


def _tail_before(text: str, at: int, size: int = 3) -> str:
    """The last ``size`` characters of text[:at].rstrip(), without copying the prefix."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[max(0, end - size):end]


def _after_initial(before: str) -> bool:
    return (before.endswith(".") and len(before) >= 2 and before[-2].isupper()
            and (len(before) == 2 or not before[-3].isalnum()))


def joined(text: str, a: Token, b: Token, any_gap: bool = False) -> bool:
    gap = text[a.end:b.start]
    if any_gap:      # only words and spaces between: no punctuation
        return not re.search(r"[^\w\s'’]", gap)
    if gap.strip() == "" and "\n" not in gap:
        return True
    # initials: "J. R. R. Tolkien", "George W. Bush"
    return gap.strip() == "." and len(a.text) == 1


Ends = dict[int, tuple[list[Token], int]]


def by_end(sentences: list[list[Token]]) -> Ends:
    """Where each token ends: its sentence's tokens and its index there (to go on past a name).
    Built once an article (``context_passes.refined``) for the passes that read past a name."""
    return {t.end: (tokens, k) for tokens in sentences for k, t in enumerate(tokens)}
