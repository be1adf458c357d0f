"""A provenance Diff as rows for a side-by-side table: each aligned step with the
original's and the copy's text cut into runs, the changed names, places, numbers and
dates marked (and, in one language, the words that differ)."""
from __future__ import annotations

import re

from cronaca.provenance import Diff, Step

LABELS = {"same": "same", "edited": "edited", "translated": "translated",
          "changed": "changed", "dropped": "only in the original",
          "added": "only in the copy"}


def rows(result: Diff) -> list[dict]:
    return [_row(n, step) for n, step in enumerate(result.steps, 1)]


def _row(n: int, step: Step) -> dict:
    original = " ".join(p.text for p in step.original)
    copy = " ".join(p.text for p in step.copy)
    if step.op == "edited" and step.words:
        left = [(t, "del" if op == "-" else None) for op, t in step.words if op != "+"]
        right = [(t, "ins" if op == "+" else None) for op, t in step.words if op != "-"]
        left, right = _spaced(left), _spaced(right)
    else:
        left = marked(original, [c.original for c in step.changes])
        right = marked(copy, [c.copy for c in step.changes])
    return {"n": n, "op": step.op, "label": LABELS.get(step.op, step.op),
            "similarity": step.similarity, "changes": [str(c) for c in step.changes],
            "left": left, "right": right}


def marked(text: str, names: list[str | None]) -> list[tuple[str, str | None]]:
    """(text, mark) runs: mark is "change" on each occurrence of a changed fact."""
    names = sorted({n for n in names if n}, key=len, reverse=True)
    if not names or not text:
        return [(text, None)] if text else []
    pattern = re.compile("|".join(re.escape(n) for n in names))
    out, at = [], 0
    for found in pattern.finditer(text):
        out += [(text[at:found.start()], None), (found.group(), "change")]
        at = found.end()
    return [r for r in out + [(text[at:], None)] if r[0]]


def _spaced(runs: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Word runs joined by single spaces (the word diff drops the original spacing)."""
    out: list[tuple[str, str | None]] = []
    for text, mark in runs:
        if out:
            out.append((" ", None))
        out.append((text, mark))
    return out
