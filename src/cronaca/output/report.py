"""The terminal report (rich): what a person reads on a TTY."""
from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from cronaca.article import Article
from cronaca.output.formats import _language


def print_report(article: Article, console: Console) -> None:
    console.print(_header(article))
    if article.removed:
        console.print(_removed(article))
        console.print()
    for para in article.paragraphs:
        console.print(Text(article.span_text(para)), soft_wrap=False)
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
