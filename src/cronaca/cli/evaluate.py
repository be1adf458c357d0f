"""``cronaca eval ...``: score the pipeline on annotated data."""
from __future__ import annotations

import json

import click


@click.group("eval")
def eval_group():
    """Measure quality on annotated corpora."""


@eval_group.command("lines")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_lines(directory, as_json):
    """Score the plain-text line cleaner on line-level clean/noise labels.

    DIRECTORY holds LANG/train.json and LANG/dev.json files, each a JSON list
    of {"text": [lines], "labels": ["0"|"1", ...]} ("1" = clean).
    """
    from cronaca.evaluate.lines import evaluate_lines, format_lines_report
    result = evaluate_lines(directory)
    click.echo(json.dumps(result, indent=2) if as_json else format_lines_report(result))
