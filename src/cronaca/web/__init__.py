"""The web app: ``cronaca serve``, pages and a JSON API over the same Python API.

    from cronaca.web import WebConfig, create_app
    app = create_app(WebConfig(db="news.db"))          # an ASGI app (FastAPI)

Handlers are thin: they read a request, call the library (``cronaca.analyze``,
``cronaca.Corpus``, ``cronaca.provenance``) and render a template. What is only
presentation (text cut into highlighted runs, an SVG timeline) lives in small
modules here; everything else is the library's. See docs/web.md.
"""
from cronaca.web.config import WebConfig, check_binding

__all__ = ["WebConfig", "check_binding", "create_app"]


def create_app(config: WebConfig, worker=None):
    """The app; ``worker`` (a ``cronaca.web.worker.Worker``) to share a loaded pipeline."""
    from cronaca.web.app import create_app as _create
    return _create(config, worker)
