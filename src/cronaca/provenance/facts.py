"""What a sentence states that survives translation: names, places, numbers, dates.

Names come from the article's entities (their cross-script key, so "Russia" in an
English sentence and "Россия" in a Russian one are the same fact), numbers and dates
from the language-independent readers of ``cronaca.links.text``.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from cronaca.article import Article, Span
from cronaca.links.text import dates, numbers


@dataclass
class SentenceFacts:
    start: int
    end: int
    text: str
    names: dict[str, tuple[str, str]] = field(default_factory=dict)   # key -> (as written, type)
    numbers: dict[str, str] = field(default_factory=dict)            # value -> as written
    dates: dict[str, str] = field(default_factory=dict)              # 'MM-DD' -> as written

    @property
    def count(self) -> int:
        return len(self.names) + len(self.numbers) + len(self.dates)


def sentence_spans(article: Article) -> list[Span]:
    """The article's sentences, or its non-empty lines when it was not segmented."""
    if article.sentences:
        return [Span(s.start, s.end) for s in article.sentences]
    spans, at = [], 0
    for line in article.text.split("\n"):
        if line.strip():
            spans.append(Span(at, at + len(line)))
        at += len(line) + 1
    return spans


def sentence_facts(article: Article) -> list[SentenceFacts]:
    """One entry a sentence that has a word or a number (a stray quotation mark that the
    segmenter left alone is not a sentence a copy can drop)."""
    spans = [s for s in sentence_spans(article)
             if any(c.isalnum() for c in article.text[s.start:s.end])]
    out = [SentenceFacts(s.start, s.end, article.text[s.start:s.end]) for s in spans]
    starts = [s.start for s in spans]
    for entity in article.entities:
        key = entity.key or entity.name.casefold()
        for mention in entity.mentions:
            index = _containing(starts, out, mention.start)
            if index is not None:
                out[index].names.setdefault(key, (mention.text, entity.type))
    for facts in out:
        facts.numbers = numbers(facts.text)
        facts.dates = dates(facts.text, article.language)
    return out


def _containing(starts: list[int], sentences: list[SentenceFacts], offset: int) -> int | None:
    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset < sentences[i].end:
        return i
    return None
