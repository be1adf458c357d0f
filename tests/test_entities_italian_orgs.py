"""Italian organisations and places: where their names end, and what the words around them say."""
import pytest
from test_entities_italian import needs_names, typed

from cronaca.entities import cities

needs_regions = pytest.mark.skipif(not cities.available(), reason="pycountry (subdivisions) not installed")


# --- where an organisation's name ends ---

def test_a_demonym_after_an_organisation_is_part_of_its_name():
    got = typed("Stando alle fonti, l'Interpol croata non aveva ricevuto nessuna segnalazione.")
    assert got.get("Interpol croata") == "ORG" and "Interpol" not in got


def test_a_lower_case_ministry_takes_its_portfolio():
    got = typed("In serata il ministero degli esteri ha sconsigliato i viaggi nella zona.")
    assert got.get("ministero degli esteri") == "ORG"


def test_adjectives_that_end_like_no_adjective_close_a_body_name():
    got = typed("La sentenza della Corte suprema ha chiuso il caso dopo sei anni.")
    assert got.get("Corte suprema") == "ORG" and "Corte" not in got
    got = typed("Si indaga su un clan della camorra napoletana attivo al porto.")
    assert got.get("camorra napoletana") == "ORG"


def test_a_lower_case_head_with_an_adjective_names_a_body():
    got = typed("A marzo la commissione elettorale ha rinviato lo spoglio delle schede.")
    assert got.get("commissione elettorale") == "ORG"


def test_an_article_elided_after_per_keeps_the_name_whole():
    got = typed("Gli ispettori dell'Agenzia Internazionale per l'Energia Atomica arrivano lunedì.")
    assert got.get("Agenzia Internazionale per l'Energia Atomica") == "ORG"


@needs_names
def test_no_person_hides_inside_a_body_name():
    got = typed("I volontari della Croce Rossa Internazionale hanno portato acqua e coperte.")
    assert got.get("Croce Rossa Internazionale") == "ORG"


def test_a_ministry_of_two_portfolios_is_one_name():
    got = typed("Il bando è stato firmato dal Ministero dei Porti e delle Foreste in mattinata.")
    assert got.get("Ministero dei Porti e delle Foreste") == "ORG"


def test_an_org_word_and_an_adjective_take_a_lower_case_tail():
    got = typed("Il rapporto dell'Organizzazione mondiale del turismo esce domani.")
    assert got.get("Organizzazione mondiale del turismo") == "ORG"


def test_a_capitalised_demonym_ends_a_body_of_several_words():
    got = typed("Un aereo dell'Aeronautica Militare Italiana ha soccorso i naufraghi.")
    assert got.get("Aeronautica Militare Italiana") == "ORG"


def test_al_before_a_body_is_the_article():
    got = typed("Poi Bellandi al Senato ha chiesto una nuova votazione.")
    assert got.get("Senato") == "ORG" and "Bellandi al Senato" not in got


def test_a_web_domain_is_part_of_the_site_name():
    got = typed("La notizia è rimbalzata su Pinkfeld.com e poi altrove.")
    assert got.get("Pinkfeld.com") == "ORG"


def test_a_channel_number_is_part_of_its_name():
    got = typed("Il documentario andrà in onda su Channel 4 la prossima settimana.")
    assert got.get("Channel 4") == "ORG"


def test_a_kind_of_body_and_what_it_deals_in_type_the_name():
    got = typed("Secondo l'agenzia di stampa Kerbunet, i feriti sono dodici.")
    assert got.get("Kerbunet") == "ORG"


@needs_names
def test_a_portfolio_is_no_body_and_its_holder_is_a_person():
    got = typed("Ne ha parlato a lungo il ministro dei Trasporti Franco Bellandi alla radio.")
    assert "Trasporti" not in got and not any("Trasporti" in m for m in got)
    got = typed("Lo ha confermato il ministro degli Esteri (Franco Bellandi) in serata.")
    assert not any("Esteri" in m for m in got), got
    assert got.get("Franco Bellandi") == "PER"


# --- places ---

def test_a_council_after_a_preposition_of_place_is_the_territory():
    assert typed("Il capannone è crollato nel comune di Vornago stanotte.").get("comune di Vornago") == "LOC"
    assert typed("Il comune di Vornago ha chiuso le scuole per due giorni.").get("comune di Vornago") == "ORG"


def test_two_untyped_names_between_tra_and_e_are_places():
    got = typed("Il tratto di strada tra Varzelo e Montebrusco resterà chiuso.")
    assert got.get("Varzelo") == "LOC" and got.get("Montebrusco") == "LOC"


def test_a_word_of_travel_before_da_makes_the_name_a_place():
    got = typed("Il pullman era partito da Vornago alle sei del mattino.")
    assert got.get("Vornago") == "LOC"


def test_a_stop_of_a_route_joined_to_a_known_place_is_a_place():
    got = typed("Riapre la linea ferroviaria Milano - Vornago dopo i lavori.")
    assert got.get("Vornago") == "LOC"


@needs_regions
def test_a_province_code_in_brackets_after_a_town_is_a_place():
    got = typed("Un incendio è divampato a Vornago (BG) nella notte.")
    assert got.get("BG") == "LOC" and got.get("Vornago") == "LOC"


def test_a_place_takes_its_adjective_of_direction():
    got = typed("Le piogge hanno colpito le Filippine meridionali per tre giorni.")
    assert got.get("Filippine meridionali") == "LOC"


def test_a_town_named_after_a_saint_and_a_river():
    got = typed("La scossa è stata avvertita a San Matteo sul Brenta e dintorni.")
    assert got.get("San Matteo sul Brenta") == "LOC"


def test_events_named_after_a_place_leave_the_place_its_own_name():
    got = typed("Migliaia di persone hanno seguito il Palio di Montebrusco in piazza.")
    assert got.get("Montebrusco") == "LOC"


def test_a_kind_of_body_capitalised_alone_names_no_one():
    got = typed("Il governo ha tagliato i fondi alle Università e agli ospedali.")
    assert "Università" not in got


def test_an_event_with_a_foreign_of_keeps_the_place_in_its_name():
    got = typed("Ha corso il Tour de France per la sesta volta quest'anno.")
    assert "France" not in got


@needs_regions
def test_a_towns_adjective_after_nel_names_the_area_around_it():
    assert typed("Una grandinata ha colpito i vigneti nel Modenese ieri sera.").get("Modenese") == "LOC"
    assert "mese" not in typed("Le vendite sono salite nel mese di luglio.")


def test_a_service_named_by_its_number_after_an_article():
    assert typed("Quando sono arrivati i sanitari del 118 non c'era più nulla da fare.").get("118") == "ORG"
    assert "118" not in typed("Il treno è partito con 118 passeggeri a bordo.")


def test_a_name_described_as_a_kind_of_place_after_a_comma_is_a_place():
    got = typed("Hanno parlato a lungo con Kordanek, la capitale della regione, nella notte.")
    assert got.get("Kordanek") == "LOC"


@needs_names
def test_a_saints_name_with_of_inside_is_a_place():
    got = typed("La scossa è stata avvertita anche a Santa Rosa del Vallone e nei dintorni.")
    assert got.get("Santa Rosa del Vallone") == "LOC"


def test_a_country_after_a_national_teams_noun_is_its_team():
    got = typed("Allo stadio si affrontano stasera le nazionali di Olanda e Portogallo.")
    assert got.get("Olanda") == "ORG" and got.get("Portogallo") == "ORG"
    assert typed("Lo vieta la legge nazionale della Francia da anni.").get("Francia") == "LOC"
