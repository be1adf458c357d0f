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
@click.argument("inputs", nargs=-1)
@click.option("-f", "--format", "fmt", type=click.Choice(QUOTE_FORMATS), default="table",
              show_default=True, help="table: grouped by speaker; csv: one row a quote; "
                                      "json: one list of quotes for all inputs.")
@click.option("--speaker", metavar="NAME", help="Everything NAME said across the corpus "
              "(--db), in any language and script, oldest first.")
@click.option("--db", default="cronaca.db", show_default=True, metavar="PATH",
              help="The corpus to read with --speaker.")
@analysis_options
@fetch_options
def quotes(inputs, fmt, speaker, db, **kw):
    """List who said what in news pages: files, directories, URLs, JSONL, or - for stdin;
    or, with --speaker, everything one person said across a corpus.

    Exit status: 0 when every input was analysed, 1 when some failed, 2 for usage errors.
    """
    if speaker:
        if inputs:
            raise click.UsageError("give INPUTS or --speaker NAME, not both")
        return _corpus_quotes(speaker, db, fmt)
    if not inputs:
        raise click.UsageError("give INPUTS to analyse, or --speaker NAME to read a corpus")
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



def _corpus_quotes(speaker: str, db: str, fmt: str) -> None:
    from cronaca.cli.corpus import open_corpus
    with open_corpus(db) as corpus:
        rows = corpus.quotes_by(speaker)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        import csv
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["text"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        for row in rows:
            click.echo(f"{(row['published'] or '')[:10]:<10}  {row['language'] or '??':<3}"
                       f"{row['speaker']}: \u201c{row['text']}\u201d  [{row['source']}]")
    if not rows:
        click.echo(f"cronaca: no quotes by {speaker} in {db}", err=True)
