"""The typing and boundary rules added for KIND (issue 3), each in several languages.

Names are made up ("Quendral", "Zorvic") so that no name list types them: only the
rule under test can. Each test also checks a control sentence without the cue.
"""
import pytest
from test_entities import entity_of, run, typed

from cronaca.entities import names

needs_names = pytest.mark.skipif(not names.available(), reason="Faker (given names) not installed")


@pytest.mark.parametrize("text, lang", [
    ("Ieri il ciclista Quendral ha vinto la tappa.", "it"),
    ("Hier le cycliste Quendral a gagné l'étape.", "fr"),
    ("Ayer el ciclista Quendral ganó la etapa.", "es"),
    ("Ontem o ciclista Quendral venceu a etapa.", "pt"),
    ("Yesterday the cyclist Quendral won the stage.", "en"),
    ("Gestern gewann der Radfahrer Quendral die Etappe.", "de"),
])
def test_a_role_before_a_name_makes_a_person(text, lang):
    assert typed(text, lang).get("Quendral") == "PER"


def test_a_role_past_adjectives_makes_a_person_and_no_role_no_person():
    assert typed("Ha vinto il pugile filippino Quendral dopo dodici riprese.", "it").get("Quendral") == "PER"
    assert typed("Ha vinto Quendral dopo dodici riprese.", "it").get("Quendral") != "PER"


def test_a_role_capitalised_alone_is_no_name():
    got = typed("Alla messa c'era anche Arcivescovo Quendral Tellini, venuto da lontano.", "it")
    assert "Arcivescovo" not in " ".join(got) and got.get("Quendral Tellini") == "PER"


def test_a_title_before_an_elided_article_is_not_the_names():
    got = typed("Parla il presidente dell'Atletico Zorvic, appena rieletto.", "it")
    assert got.get("Atletico Zorvic") != "PER"


@pytest.mark.parametrize("text, lang, body, leader", [
    ("Ieri il governo Pantaleoni ha approvato la riforma.", "it", "governo", "Pantaleoni"),
    ("Ayer el gobierno Pantaleoni aprobó la reforma.", "es", "gobierno", "Pantaleoni"),
    ("Ontem o governo Pantaleoni aprovou a reforma.", "pt", "governo", "Pantaleoni"),
])
def test_a_body_named_after_its_leader_is_two_names(text, lang, body, leader):
    got = typed(text, lang)
    assert got.get(body) == "ORG" and got.get(leader) == "PER"
    assert f"{body} {leader}" not in got


def test_a_capitalised_government_and_its_leader_are_two_names():
    got = typed("Ieri è caduto il Governo Pantaleoni dopo il voto.", "it")
    assert got.get("Governo") == "ORG" and "Governo Pantaleoni" not in got


@pytest.mark.parametrize("text, lang, name", [
    ("Ieri l'Agenzia per la Sicurezza Marittima ha diffuso i dati.", "it", "Agenzia per la Sicurezza Marittima"),
    ("Hier l'Agence pour la Sécurité Maritime a publié ses chiffres.", "fr", "Agence pour la Sécurité Maritime"),
    ("Ayer la Fundación para la Investigación Marina publicó el informe.", "es", "Fundación para la Investigación Marina"),
    ("Yesterday the Institute for Marine Studies published its data.", "en", "Institute for Marine Studies"),
    ("Il rapporto del Center for Coastal Research è uscito ieri.", "it", "Center for Coastal Research"),
])
def test_a_connector_inside_an_organisation_name_keeps_it_whole(text, lang, name):
    assert typed(text, lang).get(name) == "ORG"


def test_a_connector_does_not_join_names_without_an_organisation_word():
    got = typed("Ieri Mario Tellini per la Zorvica ha parlato a lungo.", "it")
    assert not any("per" in n for n in got)


def test_a_capitalised_demonym_inside_an_organisation_name():
    got = typed("Oggi la Federazione Russa ha risposto alla nota.", "it")
    assert got.get("Federazione Russa") == "ORG"
    # lower case it is an adjective, outside the name
    assert "Federazione russa" not in typed("Oggi la federazione russa di scacchi ha risposto.", "it")


@pytest.mark.parametrize("text, lang, teams", [
    ("Nella partita di ieri la Svezia ha battuto la Norvegia 3-1.", "it", ("Svezia", "Norvegia")),
    ("Sweden beat Norway 3-1 in the final on Sunday.", "en", ("Sweden", "Norway")),
    ("La Suède a battu la Norvège 3-1 en finale.", "fr", ("Suède", "Norvège")),
    ("Suecia venció a Noruega por 3-1 en la final.", "es", ("Suecia", "Noruega")),
])
def test_countries_in_a_match_report_are_teams(text, lang, teams):
    got = typed(text, lang)
    assert all(got.get(t) == "ORG" for t in teams)


