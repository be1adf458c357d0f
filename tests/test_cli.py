"""The analyze command: formats, exit codes, one-line errors, summaries."""
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from cronaca.cli.main import cli
from cronaca.schema import validate_article


def run(*args, input=None):
    result = CliRunner().invoke(cli, list(args), input=input)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def records(stdout):
    out = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    for record in out:
        validate_article(record)
    return out


def test_one_input_gives_one_json_document(fixtures):
    page = fixtures / "html" / "es_noticia.html"
    result = run("analyze", str(page))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    validate_article(record)
    assert record["source"] == str(page)
    assert record["language"] == "es"
    assert record["title"] == "El ayuntamiento de Valladolid aprueba un plan de bicicletas"
    assert record["metadata"]["published"] == "2026-03-14"


def test_several_inputs_give_jsonl_and_a_summary(fixtures, tmp_path):
    page = fixtures / "html" / "es_noticia.html"
    missing = tmp_path / "missing.html"
    result = run("analyze", str(page), str(missing), str(page))
    assert result.exit_code == 1
    assert [r["source"] for r in records(result.stdout)] == [str(page), str(page)]
    assert f"cronaca: {missing}: no such file or directory" in result.stderr
    assert "analysed 2 of 3 pages; 1 failed (1 not_found)" in result.stderr


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
    (b"   \n\n  ", "empty"),
])
def test_bad_single_inputs_get_one_line_and_exit_1(tmp_path, content, reason):
    path = tmp_path / "page.html"
    path.write_bytes(content)
    result = run("analyze", str(path))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"cronaca: {path}: ")


