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


PERSONS = ("PER", "MISC")      # a bare surname is often typed MISC (no evidence in its article)


def corpus_entity(conn: sqlite3.Connection, entity: Entity) -> int:
    key = entity.key or entity.name.casefold()
    row = conn.execute("SELECT id, name FROM entities WHERE key = ?", (key,)).fetchone()
    if row is None and entity.type in PERSONS:
        row = _same_surname(conn, key, entity.type)
    if row is None:
        return conn.execute("INSERT INTO entities (key, name, type) VALUES (?, ?, ?)",
                            (key, entity.name, entity.type)).lastrowid
    if len(entity.name.split()) > len(row[1].split()):
        conn.execute("UPDATE entities SET name = ? WHERE id = ?", (entity.name, row[0]))
    return row[0]


def _same_surname(conn: sqlite3.Connection, key: str, type_: str):
    """'putin' joins the one person keyed 'putin v'; 'putin v' takes over a person
    known so far by the bare surname 'putin' (its key gains the initial)."""
    surname, _, initial = key.partition(" ")
    if " " in surname or not surname:
        return None
    if not initial:
        rows = conn.execute("SELECT id, name FROM entities WHERE type IN ('PER', 'MISC') "
                            "AND key LIKE ?", (surname + " _",)).fetchall()
        return rows[0] if len(rows) == 1 else None
    if type_ != "PER":
        return None
    row = conn.execute("SELECT id, name FROM entities WHERE key = ? AND type IN ('PER', 'MISC')",
                       (surname,)).fetchone()
    if row is not None:
        conn.execute("UPDATE entities SET key = ?, type = 'PER' WHERE id = ?", (key, row[0]))
    return row
