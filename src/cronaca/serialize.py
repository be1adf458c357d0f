"""The versioned JSON form of an Article (``schema: cronaca.article/1``).

The JSON Schema that every record validates against is
``cronaca/schema/article.schema.json``; change both together and bump the
version when a field changes meaning or disappears.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from cronaca.article import (SCHEMA, Article, Cue, Diagnostic, Entity, Failure, Mention,
                             Metadata, Paragraph, Quote, RemovedLine, Sentence, Speaker, Trust)


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
        "entities": [_entity_to_dict(e) for e in article.entities],
        "quotes": [_quote_to_dict(q) for q in article.quotes],
        "diagnostics": [dataclasses.asdict(d) for d in article.diagnostics],
        "trust": _trust_to_dict(article.trust),
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
        entities=tuple(_entity_from_dict(e) for e in data.get("entities", [])),
        quotes=tuple(_quote_from_dict(q) for q in data.get("quotes", [])),
        diagnostics=tuple(Diagnostic(**d) for d in data.get("diagnostics", [])),
        trust=_trust_from_dict(data.get("trust")),
        failures=tuple(Failure(**f) for f in data.get("failures", [])),
        steps=tuple(data.get("steps", [])),
    )


def _entity_to_dict(entity: Entity) -> dict[str, Any]:
    record = dataclasses.asdict(entity)
    record["aliases"] = list(entity.aliases)
    return record


def _entity_from_dict(data: dict[str, Any]) -> Entity:
    return Entity(**{**data, "aliases": tuple(data.get("aliases", ())),
                     "mentions": tuple(Mention(**m) for m in data.get("mentions", ()))})


def _quote_to_dict(quote: Quote) -> dict[str, Any]:
    return dataclasses.asdict(quote)


def _quote_from_dict(data: dict[str, Any]) -> Quote:
    cue, speaker = data.get("cue"), data.get("speaker")
    return Quote(**{**data, "cue": Cue(**cue) if cue else None,
                    "speaker": Speaker(**speaker) if speaker else None})


def _trust_to_dict(trust: Trust | None) -> dict[str, Any] | None:
    if trust is None:
        return None
    return {**dataclasses.asdict(trust), "evidence": list(trust.evidence)}


def _trust_from_dict(data: dict[str, Any] | None) -> Trust | None:
    if not data:
        return None
    return Trust(**{**data, "evidence": tuple(data.get("evidence", ()))})