def test_a_page_over_the_size_cap(tmp_path):
    path = tmp_path / "huge.html"
    with open(path, "wb") as out:
        out.write(b"<html><body><p>")
        out.write(b"parole " * (50 * 1024 * 1024 // 7))
    result = run("analyze", str(path))
    assert result.exit_code == 1
    assert "over the size cap" in result.stderr and "--max-bytes" in result.stderr


def test_a_directory_with_no_pages(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    result = run("analyze", str(tmp_path))
    assert result.exit_code == 1
    assert "holds no pages" in result.stderr


def test_usage_errors_exit_2():
    assert run("analyze").exit_code == 2
    assert run("analyze", "--format", "yaml", "x.html").exit_code == 2
    assert run("analyze", "--timeout", "-3", "x.html").exit_code == 2


@pytest.mark.parametrize("fmt, needle", [("markdown", "# El ayuntamiento"),
                                         ("text", "El pleno municipal"),
                                         ("report", "Removed lines")])
def test_other_formats(fixtures, fmt, needle):
    result = run("analyze", "--format", fmt, str(fixtures / "html" / "es_noticia.html"))
    assert result.exit_code == 0 and needle in result.stdout


def test_stdin_text(tmp_path):
    text = ("Vai al contenuto\n\nIl sindaco di Trento ha inaugurato ieri la nuova biblioteca "
            "civica, costata quattro milioni di euro e aperta anche la domenica.\n\n"
            "I lavori sono durati due anni e hanno coinvolto imprese della provincia.\n")
    result = run("analyze", "--format", "json", "-", input=text.encode())
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"] == "-" and record["language"] == "it"


def test_every_command_has_help():
    for args in (["--help"], ["analyze", "--help"], ["eval", "--help"], ["eval", "lines", "--help"],
                 ["schema", "--help"]):
        result = run(*args)
        assert result.exit_code == 0 and "Usage:" in result.stdout


def test_the_installed_command_never_shows_a_traceback(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8" * 10 + b"\x00" * 100)
    proc = subprocess.run([sys.executable, "-m", "cronaca", "analyze", str(bad),
                           str(tmp_path / "nope")], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.count("cronaca: ") == 3   # two errors and the summary


@pytest.fixture
def local_site():
    """A news page and a page that never answers, on 127.0.0.1."""
    import http.server
    import time

    page = ("<html lang='it'><head><title>Nuovo ponte a Pisa</title></head><body><article>"
            "<p>Il comune di Pisa ha inaugurato sabato il nuovo ponte pedonale sull'Arno, "
            "dopo tre anni di lavori e una spesa di sei milioni di euro.</p>"
            "<p>Il sindaco ha detto che il ponte sarà illuminato tutta la notte.</p>"
            "</article></body></html>").encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            if self.path == "/slow":
                time.sleep(2)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

    from localserver import serve
    with serve(Handler) as server:
        yield f"http://127.0.0.1:{server.server_address[1]}"


def test_urls_on_private_addresses_are_refused_unless_allowed(local_site):
    refused = run("analyze", f"{local_site}/news")
    assert refused.exit_code == 1
    assert "--allow-private" in refused.stderr and len(refused.stderr.splitlines()) == 1
    allowed = run("analyze", "--allow-private", f"{local_site}/news")
    assert allowed.exit_code == 0, allowed.stderr
    record = json.loads(allowed.stdout)
    assert record["source"] == f"{local_site}/news" and record["language"] == "it"
    assert record["metadata"]["fetched_at"]


def test_a_url_that_times_out_does_not_stop_the_batch(local_site, fixtures):
    page = str(fixtures / "html" / "es_noticia.html")
    result = run("analyze", "--allow-private", "--timeout", "0.3", f"{local_site}/slow", page)
    assert result.exit_code == 1
    assert [r["source"] for r in records(result.stdout)] == [page]
    assert "no answer within 0.3 seconds" in result.stderr
    assert "1 timeout" in result.stderr


def test_schema_command_prints_the_schema():
    result = run("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["properties"]["schema"]["const"] == "cronaca.article/1"


def test_inputs_that_once_broke_a_batch(tmp_path, fixtures):
    good = str(fixtures / "html" / "es_noticia.html")
    surrogate = tmp_path / "s.jsonl"
    surrogate.write_text('{"text": "Il ministro ha detto \\ud800 che la crescita era forte, '
                         'e gli analisti hanno confermato le stime di primavera."}\n')
    nested = tmp_path / "nested.jsonl"
    nested.write_text("[" * 100000 + "]" * 100000 + "\n")
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    result = run("analyze", "-f", "jsonl", str(surrogate), str(nested), str(fifo), good)
    assert result.exit_code == 1
    sources = [r["source"] for r in records(result.stdout)]
    assert sources == [f"{surrogate}:1", good]
    assert "\ufffd" in records(result.stdout)[0]["text"]
    assert "not a regular file" in result.stderr
    assert "analysed 2 of 4 pages" in result.stderr


def test_a_long_unbroken_token_is_fast_enough_to_finish(tmp_path):
    page = tmp_path / "blob.html"
    page.write_text("<html><body><article><p>Il sindaco ha parlato a lungo della nuova "
                    "piazza del mercato e dei lavori che cominceranno in primavera. "
                    + "x" * 200000 + "</p></article></body></html>")
    assert run("analyze", "-f", "json", str(page)).exit_code == 0


def test_broken_markup_is_tolerated(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text("<html><head><title>Sciopero dei treni</title><body><div><p>Lo sciopero "
                    "nazionale dei treni di venerdì <b>ha fermato quasi metà dei convogli regionali"
                    "<p>I sindacati hanno chiesto un incontro al ministero entro la fine del mese, "
                    "mentre le aziende parlano di adesione limitata.</div></span></td>")
    result = run("analyze", "-f", "json", str(page))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert "sindacati hanno chiesto" in record["text"] and record["language"] == "it"


def test_eval_lines_command(tmp_path):
    (tmp_path / "it").mkdir()
    doc = {"text": ["Vai al contenuto",
                    "Il consiglio regionale ha approvato ieri la legge sul trasporto pubblico, "
                    "che entrerà in vigore a gennaio e prevede nuove corse serali.",
                    "Condividi su Facebook"],
           "labels": ["0", "1", "0"]}
    (tmp_path / "it" / "dev.json").write_text(json.dumps([doc]))
    result = run("eval", "lines", "--json", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert '"f1": 1.0' in result.stdout


def test_quotes_command_csv_after_a_failed_input(tmp_path):
    page = tmp_path / "q.txt"
    page.write_text("«Apriremo il cantiere a maggio», ha detto il sindaco Luca Neri durante "
                    "la conferenza stampa di ieri in municipio.\n")
    result = run("quotes", "-f", "csv", str(tmp_path / "missing.txt"), str(page))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("source,speaker,")
    assert len(lines) == 2 and "Apriremo il cantiere a maggio" in lines[1]
    assert "Luca Neri" in lines[1]


def test_a_missing_optional_backend_is_a_usage_error_naming_the_install(monkeypatch, fixtures):
    import importlib.util
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "spacy" else real(name, *a))
    result = run("analyze", "--entities-backend", "spacy",
                 str(fixtures / "html" / "es_noticia.html"))
    assert result.exit_code == 2
    assert "pip install" in result.stderr and "spacy" in result.stderr


@pytest.mark.parametrize("args", [
    ["eval", "lines", "{d}"],
    ["eval", "quotes", "--polnear", "{d}"],
    ["eval", "entities", "--bsnlp", "{d}"],
])
def test_eval_on_a_folder_with_nothing_to_score_is_a_usage_error(tmp_path, args):
    (tmp_path / "train").mkdir()         # a PolNeAR split folder given instead of its parent
    result = run(*[a.format(d=tmp_path) for a in args])
    assert result.exit_code == 2
    assert "holds no" in result.output and "Traceback" not in result.output


def test_eval_on_malformed_files_says_what_was_expected(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "dev.json").write_text('{"a": 1}', "utf-8")
    result = run("eval", "lines", str(tmp_path))
    assert result.exit_code == 2 and "not labelled lines" in result.output
    conll = tmp_path / "x.tsv"
    conll.write_text("just words\nno tags here\n", "utf-8")
    result = run("eval", "entities", "--conll", str(conll))
    assert result.exit_code == 2 and "holds no gold entities" in result.output


def test_the_progress_bar_knows_its_total_when_it_is_cheap(tmp_path):
    from cronaca.cli.progress import _count_pages
    (tmp_path / "sub").mkdir()
    for name in ("a.html", "b.txt", "sub/c.htm", "notes.pdf", ".hidden.html"):
        (tmp_path / name).write_text("x")
    assert _count_pages([str(tmp_path)]) == 3
    assert _count_pages([str(tmp_path / "a.html"), str(tmp_path / "b.txt")]) == 2
    (tmp_path / "sub" / "more.jsonl").write_text("{}")
    assert _count_pages([str(tmp_path)]) is None
    assert _count_pages(["https://example.org/feed"]) is None
