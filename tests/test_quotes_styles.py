"""Quotation styles of other languages: an attribution inside the marks (incise), the
Spanish raya, plural auxiliaries, "according to" with no comma, and cue lists."""
from __future__ import annotations

import pytest

from quoting import quoted_article


def _quotes(text: str, language: str):
    return [q for q in quoted_article(text, language).quotes]


def _speaker(quote) -> str | None:
    return quote.speaker.text if quote.speaker else None


@pytest.mark.parametrize("language, text, first, second, speaker", [
    ("fr", "« Le chantier avance, assure Hélène Marchal, ingénieure du projet. Nous finirons "
           "avant l'hiver. »", "Le chantier avance", "Nous finirons avant l'hiver.",
     "Hélène Marchal"),
    ("fr", "« Nous partirons, a-t-il dit, dès demain matin. »", "Nous partirons",
     "dès demain matin.", "il"),
    ("it", "«Il ponte è sicuro – ha spiegato Lucia Sala – e riaprirà lunedì».",
     "Il ponte è sicuro", "e riaprirà lunedì", "Lucia Sala"),
    ("es", "«El agua llegará en mayo —aseguró Pablo Rey—, si no llueve antes».",
     "El agua llegará en mayo", "si no llueve antes", "Pablo Rey"),
])
def test_an_attribution_inside_the_marks_is_not_quoted(language, text, first, second, speaker):
    [quote] = _quotes(text, language)
    assert quote.kind == "direct"
    assert quote.text == f"{first} {second}"
    assert _speaker(quote) == speaker
    assert quote.cue is not None and quote.cue.start > text.index(first)


def test_english_keeps_a_comma_and_verb_inside_the_marks_as_quoted_words():
    text = '"The plan, said to cost millions, will fail," the senator told reporters.'
    [quote] = _quotes(text, "en")
    assert quote.text.startswith("The plan, said to cost millions")
    assert _speaker(quote) == "the senator"


def test_a_participle_after_a_comma_is_no_incise():
    text = "«Ha parlato a lungo, spiegando il progetto ai cittadini», ha detto Anna Moro."
    [quote] = _quotes(text, "it")
    assert "spiegando il progetto" in quote.text and _speaker(quote) == "Anna Moro"


def test_spanish_raya_dialogue_is_one_quote_with_the_narration_left_out():
    text = ("—Hemos esperado demasiado —dijo la alcaldesa Rosa Vidal—. Ahora toca trabajar.\n"
            "El pleno aprobó el presupuesto por la tarde.")
    [quote] = _quotes(text, "es")
    assert quote.text == "Hemos esperado demasiado Ahora toca trabajar."
    assert "Rosa Vidal" in _speaker(quote)


def test_a_paragraph_with_a_hyphenated_word_is_not_dialogue():
    assert _quotes("El pleno aprobó un plan socio-sanitario para el barrio.", "es") == []


@pytest.mark.parametrize("language, text, speaker", [
    ("it", 'I sindacati hanno definito il piano "una beffa".', "I sindacati"),
    ("fr", "Les élus ont qualifié la décision de « brutale ».", "Les élus"),
])
def test_a_plural_auxiliary_makes_the_same_cue(language, text, speaker):
    [quote] = _quotes(text, language)
    assert quote.kind == "partial" and _speaker(quote) == speaker


def test_the_plural_auxiliary_alone_is_no_cue():
    assert _quotes("I sindacati hanno un piano per la scuola.", "it") == []


def test_the_longer_cue_wins_at_one_place():
    text = "Der Verband sprach von einer „echten Katastrophe“."
    [quote] = _quotes(text, "de")
    assert quote.text.startswith("einer") and _speaker(quote).endswith("Verband")


