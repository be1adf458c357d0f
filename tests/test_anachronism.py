"""Anachronisms: bodies that no longer exist named as present-day actors."""
import pytest

from cronaca.article import Article, Metadata
from cronaca.diagnostics.anachronism import dating, find_anachronisms


def article(text: str, language: str, published: str | None = None) -> Article:
    return Article(source="t.txt", text=text, input_kind="text", language=language,
                   metadata=Metadata(published=published))


def flagged(text, language, published=None) -> list[str]:
    return [d.text for d in find_anachronisms(article(text, language, published))]


@pytest.mark.parametrize("language, text, published, expected", [
    ("it", "Secondo il governo, la Corea del Nord fornisce munizioni all'Unione Sovietica.",
     "2024-06-19", ["Unione Sovietica"]),
    ("en", "Officials say the Soviet Union is sending engineers to the new plant.",
     "2023-02-01", ["Soviet Union"]),
    ("de", "Im Jahr 2019 liefert die DDR erneut Strom an ihre Nachbarn.", None, ["DDR"]),
    ("pl", "Rząd Związku Radzieckiego zapowiada nowe sankcje wobec Kijowa.",
     "2023-05-10", ["Związku Radzieckiego"]),
    ("ru", "Сегодня СССР направляет делегацию в Пекин.", "2024-01-15", ["СССР"]),
    ("fr", "La Yougoslavie annonce des élections pour le mois prochain.", "2025-03-01",
     ["Yougoslavie"]),
])
def test_a_vanished_state_as_a_present_day_actor_is_flagged(language, text, published, expected):
    assert flagged(text, language, published) == expected


@pytest.mark.parametrize("language, text", [
    ("it", "Molti ingegneri dell'ex Unione Sovietica lavorano oggi in Germania."),
    ("en", "After the collapse of the Soviet Union, the factory closed."),
    ("en", "In 1985 the Soviet Union sent engineers to the plant."),
    ("pl", "Obywatele byłego Związku Radzieckiego mogą złożyć wniosek."),
    ("ru", "В 1980 году СССР бойкотировал Олимпиаду в Лос-Анджелесе."),
    ("de", "Sie wuchs in der ehemaligen DDR auf und lebt heute in Köln."),
])
def test_a_mention_marked_as_past_is_not_flagged(language, text):
    assert flagged(text, language, "2024-04-04") == []


def test_an_undated_article_cannot_be_out_of_its_time():
    assert flagged("La Jugoslavia annuncia nuove elezioni.", "it") == []


def test_the_date_comes_from_metadata_then_years_then_events():
    assert dating(article("Nel 2016 e nel 2021 si votò.", "it", "2024-09-01T10:00")).year == 2024
    when = dating(article("Nel 2016 e nel 2021 si votò.", "it"))
    assert (when.year, when.exact) == (2021, False) and "2021" in when.how
    assert dating(article("Dopo la Brexit il porto è cambiato.", "it")).year == 2016


def test_evidence_names_the_years_and_the_dating():
    [d] = find_anachronisms(article("Oggi la Cecoslovacchia firma l'accordo.", "it", "2022-01-01"))
    assert d.kind == "anachronism" and "1918-1992" in d.evidence and "2022" in d.evidence
    assert 0 < d.severity <= 1


def test_a_language_without_data_gives_nothing():
    assert flagged("Sovjetunionen skickar ingenjörer.", "sv", "2024-01-01") == []
