"""The ASGI app: routes, middleware (outermost first: headers, size cap, token or
host check, cross-site guard) and error pages."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartParser

from cronaca import __version__
from cronaca.errors import CronacaError
from cronaca.web import api, routes_analyse, routes_corpus, routes_provenance, routes_stories
from cronaca.web.config import WebConfig
from cronaca.web.openapi import add_article_schema
from cronaca.web.render import HERE, error_page
from cronaca.web.security import BodyLimit, CrossSiteGuard, LocalHosts, SecurityHeaders, TokenGate
from cronaca.web.worker import Worker


def create_app(config: WebConfig, worker: Worker | None = None) -> FastAPI:
    app = FastAPI(title="cronaca", version=__version__, openapi_url="/api/openapi.json",
                  docs_url=None, redoc_url=None,      # their pages load scripts from a CDN
                  description="News forensics: the same Article JSON as `cronaca analyze`.")
    # Uploads stay in memory (bounded by the body cap): no temporary files on disk.
    MultiPartParser.spool_max_size = max(MultiPartParser.spool_max_size, config.max_request)
    app.state.config = config
    app.state.worker = worker or Worker(config)
    for module in (routes_analyse, routes_corpus, routes_provenance, routes_stories):
        app.include_router(module.router, include_in_schema=False)
    app.include_router(api.router, prefix="/api")
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    add_article_schema(app)
    _errors(app)
    app.add_middleware(CrossSiteGuard)
    if config.token:
        app.add_middleware(TokenGate, token=config.token)
    else:
        app.add_middleware(LocalHosts, allowed=config.allowed_hosts)
    app.add_middleware(BodyLimit, limit=config.max_request)
    app.add_middleware(SecurityHeaders)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _errors(app: FastAPI) -> None:
    @app.exception_handler(CronacaError)
    async def cronaca_error(request: Request, exc: CronacaError):
        status = 404 if exc.reason in ("no_article", "no_corpus") else 400
        if _wants_json(request):
            return JSONResponse({"error": exc.reason, "message": exc.one_line()}, status)
        return error_page(request, status, exc.one_line())

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if _wants_json(request):
            return JSONResponse({"error": exc.status_code, "message": exc.detail},
                                exc.status_code)
        return error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        message = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        if _wants_json(request):
            return JSONResponse({"error": 422, "message": message}, 422)
        return error_page(request, 422, message)
