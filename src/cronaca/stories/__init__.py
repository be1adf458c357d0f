"""Stories: articles grouped by the event they report, across languages and over time.

    with Corpus("news.db") as corpus:
        corpus.ingest(["pages/"])        # each new article is linked, then put in a story
        corpus.stories(min_size=2)       # [{"id": 3, "size": 12, "languages": [...],
                                         #   "names": [...], "articles": [...]}, ...]
        corpus.cluster(rebuild=True)     # all articles again, in ingest order

An article joins the story whose articles it resembles most: multilingual
embedding similarity and the names, speakers, numbers and dates it shares with
them, each weighted by how rare it is in the corpus (see score.py, docs/stories.md).
"""
from cronaca.stories.cluster import Clusterer
from cronaca.stories.score import Thresholds
from cronaca.stories.store import get_story, list_stories

__all__ = ["Clusterer", "Thresholds", "get_story", "list_stories"]
