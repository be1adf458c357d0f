"""Pages a second: the in-process pipeline against cronaca batch on local[1] and local[2].

    python benchmarks/bench_batch.py [DIR] [--shards 4] [--repeat 1] [--masters local[1] local[2]]

DIR holds HTML pages (*.html, *.htm, *.html.gz; default: the project's examples). They
are written into ``--shards`` WARC.gz files once (``--repeat`` copies each page
under another URL, for a longer run); then, on the same WARC files:
- in-process: ``cronaca.analyze_many`` (the analysis only), and ``Corpus.ingest`` (the
  analysis, then the local store with its links and stories: what batch replaces);
- batch on each master: the analysis phase (one Spark task a WARC: analyse, embed,
  write Parquet) and the link phase (links and stories over the whole output),
  with the Spark session's start-up printed apart.
Each Spark master runs in a fresh process, so the models load once per worker each time.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def write_warcs(directory: Path, out: Path, shards: int, repeat: int) -> tuple[list[str], int]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    pages = sorted(p for p in directory.iterdir()
                   if p.name.endswith((".html", ".htm", ".html.gz")))
    paths = [str(out / f"shard-{i}.warc.gz") for i in range(shards)]
    files = [open(p, "wb") for p in paths]
    writers = [WARCWriter(f, gzip=True) for f in files]
    n = 0
    for copy in range(repeat):
        for page in pages:
            data = page.read_bytes()
            data = gzip.decompress(data) if page.suffix == ".gz" else data
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer = writers[n % shards]
            writer.write_record(writer.create_warc_record(
                f"https://bench.example/{copy}/{page.stem}", "response",
                payload=io.BytesIO(data), http_headers=http))
            n += 1
    for f in files:
        f.close()
    return paths, n


def in_process(paths: list[str], tmp: Path) -> dict:
    from cronaca.api import analyze_many
    from cronaca.corpus import Corpus
    start = time.perf_counter()
    articles = sum(1 for r in analyze_many(paths) if r.article)
    analysed = time.perf_counter() - start
    start = time.perf_counter()
    with Corpus(tmp / "bench.db") as corpus:
        corpus.ingest(paths)
    return {"articles": articles, "analyse_s": analysed, "ingest_s": time.perf_counter() - start}


def one_master(master: str, paths: list[str], out: str) -> dict:
    """Run in a child process: a fresh JVM and fresh Python workers each time."""
    from cronaca.batch import batch, link_output
    from cronaca.batch.spark import session
    start = time.perf_counter()
    spark = session(master)
    started = time.perf_counter()
    stats = batch(paths, out, spark=spark, link=False)
    analysed = time.perf_counter()
    links, stories = link_output(spark, out)
    done = time.perf_counter()
    spark.stop()
    return {"articles": stats.articles, "session_s": started - start,
            "analyse_s": analysed - started, "link_s": done - analysed,
            "links": links, "stories": stories}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, default=EXAMPLES)
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        master, paths, out = args.child
        print(json.dumps(one_master(master, json.loads(paths), out)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths, pages = write_warcs(args.directory, tmp, args.shards, args.repeat)
        print(f"{pages} pages in {args.shards} WARC.gz files from {args.directory}; "
              f"{os.cpu_count()} cores")
        base = in_process(paths, tmp)
        rows = [("in-process analyze_many", base["articles"], base["analyse_s"], None, None),
                ("in-process ingest (store+links)", base["articles"], base["ingest_s"], None,
                 None)]
        for master in args.masters:
            child = subprocess.run(
                [sys.executable, __file__, "--child", master, json.dumps(paths),
                 str(tmp / f"out-{len(rows)}")], capture_output=True, text=True)
            if child.returncode:
                sys.exit(f"batch on {master} failed:\n{child.stderr[-2000:]}")
            r = json.loads(child.stdout.strip().splitlines()[-1])
            rows.append((f"batch {master}", r["articles"], r["analyse_s"], r["link_s"],
                         r["session_s"]))
        print(f"{'run':34} {'articles':>8} {'analyse s':>10} {'pages/s':>8} {'link s':>7} "
              f"{'all pages/s':>11} {'session s':>9}")
        for name, n, analyse, link, session in rows:
            total = analyse + (link or 0)
            print(f"{name:34} {n:>8} {analyse:>10.1f} {n / analyse:>8.2f} "
                  f"{'' if link is None else f'{link:.1f}':>7} {n / total:>11.2f} "
                  f"{'' if session is None else f'{session:.1f}':>9}")


if __name__ == "__main__":
    main()
