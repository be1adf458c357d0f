"""``cronaca stories | story | cluster``: thin wrappers over ``Corpus.stories``,
``Corpus.story`` and ``Corpus.cluster``."""
from __future__ import annotations

import json

import click

from cronaca.cli.corpus import db_option, not_found, open_corpus

FORMAT = click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]),
                      default="table", show_default=True)


@click.command()
@db_option
@FORMAT
@click.option("--min-size", type=click.IntRange(min=1), default=2, show_default=True,
              help="Only stories with at least N articles.")
@click.option("--language", metavar="CODE", help="Only stories with an article in this language.")
@click.option("--limit", type=click.IntRange(min=1), help="At most N stories, largest first.")
def stories(db, fmt, min_size, language, limit):
    """List the stories of the corpus, largest first: size, languages, time span,
    the names and speakers most of their articles share, and a representative title.

    With --format json, each story lists its articles (id, source, url, language,
    title, published, score).
    """
    with open_corpus(db) as corpus:
        found = corpus.stories(min_size=min_size, language=language, limit=limit)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    for story in found:
        click.echo(_row(story))
    if not found:
        click.echo("no stories", err=True)


def _row(story: dict) -> str:
    span = " .. ".join(dict.fromkeys(d[:10] for d in (story["first"], story["last"]) if d)) or "undated"
    lines = [f"{story['id']:>6}  {story['size']:>4} articles  {','.join(story['languages'])}  "
             f"{span}", f"        {story['title']}"]
    if story["names"]:
        lines.append(f"        names: {', '.join(story['names'])}")
    if story["speakers"]:
        lines.append(f"        speakers: {', '.join(story['speakers'])}")
    return "\n".join(lines)


@click.command()
@click.argument("story_id", type=int)
@db_option
@FORMAT
def story(story_id, db, fmt):
    """Show one story and its articles, oldest first."""
    with open_corpus(db) as corpus:
        found = corpus.story(story_id)
    if found is None:
        not_found(f"story {story_id}", db, "story")
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    click.echo(_row(found))
    for a in found["articles"]:
        click.echo(f"  {a['id']:>6}  {(a['published'] or '')[:10]:<10}  {a['language'] or '??':<3}"
                   f"{a['title'] or a['source']}")


@click.command()
@db_option
@click.option("--rebuild", is_flag=True, help="Assign every article again, in ingest order.")
def cluster(db, rebuild):
    """Put articles without a story into stories (ingest does it as they arrive)."""
    with open_corpus(db) as corpus:
        n = corpus.cluster(rebuild=rebuild)
        articles = corpus.counts()["articles"]
    click.echo(f"cronaca: {n} stories of {articles} articles", err=True)
