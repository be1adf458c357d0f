"""Errors users meet, each with a short reason code and a one-line message.

The reason codes are what batch summaries count ("3 failed: 2 not_found,
1 binary"). Messages say what went wrong and, where there is one, the fix.
The CLI prints ``cronaca: SOURCE: MESSAGE`` and never a traceback.
"""
from __future__ import annotations

MESSAGES: dict[str, str] = {
    "not_found": "no such file or directory",
    "not_readable": "cannot read it ({detail})",
    "empty_dir": ("the directory holds no pages (looked for .html, .htm, .txt, .jsonl, .json, "
                  ".warc, .warc.gz, .rss, .atom files and feeds saved as .xml)"),
    "empty": "the page is empty: nothing to analyse",
    "no_text": "no article text found on the page",
    "binary": "this looks like a binary file ({detail}), not an HTML or text page",
    "undecodable": "cannot decode the bytes as text in any known encoding",
    "too_large": "the page is {detail}, over the size cap of {cap}; raise it with --max-bytes",
    "bad_url": "not a usable URL ({detail})",
    "private_address": ("{detail} is a loopback, private or link-local address; "
                        "pass --allow-private to fetch it anyway"),
    "dns": "cannot resolve the host name ({detail})",
    "timeout": "no answer within {detail} seconds; raise it with --timeout",
    "too_many_redirects": "more than {detail} redirects",
    "http_error": "the server answered {detail}",
    "network": "network error: {detail}",
    "bad_jsonl": "line {detail} is not a JSON object with a 'url', 'html' or 'text' field",
    "bad_warc": "not a valid WARC record ({detail}); skipped, reading on at the next record",
    "empty_warc": "the archive holds no HTML or text responses ({detail})",
    "bad_feed": "not a readable RSS or Atom feed ({detail})",
    "empty_feed": "the feed holds no items",
    "bad_feed_item": "cannot use this feed item ({detail})",
    "robots": "robots.txt of {detail} disallows it",
    "robots_unreachable": ("cannot read robots.txt of {host} ({detail}), so nothing is fetched "
                           "from that host (RFC 9309); try again later"),
    "missing_package": "reading this needs the {detail} package: pip install {detail}",
    "extract_failed": "extraction failed: {detail}",
    "step_failed": "the {detail} step failed",
    "no_corpus": "no corpus database here; create one with: cronaca ingest SOURCE... --db {detail}",
    "bad_corpus": "not a cronaca corpus database ({detail})",
    "no_article": "no such article ({detail}); give a row id, an Article id or a source",
    "bad_query": "cannot search for that ({detail}); put phrases in double quotes",
    "no_fetch": ("the record names {detail} but holds no page, and nothing is fetched in "
                 "a batch; fetch the pages first (a WARC, or JSONL with html or text)"),
    "internal_error": "analysis failed on this page ({detail}); the batch goes on",
    "no_spark": ("cronaca batch needs PySpark: pip install 'cronaca[spark]' "
                 "(and a Java 17+ runtime, e.g. apt install openjdk-17-jre-headless)"),
    "no_java": ("Spark needs a Java 17+ runtime and none was found (no java on PATH, no "
                "JAVA_HOME): apt install openjdk-17-jre-headless"),
    "spark_failed": "Spark did not start ({detail})",
    "spark_job_failed": ("the Spark job failed ({detail}); finished inputs are kept: run the "
                         "same command again to resume"),
    "bad_batch_part": "cannot read this part of the batch output ({detail})",
    "batch_not_local": ("{detail}: cronaca batch reads files on a file system every worker "
                        "sees (local, NFS, a mounted bucket), not URLs"),
    "not_batch_output": ("{detail} is not a cronaca batch output (no batch.json of this "
                         "format); give an empty or new directory"),
    "no_batch_output": "{detail} holds no batch output (no articles table); run cronaca batch first",
}


class CronacaError(Exception):
    """A failure tied to one input, with a reason code from ``MESSAGES``."""

    def __init__(self, reason: str, source: str = "", **fields: object) -> None:
        self.reason = reason
        self.source = source
        self.fields = {"detail": "", **fields}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        template = MESSAGES.get(self.reason, self.reason)
        return template.format(**self.fields)

    def one_line(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.message}".replace("\n", " ")


class UsageError(Exception):
    """A mistake in how cronaca was called (exit status 2)."""
