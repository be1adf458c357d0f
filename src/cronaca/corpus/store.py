"""Writing one analysed Article into the corpus: new, updated or unchanged.

One page is one row of ``articles``, whatever number of times it is
ingested: it is found again by its canonical URL (or URL), else by the file it
came from, else (stdin) by its text; and a page whose text is already stored
under another name is that article too (the new source is recorded in
``sources``). A page whose text changed is updated in place (its mentions,
quotes and diagnostics replaced); one whose text did not is left alone. Each page is written in its own transaction, so a crash loses at most
the page being written.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from datetime import datetime, timezone

from cronaca.article import Article
from cronaca.corpus.entities import corpus_entity
from cronaca.sources.page import Page

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def doc_key(article: Article) -> str:
    url = article.metadata.canonical_url or article.metadata.url
    if url:
        return "url:" + url
    if article.source.startswith(("-", "<")):      # stdin, html=/text= strings
        return "sha1:" + content_hash(article)
    return "src:" + article.source


def content_hash(article: Article) -> str:
    return hashlib.sha1(article.text.encode("utf-8")).hexdigest()


def write_article(conn: sqlite3.Connection, article: Article, stamp: str | None = None,
                  page: Page | None = None) -> tuple[str, int]:
    """Store ``article`` (and the raw ``page`` it came from); returns (NEW | UPDATED |
    UNCHANGED, its row id)."""
    key, digest = doc_key(article), content_hash(article)
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        row = conn.execute("SELECT id, content_hash FROM articles WHERE doc_key = ?",
                           (key,)).fetchone()
        if row is None:     # the same text under another name is the same article
            row = conn.execute("SELECT id, content_hash FROM articles WHERE content_hash = ?",
                               (digest,)).fetchone()
        if row is None:
            status, rowid = NEW, _insert(conn, article, key, digest)
        elif row[1] == digest:
            status, rowid = UNCHANGED, row[0]
        else:
            status, rowid = UPDATED, row[0]
            _update(conn, rowid, article, digest)
        if status != UNCHANGED:
            _write_children(conn, rowid, article)
            if page is not None:
                _write_raw(conn, rowid, page)
        conn.execute("INSERT INTO sources VALUES (?, ?, ?, ?) ON CONFLICT(source) DO UPDATE "
                     "SET stamp = excluded.stamp, article = excluded.article, "
                     "ingested_at = excluded.ingested_at",
                     (article.source, stamp, rowid, now()))
    return status, rowid


def _columns(article: Article, digest: str) -> dict:
    meta = article.metadata
    return {"article_id": article.id, "content_hash": digest, "source": article.source,
            "url": meta.url, "canonical_url": meta.canonical_url, "site": meta.site,
            "title": meta.title, "author": meta.author, "published": meta.published,
            "language": article.language,
            "trust_score": article.trust.score if article.trust else None,
            "words": len(article.text.split()), "text": article.text}


def _insert(conn, article: Article, key: str, digest: str) -> int:
    cols = _columns(article, digest) | {"doc_key": key, "ingested_at": now(), "updated_at": now()}
    names, marks = ", ".join(cols), ", ".join("?" for _ in cols)
    cur = conn.execute(f"INSERT INTO articles ({names}) VALUES ({marks})", list(cols.values()))
    return cur.lastrowid


def _update(conn, rowid: int, article: Article, digest: str) -> None:
    cols = _columns(article, digest) | {"updated_at": now()}
    sets = ", ".join(f"{name} = ?" for name in cols)
    conn.execute(f"UPDATE articles SET {sets} WHERE id = ?", [*cols.values(), rowid])
    old = [row[0] for row in conn.execute("SELECT DISTINCT entity FROM mentions WHERE article = ?",
                                          (rowid,))]
    _count_articles(conn, old, -1)
    for table in ("mentions", "quotes", "diagnostics"):
        conn.execute(f"DELETE FROM {table} WHERE article = ?", (rowid,))


def _write_children(conn, rowid: int, article: Article) -> None:
    record = zlib.compress(json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8"), 6)
    conn.execute("INSERT OR REPLACE INTO records VALUES (?, ?)", (rowid, record))
    ids = {e.id: corpus_entity(conn, e) for e in article.entities}
    conn.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
                     [(rowid, ids[e.id], m.start, m.end, m.text, m.kind)
                      for e in article.entities for m in e.mentions])
    conn.executemany(
        "INSERT INTO quotes (article, start, end, text, kind, cue, speaker_text, speaker_name, "
        "entity, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(rowid, q.start, q.end, q.text, q.kind, q.cue.text if q.cue else None,
          q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None,
          ids.get(q.speaker.entity_id) if q.speaker else None, q.confidence)
         for q in article.quotes])
    conn.executemany("INSERT INTO diagnostics VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [(rowid, d.start, d.end, d.text, d.kind, d.evidence, d.severity)
                      for d in article.diagnostics])
    _count_articles(conn, {ids[e.id] for e in article.entities if e.mentions}, +1)


def _count_articles(conn, entity_ids, step: int) -> None:
    """Keep ``entities.articles`` by steps, not by recounting: Russia is named in most
    articles of a corpus, and a recount would scan all its mentions at every ingest."""
    conn.executemany("UPDATE entities SET articles = articles + ? WHERE id = ?",
                     [(step, i) for i in entity_ids])


def _write_raw(conn, rowid: int, page: Page) -> None:
    raw = page.data if page.data is not None else (page.text or "").encode("utf-8")
    conn.execute("INSERT OR REPLACE INTO raw_pages VALUES (?, ?, ?, ?)",
                 (rowid, page.content_type, page.fetched_at, zlib.compress(raw, 6)))


def read_record(conn: sqlite3.Connection, rowid: int) -> Article | None:
    row = conn.execute("SELECT json_z FROM records WHERE article = ?", (rowid,)).fetchone()
    return Article.from_dict(json.loads(zlib.decompress(row[0]))) if row else None

