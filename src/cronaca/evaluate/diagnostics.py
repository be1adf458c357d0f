"""Measure the diagnostics step: false warnings on clean text, recall on injected traces.

``evaluate_clean(dirs)``: every warning on professionally edited text counts as
false. Per corpus and language: documents, prose words, warnings per 1,000
words per kind, and a few examples to read. Target: at most 0.2 per 1,000
words (one per 5,000) in every language. ``per_1000_severe`` counts only the
warnings of severity SEVERE or more: low ones name faults of the copy (lost
letters, keyboard slips, a habit of look-alike letters), not translation traces.

``evaluate_injected(dirs, per_kind)``: the same texts with ``per_kind``
corruptions of each kind per document (``cronaca.evaluate.corrupt``, seeded);
recall per kind = injected traces overlapped by a warning of the same kind.
"""
from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from pathlib import Path

from cronaca.article import Article, Paragraph
from cronaca.evaluate.corpora import documents

EXAMPLES = 5
SEVERE = 0.4


def pipeline(language: str | None):
    from cronaca.diagnostics import Diagnostics
    from cronaca.entities import Entities
    from cronaca.pipeline import Pipeline
    from cronaca.quotes import Quotes
    from cronaca.steps.language import DocumentLanguage, SentenceLanguage
    from cronaca.steps.segment import Segment
    return Pipeline([DocumentLanguage(language), Segment(), SentenceLanguage(), Entities(),
                     Quotes(), Diagnostics()])


def analyse(text: str, language: str | None, pipelines: dict) -> Article:
    paragraphs, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append(Paragraph(at, at + len(line)))
        at += len(line) + 1
    if language not in pipelines:
        pipelines[language] = pipeline(language)
    article = Article(source="<eval>", text=text, input_kind="text", paragraphs=tuple(paragraphs))
    return pipelines[language](article)


def evaluate_clean(directories: list[str], language: str | None = None,
                   limit: int | None = None) -> dict:
    pipelines: dict = {}
    out: dict = {}
    for directory in directories:
        stats: dict = defaultdict(lambda: {"documents": 0, "words": 0, "warnings": Counter(),
                                           "severe": 0, "examples": []})
        for source, lang, text in itertools.islice(documents(directory, language), limit):
            article = analyse(text, lang, pipelines)
            if article.trust is None:
                continue                # the step failed: counted by the pipeline, not here
            s = stats[article.language or "und"]
            s["documents"] += 1
            s["words"] += article.trust.words
            s["warnings"].update(d.kind for d in article.diagnostics)
            s["severe"] += sum(d.severity >= SEVERE for d in article.diagnostics)
            s["examples"] += [{"source": source, "kind": d.kind, "text": d.text,
                               "evidence": d.evidence} for d in article.diagnostics]
        if stats:
            out[Path(directory).name or directory] = {k: _rates(v) for k, v in sorted(stats.items())}
    return out


def _rates(s: dict) -> dict:
    words = s["words"] or 1
    total = sum(s["warnings"].values())
    return {"documents": s["documents"], "words": s["words"], "warnings": total,
            "per_1000_words": round(1000 * total / words, 3),
            "per_1000_severe": round(1000 * s["severe"] / words, 3),
            "per_kind": {k: round(1000 * n / words, 3) for k, n in sorted(s["warnings"].items())},
            "examples": s["examples"][:EXAMPLES]}


def evaluate_injected(directories: list[str], per_kind: int = 1, seed: int = 0,
                      language: str | None = None, limit: int | None = None) -> dict:
    from cronaca.evaluate.corrupt import corrupt
    pipelines: dict = {}
    found, total = Counter(), Counter()
    misses: dict[str, list] = defaultdict(list)
    for directory in directories:
        for n, (source, lang, text) in enumerate(itertools.islice(documents(directory, language), limit)):
            lang = lang or analyse(text, None, pipelines).language
            corrupted, spans = corrupt(text, lang, per_kind=per_kind, seed=seed + n)
            article = analyse(corrupted, lang, pipelines)
            for start, end, kind in spans:
                total[kind] += 1
                hit = any(d.kind == kind and d.start < end and start < d.end for d in article.diagnostics)
                found[kind] += hit
                if not hit and len(misses[kind]) < EXAMPLES:
                    misses[kind].append({"source": source, "text": corrupted[start:end]})
    return {kind: {"injected": total[kind], "found": found[kind],
                   "recall": round(found[kind] / total[kind], 3), "missed": misses[kind]}
            for kind in sorted(total)}


def format_clean(result: dict, examples: bool = False) -> str:
    rows = ["corpus    lang  docs     words  warnings  per 1000  severe  by kind (per 1000 words)"]
    for corpus, langs in result.items():
        for lang, r in langs.items():
            kinds = ", ".join(f"{k} {v:.2f}" for k, v in r["per_kind"].items()) or "-"
            rows.append(f"{corpus[:9]:9} {lang:5} {r['documents']:4d} {r['words']:9d} "
                        f"{r['warnings']:9d} {r['per_1000_words']:9.3f} {r['per_1000_severe']:7.3f}  {kinds}")
            if examples:
                rows += [f"    {e['kind']}: {e['text'][:60]!r} ({Path(e['source']).name})"
                         for e in r["examples"]]
    return "\n".join(rows)


def format_injected(result: dict) -> str:
    rows = ["kind               injected  found  recall"]
    for kind, r in result.items():
        rows.append(f"{kind:18} {r['injected']:8d} {r['found']:6d} {r['recall']:7.3f}")
    return "\n".join(rows)
