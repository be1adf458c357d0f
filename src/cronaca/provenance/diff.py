"""What a copy changed against its original, sentence by sentence.

    from cronaca.provenance import diff
    result = diff(original, copy)          # two analysed Articles, any two languages
    result.changes                         # [Change('place', 'Russia', 'Unione Sovietica'), ...]

Each step of the result is one aligned piece: ``same`` (identical text), ``edited``
(same language, words changed but no name, number or date), ``translated`` (another
language, every fact kept), ``changed`` (a name, place, number or date differs),
``dropped`` (only in the original) or ``added`` (only in the copy).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import asdict, dataclass, field

from cronaca.article import Article
from cronaca.links.text import words
from cronaca.provenance.align import (CROSS_LANGUAGE_FLOOR, FACTS_ONLY_FLOOR,
                                      SAME_LANGUAGE_FLOOR, align, similarity)
from cronaca.provenance.facts import SentenceFacts, sentence_facts


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


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    text: str


@dataclass
class Step:
    op: str                        # same | edited | translated | changed | dropped | added
    original: list[Piece]
    copy: list[Piece]
    similarity: float
    changes: list[Change] = field(default_factory=list)
    words: list[tuple[str, str]] = field(default_factory=list)   # same language: (op, text)


@dataclass
class Diff:
    original: dict                 # {id, title, language, source}
    copy: dict
    steps: list[Step]

    @property
    def changes(self) -> list[Change]:
        return [c for step in self.steps for c in step.changes]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for step in self.steps:
            out[step.op] = out.get(step.op, 0) + 1
        return out

    def to_dict(self) -> dict:
        return {"original": self.original, "copy": self.copy, "counts": self.counts(),
                "changes": [asdict(c) for c in self.changes],
                "steps": [asdict(s) for s in self.steps]}


def describe(article: Article, ref=None) -> dict:
    return {"id": ref if ref is not None else article.id, "title": article.title,
            "language": article.language, "source": article.source}


def diff(original: Article, copy: Article, embedder=None, refs=(None, None)) -> Diff:
    a, b = sentence_facts(original), sentence_facts(copy)
    same = _lang(original) == _lang(copy)
    vectors = None if same else _vectors(a, b, original, copy, embedder)
    sim = similarity(a, b, same, vectors)
    floor = (SAME_LANGUAGE_FLOOR if same else
             CROSS_LANGUAGE_FLOOR if vectors is not None else FACTS_ONLY_FLOOR)
    steps = [_step([a[i] for i in ia], [b[j] for j in jb], score, same)
             for ia, jb, score in align(sim, floor)]
    return Diff(describe(original, refs[0]), describe(copy, refs[1]), steps)


def _lang(article: Article) -> str:
    return (article.language or "?").split("-")[0]


def _vectors(a, b, original: Article, copy: Article, embedder):
    """Sentence vectors from the multilingual model, when it covers both languages."""
    if embedder is None:
        from cronaca.links.embed import Embedder
        embedder = Embedder()
    if not (a and b and embedder.covers(original.language) and embedder.covers(copy.language)):
        return None
    return (embedder.embed_texts([s.text for s in a]), embedder.embed_texts([s.text for s in b]))


def _step(orig: list[SentenceFacts], copy: list[SentenceFacts], score: float,
          same: bool) -> Step:
    pieces = ([Piece(s.start, s.end, s.text) for s in orig],
              [Piece(s.start, s.end, s.text) for s in copy])
    if not copy:
        return Step("dropped", *pieces, score)
    if not orig:
        return Step("added", *pieces, score)
    changes = fact_changes(orig, copy)
    word_ops = _word_diff(" ".join(s.text for s in orig), " ".join(s.text for s in copy)) \
        if same else []
    if changes:
        op = "changed"
    elif not same:
        op = "translated"
    else:
        op = "same" if all(o == "=" for o, _ in word_ops) else "edited"
    return Step(op, *pieces, score, changes, word_ops)


def fact_changes(orig: list[SentenceFacts], copy: list[SentenceFacts]) -> list[Change]:
    """Names, places, numbers and dates one side states and the other does not; a lone
    difference on each side is one changed fact ("Russia" → "Unione Sovietica")."""
    changes = _names(orig, copy)
    for kind, attr in (("number", "numbers"), ("date", "dates")):
        mine = {k: v for s in orig for k, v in getattr(s, attr).items()}
        theirs = {k: v for s in copy for k, v in getattr(s, attr).items()}
        changes += _pair(kind, [mine[k] for k in mine if k not in theirs],
                         [theirs[k] for k in theirs if k not in mine])
    return changes


def _names(orig: list[SentenceFacts], copy: list[SentenceFacts]) -> list[Change]:
    mine = {k: v for s in orig for k, v in s.names.items()}
    theirs = {k: v for s in copy for k, v in s.names.items()}
    copy_text = _folded(" ".join(s.text for s in copy))
    orig_text = _folded(" ".join(s.text for s in orig))
    # a name the other side writes but did not tag (or inflects) is not a change
    lost = [v for k, v in mine.items() if k not in theirs and not _written(v[0], copy_text)]
    new = [v for k, v in theirs.items() if k not in mine and not _written(v[0], orig_text)]
    if len(lost) == len(new):
        return [Change("place" if "LOC" in (x[1], y[1]) else "name", x[0], y[0])
                for x, y in zip(lost, new)]
    return ([Change(_kind(t), x, None) for x, t in lost]
            + [Change(_kind(t), None, y) for y, t in new])


def _kind(entity_type: str) -> str:
    return "place" if entity_type == "LOC" else "name"


def _pair(kind: str, lost: list[str], new: list[str]) -> list[Change]:
    if len(lost) == len(new):
        return [Change(kind, x, y) for x, y in zip(lost, new)]
    return [Change(kind, x, None) for x in lost] + [Change(kind, None, y) for y in new]


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


def _word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """Word-level difference for one language: '=' kept, '-' only in the original,
    '+' only in the copy (punctuation is a word of its own)."""
    x, y = _TOKEN.findall(a), _TOKEN.findall(b)
    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, [t.strip() for t in x], [t.strip() for t in y],
                                      autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("=", "".join(x[i1:i2]).strip()))
            continue
        if i2 > i1:
            out.append(("-", "".join(x[i1:i2]).strip()))
        if j2 > j1:
            out.append(("+", "".join(y[j1:j2]).strip()))
    return out


_TOKEN = re.compile(r"\w+\s*|[^\w\s]+\s*")
