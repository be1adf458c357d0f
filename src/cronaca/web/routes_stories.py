"""Stories: the list, and one story with every language's coverage over time."""
from __future__ import annotations

from fastapi import APIRouter, Request

from cronaca.web import stories
from cronaca.web.render import not_found, open_corpus, page

router = APIRouter()


@router.get("/stories")
def story_list(request: Request, language: str = "", min_size: int = 1):
    with open_corpus(request) as corpus:
        found = stories.story_list(corpus, max(1, min_size), language.strip() or None)
    return page(request, "stories.html", title="Stories", stories=found,
                missing=stories.MISSING, language=language, min_size=min_size)


@router.get("/stories/{story_id}")
def story(request: Request, story_id: str):
    with open_corpus(request) as corpus:
        if not stories.available(corpus):
            return page(request, "stories.html", title="Stories", stories=None,
                        missing=stories.MISSING, language="", min_size=1)
        found = stories.one_story(corpus, story_id)
    if found is None:
        raise not_found("story")
    return page(request, "story.html", title=found.get("title") or f"Story {story_id}",
                story=found)
