"""Trust and diagnostics in the markdown and terminal renderings.

In the text, every warning is marked where it stands and numbered like its row in the
evidence list, so the evidence can be found even where colours are lost (a pipe, a file).
"""
from __future__ import annotations

from rich.table import Table
from rich.text import Text

from cronaca.article import Article

STYLE = "underline red"


def markdown_lines(article: Article) -> list[str]:
    if article.trust is None:
        return []
    out = ["", f"## {title(article)}", ""]
    out += [f"{n}. **{d.kind}** `{d.text.replace('`', '')}`: {d.evidence}"
            for n, d in enumerate(article.diagnostics, 1)]
    return out + ([""] if article.diagnostics else ["No traces found.", ""])


def title(article: Article) -> str:
    t = article.trust
    return f"Translation traces: {t.score:.2f} (0 none, 1 strong; {t.words} words)"


def table(article: Article) -> Table:
    out = Table(title=title(article), title_justify="left", show_lines=False)
    out.add_column("#", justify="right")
    out.add_column("kind")
    out.add_column("evidence")
    for n, d in enumerate(article.diagnostics, 1):
        out.add_row(str(n), d.kind, d.evidence)
    return out


def marks(article: Article, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, number) of the warnings inside start..end, in text order; a warning
    inside one already marked keeps its number but not a second emphasis."""
    found = sorted((d.start, -d.end, n) for n, d in enumerate(article.diagnostics, 1)
                   if start <= d.start and d.end <= end)
    return [(s, -e, n) for s, e, n in found]


def underlined(article: Article, start: int, end: int) -> Text:
    """The text from start to end, each warning underlined in place and numbered [n]."""
    text, cursor, reach = Text(), start, start
    for s, e, n in marks(article, start, end):
        if s >= reach:   # not inside a warning already underlined
            text.append(article.text[cursor:s])
            text.append(article.text[s:e], style=f"bold {STYLE}")
            cursor = reach = e
        text.append(article.text[cursor:reach])
        cursor = reach
        text.append(f"[{n}]", style="dim red")
    text.append(article.text[cursor:end])
    return text


def marked_markdown(article: Article) -> str:
    """The text in markdown, each warning in bold and numbered like the list above."""
    out, cursor, reach = [], 0, 0
    for s, e, n in marks(article, 0, len(article.text)):
        if s >= reach:
            out += [article.text[cursor:s], "**", article.text[s:e].strip("*"), "**"]
            cursor = reach = e
        out.append(article.text[cursor:reach])
        cursor = reach
        out.append(f"\\[{n}\\]")
    out.append(article.text[cursor:])
    return "".join(out)