def test_countries_outside_a_match_report_or_after_in_are_places():
    assert typed("La Svezia, con le frontiere chiuse per 3 giorni, è isolata.", "it").get("Svezia") == "LOC"
    assert typed("Nella finale giocata in Svezia finisce 3-1 la partita.", "it").get("Svezia") == "LOC"


def test_codes_and_english_event_names_are_no_organisations():
    got = typed("Ieri un elicottero AB412 è caduto vicino al porto.", "it")
    assert got.get("AB412") != "ORG"
    assert typed("La cantante ha vinto il Grammy Award per la seconda volta.", "it").get("Grammy Award") != "ORG"
    assert typed("Congress passed the Clean Water Act in the end.", "en").get("Clean Water Act") != "ORG"


@pytest.mark.parametrize("text, lang", [
    ("Alla gara c'erano Mario Bellandi, Quendral e Zorvic.", "it"),
    ("Au départ il y avait Pierre Dumas, Quendral et Zorvic.", "fr"),
    ("En la salida estaban Pedro Ruiz, Quendral y Zorvic.", "es"),
    ("Na partida estavam Pedro Souza, Quendral e Zorvic.", "pt"),
    ("At the start were John Miller, Quendral and Zorvic.", "en"),
])
@needs_names
def test_names_listed_with_a_person_are_people(text, lang):
    got = typed(text, lang)
    assert got.get("Quendral") == "PER" and got.get("Zorvic") == "PER"


def test_a_conjunction_joins_only_a_country_of_several_words():
    assert typed("Ayer llegó a Trinidad y Tobago el ministro.", "es").get("Trinidad y Tobago") == "LOC"
    got = typed("Ayer hablaron Quendral y Zorvic con la prensa.", "es")
    assert "Quendral y Zorvic" not in got and "Quendral" in got


def test_an_unknown_name_is_kept_where_the_lemmatizer_lower_cases_it():
    assert "Quendral" in typed("Ontem o ciclista Quendral venceu a etapa.", "pt")
    assert "Quendral" in typed("Ayer Quendral ganó la etapa.", "es")


def test_a_list_of_unknown_names_alone_stays_untyped():
    got = typed("Alla gara c'erano Quendral e Zorvic.", "it")
    assert got.get("Quendral") != "PER"


@needs_names
def test_a_known_surname_ends_a_person_name():
    assert typed("Ieri Zorvan Rossi ha lasciato la città.", "it").get("Zorvan Rossi") == "PER"


@needs_names
@pytest.mark.parametrize("text, name", [
    ("Giuseppe Tellini è il nuovo vescovo della città.", "Giuseppe Tellini"),
    ("Antonio Zorvic ha annunciato le dimissioni.", "Antonio Zorvic"),
])
def test_a_given_name_opening_a_sentence_stays_in_the_name(text, name):
    assert typed(text, "it").get(name) == "PER"


@needs_names
def test_a_person_after_an_office_is_not_part_of_it():
    got = typed("Ieri il presidente del Consiglio Mario Tellini ha parlato.", "it")
    assert got.get("Mario Tellini") == "PER" and "Consiglio Mario Tellini" not in got


@needs_names
def test_a_person_then_a_ministry_are_two_names():
    got = typed("In sala c'erano Roberta Tellini Ministero del Lavoro e altri ospiti.", "it")
    assert got.get("Roberta Tellini") == "PER" and got.get("Ministero del Lavoro") == "ORG"


def test_an_office_ends_before_its_city_but_a_university_does_not():
    got = typed("Ieri l'Ambasciata di Francia ha chiuso gli sportelli.", "it")
    assert got.get("Ambasciata") == "ORG" and got.get("Francia") == "LOC"
    assert typed("Ieri l'Università di Pordenone ha aperto.", "it").get("Università di Pordenone") == "ORG"


@pytest.mark.parametrize("text, lang, name", [
    ("Piove molto nell'Italia settentrionale da giorni.", "it", "Italia settentrionale"),
    ("Il pleut beaucoup en Europe orientale depuis des jours.", "fr", "Europe orientale"),
    ("Llueve mucho en Europa oriental desde hace días.", "es", "Europa oriental"),
])
def test_an_adjective_of_direction_ends_a_place(text, lang, name):
    assert typed(text, lang).get(name) == "LOC"


def test_an_event_named_after_a_place_gives_the_place():
    got = typed("La squadra ha vinto la Coppa Italia ieri sera.", "it")
    assert got.get("Italia") == "LOC" and "Coppa Italia" not in got


def test_a_hospital_without_di_is_a_place_with_its_name():
    assert typed("È ricoverato all'ospedale Santa Zorvica da ieri.", "it").get("ospedale Santa Zorvica") == "LOC"
    got = typed("È ricoverato all'ospedale di Pordenone da ieri.", "it")
    assert got.get("Pordenone") == "LOC" and "ospedale di Pordenone" not in got


