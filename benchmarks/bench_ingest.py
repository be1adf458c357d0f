"""Ingest speed, database size and query latency of the corpus, against bare SQLite.

    python benchmarks/bench_ingest.py [--pages 1000] [--pipeline full|light] [--keep DIR]

Generates PAGES synthetic news pages (JSONL, four languages, invented people who
say things, numbers and places, every text different), then, each in a fresh
process:

- **sqlite (reference)**: the same texts inserted into a bare table with an FTS5
  index, one transaction per page: the floor any store on SQLite pays;
- **cronaca**: ``Corpus.ingest`` of the JSONL file, i.e. analysis by the chosen
  pipeline (``full``: the default pipeline; ``light``: language and sentences
  only, to see the store's own cost) and the writes (article, entities, mentions,
  quotes, diagnostics, compressed record and raw page, FTS5), one transaction a page.

It prints pages/s, peak RSS and database size for each, then the latency of
full-text search (20 queries) and of quotes by speaker (10 names) on the
cronaca database, with the bare FTS5 query on the reference for comparison.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Marta", "Luca", "Anna", "Jonas", "Claire", "Pablo", "Sofia", "Tomasz", "Elena", "Piet"]
LAST = ["Ferri", "Weber", "Dubois", "García", "Nowak", "Rossi", "Jansen", "Costa", "Keller", "Moreau"]
CITIES = ["Torino", "Bremen", "Lyon", "Sevilla", "Gdańsk", "Utrecht", "Porto", "Graz"]
TEMPLATES = {
    "it": ("Il consiglio comunale di {city} ha approvato {n} milioni di euro per {topic}. "
           "\"Questo piano cambierà la vita di {m} famiglie\", ha detto {name}, assessora "
           "al bilancio. Secondo {name2}, i lavori inizieranno entro {month}.",
           ["le scuole", "il trasporto pubblico", "i parchi", "le biblioteche"],
           ["marzo", "giugno", "settembre"]),
    "de": ("Der Stadtrat von {city} hat {n} Millionen Euro für {topic} bewilligt. "
           "„Dieser Plan verändert das Leben von {m} Familien“, sagte {name} am Dienstag. "
           "Laut {name2} beginnen die Arbeiten im {month}.",
           ["Schulen", "den Nahverkehr", "Parks", "Bibliotheken"], ["März", "Juni", "September"]),
    "fr": ("Le conseil municipal de {city} a voté {n} millions d'euros pour {topic}. "
           "« Ce plan va changer la vie de {m} familles », a déclaré {name}. "
           "Selon {name2}, les travaux commenceront en {month}.",
           ["les écoles", "les transports", "les parcs", "les bibliothèques"],
           ["mars", "juin", "septembre"]),
    "en": ("The city council of {city} approved {n} million euros for {topic}. "
           "\"This plan will change the lives of {m} families,\" {name} said on Tuesday. "
           "According to {name2}, work will start in {month}.",
           ["schools", "public transport", "parks", "libraries"], ["March", "June", "September"]),
}


def person(rng) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def make_pages(path: Path, count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    texts = []
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            lang = rng.choice(sorted(TEMPLATES))
            template, topics, months = TEMPLATES[lang]
            paragraphs = [template.format(city=rng.choice(CITIES), n=rng.randint(2, 900),
                                          m=rng.randint(100, 90000), topic=rng.choice(topics),
                                          name=person(rng), name2=person(rng),
                                          month=rng.choice(months)) for _ in range(4)]
            text = f"Bulletin {i}\n\n" + "\n\n".join(paragraphs)
            texts.append(text)
            out.write(json.dumps({"text": text, "source": f"synthetic/{i}"}) + "\n")
    return texts


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def db_size_mb(db: Path) -> float:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 2**20


def worker_sqlite(jsonl: Path, db: Path) -> dict:
    texts = [json.loads(line)["text"] for line in jsonl.open(encoding="utf-8")]
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")          # as the corpus does
    conn.execute("CREATE TABLE pages (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("CREATE VIRTUAL TABLE pages_fts USING fts5(text, content='pages', "
                 "content_rowid='id')")
    start = time.perf_counter()
    for text in texts:
        conn.execute("BEGIN")
        rowid = conn.execute("INSERT INTO pages (text) VALUES (?)", (text,)).lastrowid
        conn.execute("INSERT INTO pages_fts (rowid, text) VALUES (?, ?)", (rowid, text))
        conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    search = _latency(lambda q: conn.execute(
        "SELECT rowid FROM pages_fts WHERE pages_fts MATCH ? LIMIT 20", (q,)).fetchall(),
        _queries())
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"pages": len(texts), "seconds": seconds, "search_ms": search}


def worker_cronaca(jsonl: Path, db: Path, pipeline_name: str) -> dict:
    from cronaca.corpus import Corpus
    pipeline = None
    if pipeline_name == "light":
        from cronaca.pipeline import Pipeline
        from cronaca.steps.language import DocumentLanguage
        from cronaca.steps.segment import Segment
        pipeline = Pipeline([DocumentLanguage(), Segment()])
    with Corpus(db) as corpus:
        start = time.perf_counter()
        stats = corpus.ingest([str(jsonl)], pipeline=pipeline)
        seconds = time.perf_counter() - start
        search = _latency(lambda q: corpus.search(q), _queries())
        rng = random.Random(3)
        speakers = [person(rng) for _ in range(10)]
        quotes = _latency(lambda s: corpus.quotes_by(s), speakers)
        found = sum(len(corpus.quotes_by(s)) for s in speakers)
        counts = corpus.counts()
        corpus.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"pages": stats.new, "failed": sum(stats.failed.values()), "seconds": seconds,
            "search_ms": search, "quotes_ms": quotes, "quotes_found": found, "counts": counts}


def _queries() -> list[str]:
    return ["bilancio", "Familien", "écoles", "transport", "Torino", "Nowak", "900",
            "parks OR parcs", '"public transport"', "Bibliotheken", "famiglie", "Sevilla",
            "Graz", "juin", "Weber", "travaux", "Stadtrat", "lives", "assessora", "Moreau"]


def _latency(run, args) -> float:
    times = []
    for arg in args:
        start = time.perf_counter()
        run(arg)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--pipeline", choices=["full", "light"], default="full")
    parser.add_argument("--keep", type=Path, help="Keep the pages and databases here.")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        tool, jsonl, db = args.worker
        result = (worker_sqlite(Path(jsonl), Path(db)) if tool == "sqlite" else
                  worker_cronaca(Path(jsonl), Path(db), args.pipeline))
        result |= {"peak_rss_mb": peak_rss_mb(), "db_mb": db_size_mb(Path(db))}
        print(json.dumps(result))
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    folder.mkdir(parents=True, exist_ok=True)
    jsonl = folder / "pages.jsonl"
    make_pages(jsonl, args.pages)
    print(f"{args.pages} synthetic pages ({jsonl.stat().st_size / 2**20:.1f} MB JSONL), "
          f"pipeline {args.pipeline}")
    for tool in ("sqlite", "cronaca"):
        db = folder / f"{tool}.db"
        for old in folder.glob(db.name + "*"):
            old.unlink()
        out = subprocess.run([sys.executable, __file__, "--pipeline", args.pipeline,
                              "--worker", tool, str(jsonl), str(db)],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        line = (f"{tool:<8} {r['pages'] / r['seconds']:8.1f} pages/s  peak RSS "
                f"{r['peak_rss_mb']:6.0f} MB  db {r['db_mb']:7.1f} MB  "
                f"search median {r['search_ms']:6.2f} ms")
        if tool == "cronaca":
            line += (f"  quotes --speaker median {r['quotes_ms']:6.2f} ms "
                     f"({r['quotes_found']} quotes for 10 names)  rows {r['counts']}")
        print(line, flush=True)


if __name__ == "__main__":
    main()
