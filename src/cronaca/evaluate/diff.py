"""Scoring ``cronaca diff``: edits injected into clean articles, and faithful translations.

Injected (``DIR`` of clean articles, any layout ``evaluate.corpora`` reads): each
article of at least six sentences gets a copy with four edits, chosen by a seeded
generator: one number replaced by another, one person or place replaced by a name
of the same type from another article, one sentence dropped, one sentence of
another article added. The copy is analysed again from its text and compared with
the original. An edit is found when the diff reports it (a number change from the
old number to the new one; a name or place change whose two sides share a word with
the old and the new name, or the new name reported as added (the old one may be named
again in that sentence); the sentence dropped; the sentence added); every other
change, dropped or added sentence reported is false.

Translations (a links set: ``articles/`` and ``gold.tsv``, e.g. tests/fixtures/links):
the pairs marked ``translation`` are faithful, so everything the diff reports on them
is false.
"""
from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from cronaca.article import Article
from cronaca.links.text import numbers, words
from cronaca.provenance import Diff, diff
from cronaca.provenance.facts import sentence_spans

EDITS = ("number", "name", "dropped", "added")
MIN_SENTENCES = 6


def evaluate_injected(directories: list[str], limit: int = 100, seed: int = 0) -> dict:
    from cronaca.api import analyze
    from cronaca.evaluate.corpora import documents
    rng = random.Random(seed)
    originals = []
    for directory in directories:
        for source, language, text in documents(directory):
            article = analyze(text=text)
            if len(sentence_spans(article)) >= MIN_SENTENCES:
                originals.append(article)
            if len(originals) >= limit:
                break
    found, total, false = Counter(), Counter(), Counter()
    for i, original in enumerate(originals):
        donor = originals[(i + 1) % len(originals)]
        text, expected = inject(original, donor, rng)
        result = diff(original, analyze(text=text))
        _score(result, expected, found, total, false)
    return {"articles": len(originals),
            "recall": {k: found[k] / total[k] if total[k] else None for k in EDITS},
            "found": dict(found), "injected": dict(total), "false": dict(false),
            "false_per_article": sum(false.values()) / max(1, len(originals))}


