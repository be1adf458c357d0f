"""Templates (Jinja2, autoescaped: every piece of page text is escaped) and the
per-request helpers the handlers share."""
from __future__ import annotations

from contextlib import contextmanager
from importlib.resources import files

from fastapi import HTTPException, Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from cronaca import __version__
from cronaca.web import csrf

HERE = files(__package__)
_env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                   autoescape=select_autoescape(default=True, default_for_string=True))
templates = Jinja2Templates(env=_env)


def page(request: Request, template: str, status: int = 200, **context):
    context.setdefault("title", None)
    response = templates.TemplateResponse(request, template, {
        **context, "csrf": csrf.form_token(request), "version": __version__,
        "nav": request.url.path}, status_code=status)
    return csrf.remember(request, response)


def error_page(request: Request, status: int, message: str):
    return page(request, "error.html", status=status, title="Error", message=message)


@contextmanager
def open_corpus(request: Request):
    """A read connection for this request (SQLite connections stay in one thread)."""
    from cronaca.corpus import Corpus
    corpus = Corpus(request.app.state.config.db, create=False)
    try:
        yield corpus
    finally:
        corpus.close()


def not_found(what: str) -> HTTPException:
    return HTTPException(404, f"No such {what} in this corpus.")
