"""Fetch one http(s) URL, carefully: size, time and redirect caps, no private hosts.

Redirects are followed here rather than by urllib so that every hop gets the
same checks, and each connection goes to an address that was checked, never
to a second DNS answer for the same name (DNS rebinding).
"""
from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus
from urllib.parse import quote, urljoin, urlsplit

from cronaca.errors import CronacaError
from cronaca.options import FetchOptions
from cronaca.sources.decode import gunzip, too_large
from cronaca.sources.page import Page

REDIRECTS = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"
_URL_SAFE = "/%:@!$&'()*+,;=?~[]"   # keep what is already escaped or reserved

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str
    port: int
    path: str          # request target: path and query, escaped


@dataclass(frozen=True)
class _Answer:
    location: str | None = None
    data: bytes = b""
    content_type: str | None = None


def fetch(url: str, options: FetchOptions, *, source: str | None = None,
          redirect_check: Callable[[str], None] | None = None) -> Page:
    """GET ``url`` and return its ``Page``; raise ``CronacaError`` on any failure.
    ``redirect_check(url)`` runs before each redirect is followed (robots.txt of the
    host it leads to) and raises to refuse it."""
    source = source or url
    if not options.network:
        raise CronacaError("no_fetch", source, detail=url)
    current = url
    for hop in range(options.max_redirects + 1):
        if hop and redirect_check is not None:
            redirect_check(current)
        answer = _get(current, options, source)
        if answer.location is None:
            fetched_at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            return Page(source=source, data=answer.data, url=current,
                        content_type=answer.content_type, fetched_at=fetched_at,
                        kind=_kind(answer.content_type))
        current = urljoin(current, answer.location)
    raise CronacaError("too_many_redirects", source, detail=options.max_redirects)


def _get(url: str, options: FetchOptions, source: str) -> _Answer:
    target = _parse_url(url, source)
    addresses = _resolve(target.host, target.port, source)
    if not options.allow_private:
        _refuse_private(target.host, addresses, source)
    conn = _connection(target, addresses, options.timeout)
    try:
        with _network_errors(source, options):
            conn.request("GET", target.path, headers={
                "User-Agent": options.user_agent, "Accept": ACCEPT,
                "Accept-Encoding": "gzip", "Connection": "close"})
            response = conn.getresponse()
            location = response.getheader("Location")
            if response.status in REDIRECTS and location:
                return _Answer(location=_utf8_header(location.strip()))
            if not 200 <= response.status < 300:
                reason = response.reason or _phrase(response.status)
                raise CronacaError("http_error", source, detail=f"{response.status} {reason}")
            data = _read_body(response, options, source)
            return _Answer(data=data, content_type=response.getheader("Content-Type"))
    finally:
        conn.close()


def _parse_url(url: str, source: str) -> _Target:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise CronacaError("bad_url", source, detail=str(exc)) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise CronacaError("bad_url", source, detail=f"only http and https URLs can be fetched, "
                                                     f"not {scheme + ':' if scheme else url!r}")
    if not parts.hostname:
        raise CronacaError("bad_url", source, detail="no host name")
    if parts.username is not None:
        raise CronacaError("bad_url", source, detail="user names and passwords in URLs are not supported")
    try:
        host = parts.hostname if parts.hostname.isascii() else parts.hostname.encode("idna").decode()
    except UnicodeError:
        raise CronacaError("bad_url", source, detail=f"bad host name {parts.hostname!r}") from None
    path = quote(parts.path or "/", safe=_URL_SAFE)
    if parts.query:
        path += "?" + quote(parts.query, safe=_URL_SAFE)
    return _Target(scheme, host, port or (443 if scheme == "https" else 80), path)


def _resolve(host: str, port: int, source: str) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise CronacaError("dns", source, detail=f"{host}: {getattr(exc, 'strerror', exc)}") from None
    return list(dict.fromkeys(info[4][0] for info in infos))


