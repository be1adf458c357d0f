"""Language-independent evidence that two articles tell the same thing.

Names (corpus entity keys, equal across scripts: Путин and Putin are "putin v"),
quote speakers, numbers and day-month dates. A translation keeps nearly all of
them; a different article on the same story shares some; an unrelated one few.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from cronaca.article import Article
from cronaca.links.text import dates, numbers

KINDS = ("name", "speaker", "number", "date")
_LABELS = {"name": "shared names", "speaker": "same speakers quoted",
           "number": "shared numbers", "date": "shared dates"}


def features(article: Article) -> list[tuple[str, str, str]]:
    """(kind, normalised value, label) rows for ``link_features``."""
    rows: dict[tuple[str, str], str] = {}
    for entity in article.entities:
        key = entity.key or entity.name.casefold()
        if entity.type in ("PER", "ORG", "LOC", "MISC") and len(key) > 2:
            rows.setdefault(("name", key), entity.name)
    names = {e.id: (e.key or e.name.casefold(), e.name) for e in article.entities}
    for quote in article.quotes:
        if quote.speaker and quote.speaker.entity_id in names:
            key, name = names[quote.speaker.entity_id]
            rows.setdefault(("speaker", key), name)
    for value, label in numbers(article.text).items():
        rows.setdefault(("number", value), label)
    for value, label in dates(article.text, article.language).items():
        rows.setdefault(("date", value), label)
    return [(kind, value, label) for (kind, value), label in rows.items()]


@dataclass
class Overlap:
    shared: dict[str, list[str]] = field(default_factory=dict)   # kind -> labels
    n_a: int = 0
    n_b: int = 0

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.shared.values())

    @property
    def dice(self) -> float:
        """2|A∩B| / (|A|+|B|): 1 when both articles carry exactly the same facts."""
        return 2 * self.count / (self.n_a + self.n_b) if self.n_a + self.n_b else 0.0

    @property
    def coverage(self) -> float:
        """Share of the poorer article's facts found in the other."""
        return self.count / min(self.n_a, self.n_b) if min(self.n_a, self.n_b) else 0.0

    def sentences(self, limit: int = 6) -> list[str]:
        out = []
        for kind in KINDS:
            labels = self.shared.get(kind)
            if labels:
                shown = ", ".join(labels[:limit]) + (f" (+{len(labels) - limit})"
                                                     if len(labels) > limit else "")
                out.append(f"{_LABELS[kind]}: {shown}")
        return out


def overlap(a: dict[tuple[str, str], str], b: dict[tuple[str, str], str]) -> Overlap:
    """a, b: (kind, value) -> label, as read back from ``link_features``."""
    result = Overlap(n_a=len(a), n_b=len(b))
    for key in sorted(a.keys() & b.keys(), key=lambda k: (KINDS.index(k[0]), k[1])):
        result.shared.setdefault(key[0], []).append(a[key])
    return result
