"""Where a reported clause around a quote opens and ends: each rule with a control."""
from __future__ import annotations

from quoting import quoted_article


def marked(text: str, language: str):
    """The quotes that hold quotation marks (direct or partial)."""
    return [q for q in quoted_article(text, language).quotes if q.kind != "indirect"]


def only(text: str, language: str):
    quotes = marked(text, language)
    assert len(quotes) == 1, [(q.kind, q.text) for q in quotes]
    return quotes[0]


# --- where the clause opens ------------------------------------------------------

def test_a_subject_pronoun_right_after_the_cue_opens_the_clause() -> None:
    quote = only('Lena Vogt said it was unwise to think that if the port closes, '
                 '"the town will survive."', "en")
    assert quote.text.startswith("it was unwise")
    quote = only("Vogt sagte, es sei unklug zu glauben, dass der Hafen „überleben wird“.", "de")
    assert quote.text.startswith("es sei unklug")


def test_without_a_pronoun_the_clause_still_opens_at_the_complementiser() -> None:
    quote = only('Lena Vogt said that if the port closes, "the town will survive."', "en")
    assert quote.text.startswith("that if the port closes")


def test_a_complementiser_after_a_comma_opens_the_clause_far_from_the_cue() -> None:
    quote = only('Vogt said on Friday during a long hearing in Bergen, Norway, that the '
                 'harbour fees were "simply too high."', "en")
    assert quote.text.startswith("that the harbour fees")
    quote = only('Rossi ha detto venerdì durante una lunga udienza a Bergamo, in Lombardia, '
                 'davanti ai giudici, che le tariffe erano "troppo alte".', "it")
    assert quote.text.startswith("che le tariffe")


def test_a_far_complementiser_without_a_comma_does_not_open_it() -> None:
    text = ('Vogt said on Friday during a long and heated hearing held in the old town hall '
            'of Bergen that the harbour fees were "simply too high."')
    assert not only(text, "en").text.startswith("that the harbour fees")


def test_a_listener_may_stand_long_before_the_complementiser() -> None:
    quote = only('Vogt told a packed hall of dock workers in rainy Bergen on the last night '
                 'of the tour that the fees were "simply too high."', "en")
    assert quote.text.startswith("that the fees")


def test_two_coordinated_clauses_open_at_the_first() -> None:
    quote = only('Lee said the port needed new cranes and that the old ones were "too slow."',
                 "en")
    assert quote.text.startswith("the port needed")
    quote = only('Lee said that the cranes were "too slow."', "en")
    assert quote.text.startswith("that the cranes")


def test_words_before_a_parenthetical_attribution_open_the_clause() -> None:
    quote = only('A lighter tone, she said, would make the subject "more human."', "en")
    assert quote.text.startswith("A lighter tone, she said")
    assert quote.speaker.text == "she"
    quote = only('Il nuovo piano, ha detto Rossi, renderà la città "più vivibile".', "it")
    assert quote.text.startswith("Il nuovo piano")
    assert quote.speaker.text == "Rossi"
    quote = only("Le nouveau plan, a dit Rossi, rendra la ville « plus humaine ».", "fr")
    assert quote.speaker.text == "Rossi"


def test_a_lone_conjunction_before_a_parenthetical_is_left_out() -> None:
    quote = only('But, Lee added, the deal was "fair to all sides."', "en")
    assert quote.text.startswith("the deal was")
    assert quote.speaker.text == "Lee"


# --- where the clause ends -------------------------------------------------------

def test_a_stop_inside_the_closing_marks_ends_the_clause() -> None:
    # two apostrophes for each mark, as in some archives: the stop before them ends it
    text = ("Mr. Ahl said the plan had ''a stated bias against the port.'' He went on to "
            "list many points in the letter.")
    quote = only(text, "en")
    assert quote.cue.text == "said" and quote.speaker.text == "Mr. Ahl"
    assert quote.text.startswith("the plan had") and "went on" not in quote.text
    text = ("Comey said that the notes by Ms. Berg involved ''direct, private messages.'' "
            "His remarks showed the posts were private.")
    assert "remarks" not in only(text, "en").text


def test_a_stop_with_no_capital_after_it_does_not_end_the_clause() -> None:
    text = 'The mayor said the budget was "a small miracle." and then left the hall.'
    quote = only(text, "en")
    assert quote.text.endswith("left the hall")


def test_a_name_with_an_auxiliary_after_a_comma_opens_a_new_sentence() -> None:
    text = ('The auditor called the contract "a gift to the builders," Pastor Ole Lund has '
            'now turned to the schools.')
    assert "Pastor" not in only(text, "en").text
    text = ("Die Prüferin nannte den Vertrag „ein Geschenk an die Bauherren“, Pfarrer Jan Roth "
            "hat sich nun den Schulen zugewandt.")
    assert "Pfarrer" not in only(text, "de").text


def test_a_name_without_an_auxiliary_after_a_comma_goes_on() -> None:
    text = ('The auditor called the contract "a gift to the builders," Oslo style, in her '
            'yearly report.')
    assert only(text, "en").text.endswith("in her yearly report")


def test_a_conjunction_with_a_verb_of_thinking_ends_the_clause() -> None:
    text = ('She said that she would offer "a prayer" for the new board but did not '
            'suggest it would be Lund.')
    assert only(text, "en").text.endswith('for the new board')


def test_a_conjunction_with_another_verb_goes_on() -> None:
    text = 'She said that the plan was "a gamble" and would cost the town dearly.'
    assert only(text, "en").text.endswith("would cost the town dearly")


# --- gerunds as cues -------------------------------------------------------------

def test_a_gerund_of_a_speech_verb_introduces_its_own_clause() -> None:
    cases = [
        ('Senator Ann Lee refused to back the bill, responding that it was '
         '"a gift to lobbyists."', "en", "that it was"),
        ('Il sindaco Marco Neri ha lasciato la sala, rispondendo che il piano era '
         '"un regalo ai costruttori".', "it", "che il piano"),
        ("La maire Claire Dubois a quitté la salle, répondant que le plan était « un cadeau "
         "aux promoteurs ».", "fr", "que le plan"),
        ("La alcaldesa Ana Ruiz abandonó la sala, respondiendo que el plan era «un regalo "
         "a los constructores».", "es", "que el plan"),
    ]
    for text, language, start in cases:
        quote = only(text, language)
        assert quote.text.startswith(start), (language, quote.text)
        assert quote.cue is not None and quote.cue.text.endswith("ndo" if language in
                                                                 ("it", "es") else "nt"
                                                                 if language == "fr" else "ing")
        assert quote.speaker is not None and quote.speaker.text in (
            "Ann Lee", "Senator Ann Lee", "Marco Neri", "Claire Dubois", "Ana Ruiz")


def test_a_gerund_after_a_possessive_is_a_noun() -> None:
    quote = only('Critics said her writing was "clumsy and slow."', "en")
    assert quote.cue.text == "said"
    assert quote.text.startswith("her writing")
