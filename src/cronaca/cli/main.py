"""The ``cronaca`` command: thin wrappers over the Python API."""
from __future__ import annotations

import logging
import sys

import click

from cronaca import __version__
from cronaca.cli.analyze import analyze
from cronaca.cli.batch import batch, load
from cronaca.cli.corpus import export, ingest, search, show
from cronaca.cli.evaluate import eval_group
from cronaca.cli.links import link, links
from cronaca.cli.provenance import diff, origin
from cronaca.cli.quotes import quotes
from cronaca.cli.serve import serve
from cronaca.cli.stories import cluster, stories, story


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cronaca")
@click.option("-v", "--verbose", is_flag=True, help="Log what each step does (to stderr).")
def cli(verbose: bool) -> None:
    """News forensics: clean text, who said what, translation traces, provenance."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    # trafilatura and htmldate log page-level complaints at WARNING/ERROR; they are
    # reported on the article instead.
    for noisy in ("trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.CRITICAL)


cli.add_command(analyze)
cli.add_command(eval_group)
cli.add_command(quotes)
for command in (ingest, search, show, export, link, links, origin, diff, cluster, stories,
                story, serve, batch, load):
    cli.add_command(command)


@cli.command()
def schema():
    """Print the JSON Schema of the Article records that analyze writes."""
    import json
    from cronaca.schema import article_schema
    click.echo(json.dumps(article_schema(), indent=2, ensure_ascii=False))


def main() -> None:
    try:
        cli.main(prog_name="cronaca", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("cronaca: interrupted", err=True)
        sys.exit(130)
