"""English reporting language: where a reported statement starts and ends, and who
makes it. Each rule has a control case that it must leave alone."""
from __future__ import annotations

import pytest
from quoting import quoted_article


def quotes(text: str):
    return quoted_article(text, "en").quotes


def kinds(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in quotes(text)]


def one(text: str, kind: str):
    found = [q for q in quotes(text) if q.kind == kind]
    assert len(found) == 1, kinds(text)
    return found[0]


# -- the medium of the telling is not part of a partial quote -----------------------

def test_the_medium_after_a_partial_quote_ends_it() -> None:
    quote = one('Ortiz said the ferry plan was "dead on arrival" in an interview on Monday.',
                "partial")
    assert quote.text.endswith('"dead on arrival"')


def test_a_phrase_that_is_no_medium_stays_in_the_clause() -> None:
    quote = one('Ortiz said the ferry plan was "dead on arrival" in the harbor committee.',
                "partial")
    assert quote.text.endswith("in the harbor committee")


def test_a_reason_after_a_comma_stays_in_the_clause() -> None:
    quote = one('Ortiz said the ferry plan was "dead on arrival," because the pier had sunk.',
                "partial")
    assert quote.text.endswith("because the pier had sunk")


# -- a quotation that goes on from a reported clause ---------------------------------

def test_a_quotation_with_no_cue_right_after_a_reported_clause_is_more_of_it() -> None:
    text = ('Ms. Duarte said she had "learned a lot from the flood." "Next time we will '
            'build the dikes first."')
    quote = one(text, "partial")
    assert quote.text.startswith("she had")
    assert quote.text.endswith("build the dikes first.")
    assert quote.speaker is not None and quote.speaker.text == "Ms. Duarte"


def test_a_quotation_in_the_next_paragraph_stays_apart() -> None:
    text = ('Ms. Duarte said she had "learned a lot from the flood."\n'
            '"Next time we will build the dikes first."')
    partial = one(text, "partial")
    assert "dikes" not in partial.text


# -- what is no quotation ------------------------------------------------------------

def test_a_phrase_in_title_case_alone_is_a_title() -> None:
    assert not quotes('The season opens with a classic.\n"Return Of The Glass Harbor"\n'
                      'Tickets sold out in a day.')


def test_a_statement_alone_is_kept() -> None:
    found = quotes('The season opens with a classic.\n"We sold out the whole run in a day."\n'
                   'Tickets went fast.')
    assert [q.kind for q in found] == ["direct"]


def test_a_cue_after_a_phrase_with_no_one_to_say_it_makes_no_quote() -> None:
    text = 'The new "rapid lane" system opened on the bridge last week, reported.'
    assert not [q for q in quotes(text) if q.kind == "partial"]


def test_a_cue_after_a_phrase_with_its_speaker_makes_a_quote() -> None:
    text = 'The new bus lanes were "a quiet success" for commuters, the mayor reported.'
    quote = one(text, "partial")
    assert quote.speaker is not None and quote.speaker.text == "the mayor"


# -- who speaks ----------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Flood engineers say the new dikes will hold for a century.", "Flood engineers"),
    ("About 60 percent of farmers say the subsidy came too late.", "60 percent of farmers"),
])
def test_a_bare_plural_or_a_share_is_a_speaker(text: str, speaker: str) -> None:
    assert one(text, "indirect").speaker.text == speaker


def test_a_bare_plural_that_does_no_telling_is_no_speaker() -> None:
    assert not quotes("Flood engineers inspected the new dikes for a week.")


def test_a_pronoun_after_the_cue_opens_a_bare_clause_not_an_inverted_speaker() -> None:
    text = "Mayor Ines Okafor, facing a close race in June, said she would rebuild the pier."
    quote = one(text, "indirect")
    assert quote.text == "she would rebuild the pier"
    assert quote.speaker.text == "Mayor Ines Okafor"


def test_an_inverted_speaker_after_a_closing_cue_is_kept() -> None:
    quote = one("The pier will be rebuilt by June, said Ines Okafor.", "indirect")
    assert quote.speaker.text == "Ines Okafor"
    assert quote.text == "The pier will be rebuilt by June"


