"""The versioned JSON form of an Article (``schema: cronaca.article/1``).

The JSON Schema that every record validates against is
``cronaca/schema/article.schema.json``; change both together and bump the
version when a field changes meaning or disappears.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from cronaca.article import (SCHEMA, Article, Failure, Metadata, Paragraph,
                             RemovedLine, Sentence)


def article_to_dict(article: Article) -> dict[str, Any]:
    meta = dataclasses.asdict(article.metadata)
    return {
        "schema": SCHEMA,
        "id": article.id,
        "source": article.source,
        "input_kind": article.input_kind,
        "title": meta.pop("title"),
        "language": article.language,
        "language_confidence": article.language_confidence,
        "metadata": meta,
        "text": article.text,
        "paragraphs": [{"start": p.start, "end": p.end} for p in article.paragraphs],
        "sentences": [{"start": s.start, "end": s.end, "language": s.language}
                      for s in article.sentences],
        "removed": [dataclasses.asdict(r) for r in article.removed],
        "failures": [dataclasses.asdict(f) for f in article.failures],
        "steps": list(article.steps),
    }


def article_from_dict(data: dict[str, Any]) -> Article:
    if data.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} record (schema={data.get('schema')!r})")
    meta = dict(data.get("metadata") or {})
    meta["title"] = data.get("title")
    return Article(
        source=data["source"],
        text=data["text"],
        input_kind=data["input_kind"],
        metadata=Metadata(**meta),
        language=data.get("language"),
        language_confidence=data.get("language_confidence"),
        paragraphs=tuple(Paragraph(**p) for p in data.get("paragraphs", [])),
        sentences=tuple(Sentence(**s) for s in data.get("sentences", [])),
        removed=tuple(RemovedLine(**r) for r in data.get("removed", [])),
        failures=tuple(Failure(**f) for f in data.get("failures", [])),
        steps=tuple(data.get("steps", [])),
    )
