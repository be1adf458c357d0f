"""Measure the entities step on public annotated corpora.

``evaluate_conll(path)``: token-level BIO files (KIND, CoNLL). The tokens are
joined back into a text (no space before closing punctuation or after an
elided article), each sentence is one gold sentence of an Article in
``language``, and entities are scored the conlleval way: a mention counts
only if its exact span and type match a gold one. Adjective and nominal
mentions are left out (CoNLL-style corpora annotate names only), except
institutions named by a noun ("il governo", "la polizia"), which KIND marks ORG.

``evaluate_bsnlp(directory)``: BSNLP shared-task folders (document-level, no
offsets). Per language: precision and recall of the distinct mention strings
of each document (as BSNLP's "relaxed" mention score, ignoring type), the same
with types (names, and capitalised demonyms, which BSNLP marks as mentions of
the country: "Brytyjczycy", "Rosjanie"; our MISC counts as right for BSNLP's two
types we do not tell apart, events and products), and alias grouping over pairs of gold mentions of a document that
we found: two forms with the same cross-lingual id should be in one entity of
ours, two with different ids in two. We report pairwise precision, recall and
F1 of "same entity" decisions, and accuracy (the share of pairs decided right).
"""
from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from pathlib import Path

from cronaca.article import Article, Paragraph, Sentence

TYPES = ("PER", "ORG", "LOC")
# BSNLP types that cronaca folds into MISC: a MISC mention of one is typed right.
_BSNLP_MISC = frozenset({"EVT", "PRO"})
_NO_SPACE_BEFORE = re.compile(r"^[,.;:!?)\]»”%]")


def _article(text: str, language: str, sentences: list[tuple[int, int]] | None = None) -> Article:
    from cronaca.steps.segment import split_sentences
    paragraphs, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append(Paragraph(at, at + len(line)))
        at += len(line) + 1
    if sentences is None:
        sentences = [(p.start + s, p.start + e) for p in paragraphs
                     for s, e in _sentences(split_sentences, text[p.start:p.end], language)]
    return Article(source="<eval>", text=text, input_kind="text", language=language,
                   paragraphs=tuple(paragraphs),
                   sentences=tuple(Sentence(s, e, language) for s, e in sentences))


def _sentences(split, paragraph: str, language: str) -> list[tuple[int, int]]:
    try:
        return split(paragraph, language)
    except RecursionError:   # a segmenter bug must not stop an evaluation: one sentence
        return [(0, len(paragraph))]


def read_conll(path: str | Path) -> list[list[tuple[str, str]]]:
    sentences, current = [], []
    for line in Path(path).read_text("utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
            continue
        token, _, tag = line.partition("\t")
        current.append((token, tag.strip() or "O"))
    if current:
        sentences.append(current)
    return sentences


def _join(sentence: list[tuple[str, str]], at: int):
    """Text of one sentence and the gold (start, end, type) spans in it."""
    text, spans, open_span = "", [], None
    for i, (token, tag) in enumerate(sentence):
        if text and not _NO_SPACE_BEFORE.match(token) and not text.endswith(("'", "’", "(", "«")):
            text += " "
        start = at + len(text)
        text += token
        if tag.startswith("B-") or (tag.startswith("I-") and (open_span is None or open_span[2] != tag[2:])):
            open_span = [start, start + len(token), tag[2:]]
            spans.append(open_span)
        elif tag.startswith("I-"):
            open_span[1] = start + len(token)
        else:
            open_span = None
    return text, [tuple(s) for s in spans]


def evaluate_conll(path: str | Path, language: str = "it", per_article: int = 25, step=None) -> dict:
    from cronaca.entities import Entities
    step = step or Entities()
    sentences = read_conll(path)
    gold, pred = set(), set()
    for n in range(0, len(sentences), per_article):
        texts, spans, at = [], [], 0
        for sentence in sentences[n:n + per_article]:
            text, gold_spans = _join(sentence, at)
            spans.append((at, at + len(text)))
            gold |= {(n, *g) for g in gold_spans}
            texts.append(text)
            at += len(text) + 1
        article = step(_article("\n".join(texts), language, spans))
        pred |= {(n, m.start, m.end, e.type) for e in article.entities for m in e.mentions
                 if m.kind == "name" or (m.kind == "nominal" and e.type == "ORG")}
    return _prf_by_type(gold, pred)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "predicted": n_pred, "gold": n_gold}


def _prf_by_type(gold: set, pred: set) -> dict:
    # Types the corpus does not annotate (MISC in KIND) are neither right nor wrong:
    # they are left out of the count, as when one label set is mapped onto another.
    labels = {g[-1] for g in gold} | set(TYPES)
    unscored = sum(p[-1] not in labels for p in pred)
    pred = {p for p in pred if p[-1] in labels}
    out = {t: _prf(len({g for g in gold if g[-1] == t} & pred), sum(p[-1] == t for p in pred),
                   sum(g[-1] == t for g in gold)) for t in sorted({g[-1] for g in gold} | set(TYPES))}
    out["overall"] = _prf(len(gold & pred), len(pred), len(gold))
    out["overall"]["unscored_other_types"] = unscored
    return out


