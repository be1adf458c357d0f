"""Which words are cues, and what they take: nouns that look like verbs, listeners,
verbs of finding with a bare clause, 'cited', 'as X put it'."""
from __future__ import annotations

import pytest
from quoting import quoted_article


def quotes(text: str, language: str):
    return quoted_article(text, language).quotes


@pytest.mark.parametrize("text, language", [
    ("Nobody trusted the claims in the leaflet about the harbour fees.", "en"),
    ("His remarks at the dinner were short and the guests left early.", "en"),
    ("Le sue dichiarazioni sono state smentite dal porto.", "it"),
    ('Few readers took the claims in the lawsuit as "baseless nonsense."', "en"),
])
def test_a_cue_word_after_an_article_is_a_noun(text, language) -> None:
    assert quotes(text, language) == ()


def test_the_same_word_with_a_subject_is_a_cue() -> None:
    [quote] = quotes("The union claimed the harbour fees doubled in a year.", "en")
    assert quote.text == "the harbour fees doubled in a year"


def test_a_clause_after_a_listener_opens_at_its_subject() -> None:
    [quote] = quotes("Mayor Ruiz told the crowd in the square she would not resign.", "en")
    assert quote.kind == "indirect"
    assert quote.text == "she would not resign"


def test_a_listener_before_a_quoted_clause_is_not_part_of_it() -> None:
    [quote] = quotes('Mayor Ruiz told a radio host he was "not going anywhere" this year.', "en")
    assert quote.kind == "partial"
    assert quote.text.startswith("he was")


def test_a_listener_in_german_before_a_clause_without_dass() -> None:
    [quote] = quotes("Die Bürgermeisterin erklärte den Wählern, sie werde nicht zurücktreten.", "de")
    assert quote.text.startswith("sie werde")


@pytest.mark.parametrize("text, clause", [
    ("A new survey shows the mayor trailing her rival by six points.",
     "the mayor trailing her rival by six points"),
    ("Most residents hope the ferry will run again by June.",
     "the ferry will run again by June"),
])
def test_a_verb_of_showing_or_hoping_takes_a_bare_clause(text, clause) -> None:
    [quote] = quotes(text, "en")
    assert quote.kind == "indirect"
    assert quote.text == clause


def test_a_clause_after_said_is_not_its_inverted_subject() -> None:
    text = 'The ferry operator agreed and said the old pier was "beyond repair."'
    [quote] = quotes(text, "en")
    assert quote.kind == "partial"
    assert quote.text.startswith("the old pier was")
    assert quote.speaker is None or "pier" not in quote.speaker.text


@pytest.mark.parametrize("text, language, phrase", [
    ('The minister cited "urgent safety concerns" for the closure.', "en", "urgent safety"),
    ("Il ministro ha citato «ragioni di sicurezza» per la chiusura.", "it", "ragioni di"),
    ("La ministre a cité « des raisons de sécurité » pour la fermeture.", "fr", "des raisons"),
    ("El ministro citó «razones de seguridad» para el cierre.", "es", "razones de"),
])
def test_cited_takes_a_quoted_phrase(text, language, phrase) -> None:
    [quote] = quotes(text, language)
    assert quote.kind == "partial"
    assert phrase in quote.text
    assert quote.speaker is not None


def test_as_someone_put_it_closes_a_quote() -> None:
    [quote] = quotes('"Nobody reads the small print," as the auditor put it.', "en")
    assert quote.kind == "direct"
    assert quote.speaker.text == "the auditor"


def test_a_speech_verb_in_a_title_case_headline_reports_the_rest() -> None:
    [quote] = quotes("Harbour Chief Says Ferry Fares Will Double Next Spring", "en")
    assert quote.kind == "indirect"
    assert quote.text == "Ferry Fares Will Double Next Spring"


def test_a_capitalised_verb_in_an_ordinary_sentence_is_no_cue() -> None:
    assert quotes("The film Says Nothing opened in Leeds to small audiences last week.", "en") == ()


@pytest.mark.parametrize("text, language, clause", [
    ("The reporter asked the minister whether the ferry would run in winter.", "en",
     "whether the ferry would run"),
    ("The reporter asked if the ferry would run in winter.", "en", "if the ferry would run"),
    ("Il cronista ha chiesto se il traghetto partirà in inverno.", "it", "se il traghetto"),
    ("Le journaliste a demandé si le ferry naviguera cet hiver.", "fr", "si le ferry"),
    ("Der Reporter fragte, ob die Fähre im Winter fährt.", "de", "ob die Fähre"),
    ("El periodista preguntó si el ferry navegará en invierno.", "es", "si el ferry"),
])
def test_a_question_word_right_after_a_cue_opens_a_reported_question(
        text, language, clause) -> None:
    [quote] = quotes(text, language)
    assert quote.kind == "indirect"
    assert quote.text.startswith(clause)


@pytest.mark.parametrize("text, language, speaker", [
    ('As Harbour Weekly reported, "the pier will close in May."', "en", "Harbour Weekly"),
    ("Come ha scritto Il Porto, «il molo chiuderà a maggio».", "it", "Il Porto"),
])
def test_a_preposition_opening_the_speaker_phrase_is_left_out(text, language, speaker) -> None:
    [quote] = quotes(text, language)
    assert quote.speaker.text == speaker


@pytest.mark.parametrize("text, language, speaker", [
    ('"Nobody checked the pier," the inspector fumed. "Not once in ten years."', "en",
     "the inspector"),
    ("«Nessuno ha controllato il molo», ha sbottato l'ispettore.", "it", "l'ispettore"),
    ("« Personne n'a vérifié la jetée », a avoué l'inspecteur.", "fr", "l'inspecteur"),
])
def test_less_common_speech_verbs_attribute_a_quote(text, language, speaker) -> None:
    quote = quotes(text, language)[0]
    assert quote.kind == "direct"
    assert quote.speaker.text == speaker
