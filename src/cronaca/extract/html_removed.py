"""What trafilatura left out of an HTML page, block by block, with a reason.

trafilatura says what it kept, not what it dropped; a reader checking the
extraction wants both. We list the text blocks of the page that are not in
the extracted text, and name the reason from the block's surroundings
(``<nav>``, ``<footer>``, a ``class="cookie-banner"``...).
"""
from __future__ import annotations

import re

from cronaca.article import RemovedLine

BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote",
          "dt", "dd", "td", "th", "caption", "pre", "address", "summary", "button", "label"}
CONTAINERS = {"div", "section", "article", "header", "footer", "aside", "nav", "main", "body"}
SKIP = {"script", "style", "noscript", "template", "svg", "head", "title", "meta"}
MAX_REPORTED = 200
MAX_CHARS = 300

# Ancestor tag or class/id hints -> reason. First match from the block upwards wins.
_TAG_REASONS = {"nav": "navigation", "footer": "footer", "header": "page header",
                "aside": "sidebar", "figcaption": "caption", "form": "form",
                "menu": "navigation", "button": "button"}
_HINT_REASONS = [
    (re.compile(r"cookie|consent|gdpr", re.I), "cookie notice"),
    (re.compile(r"comment|disqus|discussion", re.I), "comments"),
    (re.compile(r"share|social|sharing", re.I), "share widget"),
    (re.compile(r"related|recommend|more-?stories|read-?also|most-?read|popular", re.I),
     "related links"),
    (re.compile(r"newsletter|subscribe|signup|paywall", re.I), "subscription prompt"),
    (re.compile(r"\bad(s|vert)?\b|advert|sponsor|promo", re.I), "advertisement"),
    (re.compile(r"caption|credit", re.I), "caption"),
    (re.compile(r"byline|author|dateline|timestamp", re.I), "byline"),
    (re.compile(r"breadcrumb|\bnav|menu", re.I), "navigation"),
    (re.compile(r"footer|copyright", re.I), "footer"),
]


def removed_blocks(tree, kept_text: str) -> list[RemovedLine]:
    kept = _norm(kept_text)
    out: list[RemovedLine] = []
    seen: set[str] = set()
    for element in _leaf_blocks(tree):
        text = _norm(element.text_content())
        if len(text) < 2 or text in seen or text in kept:
            continue
        seen.add(text)
        out.append(RemovedLine(0, _clip(text), _reason(element)))
        if len(out) >= MAX_REPORTED:
            break
    return out


def _leaf_blocks(tree):
    """Text blocks with no block inside them, in document order (linear time)."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    skipped = {d for el in root.iter(*SKIP) for d in el.iter()}
    candidates, has_inner_block = [], set()
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if element in skipped:
            continue
        if tag in BLOCKS:
            _mark_ancestors(element, has_inner_block)
        if tag in BLOCKS or (tag in CONTAINERS and (element.text or "").strip()):
            candidates.append(element)
    return [el for el in candidates if el not in has_inner_block]


def _mark_ancestors(element, marked: set) -> None:
    for ancestor in element.iterancestors():
        if ancestor in marked:
            return          # its ancestors are marked already
        marked.add(ancestor)


def _reason(element) -> str:
    for node in [element, *element.iterancestors()]:
        if node.tag in _TAG_REASONS:
            return _TAG_REASONS[node.tag]
        hints = f"{node.get('class', '')} {node.get('id', '')} {node.get('role', '')}"
        for pattern, reason in _HINT_REASONS:
            if pattern.search(hints):
                return reason
    return "not main content"


def _norm(text: str) -> str:
    return " ".join(text.split())


def _clip(text: str) -> str:
    return text if len(text) <= MAX_CHARS else text[:MAX_CHARS - 1] + "…"