def inject(original: Article, donor: Article, rng: random.Random) -> tuple[str, dict]:
    """The copy's text and what was done to it."""
    spans = sentence_spans(original)
    text = original.text
    edits: list[tuple[int, int, str]] = []          # (start, end, replacement) in original
    expected: dict = {}
    free = list(range(1, len(spans)))
    rng.shuffle(free)
    number = _number_edit(original, spans, free, rng)
    if number:
        edits.append(number[0])
        expected["number"] = number[1]
    name = _name_edit(original, donor, spans, free, rng)
    if name:
        edits.append(name[0])
        expected["name"] = name[1]
    drop, at = _drop_and_insert(original, spans, free)
    edits.append((spans[drop].start, spans[drop].end, ""))
    expected["dropped"] = text[spans[drop].start:spans[drop].end]
    donor_spans = [s for s in sentence_spans(donor) if _plain_sentence(donor.text[s.start:s.end])]
    middle = donor_spans[len(donor_spans) // 2]
    extra = donor.text[middle.start:middle.end]
    edits.append((at, at, " " + extra))
    expected["added"] = extra
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text, expected


def _plain_sentence(text: str) -> bool:
    """A whole sentence of some length (not a dateline, a colon-ended lead-in, a mark)."""
    return len(text.split()) >= 5 and text.rstrip()[-1:] in ".!?"


def _drop_and_insert(article, spans, free) -> tuple[int, int]:
    """A sentence to drop, and an offset (after another plain sentence, not next to it)
    where the added one goes."""
    plain = [i for i in free if _plain_sentence(article.text[spans[i].start:spans[i].end])]
    drop = plain[0] if plain else free[0]
    free.remove(drop)
    after = next((i for i in free if abs(i - drop) > 1 and _plain_sentence(
        article.text[spans[i].start:spans[i].end])), free[0])
    free.remove(after)
    return drop, spans[after].end


def _number_edit(article, spans, free, rng):
    for index in list(free):
        sentence = article.text[spans[index].start:spans[index].end]
        found = numbers(sentence)
        if found:
            free.remove(index)
            written = next(iter(found.values()))
            at = spans[index].start + sentence.index(written)
            new = str(rng.randrange(11, 9000))
            return (at, at + len(written), new), (written, new)
    return None


def _name_edit(article, donor, spans, free, rng):
    pool = {t: [e.name for e in donor.entities if e.type == t and e.name not in article.text
                and len(e.name.split()) <= 3] for t in ("PER", "LOC")}
    for index in list(free):
        span = spans[index]
        for entity in article.entities:
            if entity.type not in pool or not pool[entity.type]:
                continue
            for mention in entity.mentions:
                if span.start <= mention.start < span.end and mention.kind == "name":
                    free.remove(index)
                    new = rng.choice(pool[entity.type])
                    return (mention.start, mention.end, new), (mention.text, new)
    return None


def _score(result: Diff, expected: dict, found: Counter, total: Counter, false: Counter) -> None:
    for kind in expected:
        total[kind] += 1
    for change in result.changes:
        if change.kind == "number" and expected.get("number") == (change.original, change.copy):
            found["number"] += 1
        elif change.kind in ("name", "place") and "name" in expected and \
                (change.original is None or _shares(change.original, expected["name"][0])) \
                and _shares(change.copy, expected["name"][1]):
            found["name"] += 1
        else:
            false[f"{change.kind} change"] += 1
    for step in result.steps:
        if step.op in ("dropped", "added"):
            side = step.original if step.op == "dropped" else step.copy
            if any(expected.get(step.op, "").strip() == p.text.strip() for p in side):
                found[step.op] += 1
            else:
                false[f"{step.op} sentence"] += 1


def _shares(a: str | None, b: str) -> bool:
    return a is not None and bool(set(words(a)) & set(words(b)))


def evaluate_translations(directory: str) -> dict:
    """Everything reported on a faithful translation pair is false."""
    from cronaca.api import analyze
    from cronaca.evaluate.links import read_gold
    root = Path(directory)
    pairs = [sorted(p) for p, kind in read_gold(root / "gold.tsv").items()
             if kind == "translation"]
    cache: dict[str, Article] = {}

    def load(stem: str) -> Article:
        if stem not in cache:
            path = next((root / "articles").glob(f"{stem}.*"))
            cache[stem] = analyze(str(path))
        return cache[stem]
    reports = []
    for a, b in pairs:
        result = diff(load(a), load(b))
        counts = result.counts()
        reports.append({"pair": [a, b], "changes": [str(c) for c in result.changes],
                        "dropped": counts.get("dropped", 0), "added": counts.get("added", 0),
                        "aligned": sum(n for op, n in counts.items()
                                       if op not in ("dropped", "added"))})
    return {"pairs": len(pairs), "reports": reports,
            "false_per_pair": sum(len(r["changes"]) + r["dropped"] + r["added"]
                                  for r in reports) / max(1, len(pairs))}


def format_diff_report(injected: dict | None, translations: list[dict]) -> str:
    lines = []
    if injected:
        lines.append(f"injected edits, {injected['articles']} articles "
                     f"(found / injected, recall):")
        for kind in EDITS:
            r = injected["recall"][kind]
            lines.append(f"  {kind:<8} {injected['found'].get(kind, 0):>4} / "
                         f"{injected['injected'].get(kind, 0):<4} "
                         + ("  -" if r is None else f"{r:.3f}"))
        false = ", ".join(f"{n} {k}" for k, n in sorted(injected["false"].items()))
        lines.append(f"  false reports: {injected['false_per_article']:.2f} an article"
                     + (f" ({false})" if false else ""))
    for result in translations:
        lines.append(f"faithful translations, {result['pairs']} pairs: "
                     f"{result['false_per_pair']:.2f} false reports a pair")
        for r in result["reports"]:
            wrong = r["changes"] + [f"{r['dropped']} dropped"] * bool(r["dropped"]) \
                + [f"{r['added']} added"] * bool(r["added"])
            if wrong:
                lines.append(f"  {' ~ '.join(r['pair'])}: {'; '.join(wrong)}")
    return "\n".join(lines)
