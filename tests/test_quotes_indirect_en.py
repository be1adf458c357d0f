"""English reported speech without marks: the rules added for PolNeAR-style recall.

Each rule has a control, a sentence close to it that must not give what the rule gives.
"""
from __future__ import annotations

import pytest
from quoting import quoted_article


def quotes(text: str):
    return quoted_article(text, "en").quotes


def indirect(text: str):
    return [q for q in quotes(text) if q.kind == "indirect"]


def texts(text: str) -> list[str]:
    return [q.text for q in indirect(text)]


# --- a clause after a quote whose cue is taken ------------------------------------------

def test_a_participle_after_a_quote_reports_its_own_clause() -> None:
    found = quotes('"We are glad it is over," Nora Vidal said, adding that the dam '
                   'will reopen in spring.')
    assert [q.kind for q in found] == ["direct", "indirect"]
    assert found[1].text == "that the dam will reopen in spring"
    assert found[1].cue.text == "adding"
    assert found[1].speaker.text == "Nora Vidal"


def test_control_the_quote_cue_alone_reports_no_clause() -> None:
    assert indirect('"We are glad it is over," Nora Vidal said on Tuesday.') == []


# --- a long subject that opens the sentence ------------------------------------------------

@pytest.mark.parametrize("text, speaker, content", [
    ("Several farmers I have spoken with this month said the river had flooded twice.",
     "Several farmers", "the river had flooded twice"),
    ("An earlier report in a local paper said that the cranes were unsafe.",
     "An earlier report", "that the cranes were unsafe"),
    ("But lawyers and tax experts said that is very unlikely.", "lawyers",
     "that is very unlikely"),
])
def test_a_long_subject_before_the_cue_is_the_speaker(text, speaker, content) -> None:
    [quote] = indirect(text)
    assert quote.speaker.text == speaker
    assert quote.text == content


def test_control_an_opening_participle_is_not_a_subject() -> None:
    assert indirect("Walking along the quay in the early morning fog said little to me.") == []


# --- an attribution between commas inside the clause ---------------------------------------

def test_an_attribution_between_commas_reports_both_sides() -> None:
    [quote] = indirect("Most of the ferries, the harbour master said, will stop in winter.")
    assert quote.text == "Most of the ferries, the harbour master said, will stop in winter"
    assert quote.speaker.text == "the harbour master"


def test_a_participle_after_the_attribution_reports_a_second_clause() -> None:
    assert texts("Fares will rise, Ines Moreau said, adding that nobody knows by how much.") \
        == ["Fares will rise", "that nobody knows by how much"]


def test_control_an_apposition_is_not_an_attribution_between_commas() -> None:
    assert texts("Ines Moreau, the port director, said the fares would rise.") \
        == ["the fares would rise"]


# --- a second attribution ends the first clause --------------------------------------------

def test_a_conjunction_a_subject_and_a_cue_start_a_second_clause() -> None:
    assert texts("One in three said the council ignores farmers, and nearly one in four "
                 "said the council was hostile to them.") == [
        "the council ignores farmers", "the council was hostile to them"]


def test_a_semicolon_a_subject_and_a_cue_start_a_second_clause() -> None:
    assert texts("Most tenants say they read the notices; 20 percent of tenants say they "
                 "never open them.") == ["they read the notices", "they never open them"]


def test_control_a_conjunction_without_a_cue_stays_in_the_clause() -> None:
    assert texts("Omar Haddad said the council ignores farmers and the villages they "
                 "live in.") == ["the council ignores farmers and the villages they live in"]


def test_the_main_verb_after_a_relative_clause_with_its_own_cue() -> None:
    found = indirect("Barkley, who said he usually votes for the greens, said the candidate "
                     "he likes best is the governor.")
    assert [q.text for q in found] == ["he usually votes for the greens",
                                       "the candidate he likes best is the governor"]
    assert found[1].speaker.text == "Barkley"


def test_a_speech_participle_after_a_comma_ends_the_clause() -> None:
    assert texts("Lena Ortiz said that the board broke no rule by taking the gift, noting "
                 "that most of the money came from members.") == [
        "that the board broke no rule by taking the gift",
        "that most of the money came from members"]


def test_control_a_relative_without_a_cue_stays_in_the_clause() -> None:
    assert texts("Lena Ortiz said that the board met twice in May, which was rare.") == [
        "that the board met twice in May, which was rare"]


