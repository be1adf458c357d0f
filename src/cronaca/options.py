"""Options regrouped once at the boundary and passed down explicitly."""
from __future__ import annotations

from dataclasses import dataclass

from cronaca import __version__

MB = 1024 * 1024


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = 20.0              # seconds, per connection attempt and read
    max_bytes: int = 20 * MB           # pages larger than this are refused
    max_redirects: int = 5
    allow_private: bool = False        # allow loopback/private/link-local targets
    # Seconds between two requests to one host when cronaca follows links on its own
    # (feed items); a longer Crawl-delay in the host's robots.txt wins, up to 30 s.
    host_delay: float = 1.0
    network: bool = True               # False: a record that only names a URL is not fetched
    # Honest: says what is asking. No contact URL until the project has one of its own.
    user_agent: str = f"cronaca/{__version__} (open-source news forensics tool)"


@dataclass(frozen=True)
class AnalyzeOptions:
    fetch: FetchOptions = FetchOptions()
    language: str | None = None        # force the document language
    entities_backend: str = "rules"    # "rules" (offline default), "spacy" or "natasha"
