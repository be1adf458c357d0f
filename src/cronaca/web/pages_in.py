"""What the analyse form and the API send, turned into one ``Page``. The server reads
no path: pasted text, an upload read in memory, or a URL fetched with the same guards
as the CLI (size, time and redirect caps; private addresses refused unless the server
was started with --allow-private)."""
from __future__ import annotations

import hashlib
import re

from cronaca.errors import CronacaError
from cronaca.options import FetchOptions
from cronaca.sources.decode import too_large
from cronaca.sources.page import Page
from cronaca.web.config import WebConfig

KINDS = ("auto", "text", "html")
_UNSAFE_NAME = re.compile(r"[^\w.\- ]+")


class InputError(ValueError):
    """The form asked for nothing, or for two things at once."""


def page_from(config: WebConfig, *, text: str = "", kind: str = "auto", url: str = "",
              upload: bytes | None = None, filename: str = "") -> Page:
    given = [name for name, value in (("text", text.strip()), ("URL", url.strip()),
                                      ("file", upload)) if value]
    if not given:
        raise InputError("Paste a text or HTML page, give a URL, or choose a file.")
    if len(given) > 1:
        raise InputError(f"Give one page at a time (got {' and '.join(given)}).")
    if upload:
        return _checked(Page(source="upload:" + _name(filename), data=upload,
                             kind=_kind(kind)), len(upload), config)
    if url.strip():
        return fetch_page(url.strip(), config)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return _checked(Page(source=f"pasted:{digest}", text=text, kind=_kind(kind)),
                    len(text.encode("utf-8", "surrogatepass")), config)


def fetch_page(url: str, config: WebConfig) -> Page:
    from cronaca.sources.fetch import fetch
    options = FetchOptions(timeout=config.timeout, max_bytes=config.max_bytes,
                           allow_private=config.allow_private)
    return fetch(url, options)


def _checked(page: Page, size: int, config: WebConfig) -> Page:
    if size > config.max_bytes:
        raise too_large(page.source, size, config.max_bytes)
    return page


def _kind(kind: str) -> str | None:
    return kind if kind in ("text", "html") else None


def _name(filename: str) -> str:
    base = (filename or "page").replace("\\", "/").rsplit("/", 1)[-1]
    return _UNSAFE_NAME.sub("_", base)[:120] or "page"


__all__ = ["CronacaError", "InputError", "KINDS", "fetch_page", "page_from"]
