""""According to X" with no comma after the source: the source is a short noun phrase,
and the clause starts right after it."""
from __future__ import annotations

import pytest

from quoting import quoted_article


@pytest.mark.parametrize("language, text, source, clause", [
    ("pl", "Według strażaków pożar wybuchł w piwnicy.", "strażaków", "pożar wybuchł"),
    ("pl", "Według rzecznika policji kierowca jechał za szybko.", "rzecznika policji",
     "kierowca jechał"),
    ("pl", "Według lekarzy wojskowych ranny żołnierz przeżyje.", "lekarzy wojskowych",
     "ranny żołnierz"),
    ("cs", "Podle hasičů požár začal v kuchyni.", "hasičů", "požár začal"),
    ("de", "Laut Feuerwehr wurde niemand verletzt.", "Feuerwehr", "wurde niemand"),
    ("it", "Secondo fonti diplomatiche il vertice salterà.", "fonti diplomatiche",
     "il vertice"),
    ("it", "Secondo gli esperti il ponte non regge.", "gli esperti", "il ponte"),
])
def test_the_source_ends_where_the_clause_begins(language, text, source, clause):
    [quote] = quoted_article(text, language).quotes
    assert quote.speaker is not None and quote.speaker.text == source
    assert quote.text.startswith(clause)


def test_a_name_runs_through_its_capitalised_words():
    [quote] = quoted_article("Według Anny Lis budowa potrwa rok.", "pl").quotes
    assert quote.speaker.text == "Anny Lis" and quote.text.startswith("budowa")
