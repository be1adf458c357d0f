"""Corpus entities: the same person, organisation or place across articles.

An article's entity joins the corpus entity with the same cross-script key
(``Entity.key``: Путин, Putin and Poetin all key on "putin"). A person known
only by a surname ("putin") joins the one person with that surname and an
initial ("putin v") when there is exactly one; with several it stays apart
rather than guess. The corpus name is the fullest one seen ("Vladimir Putin"
over "Putin").
"""
from __future__ import annotations

import sqlite3

from cronaca.article import Entity


def corpus_entity(conn: sqlite3.Connection, entity: Entity) -> int:
    key = entity.key or entity.name.casefold()
    row = conn.execute("SELECT id, name FROM entities WHERE key = ?", (key,)).fetchone()
    if row is None and entity.type == "PER" and " " not in key:
        rows = conn.execute("SELECT id, name FROM entities WHERE type = 'PER' AND key LIKE ?",
                            (key + " _",)).fetchall()
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        return conn.execute("INSERT INTO entities (key, name, type) VALUES (?, ?, ?)",
                            (key, entity.name, entity.type)).lastrowid
    if len(entity.name.split()) > len(row[1].split()):
        conn.execute("UPDATE entities SET name = ? WHERE id = ?", (entity.name, row[0]))
    return row[0]
