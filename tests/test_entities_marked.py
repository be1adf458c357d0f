"""The inline-annotated entity set: its markup and scoring through the CLI."""
import json

import pytest
from click.testing import CliRunner

from cronaca.cli.main import cli
from cronaca.evaluate.entity_marked import SHIPPED, SPLITS, parse


def test_parse_gives_plain_text_and_typed_mentions_with_their_entity():
    text, gold = parse("⟦PER1|Anna Berg⟧ met ⟦PER2|Jonas Lind⟧ in ⟦LOC3|Malmö⟧. ⟦PER1|Berg⟧ left.")
    assert text == "Anna Berg met Jonas Lind in Malmö. Berg left."
    assert [(text[s:e], t, i) for s, e, t, i in gold] == [
        ("Anna Berg", "PER", "1"), ("Jonas Lind", "PER", "2"), ("Malmö", "LOC", "3"),
        ("Berg", "PER", "1")]


def test_a_mark_of_another_shape_is_an_error():
    with pytest.raises(ValueError, match="not of the form"):
        parse("⟦MISC1|Eurovision⟧ was held in ⟦LOC2|Basel⟧.", "x.txt")


def test_shipped_set_covers_thirteen_languages():
    for split in SPLITS:
        langs = {p.name.split("_")[0] for p in (SHIPPED / split).glob("*.txt")}
        assert langs >= {"en", "it", "fr", "de", "es", "pt", "pl", "ru", "nl", "cs", "uk", "bg",
                         "sl"}


def test_entity_set_marks_the_very_articles_of_the_quote_set():
    from cronaca.evaluate import marked
    # both sets know the held-out splits, so none of them escapes this check
    assert SPLITS == marked.SPLITS and {"blind", "fresh"} <= set(SPLITS)
    for split in SPLITS:
        quoted = {d.name: d.text for d in marked.documents(marked.SHIPPED / split)}
        named = {p.stem: parse(p.read_text("utf-8"), p.name)[0]
                 for p in sorted((SHIPPED / split).glob("*.txt"))}
        assert named and named == quoted


def test_cli_scores_a_marked_folder(tmp_path):
    (tmp_path / "en_one.txt").write_text(
        "Bridge opens in Hull\n\nThe mayor of ⟦LOC1|Hull⟧, ⟦PER2|Sarah Finch⟧, opened the "
        "bridge on Monday. ⟦PER2|Finch⟧ thanked the builders.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "entities", "--marked", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)["languages"]["en"]
    assert scores["mentions"]["PER"]["gold"] == 2 and scores["mentions"]["PER"]["recall"] == 1.0
    assert scores["grouping"]["f1"] == 1.0


def test_cli_scores_one_shipped_split_on_request_and_the_blind_one_only_then(monkeypatch):
    from pathlib import Path
    from cronaca.evaluate import entity_marked
    seen = []

    def fake(folder):
        seen.append(Path(folder).name)
        return {"documents": 1, "directory": str(folder), "languages": {}}
    monkeypatch.setattr(entity_marked, "evaluate_entity_marked", fake)
    runner = CliRunner()
    assert runner.invoke(cli, ["eval", "entities", "--split", "blind", "--json"]).exit_code == 0
    assert runner.invoke(cli, ["eval", "entities", "--json"]).exit_code == 0
    assert seen == ["blind", "dev", "test"]
    result = runner.invoke(cli, ["eval", "entities", "--marked", ".", "--split", "test"])
    assert result.exit_code == 2 and "not both" in result.output
