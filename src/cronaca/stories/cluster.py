"""Assigning articles to stories one at a time, as they arrive, or all again.

For a new article: its candidates are the articles it is linked to, its nearest
embeddings and the articles sharing its rarest facts, kept when they are in a
story already and within the time window. Each candidate gets a pair score
(score.py); a story scores the mean of its best few. The article joins the best
story at or above ``join``, else opens a new one; another story it scores at or
above ``merge`` with is merged into the one it joined (the article bridges them).

A rebuild replays the same steps in row-id (ingest) order, counting fact
frequencies and indexing vectors as it goes, so it sees what ingest saw.
"""
from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict

from cronaca.corpus.store import read_record
from cronaca.links.index import VectorIndex
from cronaca.stories import data, store
from cronaca.stories.score import Side, Thresholds, in_window, pair_score, story_score

NEIGHBOURS = 20


class Clusterer:
    def __init__(self, conn: sqlite3.Connection, linker, thresholds: Thresholds = Thresholds()):
        self.conn = conn
        self.linker = linker
        self.t = thresholds
        self._df: Counter | None = None     # fact -> articles, up to the last one counted
        self._n = self._upto = 0
        self._replay: VectorIndex | None = None    # during a rebuild: vectors seen so far

    def _count(self, me: Side) -> None:
        if self._df is None:
            self._df = data.document_frequencies(self.conn)
            self._n, self._upto = self.conn.execute(
                "SELECT COUNT(*), COALESCE(MAX(article), 0) FROM link_signatures").fetchone()
        if me.id > self._upto:             # an updated article was counted already
            self._df.update(me.facts)
            self._n, self._upto = self._n + 1, me.id

    def _candidates(self, me: Side) -> set[int]:
        before = me.id if self._replay is not None else None
        found = set(data.links(self.conn, me.id)) | data.fact_candidates(self.conn, me, self._df,
                                                                          before)
        if me.vector is not None:
            if self._replay is not None:
                self._replay.add([me.id], me.vector[None, :])
            index = self._replay if self._replay is not None else self.linker.index
            found |= {i for i, _ in index.query(me.vector, NEIGHBOURS + 1)[0]}
        found.discard(me.id)
        return found

    def ranked(self, me: Side) -> list[tuple[float, int]]:
        """(score, story) of each candidate story, best first."""
        candidates = self._candidates(me)
        owner = data.assigned(self.conn, candidates)
        linked = data.links(self.conn, me.id)
        scores = defaultdict(list)
        for other, side in data.sides(self.conn, list(owner)).items():
            if in_window(me, side, self.t.window_days):
                scores[owner[other]].append(
                    pair_score(me, side, self._df, self._n, self.t, linked.get(other, 0.0)))
        sizes = data.story_sizes(self.conn, set(scores)) if scores else {}
        return sorted(((story_score(s, sizes[k], self.t.top), k) for k, s in scores.items()),
                      key=lambda x: (-x[0], x[1]))

    def assign(self, rowid: int) -> int | None:
        """Put one linked article in a story; returns the story (None: not linked yet)."""
        me = data.sides(self.conn, [rowid]).get(rowid)
        if me is None:
            return None
        self._count(me)
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            store.leave(self.conn, rowid)
            ranked = self.ranked(me)
            if not ranked or ranked[0][0] < self.t.join:
                return store.open_story(self.conn, rowid)
            best = ranked[0][1]
            store.join(self.conn, rowid, best, ranked[0][0])
            for score, other in ranked[1:]:
                if score >= self.t.merge:
                    store.merge(self.conn, best, other)
        return best

    def run(self, rebuild: bool = False) -> int:
        """Assign every article without a story (``rebuild``: every article, afresh)."""
        if rebuild:
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                store.clear(self.conn)
            self._df, self._n, self._upto = Counter(), 0, 0
            self._replay = VectorIndex()
        try:
            for rowid in self._unassigned():
                if self.assign(rowid) is None:     # never linked: link it, then assign
                    record = read_record(self.conn, rowid)
                    if record is not None:
                        self.linker.update(rowid, record)
                        self.assign(rowid)
        finally:
            self._replay = None
        return self.conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]

    def _unassigned(self) -> list[int]:
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article FROM story_articles) "
            "ORDER BY id")]
