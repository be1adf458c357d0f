"""Score the plain-text line cleaner against line-level clean/noise labels.

The corpus folder holds one folder per language (its name is the language
code passed to the cleaner) with one JSON file per split::

    DIR/en/train.json   [{"text": [line, ...], "labels": ["1", "0", ...]}, ...]
    DIR/en/dev.json

"1" marks a clean line. A line counts as predicted clean when the cleaner
keeps it in the body or takes it as the title. Scores are precision, recall
and F1 of the clean class, per language and split and over all languages.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cronaca.extract.lines import classify_lines


@dataclass
class _Tally:
    documents: int = 0
    lines: int = 0
    tp: int = 0       # clean, kept
    fp: int = 0       # noise, kept
    fn: int = 0       # clean, removed
    tn: int = 0       # noise, removed
    lost: Counter = field(default_factory=Counter)   # reasons given for removed clean lines

    def add(self, other: "_Tally") -> None:
        for name in ("documents", "lines", "tp", "fp", "fn", "tn"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.lost.update(other.lost)

    def scores(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"documents": self.documents, "lines": self.lines, "clean": self.tp + self.fn,
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                "clean_removed_by_reason": dict(self.lost.most_common())}


def score_document(lines: list[str], labels: list[str], language: str | None) -> _Tally:
    tally = _Tally(documents=1, lines=len(lines))
    for verdict, label in zip(classify_lines(lines, language), labels):
        kept = verdict.keep or verdict.role == "title"
        clean = str(label) == "1"
        if clean and kept:
            tally.tp += 1
        elif kept:
            tally.fp += 1
        elif clean:
            tally.fn += 1
            tally.lost[verdict.reason or verdict.role] += 1
        else:
            tally.tn += 1
    return tally


def evaluate_lines(directory: str | Path) -> dict[str, Any]:
    """Scores per language and split, and per split over all languages."""
    root = Path(directory)
    per_language: dict[str, dict[str, Any]] = {}
    overall: dict[str, _Tally] = {}
    for lang_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        for split_file in sorted(lang_dir.glob("*.json")):
            tally = _Tally()
            for doc in json.loads(split_file.read_text("utf-8")):
                tally.add(score_document(doc["text"], doc["labels"], lang_dir.name))
            per_language.setdefault(lang_dir.name, {})[split_file.stem] = tally.scores()
            overall.setdefault(split_file.stem, _Tally()).add(tally)
    return {"directory": str(root), "languages": per_language,
            "overall": {split: t.scores() for split, t in sorted(overall.items())}}


def format_lines_report(result: dict[str, Any]) -> str:
    """A plain table: one row per language and split, then the overall rows."""
    header = f"{'language':<9}{'split':<7}{'docs':>6}{'lines':>7}{'clean':>7}" \
             f"{'precision':>11}{'recall':>8}{'f1':>8}"
    rows = [header, "-" * len(header)]
    entries = [(lang, split, s) for lang, splits in result["languages"].items()
               for split, s in splits.items()]
    entries += [("all", split, s) for split, s in result["overall"].items()]
    for lang, split, s in entries:
        rows.append(f"{lang:<9}{split:<7}{s['documents']:>6}{s['lines']:>7}{s['clean']:>7}"
                    f"{s['precision']:>11.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}")
    return "\n".join(rows)
