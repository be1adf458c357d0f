"""An Article cut into runs of text for the article page: each run knows the quote,
entity mention and translation warning it lies in. Templates escape the text; nothing
here builds HTML."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from cronaca.article import Article
from cronaca.output.formats import group_by_speaker

UNATTRIBUTED = "(unattributed)"
COLOURS = 8


@dataclass(frozen=True)
class Run:
    text: str
    quote: dict | None = None      # {speaker, colour, kind, number}
    entity: dict | None = None     # {name, type, href}
    warning: dict | None = None    # {number, kind, evidence}
    note: int | None = None        # a warning ends here: show its footnote mark


def speakers(article: Article) -> list[dict]:
    """Speakers, most quoted first, each with its colour class and quotes."""
    out = []
    for n, (name, quotes) in enumerate(group_by_speaker(article.quotes)):
        colour = "sp-none" if name == UNATTRIBUTED else f"sp{n % COLOURS}"
        out.append({"name": name, "colour": colour, "quotes": quotes,
                    "href": None if name == UNATTRIBUTED else speaker_href(name)})
    return out


def speaker_href(name: str) -> str:
    return "/speakers?" + urlencode({"name": name})


def entity_href(name: str, kind: str) -> str:
    if kind == "PER":
        return speaker_href(name)
    return "/search?" + urlencode({"q": f'"{name}"'})


def paragraphs(article: Article) -> list[list[tuple[dict | None, list[Run]]]]:
    """Each paragraph as (quote or None, runs) groups: one highlight per quote."""
    colour = {s["name"]: s["colour"] for s in speakers(article)}
    quotes = [(q.start, q.end, _quote(q, n, colour)) for n, q in enumerate(article.quotes, 1)]
    mentions = [(m.start, m.end, {"name": e.name, "type": e.type,
                                  "href": entity_href(e.name, e.type)})
                for e in article.entities for m in e.mentions]
    warnings = [(d.start, d.end, {"number": n, "kind": d.kind, "evidence": d.evidence})
                for n, d in enumerate(article.diagnostics, 1)]
    cuts = {p for s, e, _ in quotes + mentions + warnings for p in (s, e)}
    out = []
    for para in article.paragraphs:
        points = sorted({para.start, para.end} | {c for c in cuts if para.start < c < para.end})
        runs = [Run(article.text[a:b], _at(quotes, a, b), _at(mentions, a, b), _at(warnings, a, b))
                for a, b in zip(points, points[1:]) if b > a]
        out.append(_by_quote(_notes(_merge(runs))))
    return out


def _by_quote(runs: list[Run]) -> list[tuple[dict | None, list[Run]]]:
    groups: list[tuple[dict | None, list[Run]]] = []
    for run in runs:
        if groups and groups[-1][0] == run.quote:
            groups[-1][1].append(run)
        else:
            groups.append((run.quote, [run]))
    return groups


def _quote(quote, n: int, colour: dict) -> dict:
    name = (quote.speaker.name or quote.speaker.text) if quote.speaker else UNATTRIBUTED
    return {"speaker": name, "colour": colour.get(name, "sp-none"), "kind": quote.kind,
            "number": n}


def _at(spans, a: int, b: int):
    """The innermost (shortest) span covering [a, b)."""
    covering = [(e - s, value) for s, e, value in spans if s <= a and b <= e]
    return min(covering, key=lambda c: c[0])[1] if covering else None


def _merge(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for run in runs:
        last = out[-1] if out else None
        if last and (last.quote, last.entity, last.warning) == (run.quote, run.entity, run.warning):
            out[-1] = Run(last.text + run.text, run.quote, run.entity, run.warning)
        else:
            out.append(run)
    return out


def _notes(runs: list[Run]) -> list[Run]:
    """Mark the last run of each warning, where its footnote number goes."""
    out = list(runs)
    for i, run in enumerate(out):
        following = out[i + 1].warning if i + 1 < len(out) else None
        if run.warning and following != run.warning:
            out[i] = Run(run.text, run.quote, run.entity, run.warning, run.warning["number"])
    return out
