"""A name in marks after a word for a body is the body's name, not a quotation: the
clause around it is reported speech, not a partial quote."""
from __future__ import annotations

import pytest

from quoting import quoted_article


@pytest.mark.parametrize("language, text", [
    ("uk", "Голова громади сказав, що будинок купила компанія «Зелена долина»."),
    ("pl", "Wójt powiedział, że zbiórkę prowadzi stowarzyszenie „Otwarte Drzwi”."),
    ("en", "The mayor said that the park is run by the association \"Friends of Elm Park\"."),
])
def test_a_body_named_in_marks_is_no_quotation(language, text):
    [quote] = quoted_article(text, language).quotes
    assert quote.kind == "indirect"


def test_a_quoted_phrase_after_a_verb_is_still_a_partial_quote():
    text = "Wójt powiedział, że jego plan to „Otwarte Drzwi dla wszystkich”."
    quotes = quoted_article(text, "pl").quotes
    assert any(q.kind == "partial" and "„Otwarte" in q.text for q in quotes)
