"""Rules that read the words around a name: clubs, councils, offices, datelines, brackets,
sports articles, where an organisation's name ends. Each rule has a control that must not change."""
import pytest
from test_entities import mentions

from cronaca.entities import cities, names

needs_names = pytest.mark.skipif(not names.available(), reason="Faker (given names) not installed")
needs_regions = pytest.mark.skipif(not cities.available(), reason="pycountry (subdivisions) not installed")


@needs_regions
@pytest.mark.parametrize("text,lang,name,kind", [
    ("Sabato il Livorno ha perso in casa contro una squadra ligure.", "it", "Livorno", "ORG"),
    ("Sabato a Livorno ha piovuto per tutta la mattina.", "it", "Livorno", "LOC"),        # control
    ("Ayer el Sevilla perdió en casa por la tarde.", "es", "Sevilla", "ORG"),
    ("Ayer en Sevilla llovió durante toda la tarde.", "es", "Sevilla", "LOC"),            # control
    ("Nel Mali la stagione delle piogge è finita.", "it", "Mali", "LOC"),                 # a country
])
def test_a_town_after_an_article_is_its_club(text, lang, name, kind):
    assert mentions(text, lang).get(name) == kind


def test_a_town_whose_name_holds_its_article_stays_a_town():
    assert mentions("Dopo il terremoto dell'Aquila la scuola ha riaperto.", "it").get("Aquila") == "LOC"


@needs_regions
@pytest.mark.parametrize("text,name,kind", [
    ("Il bando della Regione Lazio scade domani.", "Regione Lazio", "ORG"),
    ("Il presidente della provincia di Mantova ha firmato il bando.", "provincia di Mantova", "ORG"),
    ("Un paese in provincia di Mantova ha chiuso le scuole.", "provincia di Mantova", "LOC"),  # control
])
def test_a_place_head_names_a_council_only_with_a_cue(text, name, kind):
    assert mentions(text, "it").get(name) == kind


@pytest.mark.parametrize("text,lang,name,gone", [
    ("Ieri sera il Capo dello Stato ha ricevuto i sindaci.", "it", "Stato", "Capo dello Stato"),
    ("Il Prefetto della Congregazione per il Clero ha scritto ai vescovi.", "it",
     "Congregazione per il Clero", "Prefetto della Congregazione per il Clero"),
    ("Yesterday the Chairman of the Federal Trade Commission spoke in Denver.", "en",
     "Federal Trade Commission", "Chairman of the Federal Trade Commission"),
])
def test_an_office_before_of_is_no_part_of_the_organisation(text, lang, name, gone):
    got = mentions(text, lang)
    assert got.get(name) == "ORG" and gone not in got


def test_a_place_word_before_of_keeps_its_name():
    """Control: "Capo" is also a cape."""
    assert mentions("La nave ha doppiato ieri il Capo di Buona Speranza.", "it").get("Capo di Buona Speranza") == "LOC"


@needs_names
def test_the_holder_of_an_office_is_split_from_it():
    got = mentions("Ieri il Presidente del Consiglio Brambilla ha parlato a lungo.", "it")
    assert got.get("Consiglio") == "ORG" and got.get("Brambilla") == "PER"
    got = mentions("Ieri il Presidente del Consiglio Superiore ha parlato a lungo.", "it")   # control
    assert "Superiore" not in got


@needs_names
@pytest.mark.parametrize("text,name,kind", [
    ("Ferentino:\nuna frana chiude la strada provinciale.", "Ferentino", "LOC"),
    ("Gasparrini:\n« Non lasceremo la città da sola »", "Gasparrini", "PER"),
])
def test_a_name_before_a_colon_at_a_line_start(text, name, kind):
    assert mentions(text, "it").get(name) == kind


def test_a_name_inside_a_sentence_before_a_colon_is_no_dateline():
    got = mentions("Ieri ha parlato il giudice Ferentino: nessuno lo ha ascoltato.", "it")
    assert got.get("Ferentino") != "LOC"


@pytest.mark.parametrize("text,lang,name,kind", [
    ("Hanno votato contro Paola Ferrandi (Fdl) e altri due.", "it", "Fdl", "ORG"),
    ("Voted against: Paula Ferrand (Likud) and two others.", "en", "Likud", "ORG"),
    ("Lo hanno trovato a Tortora (Cosenza) ieri sera.", "it", "Cosenza", "LOC"),       # control
])
def test_a_name_in_brackets_after_a_name(text, lang, name, kind):
    assert mentions(text, lang).get(name) == kind


MATCH = ("L'Italia ha battuto la Francia 3-1 nella partita di ieri.\n"
         "Nella seconda gara la squadra ha vinto 2-0.\n")


def test_countries_in_a_sports_article_are_teams():
    got = mentions(MATCH + "Il tecnico ha detto che la Polonia resta favorita.", "it")
    assert got.get("Polonia") == "ORG"


def test_countries_in_a_sports_article_keep_a_place_after_in():
    got = mentions(MATCH + "La squadra tornerà in Polonia a maggio.", "it")
    assert got.get("Polonia") == "LOC"


def test_one_score_makes_no_sports_article():
    got = mentions("L'Italia ha battuto la Francia 3-1 nella partita di ieri.\n"
                   "Il ministro ha detto che la Polonia e la Spagna restano alleate.", "it")
    assert got.get("Polonia") == "LOC"


