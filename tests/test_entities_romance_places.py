"""Places in Spanish, Portuguese and French: a saint's name that opens a town's is no
person (``name_prefixes``), and "desde", "hasta", "vers" come before places
(``place_preps``). Each rule has a control that must not change."""
import pytest
from test_entities import typed

from cronaca.entities import names

needs_names = pytest.mark.skipif(not names.available(), reason="Faker (given names) not installed")


@needs_names
@pytest.mark.parametrize("text, lang, place", [
    ("Los bomberos llegaron desde Alcobendas y San Sebastián de los Reyes.", "es", "San Sebastián"),
    ("Os bombeiros vieram de Campinas e de São José dos Campos.", "pt", "São José"),
    ("Les pompiers sont venus de Villefort et de Sainte Marie.", "fr", "Sainte Marie"),
])
def test_a_saints_name_that_opens_a_town_is_no_person(text, lang, place):
    got = typed(text, lang)
    assert any(name.startswith(place) and kind == "LOC" for name, kind in got.items()), got


@needs_names
def test_a_person_with_a_saints_given_name_stays_a_person():
    assert typed("El presidente habló ayer con Sebastián Orvaldo en la capital.", "es").get(
        "Sebastián Orvaldo") == "PER"


def test_a_town_after_desde_is_a_place():
    assert typed("El tren salió ayer desde Zorvalejo con dos horas de retraso.", "es").get("Zorvalejo") == "LOC"
