"""The corpus commands, and an ingest killed mid-run then resumed."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from click.testing import CliRunner

from cronaca.cli.main import cli

TEMPLATE = ("La giunta di {city} ha approvato il bilancio per il {n}, con {n} milioni di euro "
            "destinati alle scuole e ai trasporti.\n\n\"Abbiamo scelto di investire sui "
            "giovani\", ha detto Maria Conti, assessora al bilancio, presentando il piano numero {n}.\n")


def run(*args):
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.stdout + result.stderr
    return result


def write_pages(folder, count):
    folder.mkdir(exist_ok=True)
    for n in range(count):
        (folder / f"p{n:03}.txt").write_text(TEMPLATE.format(city=f"Città{n}", n=n), "utf-8")


def test_ingest_search_quotes_show_export(tmp_path):
    write_pages(tmp_path / "pages", 3)
    db = str(tmp_path / "c.db")
    result = run("ingest", str(tmp_path / "pages"), "--db", db)
    assert result.exit_code == 0 and "3 new" in result.stderr
    result = run("ingest", str(tmp_path / "pages"), "--db", db)
    assert "3 skipped" in result.stderr
    hits = json.loads(run("search", "bilancio", "--db", db, "-f", "json").stdout)
    assert len(hits) == 3
    quotes = json.loads(run("quotes", "--speaker", "Maria Conti", "--db", db, "-f", "json").stdout)
    assert len(quotes) == 3 and {q["speaker"] for q in quotes} == {"Maria Conti"}
    record = json.loads(run("show", str(hits[0]["id"]), "--db", db, "-f", "json").stdout)
    assert record["schema"] == "cronaca.article/1"
    lines = run("export", "--db", db, "-f", "jsonl").stdout.splitlines()
    assert len(lines) == 3


def test_reading_commands_on_a_missing_database_fail_in_one_line(tmp_path):
    db = str(tmp_path / "none.db")
    for args in (["search", "x"], ["show", "1"], ["export"], ["quotes", "--speaker", "X"]):
        result = run(*args, "--db", db)
        assert result.exit_code == 1 and "no corpus database" in result.stderr
    assert not os.path.exists(db)
    assert run("quotes").exit_code == 2


def test_a_killed_ingest_loses_nothing_and_resumes(tmp_path):
    pages, db = tmp_path / "pages", tmp_path / "k.db"
    write_pages(pages, 40)
    cmd = [sys.executable, "-m", "cronaca", "ingest", str(pages), "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.time() + 120
    try:
        while stored < 3 and time.time() < deadline and proc.poll() is None:
            time.sleep(0.2)
            if db.exists():          # a reader works while the ingest writes
                try:
                    with sqlite3.connect(db, timeout=5) as conn:
                        stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                except sqlite3.OperationalError:
                    stored = 0       # tables not created yet
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert 3 <= stored < 40, "the ingest finished before it could be killed"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert kept >= stored
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert f"{kept} skipped" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 40
