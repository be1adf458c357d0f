"""iter_pages(): files, directories, .gz, JSONL, stdin and URLs; errors are yielded."""
from __future__ import annotations

import gzip
import io
import json
import os
import sys

import pytest

from cronaca.errors import CronacaError
from cronaca.options import FetchOptions
from cronaca.sources import Page, iter_pages

files_module = sys.modules["cronaca.sources.files"]

HTML = "<html><body><p>Путин и Ким встретились во Владивостоке.</p></body></html>"
TEXT = "Vertice Putin-Kim\n\nSecondo fonti russe, il vertice si è svolto ieri.\n"
OPTIONS = FetchOptions()


def pages(inputs, options=OPTIONS, **kw) -> list[Page | CronacaError]:
    return list(iter_pages([str(i) for i in inputs], options, **kw))


def reasons(items) -> list[str]:
    return [i.reason if isinstance(i, CronacaError) else "page" for i in items]


def write(path, data: bytes | str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


@pytest.fixture
def fake_fetch(monkeypatch):
    """Record fetches instead of making them; test_fetch.py covers the real thing."""
    calls = []

    def fetch(url, options, *, source=None):
        calls.append((url, source))
        if "fail" in url:
            raise CronacaError("http_error", source or url, detail="404 Not Found")
        return Page(source=source or url, data=b"<p>fetched</p>", url=url)
    monkeypatch.setattr(files_module, "fetch", fetch)
    return calls


# -- files and directories ---------------------------------------------------------

def test_one_file_with_a_kind_hint(tmp_path):
    path = write(tmp_path / "a.html", HTML.encode("utf-8"))
    [page] = pages([path])
    assert page == Page(source=str(path), data=HTML.encode(), kind="html")


@pytest.mark.parametrize("name, kind", [("a.htm", "html"), ("a.xhtml", "html"),
                                        ("a.TXT", "text"), ("page", None), ("a.md", None)])
def test_kind_hints(tmp_path, name, kind):
    [page] = pages([write(tmp_path / name, "x")])
    assert page.kind == kind


def test_missing_path_does_not_stop_the_batch(tmp_path):
    good = write(tmp_path / "good.txt", TEXT)
    items = pages([tmp_path / "missing.html", good])
    assert reasons(items) == ["not_found", "page"]
    assert items[0].source == str(tmp_path / "missing.html")
    assert items[0].one_line().endswith("no such file or directory")


def test_directory_is_recursive_sorted_and_skips_hidden_and_other_files(tmp_path):
    for name in ["b.html", "a.txt", "sub/c.htm", "sub/deeper/d.html.gz", ".hidden.html",
                 ".git/e.html", "notes.md", "image.png", "sub/z.xhtml"]:
        data = gzip.compress(HTML.encode()) if name.endswith(".gz") else HTML.encode()
        write(tmp_path / name, data)
    items = pages([tmp_path])
    rel = [os.path.relpath(p.source, tmp_path) for p in items]
    assert rel == ["a.txt", "b.html", "sub/c.htm", "sub/z.xhtml", "sub/deeper/d.html.gz"]
    assert all(p.data == HTML.encode() for p in items)
    assert items[-1].kind == "html"


@pytest.mark.parametrize("names", [[], [".hidden.html"], ["notes.md", "sub/x.csv"]])
def test_a_directory_without_pages(tmp_path, names):
    for name in names:
        write(tmp_path / name, "x")
    [err] = pages([tmp_path])
    assert err.reason == "empty_dir" and err.source == str(tmp_path)


def test_a_file_over_the_cap_is_not_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.html"
    with open(path, "wb") as f:
        f.truncate(3 * 1024 ** 3)          # sparse: 3 GB on paper, nothing on disk
    monkeypatch.setattr("builtins.open", lambda *a, **kw: pytest.fail("opened the file"))
    [err] = pages([path])
    assert err.reason == "too_large"
    assert err.one_line() == (f"{path}: the page is 3 GB, over the size cap of 20 MB; "
                              "raise it with --max-bytes")


def test_an_unreadable_file_does_not_stop_the_batch(tmp_path, monkeypatch):
    secret, good = write(tmp_path / "secret.html", HTML), write(tmp_path / "good.html", HTML)
    real_open = open

    def guarded_open(path, *args, **kw):
        if str(path) == str(secret):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kw)
    monkeypatch.setattr("builtins.open", guarded_open)
    items = pages([tmp_path])
    assert reasons(items) == ["page", "not_readable"]
    assert items[0].source == str(good)
    assert items[1].one_line() == f"{secret}: cannot read it (Permission denied)"


def test_path_objects_are_accepted(tmp_path):
    path = write(tmp_path / "a.txt", TEXT)
    assert list(iter_pages([path], OPTIONS))[0].source == str(path)


# -- gzip ---------------------------------------------------------------------------

def test_gz_file_is_gunzipped(tmp_path):
    [page] = pages([write(tmp_path / "a.txt.gz", gzip.compress(TEXT.encode()))])
    assert page.data == TEXT.encode() and page.kind == "text"


def test_gzip_content_under_an_html_name_is_gunzipped(tmp_path):
    [page] = pages([write(tmp_path / "saved.html", gzip.compress(HTML.encode()))])
    assert page.data == HTML.encode()