def read_bsnlp_raw(path: Path) -> tuple[str, str, str]:
    """(document id, language, text): the title (line 5) and the body, one paragraph a line."""
    lines = path.read_text("utf-8-sig").splitlines()
    return lines[0].strip(), lines[1].strip(), "\n".join(line for line in lines[4:] if line.strip())


def read_bsnlp_gold(path: Path) -> tuple[str, dict[str, tuple[str, str]]]:
    """(document id, {mention form: (type, cross-lingual id)})."""
    lines = path.read_text("utf-8-sig").splitlines()
    gold = {}
    for line in lines[1:]:
        parts = line.split("\t")
        if len(parts) >= 4:
            gold[parts[0].strip()] = (parts[2].strip(), parts[3].strip())
    return lines[0].strip(), gold


def _bsnlp_pairs(gold: dict, ours: dict) -> Counter:
    """Same-entity decisions over pairs of gold forms we found (see module docstring)."""
    c = Counter()
    found = sorted(f for f in gold if f in ours)
    for a, b in itertools.combinations(found, 2):
        same_gold, same_ours = gold[a][1] == gold[b][1], ours[a] == ours[b]
        c["pairs"] += 1
        c["right"] += same_gold == same_ours
        c["gold_same"] += same_gold
        c["ours_same"] += same_ours
        c["both_same"] += same_gold and same_ours
    return c


def evaluate_bsnlp(directory: str | Path, topics: list[str] | None = None, step=None) -> dict:
    from cronaca.entities import Entities
    step = step or Entities()
    counts: dict[str, Counter] = defaultdict(Counter)
    for out in sorted(Path(directory).glob("*/annotated/*/*.out")):
        topic, lang = out.parts[-4], out.parts[-2]
        if topics and topic not in topics:
            continue
        raw = out.parent.parent.parent / "raw" / lang / (out.name[:-4] + ".txt")
        if not raw.exists():
            continue
        _, gold = read_bsnlp_gold(out)
        _, _, text = read_bsnlp_raw(raw)
        article = step(_article(text, lang))
        ours: dict[str, str] = {}
        typed: set[tuple[str, str]] = set()
        for e in article.entities:
            for m in e.mentions:   # BSNLP also marks nouns of inhabitants ("Brytyjczycy")
                if m.kind == "name" or (m.kind == "adjective" and m.text[:1].isupper()):
                    ours.setdefault(m.text, e.id)
                    typed.add((m.text, e.type))
        c = counts[lang]
        c["docs"] += 1
        c["gold"] += len(gold)
        c["pred"] += len(ours)
        c["found"] += len(set(gold) & set(ours))
        c["typed_found"] += len({(f, "MISC" if t in _BSNLP_MISC else t) for f, (t, _) in gold.items()} & typed)
        c.update(_bsnlp_pairs(gold, ours))
    return {lang: _bsnlp_scores(c) for lang, c in sorted(counts.items())} | (
        {"all": _bsnlp_scores(sum(counts.values(), Counter()))} if counts else {})


def _bsnlp_scores(c: Counter) -> dict:
    mentions = _prf(c["found"], c["pred"], c["gold"])
    typed = _prf(c["typed_found"], c["pred"], c["gold"])
    grouping = _prf(c["both_same"], c["ours_same"], c["gold_same"])
    return {"docs": c["docs"], "mentions": mentions, "typed_mentions": typed,
            "grouping": grouping | {"accuracy": c["right"] / c["pairs"] if c["pairs"] else 0.0,
                                    "pairs": c["pairs"]}}


def format_conll(result: dict) -> str:
    rows = ["type     precision  recall     f1  predicted   gold"]
    for name, r in result.items():
        rows.append(f"{name:8} {r['precision']:9.3f} {r['recall']:7.3f} {r['f1']:6.3f} "
                    f"{r['predicted']:10d} {r['gold']:6d}")
    unscored = result.get("overall", {}).get("unscored_other_types")
    if unscored:
        rows.append(f"({unscored} mentions of types the corpus does not annotate, e.g. MISC, "
                    "are not counted)")
    return "\n".join(rows)


def format_bsnlp(result: dict) -> str:
    rows = ["lang  docs  mention P/R/F1      typed P/R/F1        grouping P/R/F1     grouping acc  pairs"]
    for lang, r in result.items():
        m, t, g = r["mentions"], r["typed_mentions"], r["grouping"]
        rows.append(f"{lang:5} {r['docs']:4d}  {m['precision']:.3f} {m['recall']:.3f} {m['f1']:.3f}   "
                    f"{t['precision']:.3f} {t['recall']:.3f} {t['f1']:.3f}   "
                    f"{g['precision']:.3f} {g['recall']:.3f} {g['f1']:.3f}   {g['accuracy']:11.3f} {g['pairs']:6d}")
    return "\n".join(rows)
