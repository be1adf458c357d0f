"""Where the reported clause around a partial quote stops: at a new clause after a
comma, or at a conjunction followed by a second cue of the same speaker."""
from __future__ import annotations

import pytest
from quoting import quoted_article


def partials(text: str, language: str):
    return [q for q in quoted_article(text, language).quotes if q.kind == "partial"]


@pytest.mark.parametrize("text, language, end", [
    ('The mayor said the new bridge was "a gift to the valley," although the council '
     'never voted on it.', "en", "a gift to the valley"),
    ('The mayor said the new bridge was "a gift to the valley," prompting laughter '
     'from the council benches.', "en", "a gift to the valley"),
    ('Il sindaco ha detto che il ponte era "un regalo alla valle", perché nessuno '
     'aveva chiesto un parere al consiglio.', "it", "un regalo alla valle"),
    ("Le maire a dit que le pont était « un cadeau pour la vallée », provoquant des "
     "rires sur les bancs du conseil.", "fr", "un cadeau pour la vallée"),
    ('El alcalde dijo que el puente era "un regalo para el valle", aunque el consejo '
     'nunca lo votó.', "es", "un regalo para el valle"),
])
def test_a_subordinate_or_participle_after_a_comma_ends_the_clause(text, language, end) -> None:
    [quote] = partials(text, language)
    assert quote.text.rstrip(" ,»\"”").endswith(end)


def test_a_comma_inside_the_clause_before_the_quote_does_not_end_it() -> None:
    [quote] = partials('Ines Oduya said the plan, which the board approved in May, was '
                       '"doomed from the start" and would cost more.', "en")
    assert quote.text.endswith("would cost more")


def test_a_conjunction_and_a_second_cue_end_the_clause() -> None:
    text = ('Ines Oduya said the tender was "a rigged contest" and accused the minister '
            'of hiding the bids from the auditors.')
    quote = partials(text, "en")[0]
    assert quote.text == 'the tender was "a rigged contest"'


def test_a_conjunction_without_a_cue_keeps_the_clause() -> None:
    text = 'Ines Oduya said the tender was "a rigged contest" and the bids were hidden.'
    [quote] = partials(text, "en")
    assert quote.text.endswith("the bids were hidden")


def test_a_conjunction_and_a_second_cue_end_the_clause_in_german() -> None:
    text = ('Die Ministerin sagte, der Vertrag sei „ein schlechtes Geschäft“ und kritisierte '
            'die Verhandler der Gegenseite scharf.')
    quote = partials(text, "de")[0]
    assert quote.text == "der Vertrag sei „ein schlechtes Geschäft“"


def test_an_according_to_after_a_comma_ends_the_clause() -> None:
    text = ('The auditor called the contract "a gift to the builders" last year, according '
            'to the minutes of the board.')
    quote = [q for q in partials(text, "en") if "builders" in q.text][0]
    assert quote.text.endswith("last year")
