"""One analysed Article as rows of the batch tables, and the tables' Parquet schemas.

The tables mirror the corpus (docs/corpus.md) with the Article id as the key:
``articles`` (flat columns for queries, and ``record``: the whole Article JSON, so
``cronaca load`` stores exactly what the pipeline produced), ``entities``,
``mentions``, ``quotes``, ``diagnostics``, ``rejects`` (a page that gave no
article: its reason code and message) and ``signatures`` (what linking needs:
the MinHash, its LSH bands, the embedding and its bands, the facts).
"""
from __future__ import annotations

import json

import numpy as np
import pyarrow as pa

from cronaca.article import Article
from cronaca.errors import CronacaError
from cronaca.links import embed, minhash
from cronaca.links.evidence import features
from cronaca.links.text import shingles

_S, _I, _F = pa.string(), pa.int64(), pa.float64()

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("id", _S), ("input", _S), ("source", _S), ("url", _S), ("canonical_url", _S),
        ("site", _S), ("title", _S), ("author", _S), ("published", _S), ("language", _S),
        ("trust_score", _F), ("words", _I), ("text", _S), ("record", _S)]),
    "entities": pa.schema([("article", _S), ("entity", _S), ("key", _S), ("name", _S),
                           ("type", _S), ("aliases", pa.list_(_S)), ("backend", _S)]),
    "mentions": pa.schema([("article", _S), ("entity", _S), ("start", _I), ("end", _I),
                           ("text", _S), ("kind", _S)]),
    "quotes": pa.schema([
        ("article", _S), ("start", _I), ("end", _I), ("text", _S), ("kind", _S),
        ("cue", _S), ("cue_start", _I), ("cue_end", _I), ("speaker_entity", _S),
        ("speaker_name", _S), ("speaker_text", _S), ("speaker_start", _I),
        ("speaker_end", _I), ("confidence", _F)]),
    "diagnostics": pa.schema([("article", _S), ("start", _I), ("end", _I), ("text", _S),
                              ("kind", _S), ("evidence", _S), ("severity", _F)]),
    "rejects": pa.schema([("input", _S), ("source", _S), ("reason", _S), ("message", _S)]),
    "signatures": pa.schema([
        ("article", _S), ("language", _S), ("published", _S), ("chars", _I),
        ("content_hash", _S), ("minhash", pa.binary()), ("bands", pa.list_(_I)),
        ("embedding", pa.binary()), ("embedder", _S), ("embedding_bands", pa.list_(_I)),
        ("facts", pa.list_(pa.struct([("kind", _S), ("value", _S), ("label", _S)])))]),
}
TABLES = tuple(SCHEMAS)

# Random-hyperplane LSH on the normalised embedding: 32 bands of 12 sign bits. Two
# vectors share a band with probability p^12, p = 1 - angle/pi: a pair is a candidate
# with probability 0.99 at cosine 0.9, 0.88 at 0.8, 0.62 at 0.7, 0.16 at 0.45 and 0.03
# at 0.2 (docs/batch.md). Fixed seed: every worker draws the same planes.
EMBED_BANDS, EMBED_BITS, EMBED_DIM = 32, 12, 512
_PLANES = np.random.default_rng(20261129).standard_normal((EMBED_BANDS * EMBED_BITS, EMBED_DIM))
_WEIGHTS = (1 << np.arange(EMBED_BITS)).astype(np.int64)


def article_rows(article: Article, input_name: str) -> dict[str, list[dict]]:
    """Rows of every analysis table for one article (not ``signatures``)."""
    aid, meta = article.id, article.metadata
    rows: dict[str, list[dict]] = {"articles": [{
        "id": aid, "input": input_name, "source": article.source, "url": meta.url,
        "canonical_url": meta.canonical_url, "site": meta.site, "title": meta.title,
        "author": meta.author, "published": meta.published, "language": article.language,
        "trust_score": article.trust.score if article.trust else None,
        "words": len(article.text.split()), "text": article.text,
        "record": json.dumps(article.to_dict(), ensure_ascii=False)}]}
    rows["entities"] = [{"article": aid, "entity": e.id, "key": e.key, "name": e.name,
                         "type": e.type, "aliases": list(e.aliases), "backend": e.backend}
                        for e in article.entities]
    rows["mentions"] = [{"article": aid, "entity": e.id, "start": m.start, "end": m.end,
                         "text": m.text, "kind": m.kind}
                        for e in article.entities for m in e.mentions]
    rows["quotes"] = [_quote(aid, q) for q in article.quotes]
    rows["diagnostics"] = [{"article": aid, "start": d.start, "end": d.end, "text": d.text,
                            "kind": d.kind, "evidence": d.evidence, "severity": d.severity}
                           for d in article.diagnostics]
    return rows


def _quote(aid: str, q) -> dict:
    cue, speaker = q.cue, q.speaker
    return {"article": aid, "start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
            "cue": cue.text if cue else None, "cue_start": cue.start if cue else None,
            "cue_end": cue.end if cue else None,
            "speaker_entity": speaker.entity_id if speaker else None,
            "speaker_name": speaker.name if speaker else None,
            "speaker_text": speaker.text if speaker else None,
            "speaker_start": speaker.start if speaker else None,
            "speaker_end": speaker.end if speaker else None, "confidence": q.confidence}


def signature_row(article: Article, vector: np.ndarray | None, embedder: str) -> dict:
    """What linking needs of one article: computed as the local store computes it."""
    from cronaca.corpus.store import content_hash
    sig = minhash.signature(shingles(article.text))
    return {"article": article.id, "language": article.language,
            "published": article.metadata.published, "chars": len(article.text),
            "content_hash": content_hash(article), "minhash": minhash.to_blob(sig),
            "bands": [h for _, h in minhash.bands(sig)],
            "embedding": embed.to_blob(vector) if vector is not None else None,
            "embedder": embedder if vector is not None else None,
            "embedding_bands": embedding_bands(vector) if vector is not None else None,
            "facts": [{"kind": k, "value": v, "label": label}
                      for k, v, label in features(article)]}


def embedding_bands(vector: np.ndarray) -> list[int]:
    """One integer a band: the 12 sign bits of the vector against that band's planes."""
    bits = (_PLANES[:, :vector.shape[0]] @ vector.astype(np.float64)) > 0
    return [int(x) for x in bits.reshape(EMBED_BANDS, EMBED_BITS).astype(np.int64) @ _WEIGHTS]


def reject_row(error: CronacaError, input_name: str) -> dict:
    return {"input": input_name, "source": error.source or input_name,
            "reason": error.reason, "message": error.message}


def table(name: str, rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SCHEMAS[name])
