"""Sentence alignment of a copy with its original, in one language or across two.

How alike two sentences are:
- same language: the share of words they have in common (Dice on word sets);
- across languages: multilingual sentence embeddings (when the model is installed)
  together with the names, numbers and dates both sentences state; without the
  model, those facts and shared character trigrams (names, numbers and cognates are
  written alike in Latin-script languages).
Alignment keeps the order of both texts (a translation or a rewrite rarely moves
sentences across the article): dynamic programming over the similarity matrix,
matching a pair only above a floor, so what one side lacks stays unmatched. Across
languages, a sentence the translator merged into its neighbour's is attached to that
pair, and a sentence dropped and one added at the same place that are half as alike
as the floor asks are one loosely translated sentence.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from cronaca.links.text import words
from cronaca.provenance.facts import SentenceFacts

SAME_LANGUAGE_FLOOR = 0.3
CROSS_LANGUAGE_FLOOR = 0.45
FACTS_ONLY_FLOOR = 0.3      # across languages without the model: trigrams score lower


def dice(a: set, b: set) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def _fact_set(s: SentenceFacts) -> set:
    """Typed names (MISC is mostly noise across languages), numbers, dates."""
    return ({("n", k) for k, (_, kind) in s.names.items() if kind != "MISC"}
            | {("#", k) for k in s.numbers} | {("d", k) for k in s.dates})


def _trigrams(text: str) -> set[str]:
    folded = " ".join(words(text))
    return {folded[i:i + 3] for i in range(len(folded) - 2)}


def similarity(a: Sequence[SentenceFacts], b: Sequence[SentenceFacts], same_language: bool,
               vectors: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    """An |a| x |b| matrix of similarities in [0, 1]."""
    out = np.zeros((len(a), len(b)), dtype=np.float32)
    if same_language:
        wa, wb = [set(words(s.text)) for s in a], [set(words(s.text)) for s in b]
        for i, x in enumerate(wa):
            for j, y in enumerate(wb):
                out[i, j] = dice(x, y)
        return out
    fa, fb = [_fact_set(s) for s in a], [_fact_set(s) for s in b]
    cosine = np.clip(vectors[0] @ vectors[1].T, 0, 1) if vectors is not None else None
    ta = tb = None
    if cosine is None:
        ta, tb = [_trigrams(s.text) for s in a], [_trigrams(s.text) for s in b]
    for i in range(len(a)):
        for j in range(len(b)):
            text = cosine[i, j] if cosine is not None else dice(ta[i], tb[j])
            if fa[i] or fb[j]:
                out[i, j] = 0.6 * text + 0.4 * dice(fa[i], fb[j])
            else:
                out[i, j] = text
    return out


def align(sim: np.ndarray, floor: float, gap_floor: float | None = None
          ) -> list[tuple[list[int], list[int], float]]:
    """Monotonic alignment: (original indices, copy indices, similarity) in text order;
    an empty side is a sentence dropped (or added) by the copy. ``gap_floor`` (across
    languages): pair a sentence dropped and one added at the same place when they are
    this alike, and attach sentences merged into one by the translator. In one language
    neither: short unrelated sentences share enough small words to pass."""
    n, m = sim.shape
    best = np.zeros((n + 1, m + 1), dtype=np.float64)
    move = np.zeros((n + 1, m + 1), dtype=np.int8)      # 0 match, 1 skip original, 2 skip copy
    move[1:, 0], move[0, 1:] = 1, 2
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            # on a tie, a gap in the copy is taken last, so in reading order what the
            # original lost comes before what the copy put in its place
            options = (best[i - 1, j - 1] + sim[i - 1, j - 1] - floor
                       if sim[i - 1, j - 1] >= floor else -np.inf,
                       best[i, j - 1], best[i - 1, j])
            k = int(np.argmax(options))
            best[i, j], move[i, j] = options[k], (0, 2, 1)[k]
    pairs: list[tuple[list[int], list[int], float]] = []
    i, j = n, m
    while i > 0 or j > 0:
        k = move[i, j]
        if k == 0:
            pairs.append(([i - 1], [j - 1], float(sim[i - 1, j - 1])))
            i, j = i - 1, j - 1
        elif k == 1:
            pairs.append(([i - 1], [], 0.0))
            i -= 1
        else:
            pairs.append(([], [j - 1], 0.0))
            j -= 1
    pairs.reverse()
    if gap_floor is None:
        return pairs
    return _attach_merged(_pair_gaps(pairs, sim, gap_floor), sim, floor)


def _pair_gaps(pairs, sim: np.ndarray, floor: float):
    """A sentence dropped and one added at the same place, alike above ``floor``, are
    one sentence translated loosely rather than two unrelated ones."""
    out: list = []
    i = 0
    while i < len(pairs):
        if pairs[i][0] and pairs[i][1]:
            out.append(pairs[i])
            i += 1
            continue
        j = i
        while j < len(pairs) and not (pairs[j][0] and pairs[j][1]):
            j += 1
        dropped = [p[0][0] for p in pairs[i:j] if p[0]]
        added = [p[1][0] for p in pairs[i:j] if p[1]]
        out += _greedy(dropped, added, sim, floor)
        i = j
    return out


def _greedy(dropped: list[int], added: list[int], sim: np.ndarray, floor: float):
    """Pair in order, each original with the first copy sentence after the last pair."""
    out, at = [], 0
    for o in dropped:
        match = next((k for k in range(at, len(added)) if sim[o, added[k]] >= floor), None)
        if match is None:
            out.append(([o], [], 0.0))
            continue
        out += [([], [c], 0.0) for c in added[at:match]]
        out.append(([o], [added[match]], float(sim[o, added[match]])))
        at = match + 1
    return out + [([], [c], 0.0) for c in added[at:]]


def _attach_merged(pairs, sim: np.ndarray, floor: float):
    """An unmatched sentence next to a matched pair whose other side also covers it
    (two sentences translated as one) joins that pair instead of counting as dropped."""
    out: list = []
    for index, (orig, copy, score) in enumerate(pairs):
        target = None
        if not (orig and copy):
            following = pairs[index + 1] if index + 1 < len(pairs) else None
            for pair in (out[-1] if out else None, following):
                if pair is None or not (pair[0] and pair[1]):
                    continue
                cover = sim[orig[0], pair[1][0]] if orig else sim[pair[0][0], copy[0]]
                if cover >= floor:
                    target = pair
                    break
        if target is None:
            out.append((orig, copy, score))
        else:
            target[0].extend(orig)
            target[1].extend(copy)
            target[0].sort()
            target[1].sort()
    return out
