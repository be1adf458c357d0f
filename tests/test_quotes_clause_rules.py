"""Where a reported clause with a partial quote ends and starts, and who is no speaker."""
from __future__ import annotations

import re

import pytest
from quoting import quoted_article



def quotes(text: str, language: str):
    return quoted_article(text, language).quotes


def only(text: str, language: str):
    found = quotes(text, language)
    assert len(found) == 1, [(q.kind, q.text) for q in found]
    return found[0]


@pytest.mark.parametrize("text, language, last_words", [
    ('The mayor said the budget was "a small miracle," adding that taxes would stay flat.',
     "en", "a small miracle"),
    ('Il sindaco ha detto che il bilancio è "un piccolo miracolo", aggiungendo che le tasse '
     "non saliranno.", "it", "piccolo miracolo"),
    ("Le maire a dit que le budget était « un petit miracle », ajoutant que les impôts "
     "resteront stables.", "fr", "petit miracle"),
    ('Nora Lind said the plan was "too timid," and said that the council must vote again.',
     "en", "too timid"),
])
def test_a_comma_at_the_closing_mark_opening_a_new_clause_ends_it(text, language,
                                                                     last_words) -> None:
    # the clause after the participle may be a reported statement of its own
    [quote] = [q for q in quotes(text, language) if q.kind != "indirect"]
    assert quote.kind == "partial"
    assert last_words in quote.text
    assert not re.search(r"adding|aggiungendo|ajoutant|council", quote.text)


def test_a_conjunction_without_a_speech_verb_keeps_the_clause_whole() -> None:
    quote = only('Nora Lind said the plan was "too timid," while the vote was "too slow."', "en")
    assert "too slow" in quote.text and quote.text.startswith("the plan")


@pytest.mark.parametrize("text, language, opening", [
    ('The coach said Elsa was bound by a contract that is "standard for every player."',
     "en", "Elsa was bound"),
    ('Der Trainer sagte, Elsa sei an einen Vertrag gebunden, der „für jeden Spieler üblich“ ist.',
     "de", "Elsa sei"),
])
def test_a_that_after_a_verb_of_the_clause_is_no_complementiser(text, language,
                                                                 opening) -> None:
    quote = only(text, language)
    assert quote.text.startswith(opening)


@pytest.mark.parametrize("text, language, name", [
    ('On Tuesday, Omar Haddad wrote to the board, telling them "the price is far too low."',
     "en", "Omar Haddad"),
    ("Venerdì, Giulia Ferri ha lasciato la sala, aggiungendo: «Non firmeremo nulla prima del voto».",
     "it", "Giulia Ferri"),
])
def test_a_weekday_opening_the_sentence_is_not_the_speaker(text, language, name) -> None:
    assert only(text, language).speaker.text == name


def test_the_speaker_after_a_clause_and_a_comma_is_the_inverted_subject() -> None:
    quote = only('"The bridge will hold, but the road will not" that winter, said Ines Moreau, '
                 "an engineer.", "en")
    assert quote.speaker.text == "Ines Moreau"


def test_an_apposition_after_the_quote_belongs_to_the_speaker() -> None:
    quote = only('"Rents will keep rising for years," the economist Pia Sorensen, a former '
                 "adviser, wrote.", "en")
    assert quote.kind == "direct"
    assert "Pia Sorensen" in quote.speaker.text


@pytest.mark.parametrize("text, language", [
    ('"The school must open in May," she said, and "nobody will lose a place."', "en"),
    ("«La scuola aprirà a maggio», ha detto la preside, e «nessuno perderà il posto».", "it"),
])
def test_a_quote_interrupted_by_its_attribution_and_a_conjunction_is_one(text,
                                                                        language) -> None:
    quote = only(text, language)
    assert quote.kind == "direct"
    assert "May" in quote.text or "maggio" in quote.text
    assert "nobody" in quote.text or "nessuno" in quote.text


@pytest.mark.parametrize("text, language, opening", [
    ('If the bill passes, she said, "we will appeal to the high court."', "en", "If the bill"),
    ("Wenn das Gesetz kommt, sagte sie, „werden wir vor Gericht ziehen“.", "de", "Wenn das"),
    ("Si la ley se aprueba, dijo ella, «iremos a los tribunales».", "es", "Si la ley"),
    ("Si la loi passe, a-t-elle dit, « nous irons devant le juge ».", "fr", "Si la loi"),
])
def test_a_clause_before_the_attribution_opens_the_statement(text, language,
                                                              opening) -> None:
    quote = only(text, language)
    assert quote.kind == "partial"
    assert quote.text.startswith(opening)
    assert quote.speaker.text.casefold() in ("she", "sie", "ella", "elle")


def test_a_capitalised_quotation_after_the_attribution_stands_alone() -> None:
    quote = only('Late that evening, the mayor told reporters, "We will appeal to the court."',
                 "en")
    assert quote.kind == "direct"
    assert quote.text == "We will appeal to the court."


@pytest.mark.parametrize("text, language, speaker", [
    ('"The audit found nothing wrong with the books," said spokeswoman Lena Brandt.', "en",
     "spokeswoman Lena Brandt"),
    ("„Nie podpiszemy tej umowy przed wyborami” – powiedział rzecznik rządu Jan Nowak.", "pl",
     "rzecznik rządu Jan Nowak"),
])
def test_an_inverted_speaker_may_open_with_a_lowercase_title(text, language, speaker) -> None:
    assert only(text, language).speaker.text == speaker


def test_lowercase_words_without_a_name_after_the_cue_are_no_speaker() -> None:
    assert only('"We will win the vote," said repeatedly by the mayor.', "en").speaker is None


@pytest.mark.parametrize("text, language, speaker", [
    ('Lena Roth said the tenants who complained about the heating were "treated like '
     'strangers in their own homes."', "en", "Lena Roth"),
    ("Der Vermieter sagte, die Mieter, die sich beschwert hatten, seien „nie zufrieden“.",
     "de", "Vermieter"),
])
def test_a_cue_inside_the_reported_clause_does_not_take_the_quote(text, language,
                                                                   speaker) -> None:
    quote = only(text, language)
    assert quote.kind == "partial"
    assert quote.speaker.text.endswith(speaker)


@pytest.mark.parametrize("text, language, speaker", [
    ('On Thursday, Ruth Ames said she was "not ready" to back the plan, while the others in '
     "the room suggested a delay.", "en", "Ruth Ames"),
    ('Giovedì Rossi ha detto di non essere "ancora pronto" a sostenere il piano, mentre gli '
     "altri presenti hanno chiesto un rinvio.", "it", "Rossi"),
])
def test_the_cue_before_a_partial_quote_beats_one_clauses_after_it(text, language,
                                                                    speaker) -> None:
    quote = only(text, language)
    assert quote.speaker.text == speaker
    assert quote.cue.text in ("said", "ha detto")


@pytest.mark.parametrize("text, language", [
    ('"The harbour will stay shut all winter," the official added. "Nobody can fix the crane '
     'before spring" in the current weather, by all accounts.', "en"),
    ("«Il porto resterà chiuso tutto l'inverno», ha aggiunto il funzionario. «Nessuno può "
     "riparare la gru prima della primavera» con questo tempo, a quanto pare.", "it"),
])
def test_a_quotation_opening_the_next_sentence_goes_on_with_the_quote_before(text,
                                                                             language) -> None:
    found = [q for q in quotes(text, language) if q.kind == "direct"]
    assert len(found) == 1
    assert "winter" in found[0].text or "inverno" in found[0].text
    assert "crane" in found[0].text or "gru" in found[0].text
