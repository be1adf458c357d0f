"""What two articles are to each other: duplicate, rewrite, translation, same story.

The thresholds were set before looking at the test set, from what the measures
mean: word 3-shingle Jaccard drops by about 3 shingles for each changed word, so a
copy with a few words edited stays above 0.7 while two independent articles on
one story share under 0.05; multilingual USE gives .83-.92 between a paragraph and
its translation and under .1 between unrelated texts (docs/research); a translation
keeps nearly all names, numbers and dates, a different article on the story some.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from cronaca.links import minhash
from cronaca.links.evidence import Overlap, overlap
from cronaca.links.store import Side

DUPLICATE, REWRITE, TRANSLATION, SAME_STORY = "duplicate", "rewrite", "translation", "same_story"
KINDS = (DUPLICATE, REWRITE, TRANSLATION, SAME_STORY)


@dataclass(frozen=True)
class Thresholds:
    duplicate_jaccard: float = 0.7
    rewrite_jaccard: float = 0.15
    translation_cosine: float = 0.7
    translation_dice: float = 0.4     # names, numbers, dates shared (2|A∩B|/(|A|+|B|))
    story_cosine: float = 0.45
    story_facts: int = 2
    length_ratio: float = 1.8         # a translation is at most this much longer
    # without embeddings (a language USE does not cover): evidence only, stricter
    fallback_dice: float = 0.6
    fallback_facts: int = 4
    fallback_story_dice: float = 0.3


@dataclass
class Link:
    a: int
    b: int
    kind: str
    score: float
    evidence: list[str] = field(default_factory=list)


def _lang(side: Side) -> str:
    return (side.language or "?").split("-")[0]


def classify(a: Side, b: Side, t: Thresholds = Thresholds()) -> Link | None:
    facts = overlap(a.facts, b.facts)
    if _lang(a) == _lang(b) and _lang(a) != "?":
        jaccard = minhash.jaccard(a.signature, b.signature)
        if jaccard >= t.duplicate_jaccard:
            return Link(a.id, b.id, DUPLICATE, jaccard,
                        [f"text shared: {jaccard:.0%} of word 3-grams"] + facts.sentences())
        if jaccard >= t.rewrite_jaccard:
            return Link(a.id, b.id, REWRITE, min(1.0, 0.5 + jaccard),
                        [f"text shared: {jaccard:.0%} of word 3-grams, the rest edited"]
                        + facts.sentences())
        return _story(a, b, facts, t)
    return _translation(a, b, facts, t) or _story(a, b, facts, t)


def _cosine(a: Side, b: Side) -> float | None:
    if a.vector is None or b.vector is None:
        return None
    return float(a.vector @ b.vector)


def _length_ok(a: Side, b: Side, t: Thresholds) -> tuple[bool, float]:
    ratio = max(a.chars, b.chars) / max(1, min(a.chars, b.chars))
    return ratio <= t.length_ratio, ratio


def _translation(a: Side, b: Side, facts: Overlap, t: Thresholds) -> Link | None:
    fits, ratio = _length_ok(a, b, t)
    cosine = _cosine(a, b)
    if not fits or facts.count < t.story_facts:
        return None
    shape = f"lengths alike (ratio {ratio:.2f})"
    if cosine is not None:
        if cosine >= t.translation_cosine and facts.dice >= t.translation_dice:
            score = 0.5 * cosine + 0.5 * facts.dice
            return Link(a.id, b.id, TRANSLATION, score,
                        [f"same content across languages (embedding similarity {cosine:.2f})",
                         shape] + facts.sentences())
        return None
    if facts.dice >= t.fallback_dice and facts.count >= t.fallback_facts:
        return Link(a.id, b.id, TRANSLATION, 0.6 * facts.dice,
                    [_no_embedding(a, b), shape] + facts.sentences())
    return None


def _story(a: Side, b: Side, facts: Overlap, t: Thresholds) -> Link | None:
    if facts.count < t.story_facts:
        return None
    cosine = _cosine(a, b)
    if cosine is not None:
        if cosine < t.story_cosine:
            return None
        return Link(a.id, b.id, SAME_STORY, 0.5 * cosine + 0.5 * facts.coverage,
                    [f"related content (embedding similarity {cosine:.2f})"]
                    + facts.sentences())
    if facts.dice >= t.fallback_story_dice and facts.count >= t.fallback_facts - 1:
        return Link(a.id, b.id, SAME_STORY, 0.5 * facts.dice,
                    [_no_embedding(a, b)] + facts.sentences())
    return None


def _no_embedding(a: Side, b: Side) -> str:
    missing = sorted({_lang(s) for s in (a, b) if s.vector is None})
    return (f"no embedding for {', '.join(missing)} (not covered by the multilingual "
            "model, or the model is not installed): names and numbers only, lower score")
