"""What the article page shows, gathered from one Article."""
from __future__ import annotations

from cronaca.article import Article
from cronaca.output.formats import _language
from cronaca.web import markup


def article_context(article: Article, rowid: int | None = None) -> dict:
    meta = article.metadata
    facts = [("Source", article.source), ("Site", meta.site), ("Published", meta.published),
             ("Author", meta.author), ("URL", meta.canonical_url or meta.url),
             ("Language", _language(article)),
             ("Size", f"{len(article.paragraphs)} paragraphs, {len(article.sentences)} "
                      f"sentences, {len(article.text.split())} words")]
    entities = sorted(article.entities, key=lambda e: -len(e.mentions))
    return {"article": article, "rowid": rowid, "title": article.title or article.source,
            "facts": [(k, v) for k, v in facts if v], "speakers": markup.speakers(article),
            "paragraphs": markup.paragraphs(article), "trust": article.trust,
            "warnings": list(enumerate(article.diagnostics, 1)),
            "entities": [{"entity": e, "href": markup.entity_href(e.name, e.type),
                          "also": [a for a in e.aliases if a != e.name]} for e in entities]}
