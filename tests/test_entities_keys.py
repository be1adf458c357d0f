"""Cross-article keys and the optional spaCy backend."""
import pytest

from cronaca.entities import Entities
from cronaca.entities.keys import entity_key, skeleton
from cronaca.entities.lexicon import lexicon
from cronaca.entities.spacy_backend import MissingModel


@pytest.mark.parametrize("name,lang", [("Putin", "it"), ("Путин", "ru"), ("Poetin", "nl"),
                                        ("Путина", "ru"), ("Putina", "pl")])
def test_same_surname_across_scripts_and_spellings(name, lang):
    assert entity_key("PER", name, lang) == "putin"


def test_person_key_is_surname_and_initial():
    assert entity_key("PER", "Vladimir Putin", "en") == "putin v"
    assert entity_key("PER", "Владимир Путин", "ru") == "putin v"


def test_places_key_on_country_code_or_english_city_name():
    assert entity_key("LOC", "Rosji", "pl", country="RU") == "iso:ru"
    it, ru = lexicon("it").place("Mosca"), lexicon("ru").place("Москве")
    assert it.english == ru.english == "Moscow"


def test_skeleton_folds_transcription_differences():
    assert skeleton("Merkel") == skeleton("Меркель") == skeleton("Меркел")
    assert skeleton("Wałęsa") == skeleton("Valesa")


def test_spacy_backend_loads_an_installed_pipeline_or_says_how_to_install():
    try:
        step = Entities(backend="spacy")
    except MissingModel as exc:
        assert "pip install" in str(exc)
        pytest.skip(f"no spaCy pipeline installed: {exc}")
    from test_entities import article
    a = step(article("Russian President Vladimir Putin met Kim Jong Un in Pyongyang. Putin left.", "en"))
    putin = [e for e in a.entities if e.name == "Vladimir Putin"][0]
    assert putin.backend.startswith("spacy:") and putin.type == "PER"
    assert "Putin" in putin.aliases
    assert any(e.key == "iso:ru" and e.backend == "rules" for e in a.entities)   # "Russian"
    italian = step(article("Il presidente Sergio Mattarella è a Roma.", "it"))
    assert {e.backend for e in italian.entities} == {"rules"}
