"""RSS/Atom feeds and robots.txt, against a threaded HTTP server on 127.0.0.1 only.

The server answers robots.txt by Host header, so 127.0.0.1:PORT and
localhost:PORT act as two hosts with different rules.
"""
from __future__ import annotations

from dataclasses import replace
from http.server import BaseHTTPRequestHandler

import pytest
from localserver import serve
from click.testing import CliRunner

from cronaca.cli import common
from cronaca.cli.main import cli
from cronaca.errors import CronacaError
from cronaca.options import FetchOptions
from cronaca.sources import iter_pages
from cronaca.sources.decode import decode
from cronaca.sources.feeds import is_feed
from cronaca.sources.robots import Crawler, parse_robots

OPEN = FetchOptions(allow_private=True, timeout=5, host_delay=0)

PONTE = ("<html><head><meta charset='utf-8'><title>Il ponte</title></head><body><article>"
         "<p>Il consiglio comunale di Trento ha approvato il progetto del nuovo ponte.</p>"
         "<p>\"Sarà pronto entro due anni\", ha detto la sindaca Laura Bassi.</p>"
         "</article></body></html>")
NOVOSTI = ("<html><head><title>Новости города</title></head><body><article><p>Городской совет "
           "Томска утвердил новый план развития парков. По словам председателя совета, работы "
           "начнутся весной и закончатся к осени следующего года. Жители смогут обсудить проект "
           "на открытых слушаниях в библиотеке.</p></article></body></html>")
RADWEGE = ("<html><head><meta charset='utf-8'><title>Radwege</title></head><body><article><p>"
           "Der Stadtrat von Graz hat neue Radwege beschlossen.</p></article></body></html>")
BIBLIOTECA = ("<html><head><meta charset='utf-8'><title>Biblioteca</title></head><body><p>La "
              "biblioteca de Cádiz abrirá los domingos a partir de marzo.</p></body></html>")


def rss(*items: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            "<title>Notizie di prova</title><link>http://example.invalid/</link>"
            + "".join(items) + "</channel></rss>")


def item(title, link=None, content=None, date="Tue, 05 Mar 2024 10:00:00 GMT"):
    parts = [f"<title>{title}</title>", f"<pubDate>{date}</pubDate>"]
    if link:
        parts.append(f"<link>{link}</link>")
    if content:
        parts.append(f"<content:encoded><![CDATA[{content}]]></content:encoded>")
    return "<item>" + "".join(parts) + "</item>"


