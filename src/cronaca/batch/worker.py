"""Analyse one input file into its Parquet parts: what each Spark task runs.

It runs the same pipeline as ``cronaca analyze`` (``cronaca.api``), with the
models loaded once per worker process and kept for its next inputs. A page that
fails is a row of ``rejects`` with its reason code; an unexpected error on one
page is a reject too (``internal_error``), so one bad record never fails the task.
Rows are written in row groups of ``GROUP`` articles, so a 1 GB WARC never sits
in memory; the parts are renamed into place and the marker written last.
"""
from __future__ import annotations

import logging
import os
from collections import Counter
from dataclasses import dataclass, field

import pyarrow.parquet as pq

from cronaca.api import _extract, default_pipeline
from cronaca.article import Article
from cronaca.batch import layout, rows
from cronaca.errors import CronacaError
from cronaca.options import AnalyzeOptions

log = logging.getLogger(__name__)
GROUP = 64          # articles a row group (and an embedding batch)

NOISY = ("trafilatura", "htmldate", "charset_normalizer", "wordfreq")
_MODELS: dict = {}  # per worker process: the pipeline and the embedder, loaded once


def models(options: AnalyzeOptions):
    if options not in _MODELS:
        from cronaca.links.embed import Embedder
        for noisy in NOISY:       # a worker's stderr is the job's log: page-level notes
            logging.getLogger(noisy).setLevel(logging.ERROR)   # are on the article
        _MODELS.clear()
        _MODELS[options] = (default_pipeline(options), Embedder())
    return _MODELS[options]


@dataclass
class Done:
    input: str
    articles: int = 0
    rejects: Counter = field(default_factory=Counter)   # reason -> pages


def run_input(path: str, output: str, options: AnalyzeOptions, link: bool = True) -> Done:
    """Analyse every page of ``path`` into ``output``; returns what it wrote."""
    from cronaca.sources import iter_pages
    pipeline, embedder = models(options)
    embedder = embedder if link else None
    mark = layout.stamp(path)            # before reading: a file changed meanwhile is redone
    writer = _Writer(output, layout.key(path))
    done, buffer, rejects = Done(path), [], []
    try:
        for item in iter_pages([path], options.fetch):
            result = _analyse(item, pipeline)
            if isinstance(result, CronacaError):
                rejects.append(rows.reject_row(result, path))
                done.rejects[result.reason] += 1
            else:
                buffer.append(result)
            if len(buffer) >= GROUP or len(rejects) >= GROUP:
                done.articles += _flush(writer, buffer, rejects, path, embedder)
        done.articles += _flush(writer, buffer, rejects, path, embedder)
        writer.close()
    except BaseException:
        writer.abort()
        raise
    layout.write_json(os.path.join(output, layout.MARKERS, layout.key(path) + ".json"),
                      {"input": path, "stamp": mark, "articles": done.articles,
                       "rejects": dict(done.rejects), "finished_at": layout.now()})
    return done


def _analyse(item, pipeline) -> Article | CronacaError:
    if isinstance(item, CronacaError):
        return item
    try:
        return pipeline(_extract(item))
    except CronacaError as exc:
        return exc
    except Exception as exc:      # a bug on one page is that page's reject, not the task's
        log.exception("analysing %s failed", item.source)
        return CronacaError("internal_error", item.source, detail=f"{type(exc).__name__}: {exc}")


def _flush(writer: "_Writer", buffer: list[Article], rejects: list[dict], path: str,
           embedder) -> int:
    """Write the buffered articles (one row group a table) and rejects; empty both."""
    tables: dict[str, list[dict]] = {name: [] for name in rows.TABLES}
    tables["rejects"] = list(rejects)
    for article in buffer:
        for name, found in rows.article_rows(article, path).items():
            tables[name] += found
    # without links, no embeddings (the costly part); MinHash and facts are kept
    vectors = _vectors(embedder, buffer) if embedder is not None else [None] * len(buffer)
    name = embedder.name if embedder is not None else ""
    tables["signatures"] = [rows.signature_row(a, v, name) for a, v in zip(buffer, vectors)]
    for table, found in tables.items():
        writer.add(table, found)
    count = len(buffer)
    buffer.clear()
    rejects.clear()
    return count


def _vectors(embedder, articles: list[Article]) -> list:
    try:
        return embedder.embed_many(articles)
    except Exception:             # no vectors: these articles link on names and numbers only
        log.exception("embedding failed")
        return [None] * len(articles)


class _Writer:
    """One ParquetWriter a table, each to a hidden file renamed on ``close``."""

    def __init__(self, output: str, input_key: str) -> None:
        self.final = {t: layout.part(output, t, input_key) for t in rows.TABLES}
        self.tmp = {t: os.path.join(os.path.dirname(p), "." + os.path.basename(p) + ".tmp")
                    for t, p in self.final.items()}
        self.writers: dict[str, pq.ParquetWriter] = {}

    def _open(self, table: str) -> pq.ParquetWriter:
        if table not in self.writers:
            os.makedirs(os.path.dirname(self.tmp[table]), exist_ok=True)
            self.writers[table] = pq.ParquetWriter(self.tmp[table], rows.SCHEMAS[table],
                                                   compression="zstd")
        return self.writers[table]

    def add(self, table: str, found: list[dict]) -> None:
        if found:
            self._open(table).write_table(rows.table(table, found))

    def close(self) -> None:
        """Every table gets its part, empty ones too: a re-run replaces all of them."""
        for table in rows.TABLES:
            self._open(table).close()
        for table in rows.TABLES:
            os.replace(self.tmp[table], self.final[table])

    def abort(self) -> None:
        for table, writer in self.writers.items():
            try:
                writer.close()
                os.remove(self.tmp[table])
            except OSError:
                pass
