"""Sentence and paragraph lookups by offset, shared by the quote finders."""
from __future__ import annotations

import bisect

from cronaca.article import Article


class Context:
    """Sentence and paragraph lookups for one article."""

    def __init__(self, article: Article):
        self.text = article.text
        spans = article.sentences or article.paragraphs
        self.sentences = [(s.start, s.end) for s in spans]
        self.starts = [s for s, _ in self.sentences]
        self.paragraphs = [(p.start, p.end) for p in article.paragraphs] or self.sentences
        self.para_starts = [s for s, _ in self.paragraphs]

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.sentences[i] if i >= 0 else (0, len(self.text))

    def paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return self.paragraphs[i] if i >= 0 else (0, len(self.text))
