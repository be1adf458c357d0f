"""Regions named by a capitalised adjective and a lower-case noun of region (entities.regions)."""
import pytest
from test_entities import mentions


@pytest.mark.parametrize("lang, text, region", [
    ("cs", "Nemocnice Olomouckého kraje dostanou letos víc peněz na přístroje.", "Olomouckého kraje"),
    ("ru", "В Тверской области за ночь выпало полметра снега.", "Тверской области"),
    ("uk", "Школи Вінницького району відкриються лише в понеділок.", "Вінницького району"),
    ("bg", "Пожарът в Пловдивска област е овладян още сутринта.", "Пловдивска област"),
])
def test_an_adjective_and_a_noun_of_region_are_one_place(lang, text, region):
    assert mentions(text, lang).get(region) == "LOC"


def test_at_the_start_of_a_sentence_a_capitalised_noun_before_it_is_no_region():
    assert "Директор района" not in mentions("Директор района обещал починить мост к лету.", "ru")


def test_a_language_without_region_phrases_keeps_its_names():
    got = mentions("Yesterday the Marlow county council voted on the new bridge.", "en")
    assert not any(" county" in m for m in got), got
