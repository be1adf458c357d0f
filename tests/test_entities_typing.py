"""How the rules type a name: evidence first (given names, gazetteers, cues), no blind PER."""
import pytest
from test_entities import article, entity_of, run

from cronaca.entities import Entities, cities, names
from cronaca.entities.tokens import tokenize

needs_names = pytest.mark.skipif(not names.available(), reason="Faker (given names) not installed")
needs_regions = pytest.mark.skipif(not cities.available(), reason="pycountry (subdivisions) not installed")


def types(text: str, lang: str) -> dict[str, str]:
    return {m.text: e.type for e in run(text, lang).entities for m in e.mentions if m.kind == "name"}


def test_initial_does_not_end_a_sentence():
    tokens = tokenize("Ha parlato George W. Bush oggi.")
    bush = next(t for t in tokens if t.text == "Bush")
    assert not bush.opens
    assert [e.name for e in entity_of(run("Ha parlato George W. Bush oggi. Bush ha riso.", "it"), "Bush")] \
        == ["George W. Bush"]


def test_country_of_several_words_at_a_line_start_is_whole():
    got = types("Paesi Bassi: il voto slitta.\nA Roma piove.", "it")
    assert got.get("Paesi Bassi") == "LOC" and "Bassi" not in got


def test_elided_connector_keeps_an_organisation_whole():
    got = types("Ieri la Banca d'Italia ha alzato i tassi.", "it")
    assert got.get("Banca d'Italia") == "ORG"


@needs_names
@pytest.mark.parametrize("text,lang,name", [
    ("Ieri Giorgio Bellandi è arrivato in ritardo.", "it", "Giorgio Bellandi"),
    ("Wczoraj Krzysztof Wiśniewski przyjechał późno.", "pl", "Krzysztof Wiśniewski"),
    ("Yesterday Margaret Ellwood arrived late.", "en", "Margaret Ellwood"),
])
def test_a_known_given_name_makes_a_person(text, lang, name):
    assert types(text, lang).get(name) == "PER"


@needs_names
def test_inflected_given_name_is_known():
    from cronaca.entities.lexicon import lexicon
    assert names.is_given_name("Владимира", lexicon("ru"))
    assert not names.is_given_name("Владимира")


@needs_names
def test_unknown_name_with_common_words_is_not_a_person():
    got = types("Ieri sera Pro Recco ha vinto ancora.", "it")
    assert got.get("Pro Recco") == "MISC"


@needs_names
def test_country_inside_a_name_makes_an_organisation():
    assert types("Ieri Forza Italia ha votato contro.", "it").get("Forza Italia") == "ORG"


def test_place_preposition_types_an_unknown_name():
    assert types("La riunione si è svolta a Quarzenigo ieri sera.", "it").get("Quarzenigo") == "LOC"
    assert types("Spotkanie odbyło się w Kazimierzówce wczoraj.", "pl").get("Kazimierzówce") == "LOC"


def test_speech_verb_types_a_person():
    assert types("Lo ha spiegato Zanardelli: «Non cambia nulla». Zanardelli ha detto di no.",
                 "it").get("Zanardelli") == "PER"


@needs_regions
def test_region_from_the_gazetteer():
    assert types("Le elezioni in Italia: oggi Molise e Abruzzo votano.", "it").get("Abruzzo") == "LOC"


def test_repeated_surname_joins_a_full_name_given_later():
    text = ("Dzisiaj Kowalczyk przemawiał. Potem Kowalczyk milczał, a Kowalczyk wyszedł.\n"
            "Wieczorem wrócił Tadeusz Kowalczyk.")
    found = entity_of(run(text, "pl"), "Kowalczyk")
    assert len(found) == 1 and found[0].name == "Tadeusz Kowalczyk"


def test_without_faker_an_unknown_full_name_is_still_a_person(monkeypatch):
    monkeypatch.setattr(names, "available", lambda: False)
    import cronaca.entities.typed as typed
    monkeypatch.setattr(typed, "names_available", lambda: False)
    a = Entities()(article("Oggi Zorbal Quendrini è partito.", "it"))
    assert [e.type for e in a.entities if e.name == "Zorbal Quendrini"] == ["PER"]