def test_truncated_gz(tmp_path):
    data = gzip.compress(HTML.encode() * 50)
    [err] = pages([write(tmp_path / "cut.html.gz", data[: len(data) // 2])])
    assert err.reason == "not_readable" and "truncated gzip data" in err.message


def test_gz_bomb_is_capped(tmp_path):
    path = write(tmp_path / "bomb.html.gz", gzip.compress(b" " * 5_000_000))
    [err] = pages([path], FetchOptions(max_bytes=100_000))
    assert err.reason == "too_large"


# -- JSONL --------------------------------------------------------------------------

def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                   for r in records)


def test_jsonl_records(tmp_path, fake_fetch):
    path = write(tmp_path / "feed.jsonl", jsonl(
        {"url": "https://news.example/a", "html": HTML},
        {"text": TEXT},
        "",
        {"url": "https://news.example/b"},
        "not json at all",
        {"title": "no body"},
        {"html": "   "},
        ["a", "list"],
        {"url": "https://news.example/fail"},
        {"text": TEXT, "id": 42},
        {"html": HTML, "source": "archive/2024/a.html"},
    ))
    items = pages([path])
    p = str(path)
    assert reasons(items) == ["page", "page", "page", "bad_jsonl", "bad_jsonl", "empty",
                              "bad_jsonl", "http_error", "page", "page"]
    assert items[0] == Page(source=f"{p}:1", text=HTML, kind="html", url="https://news.example/a")
    assert items[1] == Page(source=f"{p}:2", text=TEXT, kind="text")
    assert items[2].source == f"{p}:4" and items[2].url == "https://news.example/b"
    assert fake_fetch == [("https://news.example/b", f"{p}:4"),
                          ("https://news.example/fail", f"{p}:9")]
    assert items[3].one_line() == (f"{p}: line 5 is not a JSON object with a 'url', "
                                   "'html' or 'text' field")
    assert [items[4].fields["detail"], items[6].fields["detail"]] == [6, 8]
    assert items[5].source == f"{p}:7"
    assert items[7].source == f"{p}:9"
    assert items[8].source == "42" and items[9].source == "archive/2024/a.html"


def test_jsonl_gz(tmp_path):
    path = write(tmp_path / "feed.jsonl.gz", gzip.compress(jsonl({"text": TEXT}, {"html": HTML}).encode()))
    assert [p.source for p in pages([path])] == [f"{path}:1", f"{path}:2"]


def test_truncated_jsonl_gz_keeps_the_pages_before_the_cut(tmp_path):
    data = gzip.compress(jsonl(*[{"text": f"{TEXT} {i}"} for i in range(2000)]).encode())
    items = pages([write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2])])
    assert reasons(items)[-1] == "not_readable" and set(reasons(items)[:-1]) == {"page"}
    assert "truncated gzip data" in items[-1].message and len(items) > 100


def test_jsonl_is_capped_per_line_not_per_file(tmp_path):
    big = {"text": "x" * 5000}
    path = write(tmp_path / "feed.jsonl", jsonl({"text": TEXT}, big, {"text": TEXT}, *[{"text": TEXT}] * 50))
    items = pages([path], FetchOptions(max_bytes=1000))
    assert reasons(items)[:3] == ["page", "too_large", "page"] and len(items) == 53
    assert items[1].source == f"{path}:2" and items[2].source == f"{path}:3"


def test_empty_jsonl(tmp_path):
    [err] = pages([write(tmp_path / "none.jsonl", "\n\n")])
    assert err.reason == "empty"


def test_json_file_with_one_record_or_a_list(tmp_path):
    one = write(tmp_path / "one.json", json.dumps({"html": HTML, "url": "https://news.example/x"}))
    many = write(tmp_path / "many.json", json.dumps([{"text": TEXT}, {"nope": 1}]))
    items = pages([one, many])
    assert reasons(items) == ["page", "page", "bad_jsonl"]
    assert items[0].source == str(one) and items[0].url == "https://news.example/x"
    assert items[1].source == f"{many}:1"


def test_jsonl_in_a_directory(tmp_path):
    write(tmp_path / "a.html", HTML)
    write(tmp_path / "b.jsonl", jsonl({"text": TEXT}, {"text": TEXT}))
    assert len(pages([tmp_path])) == 3


# -- stdin and URLs ---------------------------------------------------------------------

def test_stdin_page():
    [page] = pages(["-"], stdin=io.BytesIO(HTML.encode("utf-8")))
    assert page == Page(source="-", data=HTML.encode())


def test_stdin_jsonl():
    data = jsonl({"text": TEXT}, "", {"html": HTML}).encode()
    items = pages(["-"], stdin=io.BytesIO(data))
    assert [p.source for p in items] == ["-:1", "-:3"]


def test_stdin_with_one_non_json_line_is_one_page():
    data = (jsonl({"text": TEXT}) + "and then some prose\n").encode()
    [page] = pages(["-"], stdin=io.BytesIO(data))
    assert page.data == data


def test_stdin_text_stream_and_gzip():
    [page] = pages(["-"], stdin=io.StringIO(TEXT))
    assert page.data == TEXT.encode()
    [page] = pages(["-"], stdin=io.BytesIO(gzip.compress(TEXT.encode())))
    assert page.data == TEXT.encode()


def test_stdin_over_the_cap():
    options = FetchOptions(max_bytes=1000)
    [err] = pages(["-"], options, stdin=io.BytesIO(b"<p>" + b"x" * 2000))
    assert err.reason == "too_large" and err.source == "-"
    # ...but a long JSONL stream is read line by line.
    data = jsonl(*[{"text": f"{TEXT} {i}"} for i in range(100)]).encode()
    items = pages(["-"], options, stdin=io.BytesIO(data))
    assert reasons(items) == ["page"] * 100 and items[-1].text.endswith(" 99")


def test_urls_are_fetched(fake_fetch):
    items = pages(["https://news.example/a", "http://news.example/fail"])
    assert reasons(items) == ["page", "http_error"]
    assert fake_fetch == [("https://news.example/a", None), ("http://news.example/fail", None)]


def test_other_schemes_are_bad_urls():
    [err] = pages(["ftp://news.example/a.html"])
    assert err.reason == "bad_url" and err.source == "ftp://news.example/a.html"
