"""The terminal report (rich): what a person reads on a TTY."""
from __future__ import annotations

from collections import Counter

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from cronaca.article import Article
from cronaca.output import diagnostics
from cronaca.output.formats import _language, group_by_speaker


def print_report(article: Article, console: Console) -> None:
    console.print(_header(article))
    if article.quotes:
        console.print(_quotes_by_speaker(article))
        console.print()
    if article.entities:
        console.print(_entities(article))
        console.print()
    if article.trust is not None:
        console.print(diagnostics.table(article) if article.diagnostics
                      else Text(diagnostics.title(article) + ": no traces found", style="bold"))
        console.print()
    if article.removed:
        console.print(_removed(article))
        console.print()
    for para in article.paragraphs:   # diagnostics underlined in place
        console.print(diagnostics.underlined(article, para.start, para.end), soft_wrap=False)
        console.print()
    for failure in article.failures:
        console.print(f"[yellow]warning:[/] step {escape(failure.step)} failed: "
                      f"{escape(failure.message)}")


def _header(article: Article) -> Panel:
    meta = article.metadata
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column()
    rows = (("source", article.source), ("site", meta.site), ("published", meta.published),
            ("author", meta.author), ("url", meta.canonical_url or meta.url),
            ("language", _language(article)),
            ("size", f"{len(article.paragraphs)} paragraphs, {len(article.sentences)} "
                     f"sentences, {len(article.text.split())} words"))
    for label, value in rows:
        if value:
            grid.add_row(label, Text(str(value)))
    title = Text(article.title or "(no title found)", style="bold")
    return Panel(Group(title, Text(""), grid), expand=True)


def _removed(article: Article) -> Table:
    table = Table(title=f"Removed lines ({len(article.removed)})", title_justify="left",
                  show_edge=False, expand=True, style="dim")
    table.add_column("line", justify="right", style="dim", no_wrap=True, width=4)
    table.add_column("reason", style="magenta", no_wrap=True,
                     min_width=max(len(r.reason) for r in article.removed))
    table.add_column("text", style="dim", overflow="ellipsis", no_wrap=True, ratio=1)
    for removed in article.removed:
        table.add_row(str(removed.line or ""), removed.reason, Text(removed.text))
    return table


def _quotes_by_speaker(article: Article) -> Table:
    table = Table(title=f"Who said what ({len(article.quotes)} quotes)", title_justify="left",
                  show_edge=False, expand=True)
    table.add_column("speaker", style="bold green", no_wrap=True, max_width=28)
    table.add_column("kind", style="cyan", no_wrap=True, width=8)
    table.add_column("quote", ratio=1)
    table.add_column("conf", justify="right", no_wrap=True, width=4)
    for speaker, quotes in group_by_speaker(article.quotes):
        for n, quote in enumerate(quotes):
            table.add_row(Text(speaker) if n == 0 else "", quote.kind,
                          Text(_clip(quote.text, 300)), f"{quote.confidence:.2f}")
    return table


def _entities(article: Article) -> Table:
    found_by = Counter(e.backend for e in article.entities)
    by = ", ".join(f"{name} {n}" for name, n in found_by.most_common())
    table = Table(title=f"Entities ({len(article.entities)}; found by {by})",
                  title_justify="left", show_edge=False, expand=True)
    table.add_column("name", style="bold", no_wrap=True)
    table.add_column("type", style="cyan", no_wrap=True, width=4)
    table.add_column("mentions", justify="right", no_wrap=True, width=8)
    table.add_column("also written", style="dim", ratio=1)
    ranked = sorted(article.entities, key=lambda e: -len(e.mentions))
    for entity in ranked:
        aliases = ", ".join(a for a in entity.aliases if a != entity.name)
        table.add_row(Text(entity.name), entity.type, str(len(entity.mentions)), Text(aliases))
    return table


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
