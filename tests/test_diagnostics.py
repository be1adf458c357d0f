"""The diagnostics step on small hand-written articles in several languages."""
from __future__ import annotations

import re

import pytest

from cronaca.article import Article, Paragraph
from cronaca.diagnostics import Diagnostics, hunspell
from cronaca.diagnostics import lexicon as lex
from cronaca.entities import Entities
from cronaca.pipeline import Pipeline
from cronaca.quotes import Quotes
from cronaca.steps.language import SentenceLanguage
from cronaca.steps.segment import Segment

STEPS = [Segment(), SentenceLanguage(), Entities(), Quotes(), Diagnostics()]


def run(text: str, language: str) -> Article:
    paragraphs = tuple(Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))
    bare = Article(source="test", text=text, input_kind="text", paragraphs=paragraphs,
                   language=language)
    return Pipeline(STEPS, provided={"text", "paragraphs", "language"})(bare)


def found(art: Article, kind: str | None = None) -> list[str]:
    return [d.text for d in art.diagnostics if kind is None or d.kind == kind]


@pytest.fixture
def no_hunspell(monkeypatch):
    """The step as installed from PyPI alone: no system Hunspell dictionary."""
    monkeypatch.setattr(hunspell, "dictionary", lambda lang: None)
    lex.known.cache_clear()
    yield
    lex.known.cache_clear()


def test_step_contract() -> None:
    step = Diagnostics()
    assert step.adds == {"diagnostics", "trust"}
    Pipeline(STEPS, provided={"text", "paragraphs", "language"})


def test_default_pipeline_runs_it_after_quotes() -> None:
    from cronaca.api import default_pipeline
    names = [s.name for s in default_pipeline().steps]
    assert names.index("diagnostics") == names.index("quotes") + 1


CLEAN = {
    "it": "Il consiglio comunale ha approvato ieri sera il bilancio della città. Secondo "
          "l'assessore, i fondi serviranno a riparare le strade e a rinnovare le scuole. "
          "L'opposizione ha criticato la scelta, ma il sindaco si è detto soddisfatto.",
    "en": "The city council approved the budget late on Tuesday. According to the treasurer, "
          "the money will repair roads and renovate two schools. The opposition criticised "
          "the plan, but the mayor said he was satisfied with the outcome.",
    "de": "Der Stadtrat hat am Dienstag den Haushalt beschlossen. Nach Angaben des Kämmerers "
          "soll das Geld in Straßen und Schulen fließen. Die Opposition kritisierte den Plan, "
          "doch der Bürgermeister zeigte sich zufrieden.",
    "fr": "Le conseil municipal a adopté mardi soir le budget de la ville. Selon l'adjoint "
          "aux finances, l'argent servira à réparer les routes et à rénover deux écoles. "
          "L'opposition a critiqué ce choix, mais le maire s'est dit satisfait.",
    "es": "El ayuntamiento aprobó el martes por la noche el presupuesto de la ciudad. Según "
          "el concejal de Hacienda, el dinero servirá para reparar calles y renovar dos "
          "escuelas. La oposición criticó la decisión, pero el alcalde se mostró satisfecho.",
    "pl": "Rada miasta przyjęła we wtorek wieczorem budżet na przyszły rok. Według skarbnika "
          "pieniądze zostaną przeznaczone na remont dróg i dwóch szkół. Opozycja "
          "skrytykowała ten plan, ale burmistrz był zadowolony.",
    "ru": "Городской совет во вторник вечером утвердил бюджет на следующий год. По словам "
          "казначея, деньги пойдут на ремонт дорог и двух школ. Оппозиция раскритиковала "
          "этот план, но мэр остался доволен.",
}


@pytest.mark.parametrize("lang", sorted(CLEAN))
def test_clean_text_gives_no_warning(lang) -> None:
    art = run(CLEAN[lang], lang)
    assert found(art) == []
    assert art.trust.score < 0.05 and art.trust.words > 25


@pytest.mark.parametrize("lang", sorted(CLEAN))
def test_clean_text_without_hunspell(lang, no_hunspell) -> None:
    assert found(run(CLEAN[lang], lang)) == []


@pytest.mark.parametrize("lang, text, word", [
    ("it", "Il paese vive una nuova fase di sviluppezza economica, ha detto il ministro.", "sviluppezza"),
    ("it", "La collaborazione scientifo-industriale tra le due università è cresciuta.",
     "scientifo-industriale"),
    ("en", "The minister praised the unprecedentful growth of the economy.", "unprecedentful"),
    ("fr", "Le ministre a salué la croissancement de l'économie du pays.", "croissancement"),
    ("es", "El ministro celebró el crecimientazo de la economía del país.", "crecimientazo"),
])
def test_non_word(lang, text, word, no_hunspell) -> None:
    art = run(text, lang)
    assert found(art, "non_word") == [word]
    assert "word list" in art.diagnostics[0].evidence


def test_non_word_confirmed_by_hunspell() -> None:
    if hunspell.dictionary("it") is None:
        pytest.skip("no Italian Hunspell dictionary or no spylls (apt install hunspell-it; pip install spylls)")
    art = run("Il paese vive una nuova fase di sviluppezza economica.", "it")
    assert "Hunspell" in art.diagnostics[0].evidence and art.diagnostics[0].severity == 0.6


@pytest.mark.parametrize("lang, text", [
    ("it", "Il ministro Kowalczykiewicz ha firmato una partnership strategica sullo smart working."),
    ("en", "Chancellor Schwarzkopfberg met the ambassador in Brussels on Monday."),
    ("pl", "Minister Smithson spotkał się w poniedziałek z ambasadorem w Warszawie."),
])
def test_names_and_loanwords_are_not_flagged(lang, text) -> None:
    assert found(run(text, lang)) == []


@pytest.mark.parametrize("lang, text, fragment", [
    ("it", "Il governo, as reported by several regional papers, ha rinviato la riforma.",
     "as reported by several regional papers"),
    ("de", "Die Regierung hat, as reported by several regional papers, die Reform verschoben.",
     "as reported by several regional papers"),
    ("pl", "Rząd, as reported by several regional papers, przełożył reformę na jesień.",
     "as reported by several regional papers"),
])
def test_foreign_fragment(lang, text, fragment) -> None:
    art = run(text, lang)
    assert found(art, "foreign_fragment") == [fragment]
    assert "English" in art.diagnostics[0].evidence


def test_quote_left_in_the_original_language_is_not_a_fragment() -> None:
    text = 'Il presidente ha detto: "We will never abandon our friends in the region".'
    assert found(run(text, "it")) == []


def test_no_non_word_check_on_a_small_word_list_without_hunspell(no_hunspell, monkeypatch) -> None:
    from cronaca.diagnostics import nonword
    monkeypatch.setattr(hunspell, "find", lambda lang: None)
    nonword._judgeable.cache_clear()
    try:
        # Slovak: wordfreq has only a small list; a rare real word must not be a warning
        art = run("Vláda schválila novú stratégiu pre elektromobilitu a nabíjacie stanice "
                  "na diaľniciach. Minister dopravy povedal, že prvé stanice budú hotové "
                  "do konca roka.", "sk")
        assert found(art, "non_word") == []
    finally:
        nonword._judgeable.cache_clear()
