"""Request guards, as plain ASGI middleware: access token, body size, cross-site posts,
and the response headers that keep a page from loading anything from elsewhere."""
from __future__ import annotations

import hmac
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse, RedirectResponse

TOKEN_COOKIE = "cronaca_token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; "
     b"img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
     b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),     # no-referrer would make form posts' Origin "null"
    (b"x-frame-options", b"DENY"),
]


def cookie(headers: Headers, name: str) -> str | None:
    jar = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except Exception:        # a malformed Cookie header is no cookie, not a server error
        return None
    return jar[name].value if name in jar else None


class SecurityHeaders:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
            await send(message)
        await self.app(scope, receive, send_with_headers)


class TokenGate:
    """Every request carries the token: ``Authorization: Bearer T``, or the cookie set
    when a link with ``?token=T`` is opened (then redirected without it, so the token
    stays out of the address bar and the history)."""

    def __init__(self, app, token: str) -> None:
        self.app, self.token = app, token

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = Headers(scope=scope)
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"))
        given = dict(query).get("token")
        if given is not None and self._ok(given):
            rest = urlencode([(k, v) for k, v in query if k != "token"])
            response = RedirectResponse(scope["path"] + ("?" + rest if rest else ""), 303)
            response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
            return await response(scope, receive, send)
        bearer = headers.get("authorization", "")
        if (bearer.startswith("Bearer ") and self._ok(bearer[7:])) or \
                self._ok(cookie(headers, TOKEN_COOKIE)):
            return await self.app(scope, receive, send)
        response = PlainTextResponse("This server needs its access token: open it with "
                                     "?token=TOKEN, or send Authorization: Bearer TOKEN.\n",
                                     401, headers={"WWW-Authenticate": "Bearer"})
        await response(scope, receive, send)

    def _ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())


class LocalHosts:
    """Without a token, answer only requests addressed to a local name: a page
    elsewhere whose name is made to resolve to 127.0.0.1 (DNS rebinding) sends its
    own name in Host and is refused."""

    def __init__(self, app, allowed) -> None:
        self.app, self.allowed = app, set(allowed)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or host_name(Headers(scope=scope).get("host", "")) \
                in self.allowed:
            return await self.app(scope, receive, send)
        await PlainTextResponse("Refused: unknown host name.\n", 400)(scope, receive, send)


def host_name(host: str) -> str:
    """'127.0.0.1:8000' -> '127.0.0.1', '[::1]:8000' -> '::1'."""
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class CrossSiteGuard:
    """Refuse a state-changing request that a browser says comes from another site.

    Browsers send Sec-Fetch-Site (and Origin) on every POST; a client that sends
    neither (curl, a script) is not a browser a page elsewhere could drive. Forms
    also carry a per-session token (``cronaca.web.csrf``).
    """

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] in UNSAFE and _cross_site(scope):
            response = PlainTextResponse("Refused: a cross-site request.\n", 403)
            return await response(scope, receive, send)
        await self.app(scope, receive, send)


def _cross_site(scope) -> bool:
    headers = Headers(scope=scope)
    site = headers.get("sec-fetch-site")
    if site is not None:        # the browser's own word; Origin may be "null" then
        return site not in ("same-origin", "none")
    origin = headers.get("origin")
    if origin is None:
        return False
    host = headers.get("host", "")
    return origin == "null" or origin.split("://", 1)[-1] != host


class BodyLimit:
    """413 for a request body over ``limit`` bytes, declared or streamed."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in UNSAFE:
            return await self.app(scope, receive, send)
        length = Headers(scope=scope).get("content-length", "")
        if length.isdigit() and int(length) > self.limit:
            return await self._refuse(scope, receive, send)
        body, more = bytearray(), True
        while more:                       # read it all here, bounded, then replay it
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.limit:
                return await self._refuse(scope, receive, send)
        sent = False

        async def replay():
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}
        await self.app(scope, replay, send)

    async def _refuse(self, scope, receive, send):
        response = PlainTextResponse(f"Refused: the request is over the size cap of "
                                     f"{self.limit:,} bytes.\n", 413)
        await response(scope, receive, send)
