"""One thread owns the analysis pipeline (its models load once) and the corpus
connection that writes; requests hand it pages and wait. SQLite connections and the
models stay in the thread that made them, and two analyses never compete for the
same model."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from cronaca.article import Article
from cronaca.errors import CronacaError
from cronaca.sources.page import Page
from cronaca.web.config import WebConfig


class Worker:
    def __init__(self, config: WebConfig, pipeline=None) -> None:
        self.config = config
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cronaca-analyse")
        self._pipeline = pipeline
        self._corpus = None

    def analyse(self, page: Page) -> Article:
        return self._pool.submit(self._analyse, page).result()

    def store(self, page: Page) -> int:
        """Analyse and store the page (``Corpus.ingest``); its row id."""
        return self._pool.submit(self._store, page).result()

    def close(self) -> None:
        self._pool.submit(self._close).result()
        self._pool.shutdown()

    def _pipe(self):
        if self._pipeline is None:
            from cronaca.api import default_pipeline
            self._pipeline = default_pipeline()
        return self._pipeline

    def _analyse(self, page: Page) -> Article:
        from cronaca.api import analyze
        return analyze(page, pipeline=self._pipe())

    def _store(self, page: Page) -> int:
        from cronaca.corpus import Corpus
        from cronaca.corpus.query import find_article
        if self._corpus is None:
            self._corpus = Corpus(self.config.db)
        failures = []
        self._corpus.ingest([], pages=[page], pipeline=self._pipe(), refresh=True,
                            on_page=lambda _s, status: failures.append(status)
                            if status.startswith("failed:") else None)
        rowid = find_article(self._corpus.conn, page.source)
        if rowid is None:
            # the ingest reported the failure as its one line: pass that line on
            raise CronacaError(failures[0][7:] if failures else "not stored")
        return rowid

    def _close(self) -> None:
        if self._corpus is not None:
            self._corpus.close()
