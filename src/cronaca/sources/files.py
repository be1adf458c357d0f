"""Inputs -> Pages: files, directories, URLs, stdin, JSONL, WARC archives and feeds.

Every failure is yielded as a ``CronacaError`` next to the pages, so one bad
input never stops a batch.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator

from cronaca.errors import CronacaError
from cronaca.options import FetchOptions
from cronaca.sources.decode import gunzip, too_large
from cronaca.sources.feeds import FEED_SUFFIXES, feed_pages, is_feed
from cronaca.sources.fetch import fetch
from cronaca.sources.page import Page
from cronaca.sources.robots import Crawler
from cronaca.sources.warc import is_warc, warc_pages

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".jsonl", ".json", *FEED_SUFFIXES)
KIND_HINTS = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text"}
STDIN = "-"  # the name the user gave it
GZIP_MAGIC = b"\x1f\x8b"
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")

Item = Page | CronacaError


def iter_pages(inputs: list[str], options: FetchOptions, *, stdin=None,
               known: Callable[[str], bool] | None = None) -> Iterator[Item]:
    """Yield a ``Page`` for every page of every input, or a ``CronacaError``.

    ``known(source)`` True means the caller has that page already: a feed item
    with that source is yielded as a ``Page`` without data, and not fetched.
    """
    crawler = Crawler(options, known)       # one per run: robots.txt and delays by host
    for item in map(os.fspath, inputs):
        yield from _guard(item, lambda item=item: _one_input(item, crawler, stdin))


def _guard(source: str, pages: Callable[[], Iterable[Item]]) -> Iterator[Item]:
    try:
        yield from pages()
    except CronacaError as exc:
        yield exc
    except OSError as exc:
        yield CronacaError("not_readable", source, detail=exc.strerror or str(exc))
    except Exception as exc:  # a reader bug must not stop the batch: name it and go on
        yield CronacaError("not_readable", source, detail=f"{type(exc).__name__}: {exc}")


def _one_input(item: str, crawler: Crawler, stdin) -> Iterator[Item]:
    options = crawler.options
    if item == "-":
        yield from _stdin_pages(sys.stdin if stdin is None else stdin, options)
    elif _SCHEME.match(item) and not os.path.exists(item):
        page = fetch(item, options)         # other schemes fail there with bad_url
        yield from feed_pages(page, crawler) if is_feed(page.data, page.content_type) else [page]
    elif os.path.isdir(item):
        yield from _directory(item, crawler)
    elif os.path.exists(item):
        yield from _file(item, crawler)
    else:
        raise CronacaError("not_found", item)


def _directory(root: str, crawler: Crawler) -> Iterator[Item]:
    errors: list[OSError] = []
    found = False
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if not name.startswith(".") and _wanted(name, path):
                found = True
                yield from _guard(path, lambda path=path: _file(path, crawler))
    for exc in errors:
        yield CronacaError("not_readable", exc.filename or root, detail=exc.strerror or str(exc))
    if not found and not errors:
        yield CronacaError("empty_dir", root)


def _wanted(name: str, path: str) -> bool:
    base = _base_name(name)
    if base.endswith(PAGE_SUFFIXES) or is_warc(name):
        return True
    # .xml is also sitemaps and settings: only feeds are taken.
    return base.endswith(".xml") and _head_is_feed(path)


def _head_is_feed(path: str) -> bool:
    if not os.path.isfile(path):            # a FIFO would block open()
        return False
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return True                         # let _file report why it cannot be read
    return is_feed(head if not head.startswith(GZIP_MAGIC) else b"")


def _base_name(name: str) -> str:
    """Lower-case name without a trailing .gz: the suffix that says what is inside."""
    name = name.lower()
    return name[:-3] if name.endswith(".gz") else name


def _file(path: str, crawler: Crawler) -> Iterator[Item]:
    options = crawler.options
    # A FIFO or a device would block open() or never end.
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise CronacaError("not_readable", path, detail="not a regular file")
    base = _base_name(os.path.basename(path))
    if is_warc(os.path.basename(path)):
        yield from warc_pages(path, options)
    elif base.endswith(".jsonl"):
        yield from _jsonl_file(path, options)
    elif base.endswith(".json"):
        yield from _json_file(path, options)
    else:
        kind = KIND_HINTS.get(os.path.splitext(base)[1])
        page = Page(source=path, data=_read(path, options.max_bytes), kind=kind)
        feed = base.endswith(FEED_SUFFIXES) or (base.endswith(".xml") and is_feed(page.data))
        yield from feed_pages(page, crawler) if feed else [page]


def _read(path: str, cap: int) -> bytes:
    size = os.stat(path).st_size
    if size > cap:
        raise too_large(path, size, cap)
    with open(path, "rb") as f:
        data = f.read(cap + 1)
    if len(data) > cap:                     # it grew, or is a pipe or device
        raise too_large(path, None, cap)
    # Decide by content, not name: wget and browsers save compressed pages as .html.
    return gunzip(data, cap, path) if data.startswith(GZIP_MAGIC) else data


# -- JSONL: one page per line ---------------------------------------------------

def _jsonl_file(path: str, options: FetchOptions) -> Iterator[Item]:
    with open(path, "rb") as raw:
        gzipped = raw.read(2) == GZIP_MAGIC
        raw.seek(0)
        stream = gzip.GzipFile(fileobj=raw, mode="rb") if gzipped else raw
        try:
            yield from _records(_lines(stream.readline, options.max_bytes), path, options)
        except EOFError:
            raise CronacaError("not_readable", path,
                               detail="truncated gzip data: was the download interrupted?") from None
        except (zlib.error, gzip.BadGzipFile) as exc:
            raise CronacaError("not_readable", path, detail=f"corrupt gzip data: {exc}") from None


def _json_file(path: str, options: FetchOptions) -> Iterator[Item]:
    """A .json file holds one record, a list of records, or is JSONL in disguise."""
    data = _read(path, options.max_bytes)
    try:
        doc = json.loads(data)
    except RecursionError:
        raise CronacaError("bad_jsonl", path, detail="1 (nested too deeply)") from None
    except ValueError:
        yield from _records(_lines(io.BytesIO(data).readline, options.max_bytes), path, options)
        return
    if isinstance(doc, list):
        for n, record in enumerate(doc, 1):
            yield from _guard(path, lambda n=n, r=record: [_record_page(r, path, n, options)])
    else:
        yield from _guard(path, lambda: [_record_page(doc, path, None, options)])


def _lines(readline: Callable[[int], bytes], cap: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines, each read with a size cap; None stands for a line over the cap."""
    n = 0
    while line := readline(cap + 1):
        n += 1
        if len(line) > cap and not line.endswith(b"\n"):
            while (rest := readline(1 << 16)) and not rest.endswith(b"\n"):
                pass
            yield n, None
        else:
            yield n, line


