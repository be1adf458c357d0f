"""When two quotations are one quote, and when the words between them start a new one."""
from __future__ import annotations

from quoting import quoted_article


def quotes(text: str, language: str):
    return quoted_article(text, language).quotes


def test_a_second_cue_that_leads_into_a_quotation_starts_a_new_quote() -> None:
    text = ('"The harbour will reopen in May," Rosa Ilves said, adding, "The dredging '
            'is almost done."')
    first, second = quotes(text, "en")
    assert first.text == "The harbour will reopen in May"
    assert second.text == "The dredging is almost done."
    assert second.cue.text == "adding"


def test_a_second_cue_after_a_conjunction_starts_a_new_quote() -> None:
    text = ('«Il porto riaprirà a maggio», ha detto Rosa Ilves, e ha aggiunto: «Il dragaggio '
            'è quasi finito».')
    assert [q.text for q in quotes(text, "it")] == ["Il porto riaprirà a maggio",
                                                   "Il dragaggio è quasi finito"]


def test_a_cue_that_reports_a_clause_first_keeps_the_quote_whole() -> None:
    text = ('"We lost the vote," Rosa Ilves said, adding that the party would regroup. '
            '"But we will be back."')
    found = [q for q in quotes(text, "en") if q.kind == "direct"]
    assert [q.text for q in found] == ["We lost the vote But we will be back."]


def test_a_cue_with_a_subject_of_its_own_keeps_the_quote_whole() -> None:
    text = ('"We lost the vote," said Rosa Ilves, who had warned that the count was close. '
            '"But we will be back."')
    found = [q for q in quotes(text, "en") if q.kind == "direct"]
    assert [q.text for q in found] == ["We lost the vote But we will be back."]


def test_a_phrase_before_a_cue_does_not_swallow_the_statement_after_it() -> None:
    text = 'Praising the "quiet courage" of the crews, Otto Lind said, "They saved the town."'
    found = quotes(text, "en")
    assert [q.text for q in found if q.kind == "direct"] == ["They saved the town."]
    assert all("They saved" not in q.text for q in found if q.kind == "partial")


def test_a_cue_after_a_phrase_that_leads_into_a_statement_is_not_one_quote_with_it() -> None:
    text = 'Speaking of the "quiet courage" of the crews, Otto Lind said, "They saved the town."'
    found = quotes(text, "en")
    assert "They saved the town." in [q.text for q in found if q.kind == "direct"]


def test_a_sentence_that_ends_with_a_colon_introduces_the_next_quote() -> None:
    text = ('"Nous ne céderons pas." Le syndicat a ajouté : « La grève continue demain. »')
    first = quotes(text, "fr")[0]
    assert first.text == "Nous ne céderons pas."
    assert first.cue is None


def test_a_quotation_after_an_abbreviation_and_a_stop_opens_a_new_sentence() -> None:
    text = ('"The levee held," Dana Reyes told reporters after a rally in Greenville, S.C. '
            '"We were lucky this time."')
    [quote] = quotes(text, "en")
    assert quote.kind == "direct"
    assert quote.text == "The levee held We were lucky this time."


def test_a_quotation_ending_in_a_comma_is_the_statement_before_an_apposition() -> None:
    text = '"The dam is safe," the engineer, Mara Quist, wrote in her report.'
    [quote] = quotes(text, "en")
    assert quote.kind == "direct"
    assert quote.text == "The dam is safe"


def test_a_quotation_after_a_spaced_dash_is_a_statement_of_its_own() -> None:
    text = ('Nobody in the hall expected it - "This budget is dead," Lena Marsh said - '
            'and the vote was postponed.')
    found = quotes(text, "en")
    assert [(q.kind, q.text) for q in found if q.kind != "indirect"] == [
        ("direct", "This budget is dead")]


def test_a_participle_after_a_phrase_in_marks_is_not_its_cue() -> None:
    text = 'The mayor mounted a spirited defense of "harbour values," saying the port stays public.'
    assert not [q for q in quotes(text, "en") if "harbour values" in q.text and q.cue
                and q.cue.text == "saying"]
