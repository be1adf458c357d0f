"""Who said what, rendered: a terminal table grouped by speaker, CSV rows, a JSON list.

Every row names its article (``source``) and points at the quote's characters
(``start``/``end`` in the article text), so a row can be checked against the page.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from cronaca.article import Article, Quote
from cronaca.output.formats import group_by_speaker

COLUMNS = ("source", "speaker", "entity_id", "speaker_text", "kind", "text", "cue",
           "start", "end", "confidence")


def quote_row(article: Article, quote: Quote) -> dict[str, Any]:
    speaker = quote.speaker
    return {
        "source": article.source,
        "speaker": (speaker.name or speaker.text) if speaker else None,
        "entity_id": speaker.entity_id if speaker else None,
        "speaker_text": speaker.text if speaker else None,
        "kind": quote.kind,
        "text": quote.text,
        "cue": quote.cue.text if quote.cue else None,
        "start": quote.start,
        "end": quote.end,
        "confidence": quote.confidence,
    }


def quote_rows(articles: Iterable[Article]) -> list[dict[str, Any]]:
    return [quote_row(article, quote) for article in articles for quote in article.quotes]


def to_csv(articles: Iterable[Article], header: bool = True) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    writer.writerows(quote_rows(articles))
    return out.getvalue()


def to_json(articles: Iterable[Article], indent: int | None = 2) -> str:
    return json.dumps(quote_rows(articles), ensure_ascii=False, indent=indent)


def quotes_table(article: Article):
    """A rich Table: one block of rows per speaker, most quoted first."""
    from rich.table import Table
    table = Table(title=f"Who said what: {article.title or article.source}",
                  show_lines=False, expand=False)
    table.add_column("Speaker", style="bold", overflow="fold")
    table.add_column("Kind")
    table.add_column("Quote", overflow="fold")
    table.add_column("Cue")
    table.add_column("Conf.", justify="right")
    for name, quotes in group_by_speaker(article.quotes):
        for i, quote in enumerate(quotes):
            table.add_row(name if i == 0 else "", quote.kind, _short(quote.text),
                          quote.cue.text if quote.cue else "", f"{quote.confidence:.2f}",
                          end_section=i == len(quotes) - 1)
    return table


def print_quotes_table(article: Article, console) -> None:
    if not article.quotes:
        console.print(f"{article.source}: no quotes found")
        return
    console.print(quotes_table(article))


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
