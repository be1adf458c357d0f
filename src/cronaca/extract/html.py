"""HTML pages: main text and metadata with trafilatura (dates by htmldate)."""
from __future__ import annotations

from dataclasses import dataclass

from cronaca.article import Metadata, RemovedLine
from cronaca.errors import CronacaError
from cronaca.extract.html_removed import removed_blocks


@dataclass(frozen=True)
class ExtractedHtml:
    paragraphs: list[str]
    metadata: Metadata
    removed: list[RemovedLine]


def extract_html(html: str, *, url: str | None, source: str) -> ExtractedHtml:
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise CronacaError("no_text", source)
    declared = _declared_language(tree)
    from copy import deepcopy
    original = deepcopy(tree)   # trafilatura prunes the tree it is given
    # include_comments=False: reader comments are not the article.
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True,
                                      include_comments=False, include_tables=False)
    if doc is None or not (doc.text or "").strip():
        raise CronacaError("no_text", source)
    lines = [line.strip() for line in doc.text.split("\n")]
    paragraphs = [line for line in lines if line]
    paragraphs, removed = tidy_lines(paragraphs, doc.title)
    removed += removed_blocks(original, "\n".join(paragraphs + [doc.title or ""]))
    origin = {}
    if doc.title:
        origin["title"] = "html metadata"
    if doc.date:
        origin["published"] = "htmldate (via trafilatura)"
    if declared:
        origin["declared_language"] = "<html lang>"
    meta = Metadata(
        title=doc.title or None,
        author=doc.author or None,
        published=doc.date or None,
        site=doc.sitename or doc.hostname or None,
        url=url,
        canonical_url=doc.url if doc.url and doc.url != url else None,
        description=doc.description or None,
        declared_language=declared,
        origin=origin,
    )
    return ExtractedHtml(paragraphs, meta, removed)


def _declared_language(tree) -> str | None:
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    lang = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "")
    lang = lang.strip().lower().replace("_", "-").split("-")[0]
    return lang if 2 <= len(lang) <= 3 and lang.isalpha() else None


TIDY_MAX_WORDS = 30     # longer lines are prose: phrase rules do not judge them
KICKER_MAX_WORDS = 4


def tidy_lines(paragraphs: list[str], title: str | None) -> tuple[list[str], list[RemovedLine]]:
    """Drop what trafilatura kept but a reader would not call article text.

    The title (often kept from <h1>), the kicker line above it, and lines the
    scraped-text cleaner's phrase rules recognise: bylines, datelines, photo
    credits, "Read also", copyright.
    """
    from cronaca.extract.line_features import Phrases
    phrases = Phrases.for_page(paragraphs, None)
    title = (title or "").strip()
    kept, removed = [], []
    for i, para in enumerate(paragraphs):
        if title and para.strip() == title:
            reason = "title"
        elif len(para.split()) > TIDY_MAX_WORDS:
            reason = None      # prose: the phrase rules do not judge it (and it is faster)
        else:
            reason = _short_line_reason(para, paragraphs[i + 1:i + 2], title, phrases)
        if reason:
            removed.append(RemovedLine(0, para, reason))
        else:
            kept.append(para)
    return kept, removed


def _short_line_reason(para: str, following: list[str], title: str, phrases) -> str | None:
    from cronaca.extract.line_features import line_features, phrase_reason
    feats = line_features(para, phrases)
    if title and following and following[0].strip() == title \
            and feats.words <= KICKER_MAX_WORDS and not feats.sentence_end:
        return "kicker"
    return phrase_reason(feats, phrases)
