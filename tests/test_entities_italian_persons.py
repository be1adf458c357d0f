"""Italian people's names (KIND): given names Faker lacks, names that go on past a particle
or an apostrophe, a person inside a longer capitalised run, a role of a body before a
name, surnames known by their ending. Each rule has a control case.

Surnames are made up ("Zorvati", "Quendral", "Berlasco") so that only the rule under test
types them; the sentences are written for these tests.
"""
from cronaca.entities.lexicon import lexicon
from cronaca.entities.names import is_given_name
from test_entities_italian import needs_names, typed


def test_cyrillic_names_get_the_latin_spellings_the_press_uses():
    from cronaca.entities.romanised import romanised
    assert {"vjaceslav", "vyacheslav"} <= romanised("Вячеслав")
    assert {"gennadij", "gennadiy", "gennady", "gennadi"} <= romanised("Геннадий")
    assert romanised("Giorgio") == set()


@needs_names
def test_given_names_faker_lacks_are_known():
    lex = lexicon("it")
    assert is_given_name("Cataldo", lex) and is_given_name("Tarcisio", lex)
    assert is_given_name("Dmitrij", lex)                 # "Дмитрий", romanised
    assert is_given_name("Pierdavide", lex) and is_given_name("Mariastella", lex)   # compounds
    assert not is_given_name("Mariotti", lex)            # a prefix, then no name


@needs_names
def test_an_italian_given_name_faker_lacks_makes_a_person():
    got = typed("Alla riunione ha parlato anche Cataldo Berlasco, con toni accesi.")
    assert got.get("Cataldo Berlasco") == "PER", got


@needs_names
def test_a_name_goes_on_past_a_particle_before_one_more_surname():
    got = typed("Ieri sera Lorenzo Quendral di Zorvati ha lasciato la sala senza parlare.")
    assert got.get("Lorenzo Quendral di Zorvati") == "PER", got


@needs_names
def test_a_place_or_a_body_after_the_particle_stays_apart():
    got = typed("Ieri sera Lorenzo Quendral di Milano ha lasciato la sala.")
    assert got.get("Lorenzo Quendral") == "PER" and got.get("Milano") == "LOC", got


@needs_names
def test_a_transliterated_name_with_an_apostrophe_is_one_name():
    got = typed("Il giorno dopo Mu'tadir Zorvati ha firmato la tregua.")
    assert got.get("Mu'tadir Zorvati") == "PER", got


def test_an_elision_opening_a_sentence_is_no_name():
    got = typed("Gli esperti lo dicono da tempo. Quest'anno Zorvati ha vinto ancora.")
    assert "Quest'anno Zorvati" not in got, got


@needs_names
def test_a_person_after_a_title_in_one_capitalised_run_starts_at_the_given_name():
    got = typed("Il fascicolo è passato al Sostituto Procuratore Stefano Berlasco in mattinata.")
    assert got.get("Stefano Berlasco") == "PER", got


@needs_names
def test_a_square_named_after_a_person_keeps_the_name():
    got = typed("Ci vediamo in Piazza Stefano Berlasco per la festa.")
    assert got.get("Piazza Stefano Berlasco") == "LOC", got


@needs_names
def test_a_title_after_a_name_loses_its_opening_article():
    got = typed("In scaletta c'erano Zeno Quendral Il treno della notte e altri brani.")
    assert got.get("Zeno Quendral") == "PER", got


@needs_names
def test_a_role_of_a_body_before_a_name_makes_a_person():
    got = typed("Lo ha detto il funzionario di polizia Ndubu Okorafe ai cronisti.")
    assert got.get("Ndubu Okorafe") == "PER", got
    got = typed("Al ballottaggio ha vinto il candidato della sinistra Ottavio Quendral.")
    assert got.get("Ottavio Quendral") == "PER", got


def test_a_body_without_a_role_before_it_still_names_a_body():
    got = typed("Secondo l'agenzia nigeriana Ndubu Okorafe la notizia è falsa.")
    assert got.get("Ndubu Okorafe") != "PER", got


@needs_names
def test_a_surname_ending_types_a_name_nothing_else_types():
    got = typed("Nel secondo tempo Berlaschini ha sbagliato due palloni facili.")
    assert got.get("Berlaschini") == "PER", got


@needs_names
def test_an_arabic_article_with_a_hyphen_stays_in_the_name():
    got = typed("Le milizie fedeli a Hamid al-Quendrawi hanno lasciato la città.")
    assert got.get("Hamid al-Quendrawi") == "PER", got


