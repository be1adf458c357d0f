"""Provenance: sentence alignment, what a copy changed, the likely original."""
import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from cronaca.api import analyze
from cronaca.article import Article, Diagnostic, Metadata, Trust
from cronaca.cli.main import cli
from cronaca.corpus import Corpus
from cronaca.provenance import Change, Member, diff, likely_original
from cronaca.provenance.align import align

FIXTURES = Path(__file__).parent / "fixtures" / "provenance"
ORIGINAL, COPY = FIXTURES / "en_original.html", FIXTURES / "it_copy.html"
from models import HAVE_USE
from models import needs_use


class NoModel:
    """An embedder that covers no language: alignment falls back to shared facts."""
    def covers(self, language):
        return False

    def ready(self):
        return False


@pytest.fixture(scope="module")
def pair():
    return analyze(str(ORIGINAL)), analyze(str(COPY))


def test_align_keeps_order_and_leaves_gaps():
    sim = np.array([[0.9, 0.1, 0.0], [0.1, 0.2, 0.1], [0.0, 0.1, 0.8]])
    assert align(sim, 0.3) == [([0], [0], pytest.approx(0.9)), ([1], [], 0.0),
                               ([], [1], 0.0), ([2], [2], pytest.approx(0.8))]


def test_align_across_languages_attaches_a_sentence_merged_into_its_neighbour():
    sim = np.array([[0.9, 0.0], [0.6, 0.0], [0.0, 0.9]])   # originals 0 and 1 became copy 0
    assert [(o, c) for o, c, _ in align(sim, 0.5, 0.25)] == [([0, 1], [0]), ([2], [1])]
    assert [(o, c) for o, c, _ in align(sim, 0.5)] == [([0], [0]), ([1], []), ([2], [1])]


def test_align_across_languages_pairs_a_loose_translation_in_a_gap():
    sim = np.array([[0.9, 0.0, 0.0], [0.0, 0.3, 0.0], [0.0, 0.0, 0.9]])
    assert [(o, c) for o, c, _ in align(sim, 0.5, 0.25)] == [([0], [0]), ([1], [1]), ([2], [2])]
    assert len(align(sim, 0.5)) == 4                        # one language: dropped and added


@pytest.mark.parametrize("embedder", [None, NoModel()], ids=["model", "facts-only"])
def test_diff_across_languages_shows_the_changed_place(pair, embedder):
    if embedder is None and not HAVE_USE:
        pytest.skip("multilingual USE not installed")
    result = diff(*pair, embedder=embedder)
    assert Change("place", "Russia", "Unione Sovietica") in result.changes
    dropped = [s for s in result.steps if s.op == "dropped"]
    assert [p.text for s in dropped for p in s.original] == [
        "The transport ministry of Estonia said it was following the talks closely and "
        "hoped for a solution before the summer season."]
    assert result.counts().get("added", 0) == 0


def test_diff_in_one_language_marks_edited_words_and_changed_numbers():
    original = analyze(text="Il consiglio comunale di Lecco ha approvato ieri il bilancio. "
                            "La spesa per le scuole sale a 2.400.000 euro. "
                            "L'opposizione ha votato contro.\n", url="https://a.example/x")
    copy = analyze(text="Il consiglio comunale di Lecco ha approvato ieri il bilancio. "
                        "La spesa per le scuole sale a 3.100.000 euro. "
                        "L'opposizione ha votato contro senza discutere.\n",
                   url="https://b.example/y")
    result = diff(original, copy)
    assert [s.op for s in result.steps] == ["same", "changed", "edited"]
    assert result.changes == [Change("number", "2.400.000", "3.100.000")]
    assert ("+", "senza discutere") in result.steps[2].words


def _member(i, published=None, trust=None, language="en", diagnostics=()):
    article = Article(source=f"s{i}", text="Some text here.", input_kind="text",
                      metadata=Metadata(published=published), language=language,
                      trust=Trust(trust, 300) if trust is not None else None,
                      diagnostics=tuple(diagnostics))
    return Member(i, article)


def test_first_published_is_the_likely_original():
    members = [_member(1, "2026-03-02"), _member(2, "2026-03-01T09:00"), _member(3)]
    found = likely_original(1, members)
    assert found.original.id == 2
    assert found.reasons[0].startswith("published first")


