"""Sentence segmentation with character offsets.

pysbd keeps abbreviations ("dott.", "z. B.", "т. е.") together for the 23
languages it knows; a close relative stands in for a few others, and a plain
punctuation rule handles the rest. Sentences never cross a paragraph.
"""
from __future__ import annotations

import re
from functools import lru_cache

from cronaca.article import Article, Sentence

# pysbd has no rules of its own for these; the relative's abbreviations fit best.
STAND_INS = {"uk": "ru", "be": "ru", "cs": "sk", "pt": "es", "ca": "es", "gl": "es",
             "sl": "sk", "hr": "sk", "sr": "ru", "mk": "bg", "no": "da", "nb": "da",
             "sv": "da", "af": "nl"}
_FALLBACK = re.compile(r"(?<=[.!?…。！？])[\"'”»’)]*\s+(?=[\"'“„«‘(\[]?[A-ZÀ-ÞА-ЯЁЄІЇҐ0-9])")


@lru_cache(maxsize=32)
def _segmenter(lang: str):
    import pysbd
    from pysbd.languages import LANGUAGE_CODES
    code = lang if lang in LANGUAGE_CODES else STAND_INS.get(lang, "en")
    if code not in LANGUAGE_CODES:
        return None
    return pysbd.Segmenter(language=code, clean=False)


def split_sentences(text: str, lang: str | None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph, whitespace trimmed."""
    segmenter = _segmenter(lang or "en")
    pieces = segmenter.segment(text) if segmenter else _FALLBACK.split(text)
    spans, cursor = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        start = text.find(piece, cursor)
        if start < 0:   # the segmenter altered the text: fall back for this paragraph
            return _regex_spans(text)
        spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    return spans


def _regex_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _FALLBACK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


class Segment:
    name = "segment"
    needs = frozenset({"text", "paragraphs", "language"})
    adds = frozenset({"sentences"})

    def __call__(self, article: Article) -> Article:
        sentences = []
        for para in article.paragraphs:
            chunk = article.span_text(para)
            for start, end in split_sentences(chunk, article.language):
                sentences.append(Sentence(para.start + start, para.start + end, article.language))
        return article.replace(sentences=tuple(sentences))