def _refuse_private(host: str, addresses: list[str], source: str) -> None:
    """Refuse a host if any of its addresses is not public: we may connect to any."""
    for address in addresses:
        if not is_public(ipaddress.ip_address(address.split("%")[0])):
            shown = address if host == address else f"{host} ({address})"
            raise CronacaError("private_address", source, detail=shown)


def is_public(ip: IPAddress) -> bool:
    """True for an address on the public internet (not loopback, private, reserved...)."""
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return is_public(ip.ipv4_mapped)
        # 6to4 and NAT64 addresses carry an IPv4 address that routers will reach.
        embedded = [ip.sixtofour] if ip.sixtofour else []
        if ip in ipaddress.IPv6Network("64:ff9b::/96"):
            embedded.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        if not all(is_public(v4) for v4 in embedded):
            return False
    if ip.version == 6 and ip.is_site_local:           # fec0::/10, still routed in places
        return False
    if ip.version == 4 and ip in _IETF_PROTOCOL_V4:     # 192.0.0.8 passes is_global in 3.11
        return False
    # is_global alone lets multicast (224.0.0.1) through.
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified
                                 or ip.is_loopback or ip.is_link_local or ip.is_private)


_IETF_PROTOCOL_V4 = ipaddress.IPv4Network("192.0.0.0/24")


def _connection(target: _Target, addresses: list[str], timeout: float) -> http.client.HTTPConnection:
    if target.scheme == "https":
        conn = http.client.HTTPSConnection(target.host, target.port, timeout=timeout,
                                           context=ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(target.host, target.port, timeout=timeout)
    # http.client connects through this hook; pointing it at the checked
    # addresses keeps the Host header and TLS SNI/certificate check on the name.
    conn._create_connection = lambda _address, timeout, *_: _connect_any(addresses, target.port, timeout)
    return conn


def _connect_any(addresses: list[str], port: int, timeout: float) -> socket.socket:
    error: OSError | None = None
    for address in addresses:
        try:
            return socket.create_connection((address, port), timeout)
        except OSError as exc:
            error = exc
    raise error or OSError("no address to connect to")


def _read_body(response: http.client.HTTPResponse, options: FetchOptions, source: str) -> bytes:
    cap = options.max_bytes
    length = (response.getheader("Content-Length") or "").strip()
    if length.isdigit() and int(length) > cap:
        raise too_large(source, int(length), cap)
    data = bytearray()
    while chunk := response.read(CHUNK):
        data += chunk
        if len(data) > cap:
            raise too_large(source, None, cap)
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        return gunzip(bytes(data), cap, source)
    if encoding != "identity":
        raise CronacaError("network", source, detail=f"unsupported Content-Encoding {encoding!r}")
    return bytes(data)


@contextlib.contextmanager
def _network_errors(source: str, options: FetchOptions):
    """Turn socket, TLS and HTTP exceptions into ``CronacaError``."""
    try:
        yield
    except TimeoutError:
        raise CronacaError("timeout", source, detail=f"{options.timeout:g}") from None
    except ssl.SSLCertVerificationError as exc:
        raise CronacaError("network", source, detail=f"bad TLS certificate: {exc.verify_message}") from None
    except ssl.SSLError as exc:
        raise CronacaError("network", source, detail=f"TLS failed: {getattr(exc, 'reason', None) or exc}") from None
    except OSError as exc:
        raise CronacaError("network", source, detail=exc.strerror or str(exc) or type(exc).__name__) from None
    except http.client.IncompleteRead:
        raise CronacaError("network", source, detail="the connection closed in mid-page") from None
    except http.client.HTTPException as exc:
        raise CronacaError("network", source, detail=f"bad HTTP answer: {exc or type(exc).__name__}") from None


def _utf8_header(value: str) -> str:
    """http.client reads headers as latin-1; some servers send UTF-8 Locations."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _kind(content_type: str | None) -> str | None:
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    return "text" if mime == "text/plain" else None
