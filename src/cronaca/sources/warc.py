"""WARC and WARC.gz web archives: one Page per HTML or text response record.

Each page's source is ``PATH:OFFSET``, the byte offset of its record in the
uncompressed archive: stable while the file is unchanged, and of the same
``PATH:N`` shape as JSONL lines, so a re-ingest of an unchanged archive skips it.

warcio reads the records (pure Python, Apache-2.0). A .gz archive is
decompressed by Python's gzip module, not by warcio: warcio drops a truncated
last member without a word, where gzip raises ``EOFError`` (renamed here,
since warcio takes an ``EOFError`` for the end of the archive).
"""
from __future__ import annotations

import contextlib
import gzip
import io
import logging
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from cronaca.errors import CronacaError
from cronaca.options import FetchOptions
from cronaca.sources.decode import HEAD, sniff_kind, too_large
from cronaca.sources import warc_resync as resync
from cronaca.sources.page import Page

WARC_SUFFIXES = (".warc", ".warc.gz")
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
TRUNCATED = "truncated WARC data: was the download interrupted?"
CHUNK = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b"

log = logging.getLogger(__name__)
Item = Page | CronacaError


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


@dataclass
class _Run:
    path: str
    options: FetchOptions
    load_failed: type
    skipped: Counter = field(default_factory=Counter)   # what was not a page, by kind
    pages: int = 0
    errors: int = 0


def warc_pages(path: str, options: FetchOptions) -> Iterator[Item]:
    """Yield the pages of one archive, an error for each malformed record (reading on
    at the next record), and at most one error that ended it early (a cut archive)."""
    archive_iterator, load_failed = _warcio(path)
    run = _Run(path, options, load_failed)
    with open(path, "rb") as raw:
        gzipped = raw.read(2) == GZIP_MAGIC
        raw.seek(0)
        stream, base = (_Gunzip(raw) if gzipped else raw), 0
        while stream is not None:
            bad = yield from _read(archive_iterator(stream), base, run)
            if bad is None:
                break
            stream, base = _reopen(raw, gzipped, bad + 1)
    if not run.pages and not run.errors:
        skipped = run.skipped
        detail = ", ".join(f"{n} {what}" for what, n in skipped.most_common(4)) or "no records"
        yield CronacaError("empty_warc", path, detail=f"skipped {detail}" if skipped else detail)


def _read(records, base: int, run: _Run):
    """Yield pages and errors; return None at the end of the archive, or the offset of
    a malformed record to read on after it."""
    while True:
        try:
            record = _next(records)
        except StopIteration:
            return None
        except Exception as exc:        # noqa: BLE001 - reported; read on if it can be
            offset = base + records.offset
            run.errors += 1
            yield _archive_error(exc, run.path, offset, run.load_failed)
            return offset if isinstance(exc, run.load_failed) else None
        # records.offset, not get_record_offset(): that one reads the record to its end.
        offset = base + records.offset
        source = f"{run.path}:{offset}"
        if record.format != "warc":     # warcio reads ARC too, and any line of 5 words as one
            run.errors += 1
            yield CronacaError("bad_warc", source, detail="no WARC/1.x header line")
            return offset
        try:
            page = _page(record, source, run.options, run.skipped)
            _drain(record, source)
        except CronacaError as exc:
            page = exc
        except (_Truncated, zlib.error, gzip.BadGzipFile) as exc:
            run.errors += 1
            yield _archive_error(exc, run.path, offset, run.load_failed)
            return None
        if page is not None:
            run.pages += isinstance(page, Page)
            run.errors += isinstance(page, CronacaError)
            yield page


def _reopen(raw, gzipped: bool, start: int):
    """The archive again from the first record after uncompressed offset ``start``."""
    raw.seek(0 if gzipped else start)
    stream = _Gunzip(raw) if gzipped else raw
    try:
        if gzipped and not resync.skip(stream, start):
            return None, 0
        found, offset = resync.next_record(stream, start)
    except (_Truncated, zlib.error, gzip.BadGzipFile, EOFError):
        return None, 0
    return found, offset or 0


def _warcio(path: str):
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        raise CronacaError("missing_package", path, detail="warcio") from None
    return ArchiveIterator, ArchiveLoadFailed


class _Truncated(Exception):
    pass


class _Gunzip:
    """gzip's reader for warcio, with a cut member reported as ``_Truncated``.

    GzipFile.read(n) drops what it had gathered when a later part of the same
    call hits the cut, losing the last good record: gather here, and raise on
    the next call.
    """

    def __init__(self, raw) -> None:
        self._gz = gzip.GzipFile(fileobj=raw, mode="rb")
        self._cut = False

    def read(self, size: int = -1) -> bytes:
        out = bytearray()
        while not self._cut and (size < 0 or len(out) < size):
            try:
                chunk = self._gz.read1(size - len(out) if size >= 0 else CHUNK)
            except EOFError:
                self._cut = True
                break
            if not chunk:
                return bytes(out)
            out += chunk
        if self._cut and not out:
            raise _Truncated
        return bytes(out)

    def tell(self) -> int:
        return self._gz.tell()


def _next(records):
    # warcio writes warnings about records with a wrong length straight to
    # sys.stderr, which would tear through a progress bar: log them instead.
    captured = io.StringIO()
    with contextlib.redirect_stderr(captured):
        try:
            return next(records)
        finally:
            if captured.getvalue().strip():
                log.warning("warcio: %s", " ".join(captured.getvalue().split()))


def _page(record, source: str, options: FetchOptions, skipped: Counter) -> Page | None:
    """The record's page, or None (counted in ``skipped``) when it holds none."""
    headers = record.rec_headers
    if record.rec_type == "response":
        http = record.http_headers
        status = http.get_statuscode() if http else ""
        if not (status or "").startswith("2"):
            skipped[f"response {status or 'without HTTP'}"] += 1
            return None
        content_type = http.get_header("Content-Type")
    elif record.rec_type == "resource":
        content_type = headers.get_header("Content-Type")
    else:
        skipped[record.rec_type or "unknown"] += 1
        return None
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime and mime not in PAGE_TYPES:
        skipped[mime] += 1
        return None
    data = record.content_stream().read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise too_large(source, None, options.max_bytes)
    kind = PAGE_TYPES.get(mime)
    if not mime and sniff_kind(data[:HEAD].decode("latin-1")) != "html":
        skipped["without Content-Type"] += 1
        return None
    return Page(source=source, data=data, kind=kind, url=headers.get_header("WARC-Target-URI"),
                content_type=content_type, fetched_at=headers.get_header("WARC-Date"))


def _drain(record, source: str) -> None:
    """Read the record to its end: an uncompressed archive cut short shows here."""
    stream = record.raw_stream
    while stream.read(CHUNK):
        pass
    if getattr(stream, "limit", 0) > 0:
        raise CronacaError("not_readable", source, detail=TRUNCATED)


def _archive_error(exc: Exception, path: str, offset: int, load_failed: type) -> CronacaError:
    if isinstance(exc, _Truncated):
        return CronacaError("not_readable", path, detail=TRUNCATED)
    if isinstance(exc, (zlib.error, gzip.BadGzipFile)):
        return CronacaError("not_readable", path, detail=f"corrupt gzip data: {exc}")
    if isinstance(exc, load_failed):
        return CronacaError("bad_warc", f"{path}:{offset}", detail=_short(str(exc)))
    return CronacaError("not_readable", path, detail=f"{type(exc).__name__}: {_short(str(exc))}")


def _short(text: str, width: int = 80) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in " ".join(text.split()))
    return text if len(text) <= width else text[:width - 1] + "…"
