"""How strongly an article belongs with another article, and with a story.

Two signals, both language-independent once computed: the cosine of the
multilingual embeddings (only when both articles have one: USE covers 16
languages) and the names, speakers, numbers and dates they share, each weighted
by its rarity in the corpus (IDF), so "Russia" or "2018" weigh little and
"Asia Bibi" or "Nord Stream 2" much. A link already found (a translation, a
rewrite) counts as at least its own score.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

Fact = tuple[str, str]          # (kind, normalised value), as in link_features
KIND_WEIGHT = {"name": 1.0, "speaker": 1.0, "number": 0.5, "date": 0.5}


@dataclass(frozen=True)
class Thresholds:
    """Chosen on two BSNLP topics only (asia_bibi, ec); see docs/stories.md."""
    join: float = 0.2            # an article joins the best story scoring at least this
    merge: float = 0.4           # ... and a second story it scores this with is merged in
    embedding_weight: float = 0.5   # share of the embedding in the score when both have one
    cosine_floor: float = 0.2    # cosine of unrelated articles: counted from here up
    top: int = 3                 # a story's score: mean of its best `top` article scores
    window_days: int = 30        # compare only with articles at most this far apart in time


@dataclass
class Side:
    id: int
    facts: set[Fact]
    vector: np.ndarray | None
    day: int | None              # days since epoch of the publication date, if known


def weight(fact: Fact, df: Mapping[Fact, int], n: int) -> float:
    """Kind weight times a smoothed IDF: log((n + 1) / df), ~0 for a fact in every article."""
    return KIND_WEIGHT.get(fact[0], 0.5) * math.log((n + 1) / max(1, df.get(fact, 1)))


def fact_similarity(a: set[Fact], b: set[Fact], df: Mapping[Fact, int], n: int) -> float:
    """Cosine of the IDF-weighted fact sets: 1 for the same rare facts, 0 for none shared."""
    shared = a & b
    if not shared:
        return 0.0
    w2 = {f: weight(f, df, n) ** 2 for f in a | b}
    na, nb = sum(w2[f] for f in a), sum(w2[f] for f in b)
    return sum(w2[f] for f in shared) / math.sqrt(na * nb) if na and nb else 0.0


def pair_score(a: Side, b: Side, df: Mapping[Fact, int], n: int, t: Thresholds,
               link: float = 0.0) -> float:
    facts = fact_similarity(a.facts, b.facts, df, n)
    score = facts
    if a.vector is not None and b.vector is not None:
        cosine = float(a.vector @ b.vector)
        rescaled = max(0.0, (cosine - t.cosine_floor) / (1.0 - t.cosine_floor))
        score = t.embedding_weight * rescaled + (1 - t.embedding_weight) * facts
    return max(score, link)


def story_score(scores: list[float], size: int, top: int) -> float:
    """Mean of the best ``top`` scores with the story's ``size`` articles (all of them
    if fewer; members not among the candidates count 0): one close article is not
    enough to pull a new one into a large story, nor is every member needed."""
    best = sorted(scores, reverse=True)[:top]
    return sum(best) / min(top, max(size, 1)) if best else 0.0


def in_window(a: Side, b: Side, days: int) -> bool:
    return a.day is None or b.day is None or abs(a.day - b.day) <= days
