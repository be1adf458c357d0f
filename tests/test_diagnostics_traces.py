"""Doubled words, mixed scripts, leftover markup, language switches, trust, evaluation."""
from __future__ import annotations

from click.testing import CliRunner

from cronaca.evaluate.corrupt import corrupt
from test_diagnostics import found, run


def test_doubled_word_but_not_a_legitimate_repeat() -> None:
    assert found(run("The minister said that the the talks had failed.", "en"), "doubled_word") == ["the the"]
    assert found(run("What he had had for lunch was never known.", "en")) == []
    assert found(run("Nous nous sommes rencontrés hier soir à Paris.", "fr")) == []


def test_a_doubled_content_word_too_but_not_an_idiom_or_a_name() -> None:
    art = run("Il consiglio ha approvato la riforma riforma della scuola con un voto largo.", "it")
    assert found(art, "doubled_word") == ["riforma riforma"]
    assert found(run("La fila avanzava piano piano verso il palazzo comunale.", "it")) == []
    assert found(run("The team flew to Walla Walla for the final game.", "en")) == []


def test_mixed_script_homoglyph() -> None:
    art = run("El gobierno aprobó la rеforma el martes.", "es")     # Cyrillic е
    assert found(art, "mixed_script") == ["rеforma"]
    assert "Cyrillic" in art.diagnostics[0].evidence
    assert found(run("Министр Пyтин выступил вчера.", "ru"), "mixed_script") == ["Пyтин"]


def test_leftover_markup() -> None:
    art = run("Il sindaco {{name}} ha detto&nbsp;che la [TRANSLATE] riforma è pronta.", "it")
    assert found(art, "leftover_markup") == ["{{name}}", "&nbsp;", "[TRANSLATE]"]


def test_language_switch_outside_quotes() -> None:
    text = ("Il governo ha presentato ieri la nuova legge di bilancio per il prossimo anno. "
            "The government will also cut taxes for small businesses and families next year. "
            "La legge sarà discussa in parlamento la prossima settimana.")
    assert found(run(text, "it"), "language_switch") == [
        "The government will also cut taxes for small businesses and families next year."]


def test_trust_is_high_on_a_careless_translation() -> None:
    text = ("Il comune, as reported by several regional papers, ha rinviato la gara d'appalto. "
            "Il sindaco parla di una stagione di rinnovazienza per il porto e la stazione. "
            "La collaborazione scientifo-industriale crescerà, mentre i cittadini "
            "applaudivolano in piazza.")
    trust = run(text, "it").trust
    assert trust.score > 0.8
    assert len(trust.evidence) == 3 and trust.per_1000_words["non_word"] > 0


def test_corrupt_is_seeded_and_spans_point_at_the_trace() -> None:
    text = ("Il governo ha annunciato ieri una nuova riforma della scuola pubblica. Secondo il "
            "ministro, la riforma entrerà in vigore dal prossimo settembre e riguarderà tutte "
            "le scuole superiori della regione, comprese quelle private convenzionate.")
    first = corrupt(text, "it", per_kind=1, seed=3)
    assert first == corrupt(text, "it", per_kind=1, seed=3)
    new, spans = first
    kinds = {kind for _, _, kind in spans}
    assert {"non_word", "mixed_script", "foreign_fragment"} <= kinds
    art = run(new, "it")
    for start, end, kind in spans:
        assert any(d.kind == kind and d.start < end and start < d.end for d in art.diagnostics), kind


def test_eval_command(tmp_path) -> None:
    from cronaca.cli.main import cli as main
    (tmp_path / "a.txt").write_text(
        "Il consiglio comunale ha approvato ieri sera il bilancio della città, con i voti "
        "della maggioranza e l'astensione di una parte dell'opposizione.", "utf-8")
    result = CliRunner().invoke(main, ["eval", "diagnostics", str(tmp_path), "--language", "it"])
    assert result.exit_code == 0, result.output
    assert "per 1000" in result.output and "severe" in result.output and " it " in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["eval", "diagnostics", str(empty)])
    assert result.exit_code == 2 and "holds no texts to score" in result.output
