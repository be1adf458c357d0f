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
    total = len(inputs) if not any(os.path.isdir(i) for i in inputs) else None
    with bar:
        task = bar.add_task("analyse", total=total, source="")

        def advance(source: str) -> None:
            bar.update(task, advance=1, source=source[-50:])
        yield advance


def _is_batch(inputs) -> bool:
    return len(inputs) > 1 or any(os.path.isdir(i) or i.endswith(".jsonl") for i in inputs)
