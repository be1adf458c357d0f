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
KIND_WEIGHT = {"name": 1.0, "speaker": 1.0, "word": 1.0, "number": 0.5, "date": 0.5}
NAMED = ("name", "speaker", "word")        # "word": a name's word cut to a stem (data.py)


@dataclass(frozen=True)
class Thresholds:
    """join, merge, top and window_days chosen on two BSNLP topics only (asia_bibi, ec);
    the embedding weight and floor by reasoning (see docs/stories.md)."""
    join: float = 0.05           # an article joins the best story scoring at least this
    merge: float = 0.3           # ... and a second story it scores this with is merged in
    embedding_weight: float = 0.5   # share of the embedding in the score when both have one
    cosine_floor: float = 0.35   # unrelated articles reach it (0.05-0.41 in tests/fixtures)
    min_shared: int = 2          # facts in common for any score (as for a same-story link)
    top: int = 1                 # a story's score: mean of its best `top` article scores
    window_days: int = 90        # compare only with articles at most this far apart in time


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
    """Weighted Dice of the fact sets, 2 w(A∩B) / (w(A) + w(B)): 1 for the same facts,
    0 for none shared. Linear weights, not a cosine of squared ones: a name the entity
    step got wrong is rare, and squared it would outweigh the names two articles share
    (on the tuning topics, same-topic pairs across languages: median 0.02 against 0.004)."""
    shared = a & b
    if not shared:
        return 0.0
    w = {f: weight(f, df, n) for f in a | b}
    total = sum(w[f] for f in a) + sum(w[f] for f in b)
    return 2 * sum(w[f] for f in shared) / total if total else 0.0


def pair_score(a: Side, b: Side, df: Mapping[Fact, int], n: int, t: Thresholds,
               link: float = 0.0) -> float:
    shared = a.facts & b.facts
    if len(shared) < t.min_shared:     # one name or number in common is chance
        return link
    facts = fact_similarity(a.facts, b.facts, df, n)
    score = facts
    # embeddings alone group by genre (two rail strikes in two countries: cosine 0.7),
    # so they count only between articles that name someone or something in common
    named = any(kind in NAMED for kind, _ in shared)
    if named and a.vector is not None and b.vector is not None:
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
