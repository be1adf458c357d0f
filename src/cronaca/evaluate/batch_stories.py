"""The stories of ``cronaca batch`` (link components) scored on BSNLP topics.

The BSNLP documents are written once as JSON Lines of HTML pages (title and
publication date in the head, as a crawl would give them), one file a topic, into
``OUTPUT-inputs/`` beside the batch output (the source of each line names its
document); ``cronaca batch`` analyses, links and groups them on Spark (resumable:
a second run scores what the first wrote); the stories are scored with the same
BCubed measures as ``evaluate.stories``.
"""
from __future__ import annotations

import json
import os
from html import escape
import time
from pathlib import Path

from cronaca.evaluate.stories import bsnlp_documents, score


def write_inputs(docs: list[dict], folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    by_topic: dict[str, list[dict]] = {}
    for doc in docs:
        by_topic.setdefault(doc["topic"], []).append(doc)
    paths = []
    for topic, group in sorted(by_topic.items()):
        path = folder / f"{topic}.jsonl"
        if not path.exists():            # written once: the batch skips finished inputs
            tmp = folder / f".{topic}.jsonl.tmp"
            tmp.write_text("".join(json.dumps({"source": d["source"], "html": _html(d)},
                                              ensure_ascii=False) + "\n" for d in group),
                           encoding="utf-8")
            os.replace(tmp, path)
        paths.append(str(path))
    return paths


def _html(doc: dict) -> str:
    """The document as a page whose title and date extraction reads (JSON Lines carry
    no metadata): stories use the publication date, as the local evaluation does."""
    body = "".join(f"<p>{escape(line)}</p>" for line in doc["text"].splitlines() if line.strip())
    date = f'<meta property="article:published_time" content="{doc["published"]}">' \
        if doc["published"] else ""
    return (f"<html><head><title>{escape(doc['title'] or '')}</title>{date}</head>"
            f"<body><article>{body}</article></body></html>")


def evaluate_batch_stories(directory: str | Path, output: str, master: str = "local[2]",
                           topics: list[str] | None = None) -> dict:
    import pyarrow.parquet as pq
    from cronaca.batch import batch
    docs = bsnlp_documents(directory, topics)
    inputs = write_inputs(docs, Path(os.path.abspath(output) + "-inputs"))
    start = time.perf_counter()
    batch(inputs, output, master=master)
    seconds = time.perf_counter() - start
    source = {r["id"]: r["source"] for r in
              pq.read_table(os.path.join(output, "articles"), columns=["id", "source"]).to_pylist()}
    story = {r["article"]: r["story"] for r in
             pq.read_table(os.path.join(output, "stories")).to_pylist()}
    by_source = {d["source"]: d for d in docs}
    items = [(by_source[s]["topic"], by_source[s]["language"], story[a])
             for a, s in source.items() if s in by_source and a in story]
    return score(items) | {"seconds": {"ingest": round(seconds, 1), "cluster_rebuild": 0.0}}
