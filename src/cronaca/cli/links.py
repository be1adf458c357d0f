"""``cronaca link | links``: thin wrappers over ``Corpus.link`` and ``Corpus.links``."""
from __future__ import annotations

import json

import click

from cronaca.cli.corpus import db_option, not_found, open_corpus


@click.command()
@db_option
@click.option("--rebuild", is_flag=True,
              help="Recompute signatures and embeddings too, not only the links.")
def link(db, rebuild):
    """Link every article of the corpus: duplicates, rewrites, translations, same story.

    Ingest links each article as it arrives; run this after changing thresholds
    or installing the multilingual model (with --rebuild).
    """
    with open_corpus(db) as corpus:
        n = corpus.link(rebuild=rebuild)
        articles = corpus.counts()["articles"]
    click.echo(f"cronaca: {n} links between {articles} articles", err=True)


@click.command()
@click.argument("ref")
@db_option
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def links(ref, db, fmt):
    """List the links of one article (row id, Article id or a prefix, or source)."""
    with open_corpus(db) as corpus:
        found = corpus.links(ref)
    if found is None:
        not_found(ref, db)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    for item in found:
        click.echo(f"{item['article']:>6}  {item['kind']:<11} {item['score']:.2f}  "
                   f"{item['language'] or '??':<3}{item['title'] or item['source']}")
        for line in item["evidence"]:
            click.echo(f"        {line}")
    if not found:
        click.echo("no links", err=True)
