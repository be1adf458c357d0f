"""English quote bounds as a reader (and PolNeAR-style annotation) draws them: how far
a partial quote's clause runs, where it opens, and what one quotation takes in."""
from __future__ import annotations

from quoting import quoted_article


def quotes(text: str, kind: str | None = None):
    return [q for q in quoted_article(text, "en").quotes if kind is None or q.kind == kind]


def test_more_quoted_words_after_a_relative_keep_the_clause_going() -> None:
    text = ('The coach said the striker was "a gift to any side," which is why "every big club" '
            'keeps calling his agent.')
    [quote] = quotes(text, "partial")
    assert quote.text.endswith("keeps calling his agent")


def test_the_clause_still_ends_at_a_relative_with_no_more_quoted_words() -> None:
    text = 'The coach said the striker was "a gift to any side," which surprised nobody.'
    [quote] = quotes(text, "partial")
    assert quote.text == 'the striker was "a gift to any side,"'


def test_a_later_cue_of_its_own_is_not_taken_into_the_clause() -> None:
    text = ('The coach said the striker was "a gift to any side," and the owner said '
            'the fee was "far too high."')
    first = quotes(text, "partial")[0]
    assert "owner" not in first.text


def test_a_quotation_ending_in_a_question_mark_in_double_apostrophes_finds_its_speaker() -> None:
    text = ("The hall went quiet.\n"
            "''Did the board ever ask the tenants?'' Mrs. Moreau said. ''Not once in ten years.''")
    [quote] = quotes(text, "direct")
    assert quote.speaker is not None and quote.speaker.text == "Mrs. Moreau"
    assert "Not once in ten years" in quote.text


def test_a_partial_quote_belongs_to_the_later_cue_after_a_conjunction() -> None:
    text = ('Lena Park said the report was wrong but Omar Diallo said that the budget was '
            '"never in danger" this spring.')
    [quote] = quotes(text, "partial")
    assert quote.text.startswith("that the budget")


def test_a_second_subject_and_cue_after_while_open_the_quoted_clause() -> None:
    text = ('Omar Diallo argued that the tram would pay for itself, while his rival insisted '
            'that it was "a vanity project" from the start.')
    partial = quotes(text, "partial")[0]
    assert partial.text.startswith("that it was")


def test_a_quotation_after_a_cue_takes_the_words_that_go_on_after_its_mark() -> None:
    text = 'Asked about the delay, Ruth Ames said, "We still have two weeks" before the audit.'
    [quote] = quotes(text)
    assert quote.text.endswith("before the audit")


def test_a_quotation_closed_by_a_comma_stays_a_statement() -> None:
    text = 'Ruth Ames said, "We still have two weeks," drawing groans from the staff.'
    [quote] = quotes(text)
    assert quote.text == "We still have two weeks"


def test_a_subordinate_after_a_comma_inside_the_mark_goes_on_before_a_late_cue() -> None:
    text = ('"The renovation is long overdue," since the roof has leaked for years, said '
            'Pavel Novak, the caretaker.')
    [quote] = quotes(text)
    assert quote.text.rstrip(" ,").endswith("leaked for years")


def test_a_clause_before_a_colon_is_part_of_what_the_cue_reports() -> None:
    text = ('Nadia Ferris said she often repeats what her coach told her: "Nobody wins a '
            'race in the first mile."')
    [quote] = quotes(text)
    assert quote.text.startswith("she often repeats")


def test_a_fronted_adverbial_before_an_attribution_set_off_by_commas_is_left_out() -> None:
    text = 'In both seasons, Ingrid Holm said, the grants paid for "basic repairs" to the hall.'
    [quote] = quotes(text, "partial")
    assert quote.text.startswith("the grants paid")


def test_a_subject_before_an_attribution_set_off_by_commas_opens_the_clause() -> None:
    text = 'The new roof, Ingrid Holm said, would make the hall "warm at last" this winter.'
    [quote] = quotes(text, "partial")
    assert quote.text.startswith("The new roof")


def test_a_cue_inside_a_fronted_subordinate_clause_is_not_the_one_that_reports() -> None:
    text = ('When Arne Dahl admitted the gift to the party, a columnist for the weekly said '
            'he was "deeply embarrassed" by the link.')
    [quote] = quotes(text, "partial")
    assert quote.text.startswith("he was")


def test_a_cue_inside_a_relative_clause_is_not_the_one_that_reports() -> None:
    text = ('Mona Ruiz, who says the city should sell the depot, wrote that the offer '
            '"makes no sense at all" for taxpayers.')
    [quote] = quotes(text, "partial")
    assert quote.text.startswith("that the offer")


def test_before_ends_a_partial_quotes_clause_even_without_a_comma() -> None:
    text = ('Rosa Lind said the council had voted "to protect the old harbour" before '
            'turning to the budget.')
    [quote] = quotes(text, "partial")
    assert quote.text.rstrip(' "”').endswith("to protect the old harbour")


def test_before_and_a_noun_phrase_stays_in_a_partial_quotes_clause() -> None:
    text = ('Rosa Lind said the council had voted "to protect the old harbour" before '
            'the summer recess.')
    [quote] = quotes(text, "partial")
    assert quote.text.endswith("before the summer recess")


def test_a_partial_quote_interrupted_by_its_attribution_is_one_quote() -> None:
    text = ("The ''rivalry is worse than ever,'' the coach told a local radio station, "
            "''and I hope the clubs can settle it.''")
    [quote] = quotes(text)
    assert quote.text.startswith("The ''rivalry") and quote.text.endswith("settle it.")
    assert "radio" not in quote.text and quote.speaker.text == "the coach"


def test_the_object_of_a_speech_participle_is_not_its_speaker() -> None:
    text = ('The plan is a mess, Ilse Berg said on Monday in Bonn, adding the new mayor '
            '"has no idea what a budget is."')
    [quote] = quotes(text, "partial")
    assert quote.text.startswith("the new mayor")
    assert quote.speaker.text == "Ilse Berg"


def test_a_bracket_after_a_partial_quote_is_an_aside_inside_its_clause() -> None:
    text = ('Kim Lowe said "hardly anyone" would vote for Rep. Dana Fox (D-Ore.) and '
            'her running mate.')
    [quote] = quotes(text, "partial")
    assert quote.text.endswith("her running mate")


def test_a_sentence_of_a_thousand_quoted_pieces_keeps_its_quotes():
    pieces = " ".join(f'"w{n}"' for n in range(1200))
    article = quoted_article(f"Lee said the plan was {pieces} in the end. The vote is on Friday.", "en")
    assert article.quotes and not article.failures


def test_before_a_name_or_a_noun_in_ing_is_no_new_clause():
    for tail in ("before Thanksgiving", "before spring"):
        article = quoted_article(f'Lee said the council "will decide on the bill" {tail}. The vote is set.', "en")
        assert any(q.text.endswith(tail) for q in article.quotes), [q.text for q in article.quotes]
