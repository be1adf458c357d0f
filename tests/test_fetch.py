"""fetch() against a threaded HTTP server on 127.0.0.1; nothing else is contacted."""
from __future__ import annotations

import gzip
import ipaddress
import json
import re
import socket
import ssl
import sys
import time
from http.server import BaseHTTPRequestHandler

import pytest
from localserver import serve

from cronaca.errors import CronacaError
from cronaca.options import FetchOptions
from cronaca.sources.fetch import fetch, is_public

fetch_module = sys.modules["cronaca.sources.fetch"]  # the package re-exports fetch() under the same name

PAGE = "<html><head><title>Vertice</title></head><body><p>Putin e Kim.</p></body></html>"
OPEN = FetchOptions(allow_private=True, timeout=5)
GZIPPED = gzip.compress(PAGE.encode())


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep pytest output clean
        pass

    def do_GET(self):
        self.server.hits.append(self.path)
        route = ROUTES.get(self.path.split("?")[0]) or _redirect_chain
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up on purpose (size cap, timeout)

    def send(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _redirect_chain(h):
    match = re.fullmatch(r"/chain/(\d+)", h.path)
    if not match:
        return h.send(404, b"nothing here")
    n = int(match.group(1))
    h.send(302, headers=[("Location", f"/chain/{n - 1}" if n > 1 else "/page")])


def _stream_forever(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    for _ in range(200):                   # 200 x 64 KB, no Content-Length
        h.wfile.write(b"<p>" + b"x" * 65530 + b"</p>")


def _slow(h):
    time.sleep(1.5)
    h.send(200, b"late", [("Content-Type", "text/plain")])


ROUTES = {
    "/page": lambda h: h.send(200, PAGE.encode(), [("Content-Type", "text/html; charset=utf-8")]),
    "/text": lambda h: h.send(200, "Привет".encode("koi8-r"), [("Content-Type", "text/plain; charset=koi8-r")]),
    "/headers": lambda h: h.send(200, json.dumps(dict(h.headers)).encode(), [("Content-Type", "application/json")]),
    "/relative": lambda h: h.send(301, headers=[("Location", "page?from=relative")]),
    "/to-cyrillic": lambda h: h.send(302, headers=[("Location", "/статья?q=ü".encode().decode("latin-1"))]),
    "/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F": lambda h: h.send(200, PAGE.encode()),
    "/loop": lambda h: h.send(302, headers=[("Location", "/loop")]),
    "/no-location": lambda h: h.send(302),
    "/to-ftp": lambda h: h.send(302, headers=[("Location", "ftp://example.org/file")]),
    "/to-metadata": lambda h: h.send(302, headers=[("Location", "http://169.254.169.254/latest/")]),
    "/to-loopback-v6": lambda h: h.send(307, headers=[("Location", "http://[::1]/admin")]),
    "/missing": lambda h: h.send(404, b"not here"),
    "/broken": lambda h: h.send(500, b"oops"),
    "/slow": _slow,
    "/stream": _stream_forever,
    "/declared-huge": lambda h: (h.send_response(200), h.send_header("Content-Length", str(10 ** 9)),
                                 h.end_headers(), h.wfile.write(b"<p>start")),
    "/gzip": lambda h: h.send(200, GZIPPED, [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]),
    "/gzip-bomb": lambda h: h.send(200, gzip.compress(b"\0" * 2_000_000), [("Content-Encoding", "gzip")]),
    "/gzip-cut": lambda h: h.send(200, GZIPPED[:-12], [("Content-Encoding", "gzip")]),
    "/brotli": lambda h: h.send(200, b"\x8b\x03\x80", [("Content-Encoding", "br")]),
}


@pytest.fixture(scope="module")
def server():
    with serve(Handler) as httpd:
        yield httpd


@pytest.fixture
def base(server):
    return f"http://127.0.0.1:{server.server_address[1]}"


def fails(url, options=OPEN, **kw) -> CronacaError:
    with pytest.raises(CronacaError) as err:
        fetch(url, options, **kw)
    return err.value


def test_fetch_a_page(base):
    page = fetch(f"{base}/page", OPEN)
    assert page.data == PAGE.encode()
    assert page.url == page.source == f"{base}/page"
    assert page.content_type == "text/html; charset=utf-8" and page.kind == "html"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", page.fetched_at)


def test_source_is_kept_as_given(base):
    page = fetch(f"{base}/text", OPEN, source="feed.jsonl:3")
    assert page.source == "feed.jsonl:3" and page.kind == "text"
    assert page.content_type == "text/plain; charset=koi8-r"


def test_honest_headers(base):
    sent = json.loads(fetch(f"{base}/headers", OPEN).data)
    assert sent["User-Agent"] == OPEN.user_agent and sent["User-Agent"].startswith("cronaca/")
    assert sent["Accept-Encoding"] == "gzip"
    assert sent["Host"] == base.removeprefix("http://")


def test_redirect_chain_within_the_cap(base):
    page = fetch(f"{base}/chain/5", OPEN)
    assert page.url == f"{base}/page" and page.source == f"{base}/chain/5"


def test_redirect_chain_over_the_cap(base):
    err = fails(f"{base}/chain/6")
    assert err.reason == "too_many_redirects" and err.message == "more than 5 redirects"


def test_redirect_loop(base, server):
    before = len(server.hits)
    err = fails(f"{base}/loop", FetchOptions(allow_private=True, max_redirects=3))
    assert err.reason == "too_many_redirects"
    assert len(server.hits) - before == 4


def test_the_url_is_escaped_and_the_fragment_dropped(base, server):
    page = fetch(f"{base}/page?q=Путин e Kim&x=%41#top", OPEN)
    assert server.hits[-1] == "/page?q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD%20e%20Kim&x=%41"
    assert page.url == f"{base}/page?q=Путин e Kim&x=%41#top"


def test_relative_redirect(base):
    assert fetch(f"{base}/relative", OPEN).url == f"{base}/page?from=relative"


def test_a_raw_utf_8_location_is_followed(base, server):
    page = fetch(f"{base}/to-cyrillic", OPEN)
    assert page.url == f"{base}/статья?q=ü" and page.data == PAGE.encode()
    assert server.hits[-1] == "/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F?q=%C3%BC"


def test_redirect_without_location_is_an_http_error(base):
    assert fails(f"{base}/no-location").message == "the server answered 302 Found"


def test_redirect_to_another_scheme(base):
    err = fails(f"{base}/to-ftp")
    assert err.reason == "bad_url" and "ftp:" in err.message


@pytest.mark.parametrize("path, status", [("/missing", "404 Not Found"),
                                          ("/broken", "500 Internal Server Error")])
def test_http_errors(base, path, status):
    err = fails(base + path)
    assert err.reason == "http_error" and err.message == f"the server answered {status}"
    assert err.source == base + path


def test_timeout(base):
    started = time.monotonic()
    err = fails(f"{base}/slow", FetchOptions(allow_private=True, timeout=0.2))
    assert err.reason == "timeout" and err.message.startswith("no answer within 0.2 seconds")
    assert time.monotonic() - started < 1.4


def test_streamed_body_over_the_cap(base):
    err = fails(f"{base}/stream", FetchOptions(allow_private=True, max_bytes=100_000))
    assert err.reason == "too_large"
    assert err.message.startswith("the page is more than 97.7 KB, over the size cap of 97.7 KB")


def test_declared_length_over_the_cap_is_refused_before_reading(base):
    err = fails(f"{base}/declared-huge", FetchOptions(allow_private=True, max_bytes=1000))
    assert err.reason == "too_large" and err.message.startswith("the page is 953.7 MB")


def test_gzip_content_encoding(base):
    assert fetch(f"{base}/gzip", OPEN).data == PAGE.encode()


def test_gzip_bomb_is_capped(base):
    err = fails(f"{base}/gzip-bomb", FetchOptions(allow_private=True, max_bytes=100_000))
    assert err.reason == "too_large"


def test_truncated_gzip(base):
    err = fails(f"{base}/gzip-cut")
    assert err.reason == "not_readable" and "truncated" in err.message


def test_unsupported_content_encoding(base):
    err = fails(f"{base}/brotli")
    assert err.reason == "network" and "'br'" in err.message


def test_connection_refused():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]        # closed again: nobody listens there
    err = fails(f"http://127.0.0.1:{port}/")
    assert err.reason == "network"


@pytest.mark.parametrize("url, detail", [
    ("ftp://example.org/x", "ftp:"), ("file:///etc/passwd", "file:"),
    ("example.org/page", "example.org/page"), ("http:///path", "no host name"),
    ("http://user:secret@example.org/", "passwords"), ("http://example.org:99999/", "Port"),
])
def test_bad_urls(url, detail, monkeypatch):
    monkeypatch.setattr(socket, "getaddrinfo", _no_dns)
    err = fails(url)
    assert err.reason == "bad_url" and detail in err.message


def test_dns_failure(monkeypatch):
    def gaierror(*args, **kw):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    monkeypatch.setattr(socket, "getaddrinfo", gaierror)
    err = fails("http://no-such-host.invalid/")
    assert err.reason == "dns" and "no-such-host.invalid" in err.message


# -- the private-address guard -----------------------------------------------------

def _no_dns(*args, **kw):
    raise AssertionError("no name should be resolved here")


def _no_connect(*args, **kw):
    raise AssertionError("no connection should be made")


def test_private_address_of_the_test_server_is_refused(base, server, monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _no_connect)
    before = len(server.hits)
    err = fails(f"{base}/page", FetchOptions())
    assert err.reason == "private_address"
    assert err.message.startswith("127.0.0.1 is a loopback, private or link-local address")
    assert "--allow-private" in err.message and len(server.hits) == before


@pytest.mark.parametrize("host", [
    "localhost", "LOCALHOST", "[::1]", "0x7f000001", "2130706433", "017700000001", "127.1",
    "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "0.0.0.0", "0", "10.1.2.3", "172.16.0.1",
    "192.168.1.1", "169.254.169.254", "100.64.0.1", "224.0.0.1", "255.255.255.255",
    "[fe80::1]", "[fc00::1]", "[ff02::1]", "[::]", "[2002:7f00:1::]", "[64:ff9b::a00:1]",
])
def test_tricky_private_hosts_are_refused_without_connecting(host, server, monkeypatch):
    port = server.server_address[1]
    monkeypatch.setattr(socket.socket, "connect", _no_connect)
    before = len(server.hits)
    err = fails(f"http://{host}:{port}/page", FetchOptions())
    assert err.reason == "private_address", err.message
    assert len(server.hits) == before


def _resolve_test_names(port):
    """A fake resolver: *.example names lead to the test server."""
    calls = []
    real = socket.getaddrinfo

    def getaddrinfo(host, *args, **kw):
        calls.append(host)
        if host.endswith(".example"):
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        if host in ("127.0.0.1", "169.254.169.254", "::1"):
            return real(host, *args, **kw)
        raise AssertionError(f"unexpected lookup of {host}")
    return getaddrinfo, calls


def test_a_name_is_resolved_once_and_its_checked_address_is_used(server, monkeypatch):
    port = server.server_address[1]
    getaddrinfo, calls = _resolve_test_names(port)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    sent = json.loads(fetch(f"http://news.example:{port}/headers", OPEN).data)
    assert sent["Host"] == f"news.example:{port}"       # the name, not the address
    assert calls.count("news.example") == 1              # no second lookup to rebind


def test_international_host_names_are_sent_as_idna(server, monkeypatch):
    port = server.server_address[1]
    getaddrinfo, calls = _resolve_test_names(port)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    sent = json.loads(fetch(f"http://новости.example:{port}/headers", OPEN).data)
    assert calls[0] == "xn--b1amnebsh.example" and "новости.example" not in calls
    assert sent["Host"] == f"xn--b1amnebsh.example:{port}"


def test_a_name_resolving_to_loopback_is_refused(server, monkeypatch):
    getaddrinfo, _ = _resolve_test_names(server.server_address[1])
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", _no_connect)
    err = fails("http://rebind.example/", FetchOptions())
    assert err.reason == "private_address"
    assert err.message.startswith("rebind.example (127.0.0.1) is a loopback")


def test_every_address_of_a_name_is_checked(monkeypatch):
    public = ("93.184.216.34", 80)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **kw: [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", public),
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 80))])
    monkeypatch.setattr(socket.socket, "connect", _no_connect)
    err = fails("http://mixed.example/", FetchOptions())
    assert err.reason == "private_address" and "10.0.0.7" in err.message


