"""The SQLite corpus: idempotent ingest, updates, search, quotes by speaker, export."""
import json
import sqlite3

import pytest

from cronaca.corpus import Corpus, Filters
from cronaca.errors import CronacaError
from cronaca.schema import validate_article

IT = ("Il sindaco di Trento, Franco Ianeselli, ha presentato ieri il nuovo piano per le "
      "piste ciclabili della città.\n\n\"Vogliamo che i ragazzi vadano a scuola in bicicletta "
      "senza paura\", ha detto Ianeselli durante la conferenza stampa.\n")
DE = ("Die Stadt Graz baut bis 2027 zwei neue Straßenbahnlinien, teilte Bürgermeisterin "
      "Elke Kahr am Dienstag mit.\n\n„Wir wollen, dass niemand mehr auf das Auto angewiesen "
      "ist“, sagte Kahr vor Journalisten im Rathaus.\n")


@pytest.fixture()
def pages(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "it.txt").write_text(IT, "utf-8")
    (folder / "de.txt").write_text(DE, "utf-8")
    return folder


@pytest.fixture()
def corpus(tmp_path):
    with Corpus(tmp_path / "c.db") as c:
        yield c


def test_ingest_twice_gives_one_article_each(corpus, pages):
    first = corpus.ingest([str(pages)])
    assert (first.new, first.total) == (2, 2)
    again = corpus.ingest([str(pages)])
    assert (again.new, again.skipped) == (0, 2)
    forced = corpus.ingest([str(pages)], refresh=True)
    assert (forced.new, forced.unchanged) == (0, 2)
    assert corpus.counts()["articles"] == 2


