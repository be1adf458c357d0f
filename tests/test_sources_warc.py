"""WARC and WARC.gz archives, written in each test with warcio's own writer."""
from __future__ import annotations

import gzip
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cronaca.corpus import Corpus
from cronaca.errors import CronacaError
from cronaca.options import AnalyzeOptions, FetchOptions
from cronaca.sources import iter_pages
from cronaca.sources.warc import warc_pages

OPTIONS = FetchOptions()

ITALIAN = ("<html><head><title>Il ponte</title></head><body><article><p>Il consiglio comunale "
           "di Trento ha approvato ieri sera il progetto del nuovo ponte sull'Adige.</p><p>"
           "\"Sarà pronto entro due anni\", ha detto la sindaca Laura Bassi.</p></article>"
           "</body></html>")
GERMAN = ("<html><body><article><p>Der Stadtrat von Graz hat am Montag neue Radwege "
          "beschlossen. Die Bauarbeiten beginnen im Frühling.</p></article></body></html>")
SPANISH = "Texto plano: la biblioteca de Cádiz abrirá los domingos a partir de marzo."


def _http(content_type, *extra, status="200 OK"):
    headers = [("Content-Type", content_type)] if content_type else []
    return StatusAndHeaders(status, headers + list(extra), protocol="HTTP/1.1")


def _chunked(body: bytes) -> bytes:
    half = len(body) // 2
    parts = [body[:half], body[half:]]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


def write_warc(path, records, gz=True):
    """records: (type, url, http headers or None, body, warc headers dict)."""
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gz)
        for rec_type, url, http, body, warc_headers in records:
            record = writer.create_warc_record(url, rec_type, payload=io.BytesIO(body),
                                               http_headers=http, warc_headers_dict=warc_headers)
            writer.write_record(record)
    return str(path)


def mixed_records():
    date = {"WARC-Date": "2024-03-05T10:20:30Z"}
    request = StatusAndHeaders("GET /ponte HTTP/1.1", [("Host", "example.org")],
                               is_http_request=True)
    return [
        ("warcinfo", None, None, b"software: hand-made test\r\n", {}),
        ("request", "https://example.org/ponte", request, b"", {}),
        ("response", "https://example.org/ponte", _http("text/html; charset=utf-8"),
         ITALIAN.encode(), date),
        ("metadata", "https://example.org/ponte", None, b"outlinks: none\r\n", {}),
        ("response", "https://example.org/logo.png", _http("image/png"),
         b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, {}),
        ("response", "https://example.org/missing", _http("text/html", status="404 Not Found"),
         b"<html><body>Not found</body></html>", {}),
        ("response", "https://example.de/graz", _http("text/html", ("Content-Encoding", "gzip"),
                                                      ("Transfer-Encoding", "chunked")),
         _chunked(gzip.compress(GERMAN.encode("utf-8"))), {}),
        ("response", "https://example.es/cadiz", _http("text/plain; charset=utf-8"),
         SPANISH.encode(), {}),
        ("revisit", "https://example.org/ponte", None, b"", {}),
    ]


def split(items):
    pages = [i for i in items if not isinstance(i, CronacaError)]
    errors = [i for i in items if isinstance(i, CronacaError)]
    return pages, errors


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_html_and_text_responses_become_pages_and_the_rest_is_skipped(tmp_path, gz):
    path = write_warc(tmp_path / ("a.warc.gz" if gz else "a.warc"), mixed_records(), gz=gz)
    pages, errors = split(list(warc_pages(path, OPTIONS)))
    assert errors == []
    assert [p.url for p in pages] == ["https://example.org/ponte", "https://example.de/graz",
                                      "https://example.es/cadiz"]
    ponte, graz, cadiz = pages
    assert ponte.data == ITALIAN.encode() and ponte.kind == "html"
    assert ponte.fetched_at == "2024-03-05T10:20:30Z"
    assert ponte.content_type == "text/html; charset=utf-8"
    assert graz.data == GERMAN.encode()             # chunked, then gzip: both undone
    assert cadiz.kind == "text"
    assert all(p.source.startswith(path + ":") for p in pages)
    assert len({p.source for p in pages}) == 3


def test_sources_are_stable_across_runs(tmp_path):
    path = write_warc(tmp_path / "a.warc.gz", mixed_records())
    first = [p.source for p in warc_pages(path, OPTIONS)]
    again = [p.source for p in warc_pages(path, OPTIONS)]
    assert first == again


