"""Trust and diagnostics in the markdown and terminal renderings."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text

from cronaca.article import Article

STYLE = "underline red"


def markdown_lines(article: Article) -> list[str]:
    if article.trust is None:
        return []
    t = article.trust
    out = ["", f"## Translation traces: {t.score:.2f} (0 none, 1 strong; {t.words} words)", ""]
    out += [f"- **{d.kind}** `{d.text.replace('`', '')}`: {d.evidence}" for d in article.diagnostics]
    return out + ([""] if article.diagnostics else ["No traces found.", ""])


def table(article: Article) -> Table:
    t = article.trust
    title = f"Translation traces: {t.score:.2f} (0 none, 1 strong; {t.words} words)"
    out = Table(title=title, title_justify="left", show_lines=False)
    out.add_column("#", justify="right")
    out.add_column("kind")
    out.add_column("evidence")
    for n, d in enumerate(article.diagnostics, 1):
        out.add_row(str(n), d.kind, d.evidence)
    return out


def underlined(article: Article, start: int, end: int) -> Text:
    """The text from start to end with each diagnostic underlined in place."""
    text = Text(article.text[start:end])
    for d in article.diagnostics:
        if start <= d.start and d.end <= end:
            text.stylize(STYLE, d.start - start, d.end - start)
            text.stylize("bold", d.start - start, d.end - start)
    return text