@pytest.mark.parametrize("language, text, speaker", [
    ("de", "„Der Zug kommt nie pünktlich“, klagte eine Pendlerin aus Gundelfingen.",
     "eine Pendlerin aus Gundelfingen"),
    ("pl", "„Nikt nas nie pytał o zdanie” – skarży się Jan Wolski, sołtys wsi.", "Jan Wolski"),
    ("ru", "«Автобусы ходят раз в час», — жалуются жители посёлка.", "жители посёлка"),
    ("pt", "\"Ninguém nos avisou de nada\", queixou-se Rita Lopes, moradora do bairro.",
     "Rita Lopes"),
])
def test_complaints_are_cues(language, text, speaker):
    [quote] = _quotes(text, language)
    assert _speaker(quote) is not None and speaker.startswith(_speaker(quote)[:6])


@pytest.mark.parametrize("language, text, speaker", [
    ("it", 'La sindaca Elena Riva lo definì "un passo storico".', "La sindaca Elena Riva"),
    ("es", 'El sindicato la calificó de "inaceptable".', "El sindicato"),
    ("fr", "Le syndicat la qualifia de « honteuse ».", "Le syndicat"),
])
def test_an_object_pronoun_before_the_verb_is_not_part_of_the_speaker(language, text, speaker):
    [quote] = _quotes(text, language)
    assert _speaker(quote) == speaker


def test_the_same_word_as_an_article_still_opens_a_subject():
    [quote] = _quotes('La portavoce ha definito il piano "una beffa".', "it")
    assert _speaker(quote) == "La portavoce"


@pytest.mark.parametrize("language, text, speaker", [
    ("ru", "«Решение выглядит странно», — заявил посол, не назвав сроков.", "посол"),
    ("pl", "„Nie ma na to pieniędzy” – dodał rzecznik ratusza.", "rzecznik ratusza"),
    ("ru", "«Решение выглядит странно», — сказал В. Петров журналистам.", "Петров"),
    ("en", '"It is a fair deal," said J. Carter on Monday.', "J. Carter"),
])
def test_role_words_and_initials_open_a_speaker_after_the_cue(language, text, speaker):
    [quote] = _quotes(text, language)
    assert _speaker(quote) is not None and _speaker(quote).endswith(speaker)


def test_a_lowercase_word_that_is_no_role_is_no_speaker():
    [quote] = _quotes("«Решение выглядит странно», — сказал вчера журналистам.", "ru")
    assert _speaker(quote) is None


def test_a_body_named_after_its_description_speaks():
    from cronaca.api import analyze
    from cronaca.options import AnalyzeOptions
    text = ('L\'agenzia di stampa russa TASS lo ha definito "un accordo storico". '
            "La TASS segue la trattativa da mesi.")
    [quote] = [q for q in analyze(text=text, options=AnalyzeOptions(language="it")).quotes
               if q.kind != "indirect"]
    assert quote.speaker is not None and quote.speaker.name == "TASS"


@pytest.mark.parametrize("phrase, speaks", [("L'agenzia di stampa russa TASS", True),
                                            ("La portavoce dell'agenzia TASS", False),
                                            ("A Graz la TASS", False)])
def test_only_a_description_of_the_body_itself_names_it(phrase, speaks):
    from cronaca.article import Article, Entity, Mention
    from cronaca.quotes.lexicon import lexicon
    from cronaca.quotes.resolve import SpeakerResolver
    start = phrase.index("TASS")
    org = Entity(id="e1", name="TASS", type="ORG", aliases=(), key="tass",
                 mentions=(Mention(start, start + 4, "TASS", "name"),))
    article = Article(source="t", text=phrase + " ha parlato.", input_kind="text",
                      language="it", entities=(org,))
    speaker = SpeakerResolver(article, lexicon("it")).speaker(0, len(phrase))
    assert (speaker.entity_id == "e1") is speaks


@pytest.mark.parametrize("text, speaker", [
    ("«Работы продолжаются», — сказали в министерстве.", "министерстве"),
    ("«Работы продолжаются», — уточнили в пресс-службе компании.", "пресс-службе компании"),
    ("«Работы продолжаются», — сказали в интервью.", None),
])
def test_a_body_after_an_impersonal_cue_is_the_source(text, speaker):
    [quote] = _quotes(text, "ru")
    assert _speaker(quote) == speaker
