"""A local corpus in one SQLite file: ingest anything, search it, find who said what.

    from cronaca import Corpus
    with Corpus("news.db") as corpus:
        stats = corpus.ingest(["pages/", "https://example.org/a"])
        corpus.search("gas pipeline", Filters(language="de"))
        corpus.quotes_by("Putin")            # in any language and script, oldest first

The file is in WAL mode: readers (another process, the CLI, the web app) work
while an ingest writes, and each page is committed on its own, so killing an
ingest loses nothing already written; running it again resumes.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from typing import TextIO

from cronaca.article import Article
from cronaca.corpus import export as _export
from cronaca.corpus import query
from cronaca.corpus.ingest import IngestStats, ingest
from cronaca.corpus.migrations import migrate
from cronaca.corpus.query import Filters
from cronaca.corpus.store import read_record
from cronaca.errors import CronacaError
from cronaca.options import AnalyzeOptions

__all__ = ["Corpus", "Filters", "IngestStats"]


class Corpus:
    def __init__(self, path: str | os.PathLike = "cronaca.db", *, create: bool = True) -> None:
        self.path = os.fspath(path)
        if not create and not os.path.exists(self.path):
            raise CronacaError("no_corpus", self.path, detail=self.path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self.conn)
            self._linker = self._clusterer = None
        except sqlite3.DatabaseError as exc:
            raise CronacaError("bad_corpus", self.path, detail=str(exc)) from None

    def ingest(self, inputs: Iterable[str], options: AnalyzeOptions | None = None,
               **kwargs) -> IngestStats:
        if self.linking:
            self.catch_up()             # what a killed run stored but did not link or place
        kwargs.setdefault("on_write", self.on_write if self.linking else None)
        return ingest(self.conn, inputs, options, **kwargs)

    linking = True          # link each article as it is ingested (Corpus.linking = False: not)
    clustering = True       # then assign it to a story (needs linking: its facts and vector)

    def catch_up(self) -> None:
        """Link, then place in a story, the articles a killed run stored but did not."""
        self.linker.catch_up()
        if self.clustering:
            self.stories_clusterer.run()

    def on_write(self, rowid: int, article: Article) -> None:
        """The ingest hook: link the article, then place it in a story."""
        self.linker.update(rowid, article)
        if self.clustering:
            self.stories_clusterer.assign(rowid)

    @property
    def linker(self):
        if self._linker is None:
            from cronaca.links import Linker
            self._linker = Linker(self.conn)
        return self._linker

    @property
    def stories_clusterer(self):
        if self._clusterer is None:
            from cronaca.stories import Clusterer
            self._clusterer = Clusterer(self.conn, self.linker)
        return self._clusterer

    def cluster(self, rebuild: bool = False) -> int:
        """Assign articles without a story (``rebuild``: all again, oldest first);
        returns the number of stories."""
        return self.stories_clusterer.run(rebuild)

    def stories(self, min_size: int = 1, language: str | None = None,
                limit: int | None = None) -> list[dict]:
        """Stories, largest first: size, languages, time span, top names and speakers."""
        from cronaca.stories import list_stories
        return list_stories(self.conn, min_size, language, limit)

    def story(self, story_id: int) -> dict | None:
        """One story with its articles (id, source, url, language, title, published)."""
        from cronaca.stories import get_story
        return get_story(self.conn, story_id)

    def link(self, rebuild: bool = False) -> int:
        """Link every article again (``rebuild``: signatures and embeddings too);
        returns the number of links."""
        return self.linker.rebuild(rebuild)

    def links(self, ref: str | int) -> list[dict] | None:
        """The links of one article (row id, Article id or source), best first;
        None when there is no such article."""
        from cronaca.links import links_of
        rowid = query.find_article(self.conn, str(ref))
        return links_of(self.conn, rowid) if rowid is not None else None

    def origin(self, ref: str | int):
        """The article's group of copies and translations with its likely original
        (a ``cronaca.provenance.Origin``); None when there is no such article."""
        from cronaca.provenance.corpus import origin
        rowid = query.find_article(self.conn, str(ref))
        return origin(self.conn, rowid) if rowid is not None else None

    def diff(self, original: str | int, copy: str | int):
        """What ``copy`` changed against ``original`` (a ``cronaca.provenance.Diff``)."""
        from cronaca.provenance.corpus import diff_stored
        ids = [query.find_article(self.conn, str(ref)) for ref in (original, copy)]
        for ref, rowid in zip((original, copy), ids):
            if rowid is None:
                raise CronacaError("no_article", self.path, detail=str(ref))
        return diff_stored(self.conn, ids[0], ids[1],
                           embedder=self.linker.embedder if self._linker else None)

    def search(self, text: str, filters: Filters = Filters(), limit: int = 20) -> list[dict]:
        return query.search(self.conn, text, filters, limit)

    def quotes_by(self, speaker: str, filters: Filters = Filters()) -> list[dict]:
        return query.quotes_by(self.conn, speaker, filters)

    def article(self, ref: str | int) -> Article | None:
        rowid = query.find_article(self.conn, str(ref))
        return read_record(self.conn, rowid) if rowid is not None else None

    def export(self, fmt: str, out: TextIO) -> int:
        return _export.export(self.conn, fmt, out)

    def counts(self) -> dict[str, int]:
        tables = ("articles", "entities", "mentions", "quotes", "diagnostics", "links")
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