def news_feed(base):
    return rss(
        item("Il ponte", f"{base}/it/ponte"),
        item("Новости", f"{base}/ru/novosti"),
        item("Segreto", f"{base}/private/secret"),
        item("Senza link né testo"),
        item("Radwege", f"{base}/de/radwege", date="the day after tomorrow"),
        item("Sparito", f"{base}/gone",
             content="<p>Il museo di Lecce resterà chiuso per lavori fino a giugno.</p>"),
        item("Il ponte (di nuovo)", f"{base}/it/ponte"),
        item("Biblioteca", "/es/biblioteca"),                    # relative to the feed's URL
    )


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom di prova</title><id>urn:test:atom</id>
<updated>2024-03-05T10:00:00Z</updated>
<entry><title>Il ponte</title><id>urn:test:1</id><link href="{base}/it/ponte"/>
<updated>2024-03-05T10:00:00Z</updated></entry>
<entry><title>Radwege</title><id>urn:test:2</id><link rel="alternate" href="{base}/de/radwege"/>
<updated>2024-03-05T11:00:00Z</updated></entry>
</feed>"""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        host = self.headers.get("Host", "")
        self.server.hits.append((host.split(":")[0], self.path))
        base = f"http://{host}"
        html = [("Content-Type", "text/html; charset=utf-8")]
        routes = {
            "/robots.txt": lambda: self.send(*ROBOTS.get(host.split(":")[0], (404, b""))),
            "/feed.rss": lambda: self.send(200, news_feed(base).encode(),
                                           [("Content-Type", "application/rss+xml")]),
            "/clean.rss": lambda: self.send(200, rss(item("Il ponte", f"{base}/it/ponte"),
                                                     item("Radwege", f"{base}/de/radwege")).encode(),
                                            [("Content-Type", "application/rss+xml")]),
            "/atom": lambda: self.send(200, ATOM.format(base=base).encode(),
                                       [("Content-Type", "application/xml")]),
            "/sitemap.xml": lambda: self.send(200, b'<?xml version="1.0"?><urlset></urlset>',
                                              [("Content-Type", "text/xml")]),
            "/broken.rss": lambda: self.send(200, b"<rss><channel><title>oops",
                                             [("Content-Type", "application/rss+xml")]),
            "/it/ponte": lambda: self.send(200, PONTE.encode(), html),
            # windows-1251 with neither a charset parameter nor a <meta> charset
            "/ru/novosti": lambda: self.send(200, NOVOSTI.encode("cp1251"),
                                             [("Content-Type", "text/html")]),
            "/de/radwege": lambda: self.send(200, RADWEGE.encode(), html),
            "/es/biblioteca": lambda: self.send(200, BIBLIOTECA.encode(), html),
            "/private/secret": lambda: self.send(200, b"<p>should never be fetched</p>", html),
            # a link that redirects into a path robots.txt disallows
            "/short/secret": lambda: self.send(302, b"", [("Location", "/private/secret")]),
        }
        route = routes.get(self.path)
        route() if route else self.send(404, b"not here", html)

    def send(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


ROBOTS = {  # by host name
    "127.0.0.1": (200, b"User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n"),
    "localhost": (503, b"busy"),
}


@pytest.fixture(scope="module")
def server():
    with serve(Handler) as httpd:
        yield httpd


@pytest.fixture
def base(server):
    server.hits = []
    return f"http://127.0.0.1:{server.server_port}"


def split(items):
    pages = [i for i in items if not isinstance(i, CronacaError)]
    errors = [i for i in items if isinstance(i, CronacaError)]
    return pages, errors


def test_a_feed_url_yields_one_page_per_item_and_broken_items_do_not_stop_it(base, server, caplog):
    items = list(iter_pages([f"{base}/feed.rss"], OPEN))
    pages, errors = split(items)
    assert [p.source for p in pages] == [f"{base}/it/ponte", f"{base}/ru/novosti",
                                         f"{base}/de/radwege", f"{base}/gone",
                                         f"{base}/es/biblioteca"]
    assert sorted(e.reason for e in errors) == ["bad_feed_item", "robots"]
    robots = next(e for e in errors if e.reason == "robots")
    assert robots.one_line() == f"{base}/private/secret: robots.txt of 127.0.0.1:{server.server_port} disallows it"
    assert ("127.0.0.1", "/private/secret") not in server.hits
    assert server.hits.count(("127.0.0.1", "/robots.txt")) == 1
    assert server.hits.count(("127.0.0.1", "/it/ponte")) == 1           # the duplicate is dropped
    bad = next(e for e in errors if e.reason == "bad_feed_item")
    assert bad.source == f"{base}/feed.rss#4" and "Senza link" in bad.one_line()


def test_a_page_in_an_unlabelled_encoding_keeps_its_bytes_for_decoding(base):
    pages, _ = split(iter_pages([f"{base}/feed.rss"], OPEN))
    novosti = next(p for p in pages if p.source.endswith("/ru/novosti"))
    text, encoding = decode(novosti.data, content_type=novosti.content_type)
    assert "Городской совет Томска" in text and encoding == "windows-1251"


def test_an_item_whose_link_fails_falls_back_to_the_feeds_own_text(base, caplog):
    pages, _ = split(iter_pages([f"{base}/feed.rss"], OPEN))
    gone = next(p for p in pages if p.source.endswith("/gone"))
    assert gone.url == f"{base}/gone" and gone.data is None and gone.kind == "html"
    assert "museo di Lecce" in gone.text and "<title>Sparito</title>" in gone.text
    assert 'property="article:published_time"' in gone.text
    assert any("using the feed's own text" in r.getMessage() for r in caplog.records)


def test_an_atom_feed_served_as_plain_xml_is_recognised(base):
    pages, errors = split(iter_pages([f"{base}/atom"], OPEN))
    assert errors == [] and [p.source for p in pages] == [f"{base}/it/ponte", f"{base}/de/radwege"]


def test_xml_that_is_not_a_feed_stays_one_page(base):
    pages, errors = split(iter_pages([f"{base}/sitemap.xml"], OPEN))
    assert errors == [] and len(pages) == 1 and pages[0].source == f"{base}/sitemap.xml"


def test_an_unparseable_or_empty_feed_is_one_error(base, tmp_path):
    broken = list(iter_pages([f"{base}/broken.rss"], OPEN))
    assert [e.reason for e in broken] == ["bad_feed"]
    (tmp_path / "nonsense.rss").write_text("questo non è un feed", "utf-8")
    (tmp_path / "empty.rss").write_text(rss(), "utf-8")
    items = list(iter_pages([str(tmp_path / "nonsense.rss"), str(tmp_path / "empty.rss")], OPEN))
    assert [i.reason for i in items] == ["bad_feed", "empty_feed"]
    assert all("\n" not in i.one_line() for i in items)


def test_local_feed_files_are_read_directly_and_in_directories(base, tmp_path):
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "notizie.rss").write_text(rss(item("Il ponte", f"{base}/it/ponte")), "utf-8")
    (folder / "atom.xml").write_text(ATOM.format(base=base), "utf-8")
    (folder / "settings.xml").write_text("<settings><a>1</a></settings>", "utf-8")
    pages, errors = split(iter_pages([str(folder)], OPEN))
    assert errors == []
    assert sorted(p.source for p in pages) == sorted([f"{base}/it/ponte"] * 2 + [f"{base}/de/radwege"])


def test_an_item_without_link_but_with_content_is_a_page_named_by_its_guid(tmp_path):
    feed = rss("<item><title>Solo testo</title><guid isPermaLink='false'>nota-17</guid>"
               "<content:encoded><![CDATA[<p>La fiera di Verona apre sabato.</p>]]>"
               "</content:encoded></item>")
    (tmp_path / "solo.rss").write_text(feed, "utf-8")
    pages, errors = split(iter_pages([str(tmp_path / "solo.rss")], OPEN))
    assert errors == [] and pages[0].source == f"{tmp_path / 'solo.rss'}#nota-17"
    assert "fiera di Verona" in pages[0].text


def test_known_items_are_not_fetched_again(base, server):
    known = {f"{base}/it/ponte"}
    pages, _ = split(iter_pages([f"{base}/clean.rss"], OPEN, known=known.__contains__))
    ponte = next(p for p in pages if p.source == f"{base}/it/ponte")
    assert ponte.data is None and ponte.text is None
    assert ("127.0.0.1", "/it/ponte") not in server.hits


def test_an_unreachable_robots_txt_means_nothing_is_fetched_from_that_host(server):
    url = f"http://localhost:{server.server_port}/it/ponte"
    server.hits = []
    crawler = Crawler(OPEN)
    for _ in range(2):
        with pytest.raises(CronacaError) as caught:
            crawler.fetch(url)
        assert caught.value.reason == "robots_unreachable" and caught.value.source == url
        assert "503" in caught.value.one_line()
    assert server.hits == [("localhost", "/robots.txt")]


def test_a_missing_robots_txt_allows_everything(server):
    ROBOTS["localhost"] = (404, b"")
    try:
        page = Crawler(OPEN).fetch(f"http://localhost:{server.server_port}/private/secret")
    finally:
        ROBOTS["localhost"] = (503, b"busy")
    assert page.data == b"<p>should never be fetched</p>"


def test_robots_txt_is_checked_again_for_every_redirect(base, server):
    with pytest.raises(CronacaError) as caught:
        Crawler(OPEN).fetch(f"{base}/short/secret")
    assert caught.value.reason == "robots"
    assert ("127.0.0.1", "/short/secret") in server.hits
    assert ("127.0.0.1", "/private/secret") not in server.hits


def test_private_hosts_stay_refused_without_allow_private(server):
    url = f"http://127.0.0.1:{server.server_port}/it/ponte"
    with pytest.raises(CronacaError) as caught:
        Crawler(FetchOptions()).fetch(url)
    assert caught.value.reason == "private_address" and caught.value.source == url


def test_requests_to_one_host_are_spaced_by_the_delay(base):
    now = [100.0]
    slept = []

    def sleep(seconds):
        slept.append(round(seconds, 3))
        now[0] += seconds
    crawler = Crawler(replace(OPEN, host_delay=2.5), clock=lambda: now[0], sleep=sleep)
    crawler.fetch(f"{base}/it/ponte")               # robots.txt, then the page
    crawler.fetch(f"{base}/de/radwege")
    assert slept == [2.5, 2.5]


def test_is_feed():
    assert is_feed(b"", "application/rss+xml; charset=utf-8")
    assert is_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c --><rss version="2.0">', "text/xml")
    assert is_feed(b'<rdf:RDF xmlns:rdf="x">', None)
    assert is_feed(b"<feed xmlns='http://www.w3.org/2005/Atom'>", "application/xml")
    assert not is_feed(b"<feed>", "text/html")
    assert not is_feed(b"<urlset>", "text/xml")


@pytest.mark.parametrize("robots, path, allowed", [
    ("User-agent: *\nDisallow: /private/", "/private/a", False),
    ("User-agent: *\nDisallow: /private/", "/public", True),
    ("User-agent: *\nDisallow: /*?print=", "/story?print=1", False),       # wildcard
    ("User-agent: *\nDisallow: /*.pdf$", "/a/b.pdf", False),
    ("User-agent: *\nDisallow: /*.pdf$", "/a/b.pdf?x=1", True),             # $ anchors
    ("User-agent: *\nDisallow: /news/\nAllow: /news/today", "/news/today/1", True),  # longest wins
    ("User-agent: *\nAllow: /a\nDisallow: /a", "/a", True),                 # tie: allow
    ("User-agent: *\nDisallow: /\n\nUser-agent: Cronaca\nAllow: /", "/x", True),   # our group
    ("User-agent: cronaca\nUser-agent: other\nDisallow: /x", "/x/1", False),      # shared group
    ("User-agent: other\nDisallow: /", "/x", True),                          # not for us
    ("Disallow: /\nUser-agent: *\nAllow: /", "/x", True),                   # rules before a group
    ("User-agent: *\nDisallow:", "/x", True),                               # empty disallow
    ("User-agent: *\nDisallow: /%C3%A9t%C3%A9", "/été/1", False),            # percent-encoding
    ("User-agent: *\nDisallow: /", "/robots.txt", True),
])
def test_robots_rules(robots, path, allowed):
    assert parse_robots(robots).allows("http://example.org" + path) is allowed


def test_crawl_delay_is_read_and_capped():
    assert parse_robots("User-agent: *\nCrawl-delay: 4").crawl_delay == 4.0
    assert parse_robots("User-agent: *\nCrawl-delay: 86400").crawl_delay == 30.0
    assert parse_robots("User-agent: *\nCrawl-delay: soon").crawl_delay is None


def test_cli_ingest_of_a_feed_stores_its_items_and_a_rerun_skips_them(base, tmp_path, monkeypatch):
    make = common.make_fetch_options
    monkeypatch.setattr(common, "make_fetch_options", lambda **kw: replace(make(**kw), host_delay=0))
    db = str(tmp_path / "feed.db")
    args = ["ingest", f"{base}/clean.rss", "--db", db, "--allow-private"]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.stderr
    assert "2 pages: 2 new" in first.stderr
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0 and "2 skipped" in again.stderr
