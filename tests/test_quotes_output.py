"""Who-said-what renderings and the ``quotes`` command."""
from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner
from rich.console import Console

from cronaca.article import Article, Cue, Quote, Speaker
from cronaca.cli.quotes import quotes as quotes_command
from cronaca.output import quotes as render

TEXT = '"We will win," said Ana Ruiz. The vote is on Sunday, officials said.'


def sample() -> Article:
    q1 = Quote(1, 12, "We will win", "direct", Cue(21, 25, "said"),
               Speaker(26, 34, "Ana Ruiz", "e1", "Ana Ruiz"), 0.9)
    q2 = Quote(36, 58, "The vote is on Sunday", "indirect", Cue(70, 74, "said"),
               Speaker(60, 69, "officials", None, "officials"), 0.6)
    q3 = Quote(0, 5, "Later", "direct", None, None, 0.3)
    return Article(source="a.txt", text=TEXT, input_kind="text", quotes=(q1, q2, q3))


def test_rows_point_at_the_text() -> None:
    rows = render.quote_rows([sample()])
    assert [r["speaker"] for r in rows] == ["Ana Ruiz", "officials", None]
    assert rows[0] == {"source": "a.txt", "speaker": "Ana Ruiz", "entity_id": "e1",
                       "speaker_text": "Ana Ruiz", "kind": "direct", "text": "We will win",
                       "cue": "said", "start": 1, "end": 12, "confidence": 0.9}


def test_csv_has_a_header_and_one_row_a_quote() -> None:
    rows = list(csv.DictReader(io.StringIO(render.to_csv([sample()]))))
    assert len(rows) == 3
    assert tuple(rows[0]) == render.COLUMNS
    assert rows[1]["kind"] == "indirect" and rows[2]["speaker"] == ""


def test_json_is_one_list() -> None:
    data = json.loads(render.to_json([sample(), sample()]))
    assert len(data) == 6 and data[0]["text"] == "We will win"


def test_table_groups_by_speaker_unattributed_last() -> None:
    console = Console(width=120, record=True)
    render.print_quotes_table(sample(), console)
    out = console.export_text()
    assert out.index("Ana Ruiz") < out.index("officials") < out.index("(unattributed)")


def test_table_says_when_there_are_no_quotes() -> None:
    console = Console(width=80, record=True)
    render.print_quotes_table(Article(source="b.txt", text="x", input_kind="text"), console)
    assert "b.txt: no quotes found" in console.export_text()


ARTICLE = """Council approves new bridge over the river after a long debate

The city council approved the plan for a new bridge over the river on Tuesday evening, after a debate that lasted more than four hours.

"This bridge will connect two neighbourhoods that have been apart for a century," said Maria Lopez, the mayor of the city.

According to the city engineers, the construction will take about three years and will cost less than the previous plan.
"""


def test_quotes_command_formats(tmp_path) -> None:
    page = tmp_path / "bridge.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(quotes_command, [str(page), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {(r["speaker"], r["kind"]) for r in data} == {("Maria Lopez", "direct"),
                                                         ("the city engineers", "indirect")}
    result = runner.invoke(quotes_command, [str(page), "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == ",".join(render.COLUMNS)
    result = runner.invoke(quotes_command, [str(page)])
    assert result.exit_code == 0 and "Maria Lopez" in result.stdout


def test_quotes_command_reports_a_missing_input(tmp_path) -> None:
    result = CliRunner().invoke(quotes_command, [str(tmp_path / "nope.txt"), "-f", "json"])
    assert result.exit_code == 1
    assert "cronaca:" in result.stderr


def test_quotes_command_has_help() -> None:
    result = CliRunner().invoke(quotes_command, ["--help"])
    assert result.exit_code == 0 and "--format" in result.stdout
