"""Reading and writing the story tables (see corpus/migrations.py, 0004_stories)."""
from __future__ import annotations

import sqlite3

from cronaca.corpus.store import now

TOP_NAMES = 5


def open_story(conn: sqlite3.Connection, rowid: int) -> int:
    stamp = now()
    story = conn.execute("INSERT INTO stories (created_at, updated_at) VALUES (?, ?)",
                         (stamp, stamp)).lastrowid
    conn.execute("INSERT INTO story_articles VALUES (?, ?, NULL, ?)", (rowid, story, stamp))
    return story


def join(conn: sqlite3.Connection, rowid: int, story: int, score: float) -> None:
    conn.execute("INSERT INTO story_articles VALUES (?, ?, ?, ?)",
                 (rowid, story, round(score, 3), now()))
    conn.execute("UPDATE stories SET updated_at = ? WHERE id = ?", (now(), story))


def merge(conn: sqlite3.Connection, into: int, other: int) -> None:
    conn.execute("UPDATE story_articles SET story = ? WHERE story = ?", (into, other))
    conn.execute("DELETE FROM stories WHERE id = ?", (other,))


def leave(conn: sqlite3.Connection, rowid: int) -> None:
    """Take an article out of its story (its text changed); an emptied story goes."""
    row = conn.execute("SELECT story FROM story_articles WHERE article = ?", (rowid,)).fetchone()
    if row is None:
        return
    conn.execute("DELETE FROM story_articles WHERE article = ?", (rowid,))
    conn.execute("DELETE FROM stories WHERE id = ? AND NOT EXISTS "
                 "(SELECT 1 FROM story_articles WHERE story = ?)", (row[0], row[0]))


def clear(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM story_articles")
    conn.execute("DELETE FROM stories")


def list_stories(conn: sqlite3.Connection, min_size: int = 1, language: str | None = None,
                 limit: int | None = None) -> list[dict]:
    """Largest first; ``language``: stories with at least one article in it."""
    having = " AND SUM(a.language = ?) > 0" if language else ""
    args = [min_size] + ([language] if language else []) + [limit if limit else -1]
    rows = conn.execute(
        "SELECT sa.story FROM story_articles sa JOIN articles a ON a.id = sa.article "
        f"GROUP BY sa.story HAVING COUNT(*) >= ?{having} "
        "ORDER BY COUNT(*) DESC, MIN(a.published) IS NULL, MIN(a.published), sa.story "
        "LIMIT ?", args).fetchall()
    return [get_story(conn, r[0]) for r in rows]


def get_story(conn: sqlite3.Connection, story: int) -> dict | None:
    articles = [dict(zip(("id", "source", "url", "language", "title", "published", "score"), r))
                for r in conn.execute(
                    "SELECT a.id, a.source, a.url, a.language, a.title, a.published, sa.score "
                    "FROM story_articles sa JOIN articles a ON a.id = sa.article "
                    "WHERE sa.story = ? ORDER BY a.published IS NULL, a.published, a.id",
                    (story,))]
    if not articles:
        return None
    dates = [a["published"] for a in articles if a["published"]]
    return {"id": story, "size": len(articles),
            "languages": sorted({a["language"] or "?" for a in articles}),
            "first": min(dates) if dates else None, "last": max(dates) if dates else None,
            "names": top_facts(conn, story, "name"), "speakers": top_facts(conn, story, "speaker"),
            "title": representative(conn, story, articles), "articles": articles}


def top_facts(conn: sqlite3.Connection, story: int, kind: str) -> list[str]:
    """The names (or speakers) in most of the story's articles, by their corpus name."""
    # CROSS JOIN makes SQLite start from the story's articles; left to itself it read every
    # name of the corpus for each story (3.2 s against 0.09 s for 143 stories of 3,087 articles)
    rows = conn.execute(
        "SELECT COALESCE(MAX(e.name), MIN(f.label)) FROM story_articles sa "
        "CROSS JOIN link_features f ON f.article = sa.article "
        "LEFT JOIN entities e ON e.key = f.value "
        "WHERE sa.story = ? AND f.kind = ? GROUP BY f.value "
        "ORDER BY COUNT(DISTINCT f.article) DESC, f.value LIMIT ?", (story, kind, TOP_NAMES))
    return [r[0] for r in rows]


def representative(conn: sqlite3.Connection, story: int, articles: list[dict]) -> str | None:
    """The title of the article linked to most others of the story (the earliest on a tie)."""
    degree = dict(conn.execute(
        "SELECT x.article, COUNT(*) FROM story_articles x JOIN links l "
        "ON l.a = x.article OR l.b = x.article JOIN story_articles y "
        "ON y.article = CASE WHEN l.a = x.article THEN l.b ELSE l.a END AND y.story = x.story "
        "WHERE x.story = ? GROUP BY x.article", (story,)))
    best = max(articles, key=lambda a: (degree.get(a["id"], 0), -articles.index(a)))
    return best["title"] or best["source"]
