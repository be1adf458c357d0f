"""Score the quotes step against PolNeAR-style BRAT attribution annotations.

The corpus folder holds ``{train,dev}/text/NAME.txt`` and
``{train,dev}/attributions/NAME_ANNOTATOR.ann``. Some articles were annotated
by several people; we score against one file per article, the first in sorted
order, so an article counts once.

An ``E`` line ties an attribution's Source, Cue and Content spans (BRAT
fragments ``10 20;25 40`` are joined). A gold Content that holds a double
quotation mark (" “ ” « » „, or two apostrophes '' standing for one, as in
the NYT texts) is a quote (direct or partial); any other is indirect. Single
marks are left out: in English they are mostly apostrophes.

Spans are compared as sets of word tokens (``\\w+``), so a quote with or
without its marks and final stop is the same quote. A prediction matches a gold
span when the tokens they share are at least the threshold share of *both*
spans (intersection / larger span), one to one, best overlap first.

The published reference points (the SFU Gender Gap Tracker: F1 0.837 at 30%,
0.761 at 80%) were scored another way: their script asks only what share of
the *gold* span the prediction covers, so a prediction that runs on past the
quote still matches. We report that measure too (``covered@30``,
``covered@80``; on tokens, where theirs counts characters), as the one to
compare with those figures; ours is the stricter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cronaca.article import Article, Paragraph, Quote

QUOTE_MARKS = frozenset('"“”«»„')
_TOKEN = re.compile(r"\w+")
_SPAN = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_EVENT = re.compile(r"^E\d+\t(.*)$")

Spans = tuple[tuple[int, int], ...]
# Capitalised words that open a Source without naming anyone ("He", "The senator")
_NOT_NAMES = frozenset("he she they it i we you the a an his her their this that who".split())


@dataclass(frozen=True)
class GoldAttribution:
    content: Spans
    cue: Spans
    source: Spans
    quote: bool                  # the content holds quotation marks


def read_ann(text: str, ann: str) -> list[GoldAttribution]:
    spans: dict[str, Spans] = {}
    events = []
    for line in ann.splitlines():
        if m := _SPAN.match(line):
            spans[m.group(1)] = tuple(tuple(map(int, part.split()))
                                      for part in m.group(3).split(";"))
        elif m := _EVENT.match(line):
            events.append(dict(arg.split(":", 1) for arg in m.group(1).split() if ":" in arg))
    gold = []
    for args in events:
        content = tuple(s for key in ("Content", "Content2") for s in spans.get(args.get(key), ()))
        if not content:
            continue
        quoted = any(_quoted(text[s:e]) for s, e in content)
        gold.append(GoldAttribution(content, spans.get(args.get("Cue"), ()),
                                    spans.get(args.get("Source"), ()), quoted))
    return gold


def _quoted(words: str) -> bool:
    return "''" in words or any(ch in QUOTE_MARKS for ch in words)


def raw_article(text: str, source: str) -> Article:
    """An Article whose offsets are those of the raw text: paragraphs split at newlines."""
    paragraphs = [Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
                  if m.group().strip()]
    return Article(source=source, text=text, input_kind="text", paragraphs=tuple(paragraphs))


def annotate(text: str, source: str, language: str = "en") -> Article:
    """The default pipeline (entities included, as users get it), language forced."""
    from cronaca.api import default_pipeline
    from cronaca.options import AnalyzeOptions
    article = default_pipeline(AnalyzeOptions(language=language))(raw_article(text, source))
    if article.failures:           # a scorer must not count a crashed step as "no quotes"
        failure = article.failures[0]
        raise RuntimeError(f"{source}: step {failure.step} failed: {failure.message}")
    return article


def documents(directory: str | Path, split: str) -> list[tuple[str, Path, Path]]:
    """(name, text path, annotation path): the first annotator's file per article."""
    root = Path(directory) / split
    out = []
    for text_path in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(text_path.stem + "_*.ann"))
        anns = [a for a in anns if re.fullmatch(re.escape(text_path.stem) + r"_[0-9a-f]+", a.stem)]
        if anns:
            out.append((text_path.stem, text_path, anns[0]))
    return out


def _tokens(text: str, spans: Spans) -> frozenset[int]:
    """Start offsets of the word tokens inside the spans."""
    return frozenset(m.start() + s for s, e in spans for m in _TOKEN.finditer(text[s:e]))


def quote_tokens(text: str, quote: Quote) -> frozenset[int]:
    """The tokens of a predicted quote's words.

    An interrupted quote spans its attribution too ('"A," said Kim, "B"'); its
    ``text`` holds only the quoted pieces, so the span's tokens are aligned with
    the words of ``text`` (in order, skipping the attribution's words).
    """
    span = [(m.start() + quote.start, m.group())
            for m in _TOKEN.finditer(text[quote.start:quote.end])]
    words = _TOKEN.findall(quote.text)
    out, i = set(), 0
    for word in words:
        while i < len(span) and span[i][1] != word:
            i += 1
        if i == len(span):
            break
        out.add(span[i][0])
        i += 1
    return frozenset(out)


def _overlap(a: frozenset[int], b: frozenset[int]) -> float:
    """The share of both spans that they share."""
    return len(a & b) / max(len(a), len(b)) if a and b else 0.0


def _covered(pred: frozenset[int], gold: frozenset[int]) -> float:
    """The share of the gold span that the prediction covers (the GGT measure)."""
    return len(pred & gold) / len(gold) if pred and gold else 0.0


# Score name: (threshold, overlap measure)
QUOTE_SCORES = {"quotes@30": (0.3, _overlap), "quotes@80": (0.8, _overlap),
                "covered@30": (0.3, _covered), "covered@80": (0.8, _covered)}


