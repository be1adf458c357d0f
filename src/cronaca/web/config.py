"""The server's options, regrouped once at the boundary, and the binding rule."""
from __future__ import annotations

from dataclasses import dataclass, field

from cronaca.errors import UsageError
from cronaca.options import MB

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class WebConfig:
    db: str = "cronaca.db"
    token: str | None = None           # required on every request when set
    allow_private: bool = False        # URL analysis may fetch loopback/private hosts
    max_bytes: int = 20 * MB           # largest page (upload, paste or fetched URL)
    timeout: float = 20.0              # seconds for a fetched URL's server to answer
    # Host headers accepted without a token: a page elsewhere that rebinds its own
    # name to 127.0.0.1 (DNS rebinding) must not reach a local server.
    allowed_hosts: tuple[str, ...] = field(default=LOCAL_HOSTS)

    @property
    def max_request(self) -> int:
        """A request may carry one page plus its form fields."""
        return self.max_bytes + 64 * 1024


def check_binding(host: str, token: str | None) -> None:
    """Anything but a loopback address needs an access token."""
    if host not in LOCAL_HOSTS and not token:
        raise UsageError(f"binding to {host} needs an access token: pass --token TOKEN "
                         f"(or set CRONACA_TOKEN); without one, serve on 127.0.0.1")
