"""``cronaca quotes INPUT...``: who said what, as a table, CSV or JSON."""
from __future__ import annotations

import json
import sys

import click

from cronaca.api import RunStats, analyze_many
from cronaca.cli.common import (analysis_options, fetch_options, make_analyze_options,
                                summary_line)

QUOTE_FORMATS = ("table", "csv", "json")


@click.command("quotes")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(QUOTE_FORMATS), default="table",
              show_default=True, help="table: grouped by speaker; csv: one row a quote; "
                                      "json: one list of quotes for all inputs.")
@analysis_options
@fetch_options
def quotes(inputs, fmt, **kw):
    """List who said what in news pages: files, directories, URLs, JSONL, or - for stdin.

    Exit status: 0 when every input was analysed, 1 when some failed, 2 for usage errors.
    """
    from cronaca.output import quotes as render
    options, pipeline = make_analyze_options(**kw)
    stats = RunStats()
    rows = []            # JSON is one list, so it is written at the end
    header_done = False
    results = analyze_many(inputs, options, stats, stdin=sys.stdin.buffer, pipeline=pipeline)
    for result in results:
        if result.error:
            click.echo(f"cronaca: {result.error.one_line()}", err=True)
            continue
        article = result.article
        if fmt == "table":
            from rich.console import Console
            render.print_quotes_table(article, Console())
        elif fmt == "csv":   # streamed: a batch of a million pages is not held in memory
            click.echo(render.to_csv([article], header=not header_done), nl=False)
            header_done = True
        else:
            rows.extend(render.quote_rows([article]))
    if fmt == "csv" and not header_done:
        click.echo(render.to_csv([]), nl=False)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    if stats.total > 1:
        click.echo(summary_line(stats), err=True)
    sys.exit(1 if stats.failed else 0)