def test_a_conjunction_and_a_subject_pronoun_end_the_clause() -> None:
    assert texts("Several mayors said they back the toll, but they would not pay for it.") \
        == ["they back the toll"]


def test_control_a_conjunction_without_a_subject_stays_in_the_clause() -> None:
    assert texts("Several mayors said they back the toll, but not the parking fee.") \
        == ["they back the toll, but not the parking fee"]


def test_a_shared_subject_that_is_a_common_noun() -> None:
    found = indirect("The ferry company reported weak bookings this spring, and said it was "
                     "still losing money on the night route.")
    assert found[-1].text == "it was still losing money on the night route"
    assert found[-1].speaker.text == "The ferry company"


# --- a finding reported by a poll, with "in" -------------------------------------------------

@pytest.mark.parametrize("text, content, source", [
    ("In the latest Harbor Institute poll, 40 percent of renters back the rent cap.",
     "40 percent of renters back the rent cap", "the latest Harbor Institute poll"),
    ("The mayor leads her rival by ten points in a survey released on Sunday.",
     "The mayor leads her rival by ten points", "a survey released on Sunday"),
])
def test_a_named_poll_reports_a_finding(text, content, source) -> None:
    [quote] = indirect(text)
    assert quote.text == content
    assert quote.speaker.text == source


@pytest.mark.parametrize("text", [
    "The mayor has a wide lead in the polls.",
    "Voters in three counties head to the polls on Tuesday morning.",
])
def test_control_the_polls_at_large_report_nothing(text) -> None:
    assert indirect(text) == []


# --- paragraph labels ---------------------------------------------------------------------

def test_a_poll_label_reports_the_headline() -> None:
    [quote] = indirect("Poll: Renters back the rent cap in three cities")
    assert quote.text == "Renters back the rent cap in three cities"


def test_interview_labels_report_questions_and_answers() -> None:
    found = indirect("Q: What did you find when you came home that night?\n"
                     "A: The house was empty and the door was open.")
    assert [q.cue.text for q in found] == [":", ":"]
    assert [q.speaker.text for q in found] == ["Q", "A"]


def test_control_a_lone_label_is_no_interview() -> None:
    assert indirect("A: The house was empty and the door was open.") == []
    assert indirect("Update: The coast road reopened on Monday morning.") == []


# --- requests --------------------------------------------------------------------------------

def test_a_request_is_reported_with_its_object() -> None:
    [quote] = indirect("Kofi Mensah asked the council to delay the vote until May.")
    assert quote.text == "the council to delay the vote until May"
    assert quote.cue.text == "asked"


def test_control_a_passive_request_names_no_one() -> None:
    assert indirect("Kofi Mensah was asked to delay the vote until May.") == []


# --- verbs of believing and concluding ---------------------------------------------------------

def test_a_belief_is_reported_with_a_lower_confidence_than_a_statement() -> None:
    [believed] = indirect("Most tenants believe that the rent cap will fail.")
    [said] = indirect("Most tenants said that the rent cap will fail.")
    assert believed.text == said.text == "that the rent cap will fail"
    assert believed.confidence < said.confidence


@pytest.mark.parametrize("text, content", [
    ("The harbour master is confident that the new pier will open in May.",
     "that the new pier will open in May"),
    ("The auditors calculated that the scheme cost the city two million.",
     "that the scheme cost the city two million"),
    ("The minister made clear that no tolls would be raised this year.",
     "that no tolls would be raised this year"),
])
def test_verbs_of_believing_and_concluding_report_a_that_clause(text, content) -> None:
    [quote] = indirect(text)
    assert quote.text == content


@pytest.mark.parametrize("text", [
    "The harbour master is confident about the new pier.",
    "The auditors calculated the cost of the scheme.",
])
def test_control_without_a_clause_nothing_is_reported(text) -> None:
    assert indirect(text) == []


# --- what a statement was about ---------------------------------------------------------------

def test_what_someone_talked_about_is_reported() -> None:
    [quote] = indirect("Yara Lindqvist talked about the flood defences of the old town.")
    assert quote.text == "the flood defences of the old town"
    assert quote.cue.text == "talked about"


def test_control_support_as_a_noun_is_no_cue() -> None:
    assert indirect("Public support for the flood defences grew after the storm.") == []
