"""Nearest articles by embedding, without comparing every pair.

hnswlib (a compiled HNSW graph, pip-installable from source here) when present:
build and queries grow about as N log N. Without it, an exact blocked product
over all stored vectors: no extra dependency, exact, but quadratic for a whole
corpus (measured on 2 cores, 512 dimensions: 10k articles 5 s, 20k 19 s, against
15 s and 25 s for HNSW on random vectors, where HNSW is at its worst; see
benchmarks/bench_links.py for real growth). The index lives in memory, built from
the stored vectors the first time a process links something, then grows with each
article.
"""
from __future__ import annotations

import numpy as np

DIM = 512


class VectorIndex:
    def __init__(self, dim: int = DIM, exact: bool | None = None) -> None:
        self.dim = dim
        self.ids: list[int] = []
        self._hnsw = None if exact else _hnsw_or_none(dim)
        self._rows: list[np.ndarray] = []          # exact fallback
        self._matrix: np.ndarray | None = None

    @property
    def kind(self) -> str:
        return "hnsw" if self._hnsw is not None else "exact"

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, ids: list[int], vectors: np.ndarray) -> None:
        if not ids:
            return
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(ids), self.dim)
        if self._hnsw is not None:
            need = len(self.ids) + len(ids)
            if need > self._hnsw.get_max_elements():
                self._hnsw.resize_index(max(need, 2 * self._hnsw.get_max_elements()))
            self._hnsw.add_items(vectors, np.asarray(ids, dtype=np.int64))
        else:
            self._rows.append(vectors)
            self._matrix = None
        self.ids.extend(ids)

    def query(self, vectors: np.ndarray, k: int) -> list[list[tuple[int, float]]]:
        """For each vector, up to k (id, cosine) pairs, best first."""
        vectors = np.asarray(vectors, dtype=np.float32).reshape(-1, self.dim)
        k = min(k, len(self.ids))
        if k == 0:
            return [[] for _ in vectors]
        if self._hnsw is not None:
            self._hnsw.set_ef(max(50, 2 * k))
            labels, distances = self._hnsw.knn_query(vectors, k=k)
            return [[(int(i), 1.0 - float(d)) for i, d in zip(row_i, row_d)]
                    for row_i, row_d in zip(labels, distances)]
        return self._exact(vectors, k)

    def _exact(self, vectors: np.ndarray, k: int, block: int = 1024):
        if self._matrix is None:
            self._matrix = np.concatenate(self._rows) if self._rows else np.zeros((0, self.dim))
            self._rows = [self._matrix]
        ids, out = np.asarray(self.ids), []
        for start in range(0, len(vectors), block):      # blocks bound the memory to block x N
            sims = vectors[start:start + block] @ self._matrix.T
            top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
            for row, cols in zip(sims, top):
                cols = cols[np.argsort(-row[cols])]
                out.append([(int(ids[c]), float(row[c])) for c in cols])
        return out


def _hnsw_or_none(dim: int):
    try:
        import hnswlib
    except ImportError:
        return None
    index = hnswlib.Index(space="ip", dim=dim)          # vectors are unit length: ip = cosine
    index.init_index(max_elements=1024, ef_construction=100, M=16, random_seed=1)
    index.set_num_threads(2)                            # the machine is shared: two at most
    return index
