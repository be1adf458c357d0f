"""A per-session form token (double submit): a random value in a cookie, the same value
in a hidden field of every form; a post whose field and cookie differ is refused."""
from __future__ import annotations

import hmac
import secrets

from fastapi import HTTPException, Request
from starlette.responses import Response

from cronaca.web.security import cookie

CSRF_COOKIE = "cronaca_csrf"
FIELD = "csrf"


def form_token(request: Request) -> str:
    """The session's token, made on the first page it needs one (see ``remember``)."""
    token = cookie(request.headers, CSRF_COOKIE)
    if not token:
        token = getattr(request.state, "new_csrf", None) or secrets.token_urlsafe(24)
        request.state.new_csrf = token
    return token


def remember(request: Request, response: Response) -> Response:
    new = getattr(request.state, "new_csrf", None)
    if new:
        response.set_cookie(CSRF_COOKIE, new, httponly=True, samesite="strict")
    return response


def check(request: Request, given: str | None) -> None:
    expected = cookie(request.headers, CSRF_COOKIE)
    if not (expected and given and hmac.compare_digest(expected, given)):
        raise HTTPException(403, "This form has expired or came from another site: "
                                 "reload the page and send it again.")