@needs_names
@pytest.mark.parametrize("text,lang,first,second", [
    ("Ieri il Presidente degli Stati Uniti Barack Obama ha parlato.", "it", "Stati Uniti", "Barack Obama"),
    ("Il diciottenne della Florida Graham Ivan Clark è stato fermato.", "it", "Florida", "Graham Ivan Clark"),
])
def test_a_place_then_a_person_after_of(text, lang, first, second):
    got = mentions(text, lang)
    assert got.get(first) == "LOC" and got.get(second) == "PER"


@needs_names
def test_a_name_ending_in_an_initial_keeps_its_stop():
    assert "Roberto S." in mentions("L'uomo, identificato come Roberto S., è stato fermato.", "it")
    assert "Roberto Sala" in mentions("L'uomo, identificato come Roberto Sala, è stato fermato.", "it")


@pytest.mark.parametrize("text,lang,name", [
    ("Un attacco al sito del Ministero delle finanze è stato respinto.", "it", "Ministero delle finanze"),
    ("La Corte d'appello ha confermato la pena.", "it", "Corte d'appello"),
    ("Le site du Ministère de l'économie a été attaqué hier.", "fr", "Ministère de l'économie"),
])
def test_an_organisation_word_keeps_a_lower_case_noun_after_of(text, lang, name):
    assert mentions(text, lang).get(name) == "ORG"


def test_a_function_word_after_of_stays_out():
    got = mentions("Il Ministero della quale si parla ha risposto.", "it")
    assert "Ministero" in got and not any(m.startswith("Ministero della") for m in got)


@needs_names
@pytest.mark.parametrize("text,name", [
    ("Nel 1989 lo ha sostituito Frederik Willem de Klerk alla guida.", "Frederik Willem de Klerk"),
    ("Lo ha ribadito ieri sera Di Gregorio in un comizio.", "Di Gregorio"),
])
def test_name_particles_keep_a_person_whole(text, name):
    assert mentions(text, "it").get(name) == "PER"


def test_ad_before_a_town_is_a_preposition_not_a_title():
    assert mentions("Ieri ad Imperia uno studente è stato multato.", "it").get("Imperia") == "LOC"


@needs_regions
def test_a_town_that_is_a_common_word_after_a_place_preposition():
    assert mentions("I due spacciavano a Prato da mesi.", "it").get("Prato") == "LOC"
    assert "Pace" not in mentions("Hanno parlato a lungo della Pace nel mondo.", "it")   # control


@pytest.mark.parametrize("text,first,second", [
    ("La risoluzione del Consiglio di Sicurezza dell'ONU è arrivata.", "Consiglio di Sicurezza", "ONU"),
    ("Il presidente della Commissione Difesa del Senato ha parlato.", "Commissione Difesa", "Senato"),
])
def test_an_organisation_then_another_after_of(text, first, second):
    got = mentions(text, "it")
    assert got.get(first) == "ORG" and got.get(second) == "ORG"


@needs_regions
@pytest.mark.parametrize("text,whole", [
    ("Ieri la Banca d'Italia ha alzato i tassi.", "Banca d'Italia"),
    ("Si è laureato all'Università di Bologna nel 1990.", "Università di Bologna"),
    ("Ieri la Banca Popolare di Milano ha chiuso in rialzo.", "Banca Popolare di Milano"),
])
def test_an_organisation_named_with_its_place_stays_whole(text, whole):
    assert mentions(text, "it").get(whole) == "ORG"


@needs_regions
def test_a_named_organisation_ends_before_the_town_it_is_in():
    got = mentions("È ricoverato al Policlinico Gemelli di Roma da ieri.", "it")
    assert got.get("Policlinico Gemelli") in ("ORG", "LOC") and got.get("Roma") == "LOC"


@pytest.mark.parametrize("text,lang,name", [
    ("Ieri la FIA ha cancellato un'altra tappa del mondiale.", "it", "FIA"),
    ("Secondo quanto riferito all'ANSA, il bilancio è salito.", "it", "ANSA"),
])
def test_an_acronym_that_spells_a_common_word_is_kept(text, lang, name):
    assert mentions(text, lang).get(name) == "ORG"


def test_a_capitalised_common_word_alone_is_still_dropped():
    """Control: "il Paese" is a country named by a common noun, not a name."""
    assert "Paese" not in mentions("Il ministro ha detto che il Paese è pronto.", "it")


@pytest.mark.parametrize("text,lang,name,kind", [
    ("La città olandese di Vlaardingen ospiterà la gara.", "it", "Vlaardingen", "LOC"),
    ("Il presidente francese di Verdalux ha parlato ieri.", "it", "Verdalux", "ORG"),
    ("The regional capital of Vlaardingen will host the race.", "en", "Vlaardingen", "LOC"),
])
def test_the_noun_before_of_types_the_name_past_a_demonym(text, lang, name, kind):
    assert mentions(text, lang).get(name) == kind


def test_a_country_addressed_is_the_state():
    got = mentions("Gli Stati Uniti hanno chiesto alla Svizzera di mediare.", "it")
    assert got.get("Svizzera") == "ORG"
    assert mentions("In Svizzera la neve è arrivata presto.", "it").get("Svizzera") == "LOC"   # control


@pytest.mark.parametrize("text,name,kind", [
    ("Una nave è stata attaccata al largo del Corno d'Africa ieri.", "Corno d'Africa", "LOC"),
    ("Ieri si è corso il Palio di Siena sotto la pioggia.", "Siena", "LOC"),       # control: two names
])
def test_a_place_after_an_elided_of_stays_in_the_name(text, name, kind):
    assert mentions(text, "it").get(name) == kind
