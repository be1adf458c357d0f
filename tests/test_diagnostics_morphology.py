"""Real words that no list holds, found by analogy, by a sister language or by a listed
derivation family; text that is not the article's prose (embedded posts, hidden e-mails)."""
from __future__ import annotations

import pytest

from cronaca.diagnostics.analogy import by_analogy
from cronaca.diagnostics.derivation import explained, name_stems
from test_diagnostics import found, run


@pytest.mark.parametrize("lang, word", [
    ("sl", "degustativni"),        # degusta|tivni : degusta|cija, like informa|tivni : informa|cija
    ("sl", "defibrilatorju"),
    ("sl", "akreditacijskemu"),
    ("cs", "degustativní"),
])
def test_derivations_by_analogy(lang, word) -> None:
    assert by_analogy(word, lang)


@pytest.mark.parametrize("lang, word", [
    ("bg", "прзидентски"), ("bg", "превъръщане"), ("bg", "казавам"),   # typos
    ("sl", "zgodovorno"),          # one chance match ("izv|orno") is no analogy
    ("it", "invitazione"),         # Italian is left out: careless translation coins these
])
def test_typos_find_no_analogy(lang, word) -> None:
    assert not by_analogy(word, lang)
    assert not explained(word, lang)


@pytest.mark.parametrize("lang, word", [
    ("bg", "медресето"), ("bg", "муфтията"),     # loans the Russian list holds, with a Bulgarian article
])
def test_rare_words_of_a_sister_language(lang, word) -> None:
    assert explained(word, lang)


@pytest.mark.parametrize("lang, word", [
    ("bg", "сейчас"),        # a common Russian word in a Bulgarian text: left untranslated
    ("pl", "медресето"),     # Polish has no sister list to ask
])
def test_common_or_unrelated_words_are_not_borrowed(lang, word) -> None:
    assert not explained(word, lang)


@pytest.mark.parametrize("lang, word", [("sl", "schengen"), ("cs", "libor"), ("pl", "libor")])
def test_international_terms(lang, word) -> None:
    assert explained(word, lang)


@pytest.mark.parametrize("word", ["canoistiche", "tonificatrici", "disordinatamente", "bellissimi"])
def test_italian_derivation_families(word) -> None:
    assert explained(word, "it")


@pytest.mark.parametrize("word", ["fiorentezza", "militaro", "armistico", "rendini"])
def test_italian_coinages_are_in_no_family(word) -> None:
    assert not explained(word, "it")


def test_a_name_written_in_lower_case() -> None:
    assert explained("trondelvik", "cs", name_stems(["Trondelvik"]))
    assert not explained("trondelvik", "cs")


def test_an_embedded_post_is_not_the_articles_prose() -> None:
    text = ("Ministr včera oznámil, že nová silnice bude hotová do konce roku. "
            "The new road will be finished by December, great news for everyone "
            "— Petr Dvořák (@petrdvorak) 3. května 2021 Starosta obce s plánem souhlasí "
            "a doufá, že stavba nezpůsobí dlouhé uzavírky.")
    assert found(run(text, "cs")) == []


def test_the_same_english_words_outside_a_post_are_a_fragment() -> None:
    text = ("Ministr včera oznámil, že nová silnice bude hotová do konce roku, "
            "great news for everyone, a starosta obce s plánem souhlasí.")
    assert found(run(text, "cs"), "foreign_fragment") == ["great news for everyone"]


def test_a_hidden_e_mail_address_is_not_a_word() -> None:
    text = "Dotazy posílejte na adresu tiskovka(at)mesto.cz nebo volejte na radnici."
    assert found(run(text, "cs"), "non_word") == []