def _records(lines: Iterable[tuple[int, bytes | None]], label: str,
             options: FetchOptions) -> Iterator[Item]:
    seen = False
    for n, line in lines:
        if line is None:
            seen = True
            yield too_large(f"{label}:{n}", None, options.max_bytes)
        elif line.strip():
            seen = True
            yield from _guard(f"{label}:{n}", lambda n=n, line=line: [
                _record_page(_json_or_none(line), label, n, options)])
    if not seen:
        yield CronacaError("empty", label)


def _json_or_none(line: bytes) -> object:
    try:
        return json.loads(line)
    except (ValueError, RecursionError):   # RecursionError: "[[[[..." nested too deeply
        return None


def _record_page(record: object, label: str, n: int | None, options: FetchOptions) -> Page:
    """A page from a ``{"url", "html" | "text", "source" | "id"}`` record."""
    if not isinstance(record, dict):
        raise CronacaError("bad_jsonl", label, detail=n or 1)
    url = record.get("url") if isinstance(record.get("url"), str) else None
    own = record.get("source", record.get("id"))
    source = str(own) if isinstance(own, (str, int)) and str(own) else (
        label if n is None else f"{label}:{n}")
    for field in ("html", "text"):
        value = record.get(field)
        if isinstance(value, str) and value.strip():
            return Page(source=source, text=value, kind=field, url=url)
    if url:
        return fetch(url, options, source=source)
    if any(isinstance(record.get(field), str) for field in ("html", "text")):
        raise CronacaError("empty", source)
    raise CronacaError("bad_jsonl", label, detail=n or 1)


# -- stdin: one page, or JSONL --------------------------------------------------

def _stdin_pages(stdin, options: FetchOptions) -> Iterator[Item]:
    cap = options.max_bytes
    if isinstance(stdin, io.TextIOBase):
        stdin = getattr(stdin, "buffer", None) or io.BytesIO(stdin.read().encode("utf-8"))
    head = stdin.read(cap + 1)
    if len(head) > cap:
        # Too big for one page, but a JSONL stream may be any length.
        if isinstance(_json_or_none(head.split(b"\n", 1)[0]), dict):
            yield from _records(_lines(_chain_readline(head, stdin), cap), STDIN, options)
            return
        raise too_large(STDIN, None, cap)
    data = gunzip(head, cap, STDIN) if head.startswith(GZIP_MAGIC) else head
    lines = [line for line in data.splitlines() if line.strip()]
    if lines and all(isinstance(_json_or_none(line), dict) for line in lines):
        yield from _records(_lines(io.BytesIO(data).readline, cap), STDIN, options)
    else:
        yield Page(source=STDIN, data=data)


def _chain_readline(head: bytes, stream) -> Callable[[int], bytes]:
    """``readline`` over the bytes already read, then the rest of the stream."""
    first = io.BytesIO(head)

    def readline(limit: int) -> bytes:
        line = first.readline(limit)
        if line.endswith(b"\n") or len(line) >= limit:
            return line
        return line + stream.readline(limit - len(line))
    return readline