def test_a_redirect_to_a_private_address_is_refused(server, monkeypatch):
    # Let the test server count as public so that only the redirect target is private.
    monkeypatch.setattr(fetch_module, "is_public",
                        lambda ip: str(ip) == "127.0.0.1" or is_public(ip))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for path, address in [("/to-metadata", "169.254.169.254"), ("/to-loopback-v6", "::1")]:
        before = len(server.hits)
        err = fails(base + path, FetchOptions())
        assert err.reason == "private_address" and err.message.startswith(address)
        assert err.source == base + path and len(server.hits) == before + 1


def test_https_sends_the_name_for_sni_and_connects_to_the_checked_address(server, monkeypatch):
    port = server.server_address[1]
    getaddrinfo, _ = _resolve_test_names(port)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    seen = {}

    def wrap_socket(self, sock, server_hostname=None, **kw):
        seen["sni"], seen["peer"] = server_hostname, sock.getpeername()
        raise ssl.SSLError("test stops here")
    monkeypatch.setattr(ssl.SSLContext, "wrap_socket", wrap_socket)
    err = fails(f"https://secure.example:{port}/")
    assert err.reason == "network" and "TLS" in err.message
    assert seen == {"sni": "secure.example", "peer": ("127.0.0.1", port)}


@pytest.mark.parametrize("address, public", [
    ("93.184.216.34", True), ("2606:4700::6810:85e5", True), ("::ffff:93.184.216.34", True),
    ("127.0.0.1", False), ("::1", False), ("::ffff:10.0.0.1", False), ("10.0.0.1", False),
    ("100.64.0.1", False), ("224.0.0.1", False), ("240.0.0.1", False), ("0.0.0.0", False),
    ("2002:c0a8:101::1", False), ("2002:5db8:d822::1", True), ("64:ff9b::7f00:1", False),
    ("fe80::1", False), ("fd12:3456::1", False), ("ff0e::1", False), ("2001:db8::1", False),
])
def test_is_public(address, public):
    assert is_public(ipaddress.ip_address(address)) is public
