"""Reading on after a malformed WARC record: find the next record and start again there.

A record whose header cannot be parsed would otherwise end the archive, and a
crawl's archive holds tens of thousands of pages. The reader starts again at the
next line beginning "WARC/1." after the bad record, in uncompressed bytes (a .gz
archive is decompressed again up to that point: slow, but only once per bad record).
"""
from __future__ import annotations

MARK = b"\nWARC/1."
CHUNK = 64 * 1024


class Prefixed:
    """A stream that gives ``head`` first, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream) -> None:
        self._head = head
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        if not self._head:
            return self._stream.read(size)
        if size < 0:
            out, self._head = self._head + self._stream.read(), b""
            return out
        out, self._head = self._head[:size], self._head[size:]
        return out


def next_record(stream, position: int):
    """Scan ``stream`` (at uncompressed ``position``) for the next record start; returns
    (a stream that begins with it, its uncompressed offset), or (None, None) at the end."""
    tail = b""
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return None, None
        buffer = tail + chunk
        at = buffer.find(MARK)
        if at >= 0:
            offset = position - len(tail) + at + 1
            return Prefixed(buffer[at + 1:], stream), offset
        tail = buffer[-len(MARK):]
        position += len(chunk)


def skip(stream, count: int) -> bool:
    """Read and drop ``count`` bytes; False when the stream ends first."""
    while count > 0:
        chunk = stream.read(min(CHUNK, count))
        if not chunk:
            return False
        count -= len(chunk)
    return True
