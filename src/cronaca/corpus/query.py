"""Reading the corpus: full-text search, quotes by speaker, one article."""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from cronaca.entities.keys import entity_key
from cronaca.errors import CronacaError

_TERM = re.compile(r"\w+")


@dataclass(frozen=True)
class Filters:
    language: str | None = None
    site: str | None = None
    since: str | None = None              # ISO date, inclusive
    until: str | None = None              # ISO date, inclusive
    speaker: str | None = None

    def where(self, conn: sqlite3.Connection) -> tuple[list[str], list]:
        clauses, args = [], []
        if self.language:
            clauses.append("a.language = ?"), args.append(self.language)
        if self.site:
            clauses.append("a.site = ?"), args.append(self.site)
        if self.since:
            clauses.append("a.published >= ?"), args.append(self.since)
        if self.until:      # '2024-06-30' takes the whole day: compare on the date part
            clauses.append("substr(a.published, 1, 10) <= ?"), args.append(self.until)
        if self.speaker:
            ids, like = speaker_match(conn, self.speaker)
            marks = ",".join("?" * len(ids)) or "NULL"
            clauses.append(f"a.id IN (SELECT article FROM quotes WHERE entity IN ({marks}) OR "
                           "(entity IS NULL AND speaker_name LIKE ?))")
            args += [*ids, like]
        return clauses, args


def search(conn: sqlite3.Connection, query: str, filters: Filters = Filters(),
           limit: int = 20) -> list[dict]:
    clauses, args = filters.where(conn)
    sql = ("SELECT a.id, a.title, a.source, a.language, a.published, a.site, "
           "snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet "
           "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
           "WHERE articles_fts MATCH ? " + "".join(" AND " + c for c in clauses) +
           " ORDER BY bm25(articles_fts) LIMIT ?")
    try:
        rows = conn.execute(sql, [query, *args, limit]).fetchall()
    except sqlite3.OperationalError as exc:          # FTS5 syntax: retry as plain words
        terms = _TERM.findall(query)
        if not terms:
            raise CronacaError("bad_query", query, detail=str(exc)) from None
        plain = " ".join(f'"{t}"' for t in terms)
        rows = conn.execute(sql, [plain, *args, limit]).fetchall()
    return [dict(r) for r in rows]


def speaker_match(conn: sqlite3.Connection, name: str) -> tuple[list[int], str]:
    """Corpus entity ids for a speaker name in any script, and a LIKE for nominal speakers.

    "Putin", "Vladimir Putin", "Путин" and "Poetin" all reach the entity keyed
    "putin v": by key, or by surname when the name gives no first-name initial
    or the initials agree.
    """
    key = entity_key("PER", name, None)
    surname, _, initial = key.partition(" ")
    rows = conn.execute("SELECT id, key FROM entities WHERE key = ? OR key = ? OR key LIKE ?",
                        (key, surname, surname + " _")).fetchall()
    ids = [i for i, k in rows if not initial or k.partition(" ")[2] in ("", initial)]
    return ids, f"%{name}%"


def quotes_by(conn: sqlite3.Connection, speaker: str, filters: Filters = Filters()) -> list[dict]:
    """Everything one speaker said across the corpus, oldest first (undated last)."""
    ids, like = speaker_match(conn, speaker)
    clauses, args = Filters(filters.language, filters.site, filters.since,
                            filters.until).where(conn)
    marks = ",".join("?" * len(ids)) or "NULL"
    sql = ("SELECT q.text, q.kind, q.cue, q.speaker_text, COALESCE(e.name, q.speaker_name) "
           "AS speaker, q.confidence, a.id AS article, a.title, a.source, a.url, a.language, "
           "a.published FROM quotes q JOIN articles a ON a.id = q.article "
           "LEFT JOIN entities e ON e.id = q.entity "
           f"WHERE (q.entity IN ({marks}) OR (q.entity IS NULL AND q.speaker_name LIKE ?))"
           + "".join(" AND " + c for c in clauses) +
           " ORDER BY a.published IS NULL, a.published, a.ingested_at, q.start")
    return [dict(r) for r in conn.execute(sql, [*ids, like, *args]).fetchall()]


def find_article(conn: sqlite3.Connection, ref: str) -> int | None:
    """A row id, an Article.id (or a prefix of at least 6 characters), or a source."""
    if ref.isdigit():
        row = conn.execute("SELECT id FROM articles WHERE id = ?", (int(ref),)).fetchone()
        if row:
            return row[0]
    if len(ref) >= 6 and re.fullmatch(r"[0-9a-f]+", ref):
        rows = conn.execute("SELECT id FROM articles WHERE article_id LIKE ?",
                            (ref + "%",)).fetchall()
        if len(rows) == 1:
            return rows[0][0]
    row = conn.execute("SELECT article FROM sources WHERE source = ?", (ref,)).fetchone()
    return row[0] if row else None
