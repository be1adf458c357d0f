"""Dutch: compounds named by their head ("Fietsersbond"), the larger towns, and a surname
particle opening a sentence ("De Wit zei ...")."""
from cronaca.api import analyze
from cronaca.options import AnalyzeOptions


def _entities(text: str, language: str) -> dict[str, list[str]]:
    article = analyze(text=text, options=AnalyzeOptions(language=language))
    return {e.type + ":" + e.name: [m.text for m in e.mentions] for e in article.entities}


def test_a_compound_is_typed_by_its_head_and_a_town_is_known():
    found = _entities("De Voedselbond in Eindhoven opent een tweede winkel. Volgens de "
                      "vrijwilligers komen er elke week meer klanten.", "nl")
    assert "ORG:Voedselbond" in found and "LOC:Eindhoven" in found


def test_an_opening_particle_joins_the_surname_written_with_a_given_name():
    found = _entities("Wethouder Karin van Dam opende de brug. Van Dam sprak van een "
                      "mooie dag voor de wijk. Daarna gingen de bewoners naar huis.", "nl")
    [mentions] = [m for key, m in found.items() if key.endswith("Karin van Dam")]
    assert "Van Dam" in mentions


def test_an_article_before_a_country_stays_outside_its_name():
    found = _entities("Secondo la Russia il vertice è rinviato. La Russia ha chiesto "
                      "nuove garanzie ai partner europei.", "it")
    names = {m for mentions in found.values() for m in mentions}
    assert "La Russia" not in names and "Russia" in names
