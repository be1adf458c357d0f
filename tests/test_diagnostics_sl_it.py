"""Fewer false warnings on edited Slovenian and Italian news (issue 4), each rule with a
control case where the warning must stay: loans in Slovenian letters, derivational
families, echo words, historical mentions of old states, a foreign idiom doubled."""
from __future__ import annotations

import pytest

from cronaca.diagnostics.derivation import _family, explained
from cronaca.diagnostics.respell import latin_loan, respelled_loan
from test_diagnostics import found, run


@pytest.mark.parametrize("word", ["tvitom", "šopingu", "kiberski", "burbona"])
def test_an_english_loan_in_slovenian_letters_is_a_word(word) -> None:
    assert respelled_loan(word, "sl")             # tweet, shopping, cyber, bourbon


@pytest.mark.parametrize("word", [
    "tvtom",          # the loan broken by a typo
    "šopinezza",      # a tail no Slovenian word ends in
    "večiement",      # after a prefix a short stem matches by chance ("yemen")
])
def test_respelled_loan_controls(word) -> None:
    assert not respelled_loan(word, "sl")


@pytest.mark.parametrize("word", ["averzijah", "eskapadami", "diverzifikacijo"])
def test_a_latin_loan_in_slovenian_letters_is_a_word(word) -> None:
    assert latin_loan(word, "sl")


@pytest.mark.parametrize("word", [
    "averzezza",      # a coinage's tail
    "proporcialno",   # a typo of "proporcionalno": no source word begins so
    "caveats",        # English as it stands: a foreign word, not a loan
])
def test_latin_loan_controls(word) -> None:
    assert not latin_loan(word, "sl")


@pytest.mark.parametrize("word", [
    "evrskih",            # evr|o + -ski
    "dopinškem",          # dopin|g + -ški
    "antidopinškimi",     # a prefix on a derived word
    "brexitovskega",      # a noun as it is + -ovski
    "islamistično",       # islam|ist + -ističen
    "razogljičiti",       # raz + oglj|ik + -ičiti
    "dezorganiziran",     # the prefix dez-
])
def test_slovenian_derivations_are_words(word) -> None:
    assert explained(word, "sl")


@pytest.mark.parametrize("word", ["zrkvskem", "dezorganizrian", "tovrane"])
def test_slovenian_derivation_controls(word) -> None:
    assert not explained(word, "sl")             # no base word; a typo; not "to" + "vrane"


@pytest.mark.parametrize("word", ["piroscafini", "vinologia", "stelliforme", "spugnosità"])
def test_italian_derivations_are_words(word) -> None:
    assert explained(word, "it")


@pytest.mark.parametrize("word, family", [
    ("tavolotti", True), ("anemometrica", True), ("peptidasi", True),
    ("casotto", False), ("lipasi", False),       # stems under five letters: chance matches
])
def test_italian_evaluative_instrument_and_enzyme_suffixes(word, family) -> None:
    assert _family(word, "it") is family


def test_italian_diminutive_needs_a_long_stem_and_coinages_stay() -> None:
    assert _family("piroscafini", "it")
    assert not _family("pontini", "it")          # "pont|ini" < "ponte": a short stem passes typos
    for coinage in ("tavolità", "xzologia", "fiorentezza", "invitazione"):
        assert not explained(coinage, "it")


def test_echo_words_but_not_other_repeats() -> None:
    assert explained("cikcak", "sl") and explained("pingpong", "sl")
    assert not explained("tikbak", "sl")         # a consonant changed: no echo
    assert not explained("tiktik", "sl")         # nothing changed: a slip, not an echo


def test_slovenian_prose_with_loans_and_a_typo() -> None:
    text = ("Ministrica je včeraj tvitnila, da bo država pospešila diverzifikacijo virov "
            "in razogljičenje prometa, a opozicija je v pogovoru zahtevala več infrastrukutre.")
    assert found(run(text, "sl"), "non_word") == ["infrastrukutre"]


@pytest.mark.parametrize("past, now", [
    # a decade of the last century
    ("Leta 2021 je izšla knjiga. V 70. letih je oče delal v Vzhodni Nemčiji kot inženir.",
     "Leta 2021 je izšla knjiga. Oče danes dela v Vzhodni Nemčiji kot inženir."),
    # the successor named right after the old state
    ("Leta 2021 so začeli pogajanja. Pogodbo s Sovjetsko zvezo oziroma Rusijo ureja arbitraža.",
     "Leta 2021 so začeli pogajanja. Pogodbo s Sovjetsko zvezo in Kitajsko ureja arbitraža."),
    # a ruler's possessive: the state of his time
    ("Leta 2019 so predstavili film. Govori o Titovi Jugoslaviji in njenih tovarnah.",
     "Leta 2019 so predstavili film. Govori o sedanji Jugoslaviji in njenih tovarnah."),
])
def test_slovenian_historical_mentions(past, now) -> None:
    assert found(run(past, "sl"), "anachronism") == []
    assert len(found(run(now, "sl"), "anachronism")) == 1


@pytest.mark.parametrize("past, now", [
    ("Nel 2021 è uscito un libro: Brežnev guidò l'Unione Sovietica con pugno di ferro.",
     "Nel 2021 l'Unione Sovietica guida i negoziati con pugno di ferro."),
    ("Nel 2023 un convegno ha ricordato la fondazione della Comunità economica europea a Roma.",
     "Nel 2023 la Comunità economica europea ha approvato nuove norme sulla pesca."),
    ("Nel 2020 lo scrittore ha raccontato che negli anni '80 la Germania Est esportava macchine.",
     "Nel 2020 lo scrittore ha raccontato che oggi la Germania Est esporta macchine."),
])
def test_italian_historical_mentions(past, now) -> None:
    assert found(run(past, "it"), "anachronism") == []
    assert len(found(run(now, "it"), "anachronism")) == 1


def test_the_narrative_past_does_not_excuse_a_sentence_about_today() -> None:
    text = ("Nel 2023 i satelliti hanno visto nuovi convogli. La Corea del Nord inviò armi "
            "all'Unione Sovietica per la guerra in Ucraina.")
    assert found(run(text, "it"), "anachronism") == ["Unione Sovietica"]


def test_a_doubled_foreign_idiom_or_italian_reduplication_but_not_a_slip() -> None:
    assert found(run("Il pirata rispose «aye aye» e salpò verso sud.", "it"), "doubled_word") == []
    assert found(run("Le auto andavano dritte dritte verso il mare.", "it"), "doubled_word") == []
    assert found(run("Il governo governo ha approvato il decreto.", "it"), "doubled_word") == ["governo governo"]
    # a language with no word list of its own: its words are not "rare", a slip stays a slip
    assert found(run("Ministar je rekao da je je vlada odlučila.", "hr"), "doubled_word") == ["je je"]


def test_an_untranslated_name_goes_on_in_lower_case_but_a_slip_starts_so() -> None:
    name = "Il rapporto del Global Council for ocean safety and fishing rules cita nuovi dati."
    assert found(run(name, "it"), "foreign_fragment") == []
    slip = "Il rapporto del consiglio for ocean safety and fishing rules cita nuovi dati."
    assert found(run(slip, "it"), "foreign_fragment") == ["for ocean safety and fishing rules"]