def test_untranslated_words_point_to_the_source_language():
    fragment = Diagnostic(0, 4, "according to the local office", "foreign_fragment", "", 0.5)
    members = [_member(1, language="it", diagnostics=[fragment]), _member(2, language="en")]
    found = likely_original(1, members)
    assert found.original.id == 2
    assert any("untranslated" in r for r in found.reasons)
    assert members[0].against == ["words left in English: 'according to the local office'"]


def test_traces_of_machine_translation_count_against_a_copy():
    found = likely_original(1, [_member(1, trust=0.9), _member(2, trust=0.05)])
    assert found.original.id == 2
    assert "fewest traces" in found.reasons[0]


def test_a_lone_article_is_its_own_original_and_equals_go_to_the_first():
    assert likely_original(7, [_member(7)]).reasons == [
        "no copy or translation of it is in the corpus"]
    found = likely_original(4, [_member(4), _member(5)])
    assert found.original.id == 4 and "first stored" in found.reasons[-1]


@needs_use
def test_translated_copy_is_linked_and_its_original_chosen(provenance_db):
    with Corpus(provenance_db) as c:
        ids = {Path(s).name: i for i, s in c.conn.execute("SELECT id, source FROM articles")}
        copy, original = ids[COPY.name], ids[ORIGINAL.name]
        assert [(l["article"], l["kind"]) for l in c.links(copy)] == [(original, "translation")]
        found = c.origin(copy)
        assert found.original.id == original
        assert any(r.startswith("published first") for r in found.reasons)
        assert Change("place", "Russia", "Unione Sovietica") in c.diff(original, copy).changes


@needs_use
def test_origin_and_diff_commands(provenance_db):
    runner = CliRunner()
    table = runner.invoke(cli, ["origin", "1", "--db", str(provenance_db)])     # the copy
    assert table.exit_code == 0, table.output
    assert table.output.startswith("likely original: #2 en 2026-05-02 Ferry operator")
    data = json.loads(runner.invoke(cli, ["origin", "1", "--db", str(provenance_db), "-f", "json"]).output)
    assert data["original"] == 2 and len(data["members"]) == 2
    text = runner.invoke(cli, ["diff", "2", "1", "--db", str(provenance_db)])
    assert text.exit_code == 0
    assert "place changed: Russia → Unione Sovietica" in text.output
    assert "- dropped" in text.output


def test_diff_of_two_files_needs_no_corpus(tmp_path):
    result = CliRunner().invoke(cli, ["diff", str(ORIGINAL), str(COPY), "-f", "json",
                                      "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 0
    assert {"kind": "place", "original": "Russia", "copy": "Unione Sovietica"} in \
        json.loads(result.output)["changes"]
    assert not (tmp_path / "none.db").exists()


def test_unknown_article_is_one_line_error(provenance_db):
    result = CliRunner().invoke(cli, ["diff", "1", "999", "--db", str(provenance_db)])
    assert result.exit_code == 1
    assert result.output.strip().endswith("no such article (999); give a row id, an Article "
                                          "id or a source")
    result = CliRunner().invoke(cli, ["origin", "999", "--db", str(provenance_db)])
    assert result.exit_code == 1 and "no such article" in result.output


ARTICLE_A = ("The city of Maribor opened a new library on Monday. The building cost 14 million "
             "euros and took three years to finish. Mayor Saša Arsenovič said the library would "
             "stay open until midnight. Students from the university had asked for longer hours "
             "for years. The old library will become a music school next spring. Its collection "
             "of 240,000 books was moved in 52 lorries. Architects from Ljubljana designed the "
             "glass roof of the reading room.\n")
ARTICLE_B = ("A storm closed the harbour of Split for two days. Ferries to Brač and Hvar stayed in "
             "port while waves reached six metres. The harbour master Ivana Kovač said no ship had "
             "been damaged. About 3,500 travellers waited in hotels and schools. The coast guard "
             "rescued two sailors near the island of Šolta. Forecasters expect calmer weather on "
             "Thursday. The ferry company promised refunds for every cancelled crossing.\n")


def test_eval_diff_injects_edits_and_checks_faithful_translations(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE_A, "utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_B, "utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", "diff", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    injected = json.loads(result.output)["injected"]
    assert injected["articles"] == 2
    assert injected["injected"] == {"number": 2, "name": 2, "dropped": 2, "added": 2}
    assert injected["recall"]["number"] == 1.0 and injected["recall"]["dropped"] == 1.0
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(cli, ["eval", "diff", str(empty)])
    assert result.exit_code == 2 and "holds no article" in result.output
