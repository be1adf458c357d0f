"""``cronaca analyze INPUT...``"""
from __future__ import annotations

import sys

import click

from cronaca.api import RunStats, analyze_many
from cronaca.cli.common import (analysis_options, fetch_options, make_analyze_options,
                                summary_line)
from cronaca.cli.progress import progress
from cronaca.output.formats import FORMATS, RENDERERS


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS),
              help="Output format. Default: a report on a terminal; JSON for one input "
                   "and JSONL for several when stdout is not a terminal.")
@analysis_options
@fetch_options
def analyze(inputs, fmt, **kw):
    """Analyse news pages: files, directories, URLs, JSONL, or - for stdin.

    Every record names its input in `source`. Exit status: 0 when every input
    was analysed, 1 when some failed, 2 for usage errors.
    """
    options, pipeline = make_analyze_options(**kw)
    fmt = fmt or _default_format(inputs)
    stats = RunStats()
    results = analyze_many(inputs, options, stats, stdin=sys.stdin.buffer,
                           pipeline=pipeline)
    with progress(inputs) as advance:
        for result in results:
            advance(result.source)
            if result.error:
                click.echo(f"cronaca: {result.error.one_line()}", err=True)
                continue
            emit(result.article, fmt)
    if stats.total > 1:
        click.echo(summary_line(stats), err=True)
    sys.exit(1 if stats.failed else 0)


def _default_format(inputs) -> str:
    if sys.stdout.isatty():
        return "report"
    one_page = len(inputs) == 1 and inputs[0] != "-" and not _may_hold_many(inputs[0])
    return "json" if one_page else "jsonl"


def _may_hold_many(path: str) -> bool:
    """Inputs that may hold several pages: their records go out as JSONL."""
    import os
    return os.path.isdir(path) or path.endswith((".jsonl", ".jsonl.gz", ".json", ".json.gz"))


def emit(article, fmt: str) -> None:
    """Print one article in ``fmt`` (also used by ``cronaca show``)."""
    if fmt == "report":
        from rich.console import Console
        from cronaca.output.report import print_report
        print_report(article, Console())
    else:
        click.echo(RENDERERS[fmt](article))
