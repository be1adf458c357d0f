"""Where a quote starts and ends: the quoted words alone, or the clause around them."""
from __future__ import annotations

from cronaca.article import Article
from quoting import quoted_article


def article(text: str, language: str) -> Article:
    return quoted_article(text, language)


def only(text: str, language: str):
    quotes = article(text, language).quotes
    assert len(quotes) == 1, [(q.kind, q.text) for q in quotes]
    return quotes[0]


def test_naming_verb_with_a_pronoun_object_is_partial() -> None:
    text = 'The mayor rejected the budget on Friday, calling it "a betrayal of the city."'
    [quote] = [q for q in article(text, "en").quotes if q.kind != "indirect"]
    assert quote.kind == "partial"
    assert quote.text.startswith("it ")


def test_naming_verb_wins_over_a_cue_after_the_quote() -> None:
    text = 'Her rivals keep calling Moreau "an amateur," Lena Vogt said on Sunday.'
    quote = only(text, "en")
    assert quote.kind == "partial"
    assert quote.text.startswith("Moreau")


def test_quoted_words_inside_a_clause_that_goes_on() -> None:
    quote = only('Okafor says "the tide has turned" despite the loss in Leeds.', "en")
    assert quote.kind == "partial"
    assert quote.text.endswith("despite the loss in Leeds")
    quote = only("Roux a déclaré « la page est tournée » malgré la défaite de Lyon.", "fr")
    assert quote.kind == "partial"
    assert "malgré la défaite" in quote.text


def test_statement_after_a_cue_and_a_comma_is_direct() -> None:
    quote = only('The minister told farmers at a fair in Cork, "We will not cut the subsidy."', "en")
    assert quote.kind == "direct"
    assert quote.text == "We will not cut the subsidy."
    quote = only("Il sindaco ha detto ai giornalisti davanti al municipio, «Non ci fermeremo.»", "it")
    assert quote.kind == "direct"
    assert quote.text.startswith("Non ci fermeremo")


def test_clause_before_a_closing_attribution_keeps_its_words() -> None:
    text = 'Prices were "far too high" for most families last winter, Ines Duarte said.'
    quote = only(text, "en")
    assert quote.kind == "partial"
    assert quote.text == 'Prices were "far too high" for most families last winter'
    text = 'Die Preise seien „viel zu hoch“ für viele Familien gewesen, sagte Jan Berg.'
    quote = only(text, "de")
    assert quote.text.endswith("für viele Familien gewesen")


def test_title_inside_an_attribution_is_not_a_quote() -> None:
    text = ('"We have the votes," Dana Kerr told CBS\'s "Sunday Briefing" on Sunday. '
            '"The bill will pass before the summer."')
    quotes = article(text, "en").quotes
    assert len(quotes) == 1, [q.text for q in quotes]
    assert quotes[0].text == "We have the votes The bill will pass before the summer."
    assert quotes[0].speaker.text == "Dana Kerr"


def test_attribution_sentence_after_a_question() -> None:
    text = ('"Who will pay for the new bridge?" the mayor of the town asked the council '
            'on Monday evening.')
    quote = only(text, "en")
    assert quote.kind == "direct"
    assert quote.speaker.text == "the mayor of the town"


def test_sentence_opening_quote_with_more_words_before_its_cue() -> None:
    text = '"We are not worried" about the new rules, Tomasz Wrona said.'
    quote = only(text, "en")
    assert quote.kind == "partial"
    assert quote.text == '"We are not worried" about the new rules'


def test_capitalised_title_after_a_possessive_or_on_is_not_a_quote() -> None:
    text = ('"We will pass the bill," the senator told ABC\'s "Capitol Week" on Sunday. '
            'She later appeared on "Morning Report With Ana Silva" to defend it.')
    quotes = article(text, "en").quotes
    assert [q.text for q in quotes] == ["We will pass the bill"]


def test_quoted_phrase_after_a_possessive_stays_a_quote() -> None:
    quote = only('Okafor said Lee\'s "plan for the docks" would cost jobs.', "en")
    assert quote.kind == "partial"
    assert "plan for the docks" in quote.text


def test_languages_without_title_leads_keep_capitalised_phrases() -> None:
    quote = only("Anna Weber sagte, das sei „Eine Frage Der Ehre“ für die Stadt.", "de")
    assert "Frage Der Ehre" in quote.text


def test_new_speech_cues_in_the_english_data() -> None:
    quote = only('"This is not over," Maya Lind exclaimed after the vote.', "en")
    assert quote.speaker.text == "Maya Lind"
    quote = only('The mayor dismissed the report as "pure fiction."', "en")
    assert quote.kind == "partial"
    assert quote.text.startswith("the report as")


def test_title_before_a_reported_clause_leaves_it_indirect() -> None:
    text = 'Rita Olsen told viewers on "Capitol Week" that the bill would pass.'
    quote = only(text, "en")
    assert quote.kind == "indirect"
    assert quote.text == "that the bill would pass"


def test_partial_clause_opens_at_a_distant_complementiser() -> None:
    text = ('Ortiz told a packed hall in the port town on Friday that the ferry '
            'was "never coming back."')
    quote = only(text, "en")
    assert quote.text.startswith("that the ferry")


def test_a_quotation_opening_lower_case_after_a_comma_goes_on_the_clause() -> None:
    text = ('The port authority said the new cranes had already cut waiting times, '
            '"especially for the smaller ships."')
    quote = only(text, "en")
    assert quote.kind == "partial"
    assert quote.text.startswith("the new cranes had already cut waiting times")


def test_a_name_given_with_called_ends_at_its_closing_mark() -> None:
    [quote] = article('The port runs a weekly podcast called "Open Doors" on its website.',
                      "en").quotes
    assert quote.text.strip('"') == "Open Doors"


def test_a_naming_verb_with_an_object_keeps_the_rest_of_its_clause() -> None:
    text = 'The auditor called the contract "a gift to the builders" in her yearly report.'
    [quote] = [q for q in article(text, "en").quotes if q.kind == "partial"]
    assert quote.text.endswith("in her yearly report")
