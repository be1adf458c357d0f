"""Polite fetching of pages cronaca finds on its own (feed items): robots.txt, host delay.

URLs the user names are fetched as asked; the pages a feed links to are not the
user's choice, so they go through ``Crawler``: robots.txt is read once per
host (through the same guarded ``fetch``) and requests to one host are spaced.

robots.txt is read as RFC 9309 says rather than with ``urllib.robotparser``,
which ignores ``*`` and ``$`` in paths (so ``Disallow: /*?print`` would allow
everything) and lets the first matching rule win instead of the longest.
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import unquote, urlsplit

from cronaca.errors import CronacaError
from cronaca.options import FetchOptions
from cronaca.sources.fetch import fetch
from cronaca.sources.page import Page

ROBOTS_CAP = 512 * 1024     # RFC 9309: parse at least 500 KiB
MAX_CRAWL_DELAY = 30.0      # a Crawl-delay of hours would stall a batch
TOKEN = "cronaca"           # our product token in User-agent lines
# The robots.txt fetch failed in a way the page fetch would too: report it there.
_SAME_FOR_PAGE = frozenset({"private_address", "dns", "bad_url"})


@dataclass(frozen=True)
class Rules:
    rules: tuple[tuple[int, bool, re.Pattern], ...] = ()   # (length, allow, pattern)
    crawl_delay: float | None = None

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        path = unquote(parts.path or "/") + (f"?{unquote(parts.query)}" if parts.query else "")
        if path == "/robots.txt":
            return True
        # The longest matching pattern wins; on a tie, Allow wins (RFC 9309, 2.2.2).
        matches = [(length, allow) for length, allow, rx in self.rules if rx.match(path)]
        return max(matches)[1] if matches else True


ALLOW_ALL = Rules()


def parse_robots(text: str, token: str = TOKEN) -> Rules:
    """The rules of the group for ``token``, else of the ``*`` group."""
    groups: list[tuple[list[str], list[tuple[str, str]]]] = []
    in_agents = False
    for line in text.splitlines():
        key, _, value = line.split("#", 1)[0].partition(":")
        key, value = key.strip().lower(), value.strip()
        if key in ("user-agent", "useragent"):
            if not in_agents:
                groups.append(([], []))
            groups[-1][0].append(value.split("/")[0].strip().lower())
            in_agents = True
        elif key in ("allow", "disallow", "crawl-delay") and groups:
            groups[-1][1].append((key, value))
            in_agents = False
    mine = [lines for agents, lines in groups if token in agents] or \
           [lines for agents, lines in groups if "*" in agents]
    lines = [entry for group in mine for entry in group]
    rules = tuple((len(unquote(v)), k == "allow", _pattern(v))
                  for k, v in lines if k != "crawl-delay" and v)
    return Rules(rules, _crawl_delay([v for k, v in lines if k == "crawl-delay"]))


def _pattern(value: str) -> re.Pattern:
    value = unquote(value)
    anchored = value.endswith("$")
    body = ".*".join(re.escape(part) for part in value.rstrip("$").split("*"))
    return re.compile(body + ("$" if anchored else ""), re.S)


def _crawl_delay(values: list[str]) -> float | None:
    for value in values:
        try:
            return min(max(float(value), 0.0), MAX_CRAWL_DELAY)
        except ValueError:
            continue
    return None


class Crawler:
    """Fetch discovered links: robots.txt first, and a pause between hits on one host.

    ``known(source)`` True means the caller has that page already: it is handed
    back as a ``Page`` with no data, without touching the network.
    """

    def __init__(self, options: FetchOptions, known: Callable[[str], bool] | None = None,
                 *, clock=time.monotonic, sleep=time.sleep) -> None:
        self.options = options
        self.known = known or (lambda _source: False)
        self._rules: dict[str, Rules | CronacaError] = {}
        self._last: dict[str, float] = {}
        self._clock, self._sleep = clock, sleep

    def fetch(self, url: str) -> Page:
        if self.known(url):
            return Page(source=url, url=url)
        origin = _origin(url)
        rules = self.allowed(url)
        return self._paced(origin, rules.crawl_delay,
                           lambda: fetch(url, self.options, redirect_check=self.allowed))

    def allowed(self, url: str) -> Rules:
        """The rules of the URL's host, or ``CronacaError("robots")`` when they forbid it
        (for the link itself, and for every redirect it leads to)."""
        rules = self.rules(_origin(url), url)
        if not rules.allows(url):
            raise CronacaError("robots", url, detail=urlsplit(url).netloc)
        return rules

    def rules(self, origin: str, url: str) -> Rules:
        if origin not in self._rules:
            self._rules[origin] = self._paced(origin, None, lambda: self._read_robots(origin))
        found = self._rules[origin]
        if isinstance(found, CronacaError):
            raise CronacaError(found.reason, url, **found.fields)
        return found

    def _read_robots(self, origin: str) -> Rules | CronacaError:
        options = replace(self.options, max_bytes=min(self.options.max_bytes, ROBOTS_CAP))
        try:
            page = fetch(origin + "/robots.txt", options)
        except CronacaError as exc:
            return _robots_failure(exc, origin)
        return parse_robots((page.data or b"").decode("utf-8", "replace"))

    def _paced(self, origin: str, crawl_delay: float | None, call):
        delay = max(self.options.host_delay, crawl_delay or 0.0)
        if origin in self._last:
            wait = self._last[origin] + delay - self._clock()
            if wait > 0:
                self._sleep(wait)
        try:
            return call()
        finally:
            self._last[origin] = self._clock()


def _robots_failure(exc: CronacaError, origin: str) -> Rules | CronacaError:
    """RFC 9309, 2.3.1: a 4xx answer allows everything, an unreachable file nothing."""
    if exc.reason == "http_error" and str(exc.fields["detail"]).startswith("4"):
        return ALLOW_ALL
    if exc.reason == "too_many_redirects":       # RFC 9309 2.3.1.2: as if 404
        return ALLOW_ALL
    if exc.reason in _SAME_FOR_PAGE:
        return exc
    return CronacaError("robots_unreachable", origin, detail=exc.message,
                        host=urlsplit(origin).netloc)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"
