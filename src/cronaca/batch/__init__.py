"""Batch analysis on Apache Spark: many archives in, Parquet tables out.

    from cronaca.batch import batch, load
    stats = batch(["crawl/*.warc.gz"], "out/", master="local[2]")
    load("out/", "news.db")          # then: cronaca search/quotes/serve --db news.db

Each input file is one Spark task that runs the ``analyze`` pipeline
(``worker.py``) and writes its own Parquet parts and a completion marker, so a
re-run skips finished inputs; then the link phase (``linking.py``) links the
whole output and groups it into stories (``components.py``). See docs/batch.md.
"""
from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from cronaca.batch import layout
from cronaca.batch.load import LoadStats, load
from cronaca.errors import CronacaError
from cronaca.options import AnalyzeOptions, FetchOptions

__all__ = ["BatchStats", "LoadStats", "batch", "load"]
POLL_SECONDS = 2.0


@dataclass
class BatchStats:
    inputs: int = 0
    analysed: int = 0                  # inputs analysed in this run
    skipped: int = 0                   # inputs finished by an earlier run
    articles: int = 0                  # articles written in this run
    rejects: Counter = field(default_factory=Counter)   # reason -> pages, this run
    links: int | None = None           # links of the whole output (None: not linked)
    stories: int | None = None


def batch(inputs: list[str], output: str, *, master: str = "local[*]",
          options: AnalyzeOptions | None = None, link: bool = True, refresh: bool = False,
          conf: dict[str, str] | None = None, spark=None,
          on_input: Callable[[dict], None] | None = None) -> BatchStats:
    """Analyse every input not finished yet, then link and group the whole output.

    ``spark``: a SparkSession to use (else one is started on ``master``);
    ``refresh``: analyse finished inputs again; ``on_input(marker)`` for progress.
    """
    from cronaca.batch.spark import session
    output = os.path.abspath(output)
    files = layout.expand(inputs)
    layout.prepare(output)
    todo = files if refresh else [f for f in files if not layout.done(output, f)]
    stats = BatchStats(inputs=len(files), skipped=len(files) - len(todo))
    spark = spark or session(master, conf)
    if todo:
        options = options or AnalyzeOptions(fetch=FetchOptions(network=False))
        job = spark.sparkContext.parallelize(todo, len(todo)).mapPartitions(
            lambda paths: _run(paths, output, options, link))
        for done in _spark_job(_collect, job, output, on_input):
            stats.analysed += 1
            stats.articles += done["articles"]
            stats.rejects.update(done["rejects"])
    if link and layout.links_stale(output):
        stats.links, stats.stories = _spark_job(link_output, spark, output)
    return stats


def _spark_job(run, *args):
    """A job that fails (a worker lost, out of memory) is one line, not a Java trace."""
    try:
        return run(*args)
    except CronacaError:
        raise
    except Exception as exc:
        lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
        detail = next((line for line in lines if "Error" in line or "Exception" in line),
                      lines[0] if lines else type(exc).__name__)
        raise CronacaError("spark_job_failed", args[-1] if args else "",
                           detail=detail[:300]) from exc


def _collect(job, output: str, on_input) -> list[dict]:
    """Run every task at once (``toLocalIterator`` would run them one by one) while
    the driver reports each input as its completion marker appears."""
    if on_input is None:
        return job.collect()
    result: list = []
    worker = threading.Thread(target=lambda: result.append(_try(job.collect)), daemon=True)
    seen = layout.marker_times(output)
    worker.start()
    while worker.is_alive():
        worker.join(POLL_SECONDS)
        for name, mtime in layout.marker_times(output).items():
            if seen.get(name) != mtime:         # new, or written again (--refresh)
                seen[name] = mtime
                on_input(layout.read_marker(output, name))
    if isinstance(result[0], BaseException):
        raise result[0]
    return result[0]


def _try(call):
    try:
        return call()
    except BaseException as exc:        # raised again in the driver's thread
        return exc


def _run(paths, output: str, options: AnalyzeOptions, link: bool):
    from cronaca.batch.worker import run_input
    for path in paths:
        done = run_input(path, output, options, link)
        yield {"input": done.input, "articles": done.articles, "rejects": dict(done.rejects)}


def link_output(spark, output: str) -> tuple[int, int]:
    """Link every article of the output and group them into stories; returns the
    number of links and of stories."""
    from cronaca.batch.components import stories
    from cronaca.batch.linking import candidates, links
    from cronaca.batch.story_edges import edges
    if not layout.has_table(output, "signatures"):
        return 0, 0

    def read(table):
        return spark.read.parquet(_literal(os.path.join(output, table)))
    signatures = read("signatures").dropDuplicates(["article"]).cache()
    pairs = candidates(signatures).cache()
    links(spark, signatures, pairs).write.mode("overwrite").parquet(os.path.join(output, "links"))
    found = read("links")
    grouped = stories(read("articles").select("id"), edges(spark, signatures, pairs, found))
    grouped.write.mode("overwrite").parquet(os.path.join(output, "stories"))
    pairs.unpersist()
    signatures.unpersist()
    grouped = read("stories")
    return found.count(), grouped.select("story").distinct().count()


def _literal(path: str) -> str:
    """Spark reads paths as Hadoop globs: 'out[2]' must not mean 'out2'."""
    return "".join("\\" + c if c in "[]{}*?\\" else c for c in path)
