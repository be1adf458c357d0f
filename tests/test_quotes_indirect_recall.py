"""Reported clauses: verbs of finding and thinking, clauses beside a quote, two cues."""
from __future__ import annotations

import pytest
from quoting import quoted_article



def quotes(text: str, language: str):
    return quoted_article(text, language).quotes


def indirect(text: str, language: str):
    return [q for q in quotes(text, language) if q.kind == "indirect"]


@pytest.mark.parametrize("text, language, clause, speaker", [
    ("A survey by the university found that most tenants pay too much for heating.",
     "en", "that most tenants pay", "A survey by the university"),
    ("Molti agricoltori ritengono che la nuova tassa colpirà i piccoli produttori.",
     "it", "che la nuova tassa", "Molti agricoltori"),
    ("Les syndicats craignent que la réforme ne supprime des milliers d'emplois.",
     "fr", "que la réforme", "Les syndicats"),
    ("Die Forscher glauben, dass der Gletscher bis 2050 verschwindet.",
     "de", "dass der Gletscher", "Die Forscher"),
    ("Los vecinos temen que el puente no aguante otro invierno.",
     "es", "que el puente", "Los vecinos"),
])
def test_a_verb_of_finding_or_thinking_reports_the_clause_after_the_complementiser(
        text, language, clause, speaker) -> None:
    [quote] = indirect(text, language)
    assert quote.text.startswith(clause)
    assert quote.speaker.text.endswith(speaker.split()[-1])   # German drops the article


def test_a_verb_of_thinking_without_a_complementiser_reports_nothing() -> None:
    assert indirect("The neighbours found the keys under a stone by the gate.", "en") == []


def test_say_in_the_plural_takes_a_clause_without_that() -> None:
    [quote] = indirect("Some farmers say the drought will last another year.", "en")
    assert quote.text == "the drought will last another year"


def test_a_reported_clause_beside_a_quote_in_the_same_sentence() -> None:
    text = ('In a radio interview, Mira Holt said she welcomed the audit and added, '
            '"We have nothing to hide from anyone."')
    found = quotes(text, "en")
    assert [q.kind for q in found] == ["indirect", "direct"]
    assert found[0].text == "she welcomed the audit"
    assert found[0].speaker.text == "Mira Holt"


def test_the_cue_of_the_quote_is_not_reused_for_a_reported_clause() -> None:
    text = '"The vote was fair and the count was clean," the clerk said on Monday evening.'
    assert [q.kind for q in quotes(text, "en")] == ["direct"]


def test_a_conjunction_with_a_second_speech_verb_ends_the_clause() -> None:
    [quote] = indirect("Il ministro ha detto che il porto riaprirà a maggio e ha aggiunto "
                       "altri dettagli sul cantiere.", "it")
    assert quote.text == "che il porto riaprirà a maggio"


@pytest.mark.parametrize("text, language, content, cue", [
    ("The senator vowed to cut taxes for every family in the state.", "en",
     "to cut taxes for every family in the state", "vowed"),
    ("Il sindaco ha promesso di riaprire il ponte entro maggio.", "it",
     "di riaprire il ponte entro maggio", "ha promesso"),
    ("La maire a promis de rouvrir le pont avant l'été.", "fr",
     "de rouvrir le pont avant l'été", "a promis"),
    ("La alcaldesa se comprometió a reabrir el puente antes del verano.", "es",
     "a reabrir el puente antes del verano", "se comprometió"),
])
def test_a_promise_reports_its_infinitive(text, language, content, cue) -> None:
    [quote] = indirect(text, language)
    assert quote.text == content
    assert quote.cue.text == cue


def test_whether_opens_a_reported_question() -> None:
    [quote] = indirect("The reporter asked whether the station would close before winter.",
                       "en")
    assert quote.text.startswith("whether the station")


def test_a_verb_of_blame_reports_what_it_is_about() -> None:
    [quote] = indirect("The union accused the port board of hiding the tender results.", "en")
    assert quote.text == "the port board of hiding the tender results"
    assert quote.speaker.text == "The union"


def test_a_verb_of_blame_in_the_passive_reports_nothing() -> None:
    assert indirect("The port board was criticized for hiding the tender results.", "en") == []


@pytest.mark.parametrize("text, language, clause", [
    ("Il sindacato ha criticato il consiglio del porto per i ritardi.", "it", "il consiglio"),
    ("Le syndicat a critiqué le conseil du port pour les retards.", "fr", "le conseil"),
    ("El sindicato criticó al consejo del puerto por los retrasos.", "es", "al consejo"),
])
def test_a_verb_of_blame_in_other_languages(text, language, clause) -> None:
    [quote] = indirect(text, language)
    assert quote.text.startswith(clause)


def test_a_verb_of_wanting_takes_its_infinitive() -> None:
    [quote] = indirect("The harbour master wants to close the old pier by autumn.", "en")
    assert quote.text == "to close the old pier by autumn"


def test_a_clause_closed_by_an_inverted_speaker_and_an_apposition() -> None:
    text = ("The ferry will keep its winter timetable, said Ana Ruiz, a spokeswoman for "
            "the port.")
    [quote] = indirect(text, "en")
    assert quote.text == "The ferry will keep its winter timetable"
    assert quote.speaker.text == "Ana Ruiz"


def test_a_complementiser_several_words_after_the_cue() -> None:
    text = ("The minister said in a long interview with a local radio station that the "
            "pier would close.")
    [quote] = indirect(text, "en")
    assert quote.text == "that the pier would close"


def test_a_verb_of_seeming_reports_nothing() -> None:
    assert indirect("The harbour master appeared to rule out a second pier.", "en") == []