def test_a_truncated_warc_gz_yields_the_good_records_then_one_error(tmp_path):
    full = write_warc(tmp_path / "full.warc.gz", mixed_records())
    data = open(full, "rb").read()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[:len(data) - 40])      # inside the last member (the revisit)
    pages, errors = split(list(warc_pages(str(cut), OPTIONS)))
    assert len(pages) == 3
    assert len(errors) == 1 and "was the download interrupted?" in errors[0].one_line()
    # Cut in the middle: whatever comes before the cut is read, then one error.
    cut.write_bytes(data[:len(data) // 2])
    pages, errors = split(list(warc_pages(str(cut), OPTIONS)))
    assert len(errors) == 1 and errors[0].reason == "not_readable"
    assert [p.url for p in pages] == ["https://example.org/ponte"][:len(pages)]


def test_a_truncated_plain_warc_names_the_record_cut_short(tmp_path):
    full = write_warc(tmp_path / "full.warc", mixed_records()[:3], gz=False)
    data = open(full, "rb").read()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[:-60])                  # inside the Italian page's body
    items = list(warc_pages(str(cut), OPTIONS))
    assert len(items) == 1 and items[0].reason == "not_readable"
    assert items[0].source.startswith(str(cut) + ":")
    assert "truncated WARC data" in items[0].one_line()


def _malformed_warc(tmp_path):
    """A plain archive whose Graz record has a broken header line; and its records."""
    full = write_warc(tmp_path / "full.warc", mixed_records(), gz=False)
    data = open(full, "rb").read()
    graz = data.index(b"WARC/1.0", data.index(b"example.de/graz") - 400)
    bad = data[:graz] + b"WARC/banana\r\nno: headers\r\n\r\n" + data[graz + 8:]
    starts = [i for i in range(len(bad)) if bad.startswith((b"WARC/1.0", b"WARC/banana"), i)
              and (i == 0 or bad[i - 1:i] == b"\n")]
    return bad, graz, starts


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_a_malformed_record_is_reported_and_the_records_after_it_are_read(tmp_path, gz):
    bad, graz, starts = _malformed_warc(tmp_path)
    path = tmp_path / ("bad.warc.gz" if gz else "bad.warc")
    if gz:                                       # one gzip member a record, as crawlers write
        ends = starts[1:] + [len(bad)]
        path.write_bytes(b"".join(gzip.compress(bad[a:b]) for a, b in zip(starts, ends)))
    else:
        path.write_bytes(bad)
    pages, errors = split(list(warc_pages(str(path), OPTIONS)))
    assert [p.url for p in pages] == ["https://example.org/ponte", "https://example.es/cadiz"]
    cadiz = bad.index(b"WARC/1.0", bad.index(b"example.es/cadiz") - 400)
    assert pages[1].source == f"{path}:{cadiz}"  # the offset is right after the resync
    assert len(errors) == 1 and errors[0].reason == "bad_warc"
    assert errors[0].source == f"{path}:{graz}"
    assert "\n" not in errors[0].one_line()


def test_a_file_that_is_not_a_warc_is_one_error(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_text("Appunti della riunione: niente di importante.\n", "utf-8")
    items = list(warc_pages(str(path), OPTIONS))
    assert len(items) == 1 and items[0].reason == "bad_warc"


def test_an_archive_without_pages_says_what_it_skipped(tmp_path):
    path = write_warc(tmp_path / "img.warc.gz", mixed_records()[4:6])
    items = list(warc_pages(path, OPTIONS))
    assert len(items) == 1 and items[0].reason == "empty_warc"
    assert "image/png" in items[0].one_line() and "response 404" in items[0].one_line()


def test_the_size_cap_applies_per_record(tmp_path):
    big = "<html><body><p>" + "Parola " * 5000 + "</p></body></html>"
    records = [("response", "https://example.org/big", _http("text/html"), big.encode(), {}),
               ("response", "https://example.es/cadiz", _http("text/plain"), SPANISH.encode(), {})]
    path = write_warc(tmp_path / "a.warc.gz", records)
    pages, errors = split(list(warc_pages(path, FetchOptions(max_bytes=10_000))))
    assert [p.url for p in pages] == ["https://example.es/cadiz"]
    assert len(errors) == 1 and errors[0].reason == "too_large"
    assert errors[0].source.startswith(path + ":")


def test_a_response_without_content_type_is_taken_if_it_looks_like_html(tmp_path):
    records = [("response", "https://example.org/a", _http(None), ITALIAN.encode(), {}),
               ("response", "https://example.org/b", _http(None), b"\x00\x01binary", {})]
    path = write_warc(tmp_path / "a.warc", records, gz=False)
    pages, errors = split(list(warc_pages(path, OPTIONS)))
    assert [p.url for p in pages] == ["https://example.org/a"] and errors == []


def test_iter_pages_reads_archives_given_directly_and_inside_directories(tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    write_warc(folder / "one.warc.gz", mixed_records())
    write_warc(folder / "two.warc", mixed_records()[:3], gz=False)
    pages, errors = split(list(iter_pages([str(folder)], OPTIONS)))
    assert errors == [] and len(pages) == 4
    pages, errors = split(list(iter_pages([str(folder / "two.warc")], OPTIONS)))
    assert errors == [] and len(pages) == 1


def test_a_reingest_of_an_unchanged_archive_skips_its_records(tmp_path):
    path = write_warc(tmp_path / "a.warc.gz", mixed_records())
    with Corpus(str(tmp_path / "c.db"), create=True) as corpus:
        first = corpus.ingest([path], AnalyzeOptions())
        again = corpus.ingest([path], AnalyzeOptions())
    assert first.new == 3 and not first.failed
    assert again.skipped == 3 and again.new == 0