def test_an_article_before_a_capitalised_common_word_makes_no_organisation():
    assert typed("Ieri il Paese ha votato in massa.", "it").get("Paese") != "ORG"
    assert typed("Ieri il Zorvic ha votato in massa.", "it").get("Zorvic") == "ORG"
    assert typed("Ne parla il libro sulla Seconda Guerra Mondiale uscito ieri.", "it").get(
        "Seconda Guerra Mondiale") != "ORG"


@pytest.mark.parametrize("text, lang", [
    ("«Non cambierà nulla», ha aggiunto Quendral in serata.", "it"),
    ("Ieri ha vinto lo spagnolo Quendral dopo una lunga fuga.", "it"),
    ("Ayer ganó el español Quendral tras una larga escapada.", "es"),
])
def test_a_speech_phrase_or_a_nationality_before_a_name_makes_a_person(text, lang):
    assert typed(text, lang).get("Quendral") == "PER"


def test_capitalised_institution_named_by_nouns():
    assert typed("Sul posto sono arrivati i Vigili del fuoco in pochi minuti.", "it").get("Vigili del fuoco") == "ORG"


@needs_names
def test_a_country_before_a_person_is_cut_but_a_city_before_a_word_is_not():
    got = typed("Il presidente degli USA Donald Tellini è arrivato ieri.", "it")
    assert got.get("USA") == "LOC" and got.get("Donald Tellini") == "PER"
    assert "Roma Capitale" in typed("Ieri Roma Capitale ha approvato il bilancio.", "it")


def test_a_place_that_is_the_first_name_of_a_foreign_person():
    a = run("Asia Quendral è stata liberata ieri. Asia ha ringraziato i suoi avvocati.", "it")
    assert len(entity_of(a, "Asia")) == 1 and entity_of(a, "Asia") == entity_of(a, "Asia Quendral")
    b = run("Zamira Quendral è in Asia da ieri. L'Asia l'ha accolta bene.", "it")
    assert entity_of(b, "Asia") != entity_of(b, "Zamira Quendral")


def test_spellings_one_letter_apart_are_one_person():
    a = run("Zamira Quendral è arrivata ieri. Poi Zasira Quendral ha parlato ai giornalisti.", "it")
    assert entity_of(a, "Zamira Quendral") == entity_of(a, "Zasira Quendral")
    b = run("Mario Quendral è arrivato ieri. Poi Maria Quendral ha parlato ai giornalisti.", "it")
    assert entity_of(b, "Mario Quendral") != entity_of(b, "Maria Quendral")


@pytest.mark.parametrize("text, lang, kind", [
    ("Ha parlato il presidente di Zorvicom in conferenza.", "it", "ORG"),
    ("Indagini sulla morte di Zorvic proseguono da mesi.", "it", "PER"),
    ("Ha parlato il sindaco di Zorvica in conferenza.", "it", "LOC"),
    ("The spokesman of Zorvicom declined to comment.", "en", "ORG"),
    ("La mort de Zorvic reste inexpliquée.", "fr", "PER"),
    ("El alcalde de Zorvica habló ayer.", "es", "LOC"),
    ("O presidente de Zorvicom falou ontem.", "pt", "ORG"),
])
def test_the_noun_before_of_types_the_name(text, lang, kind):
    got = typed(text, lang)
    name = next(n for n in got if n.startswith("Zorvic"))
    assert got[name] == kind


def test_ampersand_and_numbers_inside_organisation_names():
    assert typed("Ieri Quendral & Zorvic ha chiuso il bilancio.", "it").get("Quendral & Zorvic") == "ORG"
    got = typed("Il servizio è andato in onda su Rai 2 ieri sera.", "it")
    assert got.get("Rai 2") == "ORG"
    assert not any("5" in n for n in typed("Ieri 5 persone sono arrivate a Roma.", "it"))


@pytest.mark.parametrize("text, lang, name, kind", [
    ("Lo scrive il quotidiano Zorvic nella prima pagina.", "it", "Zorvic", "ORG"),
    ("The newspaper Zorvic ran the story first.", "en", "Zorvic", "ORG"),
    ("Gli scontri sono avvenuti nella capitale Zorvica ieri.", "it", "Zorvica", "LOC"),
    ("The clashes took place near Zorvica on Monday.", "en", "Zorvica", "LOC"),
])
def test_the_noun_just_before_types_the_name(text, lang, name, kind):
    assert typed(text, lang).get(name) == kind


def test_a_known_alias_before_a_name_is_cut_from_it():
    got = typed("Ha parlato il segretario generale della NATO Quendral Zorvic ieri.", "it")
    assert "NATO" in got and "NATO Quendral Zorvic" not in got and "Quendral Zorvic" in got


def test_a_parenthesis_is_no_sentence_start():
    got = typed("Lo ha detto Alberto Zorvic (Forza Italia) in aula.", "it")
    assert got.get("Forza Italia") == "ORG"
