"""The bundled example pages: every one analyses, validates and reads right."""
import json

import pytest

import cronaca
from cronaca.api import analyze_many
from cronaca.schema import validate_article

EXPECTED = {   # file -> (language, kind, published)
    "it_scraped.txt": ("it", "text", "2026-03-14"),
    "fr_scraped.txt": ("fr", "text", "2026-02-03"),
    "pl_scraped.txt": ("pl", "text", "2026-01-09"),
    "en_article.html": ("en", "html", "2025-10-07"),
    "de_article.html": ("de", "html", "2025-07-22"),
    "ru_article.html": ("ru", "html", "2025-11-15"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_pages(examples, name):
    article = cronaca.analyze(str(examples / name))
    language, kind, published = EXPECTED[name]
    assert (article.language, article.input_kind, article.metadata.published) == (
        language, kind, published)
    assert article.title and article.title not in article.text
    assert article.sentences and not article.failures
    validate_article(json.loads(json.dumps(article.to_dict())))


def test_the_italian_scraped_page_is_cleaned_like_the_seed(examples):
    article = cronaca.analyze(str(examples / "it_scraped.txt"))
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Vai al contenuto"] == "skip link"
    assert reasons["Leggi anche:"] == "boilerplate phrase"
    assert [r.reason for r in article.removed
            if r.text == "La firma del memorandum nella sede del ministero a Vienna"] == [
        "caption", "caption"]
    assert [r.reason for r in article.removed if r.text == article.title] == [
        "title", "repeated headline"]
    assert any(r.reason == "truncated teaser" for r in article.removed)
    assert article.text.startswith("VIENNA, 14 marzo 2026 - Dopo quasi due anni")
    assert article.text.endswith("La prossima riunione tecnica è prevista a Roma a fine aprile.")
    raw = (examples / "it_scraped.txt").read_text("utf-8")
    for para in article.paragraphs:   # verbatim: every paragraph is a line of the input
        assert article.span_text(para) + "\n" in raw


def test_the_german_page_is_decoded_from_windows_1252(examples):
    article = cronaca.analyze(str(examples / "de_article.html"))
    assert article.metadata.encoding == "windows-1252"
    assert "„" in article.text and "ß" in article.text
    reasons = {r.reason for r in article.removed}
    assert {"title", "kicker", "byline", "cookie notice"} <= reasons


def test_the_jsonl_example_gives_three_articles_named_by_line(examples):
    path = examples / "pages.jsonl"
    results = list(analyze_many([str(path)]))
    assert [r.source for r in results] == [f"{path}:{n}" for n in (1, 2, 3)]
    assert [r.article.language for r in results] == ["es", "pt", "nl"]


def test_the_whole_examples_directory(examples):
    results = list(analyze_many([str(examples)]))
    failed = [(r.source, r.error.reason) for r in results if r.error]
    assert not failed
    assert len(results) == len(EXPECTED) + 3
