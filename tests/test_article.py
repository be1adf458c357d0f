import json

import pytest

from cronaca.article import (SCHEMA, Article, Metadata, Paragraph, RemovedLine,
                             Sentence)
from cronaca.schema import validate_article


def small_article() -> Article:
    text = "Prima frase. Seconda frase.\n\nUn altro paragrafo."
    return Article(
        source="mem.txt", text=text, input_kind="text",
        metadata=Metadata(title="Titolo", published="2026-01-02"),
        language="it", language_confidence=0.98,
        paragraphs=(Paragraph(0, 27), Paragraph(29, 48)),
        sentences=(Sentence(0, 12, "it"), Sentence(13, 27, "it"), Sentence(29, 48, "it")),
        removed=(RemovedLine(1, "Vai al contenuto", "skip link"),),
    )


def test_spans_point_into_the_text():
    article = small_article()
    assert [article.span_text(s) for s in article.sentences] == [
        "Prima frase.", "Seconda frase.", "Un altro paragrafo."]


def test_json_round_trip_and_schema():
    article = small_article()
    record = json.loads(json.dumps(article.to_dict()))
    assert record["schema"] == SCHEMA
    validate_article(record)
    assert Article.from_dict(record) == article


def test_id_depends_on_text_and_url():
    article = small_article()
    assert article.id == small_article().id
    assert article.replace(text=article.text + " ").id != article.id
    other_url = article.replace(metadata=Metadata(url="https://example.org/a"))
    assert other_url.id != article.id


def test_article_is_immutable():
    with pytest.raises(Exception):
        small_article().text = "changed"


def test_schema_rejects_a_broken_record():
    import jsonschema
    record = small_article().to_dict()
    record["sentences"][0]["start"] = -1
    with pytest.raises(jsonschema.ValidationError):
        validate_article(record)
    record = small_article().to_dict()
    record["schema"] = "cronaca.article/0"
    with pytest.raises(jsonschema.ValidationError):
        validate_article(record)


def test_from_dict_refuses_other_versions():
    record = small_article().to_dict()
    record["schema"] = "something/2"
    with pytest.raises(ValueError):
        Article.from_dict(record)


def test_entities_and_quotes_round_trip_and_validate():
    from cronaca.article import Cue, Entity, Mention, Quote, Speaker
    text = '"Torneremo presto", ha detto Mario Rossi.'
    article = Article(
        source="q.txt", text=text, input_kind="text",
        entities=(Entity("e1", "Mario Rossi", "PER", ("Rossi",),
                         (Mention(29, 40, "Mario Rossi"),), key="mario rossi"),),
        quotes=(Quote(1, 17, "Torneremo presto", "direct", Cue(20, 28, "ha detto"),
                      Speaker(29, 40, "Mario Rossi", "e1", "Mario Rossi"), 0.9),
                Quote(1, 17, "Torneremo presto", "direct", None, None, 0.2)),
    )
    record = json.loads(json.dumps(article.to_dict()))
    validate_article(record)
    assert Article.from_dict(record) == article
    assert record["quotes"][0]["speaker"]["entity_id"] == "e1"
    assert record["quotes"][1]["speaker"] is None


def test_diagnostics_and_trust_round_trip_and_validate():
    from cronaca.article import Diagnostic, Trust
    text = "Il governo ha firmato un accordo di cooperanzia."
    article = Article(
        source="d.txt", text=text, input_kind="text", language="it",
        diagnostics=(Diagnostic(36, 47, "cooperanzia", "non_word",
                                "unknown to the Italian word list", 0.7),),
        trust=Trust(0.4, 8, {"non_word": 125.0}, ("'cooperanzia' is no Italian word",)),
    )
    record = json.loads(json.dumps(article.to_dict()))
    validate_article(record)
    assert Article.from_dict(record) == article
    assert record["trust"]["per_1000_words"] == {"non_word": 125.0}
    assert small_article().to_dict()["trust"] is None