def match(pred: list[frozenset[int]], gold: list[frozenset[int]],
          threshold: float, measure=_overlap) -> list[tuple[int, int]]:
    """One-to-one (pred, gold) index pairs whose overlap reaches the threshold, best first."""
    pairs = sorted((-measure(p, g), i, j) for i, p in enumerate(pred)
                   for j, g in enumerate(gold) if not p.isdisjoint(g))
    used_p, used_g, out = set(), set(), []
    for score, i, j in pairs:
        score = -score
        if score >= threshold and i not in used_p and j not in used_g:
            used_p.add(i), used_g.add(j), out.append((i, j))
    return out


def _speaker_ok(text: str, quote: Quote, gold: GoldAttribution) -> bool:
    if quote.speaker is None or not gold.source:
        return False
    sp = quote.speaker
    if any(sp.start < e and sp.end > s for s, e in gold.source):
        return True
    source = " ".join(text[s:e] for s, e in gold.source)
    return bool(sp.name) and _same_name(sp.name, source)


def _same_name(name: str, source: str) -> bool:
    """The speaker's resolved name names the gold Source: one holds the other's words
    in order ("Donald Trump" and "Trump", "Sen. Rand Paul, R-Ky." and "Rand Paul").
    Only a name counts: a Source that is a pronoun or a common noun ("he", "the
    senator") matches by span overlap only, as there is no gold coreference."""
    ours = _TOKEN.findall(name.casefold())
    theirs = _TOKEN.findall(source.casefold())
    if not ours or not theirs:
        return False
    if _holds(ours, theirs):
        return True
    return all(w[:1].isupper() for w in _TOKEN.findall(source)) and _holds(theirs, ours) \
        and not set(theirs) & _NOT_NAMES


def _holds(part: list[str], whole: list[str]) -> bool:
    """Does ``whole`` hold the words of ``part`` in a row?"""
    n = len(part)
    return any(whole[i:i + n] == part for i in range(len(whole) - n + 1))


@dataclass
class _Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4),
                "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                "tp": self.tp, "predicted": self.pred, "gold": self.gold}


def score_document(text: str, quotes: list[Quote], gold: list[GoldAttribution],
                   tallies: dict[str, Any]) -> None:
    pred_q = [q for q in quotes if q.kind in ("direct", "partial")]
    pred_i = [q for q in quotes if q.kind == "indirect"]
    gold_q = [g for g in gold if g.quote]
    gold_i = [g for g in gold if not g.quote]
    pq = [quote_tokens(text, q) for q in pred_q]
    gq = [_tokens(text, g.content) for g in gold_q]
    for name, (threshold, measure) in QUOTE_SCORES.items():
        pairs = match(pq, gq, threshold, measure)
        counts = tallies[name]
        counts.tp += len(pairs)
        counts.pred += len(pq)
        counts.gold += len(gq)
        if name == "quotes@30":
            tallies["speaker_matched"] += len(pairs)
            tallies["speaker_right"] += sum(_speaker_ok(text, pred_q[i], gold_q[j])
                                            for i, j in pairs)
    pi = [_tokens(text, ((q.start, q.end),)) for q in pred_i]
    gi = [_tokens(text, g.content) for g in gold_i]
    counts = tallies["indirect@30"]
    counts.tp += len(match(pi, gi, 0.3))
    counts.pred += len(pi)
    counts.gold += len(gi)


def new_tallies() -> dict[str, Any]:
    """What score_document adds up."""
    return {**{name: _Counts() for name in QUOTE_SCORES}, "indirect@30": _Counts(),
            "speaker_matched": 0, "speaker_right": 0}


def evaluate_polnear(directory: str | Path, split: str = "dev") -> dict[str, Any]:
    """Quote F1 at 30% and 80% token overlap, speaker accuracy, indirect F1 at 30%."""
    tallies = new_tallies()
    docs = documents(directory, split)
    for name, text_path, ann_path in docs:
        text = text_path.read_text("utf-8")
        gold = read_ann(text, ann_path.read_text("utf-8"))
        article = annotate(text, name)
        score_document(text, list(article.quotes), gold, tallies)
    matched = tallies["speaker_matched"]
    return {
        "split": split, "documents": len(docs),
        "annotator_files": "first in sorted order per article",
        **{name: tallies[name].scores() for name in QUOTE_SCORES},
        "speaker_accuracy": round(tallies["speaker_right"] / matched, 4) if matched else 0.0,
        "speaker_matched": matched,
        "indirect@30": tallies["indirect@30"].scores(),
    }


def format_polnear_report(result: dict[str, Any]) -> str:
    lines = [f"PolNeAR {result['split']}: {result['documents']} articles "
             f"(annotations: {result['annotator_files']})"]
    for key, label in (("quotes@30", "quotes, 30% overlap"), ("quotes@80", "quotes, 80% overlap"),
                       ("covered@30", "quotes, 30% of gold"), ("covered@80", "quotes, 80% of gold"),
                       ("indirect@30", "indirect, 30% overlap")):
        s = result[key]
        lines.append(f"  {label:<22} P {s['precision']:.3f}  R {s['recall']:.3f}  "
                     f"F1 {s['f1']:.3f}  (tp {s['tp']}, predicted {s['predicted']}, "
                     f"gold {s['gold']})")
    lines.append(f"  speaker accuracy       {result['speaker_accuracy']:.3f} "
                 f"on {result['speaker_matched']} quotes matched at 30%")
    lines.append("  (overlap: the share of both spans; of gold: the share of the gold quote "
                 "covered, as the Gender Gap Tracker scores)")
    return "\n".join(lines)
