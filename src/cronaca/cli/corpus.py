"""``cronaca ingest | search | show | export``: thin wrappers over ``cronaca.Corpus``."""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager

import click

from cronaca.cli.common import analysis_options, fetch_options, make_analyze_options
from cronaca.cli.progress import progress
from cronaca.errors import CronacaError

DB_HELP = "The corpus database (one SQLite file)."


def db_option(command):
    return click.option("--db", default="cronaca.db", show_default=True, metavar="PATH",
                        help=DB_HELP)(command)


@contextmanager
def open_corpus(db: str, create: bool = False):
    """The corpus, or a one-line error (exit 1) for a missing or foreign file."""
    from cronaca.corpus import Corpus
    try:
        corpus = Corpus(db, create=create)
    except CronacaError as exc:
        click.echo(f"cronaca: {exc.one_line()}", err=True)
        sys.exit(1)
    try:
        yield corpus
    except CronacaError as exc:
        click.echo(f"cronaca: {exc.one_line()}", err=True)
        sys.exit(1)
    finally:
        corpus.close()


def not_found(ref, db: str, what: str = "article") -> None:
    """One line on stderr and exit 1: REF names nothing in the corpus."""
    click.echo(f"cronaca: {ref}: no such {what} in {db}", err=True)
    sys.exit(1)


@click.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--refresh", is_flag=True, help="Analyse again sources ingested before.")
@analysis_options
@fetch_options
def ingest(sources, db, refresh, **kw):
    """Analyse pages and store them in a corpus: files, directories, URLs, JSONL,
    WARC archives, RSS/Atom feeds.

    Idempotent: a page ingested twice is one article; a changed page is updated.
    A re-run skips files unchanged since their last ingest, so an interrupted run
    resumes. Exit status: 0 when every page was stored, 1 when some failed.
    """
    options, pipeline = make_analyze_options(**kw)
    with open_corpus(db, create=True) as corpus, progress(list(sources)) as advance:
        def on_page(source, status):
            advance(source)
            if status.startswith("failed:"):
                click.echo(f"cronaca: {status[7:]}", err=True)
        stats = corpus.ingest(sources, options, pipeline=pipeline, refresh=refresh,
                              on_page=on_page)
    failed = sum(stats.failed.values())
    line = (f"cronaca: {stats.total} pages: {stats.new} new, {stats.updated} updated, "
            f"{stats.unchanged} unchanged, {stats.skipped} skipped (ingested before), "
            f"{failed} failed")
    if failed:
        line += " (" + ", ".join(f"{n} {r}" for r, n in stats.failed.most_common()) + ")"
    click.echo(line, err=True)
    sys.exit(1 if failed else 0)


def filter_options(command):
    for option in reversed([
        click.option("--language", metavar="CODE", help="Only articles in this language."),
        click.option("--site", help="Only articles from this site."),
        click.option("--since", metavar="DATE", help="Published on or after (YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", help="Published on or before (YYYY-MM-DD)."),
    ]):
        command = option(command)
    return command


@click.command()
@click.argument("query")
@db_option
@filter_options
@click.option("--speaker", metavar="NAME", help="Only articles quoting this person.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def search(query, db, language, site, since, until, speaker, limit, fmt):
    """Full-text search of the corpus (FTS5: words, "phrases", OR, NOT, prefix*)."""
    from cronaca.corpus import Filters
    with open_corpus(db) as corpus:
        hits = corpus.search(query, Filters(language, site, since, until, speaker), limit)
    if fmt == "json":
        click.echo(json.dumps(hits, ensure_ascii=False, indent=2))
        return
    for hit in hits:
        click.echo(f"{hit['id']:>6}  {hit['published'] or '':<10.10}  {hit['language'] or '??':<3}"
                   f"{hit['title'] or hit['source']}")
        click.echo(f"        {hit['snippet']}")
    if not hits:
        click.echo("no articles match", err=True)


@click.command()
@click.argument("ref")
@db_option
@click.option("-f", "--format", "fmt", type=click.Choice(["report", "json", "markdown", "text"]),
              default=None, help="Default: a report on a terminal, JSON otherwise.")
def show(ref, db, fmt):
    """Show one stored article: its row id, Article id (or a prefix) or source."""
    from cronaca.cli.analyze import emit
    with open_corpus(db) as corpus:
        article = corpus.article(ref)
    if article is None:
        not_found(ref, db)
    emit(article, fmt or ("report" if sys.stdout.isatty() else "json"))


@click.command()
@db_option
@click.option("-f", "--format", "fmt", type=click.Choice(["jsonl", "csv", "jsonld"]),
              default="jsonl", show_default=True,
              help="jsonl: Article records; csv: one row an article; jsonld: schema.org "
                   "NewsArticle with Quotation and Person, one per line.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here instead of stdout.")
def export(db, fmt, output):
    """Export every article of the corpus."""
    with open_corpus(db) as corpus:
        n = corpus.export(fmt, output)
    click.echo(f"cronaca: exported {n} articles", err=True)
