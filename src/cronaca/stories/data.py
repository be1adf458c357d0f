"""What clustering reads from the link tables: facts, vectors, dates, links, candidates."""
from __future__ import annotations

import itertools
import sqlite3
from collections import Counter
from datetime import date

from cronaca.links import embed
from cronaca.stories.score import Fact, Side

RARE_KEYS = 20        # an article's rarest facts used to find candidates
PER_KEY = 200         # a fact in more articles than this finds no candidates (but still scores)
FACT_CANDIDATES = 40
STEM = 5              # name words cut to this many letters: "Junckera" and "Juncker" meet


def expand(facts: set[Fact]) -> set[Fact]:
    """The facts and the words of each name cut to a stem: keys made in different
    languages often differ by an ending or a word ("bibi a", "asia bibi", "bibi")."""
    words = {("word", w[:STEM]) for kind, value in facts if kind in ("name", "speaker")
             and not value.startswith("iso:") for w in value.split() if len(w) >= 4}
    return facts | words


def _day(published: str | None) -> int | None:
    try:
        return date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


def sides(conn: sqlite3.Connection, ids: list[int]) -> dict[int, Side]:
    """Facts, vector and publication day of each article that has been linked."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    out = {}
    for rowid, published, blob in conn.execute(
            "SELECT a.id, a.published, s.embedding FROM articles a JOIN link_signatures s "
            f"ON s.article = a.id WHERE a.id IN ({marks})", ids):
        vector = embed.from_blob(blob) if blob is not None else None
        out[rowid] = Side(rowid, set(), vector, _day(published))
    for rowid, kind, value in conn.execute(
            f"SELECT article, kind, value FROM link_features WHERE article IN ({marks})", ids):
        if rowid in out:
            out[rowid].facts.add((kind, value))
    for side in out.values():
        side.facts = expand(side.facts)
    return out


def document_frequencies(conn: sqlite3.Connection, upto: int | None = None) -> Counter:
    """In how many articles each fact is (articles up to row id ``upto``, if given)."""
    sql = "SELECT article, kind, value FROM link_features"
    sql += " WHERE article <= ?" if upto is not None else ""
    rows = conn.execute(sql + " ORDER BY article", [upto] if upto is not None else [])
    counts: Counter = Counter()
    for _, group in itertools.groupby(rows, key=lambda r: r[0]):
        counts.update(expand({(kind, value) for _, kind, value in group}))
    return counts


def links(conn: sqlite3.Connection, rowid: int) -> dict[int, float]:
    rows = conn.execute("SELECT CASE WHEN a = ? THEN b ELSE a END, score FROM links "
                        "WHERE a = ? OR b = ?", (rowid, rowid, rowid))
    return dict(rows)


def fact_candidates(conn: sqlite3.Connection, me: Side, df: Counter,
                    before: int | None = None) -> set[int]:
    """Articles sharing the most of ``me``'s rarest facts (an inverted index lookup);
    ``before``: only articles with a lower row id (a rebuild replaying ingest order)."""
    older = " AND article < ?" if before is not None else ""
    rare = sorted((f for f in me.facts if df.get(f, 0) <= PER_KEY),
                  key=lambda f: (df.get(f, 0), f))[:RARE_KEYS]
    shared: Counter = Counter()
    for kind, value in rare:
        args = (kind, value) + ((before,) if before is not None else ()) + (PER_KEY + 1,)
        for (other,) in conn.execute("SELECT article FROM link_features WHERE kind = ? AND "
                                     f"value = ?{older} LIMIT ?", args):
            if other != me.id:
                shared[other] += 1
    return {o for o, _ in shared.most_common(FACT_CANDIDATES)}


def assigned(conn: sqlite3.Connection, ids: set[int]) -> dict[int, int]:
    """article -> story, for those of ``ids`` already in a story."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return dict(conn.execute(f"SELECT article, story FROM story_articles "
                             f"WHERE article IN ({marks})", list(ids)))


def story_sizes(conn: sqlite3.Connection, stories: set[int]) -> dict[int, int]:
    marks = ",".join("?" * len(stories))
    return dict(conn.execute(f"SELECT story, COUNT(*) FROM story_articles WHERE story IN "
                             f"({marks}) GROUP BY story", list(stories)))
