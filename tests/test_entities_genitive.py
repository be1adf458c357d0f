"""Languages that say "of" by the genitive case: a name after "residents", "the centre",
"the north" ([entities] loc_of) is a place, and a person after that place is a person."""
import pytest

from cronaca.api import analyze
from cronaca.options import AnalyzeOptions


FILLER = {"pl": "Prace trwają od wiosny i mają potrwać do końca roku.",
          "ru": "Работы идут с весны и продлятся до конца года.",
          "uk": "Роботи тривають з весни і мають завершитися до кінця року.",
          "sl": "Dela potekajo od pomladi in naj bi trajala do konca leta.",
          "cs": "Práce probíhají od jara a potrvají do konce roku."}


def _entities(text: str, language: str) -> dict[str, str]:
    text += " " + FILLER[language]      # a page needs a few sentences to count as an article
    article = analyze(text=text, options=AnalyzeOptions(language=language))
    found = {m.text: e.type for e in article.entities for m in e.mentions}
    return found | {e.name: e.type for e in article.entities}      # as written, and its name


@pytest.mark.parametrize("language, text, place", [
    ("pl", "Mieszkańcy Tarnowca skarżą się na hałas z nowej fabryki.", "Tarnowca"),
    ("ru", "Жители Верхнеречья жалуются на шум с новой стройки.", "Верхнеречья"),
    ("uk", "Мешканці Сихова скаржаться на шум з нового будівництва.", "Сихова"),
    ("sl", "Prebivalci Črnuč opozarjajo na hrup z novega gradbišča.", "Črnuč"),
    ("cs", "Obyvatelé Vinohrad si stěžují na hluk z nové stavby.", "Vinohrad"),
])
def test_a_name_after_residents_of_is_a_place(language, text, place):
    assert _entities(text, language).get(place) == "LOC"


def test_a_person_after_that_place_is_a_person():
    found = _entities("Mieszkaniec Tarnowca Jan Nowak opowiedział o pożarze w piwnicy.", "pl")
    assert found.get("Jan Nowak") == "PER" and found.get("Tarnowca") == "LOC"


def test_a_person_after_an_office_of_the_city_stays_a_person():
    found = _entities("Главный архитектор города Ильдар Сафин рассказал о новом парке.", "ru")
    assert found.get("Ильдар Сафин") == "PER"


@pytest.mark.parametrize("language, text, name", [
    ("pl", "Prezydent Warszawy otworzył nowy most na Wiśle.", "Warszawa"),
    ("ru", "Мэр Москвы открыл новый мост через реку.", "Москва"),
])
def test_a_city_after_a_title_in_the_genitive_is_the_city_named_in_the_nominative(language, text,
                                                                                 name):
    assert _entities(text, language).get(name) == "LOC"


def test_a_place_known_only_inflected_takes_its_dictionary_form():
    found = _entities("Mieszkańcy Krakowa skarżą się na hałas z nowej fabryki.", "pl")
    assert found.get("Kraków") == "LOC"
