"""Score quotes on articles annotated inline, in many languages (the set cronaca ships).

PolNeAR is English only. The project ships a small set of news articles written for
it in several languages (``cronaca/evaluate/quote_set/{dev,test,blind,fresh}/LANG_NAME.txt``:
dev was looked at while rules were written, test was written at the same time and not
looked at, to say how the rules carry over; blind was written later and annotated
before cronaca was run on it, and is scored only when asked for; fresh, written later
still in the same way, likewise), annotated in place with the same parts as PolNeAR: ``⟦ROLE ID|words⟧``, ROLE one of

    q  the words of a direct quote (inside the quotation marks or after the dash)
    p  the content of a partial quote: the reported clause around a quoted fragment
    i  the content of indirect speech
    c  the cue (the speech verb, "according to", "secondo")
    s  the source (who speaks, as written: a name, a pronoun, "the minister")

The parts of one attribution share an ID; an interrupted quote has two ``q`` pieces
with one ID, and so has a quotation that goes on in the next sentence without a cue
of its own ('"A," Kim said. "B."': one attribution, as PolNeAR annotates it in nine
cases of ten). Marks may nest (a speaker inside another attribution's content). The
scores are those of ``cronaca eval quotes --polnear`` (shared code), per language,
plus how often a matched quote has the right kind (direct or partial).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cronaca.evaluate.polnear import GoldAttribution, match, new_tallies, quote_tokens, \
    score_document, _tokens

SHIPPED = Path(__file__).with_name("quote_set")
SPLITS = ("dev", "test", "blind", "fresh")
DEFAULT_SPLITS = ("dev", "test")     # blind and fresh are scored only when asked for
_OPEN = re.compile(r"⟦([qpics])(\d+)\|")
ROLES = {"q": "content", "p": "content", "i": "content", "c": "cue", "s": "source"}


class MarkupError(ValueError):
    pass


@dataclass(frozen=True)
class MarkedDocument:
    name: str
    language: str
    text: str
    gold: list[GoldAttribution]
    kinds: dict[tuple[int, ...], str]       # gold content spans -> direct | partial


def parse(marked: str, name: str = "") -> tuple[str, list[GoldAttribution], dict]:
    """The plain text, its attributions and the kind of each quoted content."""
    out: list[str] = []
    stack: list[tuple[str, str, int]] = []
    parts: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    kinds: dict[str, str] = {}
    pos = length = 0
    while pos < len(marked):
        if m := _OPEN.match(marked, pos):
            stack.append((m.group(1), m.group(2), length))
            pos = m.end()
        elif marked[pos] == "⟧":
            if not stack:
                raise MarkupError(f"{name}: '⟧' without '⟦' at character {pos}")
            role, ident, start = stack.pop()
            parts[ident][ROLES[role]].append((start, length))
            if role in "qpi":
                kinds[ident] = role
            pos += 1
        else:
            out.append(marked[pos])
            length += 1
            pos += 1
    if stack:
        raise MarkupError(f"{name}: '⟦{stack[-1][0]}{stack[-1][1]}|' is never closed")
    gold, by_content = [], {}
    for ident, roles in parts.items():
        if not roles["content"]:
            raise MarkupError(f"{name}: attribution {ident} has no content (q, p or i)")
        content = tuple(sorted(roles["content"]))
        gold.append(GoldAttribution(content, tuple(roles["cue"]), tuple(roles["source"]),
                                    quote=kinds[ident] != "i"))
        if kinds[ident] != "i":
            by_content[content] = "direct" if kinds[ident] == "q" else "partial"
    return "".join(out), gold, by_content


def documents(directory: str | Path = SHIPPED) -> list[MarkedDocument]:
    docs = []
    for path in sorted(Path(directory).glob("*_*.txt")):
        language = path.stem.split("_", 1)[0]
        text, gold, kinds = parse(path.read_text("utf-8"), path.name)
        docs.append(MarkedDocument(path.stem, language, text, gold, kinds))
    return docs


def _new_tallies() -> dict[str, Any]:
    return {**new_tallies(), "kind_right": 0, "documents": 0}


def _kind_right(doc: MarkedDocument, quotes: list) -> int:
    pred = [q for q in quotes if q.kind in ("direct", "partial")]
    gold = [g for g in doc.gold if g.quote]
    pairs = match([quote_tokens(doc.text, q) for q in pred],
                  [_tokens(doc.text, g.content) for g in gold], 0.3)
    return sum(pred[i].kind == doc.kinds.get(gold[j].content) for i, j in pairs)


def evaluate_marked(directory: str | Path = SHIPPED) -> dict[str, Any]:
    """The PolNeAR scores per language and over all, on inline-annotated articles."""
    from cronaca.evaluate.polnear import annotate
    per_language: dict[str, dict[str, Any]] = defaultdict(_new_tallies)
    docs = documents(directory)
    for doc in docs:
        quotes = list(annotate(doc.text, doc.name, language=doc.language).quotes)
        for tallies in (per_language[doc.language], per_language["all"]):
            score_document(doc.text, quotes, doc.gold, tallies)
            tallies["kind_right"] += _kind_right(doc, quotes)
            tallies["documents"] += 1
    return {"directory": str(directory), "documents": len(docs),
            "languages": {lang: _scores(t) for lang, t in sorted(per_language.items(),
                                                                 key=lambda kv: kv[0] == "all")}}


def _scores(tallies: dict[str, Any]) -> dict[str, Any]:
    matched = tallies["speaker_matched"]
    return {"documents": tallies["documents"],
            **{key: tallies[key].scores() for key in ("quotes@30", "quotes@80", "indirect@30")},
            "speaker_accuracy": round(tallies["speaker_right"] / matched, 4) if matched else 0.0,
            "kind_accuracy": round(tallies["kind_right"] / matched, 4) if matched else 0.0,
            "speaker_matched": matched}


def format_marked_report(result: dict[str, Any]) -> str:
    lines = [f"{result['documents']} annotated articles in {result['directory']}",
             "lang  docs  quotes  F1@30  F1@80  speaker  kind   indirect  P     R     F1"]
    for lang, s in result["languages"].items():
        q30, q80, ind = s["quotes@30"], s["quotes@80"], s["indirect@30"]
        lines.append(f"{lang:<5} {s['documents']:>4}  {q30['gold']:>6}  {q30['f1']:.3f}  "
                     f"{q80['f1']:.3f}  {s['speaker_accuracy']:.3f}    {s['kind_accuracy']:.3f}  "
                     f"{ind['gold']:>8}  {ind['precision']:.2f}  {ind['recall']:.2f}  "
                     f"{ind['f1']:.2f}")
    return "\n".join(lines)
