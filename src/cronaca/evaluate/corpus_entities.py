"""Cross-document, cross-language entity grouping in the corpus, scored on BSNLP.

BSNLP gives every mention a cross-lingual id ("PER-Angela-Merkel") that is the
same in every document and language. Each document is analysed by the
entities step and written into a temporary ``Corpus``, so the grouping scored
is exactly the corpus's own (``cronaca.corpus.entities``: cross-script keys,
surname to the one person with an initial). The items are the (document,
mention form) pairs we found; each has a gold id and a corpus entity.

We report pairwise precision/recall/F1 of "same entity" over all item pairs
(dominated by the big entities: Russia, the EU) and BCubed precision/recall/F1
(each item weighs the same), over all languages together and with pairs
restricted to documents of two different languages (``cross_language``).
"""
from __future__ import annotations

import sqlite3
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from cronaca.corpus import Corpus
from cronaca.corpus.store import write_article
from cronaca.evaluate.entities import _article, read_bsnlp_gold, read_bsnlp_raw

LANGS = {"cz": "cs", "ua": "uk"}


def evaluate_bsnlp_corpus(directory: str | Path, topics: list[str] | None = None,
                          step=None) -> dict:
    from cronaca.entities import Entities
    step = step or Entities()
    items: list[tuple[str, str, str, int]] = []       # (doc, language, gold id, corpus entity)
    with tempfile.TemporaryDirectory() as tmp, Corpus(Path(tmp) / "eval.db") as corpus:
        for out in sorted(Path(directory).glob("*/annotated/*/*.out")):
            topic, lang = out.parts[-4], out.parts[-2]
            raw = out.parent.parent.parent / "raw" / lang / (out.name[:-4] + ".txt")
            if (topics and topic not in topics) or not raw.exists():
                continue
            _, gold = read_bsnlp_gold(out)
            _, _, text = read_bsnlp_raw(raw)
            source = f"{topic}/{lang}/{out.stem}"
            article = step(_article(text, LANGS.get(lang, lang))).replace(source=source)
            _, rowid = write_article(corpus.conn, article)
            items += _found(corpus.conn, rowid, source, LANGS.get(lang, lang), gold)
    return {"documents": len({i[0] for i in items}), "items": len(items),
            "all": _scores(items, cross=False), "cross_language": _scores(items, cross=True)}


def _found(conn: sqlite3.Connection, rowid: int, source: str, lang: str, gold: dict) -> list:
    forms = {}
    for text, entity in conn.execute("SELECT text, entity FROM mentions WHERE article = ?",
                                     (rowid,)):
        forms.setdefault(text, entity)
    return [(source, lang, gold_id, forms[form]) for form, (_, gold_id) in gold.items()
            if form in forms]


def _pairs(counter: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counter.values())


def _scores(items: list, cross: bool) -> dict:
    if cross:   # pairs across two languages: all pairs minus those within one language
        by_lang = defaultdict(list)
        for item in items:
            by_lang[item[1]].append(item)
        within = [_counts(group) for group in by_lang.values()]
        total = _counts(items)
        tp, pred, gold = (total[k] - sum(w[k] for w in within) for k in range(3))
    else:
        tp, pred, gold = _counts(items)
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    out = {"pairwise": {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                        "gold_pairs": gold}}
    if not cross:
        out["bcubed"] = _bcubed(items)
    return out


def _counts(items: list) -> tuple[int, int, int]:
    both = Counter((gold, ours) for _, _, gold, ours in items)
    return (_pairs(both), _pairs(Counter(ours for *_, ours in items)),
            _pairs(Counter(gold for _, _, gold, _ in items)))


def _bcubed(items: list) -> dict:
    both = Counter((gold, ours) for _, _, gold, ours in items)
    by_ours = Counter(ours for *_, ours in items)
    by_gold = Counter(gold for _, _, gold, _ in items)
    n = len(items) or 1
    p = sum(both[(g, o)] / by_ours[o] for _, _, g, o in items) / n
    r = sum(both[(g, o)] / by_gold[g] for _, _, g, o in items) / n
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def format_bsnlp_corpus(result: dict) -> str:
    rows = [f"BSNLP corpus grouping: {result['documents']} documents, {result['items']} "
            "(document, mention) items found"]
    for name in ("all", "cross_language"):
        pw = result[name]["pairwise"]
        rows.append(f"  {name:<15} pairwise P {pw['precision']:.3f}  R {pw['recall']:.3f}  "
                    f"F1 {pw['f1']:.3f}  ({pw['gold_pairs']} gold pairs)")
        if "bcubed" in result[name]:
            b = result[name]["bcubed"]
            rows.append(f"  {'':<15} BCubed   P {b['precision']:.3f}  R {b['recall']:.3f}  "
                        f"F1 {b['f1']:.3f}")
    return "\n".join(rows)
