import pytest

from cronaca.extract.dates import find_date, find_published


@pytest.mark.parametrize("text, lang, expected", [
    ("Pubblicato il 14 marzo 2026, ore 9:10", "it", "2026-03-14"),
    ("Publié le 1er février 2026 à 18h42", "fr", "2026-02-01"),
    ("Updated March 4, 2026 at 10:00", "en", "2026-03-04"),
    ("Warszawa, 5 marca 2025 r.", "pl", "2025-03-05"),
    ("12.01.2026, 10:31 Uhr", "de", "2026-01-12"),
    ("3 февраля 2026 г.", "ru", "2026-02-03"),
    ("2025-11-30T08:00", "sl", "2025-11-30"),
    ("05/04/2026", "en", "2026-05-04"),     # month first in English
    ("05/04/2026", "es", "2026-04-05"),
])
def test_dates_in_many_languages(text, lang, expected):
    assert find_date(text, lang) == expected


@pytest.mark.parametrize("text", ["31 novembre 2025", "il 3 marzo", "nel 1850", "ore 12.30"])
def test_no_date_rather_than_a_wrong_one(text):
    assert find_date(text, "it") is None


def test_datelines_come_before_the_first_paragraphs():
    date, where = find_published(["Aggiornato il 2 aprile 2026"],
                                 ["ROMA, 1 aprile 2026 - Il governo..."], "it")
    assert date == "2026-04-02" and where.startswith("dateline")
    date, where = find_published([], ["ROMA, 1 aprile 2026 - Il governo..."], "it")
    assert date == "2026-04-01" and where.startswith("paragraph opening")
    # a date deep inside a paragraph is what the article talks about, not its date
    assert find_published([], ["Il vertice si era tenuto a Roma il 2 aprile 2026."], "it") == (
        None, None)
