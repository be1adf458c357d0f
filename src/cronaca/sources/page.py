"""A Page: what a source hands to extraction, before any cleaning."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    source: str                      # the path or URL as the user gave it
    data: bytes | None = None        # raw bytes (files, HTTP bodies)
    text: str | None = None          # already-decoded text (JSONL fields, stdin text)
    kind: str | None = None          # "html" | "text" | None (sniff it)
    url: str | None = None
    content_type: str | None = None  # HTTP Content-Type header, if any
    fetched_at: str | None = None    # ISO 8601, UTC
