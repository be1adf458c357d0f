"""More Italian rules of the entities step (KIND): each with a control case.

Surnames are made up ("Zorvati", "Quendral", "Berlasco") so that only the rule under test
types them; the sentences are written for these tests.
"""
from test_entities_italian import needs_names, typed


def test_the_contrade_are_organisations_in_an_article_on_the_palio():
    got = typed("Il Palio di luglio è andato alla Tartuca. La Pantera è arrivata seconda, "
                "mentre l'Onda ha portato il Bruco sulla pista.")
    assert all(got.get(n) == "ORG" for n in ("Tartuca", "Pantera", "Onda", "Bruco")), got


def test_the_same_words_elsewhere_are_no_contrade():
    got = typed("Nella favola l'Onda porta il Bruco sulla spiaggia.")
    assert got.get("Onda") != "ORG" and got.get("Bruco") != "ORG"


LINEUP = ("{}: Zorvati 12, Quendral 9, Berlasco 7, Mirandi 3, Tolvesi (L), Pannoti 4, "
          "Bressanti 2; Corlini 5, Daverno 1.")


def test_surnames_with_their_points_in_a_match_report_are_players():
    text = "La finale di pallavolo è finita 3-1 per la squadra di casa. " + LINEUP.format("Italia")
    got = typed(text)
    assert all(got.get(n) == "PER" for n in ("Zorvati", "Quendral", "Tolvesi", "Corlini")), got


def test_a_numbered_list_outside_sport_is_no_line_up():
    text = "Il negozio ha venduto i modelli di stagione. " + LINEUP.format("Catalogo")
    got = typed(text)
    assert got.get("Zorvati") != "PER" and got.get("Tolvesi") != "PER"


def test_a_role_after_a_comma_makes_a_person():
    assert typed("Ieri Zorvati, l'ex ministro, non ha risposto.").get("Zorvati") == "PER"
    assert typed("La lite tra Quendral, esponente della maggioranza, e gli alleati.").get("Quendral") == "PER"


def test_a_place_description_after_a_comma_is_no_role():
    assert typed("Ieri a Zorvati, capoluogo della valle, è nevicato.").get("Zorvati") == "LOC"


def test_government_after_a_bare_of_names_no_body():
    assert "Governo" not in typed("La crisi di Governo si è aperta in agosto.")
    assert typed("Si è dimesso dal Governo in agosto.").get("Governo") == "ORG"


def test_two_countries_joined_by_a_dash_are_two_sides():
    got = typed("È stata fissata l'amichevole Italia - Croazia di marzo.")
    assert got.get("Italia") == "ORG" and got.get("Croazia") == "ORG"
    got = typed("Il confine tra Italia e Croazia è aperto.")
    assert got.get("Italia") == "LOC" and got.get("Croazia") == "LOC"


def test_a_member_then_of_and_an_organisation_are_two_names():
    got = typed("Lo ha detto Sveva Quendral del Nuovo Centrodestra in aula.")
    assert "Nuovo Centrodestra" in got and "Sveva Quendral del Nuovo Centrodestra" not in got


def test_of_and_a_name_without_organisation_word_stays_one_name():
    got = typed("Lo ha detto Sveva Quendral della Rocca in aula.")
    assert got.get("Sveva Quendral della Rocca") == "PER", got


def test_an_acronym_after_a_word_names_an_organisation():
    assert typed("Lo sciopero del consorzio Roma TPL è finito.").get("Roma TPL") == "ORG"
    assert typed("Il sindaco di Washington DC ha parlato.").get("Washington DC") != "ORG"


@needs_names
def test_a_regnal_number_after_a_name_stays_a_person():
    assert typed("Il re Vittorio Emanuele III firmò il decreto.").get("Vittorio Emanuele III") == "PER"


def test_a_common_word_after_an_organisation_noun_is_its_name():
    got = typed("Lo hanno scritto i quotidiani Libero e Il Tempo.")
    assert got.get("Libero") == "ORG" and got.get("Il Tempo") == "ORG"
    assert "Libero" not in typed("Il dibattito è Libero e aperto a tutti.")


def test_a_party_named_after_the_country_is_an_organisation():
    assert typed("Il partito Fratelli d'Italia resta all'opposizione.").get("Fratelli d'Italia") == "ORG"
    assert typed("Le navi sono rimaste nel Corno d'Africa.").get("Corno d'Africa") == "LOC"


def test_the_national_team_is_an_organisation():
    assert typed("Ha guidato la nazionale italiana ai mondiali.").get("nazionale italiana") == "ORG"
    assert not typed("Il prezzo nazionale della benzina è salito.")


def test_listed_names_of_institutions_and_places_are_whole():
    assert typed("Ieri la Chiesa ortodossa ha protestato.").get("Chiesa ortodossa") == "ORG"
    assert typed("Uno studio del Politecnico di Torino lo conferma.").get("Politecnico di Torino") == "ORG"
    assert typed("Gli aiuti sono entrati nella Striscia di Gaza.").get("Striscia di Gaza") == "LOC"
    assert typed("Ieri la Chiesa ha protestato.").get("Chiesa") == "ORG"


def test_a_hospital_or_a_church_named_after_a_saint_is_a_place():
    assert typed("È stato portato all'Ospedale Zorvati di notte.").get("Ospedale Zorvati") == "LOC"
    got = typed("I funerali si terranno nella Chiesa di Santa Quendrala dei Monti.")
    assert got.get("Chiesa di Santa Quendrala dei Monti") == "LOC", got
    assert typed("Ieri la Chiesa cattolica ha parlato.").get("Chiesa cattolica") == "ORG"


def test_a_religious_form_of_address_is_part_of_the_name():
    assert typed("Ieri don Zorvati Quendral ha celebrato la messa.").get("don Zorvati Quendral") == "PER"
    got = typed("Ieri il ministro Zorvati Quendral ha parlato.")
    assert "Zorvati Quendral" in got and "ministro Zorvati Quendral" not in got


def test_a_name_opened_by_il_is_no_person():
    assert typed("Lo ha scritto ieri Il Quendrale, citando fonti di polizia.").get("Il Quendrale") == "ORG"
    assert typed("Lo ha scritto ieri Anna Quendrale, citando fonti di polizia.").get("Anna Quendrale") != "ORG"


def test_a_direction_before_a_place_is_part_of_its_name():
    got = typed("Ieri è nevicato nel nord Italia e in Sud Africa.")
    assert got.get("nord Italia") == "LOC" and got.get("Sud Africa") == "LOC", got
    got = typed("Ieri è nevicato a nord dell'Italia.")
    assert got.get("Italia") == "LOC" and not any("nord" in n for n in got)


def test_a_demonym_that_ends_a_known_place_stays_in_it():
    assert typed("Il re dell'Arabia Saudita ha parlato.").get("Arabia Saudita") == "LOC"
    assert typed("Il ministro Zorvati saudita ha parlato.").get("Zorvati saudita") is None


def test_a_contrada_glued_to_its_horse_is_cut_out():
    got = typed("Al Palio di agosto corre la Chiocciola Zorvata con il fantino Quendral.")
    assert got.get("Chiocciola") == "ORG" and "Chiocciola Zorvata" not in got, got


@needs_names
def test_a_party_adjective_before_a_full_name_is_a_member():
    assert typed("Ha parlato anche la democratica Anna Quendral in aula.").get("Anna Quendral") == "PER"
    assert typed("Lo riporta l'agenzia russa Zorvat Novi in serata.").get("Zorvat Novi") == "ORG"
