"""``cronaca origin | diff``: thin wrappers over ``Corpus.origin`` and ``provenance.diff``."""
from __future__ import annotations

import json
import os
import sys

import click

from cronaca.cli.corpus import db_option, not_found, open_corpus

MARKS = {"same": "=", "edited": "~", "translated": "≈", "changed": "!", "dropped": "-",
         "added": "+"}
QUIET = ("same", "translated")


@click.command()
@click.argument("ref")
@db_option
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def origin(ref, db, fmt):
    """The likely original of an article among its copies and translations, with reasons.

    REF is a row id, an Article id (or a prefix) or a source, as for cronaca show.
    """
    with open_corpus(db) as corpus:
        found = corpus.origin(ref)
    if found is None:
        not_found(ref, db)
    if fmt == "json":
        click.echo(json.dumps(found.to_dict(), ensure_ascii=False, indent=2))
        return
    best = found.original
    click.echo(f"likely original: {_line(best.to_dict())}")
    for reason in best.reasons:
        click.echo(f"  + {reason}")
    click.echo(f"\n{len(found.members)} in the group (asked about #{found.asked}):")
    for member in found.members:
        m = member.to_dict()
        click.echo(f"{m['points']:>+4}  {_line(m)}  [{m['link'] or 'asked'}]")
        for reason in m["reasons"]:
            click.echo(f"        + {reason}")
        for reason in m["against"]:
            click.echo(f"        - {reason}")


def _line(m: dict) -> str:
    return (f"#{m['id']} {m['language'] or '??'} {(m.get('published') or '')[:10]:<10} "
            f"{m['title'] or m['source']}")


@click.command()
@click.argument("original")
@click.argument("copy")
@db_option
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.option("--all", "show_all", is_flag=True,
              help="Show every aligned sentence, not only what differs.")
def diff(original, copy, db, fmt, show_all):
    """What COPY changed against ORIGINAL: dropped, added and changed sentences, and
    above all names, places, numbers and dates that differ, across languages.

    ORIGINAL and COPY are articles of the corpus (row id, Article id or source), or two
    files, which are analysed first.
    """
    if os.path.isfile(original) and os.path.isfile(copy):
        result = _diff_files(original, copy)
    else:
        with open_corpus(db) as corpus:
            result = corpus.diff(original, copy)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    _print_diff(result, show_all)


def _diff_files(original: str, copy: str):
    from cronaca.api import analyze
    from cronaca.errors import CronacaError
    from cronaca.provenance import diff as compare
    try:
        return compare(analyze(original), analyze(copy), refs=(original, copy))
    except CronacaError as exc:
        click.echo(f"cronaca: {exc.one_line()}", err=True)
        sys.exit(1)


def _print_diff(result, show_all: bool) -> None:
    for label, side in (("original", result.original), ("copy", result.copy)):
        click.echo(f"{label:<9}{side['id']}  {side['language'] or '??'}  "
                   f"{side['title'] or side['source']}")
    counts = ", ".join(f"{n} {op}" for op, n in result.counts().items())
    click.echo(f"aligned: {counts}")
    for change in result.changes:
        click.echo("  " + click.style(str(change), fg="yellow", bold=True))
    quiet = 0
    for step in result.steps:
        if step.op in QUIET and not show_all:
            quiet += 1
            continue
        if quiet:
            click.echo(click.style(f"   ({quiet} kept)", dim=True))
            quiet = 0
        _print_step(step)
    if quiet:
        click.echo(click.style(f"   ({quiet} kept)", dim=True))


def _print_step(step) -> None:
    click.echo("")
    head = f"{MARKS[step.op]} {step.op}"
    if step.changes:
        head += ": " + "; ".join(str(c) for c in step.changes)
    click.echo(click.style(head, bold=True))
    if step.words and step.op == "edited":
        click.echo("    " + " ".join(_word(op, text) for op, text in step.words))
        return
    for piece in step.original:
        click.echo("  < " + _marked(piece.text, [c.original for c in step.changes], "red"))
    for piece in step.copy:
        click.echo("  > " + _marked(piece.text, [c.copy for c in step.changes], "green"))


def _word(op: str, text: str) -> str:
    if op == "-":
        return click.style(f"[-{text}-]", fg="red")
    if op == "+":
        return click.style(f"{{+{text}+}}", fg="green")
    return text


def _marked(text: str, names: list[str | None], colour: str) -> str:
    for name in filter(None, names):
        text = text.replace(name, click.style(name, fg=colour, bold=True, underline=True))
    return text
