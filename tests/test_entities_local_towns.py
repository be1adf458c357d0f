"""Towns of the countries cronaca knows best, listed by Faker, type names nothing else types."""
import importlib.util

import pytest

from cronaca.api import analyze
from cronaca.options import AnalyzeOptions

pytestmark = pytest.mark.skipif(importlib.util.find_spec("faker") is None,
                                reason="Faker (its town lists) is not installed")


def _types(text: str, language: str) -> dict[str, str]:
    article = analyze(text=text, options=AnalyzeOptions(language=language))
    return {e.name: e.type for e in article.entities}


def test_polish_towns_in_a_list_are_places():
    found = _types("Nowe autobusy kupiły już Koszalin i Gliwice. Teraz na pieniądze czekają "
                   "Rzeszów oraz Toruń, powiedziała Ewa Nowak.", "pl")
    assert {found.get(t) for t in ("Koszalin", "Gliwice", "Rzeszów", "Toruń")} == {"LOC"}


def test_ukrainian_towns_are_places():
    found = _types("Житомир і Бердичів чекають на нові трамваї. Про це повідомила Олена "
                   "Коваль.", "uk")
    assert found.get("Житомир") == "LOC" and found.get("Бердичів") == "LOC"


def test_a_town_that_is_also_a_given_name_is_left_to_the_other_rules():
    found = _types("Maia Ferreira abriu uma loja nova. A Maia Ferreira disse que vende pão.", "pt")
    assert found.get("Maia Ferreira") == "PER"


def test_german_towns_that_are_frequent_nouns_stay_nouns():
    found = _types("Das Haus geriet in Brand, als der Zug nach Norden fuhr. Im Wald suchte "
                   "Förster Jan Roth nach Spuren.", "de")
    assert not {"Brand", "Zug", "Norden", "Wald"} & set(found)


def test_an_inflected_town_after_a_title_is_the_town():
    found = _types("Мер Вінниці Сергій Бондар відкрив новий міст. Вінниця чекала на нього "
                   "десять років.", "uk")
    assert found.get("Вінниця") == "LOC" and found.get("Сергій Бондар") == "PER"


def test_an_inflected_town_named_alone_is_a_place():
    found = _types("Nowy most w Bydgoszczy otwarto we wtorek. Mieszkańcy Bydgoszczy czekali "
                   "na niego długo, mówi Anna Wiśniewska.", "pl")
    assert found.get("Bydgoszcz") == "LOC"


def test_a_town_is_known_by_its_lemma_when_its_stem_changes():
    """"Перми" (Пермь) drops its soft sign, "Харкова" (Харків) changes its vowel: after a
    title, only a town known in that form is a town rather than a person."""
    ru = _types("Губернатор Перми Дмитрий Махонин открыл новый мост. Жители ждали его "
                "давно.", "ru")
    uk = _types("Мер Харкова Ігор Терехов відкрив нову школу. Батьки чекали на неї довго.", "uk")
    assert ru.get("Пермь") == "LOC" and uk.get("Харків") == "LOC"
    assert ru.get("Дмитрий Махонин") == "PER"
