"""The inline-annotated quote set: the markup, its errors, and scoring through the CLI."""
import json

import pytest
from click.testing import CliRunner

from cronaca.cli.main import cli
from cronaca.evaluate.marked import SHIPPED, SPLITS, MarkupError, documents, parse

MARKED = ("⟦s1|La ministra⟧ ⟦c1|ha detto⟧ ⟦i1|che la legge cambierà⟧. "
          "«⟦q2|Non ora⟧», ⟦c2|ha aggiunto⟧ ⟦s2|⟦s3|Bianchi⟧⟧, «⟦q2|ma presto⟧». "
          "⟦s3|Lei⟧ ha ⟦c3|definito⟧ ⟦p3|il voto \"storico\"⟧.")


def test_parse_gives_plain_text_and_the_parts_of_each_attribution():
    text, gold, kinds = parse(MARKED)
    assert "⟦" not in text and "|" not in text
    assert text.startswith("La ministra ha detto che la legge cambierà. «Non ora»")
    by_content = {" + ".join(text[s:e] for s, e in g.content): g for g in gold}
    indirect = by_content["che la legge cambierà"]
    assert not indirect.quote and [text[s:e] for s, e in indirect.source] == ["La ministra"]
    interrupted = by_content["Non ora + ma presto"]
    assert interrupted.quote and [text[s:e] for s, e in interrupted.cue] == ["ha aggiunto"]
    partial = by_content['il voto "storico"']
    # a nested mark gives one span two roles: Bianchi speaks in 2, and is "Lei" of 3
    assert [text[s:e] for s, e in partial.source] == ["Bianchi", "Lei"]
    assert sorted(kinds.values()) == ["direct", "partial"]


@pytest.mark.parametrize("bad, message", [("⟦q1|open", "never closed"),
                                          ("closed⟧", "without"),
                                          ("⟦s1|Anna⟧ ⟦c1|said⟧", "no content")])
def test_bad_markup_is_named(bad, message):
    with pytest.raises(MarkupError, match=message):
        parse(bad, "x.txt")


def test_shipped_set_parses_in_every_language():
    for split in SPLITS:
        docs = documents(SHIPPED / split)
        assert {d.language for d in docs} >= {"en", "it", "fr", "de", "es", "pt", "pl", "ru",
                                              "nl", "cs", "uk", "bg", "sl"}
        assert sum(len(d.gold) for d in docs) >= 40


def test_cli_scores_a_marked_folder_per_language(tmp_path):
    (tmp_path / "it_uno.txt").write_text(
        "Nuovo ponte a Trento\n\n«⟦q1|Il ponte sarà pronto in primavera⟧», "
        "⟦c1|ha detto⟧ ⟦s1|il sindaco Luca Neri⟧ ieri sera.\n", encoding="utf-8")
    (tmp_path / "en_two.txt").write_text(
        "Rain all week\n\nIt rained in the valley for six days in a row.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "quotes", "--marked", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["documents"] == 2
    assert scores["languages"]["it"]["quotes@80"]["f1"] == 1.0
    assert scores["languages"]["it"]["speaker_accuracy"] == 1.0
    assert scores["languages"]["en"]["quotes@30"]["gold"] == 0


def test_cli_names_a_broken_annotation(tmp_path):
    (tmp_path / "it_rotto.txt").write_text("⟦q1|mai chiuso", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "quotes", "--marked", str(tmp_path)])
    assert result.exit_code == 2 and "never closed" in result.output
    assert "Traceback" not in result.output


def test_cli_scores_one_shipped_split_on_request_and_the_blind_one_only_then(monkeypatch):
    from pathlib import Path
    from cronaca.evaluate import marked
    seen = []

    def fake(folder):
        seen.append(Path(folder).name)
        return {"documents": 1, "directory": str(folder), "languages": {}}
    monkeypatch.setattr(marked, "evaluate_marked", fake)
    runner = CliRunner()
    assert runner.invoke(cli, ["eval", "quotes", "--split", "blind", "--json"]).exit_code == 0
    assert runner.invoke(cli, ["eval", "quotes", "--json"]).exit_code == 0
    assert seen == ["blind", "dev", "test"]


@pytest.mark.parametrize("args, message", [(["--split", "train"], "no train split"),
                                           (["--polnear", ".", "--split", "blind"], "not blind"),
                                           (["--marked", ".", "--split", "dev"], "not both")])
def test_cli_names_a_split_that_does_not_fit(args, message):
    result = CliRunner().invoke(cli, ["eval", "quotes", *args])
    assert result.exit_code == 2 and message in result.output
