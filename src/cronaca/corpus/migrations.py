"""The corpus schema, as named migrations applied in order on open.

Each migration runs in one transaction and is recorded in ``migrations``, so
opening an older database brings it up to date and a crash mid-migration
leaves it as it was. Never edit a migration that has shipped: add a new one.

Tables are plain and documented so Datasette or any SQLite client can read
them: ``articles`` (one row a page, its clean text and metadata),
``entities`` (corpus-wide: one row a person, organisation or place, merged
across articles by its cross-script key), ``mentions``, ``quotes`` and
``diagnostics`` (stand-off spans into ``articles.text``), ``records`` (the
full Article JSON, zlib-compressed, kept out of the hot table), ``sources``
(what was ingested from where, so a re-run skips it) and ``articles_fts``
(FTS5 over title and text), ``raw_pages`` (the page as received, compressed:
the evidence, and what a better pipeline can analyse again), ``links`` (pairs
of articles: duplicate, rewrite, translation or same story, with a score and
the evidence) and the ``link_*`` tables they are computed from (MinHash and
embedding per article, LSH buckets, names/numbers/dates per article),
``stories`` and ``story_articles`` (each article in at most one story, with
the score it joined with; see docs/stories.md).
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_articles", """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    doc_key TEXT NOT NULL UNIQUE,          -- 'url:<canonical url>', 'src:<path>' or 'sha1:<text hash>'
    article_id TEXT NOT NULL,              -- Article.id (URL + text hash)
    content_hash TEXT NOT NULL,            -- sha1 of the clean text: unchanged or updated
    source TEXT NOT NULL,
    url TEXT,
    canonical_url TEXT,
    site TEXT,
    title TEXT,
    author TEXT,
    published TEXT,
    language TEXT,
    trust_score REAL,
    words INTEGER NOT NULL,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_site ON articles(site);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_article_id ON articles(article_id);
CREATE INDEX articles_content_hash ON articles(content_hash);

CREATE TABLE records (
    article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    json_z BLOB NOT NULL                   -- zlib-compressed cronaca.article/1 JSON
);

CREATE TABLE sources (
    source TEXT PRIMARY KEY,               -- path, URL or PATH:LINE as ingested
    stamp TEXT,                            -- file size and mtime: unchanged files are skipped
    article INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    ingested_at TEXT NOT NULL
);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,              -- cross-article, cross-script key ('putin v', 'iso:ru')
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE mentions (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity INTEGER NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article);
CREATE INDEX mentions_entity ON mentions(entity);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    cue TEXT,
    speaker_text TEXT,
    speaker_name TEXT,
    entity INTEGER REFERENCES entities(id),
    confidence REAL NOT NULL
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_entity ON quotes(entity);

CREATE TABLE diagnostics (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    evidence TEXT NOT NULL,
    severity REAL NOT NULL
);
CREATE INDEX diagnostics_article ON diagnostics(article);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"""),
    ("0002_raw_pages", """
CREATE TABLE raw_pages (
    article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    content_type TEXT,
    fetched_at TEXT,
    raw_z BLOB NOT NULL                    -- the page as received (bytes), zlib-compressed
);
"""),
    ("0003_links", """
CREATE TABLE links (
    a INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,   -- a < b: one row a pair
    b INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,                    -- 'duplicate' | 'rewrite' | 'translation' | 'same_story'
    score REAL NOT NULL,                   -- 0..1
    evidence TEXT NOT NULL,                -- JSON list of short sentences a reader can check
    created_at TEXT NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX links_b ON links(b);

CREATE TABLE link_signatures (
    article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL,            -- the text these were computed on
    minhash BLOB NOT NULL,                 -- MinHash of word 3-shingles: 128 little-endian uint64
    embedding BLOB,                        -- float16 vector (multilingual USE), NULL if not covered
    embedder TEXT                          -- what made the embedding
);

CREATE TABLE link_bands (                  -- LSH buckets of the MinHash: persistent, incremental
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX link_bands_key ON link_bands(band, hash, article);
CREATE INDEX link_bands_article ON link_bands(article);

CREATE TABLE link_features (               -- language-independent evidence: names, numbers, dates
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,                    -- 'name' | 'number' | 'date' | 'speaker'
    value TEXT NOT NULL,                   -- normalised ('putin v', '1500', '03-12')
    label TEXT NOT NULL                    -- as a reader knows it ('Vladimir Putin', '1.500')
);
CREATE INDEX link_features_value ON link_features(kind, value);
CREATE INDEX link_features_article ON link_features(article);
"""),
    ("0004_stories", """
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL               -- an article joined, left, or another story merged in
);

CREATE TABLE story_articles (
    article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    score REAL,                            -- 0..1, how strongly it joined; NULL: it opened the story
    joined_at TEXT NOT NULL
);
CREATE INDEX story_articles_story ON story_articles(story);
"""),
]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations this database lacks; returns their names."""
    # read first: a reader opening a database that an ingest is writing takes no lock
    have = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'migrations'").fetchone()
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")} if have else set()
    if len(done) == len(MIGRATIONS) and done == {name for name, _ in MIGRATIONS}:
        return []
    conn.execute("CREATE TABLE IF NOT EXISTS migrations "
                 "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        with conn:                                  # one transaction per migration
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO migrations VALUES (?, ?)",
                         (name, datetime.now(timezone.utc).isoformat(timespec="seconds")))
        applied.append(name)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a script on ';' at line ends, keeping trigger bodies whole."""
    out, current = [], []
    for line in sql.strip().splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        if line.rstrip().endswith(";") and sqlite3.complete_statement(text):
            out.append(text)
            current = []
    if "\n".join(current).strip():
        out.append("\n".join(current))
    return out
