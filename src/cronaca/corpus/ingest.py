"""Ingest: pages from any input, analysed, written one transaction each.

A re-run resumes: a file whose size and modification time are those recorded
at its last ingest, or a URL already ingested, is skipped before analysis
(``refresh=True`` analyses everything again). A page that fails is counted by
reason and the run goes on.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from cronaca.api import analyze, default_pipeline
from cronaca.article import Article
from cronaca.corpus.store import UNCHANGED, write_article
from cronaca.errors import CronacaError
from cronaca.options import AnalyzeOptions
from cronaca.pipeline import Pipeline
from cronaca.sources.page import Page

SKIPPED = "skipped"
log = logging.getLogger(__name__)


@dataclass
class IngestStats:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0                       # known source, not read again
    failed: Counter = field(default_factory=Counter)   # reason -> count

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.skipped + sum(self.failed.values())

    def count(self, status: str) -> None:
        setattr(self, status, getattr(self, status) + 1)


def stamp(source: str) -> str | None:
    """Size and mtime of the file behind a source ('a.jsonl:12' -> a.jsonl), or None."""
    path = source
    if not os.path.isfile(path) and ":" in source:
        path = source.rsplit(":", 1)[0]
    try:
        st = os.stat(path)
    except OSError:
        return None
    return f"{st.st_size}:{st.st_mtime_ns}" if os.path.isfile(path) else None


def ingest(conn: sqlite3.Connection, inputs: Iterable[str], options: AnalyzeOptions | None = None,
           *, pipeline: Pipeline | None = None, refresh: bool = False,
           stats: IngestStats | None = None, on_page: Callable[[str, str], None] | None = None,
           pages: Iterable[Page | CronacaError] | None = None,
           on_write: Callable[[int, Article], None] | None = None) -> IngestStats:
    """``on_write(rowid, article)`` runs after each new or changed article is stored
    (the corpus links it there); its failure is logged, never fatal to the page."""
    from cronaca.sources import iter_pages
    options = options or AnalyzeOptions()
    pipeline = pipeline or default_pipeline(options)
    stats = stats if stats is not None else IngestStats()
    # feed items already stored are not fetched again (a URL is known once ingested)
    known = None if refresh else (lambda source: _known(conn, source, stamp(source)))
    items = pages if pages is not None else iter_pages(list(inputs), options.fetch, known=known)
    for item in items:
        status = _one(conn, item, pipeline, refresh, on_write)
        if isinstance(status, CronacaError):
            stats.failed[status.reason] += 1
            status, source = "failed:" + status.one_line(), status.source
        else:
            stats.count(status)
            source = item.source
        if on_page:
            on_page(source, status)
    return stats


def _one(conn, item, pipeline: Pipeline, refresh: bool, on_write=None) -> str | CronacaError:
    if isinstance(item, CronacaError):
        return item
    mark = stamp(item.source)
    if not refresh and _known(conn, item.source, mark):
        return SKIPPED
    try:
        article = analyze(item, pipeline=pipeline)
    except CronacaError as exc:
        return exc
    status, rowid = write_article(conn, article, mark, page=item)
    if on_write is not None and status != UNCHANGED:
        try:
            on_write(rowid, article)
        except Exception:     # the article is stored; a failed link is recomputed by `cronaca link`
            log.exception("linking %s failed", item.source)
    return status


def _known(conn, source: str, mark: str | None) -> bool:
    row = conn.execute("SELECT stamp FROM sources WHERE source = ?", (source,)).fetchone()
    if row is None:
        return False
    if mark is None:            # a URL is known once ingested; stdin never is
        return "://" in source
    return row[0] == mark