def test_the_same_text_under_another_name_is_the_same_article(corpus, pages, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(IT, "utf-8")
    corpus.ingest([str(pages)])
    stats = corpus.ingest([str(copy)])
    assert (stats.new, stats.unchanged) == (0, 1)
    assert corpus.article(str(copy)).text == corpus.article(str(pages / "it.txt")).text


def test_a_changed_page_is_updated_not_duplicated(corpus, pages):
    corpus.ingest([str(pages)])
    page = pages / "it.txt"
    page.write_text(IT.replace("ieri", "lunedì") + "\nIl piano costa 12 milioni di euro.\n", "utf-8")
    stats = corpus.ingest([str(pages)])
    assert (stats.updated, stats.skipped) == (1, 1)
    assert corpus.counts()["articles"] == 2
    assert "12 milioni" in corpus.article(str(page)).text
    assert corpus.search("lunedì")[0]["source"] == str(page)
    assert corpus.search("ieri") == []          # the full-text index follows the update


def test_search_with_filters(corpus, pages):
    corpus.ingest([str(pages)])
    assert [h["language"] for h in corpus.search("Straßenbahnlinien")] == ["de"]
    assert corpus.search("Straßenbahnlinien", Filters(language="it")) == []
    assert corpus.search("Strassenbahnlinien OR ciclabili", Filters(speaker="Ianeselli"))
    assert corpus.search('"unbalanced') == []    # a broken FTS5 query falls back to words


def test_quotes_by_speaker_across_articles(corpus, pages):
    corpus.ingest([str(pages)])
    quotes = corpus.quotes_by("Franco Ianeselli")
    assert quotes and all(q["speaker"] == "Franco Ianeselli" for q in quotes)
    assert any("bicicletta" in q["text"] for q in quotes)
    assert corpus.quotes_by("Kahr")[0]["language"] == "de"
    assert corpus.quotes_by("Nobody Atall") == []


def test_the_raw_page_is_kept_compressed(corpus, pages):
    import zlib
    corpus.ingest([str(pages)])
    raw = corpus.conn.execute("SELECT raw_z FROM raw_pages JOIN sources USING (article) "
                              "WHERE source = ?", (str(pages / "de.txt"),)).fetchone()[0]
    assert zlib.decompress(raw).decode("utf-8") == DE


def test_export_formats(corpus, pages, tmp_path):
    import io
    corpus.ingest([str(pages)])
    out = io.StringIO()
    assert corpus.export("jsonl", out) == 2
    for line in out.getvalue().splitlines():
        validate_article(json.loads(line))
    out = io.StringIO()
    corpus.export("jsonld", out)
    node = json.loads(out.getvalue().splitlines()[0])
    assert node["@type"] == "NewsArticle" and node["hasPart"][0]["@type"] == "Quotation"
    out = io.StringIO()
    corpus.export("csv", out)
    assert out.getvalue().splitlines()[0].startswith("id,article_id,source")


def test_a_bad_page_does_not_stop_the_ingest(corpus, pages):
    (pages / "empty.txt").write_text("   \n", "utf-8")
    (pages / "bin.html").write_bytes(b"\x00\x01\x02" * 50)
    stats = corpus.ingest([str(pages)])
    assert stats.new == 2 and sum(stats.failed.values()) == 2


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_text("these are not the pages you are looking for")
    with pytest.raises(CronacaError) as err:
        Corpus(junk)
    assert err.value.reason == "bad_corpus"
    assert junk.read_text() == "these are not the pages you are looking for"
    with pytest.raises(CronacaError) as err:
        Corpus(tmp_path / "missing.db", create=False)
    assert err.value.reason == "no_corpus"


def test_migrations_are_recorded_and_run_once(tmp_path):
    Corpus(tmp_path / "m.db").close()
    with Corpus(tmp_path / "m.db") as corpus:
        names = [r[0] for r in corpus.conn.execute("SELECT name FROM migrations")]
    assert names == ["0001_articles", "0002_raw_pages", "0003_links", "0004_stories"]
    conn = sqlite3.connect(tmp_path / "m.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_older_database_is_brought_up_to_date(tmp_path):
    db = tmp_path / "old.db"
    Corpus(db).close()
    conn = sqlite3.connect(db)        # make it look like a database from before 0002
    conn.execute("DROP TABLE raw_pages")
    conn.execute("DELETE FROM migrations WHERE name = '0002_raw_pages'")
    conn.commit()
    conn.close()
    with Corpus(db) as corpus:
        assert corpus.conn.execute("SELECT COUNT(*) FROM raw_pages").fetchone()[0] == 0


def test_quotes_by_one_person_across_languages_and_scripts(corpus, tmp_path):
    folder = tmp_path / "multi"
    folder.mkdir()
    (folder / "ru.txt").write_text(
        "Президент России Владимир Путин провёл в среду совещание с членами правительства.\n\n"
        "«Мы не будем повышать налоги в следующем году», — заявил Путин журналистам.\n", "utf-8")
    (folder / "en.txt").write_text(
        "Russian President Vladimir Putin met his ministers on Wednesday in Moscow.\n\n"
        "\"We will not raise taxes next year,\" Putin told reporters after the meeting.\n", "utf-8")
    corpus.ingest([str(folder)])
    for name in ("Putin", "Путин", "Vladimir Putin", "Poetin"):
        languages = sorted(q["language"] for q in corpus.quotes_by(name))
        assert languages == ["en", "ru"], name


def test_entity_article_counts_follow_ingests_and_updates(corpus, pages):
    corpus.ingest([str(pages)])
    count = "SELECT articles FROM entities WHERE name = ?"
    assert corpus.conn.execute(count, ("Franco Ianeselli",)).fetchone()[0] == 1
    (pages / "it.txt").write_text("Il consiglio comunale di Rovereto ha approvato il bilancio "
                                  "per il prossimo anno con ventidue voti favorevoli.\n", "utf-8")
    corpus.ingest([str(pages)])
    assert corpus.conn.execute(count, ("Franco Ianeselli",)).fetchone()[0] == 0
    recount = corpus.conn.execute(
        "SELECT COUNT(*) FROM entities e WHERE articles != (SELECT COUNT(DISTINCT article) "
        "FROM mentions WHERE entity = e.id)").fetchone()[0]
    assert recount == 0
