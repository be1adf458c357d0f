"""Words that are no names (number words, German common nouns) and what a name's words
say of its type."""
import pytest

from cronaca.api import analyze
from cronaca.options import AnalyzeOptions


def _entities(text: str, language: str) -> dict[str, str]:
    article = analyze(text=text, options=AnalyzeOptions(language=language))
    return {e.name: e.type for e in article.entities}


@pytest.mark.parametrize("language, text, number", [
    ("it", "Mille volontari hanno pulito la spiaggia di Rimini. Il sindaco li ha ringraziati.",
     "Mille"),
    ("es", "Mil vecinos salieron a la calle en Valencia. El alcalde no respondió.", "Mil"),
    ("en", "Thousands gathered in Leeds on Sunday. Hundreds stayed until the evening.",
     "Thousands"),
])
def test_a_number_word_opening_a_sentence_is_no_name(language, text, number):
    found = _entities(text, language)
    assert number not in found and len(found) >= 1


def test_a_given_name_that_is_also_a_number_word_elsewhere_stays_a_name():
    found = _entities("Otto Schily ha incontrato i sindaci a Trento. Hanno parlato dei treni "
                      "regionali e delle nuove linee per le valli.", "it")
    assert found.get("Otto Schily") == "PER"


def test_a_place_named_after_a_person_is_a_place_and_a_surname_place_word_a_person():
    found = _entities("La parata si è tenuta sul Kim Il-Sung Square; Mario Monti ha "
                      "commentato da Milano.", "it")
    assert found.get("Kim Il-Sung Square") == "LOC" and found.get("Mario Monti") == "PER"


def test_german_compounds_take_the_type_of_their_head():
    found = _entities("Die Bauleiterin Sabine Krüger sprach am Montag in Freiburg. Der "
                      "Fahrradclub ADFC kritisierte die Pläne der Stadt scharf.", "de")
    assert "Sabine Krüger" in found and found["Sabine Krüger"] == "PER"
    assert not any(name.startswith("Bauleiterin") for name in found)
    assert any(t == "ORG" and "ADFC" in name for name, t in found.items())


def test_compound_heads_count_only_where_nouns_are_capitalised():
    from cronaca.entities.lexicon import lexicon
    assert "bauleiterin" in lexicon("de").person_titles
    assert "fahrradclub" in lexicon("de").org_words
    assert "bauleiterin" not in lexicon("it").person_titles
    # a head of three letters makes no compound: "Samt" (velvet) is no office ("Amt")
    assert "amt" in lexicon("de").org_words and "samt" not in lexicon("de").org_words


def test_german_common_nouns_are_no_names_but_unknown_names_stay():
    found = _entities("Der neue Radweg wird erst im Herbst fertig. Der Boden war nasser als "
                      "gedacht, sagte die Bauleiterin Sabine Krüger in Emmendingen.", "de")
    assert "Radweg" not in found and "Boden" not in found
    assert found.get("Sabine Krüger") == "PER" and "Emmendingen" in found


def test_a_capitalised_adjective_inside_a_german_sentence_opens_a_name():
    found = _entities("Die Deutsche Bahn teilte am Montag mit, die Arbeiten würden im Frühjahr "
                      "beginnen. Die Europäische Zentralbank äußerte sich in Frankfurt.", "de")
    assert found.get("Deutsche Bahn") == "ORG" and found.get("Europäische Zentralbank") == "ORG"


def test_a_german_adjective_opening_a_sentence_or_in_lower_case_stays_an_adjective():
    article = analyze(text="Deutsche Firmen investieren mehr in Polen. Die deutsche Regierung "
                           "begrüßte das am Montag in Berlin.", options=AnalyzeOptions(language="de"))
    kinds = {(m.text, m.kind) for e in article.entities for m in e.mentions}
    assert ("Deutsche", "adjective") in kinds and ("deutsche", "adjective") in kinds
    assert not any(name.startswith("Deutsche ") for name in {e.name for e in article.entities})


def test_a_german_common_compound_is_no_organisation_but_a_listed_body_is():
    found = _entities("Die Grundschule im Ort bleibt am Montag geschlossen. Der Bundestag "
                      "stimmte am Abend in Berlin zu.", "de")
    assert "Grundschule" not in found and found.get("Bundestag") == "ORG"
