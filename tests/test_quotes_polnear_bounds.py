"""English quote bounds and reported speech as PolNeAR draws them: where a partial
quote opens after its attribution and a comma, and "according to" with no comma."""
from __future__ import annotations

from quoting import quoted_article


def quotes(text: str, kind: str | None = None):
    return [q for q in quoted_article(text, "en").quotes if kind is None or q.kind == kind]


def test_a_quotation_after_an_attribution_with_a_fronted_phrase_opens_at_its_mark() -> None:
    text = 'At the same time, the harbour master added, "nobody expected the tide to turn so fast."'
    [quote] = quotes(text)
    assert quote.text.startswith('"nobody expected')
    assert quote.speaker is not None and quote.speaker.text == "the harbour master"


def test_a_quotation_after_a_listener_and_a_comma_opens_at_its_mark() -> None:
    text = ('The goalkeeper spoke briefly, telling a local radio host on Sunday, '
            '"we will be back stronger next season," and then hung up.')
    [quote] = quotes(text)
    assert quote.text.startswith('"we will be back')


def test_a_clause_before_the_attribution_stays_in_the_quote() -> None:
    # control: the words before the speaker are a clause of the statement, not an adjunct
    text = 'The plain truth is, the harbour master added, "nobody expected the tide to turn."'
    [quote] = quotes(text)
    assert quote.text.startswith("The plain truth is")


def test_a_subordinate_after_the_cue_stays_in_the_quote() -> None:
    # control: 'said no matter what ...': the words after the cue belong to the clause
    text = 'The harbour master said no matter what the council decides, "the pier will stay shut."'
    [quote] = quotes(text)
    assert quote.text.startswith("no matter what")


def test_a_clause_before_according_to_with_no_comma_is_reported() -> None:
    text = 'The ferry will run again in April according to a notice from the port authority.'
    [quote] = quotes(text, "indirect")
    assert quote.text == "The ferry will run again in April"
    assert quote.cue is not None and quote.cue.text == "according to"
    assert quote.speaker is not None and "port authority" in quote.speaker.text


def test_according_to_a_plan_or_the_rules_reports_nothing() -> None:
    for text in ("The ballot was counted according to the rules of the guild.",
                 "The whole rescue went according to plan."):
        assert quotes(text, "indirect") == []


def test_a_word_for_according_to_without_a_comma_attributes_nothing_outside_english() -> None:
    text = "La corsa è finita ieri a Roma. Il ciclista Marco Rossi è arrivato secondo dietro il campione belga."
    assert quoted_article(text, "it").quotes == ()
    text = "The guild met in London on Monday. The vote was held according to the new rules of the guild."
    assert quoted_article(text, "en").quotes == ()
