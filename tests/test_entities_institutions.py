"""Where organisation names start and end, what an article says of a name, aliases across languages."""
import pytest
from test_entities import entity_of, run, typed

from cronaca.entities import cities, names
from cronaca.entities.aliases import parse
from cronaca.entities.keys import entity_key

needs_names = pytest.mark.skipif(not names.available(), reason="Faker (given names) not installed")
needs_regions = pytest.mark.skipif(not cities.available(), reason="pycountry (subdivisions) not installed")


def test_institution_of_several_words():
    got = typed("Nella notte i vigili del fuoco hanno spento le fiamme.", "it")
    assert got.get("vigili del fuoco") == "ORG" and "vigili" not in got


def test_adjective_after_an_institution_is_part_of_it():
    assert typed("Ieri il governo bulgaro ha chiuso le frontiere.", "it").get("governo bulgaro") == "ORG"
    assert typed("Oggi il Parlamento europeo vota la riforma.", "it").get("Parlamento europeo") == "ORG"


def test_a_verb_after_an_institution_is_not_an_adjective():
    got = typed("Dopo la frana i vigili del fuoco erano già sul posto.", "it")
    assert "vigili del fuoco" in got and not any("erano" in m for m in got)


def test_office_and_its_seat_are_two_names():
    got = typed("Sul caso indaga la Procura di Palermo da settimane.", "it")
    assert got.get("Procura") == "ORG" and got.get("Palermo") == "LOC"
    assert "Procura di Palermo" not in got


@needs_names
def test_organisation_before_its_head_is_split_from_the_person():
    got = typed("Lo ha ricordato il presidente del Senato Giorgio Bellandi in aula.", "it")
    assert got.get("Senato") == "ORG" and got.get("Giorgio Bellandi") == "PER"


def test_a_title_before_of_does_not_make_a_person():
    assert typed("Il testo è sul tavolo del Presidente della Repubblica da ieri.", "it").get("Repubblica") == "ORG"


@needs_regions
def test_a_capitalised_title_before_of_does_not_make_the_place_a_person():
    got = typed("Ne ha parlato Carla Venturi, Senatrice della Pennsylvania dal 2004.", "it")
    assert got.get("Pennsylvania") == "LOC" and got.get("Carla Venturi") == "PER"


def test_article_before_an_unknown_name_makes_an_organisation():
    assert typed("In campionato il Torvazzano ha battuto tutti.", "it").get("Torvazzano") == "ORG"


@needs_regions
def test_event_word_ends_before_the_place_of_the_event():
    got = typed("Quest'anno al Festival di Abruzzo ha vinto una band.", "it")
    assert got.get("Abruzzo") == "LOC" and got.get("Festival") != "ORG"


def test_units_and_diseases_are_not_names():
    got = typed("La scossa delle 14 UTC ha ferito due persone; il test HIV era negativo.", "it")
    assert "UTC" not in got and "HIV" not in got


def test_organisation_known_in_every_language():
    assert typed("Wczoraj firma Google ogłosiła zmiany.", "pl").get("Google") == "ORG"


def test_aliases_group_an_acronym_with_an_inflected_name():
    text = "Rząd spotkał się z przedstawicielami Unii Europejskiej. Później UE wydała komunikat."
    a = run(text, "pl")
    eu = entity_of(a, "Unii Europejskiej")
    assert eu and eu == entity_of(a, "UE") and eu[0].key == "org:eu"
    bg = entity_of(run("Вчера ЕС обяви нови мерки.", "bg"), "ЕС")
    assert bg and bg[0].key == "org:eu"


def test_alias_stems_take_short_endings_only():
    table = parse(["eu = UE, Uni- Europejsk-"])
    assert table.key("Unią Europejską") == "org:eu"
    assert table.key("Uniwersytet Europejski") is None


def test_person_keys_meet_across_transcriptions():
    assert entity_key("PER", "Theresa Mayová", "cs") == entity_key("PER", "Theresa May", "en")
    assert entity_key("PER", "Тереза Мей", "ru") == entity_key("PER", "Theresa May", "en")
    assert entity_key("PER", "Борис Джонсън", "bg") == entity_key("PER", "Boris Johnson", "en")
    assert entity_key("PER", "Jana Nováková", "cs") == entity_key("PER", "Jan Novák", "cs")
    assert entity_key("PER", "Jana Nováková", "pl") != entity_key("PER", "Jan Novák", "pl")


def test_country_of_two_inflected_words_is_found():
    from cronaca.entities.lexicon import lexicon
    place = lexicon("cs").place("Saúdskou Arábií")     # instrumental of "Saúdská Arábie"
    assert place is not None and place.code == "SA"


@needs_names
def test_person_ends_before_of_and_starts_after_it():
    got = typed("Al convegno ha parlato Giorgio Bellandi dell'Accademia Tiberina.", "it")
    assert got.get("Giorgio Bellandi") == "PER"
    got = typed("Alla festa mancava solo la Lista Civica di Marta Ginestri.", "it")
    assert got.get("Marta Ginestri") == "PER" and "Lista Civica di Marta Ginestri" not in got


@needs_names
def test_capitalised_common_noun_before_a_person_is_a_title():
    got = typed("Lo ha confermato il Sovrintendente Giorgio Bellandi in serata.", "it")
    assert got.get("Giorgio Bellandi") == "PER" and "Sovrintendente Giorgio Bellandi" not in got


def test_of_before_an_unknown_name_makes_a_weak_place():
    got = typed("Ieri il sindaco di Quarzolengo ha inaugurato la scuola.", "it")
    assert got.get("Quarzolengo") == "LOC"


@needs_names
def test_of_does_not_outweigh_a_given_name():
    got = typed("Sono arrivati i genitori di Federica ieri sera.", "it")
    assert got.get("Federica") == "PER"
