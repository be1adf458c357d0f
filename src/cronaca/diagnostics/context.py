"""The words of an article as the detectors see them, computed once per article.

Each word knows its sentence, whether it is part of a name (an entity mention,
a capitalised word inside a sentence, an acronym), whether it stands inside
quotation marks or a direct quote, and whether it is masked (URL, e-mail,
handle, hashtag, file name, markup, a word with digits, an embedded post):
detectors never judge masked words, and only some of them judge names and
quoted words.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from cronaca.article import Article

_WORD = re.compile(r"[^\W_]+(?:[-‐'’][^\W_]+)*")
# Things that are not prose words: never a non-word, never part of a fragment.
# (an address starts where a token starts, and its user part is at most 64 characters: tried
# at every character of a long token, "\S+@" costs time quadratic in the token's length)
_MASKS = re.compile(
    r"https?://\S+|www\.\S+|(?<!\S)[^\s@]{1,64}@\S+\.\w+|(?<!\S)[^\s(\[]{1,64}[(\[]at[)\]]\S+"
    r"|[@#][\w.]+|\{\{.*?\}\}|<[^<>\n]{1,200}>|&#?\w+;"
    r"|\b[\w-]+\.(?:com|org|net|info|gov|edu|html?|php|jpe?g|png|gif|pdf|[a-z]{2})\b"
    r"|\b\w*[_\d]\w*\b")
# Paired quotation marks inside one paragraph: text left in the original language.
_QUOTED = re.compile(r'"[^"\n]{1,1500}"|“[^”\n]{1,1500}”|„[^“”\n]{1,1500}[“”]|«[^»\n]{1,1500}»'
                     r"|»[^«\n]{1,1500}«|\([^()\n]{1,300}\)")
# An embedded social-media post signs off with its author's handle and a date ("— Jan Novák
# (@jnovak) 31. října 2018"); its text, at most POST characters before, is someone else's.
_SIGNATURE = re.compile(r"\(@\w{1,30}\)(?:[^\n]{0,30}?\b(?:19|20)\d\d\b)?")
POST = 280
_OPENERS = set(".:!?\"«»“”„'‘(—–-[•*|>")


@dataclass
class Word:
    start: int
    end: int
    text: str
    sentence: int                 # index into article.sentences
    opens: bool = False           # where any word may be capitalised (sentence start, after ":")
    name: bool = False            # entity mention, capitalised mid-sentence, acronym, camelCase
    quoted: bool = False          # inside quotation marks, parentheses or a direct quote
    masked: bool = False          # URL, handle, number, markup...: not a prose word


@dataclass
class Context:
    article: Article
    lang: str
    words: list[Word] = field(default_factory=list)

    def sentence_words(self) -> list[list[Word]]:
        out: list[list[Word]] = [[] for _ in self.article.sentences]
        for word in self.words:
            out[word.sentence].append(word)
        return out


def build(article: Article) -> Context:
    text = article.text
    names = _intervals((m.start, m.end) for e in article.entities for m in e.mentions)
    quoted = _intervals([(m.start(), m.end()) for m in _QUOTED.finditer(text)]
                        + [(q.start, q.end) for q in article.quotes if q.kind != "indirect"])
    masked = _intervals([(m.start(), m.end()) for m in _MASKS.finditer(text)] + _posts(text))
    words = []
    for n, sentence in enumerate(article.sentences):
        for m in _WORD.finditer(text, sentence.start, sentence.end):
            before = _previous_char(text, sentence.start, m.start())
            word = Word(m.start(), m.end(), m.group(), n, opens=not before or before in _OPENERS)
            word.masked = masked.overlaps(word.start, word.end)
            word.quoted = quoted.overlaps(word.start, word.end)
            word.name = names.overlaps(word.start, word.end) or _looks_like_name(word)
            words.append(word)
    return Context(article, article.language or "und", words)


def _posts(text: str) -> list[tuple[int, int]]:
    """Embedded posts: from POST characters before a signature (not before its line) to its end."""
    out = []
    for m in _SIGNATURE.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        out.append((max(line, m.start() - POST), m.end()))
    return out


def _previous_char(text: str, floor: int, at: int) -> str:
    """The last non-space character before ``at`` in the sentence, or ""."""
    at -= 1
    while at >= floor and text[at].isspace():
        at -= 1
    return text[at] if at >= floor else ""


def _looks_like_name(word: Word) -> bool:
    w = word.text
    if w.isupper() and len(w) > 1:           # acronyms: "NATO", "ONU"
        return True
    if w[1:] != w[1:].lower():               # "iPhone", "McCain", "Il-Sung"
        return True
    return w[:1].isupper() and not word.opens


class _intervals:
    """Sorted, merged (start, end) spans with an overlap test."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start
