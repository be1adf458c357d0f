"""The home page, the analyse form, and one stored article."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from cronaca.errors import CronacaError
from cronaca.web import csrf, listing
from cronaca.web.pages_in import KINDS, InputError, page_from
from cronaca.web.render import not_found, open_corpus, page
from cronaca.web.views import article_context

router = APIRouter()


@router.get("/")
def home(request: Request):
    with open_corpus(request) as corpus:
        return page(request, "home.html", counts=corpus.counts(), kinds=KINDS,
                    recent=listing.recent_articles(corpus), form={})


@router.post("/analyse")
async def analyse(request: Request):
    form = await read_form(request)
    csrf.check(request, form.get(csrf.FIELD))
    upload = form.get("file")
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    data = await upload.read() if upload is not None and upload.filename else None
    filename = upload.filename if data is not None else ""
    return await run_in_threadpool(_analyse, request, fields, data, filename)


async def read_form(request: Request) -> dict:
    """The posted form; text fields as large as a page (the body cap bounds it)."""
    limit = request.app.state.config.max_request
    form = await request.form(max_part_size=limit)
    return {k: v if isinstance(v, str) else (v if getattr(v, "filename", None) else None)
            for k, v in form.items()}


def _analyse(request: Request, fields: dict, data: bytes | None, filename: str):
    config, worker = request.app.state.config, request.app.state.worker
    try:
        source = page_from(config, text=fields.get("text", ""), kind=fields.get("kind", "auto"),
                           url=fields.get("url", ""), upload=data, filename=filename)
        if fields.get("store"):
            return RedirectResponse(f"/articles/{worker.store(source)}", 303)
        article = worker.analyse(source)
    except (InputError, CronacaError) as exc:
        message = exc.one_line() if isinstance(exc, CronacaError) else str(exc)
        with open_corpus(request) as corpus:
            return page(request, "home.html", status=400, error=message, form=fields,
                        counts=corpus.counts(), kinds=KINDS,
                        recent=listing.recent_articles(corpus))
    return page(request, "article.html", **article_context(article))


@router.get("/articles/{ref:path}")
def stored_article(request: Request, ref: str):
    from cronaca.corpus.query import find_article
    with open_corpus(request) as corpus:
        rowid = find_article(corpus.conn, ref)
        article = corpus.article(rowid) if rowid is not None else None
    if article is None:
        raise not_found("article")
    return page(request, "article.html", **article_context(article, rowid))
