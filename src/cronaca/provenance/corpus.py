"""Provenance over a corpus: the group of copies of an article, its likely original."""
from __future__ import annotations

import sqlite3

from cronaca.corpus.store import read_record
from cronaca.provenance.diff import Diff, diff
from cronaca.provenance.origin import Member, Origin, likely_original

COPY_KINDS = ("duplicate", "rewrite", "translation")
MAX_GROUP = 50


def copies(conn: sqlite3.Connection, rowid: int) -> dict[int, str | None]:
    """The article and every article reached from it through copy links (duplicate,
    rewrite, translation; not "same story"): id -> kind of the link that reached it."""
    found: dict[int, str | None] = {rowid: None}
    todo = [rowid]
    marks = ",".join("?" * len(COPY_KINDS))
    while todo and len(found) < MAX_GROUP:
        at = todo.pop(0)
        rows = conn.execute(
            f"SELECT CASE WHEN a = ? THEN b ELSE a END, kind FROM links "
            f"WHERE (a = ? OR b = ?) AND kind IN ({marks}) ORDER BY score DESC",
            (at, at, at, *COPY_KINDS)).fetchall()
        for other, kind in rows:
            if other not in found and len(found) < MAX_GROUP:
                found[other] = kind
                todo.append(other)
    return found


def origin(conn: sqlite3.Connection, rowid: int) -> Origin:
    members = []
    for other, kind in sorted(copies(conn, rowid).items()):
        article = read_record(conn, other)
        if article is not None:
            members.append(Member(other, article, link=kind))
    return likely_original(rowid, members)


def diff_stored(conn: sqlite3.Connection, original: int, copy: int, embedder=None) -> Diff:
    a, b = read_record(conn, original), read_record(conn, copy)
    return diff(a, b, embedder=embedder, refs=(original, copy))