def test_a_gate_or_a_council_with_an_arabic_article_is_no_person():
    got = typed("Gli scontri sono avvenuti vicino a Bab al-Quendra nella notte.")
    assert "PER" not in got.values() and got, got


@needs_names
def test_a_quoted_nickname_between_given_name_and_surname_is_one_name():
    got = typed('Sul ring è salito Pablo "Tornado" Quendral davanti al pubblico di casa.')
    assert got.get('Pablo "Tornado" Quendral') == "PER", got


@needs_names
def test_junior_keeps_its_full_stop():
    got = typed("Sul ring è salito Pablo Quendral Jr. davanti al pubblico di casa.")
    assert got.get("Pablo Quendral Jr.") == "PER", got


def test_an_initial_before_a_surname_in_a_list_is_a_person():
    got = typed("La formazione schierata: Quendral, O. Berlasco, Zorvati e gli altri.")
    assert got.get("O. Berlasco") == "PER", got
    assert typed("Le norme del D. Lgs. approvato ieri.").get("D. Lgs") != "PER"


@needs_names
def test_a_capitalised_particle_after_a_given_name_opens_its_surname():
    got = typed("Le coppie: Chiocciola - Ottavio De Quendral (3) Drago - Zorvati (9)")
    assert got.get("Ottavio De Quendral") == "PER", got


def test_a_virus_is_no_person_whatever_its_ending():
    got = typed("I casi del virus Berlaschini sono saliti a dodici in una settimana.")
    assert got.get("Berlaschini") != "PER", got


@needs_names
def test_a_given_name_that_is_also_an_award_opens_a_person_name():
    got = typed("Dopo la gara di ieri Oscar Zorvati è stato premiato dalla federazione.")
    assert got.get("Oscar Zorvati") == "PER", got
    assert typed("Il film ha vinto tre Oscar e un Golden Globe.").get("Oscar") != "PER"


@needs_names
def test_a_surname_alone_after_the_full_name_is_the_person_even_after_an_article():
    text = ("Ieri Tjarda Quendral ha vinto la regata di Alassio. La vittoria della Quendral era "
            "attesa, e alla fine la Quendral ha ringraziato il pubblico.")
    got = typed(text)
    assert got.get("Tjarda Quendral") == "PER" and got.get("Quendral") == "PER", got


def test_a_club_named_after_its_town_is_no_person():
    text = "Ieri l'Hull City ha vinto ancora. Il City resta primo in classifica."
    assert typed(text).get("Hull City") != "PER"


def test_an_english_title_is_no_foreign_person():
    got = typed("L'album contiene Empty Rooms e altri brani.")
    assert got.get("Empty Rooms") != "PER", got
    got = typed("Alla conferenza ha parlato anche Tjarda Wouterszoon, ricercatrice olandese.")
    assert got.get("Tjarda Wouterszoon") == "PER", got


@needs_names
def test_a_given_name_inside_a_sentence_is_a_name_though_also_a_common_word():
    got = typed("Il racconto più lucido è stato quello di Chiara, arrivata da Torino in mattinata.")
    assert got.get("Chiara") == "PER", got
    got = typed("Nel programma della festa c'erano musica, balli e Una cena sotto le stelle.")
    assert "Una" not in got, got


@needs_names
def test_a_surname_of_particle_and_demonym_stays_whole():
    got = typed("Il Ministro della Difesa Ottavio La Russa, appresa la notizia, ha parlato.")
    assert got.get("Ottavio La Russa") == "PER", got


@needs_names
def test_a_surname_opened_by_a_capitalised_arabic_article_stays_whole():
    got = typed("Lo ha detto il primo ministro Nouri Al Quendrawi in conferenza stampa.")
    assert got.get("Nouri Al Quendrawi") == "PER", got


def test_a_caption_person_then_where_they_go_is_split():
    got = typed("Berlaschini al Senato Il presidente ha parlato per un'ora davanti all'aula.")
    assert got.get("Berlaschini") == "PER" and got.get("Senato") == "ORG", got


def test_a_place_with_al_inside_after_a_place_preposition_stays_whole():
    got = typed("Il pullman si è fermato a Marinelli al Lago per una sosta.")
    assert "Marinelli al Lago" in got, got


@needs_names
def test_a_capitalised_particle_and_a_place_word_make_a_surname():
    got = typed("Tra gli ospiti c'erano Ottavio Della Valle e altri imprenditori.")
    assert got.get("Ottavio Della Valle") == "PER", got
