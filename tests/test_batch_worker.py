"""The batch pieces that need no Spark: one input's task run in-process, the output
layout, and the one-line errors of cronaca batch and cronaca load."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from models import needs_pyarrow

pytestmark = needs_pyarrow

PAGE = ("Il consiglio comunale di Bergamo ha approvato ieri il nuovo piano per le piste "
        "ciclabili. \"Lo aspettavamo da anni\", ha detto l'assessora Chiara Rota.")


def jsonl(path, *texts):
    path.write_text("".join(json.dumps({"url": f"https://a.example/{i}", "text": t}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    return str(path)


def test_a_task_writes_every_table_and_its_marker_last(tmp_path):
    import pyarrow.parquet as pq
    from cronaca.batch import layout, rows
    from cronaca.batch.worker import run_input
    from cronaca.options import AnalyzeOptions, FetchOptions
    path = jsonl(tmp_path / "a.jsonl", PAGE, "")
    out = tmp_path / "out"
    layout.prepare(str(out))
    offline = AnalyzeOptions(fetch=FetchOptions(network=False))
    done = run_input(path, str(out), offline, link=False)
    assert (done.articles, dict(done.rejects)) == (1, {"no_fetch": 1})   # never the network
    for name in rows.TABLES:
        assert pq.read_table(layout.part(str(out), name, layout.key(path))).schema.equals(
            rows.SCHEMAS[name])
    assert pq.read_table(out / "quotes").to_pylist()[0]["speaker_name"] == "Chiara Rota"
    assert layout.done(str(out), path)
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": PAGE}) + "\n", encoding="utf-8")
    assert not layout.done(str(out), path)        # the input changed since its marker


def test_an_unexpected_failure_on_one_page_is_a_reject_not_a_failed_task(tmp_path, monkeypatch):
    import pyarrow.parquet as pq
    from cronaca.batch import layout, worker
    from cronaca.options import AnalyzeOptions
    options = AnalyzeOptions()
    pipeline, embedder = worker.models(options)

    def flaky(article):
        if "Bergamo" in article.text:
            raise RuntimeError("boom")
        return pipeline(article)
    monkeypatch.setitem(worker._MODELS, options, (flaky, embedder))
    path = jsonl(tmp_path / "b.jsonl", PAGE, "A second page, in English, with nothing odd in it.")
    out = tmp_path / "out"
    layout.prepare(str(out))
    done = worker.run_input(path, str(out), options, link=False)
    assert (done.articles, dict(done.rejects)) == (1, {"internal_error": 1})
    reject = pq.read_table(out / "rejects").to_pylist()[0]
    assert "RuntimeError: boom" in reject["message"]


def test_expand_takes_globs_and_directories_and_refuses_urls(tmp_path):
    from cronaca.batch import layout
    from cronaca.errors import CronacaError
    (tmp_path / "d").mkdir()
    for name in ("x.warc.gz", "y.jsonl", "notes.md"):
        (tmp_path / "d" / name).write_text("x")
    found = layout.expand([str(tmp_path / "d"), str(tmp_path / "d" / "*.jsonl")])
    assert [p.rsplit("/", 1)[1] for p in found] == ["x.warc.gz", "y.jsonl"]
    with pytest.raises(CronacaError) as error:
        layout.expand(["https://example.org/crawl.warc.gz"])
    assert error.value.reason == "batch_not_local"


def test_batch_and_load_errors_are_one_line(tmp_path):
    from cronaca.cli.main import cli
    runner = CliRunner()
    result = runner.invoke(cli, ["batch", "--input", str(tmp_path / "none*.warc"),
                                 "--output", str(tmp_path / "out")])
    assert result.exit_code == 1 and "no such file" in result.output
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "thesis.tex").write_text("mine")
    path = jsonl(tmp_path / "c.jsonl", PAGE)
    result = runner.invoke(cli, ["batch", "--input", path, "--output", str(tmp_path / "busy")])
    assert result.exit_code == 1 and "not a cronaca batch output" in result.output
    assert (tmp_path / "busy" / "thesis.tex").read_text() == "mine"
    result = runner.invoke(cli, ["load", str(tmp_path / "busy"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1 and "holds no batch output" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_damaged_part_stops_load_with_one_line_and_keeps_what_it_stored(tmp_path):
    import pyarrow.parquet as pq
    from cronaca.batch import layout, load
    from cronaca.batch.worker import run_input
    from cronaca.corpus import Corpus
    from cronaca.errors import CronacaError
    from cronaca.options import AnalyzeOptions
    out = tmp_path / "out"
    layout.prepare(str(out))
    good = jsonl(tmp_path / "a.jsonl", PAGE)
    bad = jsonl(tmp_path / "b.jsonl", "Il mercato coperto di Lecco riapre sabato dopo due anni "
                "di lavori. Il sindaco ha tagliato il nastro davanti a molti cittadini curiosi.")
    for path in (good, bad):
        run_input(path, str(out), AnalyzeOptions(), link=False)
    parts = sorted((out / "articles").glob("part-*.parquet"))
    assert [len(pq.read_table(p)) for p in parts] == [1, 1]
    damaged = parts[-1]                           # parts load in name order
    damaged.write_bytes(damaged.read_bytes()[:40])
    with pytest.raises(CronacaError) as error:
        load(str(out), str(tmp_path / "c.db"))
    assert error.value.reason == "bad_batch_part" and "\n" not in error.value.one_line()
    with Corpus(tmp_path / "c.db") as corpus:
        assert corpus.counts()["articles"] == 1


def test_a_failed_spark_job_is_one_line_naming_the_cause():
    from cronaca.batch import _spark_job
    from cronaca.errors import CronacaError

    def job(output):
        raise RuntimeError("An error occurred while calling o42.collect.\n"
                           ": org.apache.spark.SparkException: Job aborted: worker lost\n"
                           "\tat org.apache.spark.scheduler.DAGScheduler.fail(x.scala:1)")
    with pytest.raises(CronacaError) as error:
        _spark_job(job, "/data/out")
    line = error.value.one_line()
    assert line.startswith("/data/out: the Spark job failed (")
    assert "SparkException: Job aborted: worker lost" in line and "DAGScheduler" not in line
    assert "run the same command again" in line and "\n" not in line
