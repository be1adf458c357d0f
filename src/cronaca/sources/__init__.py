"""Sources: turn files, directories, URLs, stdin and JSONL into ``Page`` objects.

``iter_pages`` is the one entry point for readers of many inputs; ``fetch``
reads one URL and ``decode`` turns page bytes into text.
"""
from __future__ import annotations

from cronaca.sources.decode import decode, sniff_kind
from cronaca.sources.fetch import fetch
from cronaca.sources.files import iter_pages
from cronaca.sources.page import Page

__all__ = ["Page", "decode", "fetch", "iter_pages", "sniff_kind"]
