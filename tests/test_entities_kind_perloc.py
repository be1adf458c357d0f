"""Italian people and places: rules measured on Italian news (invented sentences)."""
from test_entities import mentions, typed


def test_saint_prefix_before_a_given_name_is_no_person():
    # "Santo" and "Diego" are given names somewhere; the town is no one
    found = mentions("Le strade che portano a Santo Stefano Lodigiano sono chiuse da ieri.", "it")
    assert found.get("Santo Stefano Lodigiano") == "LOC"
    found = mentions("Un giudice di San Diego ha rinviato l'udienza di Marco Ferlini.", "it")
    assert found.get("San Diego") == "LOC"


def test_saint_prefix_control_a_given_name_and_a_surname_stay_a_person():
    found = mentions("Ieri Stefano Ferlini ha incontrato i sindacati.", "it")
    assert found.get("Stefano Ferlini") == "PER"


def test_buildings_and_landforms_named_with_a_capital_are_places():
    found = mentions("I pellegrini sono saliti al Santuario della Madonna del Ciliegio.", "it")
    assert found.get("Santuario della Madonna del Ciliegio") == "LOC"
    found = mentions("Una frana ha chiuso il Passo del Corvaro per tutta la notte.", "it")
    assert found.get("Passo del Corvaro") == "LOC"


def test_buildings_control_a_body_stays_an_organisation():
    found = mentions("La Fondazione del Ciliegio ha stanziato nuovi fondi.", "it")
    assert found.get("Fondazione del Ciliegio") == "ORG"


def test_nickname_cue_makes_a_person():
    found = mentions("Sul cavallo bianco correva Giulio Marrasca detto Bizzarru.", "it")
    assert found.get("Bizzarru") == "PER"
    found = mentions("I creditori hanno aderito al piano Cavrusco senza riserve.", "it")
    assert found.get("Cavrusco") == "PER"


def test_nickname_cue_control_without_the_cue_nothing_makes_a_person():
    found = mentions("I creditori hanno aderito al progetto Cavrusco senza riserve.", "it")
    assert found.get("Cavrusco") != "PER"


def test_noun_of_place_before_of_outweighs_the_given_name_lists():
    # "Brenda" is a given name in the lists: after "la città di" it is a town
    found = mentions("Nella città di Brenda si vota domenica per il nuovo consiglio.", "it")
    assert found.get("Brenda") == "LOC"
    found = mentions("Il terremoto di Elvira ha distrutto il porto.", "it")
    assert found.get("Elvira") == "LOC"


def test_noun_of_place_control_a_given_name_after_a_person_noun_stays_a_person():
    found = mentions("La madre di Brenda ha parlato con i giornalisti.", "it")
    assert found.get("Brenda") == "PER"


def test_nello_is_a_place_preposition():
    found = mentions("Un attentato nello Zhaorong ha fatto dodici vittime.", "it")
    assert found.get("Zhaorong") == "LOC"


def test_nello_control_the_article_alone_says_organisation():
    found = mentions("I dirigenti dello Zhaorong hanno firmato il contratto.", "it")
    assert found.get("Zhaorong") != "LOC"


def test_a_word_of_places_takes_the_demonym_after_it():
    found = mentions("La nave è affondata nell'Oceano Indiano meridionale ieri sera.", "it")
    assert any(name.startswith("Oceano Indiano") and kind == "LOC" for name, kind in found.items())
    assert "Oceano" not in found


def test_a_word_of_places_control_a_given_name_then_a_demonym_is_a_person():
    found = mentions("Ieri Marco Indiano ha vinto la gara di nuoto.", "it")
    assert found.get("Marco Indiano") == "PER"


def test_a_town_that_is_a_common_word_is_kept_after_a_place_preposition():
    # "modica", "cassino": words of the language; Faker's Italian towns list the towns
    found = mentions("Il convoglio è stato fermato a Cassino per un guasto alla linea.", "it")
    assert found.get("Cassino") == "LOC"


def test_a_town_control_a_very_common_word_stays_a_word():
    found = mentions("Le proteste sono cresciute nel Paese dopo il voto.", "it")
    assert "Paese" not in found


def test_a_town_of_several_words_that_starts_with_a_given_name_is_a_place():
    found = mentions("Il ministro ha visitato ieri Margherita di Savoia e le saline.", "it")
    assert found.get("Margherita di Savoia") == "LOC"


def test_a_town_control_a_given_name_and_a_surname_stay_a_person():
    found = mentions("Il ministro ha visitato ieri Margherita Bonsanti e la sua famiglia.", "it")
    assert found.get("Margherita Bonsanti") == "PER"


def test_a_nickname_that_is_a_common_word_is_kept_after_its_cue():
    found = mentions("Ha vinto il fantino Mario Serpieri detto Furetto, al terzo successo.", "it")
    assert found.get("Furetto") == "PER"


def test_a_nickname_control_without_the_cue_a_common_word_is_no_person():
    found = mentions("Ha vinto il fantino Mario Serpieri, poi Furetto ha tagliato il traguardo.", "it")
    assert found.get("Furetto") != "PER"


def test_a_known_place_across_of_is_not_cut_before_a_given_name():
    # "America" is a given name too: the country's full name still holds it
    found = mentions("Lo ha detto il presidente degli Stati Uniti d'America Walter Brisbee.", "it")
    assert found.get("Stati Uniti d'America") == "LOC"
    assert found.get("Walter Brisbee") == "PER"


def test_a_known_place_control_a_body_of_a_person_is_still_cut():
    found = mentions("Lo ha detto il Circolo di Walter Brisbee ieri sera.", "it")
    assert found.get("Walter Brisbee") == "PER"


def test_a_common_word_after_said_or_a_plan_is_no_nickname():
    assert "Sì" not in typed("Il Parlamento ha detto Sì alla riforma ieri sera.", "it")
    assert typed("Il governo ha presentato il piano Casa a Roma.", "it").get("Casa") != "PER"
    assert typed("Il ministro è finito sotto il fuoco di Salvini ieri in aula.", "it").get("Salvini") == "PER"
