"""A progress bar on stderr, only when stderr is a terminal and there is a batch."""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager


@contextmanager
def progress(inputs):
    if not sys.stderr.isatty() or not _is_batch(inputs):
        yield lambda source: None
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn,
                               TextColumn, TimeElapsedColumn)
    bar = Progress(SpinnerColumn(), TextColumn("analysing"), BarColumn(),
                   MofNCompleteColumn(), TimeElapsedColumn(),
                   TextColumn("[dim]{task.fields[source]}"),
                   console=Console(stderr=True), transient=True)
    total = _count_pages(inputs)
    with bar:
        task = bar.add_task("analyse", total=total, source="")

        def advance(source: str) -> None:
            bar.update(task, advance=1, source=source[-50:])
        yield advance


def _is_batch(inputs) -> bool:
    return len(inputs) > 1 or any(os.path.isdir(i) or i.endswith(".jsonl") for i in inputs)


def _count_pages(inputs, cap: int = 1_000_000) -> int | None:
    """How many pages the inputs hold, when that is cheap to know: one a page file, the
    page files of a directory; None (a bar without total) for URLs (a feed holds many),
    JSONL, archives and feeds, or beyond ``cap`` files."""
    from cronaca.sources.files import PAGE_SUFFIXES, _base_name
    many = (".jsonl", ".json", ".warc", ".rss", ".atom", ".xml")   # several pages a file
    total = 0
    for item in inputs:
        if _base_name(item).endswith(many) or "://" in item:   # a URL may be a feed
            return None
        if not os.path.isdir(item):
            total += 1
            continue
        for dirpath, dirnames, filenames in os.walk(item):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            names = [n for n in filenames if not n.startswith(".")
                     and _base_name(n).endswith(PAGE_SUFFIXES)]
            if any(_base_name(n).endswith(many) for n in names):
                return None
            total += len(names)
            if total > cap:
                return None
    return total
