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
import functools
import re
from dataclasses import asdict, dataclass, field

from cronaca.article import Article
from cronaca.provenance.align import (CROSS_LANGUAGE_FLOOR, FACTS_ONLY_FLOOR,
                                      SAME_LANGUAGE_FLOOR, align, similarity)
from cronaca.provenance.changes import Alike, Change, Side, fact_changes, side
from cronaca.provenance.facts import SentenceFacts, sentence_facts


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
    model = embedder if embedder is not None else _default()
    vectors = None if same else _vectors(a, b, original, copy, model)
    sim = similarity(a, b, same, vectors)
    floor = (SAME_LANGUAGE_FLOOR if same else
             CROSS_LANGUAGE_FLOOR if vectors is not None else FACTS_ONLY_FLOOR)
    whole = (side(a), side(b))
    alike = Alike(model) if not same and model.ready() else None
    steps = [_step([a[i] for i in ia], [b[j] for j in jb], score, same, whole, alike)
             for ia, jb, score in align(sim, floor, None if same else floor / 2)]
    return Diff(describe(original, refs[0]), describe(copy, refs[1]), steps)


def _lang(article: Article) -> str:
    return (article.language or "?").split("-")[0]


def _vectors(a, b, original: Article, copy: Article, model):
    """Sentence vectors from the multilingual model, when it covers both languages."""
    if not (a and b and model.covers(original.language) and model.covers(copy.language)):
        return None
    return model.embed_texts([s.text for s in a]), model.embed_texts([s.text for s in b])


@functools.lru_cache(maxsize=1)
def _default():
    """One model for every diff of a run (loading it takes about a second)."""
    from cronaca.links.embed import Embedder
    return Embedder()


def _step(orig: list[SentenceFacts], copy: list[SentenceFacts], score: float,
          same: bool, whole: tuple[Side, Side], alike: Alike | None) -> Step:
    pieces = ([Piece(s.start, s.end, s.text) for s in orig],
              [Piece(s.start, s.end, s.text) for s in copy])
    if not copy:
        return Step("dropped", *pieces, score)
    if not orig:
        return Step("added", *pieces, score)
    changes = fact_changes(side(orig, whole[0]), side(copy, whole[1]), alike)
    word_ops = _word_diff(" ".join(s.text for s in orig), " ".join(s.text for s in copy)) \
        if same else []
    if changes:
        op = "changed"
    elif not same:
        op = "translated"
    else:
        op = "same" if all(o == "=" for o, _ in word_ops) else "edited"
    return Step(op, *pieces, score, changes, word_ops)


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
