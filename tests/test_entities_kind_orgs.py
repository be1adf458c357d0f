"""Italian organisations whose names the runs of capitals cut or mistake (KIND-style news).

Invented sentences and names; each rule has a case where it must not fire."""
import dataclasses

from cronaca.entities.lexicon import lexicon
from cronaca.entities.org_pairs import _common
from test_entities import mentions, typed


def it(text: str) -> dict[str, str]:
    return mentions(text, "it")


def typed_it(text: str) -> dict[str, str]:
    """Name and nominal mentions ("il governo")."""
    return typed(text, "it")


# --- "and" inside a body's name (org_pairs) ---

def test_a_body_named_after_two_things_keeps_both():
    got = it("Alle elezioni Alleanza Ambiente e Giustizia ha perso due seggi.")
    assert got.get("Alleanza Ambiente e Giustizia") == "ORG"
    got = it("Lo studio è firmato dall'Istituto Nazionale di Oceanografia e Meteorologia di recente.")
    assert got.get("Istituto Nazionale di Oceanografia e Meteorologia") == "ORG"


def test_and_with_an_article_inside_a_body_name():
    got = it("Ieri il Dipartimento per la Tutela del Paesaggio e la Cultura ha diffuso i dati.")
    assert got.get("Dipartimento per la Tutela del Paesaggio e la Cultura") == "ORG"


def test_an_english_body_name_goes_on_past_and():
    got = it("Lo conferma una ricercatrice del Center for Ocean Studies and Technology in una nota.")
    assert got.get("Center for Ocean Studies and Technology") == "ORG"


def test_the_languages_body_names_borrow_words_from_are_language_data():
    lex = lexicon("it")
    assert lex.name_languages == ("en",)
    assert _common("Research", lex)
    assert not _common("Research", dataclasses.replace(lex, name_languages=()))


def test_and_before_a_place_a_person_or_a_brand_ends_the_body_name():
    got = it("Il comunicato della Banca Popolare di Fermo e Ancona è arrivato ieri.")
    assert "Banca Popolare di Fermo e Ancona" not in got
    got = it("Ne hanno parlato il Partito Liberale e Marco Ferretti ieri sera.")
    assert "Partito Liberale e Marco Ferretti" not in got and got.get("Marco Ferretti") == "PER"
    got = it("Il titolo di Banca Lariana e Zolpex è salito del 3%.")
    assert "Banca Lariana e Zolpex" not in got


def test_and_ends_a_list_of_bodies():
    got = it("Hanno votato Unione Civica, Sinistra Popolare e Libertà per il sì.")
    assert "Sinistra Popolare e Libertà" not in got


def test_and_inside_an_item_of_a_list_that_goes_on():
    got = it("Hanno votato Unione Civica, Sinistra Popolare e Libertà, Patto Civico e altri.")
    assert got.get("Sinistra Popolare e Libertà") == "ORG"


# --- an institution's noun inside the name of a person's office (office_phrases) ---

def test_the_public_prosecutor_is_no_ministry():
    got = typed_it("In aula il pubblico ministero ha chiesto sei anni per l'imputato.")
    assert not any("ministero" in name for name in got)


def test_the_ministry_alone_is_still_a_body():
    got = typed_it("Dopo le proteste il ministero ha ritirato la circolare sulle scuole.")
    assert got.get("ministero") == "ORG"


# --- a name that fills a pair of quotation marks (quoted_names) ---

def test_a_quoted_paper_keeps_its_article():
    got = it('La notizia è stata ripresa da « Il Gazzettino » nel pomeriggio.')
    assert got.get("Il Gazzettino") == "ORG" and "Gazzettino" not in got


def test_a_quoted_party_keeps_its_first_word():
    got = it('I deputati sono passati al " Nuovo Centrosinistra " dopo la scissione.')
    assert "Nuovo Centrosinistra" in got and "Centrosinistra" not in got


def test_a_quoted_phrase_or_a_place_after_of_is_left_alone():
    got = it('Il quadro " Veduta di Ravenna " è stato restaurato.')
    assert "Veduta di Ravenna" not in got
    # the candidate ends where the marks close and the word before it is capitalised: only the
    # comma tells a quoted phrase from a quoted name here
    got = it('Il cartello diceva " Addio, Gazzetta " in grandi lettere.')
    assert got.get("Gazzetta") == "ORG" and "Addio, Gazzetta" not in got


