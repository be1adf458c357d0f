"""Linking articles as they arrive, or a whole corpus again.

Per article: its MinHash (LSH bands), embedding and facts are stored; its
candidates are the union of LSH bucket mates, articles sharing rare facts
(inverted index) and its nearest embeddings (vector index); each candidate pair
is classified and the links written. Every step is an index lookup, so the cost
of one article does not grow with the corpus beyond the index's log factor.
"""
from __future__ import annotations

import logging
import sqlite3

from cronaca.article import Article
from cronaca.corpus.store import content_hash, now, read_record
from cronaca.links import minhash, store
from cronaca.links.classify import Link, Thresholds, classify
from cronaca.links.embed import Embedder
from cronaca.links.evidence import features
from cronaca.links.index import VectorIndex
from cronaca.links.text import shingles

log = logging.getLogger(__name__)
NEIGHBOURS = 10
BATCH = 64
# An article is a copy of few others, but a wire story or a template ("the council of X
# approved...") shares names and wording with hundreds: keep the strongest rewrite and
# same-story links of each article only, or the table grows with the square of a
# story's size (a 10k corpus of one templated story stored 83 links an article).
CAPPED = {"rewrite": 20, "same_story": 20}


class Linker:
    def __init__(self, conn: sqlite3.Connection, embedder: Embedder | None = None,
                 thresholds: Thresholds = Thresholds(), exact: bool | None = None) -> None:
        self.conn = conn
        self.embedder = embedder if embedder is not None else Embedder()
        self.thresholds = thresholds
        self._exact = exact
        self._index: VectorIndex | None = None     # built on first use, from stored vectors

    @property
    def index(self) -> VectorIndex:
        if self._index is None:
            self._index = VectorIndex(exact=self._exact)
            ids, vectors = store.all_vectors(self.conn)
            self._index.add(ids, vectors)
        return self._index

    def prepare(self, items: list[tuple[int, Article]]) -> list[int]:
        """Store signatures, embeddings and facts; returns the ids with a new vector."""
        vectors = self.embedder.embed_many([article for _, article in items])
        embedded = []
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            for (rowid, article), vector in zip(items, vectors):
                sig = minhash.signature(shingles(article.text))
                store.write_prepared(self.conn, rowid, content_hash(article), sig, vector,
                                     self.embedder.name, features(article))
                if vector is not None:
                    embedded.append((rowid, vector))
        if embedded and self._index is not None:
            self.index.add([i for i, _ in embedded], [v for _, v in embedded])
        return [i for i, _ in embedded]

    def candidates(self, rowid: int, vector=None) -> set[int]:
        found = store.lsh_candidates(self.conn, rowid) | store.fact_candidates(self.conn, rowid)
        if vector is not None and len(self.index):
            found |= {i for i, _ in self.index.query(vector, NEIGHBOURS + 1)[0]}
        found.discard(rowid)
        return found

    def link_one(self, rowid: int, replace: bool = True) -> list[Link]:
        me = store.side(self.conn, rowid)
        if me is None:
            return []
        links = []
        for other in sorted(self.candidates(rowid, me.vector)):
            them = store.side(self.conn, other)
            link = classify(me, them, self.thresholds) if them else None
            if link is not None:
                links.append(link)
        links = _capped(links)
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            store.write_links(self.conn, rowid, links, now(), replace=replace)
        return links

    def update(self, rowid: int, article: Article) -> list[Link]:
        """The ingest hook: one new or changed article, linked to the corpus."""
        if store.prepared_hash(self.conn, rowid) != content_hash(article):
            self.prepare([(rowid, article)])
        return self.link_one(rowid)

    def catch_up(self) -> int:
        """Link the articles stored but not linked, or linked on an older text (an
        ingest killed between storing a page and linking it); returns how many."""
        rows = self.conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN link_signatures s ON s.article = a.id "
            "WHERE s.article IS NULL OR s.content_hash != a.content_hash ORDER BY a.id").fetchall()
        for (rowid,) in rows:
            article = read_record(self.conn, rowid)
            if article is not None:
                self.update(rowid, article)
        return len(rows)

    def rebuild(self, rebuild: bool = False) -> int:
        """Link every article; ``rebuild`` recomputes signatures and embeddings too."""
        if rebuild:
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                store.clear(self.conn)
            self._index = None
        else:
            self.conn.execute("DELETE FROM links")
        ids = [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]
        todo = [i for i in ids if store.prepared_hash(self.conn, i) is None]
        for start in range(0, len(todo), BATCH):
            batch = [(i, read_record(self.conn, i)) for i in todo[start:start + BATCH]]
            self.prepare([(i, a) for i, a in batch if a is not None])
        for rowid in ids:
            self.link_one(rowid, replace=False)
        return self.conn.execute("SELECT COUNT(*) FROM links").fetchone()[0]


def _capped(links: list[Link]) -> list[Link]:
    kept = [link for link in links if link.kind not in CAPPED]
    for kind, cap in CAPPED.items():
        kept += sorted((l for l in links if l.kind == kind), key=lambda l: -l.score)[:cap]
    return kept


def links_of(conn: sqlite3.Connection, rowid: int) -> list[dict]:
    return store.links_of(conn, rowid)
