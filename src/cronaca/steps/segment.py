"""Sentence segmentation with character offsets.

pysbd keeps abbreviations ("dott.", "z. B.", "т. е.") together for the 23
languages it knows; a close relative stands in for a few others, and a plain
punctuation rule handles the rest. Sentences never cross a paragraph.

pysbd is slow (it compiles a regular expression per abbreviation it looks
for: half the run time of ``analyze`` went there), and most paragraphs have no
doubtful boundary at all. So a paragraph goes to pysbd only when a word before
a boundary could be an abbreviation, an initial, a number or an acronym; the
rest is split by the punctuation rule, which gives the same result there.
"""
from __future__ import annotations

import re
from functools import lru_cache

from cronaca.article import Article, Sentence

# pysbd has no rules of its own for these; the relative's abbreviations fit best.
STAND_INS = {"uk": "ru", "be": "ru", "cs": "sk", "pt": "es", "ca": "es", "gl": "es",
             "sl": "sk", "hr": "sk", "sr": "ru", "mk": "bg", "no": "da", "nb": "da",
             "sv": "da", "af": "nl"}
# A boundary: final punctuation, closing quotes, then space (none needed after
# CJK full stops); the next word must not start lower-case (see _regex_spans).
_FALLBACK = re.compile(r"(?:(?<=[.!?…])(?P<q>[\"'”»’)]*)\s+|(?<=[。！？])(?P<cjk>[”」』）]*)\s*)(?=\S)")
_OPENERS = "\"'“„«‘([¿¡「『"
_FIRST_AFTER_OPENERS = re.compile("[^" + re.escape(_OPENERS) + "]")
PYSBD_MAX_CHARS = 3000   # pysbd is quadratic: longer paragraphs go to it in pieces


@lru_cache(maxsize=32)
def _segmenter(lang: str):
    import pysbd
    from pysbd.languages import LANGUAGE_CODES
    code = lang if lang in LANGUAGE_CODES else STAND_INS.get(lang, "en")
    if code not in LANGUAGE_CODES:
        return None
    return pysbd.Segmenter(language=code, clean=False)


# Anchored at a word start so a long unbroken token costs linear, not quadratic, time.
_BEFORE_BOUNDARY = re.compile(r"(?<!\S)(\S+?)[.!?…]+[\"'”»’)]*\s+(?=\S)")


@lru_cache(maxsize=32)
def _abbreviations(lang: str) -> frozenset[str]:
    from pysbd.languages import LANGUAGE_CODES
    code = lang if lang in LANGUAGE_CODES else STAND_INS.get(lang, "en")
    if code not in LANGUAGE_CODES:
        return frozenset()
    abbr = LANGUAGE_CODES[code].Abbreviation
    return frozenset(a.lower() for a in (*abbr.ABBREVIATIONS, *abbr.PREPOSITIVE_ABBREVIATIONS,
                                         *abbr.NUMBER_ABBREVIATIONS))


def _doubtful(text: str, lang: str) -> bool:
    """Could a boundary candidate in ``text`` be an abbreviation rather than an end?"""
    abbreviations = _abbreviations(lang)
    for match in _BEFORE_BOUNDARY.finditer(text):
        word = match.group(1).lstrip("(\"'“„«‘[").lower()
        if (len(word) <= 2 or word in abbreviations or "." in word
                or any(ch.isdigit() for ch in word) or word.isupper()):
            return True
    return False


def split_sentences(text: str, lang: str | None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph, whitespace trimmed."""
    lang = lang or "en"
    segmenter = _segmenter(lang)
    if segmenter is None or not _doubtful(text, lang):
        return _regex_spans(text)
    if len(text) > PYSBD_MAX_CHARS:
        return _in_pieces(text, segmenter)
    return _pysbd_spans(text, segmenter)


def _pysbd_spans(text: str, segmenter) -> list[tuple[int, int]]:
    pieces = segmenter.segment(text)
    spans, cursor = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        start = text.find(piece, cursor)
        if start < 0:   # the segmenter altered the text: fall back for this paragraph
            return _regex_spans(text)
        if spans and piece[:1].islower():   # "m.in. o podatkach": pysbd split too eagerly
            spans[-1] = (spans[-1][0], start + len(piece))
        else:
            spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    return spans


def _in_pieces(text: str, segmenter) -> list[tuple[int, int]]:
    """Cut a long paragraph at sure boundaries into pieces pysbd handles quickly."""
    spans, piece_start, piece_end = [], 0, 0
    for start, end in _regex_spans(text) + [(len(text), len(text))]:
        if start - piece_start > PYSBD_MAX_CHARS // 2 or start == len(text):
            chunk = text[piece_start:piece_end]
            # one "sentence" longer than pysbd can take quickly stays as the rule cut it
            inner = (_pysbd_spans(chunk, segmenter) if len(chunk) <= PYSBD_MAX_CHARS
                     else _regex_spans(chunk))
            spans += [(piece_start + s, piece_start + e) for s, e in inner]
            piece_start = start
        piece_end = end
    return spans


def _regex_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    depth = _quote_depths(text)
    for match in _FALLBACK.finditer(text):
        end = match.end("q") if match.group("q") is not None else match.end("cjk")
        first = _FIRST_AFTER_OPENERS.search(text, match.end())
        following = first.group() if first else ""
        # like pysbd, a quotation is not split; "e.g. the" is not a boundary
        if depth[end] or following.islower() or not following:
            continue
        spans.append((start, end))   # closing quotes stay with their sentence
        start = match.end()
    spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


def _quote_depths(text: str) -> list[int]:
    """Quotation nesting depth before each offset (len(text) + 1 values)."""
    stack: list[str] = []
    depths = [0]
    for ch in text:
        if ch in "«„":
            stack.append(ch)
        elif ch == "“":   # closes „ (German, Czech...), opens otherwise (English)
            stack.pop() if stack and stack[-1] == "„" else stack.append(ch)
        elif ch in "”»" and stack:
            stack.pop()
        elif ch == '"':
            stack.pop() if stack and stack[-1] == '"' else stack.append(ch)
        depths.append(min(len(stack), 1))
    return depths


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