# --- channels: "TV" or a number word after a broadcaster (channels) ---

def test_tv_after_a_name_ends_a_channel_name():
    got = it("Le immagini sono state mostrate da Zagros TV in serata.")
    assert got.get("Zagros TV") == "ORG" and "Zagros" not in got


def test_a_number_word_after_a_broadcaster_is_its_channel():
    got = it("La gara sarà trasmessa su Rai Tre a partire dalle 15.")
    assert got.get("Rai Tre") == "ORG"


def test_a_number_word_after_another_body_is_left_alone():
    got = it("Alla riunione il Movimento Cinque ha votato contro la proposta.")
    assert "Movimento Cinque" not in got
    got = it("In Francia TV e giornali ne hanno parlato a lungo.")
    assert got.get("Francia") == "LOC" and "Francia TV" not in got      # "TV" after a place


# --- a lower-case office with its town; the see of a bishop (org_tails, org_nouns) ---

def test_a_lower_case_court_with_its_town_is_a_body():
    got = typed_it("La sentenza del tribunale di Cremona è attesa per giugno.")
    assert got.get("tribunale") == "ORG" and got.get("Cremona") == "LOC"


def test_in_the_prefecture_of_is_a_territory():
    got = typed_it("Il sisma ha colpito soprattutto nella prefettura di Fukui.")
    assert "prefettura" not in got


def test_a_lower_case_diocese_is_a_body():
    got = typed_it("Il nuovo vescovo guiderà la diocesi per i prossimi dieci anni.")
    assert got.get("diocesi") == "ORG"


# --- a listed name of several words, wherever it stands (org_forms.listed) ---

def test_a_listed_party_opening_a_sentence_is_whole():
    got = it("Nazioni Unite e governo hanno firmato. Fratelli d'Italia ha votato contro.")
    assert got.get("Fratelli d'Italia") == "ORG" and "Italia" not in got


def test_a_listed_name_with_a_mark_or_a_particle_is_whole():
    got = it("Secondo un portavoce di Yahoo! il servizio riprenderà domani.")
    assert got.get("Yahoo!") == "ORG"
    got = it("Il gruppo ha legami con al Qaeda nel Maghreb.")
    assert got.get("al Qaeda") == "ORG"


def test_a_listed_name_without_its_capitals_is_no_body():
    got = it("Allo stadio la curva intonava fratelli d'Italia fino al fischio finale.")
    assert "fratelli d'Italia" not in got
    got = it("Nel video girato in Siria compaiono miliziani di al Qaeda armati.")
    assert got.get("al Qaeda") == "ORG"      # a name particle keeps its own case


def test_a_listed_name_inside_a_longer_name_is_left_alone():
    got = it("La gara si corre sul circuito Red Bull Ring in Austria.")
    assert "Red Bull" not in got


# --- a tournament's pool (generic_bodies) ---

def test_a_pool_of_a_tournament_is_no_body():
    got = it("Il sorteggio ha messo la squadra nel Gruppo C con due rivali inglesi.")
    assert "Gruppo C" not in got


def test_a_group_with_a_name_is_still_a_body():
    got = it("Il Gruppo Fontanesi ha chiuso il bilancio in utile.")
    assert got.get("Gruppo Fontanesi") == "ORG"


# --- a body named after its leader where any word is capitalised (org_names._led_heads) ---

def test_a_government_named_after_its_leader_opening_a_headline():
    got = typed_it("Governo Lombardi in crisi dopo il voto. Ieri il premier ha parlato alla Camera.")
    assert got.get("Governo") == "ORG" and got.get("Lombardi") == "PER"


def test_a_led_head_before_a_name_that_is_no_person_stays_out():
    got = typed_it("Regime Ue sui dazi: cosa cambia per le imprese.")
    assert "Regime" not in got and got.get("Ue") == "ORG"
    got = typed_it("Governo Usa pronto al taglio delle tasse, dice la stampa.")
    assert "Governo" not in got and got.get("Usa") == "LOC"


# --- plural offices before "of" and the body (it.toml offices) ---

def test_the_presidents_of_a_chamber_are_no_part_of_its_name():
    got = it("Ieri al Quirinale sono saliti i Presidenti di Camera e Senato per le consultazioni.")
    assert got.get("Camera") == "ORG" and not any(name.startswith("Presidenti") for name in got)
