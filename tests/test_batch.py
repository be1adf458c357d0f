"""cronaca batch on a local[2] Spark: the same articles, quotes, diagnostics and links
as the local pipeline and store, resumable, one bad record never failing a task;
and cronaca load into the SQLite corpus."""
from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from models import needs_spark

pytestmark = needs_spark

FIXTURES = Path(__file__).parent / "fixtures"


def write_inputs(folder: Path) -> list[str]:
    """A JSONL file (the links fixtures and one broken line) and a WARC.gz of HTML pages."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"url": f"https://news.example/{p.stem}", "text": p.read_text("utf-8")},
                        ensure_ascii=False)
             for p in sorted((FIXTURES / "links" / "articles").glob("*.txt"))]
    lines.insert(3, "{this line is not JSON")
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(folder / "pages.warc.gz", "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for page in [*sorted((FIXTURES / "provenance").glob("*.html")),
                     FIXTURES / "html" / "es_noticia.html"]:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://pages.example/{page.stem}", "response",
                payload=io.BytesIO(page.read_bytes()), http_headers=http))
    return [str(folder / "news.jsonl"), str(folder / "pages.warc.gz")]


@pytest.fixture(scope="module")
def spark():
    from cronaca.batch.spark import session
    spark = session("local[2]")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def ran(spark, tmp_path_factory):
    from cronaca.batch import batch
    root = tmp_path_factory.mktemp("batch")
    inputs = write_inputs(root / "in")
    stats = batch(inputs, str(root / "out"), spark=spark)
    return root, inputs, stats


def table(out: Path, name: str) -> list[dict]:
    import pyarrow.parquet as pq
    return pq.read_table(out / name).to_pylist()


def test_the_batch_gives_the_articles_of_the_local_pipeline(ran):
    from cronaca.api import analyze_many
    root, inputs, stats = ran
    local = {r.article.id: json.loads(json.dumps(r.article.to_dict()))   # tuples as lists
             for r in analyze_many(inputs) if r.article}
    batch = {row["id"]: json.loads(row["record"]) for row in table(root / "out", "articles")}
    assert len(local) == 24 and stats.articles == 24
    assert batch.keys() == local.keys()
    for key, record in local.items():
        assert batch[key] == record, f"article {record['source']} differs"


def test_quotes_and_diagnostics_rows_are_those_of_the_articles(ran):
    from cronaca.article import Article
    root, _, _ = ran
    articles = {row["id"]: Article.from_dict(json.loads(row["record"]))
                for row in table(root / "out", "articles")}
    quotes = table(root / "out", "quotes")
    want = sorted((aid, q.start, q.end, q.kind, q.speaker.name if q.speaker else None)
                  for aid, a in articles.items() for q in a.quotes)
    got = sorted((q["article"], q["start"], q["end"], q["kind"], q["speaker_name"])
                 for q in quotes)
    assert got == want and len(got) > 10
    diagnostics = table(root / "out", "diagnostics")
    assert len(diagnostics) == sum(len(a.diagnostics) for a in articles.values())
    for d in diagnostics:
        assert articles[d["article"]].text[d["start"]:d["end"]] == d["text"]


def test_a_broken_record_is_a_reject_and_the_rest_of_its_input_is_read(ran):
    root, _, stats = ran
    rejects = table(root / "out", "rejects")
    assert [(r["reason"], r["input"].endswith("news.jsonl"), "line 4 " in r["message"])
            for r in rejects] == [("bad_jsonl", True, True)]
    assert stats.rejects == {"bad_jsonl": 1}


def test_links_are_those_of_the_local_store(ran, tmp_path):
    from cronaca.corpus import Corpus
    root, inputs, stats = ran
    with Corpus(tmp_path / "local.db") as corpus:
        corpus.ingest(inputs)
        corpus.link()
        url = {r[0]: r[1] for r in corpus.conn.execute("SELECT id, url FROM articles")}
        local = {(min(url[a], url[b]), max(url[a], url[b]), kind)
                 for a, b, kind in corpus.conn.execute("SELECT a, b, kind FROM links")}
    by_id = {row["id"]: row["url"] for row in table(root / "out", "articles")}
    batch = {(min(by_id[r["a"]], by_id[r["b"]]), max(by_id[r["a"]], by_id[r["b"]]), r["kind"])
             for r in table(root / "out", "links")}
    assert len(local) >= 15
    assert batch == local
    assert stats.links == len(batch)


def test_stories_group_linked_articles(ran):
    root, _, stats = ran
    story = {r["article"]: r["story"] for r in table(root / "out", "stories")}
    url = {row["id"]: row["url"].rsplit("/", 1)[1] for row in table(root / "out", "articles")}
    by_name = {url[a]: s for a, s in story.items()}
    assert by_name["s1_en"] == by_name["s1_it"] == by_name["s1_en_copy"]
    assert by_name["s3_de"] == by_name["s3_fr"]
    assert by_name["s1_en"] != by_name["s3_de"]
    assert by_name["en_original"] == by_name["it_copy"]
    assert len(set(story.values())) == stats.stories


def test_a_second_run_skips_finished_inputs_and_redoes_an_unfinished_one(ran, spark, tmp_path):
    from cronaca.batch import batch, layout
    root, inputs, _ = ran
    out = tmp_path / "out"
    shutil.copytree(root / "out", out)
    again = batch(inputs, str(out), spark=spark, link=False)
    assert (again.analysed, again.skipped, again.articles) == (0, 2, 0)
    os.remove(out / layout.MARKERS / (layout.key(inputs[1]) + ".json"))
    part = out / "articles" / f"part-{layout.key(inputs[1])}.parquet"
    part.write_bytes(b"half written")               # what a killed task may leave
    again = batch(inputs, str(out), spark=spark, link=False)
    assert (again.analysed, again.skipped, again.articles) == (1, 1, 3)
    assert len(table(out, "articles")) == 24


def test_load_brings_the_batch_into_the_corpus(ran, tmp_path):
    from cronaca.batch import load
    from cronaca.corpus import Corpus
    root, _, stats = ran
    db = tmp_path / "loaded.db"
    first = load(str(root / "out"), str(db))
    assert (first.new, first.links, first.stories) == (24, stats.links, stats.stories)
    with Corpus(db) as corpus:
        counts = corpus.counts()
        assert counts["articles"] == 24 and counts["links"] == stats.links
        assert counts["quotes"] == len(table(root / "out", "quotes"))
        assert corpus.quotes_by("Gualtieri")
        copy = corpus.conn.execute("SELECT id FROM articles WHERE url LIKE '%it_copy'").fetchone()
        assert corpus.origin(copy[0]).original.article.metadata.url.endswith("en_original")
    second = load(str(root / "out"), str(db))
    assert (second.new, second.unchanged) == (0, 24)
    with Corpus(db) as corpus:
        assert corpus.counts() == counts


def test_eval_stories_scores_the_batch_stories_on_a_bsnlp_tree(spark, tmp_path):
    from cronaca.evaluate.batch_stories import evaluate_batch_stories
    topics = {"buses": ["s1_en", "s1_it", "s1_en_copy"], "rail": ["s3_de", "s3_fr", "s3_de_copy"]}
    for topic, stems in topics.items():
        for stem in stems:
            lang = stem.split("_")[1]
            folder = tmp_path / "bsnlp" / topic / "raw" / lang
            folder.mkdir(parents=True, exist_ok=True)
            text = (FIXTURES / "links" / "articles" / f"{stem}.txt").read_text("utf-8")
            (folder / f"{stem}.txt").write_text(
                f"{stem}\n{lang}\n2026-03-01\nhttps://x.example/{stem}\n{text}", "utf-8")
    result = evaluate_batch_stories(tmp_path / "bsnlp", str(tmp_path / "out"))
    assert result["articles"] == 6 and result["topics"] == 2
    assert result["bcubed"]["precision"] == 1.0 and result["bcubed"]["recall"] == 1.0
    assert (tmp_path / "out-inputs" / "buses.jsonl").exists()


def test_the_command_reports_each_input_and_a_summary(spark, tmp_path):
    from click.testing import CliRunner
    from cronaca.cli.main import cli
    inputs = write_inputs(tmp_path / "in")
    args = ["batch", "--input", str(tmp_path / "in" / "*.jsonl"), "--input", inputs[1],
            "--output", str(tmp_path / "out"), "--master", "local[2]", "--no-links"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert sorted(line.split(": ", 2)[1].rsplit("/", 1)[1] for line in lines[:-1]) == [
        "news.jsonl", "pages.warc.gz"]
    assert lines[-1] == ("cronaca: 2 inputs: 2 analysed, 0 finished before; 24 articles, "
                         "1 pages rejected (1 bad_jsonl)")
    again = CliRunner().invoke(cli, args)
    assert again.output.strip().endswith("2 finished before; 0 articles, 0 pages rejected")
