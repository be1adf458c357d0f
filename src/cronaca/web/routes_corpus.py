"""Speakers (everything one person said, with a timeline) and search."""
from __future__ import annotations

from fastapi import APIRouter, Request

from cronaca.corpus.query import Filters
from cronaca.web import listing
from cronaca.web.render import open_corpus, page
from cronaca.web.timeline import timeline

router = APIRouter()
FILTERS = ("language", "site", "since", "until", "speaker")


def filters_from(params) -> Filters:
    return Filters(**{name: (params.get(name) or "").strip() or None for name in FILTERS})


@router.get("/speakers")
def speakers(request: Request, name: str = ""):
    name = name.strip()
    with open_corpus(request) as corpus:
        if not name:
            return page(request, "speakers.html", title="Speakers",
                        speakers=listing.top_speakers(corpus))
        quotes = corpus.quotes_by(name, filters_from(request.query_params))
    languages = sorted({q["language"] or "?" for q in quotes})
    plot = timeline([{"published": q["published"], "group": q["language"],
                      "title": q["text"][:80], "href": f"/articles/{q['article']}"}
                     for q in quotes])
    return page(request, "speaker.html", title=name, name=name, quotes=quotes,
                languages=languages, timeline=plot)


@router.get("/search")
def search(request: Request, q: str = ""):
    params = request.query_params
    results = None
    if q.strip():
        with open_corpus(request) as corpus:
            results = corpus.search(q, filters_from(params), limit=50)
    form = {name: params.get(name, "") for name in ("q", *FILTERS)}
    return page(request, "search.html", title="Search", results=results, form=form,
                snippets={r["id"]: snippet_runs(r.get("snippet") or "") for r in results or []})


def snippet_runs(snippet: str) -> list[tuple[str, bool]]:
    """The search snippet marks matches as [word]; (text, is_match) runs to render."""
    out, rest = [], snippet
    while "[" in rest and "]" in rest.split("[", 1)[1]:
        before, after = rest.split("[", 1)
        match, rest = after.split("]", 1)
        out += [(before, False), (match, True)]
    return [r for r in out + [(rest, False)] if r[0]]
