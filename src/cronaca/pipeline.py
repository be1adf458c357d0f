"""Steps and the pipeline that runs them.

A step is a small object with a ``name``, the Article fields it ``needs`` and
the ones it ``adds``, and one method, ``__call__(article) -> Article``, that
returns a new Article (Articles are immutable). The Pipeline checks the order
once, at construction, and runs the steps; a step that raises does not stop
the run: its failure is recorded on the article and the steps that needed
what it would have added are skipped.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Protocol

from cronaca.article import Article, Failure

log = logging.getLogger(__name__)

# What extraction (Page -> Article) provides before any step runs.
EXTRACTED = frozenset({"text", "metadata", "paragraphs", "removed"})


class Step(Protocol):
    name: str
    needs: frozenset[str]
    adds: frozenset[str]

    def __call__(self, article: Article) -> Article: ...


class PipelineOrderError(ValueError):
    pass


class Pipeline:
    def __init__(self, steps: Sequence[Step], provided: Iterable[str] = EXTRACTED):
        have = set(provided)
        for step in steps:
            missing = step.needs - have
            if missing:
                raise PipelineOrderError(
                    f"step {step.name!r} needs {sorted(missing)}, which no earlier step adds; "
                    f"put a step that adds them before {step.name!r}")
            have |= step.adds
        self.steps = tuple(steps)

    def __call__(self, article: Article) -> Article:
        lost: set[str] = set()
        for step in self.steps:
            if step.needs & lost:
                lost |= step.adds
                continue
            try:
                article = step(article)
            except Exception as exc:  # one bad article never stops a batch
                log.debug("step %s failed on %s", step.name, article.source, exc_info=True)
                failure = Failure(step.name, "step_failed", f"{type(exc).__name__}: {exc}")
                article = article.replace(failures=article.failures + (failure,))
                lost |= step.adds
                continue
            article = article.replace(steps=article.steps + (step.name,))
        return article
