"""Score entities on articles annotated inline, per language (the set cronaca ships).

KIND is Italian and BSNLP Slavic; the project ships the articles of its quote set
(``cronaca/evaluate/entity_set/{dev,test,blind,fresh}/LANG_NAME.txt``, as the quote set) with their names marked:
``⟦PER2|Ruth Okafor⟧``: the type (PER, LOC, ORG) and an ID shared by the mentions of
one entity in the article ("Ruth Okafor", "Okafor"). Conventions: a name without the
title before it; places include regions, rivers and named districts; organisations
include public bodies named as such ("Ayuntamiento de Zaragoza", "la Regione");
demonyms and common nouns ("the council") are not marked.

Scores: exact span and type, per type and over all (as ``--conll``: name mentions of
the default pipeline), and alias grouping: over pairs of gold mentions found, whether
ours put them in one entity exactly when the gold does (pairwise F1 of "same").
"""
from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from cronaca.evaluate.entities import _prf, _prf_by_type

SHIPPED = Path(__file__).with_name("entity_set")
SPLITS = ("dev", "test", "blind", "fresh")
DEFAULT_SPLITS = ("dev", "test")     # blind and fresh are scored only when asked for
_MARK = re.compile(r"⟦(PER|LOC|ORG)(\d+)\|([^⟦⟧]*)⟧")


def parse(marked: str, name: str = "") -> tuple[str, list[tuple[int, int, str, str]]]:
    """The plain text and its gold mentions (start, end, type, entity id)."""
    out, gold, pos, length = [], [], 0, 0
    for m in _MARK.finditer(marked):
        plain = marked[pos:m.start()]
        out.append(plain)
        length += len(plain)
        gold.append((length, length + len(m.group(3)), m.group(1), m.group(2)))
        out.append(m.group(3))
        length += len(m.group(3))
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"{name}: a mark is not of the form ⟦TYPE ID|words⟧ (TYPE PER, LOC, ORG)")
    return text, gold


def evaluate_entity_marked(directory: str | Path) -> dict[str, Any]:
    from cronaca.evaluate.polnear import annotate
    spans: dict[str, tuple[set, set]] = defaultdict(lambda: (set(), set()))
    pairs: dict[str, Counter] = defaultdict(Counter)
    paths = sorted(Path(directory).glob("*_*.txt"))
    for path in paths:
        language = path.stem.split("_", 1)[0]
        text, gold = parse(path.read_text("utf-8"), path.name)
        article = annotate(text, path.stem, language=language)
        ours = {(m.start, m.end): e for e in article.entities for m in e.mentions
                if m.kind == "name"}
        for key in (language, "all"):
            spans[key][0].update((path.stem, s, e, t) for s, e, t, _ in gold)
            spans[key][1].update((path.stem, s, e, ent.type) for (s, e), ent in ours.items())
            pairs[key] += _pairs(gold, ours)
    return {"directory": str(directory), "documents": len(paths),
            "languages": {lang: {"mentions": _prf_by_type(*spans[lang]),
                                 "grouping": _grouping(pairs[lang])}
                          for lang in sorted(spans, key=lambda k: (k == "all", k))}}


def _pairs(gold: list, ours: dict) -> Counter:
    found = [(s, e, ident) for s, e, _, ident in gold if (s, e) in ours]
    c = Counter()
    for (s1, e1, g1), (s2, e2, g2) in itertools.combinations(found, 2):
        same_gold, same_ours = g1 == g2, ours[(s1, e1)].id == ours[(s2, e2)].id
        c["gold_same"] += same_gold
        c["ours_same"] += same_ours
        c["both_same"] += same_gold and same_ours
    return c


def _grouping(c: Counter) -> dict[str, Any]:
    return _prf(c["both_same"], c["ours_same"], c["gold_same"])


def format_entity_marked_report(result: dict[str, Any]) -> str:
    lines = [f"{result['documents']} annotated articles in {result['directory']}",
             "lang  gold  PER    LOC    ORG    all: P     R     F1     grouping F1 (pairs)"]
    for lang, s in result["languages"].items():
        m = s["mentions"]
        row = f"{lang:<5} {m['overall']['gold']:>4}  " + "  ".join(
            f"{m[t]['f1']:.2f} " if m[t]["gold"] else "  -  " for t in ("PER", "LOC", "ORG"))
        g = s["grouping"]
        lines.append(row + f"     {m['overall']['precision']:.2f}  {m['overall']['recall']:.2f}"
                           f"  {m['overall']['f1']:.3f}  {g['f1']:.2f} ({g['gold']})")
    return "\n".join(lines)