# -- where the clause opens -------------------------------------------------------------

def test_a_time_phrase_between_the_cue_and_a_bare_clause_is_left_out() -> None:
    quote = one("The harbor master said on Friday she would close the old pier.", "indirect")
    assert quote.text == "she would close the old pier"


def test_a_time_phrase_before_a_complementiser_leaves_the_clause_at_it() -> None:
    quote = one("The harbor master said on Friday that the old pier would close.", "indirect")
    assert quote.text == "that the old pier would close"


def test_a_participle_cue_reports_a_clause_for_the_sentence_subject() -> None:
    text = "The fishermen's union sued the port authority, saying the fees break the law."
    quote = one(text, "indirect")
    assert quote.text == "the fees break the law"
    assert quote.cue.text == "saying"
    assert quote.speaker is not None and "union" in quote.speaker.text


def test_a_participle_after_a_quotation_reports_its_own_clause() -> None:
    text = '"We are ready," Okafor said, noting she had hired two more divers.'
    quote = one(text, "indirect")
    assert quote.text == "she had hired two more divers"


def test_a_question_that_opens_its_sentence_is_reported_without_an_asker() -> None:
    found = kinds("Asked if the pier would reopen, the harbor master said repairs had begun.")
    assert ("indirect", "if the pier would reopen") in found
    assert ("indirect", "repairs had begun") in found


def test_a_question_with_its_asker_keeps_the_asker() -> None:
    quote = one("A fisherman asked if the pier would reopen before the summer.", "indirect")
    assert quote.speaker is not None and quote.speaker.text == "A fisherman"


@pytest.mark.parametrize("verb", ["argue", "claims", "notes", "expects"])
def test_more_verbs_take_a_bare_clause(verb: str) -> None:
    quote = one(f"The council {verb} the new ferry will pay for itself.", "indirect")
    assert quote.text == "the new ferry will pay for itself"


def test_expecting_a_thing_reports_nothing() -> None:
    assert not quotes("Until June, ferry passengers should expect delays at weekends.")


# -- a conjunction before a quotation ---------------------------------------------------

def test_a_quotation_after_but_goes_on_from_the_quote_before() -> None:
    text = ('"The budget is fine for this year," Okafor said on Tuesday. '
            'But "the pier will need far more money."')
    [quote] = quotes(text)
    assert quote.kind == "direct"
    assert quote.text.endswith("far more money.")
    assert quote.speaker.text == "Okafor"


def test_a_phrase_after_but_that_the_sentence_goes_on_from_is_no_statement() -> None:
    assert not quotes('Okafor spoke for an hour. But "nobody listened" was the verdict.')


def test_a_statement_that_reads_is_a_source() -> None:
    [quote] = quotes('"The harbor will reopen in May," the statement read.')
    assert quote.kind == "direct" and quote.speaker.text == "the statement"


def test_reading_without_a_quotation_reports_nothing() -> None:
    assert not quotes("The harbor master read the report twice that summer.")


def test_a_second_cue_after_and_shares_the_subject_of_the_sentence() -> None:
    text = 'Okafor called the ferry plan "a fantasy" and said the pier would close in May.'
    quote = one(text, "indirect")
    assert quote.text == "the pier would close in May"
    assert quote.speaker.text == "Okafor"


def test_a_cue_after_and_with_a_subject_of_its_own_keeps_it() -> None:
    text = "Okafor left the hearing early, and the mayor said the pier would close."
    assert one(text, "indirect").speaker.text == "the mayor"


def test_a_relative_pronoun_right_before_the_cue_is_its_subject() -> None:
    text = "The plan won among the 40 percent of fishermen who said the old pier was unsafe."
    quote = one(text, "indirect")
    assert quote.text == "the old pier was unsafe"
    assert quote.speaker.text == "who"


def test_a_relative_pronoun_far_from_the_cue_is_not_its_subject() -> None:
    text = "Fishermen who lost boats in the storm said the old pier was unsafe."
    assert one(text, "indirect").speaker.text == "Fishermen who lost boats in the storm"
