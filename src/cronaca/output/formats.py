"""Plain renderings of an Article: json, jsonl, markdown, text."""
from __future__ import annotations

import json

from cronaca.article import Article

FORMATS = ("report", "json", "jsonl", "markdown", "text")


def to_json(article: Article, indent: int | None = 2) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


def to_jsonl(article: Article) -> str:
    return to_json(article, indent=None)


def to_text(article: Article) -> str:
    head = f"{article.title}\n\n" if article.title else ""
    return head + article.text + "\n"


def to_markdown(article: Article) -> str:
    meta = article.metadata
    out = [f"# {_md(article.title or article.source)}", ""]
    for label, value in (("Source", article.source), ("Site", meta.site),
                         ("Published", meta.published), ("Author", meta.author),
                         ("URL", meta.canonical_url or meta.url),
                         ("Language", _language(article))):
        if value:
            out.append(f"- **{label}:** {_md(str(value))}")
    if article.quotes:
        out += ["", "## Who said what", ""]
        for speaker, quotes in group_by_speaker(article.quotes):
            out.append(f"**{_md(speaker)}**")
            out += [f"- ({q.kind}) {_md(q.text)}" for q in quotes]
            out.append("")
    from cronaca.output.diagnostics import markdown_lines, marked_markdown
    out += markdown_lines(article)
    out += ["", marked_markdown(article), ""]
    if article.removed:
        out += ["## Removed lines", "", "| line | reason | text |", "|---:|---|---|"]
        out += [f"| {r.line} | {r.reason} | {_cell(r.text)} |" for r in article.removed]
        out.append("")
    return "\n".join(out)


def group_by_speaker(quotes) -> list[tuple[str, list]]:
    """Quotes grouped under their speaker's name, most quoted first; unattributed last."""
    groups: dict[str, list] = {}
    for quote in quotes:
        name = (quote.speaker.name or quote.speaker.text) if quote.speaker else None
        groups.setdefault(name or "(unattributed)", []).append(quote)
    return sorted(groups.items(), key=lambda kv: (kv[0] == "(unattributed)", -len(kv[1])))


def _language(article: Article) -> str | None:
    if not article.language:
        return None
    if article.language_confidence is None:
        return article.language
    return f"{article.language} ({article.language_confidence:.2f})"


def _md(text: str) -> str:
    return text.replace("\n", " ").strip()


def _cell(text: str) -> str:
    return _md(text).replace("|", "\\|")


RENDERERS = {"json": to_json, "jsonl": to_jsonl, "markdown": to_markdown, "text": to_text}
