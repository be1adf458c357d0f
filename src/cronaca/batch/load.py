"""``cronaca load``: bring a batch output into the SQLite corpus.

It needs pyarrow, not Spark. Articles are stored from their full JSON record
through the same code as ``cronaca ingest`` (``corpus.store.write_article``), so
a page already in the corpus is found again, not doubled, and loading twice
gives the same articles, links and groups (the stories get new numbers). Then each article's link signature, the links and the stories
of the batch are written against the corpus row ids. One article is one
transaction: an interrupted load keeps what it wrote and a re-run completes it.
"""
from __future__ import annotations

import glob
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cronaca.article import Article
from cronaca.batch import layout
from cronaca.errors import CronacaError

BATCH_ROWS = 512


@dataclass
class LoadStats:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    links: int = 0
    stories: int = 0


def load(output: str, db: str, on_article: Callable[[str], None] | None = None) -> LoadStats:
    from cronaca.corpus import Corpus
    if not layout.has_table(output, "articles"):
        raise CronacaError("no_batch_output", output, detail=output)
    stats = LoadStats()
    with Corpus(db) as corpus:
        ids = _articles(corpus.conn, output, stats, on_article)
        _signatures(corpus.conn, output, ids)
        stats.links = _links(corpus.conn, output, ids)
        stats.stories = _stories(corpus.conn, output, ids)
    return stats


def _rows(output: str, table: str, columns: list[str]) -> Iterator[dict]:
    """The rows of a table, part by part and batch by batch (never all in memory)."""
    import pyarrow.parquet as pq
    import pyarrow as pa
    for path in sorted(glob.glob(os.path.join(output, table, "*.parquet"))):
        if os.path.basename(path).startswith((".", "_")):
            continue
        try:           # a damaged part stops the load; what it stored before stays
            for chunk in pq.ParquetFile(path).iter_batches(BATCH_ROWS, columns=columns):
                yield from chunk.to_pylist()
        except (OSError, pa.ArrowException) as exc:
            raise CronacaError("bad_batch_part", path, detail=str(exc)[:200]) from None


def _articles(conn, output: str, stats: LoadStats, on_article) -> dict[str, int]:
    from cronaca.corpus.store import write_article
    ids: dict[str, int] = {}
    for row in _rows(output, "articles", ["id", "record"]):
        article = Article.from_dict(json.loads(row["record"]))
        status, rowid = write_article(conn, article)
        setattr(stats, status, getattr(stats, status) + 1)
        ids[row["id"]] = rowid
        if on_article:
            on_article(status)
    return ids


def _signatures(conn, output: str, ids: dict[str, int]) -> None:
    from cronaca.links import embed, minhash, store
    if not layout.has_table(output, "signatures"):
        return
    columns = ["article", "content_hash", "minhash", "embedding", "embedder", "facts"]
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        for row in _rows(output, "signatures", columns):
            rowid = ids.get(row["article"])
            if rowid is None:
                continue
            vector = embed.from_blob(row["embedding"]) if row["embedding"] else None
            store.write_prepared(conn, rowid, row["content_hash"],
                                 minhash.from_blob(row["minhash"]), vector, row["embedder"],
                                 [(f["kind"], f["value"], f["label"]) for f in row["facts"]])


def _links(conn: sqlite3.Connection, output: str, ids: dict[str, int]) -> int:
    from cronaca.corpus.store import now
    if not layout.has_table(output, "links"):
        return 0
    count, rows = 0, []
    for row in _rows(output, "links", ["a", "b", "kind", "score", "evidence"]):
        a, b = ids.get(row["a"]), ids.get(row["b"])
        if a is not None and b is not None and a != b:
            rows.append((min(a, b), max(a, b), row["kind"], row["score"], row["evidence"],
                         now()))
        if len(rows) >= 10 * BATCH_ROWS:
            count += _write_links(conn, rows)
    return count + _write_links(conn, rows)


def _write_links(conn: sqlite3.Connection, rows: list[tuple]) -> int:
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?, ?, ?)", rows)
    count = len(rows)
    rows.clear()
    return count


def _stories(conn: sqlite3.Connection, output: str, ids: dict[str, int]) -> int:
    """Each batch story becomes a corpus story; its articles leave any story they
    were in (an emptied story is removed)."""
    from cronaca.corpus.store import now
    if not layout.has_table(output, "stories"):
        return 0
    groups: dict[str, list[int]] = {}
    for row in _rows(output, "stories", ["article", "story"]):
        if row["article"] in ids:
            groups.setdefault(row["story"], []).append(ids[row["article"]])
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        for members in groups.values():
            story = conn.execute("INSERT INTO stories (created_at, updated_at) VALUES (?, ?)",
                                 (now(), now())).lastrowid
            conn.executemany("INSERT OR REPLACE INTO story_articles VALUES (?, ?, NULL, ?)",
                             [(rowid, story, now()) for rowid in sorted(set(members))])
        conn.execute("DELETE FROM stories WHERE id NOT IN "
                     "(SELECT DISTINCT story FROM story_articles)")
    return len(groups)
