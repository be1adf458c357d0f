"""Two lists the Corpus API has no method for yet: the latest articles and the most
quoted speakers. Plain reads of the documented tables (corpus/migrations.py)."""
from __future__ import annotations


def recent_articles(corpus, limit: int = 20) -> list[dict]:
    rows = corpus.conn.execute(
        "SELECT id, title, source, language, published FROM articles "
        "ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return [dict(r) for r in rows]


def top_speakers(corpus, limit: int = 50) -> list[dict]:
    """Speakers by number of quotes, with the languages they are quoted in."""
    rows = corpus.conn.execute(
        "SELECT COALESCE(e.name, q.speaker_name) AS name, COUNT(*) AS quotes, "
        "COUNT(DISTINCT q.article) AS articles, GROUP_CONCAT(DISTINCT a.language) AS languages "
        "FROM quotes q JOIN articles a ON a.id = q.article "
        "LEFT JOIN entities e ON e.id = q.entity "
        "WHERE COALESCE(e.name, q.speaker_name) IS NOT NULL "
        "GROUP BY COALESCE(e.name, q.speaker_name) ORDER BY quotes DESC, name LIMIT ?",
        (limit,)).fetchall()
    return [dict(r) for r in rows]
