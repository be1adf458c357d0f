"""RSS and Atom feeds: one Page per item, fetched from the item's link.

The links are fetched through ``Crawler`` (robots.txt, a delay per host) since
the feed, not the user, chose them. An item whose link cannot be fetched but
that carries its full text (``content:encoded``, Atom ``content``) becomes a
page made of that text, with a logged warning; the page's source is still the
link, so the article is found again by URL later.
"""
from __future__ import annotations

import hashlib
import html
import io
import logging
import re
from collections.abc import Iterator

from cronaca.errors import CronacaError
from cronaca.sources.page import Page
from cronaca.sources.robots import Crawler

FEED_SUFFIXES = (".rss", ".atom")        # always feeds; .xml files are sniffed
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
XML_TYPES = frozenset({"text/xml", "application/xml", ""})
_ROOT = re.compile(rb"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:[\w.-]+:)?(rss|feed|RDF)[\s>/]",
                   re.S | re.I)

log = logging.getLogger(__name__)
Item = Page | CronacaError


def is_feed(data: bytes | None, content_type: str | None = None) -> bool:
    """A feed by its Content-Type, or XML whose root element is rss, feed or RDF."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in FEED_TYPES:
        return True
    if mime not in XML_TYPES or not data:
        return False
    return bool(_ROOT.match(data[:4096].removeprefix(b"\xef\xbb\xbf")))


def feed_pages(feed: Page, crawler: Crawler) -> Iterator[Item]:
    """A Page (or an error) for each item of the feed, in the feed's order."""
    parsed = _parse(feed)
    seen: set[str] = set()
    for n, entry in enumerate(parsed.entries, 1):
        try:
            page = _item(entry, n, feed, crawler, seen)
        except CronacaError as exc:
            page = exc
        if page is not None:
            yield page


def _parse(feed: Page):
    try:
        import feedparser
    except ImportError:
        raise CronacaError("missing_package", feed.source, detail="feedparser") from None
    data = feed.data if feed.data is not None else (feed.text or "").encode("utf-8")
    headers = {"content-type": feed.content_type or "application/xml"}
    if feed.url:
        headers["content-location"] = feed.url       # the base for relative links
    # A file object, never a string: feedparser fetches a string that looks like a URL.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise CronacaError("bad_feed", feed.source, detail=_bozo(parsed))
        raise CronacaError("empty_feed", feed.source)
    return parsed


def _bozo(parsed) -> str:
    exc = parsed.get("bozo_exception")
    text = " ".join(str(exc or "no RSS or Atom element").split())
    text = re.sub(r"^<unknown>:(\d+):(\d+): ", r"line \1, column \2: ", text)   # expat's form
    return text[:100]


def _item(entry, n: int, feed: Page, crawler: Crawler, seen: set[str]) -> Page | None:
    link = _link(entry)
    content = _content(entry)
    if link in seen:                         # the same story twice in one feed
        return None
    if link:
        seen.add(link)
    if not link and not content:
        title = entry.get("title")
        raise CronacaError("bad_feed_item", f"{feed.source}#{n}",
                           detail=(f"{title!r} " if title else "") + "has no usable link and no content")
    if not link:
        return _content_page(entry, content, f"{feed.source}#{_entry_key(entry, content)}", None)
    try:
        return crawler.fetch(link)
    except CronacaError as exc:
        if not content:
            raise
        log.warning("%s; using the feed's own text of the item instead", exc.one_line())
        return _content_page(entry, content, link, link)


def _link(entry) -> str | None:
    """The item's page: its link, else an alternate link, else a guid that is a URL."""
    candidates = [entry.get("link")]
    candidates += [l.get("href") for l in entry.get("links", []) if l.get("rel") == "alternate"]
    if entry.get("guidislink"):
        candidates.append(entry.get("id"))
    for value in candidates:
        if isinstance(value, str) and value.strip().lower().startswith(("http://", "https://")):
            return value.strip()
    return None


def _content(entry) -> str | None:
    """The item's full text (content:encoded, Atom content), not its summary."""
    texts = [c.get("value") or "" for c in entry.get("content", [])]
    best = max(texts, key=len, default="")
    return best if best.strip() else None


def _entry_key(entry, content: str) -> str:
    """A stable name for an item without a link: its guid, else a hash of its text."""
    guid = entry.get("id")
    return guid if isinstance(guid, str) and guid.strip() else \
        hashlib.sha1(content.encode("utf-8")).hexdigest()[:12]


def _content_page(entry, content: str, source: str, url: str | None) -> Page:
    """The feed's text of an item as a small HTML page that carries its title,
    author and date where extraction looks for them (``Page`` has no such fields)."""
    date = entry.get("published") or entry.get("updated")
    head = f"<title>{html.escape(entry.get('title') or '')}</title>"
    if isinstance(entry.get("author"), str):
        head += f'<meta name="author" content="{html.escape(entry["author"])}">'
    if isinstance(date, str):
        head += f'<meta property="article:published_time" content="{html.escape(date)}">'
    body = f"<article>{content}</article>"
    return Page(source=source, text=f"<html><head>{head}</head><body>{body}</body></html>",
                kind="html", url=url)
