"""The optional natasha backend (Russian names; its model ships inside its packages)."""
import pytest

pytest.importorskip("natasha", reason="natasha not installed: pip install 'cronaca[natasha]'")

from cronaca.entities import Entities  # noqa: E402
from test_entities import article  # noqa: E402

TEXT = ("Мэр Москвы Сергей Собянин открыл в среду новую станцию метро. "
        "Компания «Газпром» обещала городу новые инвестиции. "
        "Представители компании поблагодарили Собянина за поддержку.")


@pytest.fixture(scope="module")
def step():
    return Entities(backend="natasha")


def test_natasha_finds_people_places_and_organisations(step):
    a = step(article(TEXT, "ru"))
    by_type = {}
    for e in a.entities:
        by_type.setdefault(e.type, []).append(e)
    assert set(by_type) >= {"PER", "LOC", "ORG"}
    for kind in ("PER", "LOC", "ORG"):
        assert all(e.backend.startswith("natasha") for e in by_type[kind]), by_type[kind]
    assert any(e.key == "iso:ru" or "Москв" in e.name for e in by_type["LOC"])
    assert any("Газпром" in e.name for e in by_type["ORG"])


def test_inflected_surname_groups_with_the_full_name(step):
    a = step(article(TEXT, "ru"))
    people = [e for e in a.entities if "Собянин" in e.name]
    assert len(people) == 1, [(e.name, e.aliases) for e in a.entities]
    sobyanin = people[0]
    assert sobyanin.type == "PER" and sobyanin.name == "Сергей Собянин"
    assert "Собянина" in sobyanin.aliases


def test_natasha_leaves_other_languages_to_the_rules(step):
    a = step(article("Il presidente Sergio Mattarella è a Roma.", "it"))
    assert a.entities and {e.backend for e in a.entities} == {"rules"}
