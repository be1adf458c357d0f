"""Facts that differ between an aligned piece of the original and of the copy.

A fact is a name (an entity typed person, organisation or place and written with a
capital: MISC is what the recogniser could not vouch for, and a lower-case institution
such as "consiglio comunale" is a common noun another language translates), a number
or a day-month date. Within an aligned pair, a fact only the original states and one only
the copy states, alone of their kind, are one change ("Russia" → "Unione Sovietica"):
the strongest sign of an edit. A fact missing on one side with nothing in its place
counts only when the other article does not state it anywhere (the recogniser may
have missed it in that sentence, or the translator moved it).

Across languages a name may be translated rather than transliterated ("Rome"/"Roma",
"Sardinien"/"Sardegna", "Ministry of Ecological Transition"/"Ministerio para la
Transición Ecológica"): two names that share no word and whose multilingual
embeddings are close (cosine 0.8 or more; "Russia"/"Unione Sovietica" is 0.56,
"Germany"/"Germania Est" 0.78) are one name. Names that share a word are never
merged this way: "Kim Jong Un"/"Kim Jong Il" stays a change.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from cronaca.links.text import words
from cronaca.provenance.facts import SentenceFacts

NAME_TYPES = ("PER", "ORG", "LOC")
SAME_NAME_COSINE = 0.8


@dataclass(frozen=True)
class Change:
    kind: str                      # "name" | "place" | "number" | "date"
    original: str | None           # as the original writes it; None: added by the copy
    copy: str | None               # as the copy writes it; None: dropped by the copy

    def __str__(self) -> str:
        if self.original and self.copy:
            return f"{self.kind} changed: {self.original} → {self.copy}"
        if self.original:
            return f"{self.kind} dropped: {self.original}"
        return f"{self.kind} added: {self.copy}"


@dataclass
class Side:
    """Facts of a piece of one article, and of the whole article, to look things up."""
    facts: dict[str, dict[str, tuple[str, str]]]       # kind -> key -> (as written, type)
    words: set[str]                                     # first five letters of its words
    untyped: list[str]                  # MISC names and capitalised words, as written
    article: "Side | None" = field(default=None, repr=False)

    def states(self, kind: str, key: str, written: str) -> bool:
        return key in self.facts[kind] or (kind == "name" and _written(written, self.words))


def side(sentences: list[SentenceFacts], article: "Side | None" = None) -> Side:
    facts: dict[str, dict] = {"name": {}, "number": {}, "date": {}}
    untyped = []
    for s in sentences:
        for key, (text, kind) in s.names.items():
            if kind in NAME_TYPES and any(c.isupper() for c in text):
                facts["name"].setdefault(key, (text, kind))
            else:
                untyped.append(text)
        untyped += [w for w in _WORD.findall(s.text) if w[0].isupper()]
        for key, text in s.numbers.items():
            facts["number"].setdefault(key, (text, "number"))
        for key, text in s.dates.items():
            facts["date"].setdefault(key, (text, "date"))
    return Side(facts, _folded(" ".join(s.text for s in sentences)), untyped, article)


class Alike:
    """Translated names, by their multilingual embeddings (``embedder``: links.embed)."""

    def __init__(self, embedder) -> None:
        self.embedder = embedder
        self._vectors: dict[str, object] = {}

    def __call__(self, a: str, b: str) -> bool:
        if set(words(a)) & set(words(b)):
            return False
        va, vb = self._vector(a), self._vector(b)
        return float(va @ vb) >= SAME_NAME_COSINE

    def _vector(self, name: str):
        if name not in self._vectors:
            self._vectors[name] = self.embedder.embed_texts([name])[0]
        return self._vectors[name]


def fact_changes(orig: Side, copy: Side, alike: Alike | None = None) -> list[Change]:
    changes = []
    for kind in ("name", "number", "date"):
        lost = [v for k, v in orig.facts[kind].items() if not copy.states(kind, k, v[0])]
        new = [v for k, v in copy.facts[kind].items() if not orig.states(kind, k, v[0])]
        if kind == "name" and alike is not None:
            lost, new = _untranslated(lost, new, orig, copy, alike)
        if lost and len(lost) == len(new):
            changes += [Change(_label(kind, x[1], y[1]), x[0], y[0]) for x, y in zip(lost, new)]
            continue
        lost = [v for v in lost if not _anywhere(copy, kind, orig, v)]
        new = [v for v in new if not _anywhere(orig, kind, copy, v)]
        changes += [Change(_label(kind, t), x, None) for x, t in lost]
        changes += [Change(_label(kind, t), None, y) for y, t in new]
    return changes


def _untranslated(lost, new, orig: Side, copy: Side, alike: Alike):
    """Drop the names that are the same name translated."""
    theirs = [v[0] for v in new] + copy.untyped
    lost = [v for v in lost if not any(alike(v[0], t) for t in theirs)]
    mine = [v[0] for v in orig.facts["name"].values()] + orig.untyped
    new = [v for v in new if not any(alike(v[0], t) for t in mine)]
    return lost, new


def _anywhere(other: Side, kind: str, mine: Side, value: tuple[str, str]) -> bool:
    """The other article states the fact somewhere (by key or by its written form)."""
    key = next(k for k, v in mine.facts[kind].items() if v == value)
    return other.article is not None and other.article.states(kind, key, value[0])


def _label(kind: str, *types: str) -> str:
    if kind != "name":
        return kind
    return "place" if "LOC" in types else "name"


_WORD = re.compile(r"[^\W\d_]{2,}")


def _folded(text: str) -> set[str]:
    return {w[:5] for w in words(text)}


def _written(name: str, folded: set[str]) -> bool:
    """The name's own words (its capitalised ones: "porto di Tallinn" is Tallinn) appear
    on the other side, by their first five letters, which lets inflected forms through
    ("Putina"/"Putin" match, "Mosca"/"Moscow" do not)."""
    parts = name.split()
    proper = [p for p in parts if p[:1].isupper()] or parts
    keys = [w[:5] for p in proper for w in words(p)]
    return bool(keys) and all(k in folded for k in keys)
