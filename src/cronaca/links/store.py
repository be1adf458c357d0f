"""Reading and writing the link tables (see corpus/migrations.py, 0003_links)."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass

import numpy as np

from cronaca.links import embed, minhash

MAX_DF = 200        # a name or number in more articles than this says nothing about a pair


@dataclass
class Side:
    """What one article brings to a comparison."""
    id: int
    language: str | None
    chars: int
    signature: np.ndarray
    vector: np.ndarray | None
    facts: dict[tuple[str, str], str]


def write_prepared(conn: sqlite3.Connection, rowid: int, digest: str, sig: np.ndarray,
                   vector: np.ndarray | None, embedder: str | None,
                   facts: list[tuple[str, str, str]]) -> None:
    conn.execute("INSERT OR REPLACE INTO link_signatures VALUES (?, ?, ?, ?, ?)",
                 (rowid, digest, minhash.to_blob(sig),
                  embed.to_blob(vector) if vector is not None else None,
                  embedder if vector is not None else None))
    conn.execute("DELETE FROM link_bands WHERE article = ?", (rowid,))
    conn.executemany("INSERT INTO link_bands VALUES (?, ?, ?)",
                     [(band, h, rowid) for band, h in minhash.bands(sig)])
    conn.execute("DELETE FROM link_features WHERE article = ?", (rowid,))
    conn.executemany("INSERT INTO link_features VALUES (?, ?, ?, ?)",
                     [(rowid, *row) for row in facts])


def prepared_hash(conn: sqlite3.Connection, rowid: int) -> str | None:
    row = conn.execute("SELECT content_hash FROM link_signatures WHERE article = ?",
                       (rowid,)).fetchone()
    return row[0] if row else None


def side(conn: sqlite3.Connection, rowid: int) -> Side | None:
    row = conn.execute("SELECT a.language, length(a.text), s.minhash, s.embedding FROM articles a "
                       "JOIN link_signatures s ON s.article = a.id WHERE a.id = ?",
                       (rowid,)).fetchone()
    if row is None:
        return None
    facts = {(k, v): label for k, v, label in conn.execute(
        "SELECT kind, value, label FROM link_features WHERE article = ?", (rowid,))}
    vector = embed.from_blob(row[3]) if row[3] is not None else None
    return Side(rowid, row[0], row[1], minhash.from_blob(row[2]), vector, facts)


def lsh_candidates(conn: sqlite3.Connection, rowid: int) -> set[int]:
    rows = conn.execute("SELECT DISTINCT o.article FROM link_bands m JOIN link_bands o "
                        "ON o.band = m.band AND o.hash = m.hash "
                        "WHERE m.article = ? AND o.article != ?", (rowid, rowid))
    return {r[0] for r in rows}


def fact_candidates(conn: sqlite3.Connection, rowid: int, least: int = 2,
                    limit: int = 20) -> set[int]:
    """Articles sharing at least ``least`` rare facts: an inverted index, no embedding."""
    shared: Counter = Counter()
    for kind, value in conn.execute("SELECT kind, value FROM link_features WHERE article = ?",
                                    (rowid,)).fetchall():
        others = [r[0] for r in conn.execute(
            "SELECT article FROM link_features WHERE kind = ? AND value = ? LIMIT ?",
            (kind, value, MAX_DF + 1))]
        if len(others) <= MAX_DF:
            shared.update(o for o in set(others) if o != rowid)
    return {o for o, n in shared.most_common(limit) if n >= least}


def all_vectors(conn: sqlite3.Connection) -> tuple[list[int], np.ndarray]:
    rows = conn.execute("SELECT article, embedding FROM link_signatures "
                        "WHERE embedding IS NOT NULL ORDER BY article").fetchall()
    if not rows:
        return [], np.zeros((0, 512), dtype=np.float32)
    return [r[0] for r in rows], np.stack([embed.from_blob(r[1]) for r in rows])


def write_links(conn: sqlite3.Connection, rowid: int, links: list, created: str,
                replace: bool = True) -> None:
    """``replace``: drop the article's old links first (its text changed). A rebuild
    does not, since a pair found from the other side must stay."""
    if replace:
        conn.execute("DELETE FROM links WHERE a = ? OR b = ?", (rowid, rowid))
    conn.executemany("INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?, ?, ?)",
                     [(min(l.a, l.b), max(l.a, l.b), l.kind, round(l.score, 3),
                       json.dumps(l.evidence, ensure_ascii=False), created) for l in links])


def links_of(conn: sqlite3.Connection, rowid: int) -> list[dict]:
    rows = conn.execute(
        "SELECT l.kind, l.score, l.evidence, o.id, o.title, o.language, o.published, o.source "
        "FROM links l JOIN articles o ON o.id = CASE WHEN l.a = ? THEN l.b ELSE l.a END "
        "WHERE l.a = ? OR l.b = ? ORDER BY l.score DESC, o.id", (rowid, rowid, rowid))
    return [{"article": r[3], "kind": r[0], "score": r[1], "evidence": json.loads(r[2]),
             "title": r[4], "language": r[5], "published": r[6], "source": r[7]} for r in rows]


def clear(conn: sqlite3.Connection) -> None:
    for table in ("links", "link_bands", "link_features", "link_signatures"):
        conn.execute(f"DELETE FROM {table}")
