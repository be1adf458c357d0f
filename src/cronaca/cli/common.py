"""Options and messages shared by several commands."""
from __future__ import annotations

import functools

import click

from cronaca.api import RunStats, default_pipeline
from cronaca.options import MB, AnalyzeOptions, FetchOptions

_DEFAULTS = FetchOptions()


def fetch_options(command):
    """Add the network and size options to a command."""
    @click.option("--timeout", type=click.FloatRange(min=0.1), default=_DEFAULTS.timeout,
                  show_default=True, help="Seconds to wait for a server.")
    @click.option("--max-bytes", type=click.IntRange(min=1), default=_DEFAULTS.max_bytes,
                  show_default=True, help="Refuse pages larger than this.")
    @click.option("--max-redirects", type=click.IntRange(min=0),
                  default=_DEFAULTS.max_redirects, show_default=True)
    @click.option("--allow-private", is_flag=True,
                  help="Allow URLs on loopback, private or link-local addresses.")
    @click.option("--host-delay", type=click.FloatRange(min=0), default=_DEFAULTS.host_delay,
                  show_default=True, help="Seconds between two requests to one host when "
                  "following feed items (a longer robots.txt Crawl-delay wins).")
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        return command(*args, **kwargs)
    return wrapper


def analysis_options(command):
    """Add the options that choose how pages are analysed."""
    @click.option("--language", metavar="CODE", help="Force the document language (ISO 639-1).")
    @click.option("--entities-backend", type=click.Choice(["rules", "spacy", "natasha"]), default="rules",
                  show_default=True, help="rules: offline, any Latin or Cyrillic language; "
                  "spacy: an installed spaCy pipeline (pip install 'cronaca[spacy]'); "
                  "natasha: Russian (pip install 'cronaca[natasha]').")
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        return command(*args, **kwargs)
    return wrapper


def make_analyze_options(language, entities_backend, **fetch_kw):
    """The options and the pipeline built from them, or a usage error (exit 2) naming
    the package a chosen backend is missing."""
    options = AnalyzeOptions(fetch=make_fetch_options(**fetch_kw), language=language,
                             entities_backend=entities_backend)
    try:
        return options, default_pipeline(options)
    except ImportError as exc:
        raise click.UsageError(str(exc)) from None


def make_fetch_options(timeout, max_bytes, max_redirects, allow_private,
                       host_delay=_DEFAULTS.host_delay) -> FetchOptions:
    return FetchOptions(timeout=timeout, max_bytes=max_bytes, max_redirects=max_redirects,
                        allow_private=allow_private, host_delay=host_delay)


def summary_line(stats: RunStats) -> str:
    failed = sum(stats.failed.values())
    line = f"cronaca: analysed {stats.analysed} of {stats.total} pages"
    if failed:
        reasons = ", ".join(f"{n} {reason}" for reason, n in stats.failed.most_common())
        line += f"; {failed} failed ({reasons})"
    return line


__all__ = ["fetch_options", "make_fetch_options", "summary_line", "MB"]
