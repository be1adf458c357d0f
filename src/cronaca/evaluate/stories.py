"""Story clustering scored on BSNLP: articles grouped by topic across languages.

BSNLP ships news articles on a few topics (Asia Bibi, Brexit, Nord Stream...)
in up to seven Slavic languages, one folder a topic. Each raw document (title
and publication date from its header) is analysed, stored, linked and assigned
to a story exactly as ``Corpus.ingest`` does, oldest first, in a temporary
corpus (or ``db``: kept, and documents already in it are not analysed again).
The stories are scored with BCubed precision/recall/F1 against the topics,
over all articles and per language (items of one language, scored against the
clusters as they are, so a language whose articles end up alone is seen).

A topic is broader than a story (Brexit spans a year of separate events), so
recall against topics is a lower bound of how well stories hold together.
"""
from __future__ import annotations

import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from cronaca.evaluate.corpus_entities import LANGS
from cronaca.evaluate.entities import read_bsnlp_raw

TUNE_TOPICS = ("asia_bibi", "ec")        # the thresholds were chosen on these two only


def bsnlp_documents(directory: str | Path, topics: list[str] | None = None) -> list[dict]:
    """Every raw document: source, topic, language, date, title, text; oldest first."""
    docs = []
    for path in sorted(Path(directory).glob("*/raw/*/*.txt")):
        topic, lang = path.parts[-4], LANGS.get(path.parent.name, path.parent.name)
        if topics and topic not in topics:
            continue
        header = path.read_text("utf-8-sig").splitlines()[:5]
        _, _, text = read_bsnlp_raw(path)       # its language line says cz, ua at times
        date = header[2].strip() if len(header) > 2 else ""
        docs.append({"source": f"{topic}/{lang}/{path.stem}", "topic": topic, "language": lang,
                     "published": date[:10] if date[:4].isdigit() else None,
                     "title": header[4].strip() if len(header) > 4 else None, "text": text})
    return sorted(docs, key=lambda d: (d["published"] or "9999", d["source"]))


def _pipeline(language: str):
    from cronaca.entities import Entities
    from cronaca.pipeline import Pipeline
    from cronaca.quotes import Quotes
    from cronaca.steps.language import DocumentLanguage, SentenceLanguage
    from cronaca.steps.segment import Segment
    # no diagnostics: they do not feed links or stories, and cost most of the time
    return Pipeline([DocumentLanguage(language), Segment(), SentenceLanguage(), Entities(),
                     Quotes()])


def load(corpus, docs: list[dict], on_doc=None) -> dict[int, dict]:
    """Analyse and store each document not yet in ``corpus``; row id -> document."""
    from cronaca.api import _extract
    from cronaca.corpus.store import write_article
    from cronaca.errors import CronacaError
    from cronaca.sources.page import Page
    known = dict(corpus.conn.execute("SELECT source, article FROM sources"))
    pipelines, rows = {}, {}
    for doc in docs:
        if doc["source"] in known:
            rows[known[doc["source"]]] = doc
            continue
        steps = pipelines.setdefault(doc["language"], _pipeline(doc["language"]))
        try:
            article = steps(_extract(Page(source=doc["source"], text=doc["text"], kind="text")))
        except CronacaError:            # an empty document: not an article, not scored
            continue
        meta = replace(article.metadata, published=doc["published"],
                       title=doc["title"] or article.metadata.title)
        article = replace(article, metadata=meta)
        _, rowid = write_article(corpus.conn, article)
        corpus.on_write(rowid, article)
        rows[rowid] = doc
        if on_doc:
            on_doc(doc)
    return rows


def evaluate_stories(directory: str | Path, topics: list[str] | None = None,
                     db: str | None = None, rebuild: bool = False) -> dict:
    from cronaca.corpus import Corpus
    docs = bsnlp_documents(directory, topics)
    with tempfile.TemporaryDirectory() as tmp, Corpus(db or Path(tmp) / "eval.db") as corpus:
        start = time.perf_counter()
        rows = load(corpus, docs)
        ingest_s = time.perf_counter() - start
        start = time.perf_counter()
        if rebuild:
            corpus.cluster(rebuild=True)
        cluster_s = time.perf_counter() - start
        story_of = dict(corpus.conn.execute("SELECT article, story FROM story_articles"))
    items = [(rows[r]["topic"], rows[r]["language"], story_of.get(r, -r)) for r in rows]
    return score(items) | {"seconds": {"ingest": round(ingest_s, 1),
                                       "cluster_rebuild": round(cluster_s, 1)}}


def score(items: list[tuple[str, str, int]]) -> dict:
    """items: (gold topic, language, story) per article."""
    by_lang, by_group = defaultdict(list), defaultdict(list)
    for item in items:
        by_lang[item[1]].append(item)
        by_group["tuning topics" if item[0] in TUNE_TOPICS else "other topics"].append(item)
    return {"articles": len(items), "stories": len({s for *_, s in items}),
            "topics": len({t for t, *_ in items}), "bcubed": bcubed(items),
            "topic_groups": {g: bcubed(items, only=set(map(id, group)))
                             for g, group in sorted(by_group.items(), reverse=True)},
            "languages": {lang: bcubed(items, only=set(map(id, group)))
                          for lang, group in sorted(by_lang.items())}}


def bcubed(items: list, only: set | None = None) -> dict:
    """BCubed P/R/F1; with ``only``, averaged over those items (clusters stay whole)."""
    both = Counter((g, s) for g, _, s in items)
    by_story = Counter(s for *_, s in items)
    by_gold = Counter(g for g, *_ in items)
    chosen = [i for i in items if only is None or id(i) in only]
    n = len(chosen) or 1
    p = sum(both[(g, s)] / by_story[s] for g, _, s in chosen) / n
    r = sum(both[(g, s)] / by_gold[g] for g, _, s in chosen) / n
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "items": len(chosen)}


def format_stories_report(result: dict) -> str:
    def row(name, b):
        return (f"  {name:<13} P {b['precision']:.3f}  R {b['recall']:.3f}  F1 {b['f1']:.3f}"
                f"  ({b['items']} articles)")
    lines = [f"BSNLP stories: {result['articles']} articles, {result['topics']} topics, "
             f"{result['stories']} stories (ingest {result['seconds']['ingest']} s)",
             row("all", result["bcubed"])]
    lines += [row(group, b) for group, b in result["topic_groups"].items()]
    lines += [row(lang, b) for lang, b in result["languages"].items()]
    return "\n".join(lines)
