"""The JSON API (/api/...): the same Article JSON as ``cronaca analyze -f json`` and the
same search, quotes, origin and diff records as the CLI's ``-f json``."""
from __future__ import annotations

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from pydantic import BaseModel, Field

from cronaca.corpus.query import Filters
from cronaca.web import stories
from cronaca.web.openapi import ARTICLE
from cronaca.web.pages_in import InputError, page_from
from cronaca.web.render import not_found, open_corpus

router = APIRouter(tags=["cronaca"])


class AnalyzeRequest(BaseModel):
    text: str | None = Field(None, description="plain text scraped from a page")
    html: str | None = Field(None, description="an HTML page")
    url: str | None = Field(None, description="an http(s) URL to fetch (public hosts only, "
                                              "unless the server runs with --allow-private)")
    store: bool = Field(False, description="also store the article in the corpus")


def _filters(language, site, since, until, speaker=None) -> Filters:
    return Filters(language or None, site or None, since or None, until or None, speaker or None)


@router.post("/analyze", responses={200: ARTICLE}, summary="Analyse one page")
def analyze(request: Request, body: AnalyzeRequest) -> dict:
    config = request.app.state.config
    content = body.html if body.html is not None else body.text
    try:
        page = page_from(config, text=content or "", url=body.url or "",
                         kind="html" if body.html is not None else "text")
    except InputError as exc:
        raise HTTPException(400, str(exc)) from None
    return _run(request, page, body.store)


@router.post("/analyze/file", responses={200: ARTICLE}, summary="Analyse an uploaded page")
def analyze_file(request: Request, file: UploadFile = File(..., description="a saved page"),
                 kind: str = Form("auto", description="auto, text or html"),
                 store: bool = Form(False)) -> dict:
    data = file.file.read()          # in memory: the body cap bounds it
    if not data:
        raise HTTPException(400, "The uploaded file is empty.")
    page = page_from(request.app.state.config, upload=data, filename=file.filename or "",
                     kind=kind)
    return _run(request, page, store)


def _run(request: Request, page, store: bool) -> dict:
    worker = request.app.state.worker
    if store:
        rowid = worker.store(page)
        with open_corpus(request) as corpus:
            return {**corpus.article(rowid).to_dict(), "corpus_id": rowid}
    return worker.analyse(page).to_dict()


@router.get("/articles/{ref:path}", responses={200: ARTICLE}, summary="One stored article")
def article(request: Request, ref: str) -> dict:
    with open_corpus(request) as corpus:
        found = corpus.article(ref)
    if found is None:
        raise not_found("article")
    return found.to_dict()


@router.get("/search", summary="Full-text search (FTS5 syntax)")
def search(request: Request, q: str, language: str = "", site: str = "", since: str = "",
           until: str = "", speaker: str = "", limit: int = Query(20, ge=1, le=500)) -> list[dict]:
    with open_corpus(request) as corpus:
        return corpus.search(q, _filters(language, site, since, until, speaker), limit)


@router.get("/quotes", summary="Everything one speaker said, oldest first")
def quotes(request: Request, speaker: str, language: str = "", site: str = "",
           since: str = "", until: str = "") -> list[dict]:
    with open_corpus(request) as corpus:
        return corpus.quotes_by(speaker, _filters(language, site, since, until))


@router.get("/origin/{ref:path}", summary="The likely original among an article's copies")
def origin(request: Request, ref: str) -> dict:
    with open_corpus(request) as corpus:
        found = corpus.origin(ref)
    if found is None:
        raise not_found("article")
    return found.to_dict()


@router.get("/diff", summary="What a copy changed against its original")
def diff(request: Request, original: str, copy: str) -> dict:
    with open_corpus(request) as corpus:
        return corpus.diff(original, copy).to_dict()


@router.get("/stories", summary="Stories (groups of articles on one event)")
def story_list(request: Request, min_size: int = Query(1, ge=1), language: str = "") -> list[dict]:
    with open_corpus(request) as corpus:
        found = stories.story_list(corpus, min_size, language or None, raw=True)
    if found is None:
        raise HTTPException(501, stories.MISSING)
    return found


@router.get("/stories/{story_id}", summary="One story")
def story(request: Request, story_id: str) -> dict:
    with open_corpus(request) as corpus:
        if not stories.available(corpus):
            raise HTTPException(501, stories.MISSING)
        found = stories.one_story(corpus, story_id, raw=True)
    if found is None:
        raise not_found("story")
    return found


@router.get("/counts", summary="Rows in the corpus tables")
def counts(request: Request) -> dict:
    with open_corpus(request) as corpus:
        return corpus.counts()
