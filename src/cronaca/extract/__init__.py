"""Page -> Article: decode the bytes, then HTML extraction or plain-text cleaning."""
from __future__ import annotations

import dataclasses
import re

from cronaca.article import Article, Metadata, Paragraph
from cronaca.errors import CronacaError
from cronaca.sources.page import Page

PARAGRAPH_SEPARATOR = "\n\n"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def extract(page: Page) -> Article:
    text, encoding = _page_text(page)
    kind = page.kind or _sniff(text)
    if kind == "html":
        from cronaca.extract.html import extract_html
        result = extract_html(text, url=page.url, source=page.source)
        paragraphs, removed, meta = result.paragraphs, result.removed, result.metadata
    else:
        paragraphs, removed, meta = _clean_scraped_text(text, page.url)
    if not any(p.strip() for p in paragraphs):
        raise CronacaError("no_text", page.source)
    meta = dataclasses.replace(meta, fetched_at=page.fetched_at,
                               content_type=page.content_type, encoding=encoding)
    body, spans = join_paragraphs(paragraphs)
    return Article(source=page.source, text=body, input_kind=kind, metadata=meta,
                   paragraphs=spans, removed=tuple(removed))


def _clean_scraped_text(text: str, url: str | None):
    from cronaca.extract.dates import find_published
    from cronaca.extract.lines import byline_author, clean_text
    cleaned = clean_text(text, None)
    origin = {"title": "headline line"} if cleaned.title else {}
    datelines = [r.text for r in cleaned.removed if r.reason in ("dateline", "byline")]
    published, where = find_published(datelines, cleaned.paragraphs, cleaned.language)
    if published:
        origin["published"] = where
    bylines = [r.text for r in cleaned.removed if r.reason == "byline"]
    author = byline_author(bylines[0], cleaned.language) if bylines else None
    if author:
        origin["author"] = "byline line"
    meta = Metadata(title=cleaned.title, author=author, published=published, url=url,
                    origin=origin)
    return cleaned.paragraphs, cleaned.removed, meta


def join_paragraphs(paragraphs: list[str]) -> tuple[str, tuple[Paragraph, ...]]:
    spans, cursor = [], 0
    for para in paragraphs:
        spans.append(Paragraph(cursor, cursor + len(para)))
        cursor += len(para) + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(paragraphs), tuple(spans)


def _page_text(page: Page) -> tuple[str, str | None]:
    if page.text is not None:
        if not page.text.strip():
            raise CronacaError("empty", page.source)
        # JSON can carry lone surrogates ("\ud800"), which no encoder accepts later.
        return _LONE_SURROGATE.sub("\ufffd", page.text), None
    from cronaca.sources.decode import decode
    return decode(page.data or b"", content_type=page.content_type, source=page.source)


def _sniff(text: str) -> str:
    from cronaca.sources.decode import sniff_kind
    return sniff_kind(text)
