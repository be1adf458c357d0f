"""Export the corpus: Article JSONL, a CSV of articles, or schema.org JSON-LD."""
from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from typing import TextIO

from cronaca.corpus.store import read_record

FORMATS = ("jsonl", "csv", "jsonld")
CSV_FIELDS = ("id", "article_id", "source", "url", "site", "title", "author", "published",
              "language", "trust_score", "words", "quotes", "text")


def export(conn: sqlite3.Connection, fmt: str, out: TextIO) -> int:
    """Write every article to ``out``; returns how many."""
    rows = conn.execute("SELECT id FROM articles ORDER BY id").fetchall()
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(CSV_FIELDS)
    for (rowid,) in rows:
        if fmt == "csv":
            writer.writerow(_csv_row(conn, rowid))
            continue
        article = read_record(conn, rowid)
        record = article.to_dict() if fmt == "jsonl" else news_article(article)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(rows)


def _csv_row(conn, rowid: int) -> list:
    row = conn.execute(f"SELECT {', '.join(CSV_FIELDS[:-2])}, text FROM articles WHERE id = ?",
                       (rowid,)).fetchone()
    quotes = conn.execute("SELECT COUNT(*) FROM quotes WHERE article = ?", (rowid,)).fetchone()[0]
    return [*row[:-1], quotes, row[-1]]


def news_article(article) -> dict:
    """schema.org NewsArticle with its quotations (Quotation, spokenByCharacter Person)."""
    meta = article.metadata
    people = {e.id: e for e in article.entities}
    node = {"@context": "https://schema.org", "@type": "NewsArticle",
            "identifier": article.id, "headline": meta.title, "url": meta.url,
            "author": meta.author, "datePublished": meta.published,
            "inLanguage": article.language, "publisher": meta.site,
            "articleBody": article.text,
            "mentions": [_thing(e) for e in article.entities],
            "hasPart": list(_quotations(article, people))}
    return {k: v for k, v in node.items() if v not in (None, [])}


def _thing(entity) -> dict:
    kind = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}.get(entity.type, "Thing")
    return {"@type": kind, "name": entity.name, "identifier": entity.key or None}


def _quotations(article, people) -> Iterator[dict]:
    for q in article.quotes:
        node = {"@type": "Quotation", "text": q.text, "additionalType": q.kind}
        if q.speaker:
            entity = people.get(q.speaker.entity_id)
            node["spokenByCharacter"] = (_thing(entity) if entity else
                                         {"@type": "Person", "name": q.speaker.name})
        yield node
