"""Real words no word list holds (inflections, compounds, clitics, name derivations),
faults of the copy that are not translation traces (lost letters, broken words, habits)."""
from __future__ import annotations

import pytest

from cronaca.diagnostics.derivation import explained, name_stems
from cronaca.diagnostics.nonword import _one_edit
from test_diagnostics import found, run


@pytest.mark.parametrize("lang, word", [
    ("cs", "videorozhovorech"),        # video + rozhovorech
    ("pl", "wideorozmowach"),
    ("bg", "твърдолинейните"),        # твърдо + линейните
    ("uk", "антикорупціонерами"),     # prefix + an inflected form of a known stem
    ("it", "lavatisi"),               # lavati + si
    ("it", "comprarsele"),            # comprar(e) + sele
])
def test_regular_formations_are_words(lang, word) -> None:
    assert explained(word, lang)


@pytest.mark.parametrize("lang, word", [
    ("it", "fiorentezza"), ("cs", "politikezza"), ("ru", "правительезза"), ("pl", "przemysłezza"),
    ("it", "militaro"),               # stem + ending is no inflection rule in Italian
])
def test_coinages_stay_unexplained(lang, word) -> None:
    assert not explained(word, lang)


def test_a_word_derived_from_a_name_in_the_article() -> None:
    # ("zubrovnickou" reads by analogy with "dubrovnickou": an invented name of no real place.)
    names = name_stems(["Trondelviku", "Корвалия"])
    assert explained("trondelvickou", "cs", names)
    assert explained("jihotrondelvickém", "cs", names)      # jiho + a derivation of the name
    assert explained("корвалийци", "bg", names)
    assert not explained("trondelvickou", "cs")


def test_one_edit_is_a_keyboard_slip_not_a_changed_letter() -> None:
    assert _one_edit("ottenuot", "ottenuto")         # swapped neighbours
    assert _one_edit("goverrno", "governo")          # doubled letter
    assert _one_edit("utlizzare", "utilizzare")      # dropped letter
    assert not _one_edit("militaro", "militare")     # a changed vowel is how coinages look


def test_lost_letter_is_one_low_warning() -> None:
    # Every "š" of this Czech text was dropped by a bad decoder.
    text = ("Policie vyetřuje, co se stalo v noci na nádraží. Podle mluvčího zatím nikdo "
            "nebyl zatčen, vyetřování ale pokračuje a dalí podrobnosti budou zveřejněny zítra.")
    art = run(text, "cs")
    assert found(art, "lost_letters") == ["vyetřuje"]
    assert found(art, "non_word") == []
    assert art.diagnostics[0].severity < 0.5


def test_words_broken_by_the_layout_are_not_non_words() -> None:
    text = ("Комісія опублікувала нові правила, які висві-тлюють її структуру. "
            "Уряд підтримав рішення на націона-льному рівні.")
    assert found(run(text, "uk"), "non_word") == []


def test_habitual_latin_letter_in_cyrillic_is_one_warning_roman_numerals_none() -> None:
    # Latin "i" typed for Ukrainian "і" in three words, and a Roman numeral with look-alikes.
    text = ("Рада обговорила питання iнформацiї та вiдкритостi влади та рiшення. "
            "У ХVІ столітті місто вже мало ратушу.")
    art = run(text, "uk")
    mixed = [d for d in art.diagnostics if d.kind == "mixed_script"]
    assert len(mixed) == 1 and mixed[0].severity < 0.5 and "3 words" in mixed[0].evidence


@pytest.mark.parametrize("text, fragment", [
    # German nouns are capitalised: they must not break the run as names would.
    ("Il ponte resterà chiuso nach dem Willen der Regierung fino alla primavera.",
     "nach dem Willen der Regierung"),
    # "des" is French and German alike: it continues a German run.
    ("Il festival ha chiuso am Abend des zweiten Tages con un concerto in piazza.",
     "am Abend des zweiten Tages"),
])
def test_german_fragment_in_italian(text, fragment) -> None:
    art = run(text, "it")
    assert found(art, "foreign_fragment") == [fragment]
    assert "German" in art.diagnostics[0].evidence
