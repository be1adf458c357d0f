"""Italian rules of the entities step (issue 3, KIND): each with a control case.

Surnames are made up or rare ("Zorvati", "Quendral") so that only the rule under test
types or bounds them; the sentences are written for these tests.
"""
import pytest
from test_entities import run, typed as typed_in

from cronaca.entities import names

needs_names = pytest.mark.skipif(not names.available(), reason="Faker (given names) not installed")


def typed(text: str, kinds=("name", "nominal")) -> dict[str, str]:
    return typed_in(text, "it", kinds)


def test_a_capitalised_particle_opening_a_sentence_starts_a_surname():
    assert "Di Zorvati" in typed("Di Zorvati ha parlato a lungo in aula.")
    assert "De Quendral" in typed("Ieri sera. De Quendral non ha risposto.")


def test_a_particle_opening_a_sentence_before_a_place_or_a_full_name_is_of():
    got = typed("Di Palermo si parla poco in questi giorni.")
    assert "Di Palermo" not in got and got.get("Palermo") == "LOC"
    assert not any(n.startswith("Di ") for n in typed("Di Marco Zorvati si sa poco."))


@needs_names
def test_a_demonym_after_a_given_name_is_a_surname():
    got = typed("Lo ha spiegato Giovanni Russo, che guida il comitato.")
    assert got.get("Giovanni Russo") == "PER"
    got = typed("Lo ha spiegato Antonio La Greca ai cronisti.")
    assert got.get("Antonio La Greca") == "PER"


def test_a_demonym_after_an_organisation_word_stays_out_of_a_person():
    got = typed("La Federazione Russa ha protestato.")
    assert got.get("Federazione Russa") == "ORG"


def test_a_lower_case_particle_opens_a_foreign_name():
    got = typed("Nel secondo tempo du Quendral ha segnato e de Zorvati ha sbagliato.")
    assert got.get("du Quendral") == "PER" and got.get("de Zorvati") == "PER"


def test_an_italian_preposition_opens_no_name():
    got = typed("Il treno da Zorvati arriva alle nove.")
    assert "da Zorvati" not in got


@needs_names
def test_a_person_after_title_of_and_a_one_word_club():
    got = typed("Ha parlato il portiere del Milan Nelson Zorvati dopo la gara.")
    assert got.get("Nelson Zorvati") == "PER" and got.get("Milan") != "PER"


@needs_names
def test_two_given_names_after_a_title_stay_one_person():
    got = typed("Ha parlato il ministro Anna Maria Zorvati dopo il vertice.")
    assert got.get("Anna Maria Zorvati") == "PER"


def test_a_country_that_acts_is_its_state():
    got = typed("Ieri la Norvegia ha ritirato il suo ambasciatore.")
    assert got.get("Norvegia") == "ORG"
    got = typed("Gli Stati Uniti non hanno firmato l'accordo.")
    assert got.get("Stati Uniti") == "ORG"


def test_a_country_in_a_list_or_after_in_is_a_place():
    got = typed("La Norvegia e la Svezia, terre di foreste. Si vive bene in Norvegia.")
    assert got.get("Norvegia") == "LOC" and got.get("Svezia") == "LOC"
    assert typed("Ha detto che la Norvegia, dove vive, è fredda.").get("Norvegia") == "LOC"


def test_the_state_and_the_country_are_two_entities():
    a = run("La Norvegia ha ritirato l'ambasciatore. Molti turisti vanno in Norvegia d'estate.", "it")
    types = sorted(e.type for e in a.entities if any(m.text == "Norvegia" for m in e.mentions))
    assert types == ["LOC", "ORG"]


def test_an_institution_after_a_bare_of_qualifies_a_noun():
    got = typed("La crisi di governo è arrivata mentre le forze di polizia sgomberavano la piazza.")
    assert "governo" not in got and "polizia" not in got


def test_an_institution_after_a_role_or_with_an_article_is_the_body():
    got = typed("Un agente di polizia è rimasto ferito.")
    assert got.get("polizia") == "ORG"
    got = typed("Il governo ha deciso e la polizia ha sgomberato la piazza.")
    assert got.get("governo") == "ORG" and got.get("polizia") == "ORG"


def test_an_office_then_a_town_no_list_knows_are_two_names():
    got = typed("Il ricorso della Procura di Zorvadino è stato respinto.")
    assert got.get("Procura") == "ORG" and got.get("Zorvadino") == "LOC"
    got = typed("La Procura della Repubblica di Zorvadino indaga.")
    assert got.get("Procura della Repubblica") == "ORG"


def test_an_office_then_common_words_is_one_name():
    assert typed("La Corte di Cassazione ha deciso.").get("Corte di Cassazione") == "ORG"


def test_an_organisation_noun_past_one_adjective_types_the_name():
    assert typed("Sabato la società marittima Zorvati Lines ha firmato.").get("Zorvati Lines") == "ORG"
    assert typed("Ne ha scritto il tabloid Zorvati Daily ieri.").get("Zorvati Daily") == "ORG"


def test_a_function_word_before_the_name_hides_the_organisation_noun():
    assert typed("Lo ha visto la società a Zorvati Lines ieri.").get("Zorvati Lines") != "ORG"


@needs_names
def test_a_storm_or_a_scale_named_like_a_person_is_no_person():
    got = typed("L'uragano Sandy ha colpito la costa; Sandy ha fatto danni.")
    assert got.get("Sandy") != "PER"
    assert typed("Una scossa del grado 5 della scala Zorvati.").get("Zorvati") != "PER"


@needs_names
def test_a_person_with_a_storms_name_stays_a_person():
    assert typed("L'amica Sandy Zorvati è arrivata ieri.").get("Sandy Zorvati") == "PER"


@needs_names
def test_a_known_surname_after_a_outweighs_the_place_cue():
    got = typed("Le forze alternative a Esposito si sono unite ieri.")
    assert got.get("Esposito") == "PER"


def test_an_unknown_name_after_a_stays_a_place():
    assert typed("Le forze sono arrivate a Zorvadino ieri.").get("Zorvadino") == "LOC"


@needs_names
def test_a_known_surname_named_twice_as_a_place_is_a_place():
    got = typed("Siamo arrivati a Esposito ieri. In Esposito piove sempre.")
    assert got.get("Esposito") == "LOC"


@needs_names
def test_a_given_name_after_a_masculine_article_opens_no_persons_name():
    got = typed("Il restauro del Marco Zorvati è finito: la statua torna in piazza.")
    assert got.get("Marco Zorvati") != "PER"


@needs_names
def test_a_given_name_after_a_feminine_article_or_none_opens_a_persons_name():
    assert typed("Ieri la Anna Zorvati ha vinto la gara.").get("Anna Zorvati") == "PER"
    assert typed("Ieri Marco Zorvati ha vinto la gara.").get("Marco Zorvati") == "PER"


def test_the_two_ends_of_a_route_share_a_type():
    assert typed("Nella tappa da Zorvadino a Bologna è caduto un ciclista.").get("Zorvadino") == "LOC"
    assert typed("Nella tappa vinta da Zorvadino ieri è caduto un ciclista.").get("Zorvadino") != "LOC"


def test_a_common_word_listed_between_names_is_one_of_them():
    got = typed("Le sirene hanno suonato a Tripoli, Zorvadino, Misurata e Quendral ieri.")
    assert got.get("Misurata") == "LOC" and got.get("Quendral") == "LOC"
    assert "Misurata" not in typed("La distanza è stata misurata, Misurata no.")
