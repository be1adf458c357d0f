"""Scoring article links against a hand-made gold set.

DIRECTORY holds ``articles/*.txt`` (or .html) and ``gold.tsv``: lines ``a<TAB>b<TAB>kind``
naming articles by file stem. Every pair not listed is expected to get no link, so
a link there is a false positive of its kind. A pair linked with the wrong kind is a
miss of the gold kind and a false positive of the predicted one.
"""
from __future__ import annotations

import os
import tempfile
from collections import Counter
from pathlib import Path

from cronaca.links import KINDS


def read_gold(path: Path) -> dict[frozenset, str]:
    gold = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            a, b, kind = line.split("\t")[:3]
            if kind not in KINDS:
                raise ValueError(f"unknown link kind {kind!r} (one of {', '.join(KINDS)})")
            gold[frozenset((a, b))] = kind
    return gold


def predicted_links(directory: Path, linking: bool = True) -> dict[frozenset, tuple[str, float]]:
    """Ingest the articles into a throwaway corpus, linked as they arrive."""
    from cronaca.corpus import Corpus
    with tempfile.TemporaryDirectory() as tmp, Corpus(os.path.join(tmp, "eval.db")) as corpus:
        corpus.ingest([str(directory / "articles")])
        names = {row[0]: Path(row[1]).stem for row in
                 corpus.conn.execute("SELECT id, source FROM articles")}
        rows = corpus.conn.execute("SELECT a, b, kind, score FROM links").fetchall()
    return {frozenset((names[a], names[b])): (kind, score) for a, b, kind, score in rows}


def evaluate_links(directory: str) -> dict:
    directory = Path(directory)
    gold = read_gold(directory / "gold.tsv")
    found = predicted_links(directory)
    tp, fp, fn = Counter(), Counter(), Counter()
    errors = []
    for pair in gold.keys() | found.keys():
        want, got = gold.get(pair), found.get(pair, (None, 0.0))[0]
        if want == got:
            tp[want] += 1
            continue
        if want:
            fn[want] += 1
        if got:
            fp[got] += 1
        errors.append({"pair": sorted(pair), "gold": want, "predicted": got})
    kinds = {k: _prf(tp[k], fp[k], fn[k]) for k in KINDS}
    any_link = _prf(len(gold.keys() & found.keys()), len(found.keys() - gold.keys()),
                    len(gold.keys() - found.keys()))
    return {"pairs": len(gold), "kinds": kinds, "any_link": any_link,
            "errors": sorted(errors, key=lambda e: e["pair"])}


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r}


def format_links_report(result: dict) -> str:
    def pct(x):
        return "  -  " if x is None else f"{x:5.1%}"
    lines = [f"{result['pairs']} gold pairs", f"{'kind':<12} {'P':>6} {'R':>6}  tp fp fn"]
    for kind, s in [*result["kinds"].items(), ("any link", result["any_link"])]:
        lines.append(f"{kind:<12} {pct(s['precision']):>6} {pct(s['recall']):>6}  "
                     f"{s['tp']:>2} {s['fp']:>2} {s['fn']:>2}")
    for e in result["errors"]:
        lines.append(f"  {' ~ '.join(e['pair'])}: gold {e['gold'] or 'none'}, "
                     f"got {e['predicted'] or 'none'}")
    return "\n".join(lines)
