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
    ("de", "Nach Angaben des Ministeriums sinken die Preise.", "des Ministeriums", "sinken die"),
    ("de", "Laut Sprecherin der Stadt Bonn beginnt der Bau im Mai.", "Sprecherin der Stadt Bonn",
     "beginnt der Bau"),
])
def test_the_source_ends_where_the_clause_begins(language, text, source, clause):
    [quote] = quoted_article(text, language).quotes
    assert quote.speaker is not None and quote.speaker.text == source
    assert quote.text.startswith(clause)


def test_a_name_takes_no_adjective_after_it():
    [quote] = quoted_article("Zdaniem Nowaka kolejnych podwyżek nie będzie.", "pl").quotes
    assert quote.speaker.text == "Nowaka" and quote.text.startswith("kolejnych podwyżek")


def test_a_name_runs_through_its_capitalised_words():
    [quote] = quoted_article("Według Anny Lis budowa potrwa rok.", "pl").quotes
    assert quote.speaker.text == "Anny Lis" and quote.text.startswith("budowa")


@pytest.mark.parametrize("language, text, source, clause", [
    ("nl", "Volgens de gemeente kost de brug 12,5 miljoen euro.", "de gemeente", "kost de brug"),
    ("pl", "Według strażaków straty wyniosły 3,4 miliona złotych.", "strażaków", "straty"),
    ("it", "Secondo la Regione il progetto costerà 4,2 milioni.", "la Regione", "il progetto"),
    ("de", "Laut Feuerwehr stieg der Schaden auf 2,5 Millionen Euro.", "Feuerwehr", "stieg der"),
])
def test_a_decimal_comma_does_not_close_the_source(language, text, source, clause):
    [quote] = quoted_article(text, language).quotes
    assert quote.speaker.text == source and quote.text.startswith(clause)
    assert quote.text.rstrip(".").endswith(text.rstrip(".").split(" ")[-1])
