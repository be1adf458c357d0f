"""Every access to stories goes through here: the corpus builds them
(``Corpus.stories(min_size, language)`` and ``Corpus.story(id)``, each story a dict
with id, size, languages, first/last published, top entities and speakers, and its
articles); an older corpus without them gets a clear message, not an error."""
from __future__ import annotations

from cronaca.web.timeline import timeline

MISSING = ("Stories are not built in this corpus yet: this version of cronaca has no "
           "story grouping (Corpus.stories).")


def available(corpus) -> bool:
    return hasattr(corpus, "stories") and hasattr(corpus, "story")


def story_list(corpus, min_size: int = 1, language: str | None = None,
               raw: bool = False) -> list[dict] | None:
    """The stories (``raw``: as the corpus gives them, for the API), or None when the
    corpus cannot build them."""
    if not available(corpus):
        return None
    found = corpus.stories(min_size=min_size, language=language or None)
    return found if raw else [normalise(s) for s in found]


def one_story(corpus, story_id: str, raw: bool = False) -> dict | None:
    if not available(corpus):
        return None
    found = corpus.story(_id(story_id))
    return found if raw or not found else normalise(found)


def _id(story_id: str):
    return int(story_id) if story_id.isdigit() else story_id


def normalise(story: dict) -> dict:
    """The fields the pages read, whatever the corpus left out; and per language, its
    articles (every language's coverage) and a timeline of them."""
    out = dict(story)
    articles = list(story.get("articles") or [])
    out["articles"] = articles
    out.setdefault("size", len(articles))
    out["languages"] = list(story.get("languages") or
                            sorted({a.get("language") or "?" for a in articles}))
    out["first"] = story.get("first_published") or story.get("first")
    out["last"] = story.get("last_published") or story.get("last")
    out["entities"] = _names(story.get("top_entities") or story.get("names")
                             or story.get("entities") or [])
    out["speakers"] = _names(story.get("top_speakers") or story.get("speakers") or [])
    out["title"] = story.get("title") or next((a.get("title") for a in articles
                                               if a.get("title")), None)
    by_language: dict[str, list] = {}
    for article in articles:
        by_language.setdefault(article.get("language") or "?", []).append(article)
    out["by_language"] = sorted(by_language.items())
    out["timeline"] = timeline([{"published": a.get("published"), "group": a.get("language"),
                                 "title": a.get("title"), "href": f"/articles/{a.get('id')}"}
                                for a in articles])
    return out


def _names(values) -> list[dict]:
    """Top entities or speakers as {name, count}: the corpus may give plain strings,
    (name, count) pairs or dicts with a name and a count."""
    out = []
    for value in values:
        if isinstance(value, dict):
            name, count = value.get("name") or value.get("speaker"), value.get("count")
        elif isinstance(value, (list, tuple)) and value:
            name, count = value[0], value[1] if len(value) > 1 else None
        else:
            name, count = value, None
        if name:
            out.append({"name": str(name), "count": count})
    return out
