"""Regions named by a capitalised adjective and a lower-case noun of region (entities.regions)."""
import pytest

from cronaca.article import Article, Paragraph
from cronaca.entities import Entities
from cronaca.steps.segment import Segment


def mentions(text: str, lang: str) -> dict[str, str]:
    """{mention text: type} of the name mentions the rules find."""
    base = Article(source="<test>", text=text, input_kind="text", language=lang,
                   paragraphs=(Paragraph(0, len(text)),))
    article = Entities()(Segment()(base))
    return {m.text: e.type for e in article.entities for m in e.mentions if m.kind == "name"}


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
