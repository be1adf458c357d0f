"""``cronaca batch`` (Spark) and ``cronaca load``: thin wrappers over ``cronaca.batch``."""
from __future__ import annotations

import sys

import click

from cronaca.cli.common import analysis_options
from cronaca.cli.corpus import db_option
from cronaca.errors import CronacaError
from cronaca.options import AnalyzeOptions, FetchOptions


def _conf(ctx, param, values) -> dict[str, str]:
    out = {}
    for value in values:
        name, eq, setting = value.partition("=")
        if not eq or not name:
            raise click.BadParameter(f"{value!r} is not KEY=VALUE")
        out[name.strip()] = setting.strip()
    return out


@click.command()
@click.option("--input", "inputs", multiple=True, required=True, metavar="GLOB",
              help="WARC, WARC.gz or JSONL files (globs, ** too, or directories); repeat it.")
@click.option("--output", required=True, metavar="DIR", help="Where the Parquet tables go.")
@click.option("--master", default="local[*]", show_default=True,
              help="local[N], spark://HOST:PORT, yarn, k8s://...")
@click.option("--conf", multiple=True, callback=_conf, metavar="KEY=VALUE",
              help="A Spark setting, e.g. spark.executor.memory=6g; repeat it.")
@click.option("--no-links", is_flag=True,
              help="Analyse only: no embeddings, links or stories (a later run links these "
              "inputs on text and facts; with --refresh, on embeddings too).")
@click.option("--refresh", is_flag=True, help="Analyse again inputs finished before.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=FetchOptions().max_bytes,
              show_default=True, help="Skip (as a reject) records larger than this.")
@analysis_options
def batch(inputs, output, master, conf, no_links, refresh, max_bytes, language,
          entities_backend):
    """Analyse many archives on Apache Spark into Parquet tables (articles, entities,
    mentions, quotes, diagnostics, rejects, links, stories).

    Each input file is one task; a finished input is recorded and skipped when the
    command runs again. Needs pip install 'cronaca[spark]' and Java 17+.
    Then: cronaca load DIR --db PATH.

    Exit status: 0 when the batch ran (pages that gave no article are counted and
    kept in the rejects table), 1 when it could not run or a Spark job failed.
    """
    from cronaca.batch import batch as run
    options = AnalyzeOptions(fetch=FetchOptions(max_bytes=max_bytes, network=False), language=language,
                             entities_backend=entities_backend)

    def on_input(done):
        rejected = sum(done["rejects"].values())
        click.echo(f"cronaca: {done['input']}: {done['articles']} articles, "
                   f"{rejected} rejected", err=True)
    try:
        stats = run(list(inputs), output, master=master, options=options, conf=conf,
                    link=not no_links, refresh=refresh, on_input=on_input)
    except CronacaError as exc:
        click.echo(f"cronaca: {exc.one_line()}", err=True)
        sys.exit(1)
    rejected = sum(stats.rejects.values())
    line = (f"cronaca: {stats.inputs} inputs: {stats.analysed} analysed, {stats.skipped} "
            f"finished before; {stats.articles} articles, {rejected} pages rejected")
    if rejected:
        line += " (" + ", ".join(f"{n} {r}" for r, n in stats.rejects.most_common()) + ")"
    if stats.links is not None:
        line += f"; {stats.links} links, {stats.stories} stories"
    click.echo(line, err=True)


@click.command()
@click.argument("output", metavar="DIR")
@db_option
def load(output, db):
    """Store a batch output (cronaca batch --output DIR) in a corpus database, for
    search, quotes, origin and the web app. Loading twice changes no article or link."""
    from cronaca.batch import load as run
    try:
        stats = run(output, db)
    except CronacaError as exc:
        click.echo(f"cronaca: {exc.one_line()}", err=True)
        sys.exit(1)
    click.echo(f"cronaca: {output}: {stats.new} new, {stats.updated} updated, "
               f"{stats.unchanged} unchanged articles; {stats.links} links, "
               f"{stats.stories} stories", err=True)
