"""The Python API: ``analyze`` one page, ``analyze_many`` for batches."""
from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from cronaca.article import Article
from cronaca.errors import CronacaError
from cronaca.options import AnalyzeOptions
from cronaca.pipeline import Pipeline
from cronaca.sources.page import Page


def default_pipeline(options: AnalyzeOptions | None = None) -> Pipeline:
    from cronaca.diagnostics import Diagnostics
    from cronaca.entities import Entities
    from cronaca.quotes import Quotes
    from cronaca.steps.language import DocumentLanguage, SentenceLanguage
    from cronaca.steps.segment import Segment
    options = options or AnalyzeOptions()
    return Pipeline([DocumentLanguage(options.language), Segment(), SentenceLanguage(),
                     Entities(options.entities_backend), Quotes(), Diagnostics()])


def analyze(source: str | Page | None = None, *, html: str | None = None,
            text: str | None = None, url: str | None = None,
            options: AnalyzeOptions | None = None,
            pipeline: Pipeline | None = None) -> Article:
    """Analyse one page: a path or URL, a ``Page``, or ``html=``/``text=`` strings.

    Raises ``CronacaError`` (with ``.reason`` and a one-line ``.message``)
    when the page cannot be read or holds no article text.
    """
    options = options or AnalyzeOptions()
    page = _one_page(source, html=html, text=text, url=url, options=options)
    return (pipeline or default_pipeline(options))(_extract(page))


def _extract(page: Page) -> Article:
    """Extraction with every failure as a CronacaError naming the page."""
    from cronaca.extract import extract
    try:
        return extract(page)
    except CronacaError as exc:
        exc.source = exc.source or page.source
        raise
    except Exception as exc:  # an extractor bug is this page's failure, not the caller's
        raise CronacaError("extract_failed", page.source,
                           detail=f"{type(exc).__name__}: {exc}") from exc


def _one_page(source, *, html, text, url, options) -> Page:
    if isinstance(source, Page):
        return source
    if html is not None or text is not None:
        return Page(source=source or url or ("<html>" if html is not None else "<text>"),
                    text=html if html is not None else text,
                    kind="html" if html is not None else "text", url=url)
    if not source:
        raise ValueError("give a path or URL, a Page, or html= / text=")
    from cronaca.sources import iter_pages
    items = list(itertools.islice(iter_pages([source], options.fetch), 2))
    if len(items) > 1:
        raise ValueError(f"{source} holds several pages; use analyze_many()")
    item = items[0] if items else CronacaError("empty_dir", source)
    if isinstance(item, CronacaError):
        raise item
    return item


@dataclass
class Result:
    source: str
    article: Article | None = None
    error: CronacaError | None = None


@dataclass
class RunStats:
    analysed: int = 0
    failed: Counter = field(default_factory=Counter)   # reason -> count

    @property
    def total(self) -> int:
        return self.analysed + sum(self.failed.values())


def analyze_many(inputs: Iterable[str], options: AnalyzeOptions | None = None,
                 stats: RunStats | None = None, stdin=None,
                 pipeline: Pipeline | None = None) -> Iterator[Result]:
    """Analyse every page of every input; failures are yielded, never raised."""
    from cronaca.sources import iter_pages
    options = options or AnalyzeOptions()
    stats = stats if stats is not None else RunStats()
    pipeline = pipeline or default_pipeline(options)
    for item in iter_pages(list(inputs), options.fetch, stdin=stdin):
        if isinstance(item, CronacaError):
            stats.failed[item.reason] += 1
            yield Result(item.source, error=item)
            continue
        try:
            article = pipeline(_extract(item))
        except CronacaError as exc:
            stats.failed[exc.reason] += 1
            yield Result(item.source, error=exc)
            continue
        stats.analysed += 1
        yield Result(item.source, article=article)
