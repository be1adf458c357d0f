"""Per-language data: loading, normalisation, fallbacks for unknown languages."""
from __future__ import annotations

import dataclasses
import tomllib
from importlib import resources

import pytest

from cronaca import languages
from cronaca.languages import Boilerplate, LanguageData, normalise

REQUIRED = {"en", "it", "de", "fr", "es", "pt", "nl", "pl", "cs", "ru", "uk", "bg", "sl", "fi"}


def test_available_lists_every_language_file_but_not_common() -> None:
    codes = languages.available()
    assert REQUIRED <= set(codes)
    assert "common" not in codes
    assert codes == sorted(codes)


@pytest.mark.parametrize("code", sorted(REQUIRED))
def test_each_file_parses_and_has_boilerplate_and_stopwords(code: str) -> None:
    data = languages.get(code)
    assert data.code == code
    table = data.section("boilerplate")
    for key in ("skip_links", "exact", "prefixes", "copyright"):
        assert table[key], f"{code}.toml: [boilerplate] {key} is empty"
        assert all(isinstance(p, str) and normalise(p) for p in table[key])
    assert data.boilerplate.skip_links and data.boilerplate.exact
    assert data.section("dates")["months"]
    assert len(data.stopwords) > 100          # jusText has a list for every one


@pytest.mark.parametrize("name", sorted(p.name for p in resources.files("cronaca.languages").iterdir()
                                        if p.name.endswith(".toml")))
def test_toml_files_hold_only_tables_of_string_lists(name: str) -> None:
    raw = tomllib.loads(resources.files("cronaca.languages").joinpath(name).read_text("utf-8"))
    for section, table in raw.items():
        assert isinstance(table, dict), f"{name}: top-level {section!r} is not a table"
        for key, values in table.items():
            assert isinstance(values, list) and all(isinstance(v, str) for v in values), (name, key)


def test_boilerplate_sets_are_normalised() -> None:
    it = languages.get("it").boilerplate
    assert "salta al contenuto" in it.skip_links
    assert "più recente" in it.exact and "commenti" in it.exact
    assert "leggi anche" in it.prefixes
    assert "tutti i diritti riservati" in it.copyright
    assert "foto" in it.photo_credits
    assert all(p == normalise(p) for p in it.exact | it.prefixes)
    assert it.longest_prefix >= 3


def test_normalise_ignores_case_punctuation_and_spacing() -> None:
    assert normalise("Leggi anche:") == "leggi anche"
    assert normalise("  LEGGI   ANCHE  ") == "leggi anche"
    assert normalise("Share on Facebook »") == "share on facebook"
    assert normalise("Más recientes…") == "más recientes"
    assert normalise("ＣＯＭＭＥＮＴＳ") == "comments"     # NFKC folds full-width letters
    assert normalise("| |") == ""


def test_get_is_cached_and_accepts_region_and_case() -> None:
    assert languages.get("it") is languages.get("it")
    assert languages.get("pt-BR").code == "pt"
    assert languages.get("IT").code == "it"
    assert languages.get("en_GB").code == "en"


def test_unknown_language_has_no_phrases_but_jusText_stopwords() -> None:
    sv = languages.get("sv")
    assert sv.code == "sv" and not sv.known
    assert sv.boilerplate == Boilerplate()
    assert "och" in sv.stopwords
    assert sv.section("boilerplate") == {}


def test_language_without_any_data() -> None:
    xx = languages.get("xx")
    assert xx.stopwords == frozenset() and xx.boilerplate == Boilerplate()
    assert languages.get(None).code == "und"
    assert languages.get("").code == "und"


def test_common_phrases_are_separate_from_each_language() -> None:
    assert "facebook" in languages.common().exact
    assert "facebook" not in languages.get("it").boilerplate.exact
    merged = languages.get("it").boilerplate.merged(languages.common())
    assert {"facebook", "commenti"} <= merged.exact


def test_language_data_is_frozen() -> None:
    data = languages.get("de")
    assert isinstance(data, LanguageData)
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.code = "fr"  # type: ignore[misc]
    assert isinstance(data.stopwords, frozenset)


def test_a_section_read_by_later_steps_is_plain_data() -> None:
    # Later steps ([quotes], [titles]...) read their own section the same way.
    assert languages.get("en").section("no such section") == {}
    assert "january" in languages.get("en").section("dates")["months"]
