"""Cue lists carry every person and number of a speech verb, reflexive verbs with their
pronoun on either side, verbs of fearing and expecting that report only a clause, and
"as X reported" with its source after a preposition."""
from __future__ import annotations

import pytest

from quoting import quoted_article


def _only(text: str, language: str):
    [quote] = quoted_article(text, language).quotes
    return quote


@pytest.mark.parametrize("language, text, speaker", [
    ("cs", "„Na opravu střechy nemáme peníze,“ stěžují si rodiče ze Zbraslavi.", "rodiče"),
    ("cs", "Zemědělci se obávají, že letošní úroda bude slabá.", "Zemědělci"),
    ("bg", "Шофьорите се оплакват, че пътят към селото е опасен.", "Шофьорите"),
    ("bg", "Лекарите обещаха, че болницата ще работи и през празниците.", "Лекарите"),
    ("sl", "Starši opozarjajo, da je pot do šole nevarna.", "Starši"),
    ("sl", "Gasilci so sporočili, da je požar pogašen.", "Gasilci"),
    ("uk", "Лікарі пообіцяли, що черги зникнуть до зими.", "Лікарі"),
    ("nl", "De boeren vrezen dat de oogst dit jaar mislukt.", "De boeren"),
    ("nl", "Omwonenden klagen dat de bus te laat komt.", "Omwonenden"),
    ("pl", "Ministerstwo zdrowia poinformowało, że szczepionki dotrą w marcu.", "Ministerstwo"),
    ("cs", "Ministerstvo dopravy uvedlo, že dálnice bude hotová v létě.", "Ministerstvo"),
    ("uk", "Міністерство освіти повідомило, що школи відкриють у вересні.", "Міністерство"),
    ("ru", "Ведомство подчеркнуло, что цены на билеты не вырастут.", "Ведомство"),
])
def test_plural_and_reflexive_cues_report_their_clause(language, text, speaker):
    quote = _only(text, language)
    assert quote.speaker is not None and quote.speaker.text.startswith(speaker)


def test_as_reported_at_a_body_names_the_body():
    quote = _only("Як повідомили в поліції, під час пожежі ніхто не постраждав.", "uk")
    assert quote.kind == "indirect" and quote.text.startswith("під час пожежі")
    assert quote.speaker is not None and quote.speaker.text == "поліції"


@pytest.mark.parametrize("language, text", [
    ("nl", "De boeren vrezen de droogte van deze zomer."),
    ("cs", "Zemědělci se obávají sucha a vysokých cen."),
])
def test_a_verb_of_fearing_without_a_clause_reports_nothing(language, text):
    assert not quoted_article(text, language).quotes
