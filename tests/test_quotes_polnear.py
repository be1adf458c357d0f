"""The PolNeAR scorer on a tiny hand-made BRAT corpus (never the real data)."""
from __future__ import annotations

from cronaca.evaluate.polnear import (documents, evaluate_polnear, format_polnear_report,
                                      match, read_ann)

TEXT = ('"The port will reopen next week," said Ana Ruiz.\n'
        'Officials said the harbour had been dredged twice.\n')


def _span(fragment: str) -> str:
    start = TEXT.index(fragment)
    return f"{start} {start + len(fragment)}"


ANN = "\n".join([
    f"T1\tSource {_span('Ana Ruiz')}\tAna Ruiz",
    f"T2\tCue {_span('said Ana')[:-4]}\tsaid",
    f"T3\tContent {_span(chr(34) + 'The port will reopen next week,' + chr(34))}\tx",
    f"T4\tAttribution {_span('said Ana')[:-4]}\tsaid",
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    f"T5\tSource {_span('Officials')}\tOfficials",
    f"T6\tCue {_span('said the')[:-4]}\tsaid",
    f"T7\tContent {_span('the harbour had been dredged twice')}\tx",
    f"T8\tAttribution {_span('said the')[:-4]}\tsaid",
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
    "#1\tAnnotatorNotes T1\ta note",
])


def corpus(tmp_path):
    for split in ("train", "dev"):
        (tmp_path / split / "text").mkdir(parents=True)
        (tmp_path / split / "attributions").mkdir(parents=True)
        (tmp_path / split / "text" / "doc_a.txt").write_text(TEXT, encoding="utf-8")
        for annotator in ("b2", "a1"):       # two annotators: the first in sorted order counts
            (tmp_path / split / "attributions" / f"doc_a_{annotator}.ann").write_text(
                ANN if annotator == "a1" else "", encoding="utf-8")
    return tmp_path


def test_read_ann_marks_quotes_by_their_quotation_marks() -> None:
    gold = read_ann(TEXT, ANN)
    assert [g.quote for g in gold] == [True, False]
    assert TEXT[slice(*gold[0].source[0])] == "Ana Ruiz"


def test_first_annotator_file_is_used(tmp_path) -> None:
    [(name, _text, ann)] = documents(corpus(tmp_path), "dev")
    assert name == "doc_a" and ann.name == "doc_a_a1.ann"


def test_match_is_one_to_one_and_thresholded() -> None:
    a, b = frozenset({1, 2, 3, 4}), frozenset({1, 2, 3, 4, 5})
    assert match([a, a], [b], 0.8) == [(0, 0)]
    assert match([a], [frozenset({1, 9, 10, 11, 12})], 0.3) == []


def test_perfect_scores_on_an_easy_corpus(tmp_path) -> None:
    result = evaluate_polnear(corpus(tmp_path), "dev")
    assert result["documents"] == 1
    assert result["quotes@80"]["f1"] == 1.0
    assert result["speaker_accuracy"] == 1.0
    assert result["indirect@30"]["f1"] == 1.0
    report = format_polnear_report(result)
    assert "quotes, 80% overlap" in report and "speaker accuracy       1.000" in report


def test_a_resolved_name_matches_the_source_both_ways() -> None:
    from cronaca.evaluate.polnear import _same_name
    assert _same_name("Rand Paul", "Sen. Rand Paul, R-Ky.,")
    assert _same_name("Donald Trump", "Trump")            # the Source names him shorter
    assert not _same_name("Donald Trump", "he")           # a pronoun is matched by span only
    assert not _same_name("Donald Trump", "The Republican")
    assert not _same_name("Al", "Alabama officials")     # whole words, not a substring


def test_annotate_fails_loudly_when_a_step_fails(monkeypatch) -> None:
    import pytest
    import cronaca.quotes as quotes
    from cronaca.evaluate.polnear import annotate

    def broken(article):
        raise ValueError("boom")
    monkeypatch.setattr(quotes, "find_quotes", broken)
    with pytest.raises(RuntimeError, match="quotes"):
        annotate(TEXT, "doc")


def test_the_gold_coverage_measure_lets_a_prediction_run_on() -> None:
    """GGT's measure asks only how much of the gold quote is covered; ours asks it of both."""
    from cronaca.evaluate.polnear import QUOTE_SCORES
    gold, long_pred, half = frozenset({1, 2, 3, 4}), frozenset(range(1, 11)), frozenset({1, 2})
    strict, covered = QUOTE_SCORES["quotes@80"][1], QUOTE_SCORES["covered@80"][1]
    assert match([long_pred], [gold], 0.8, strict) == []
    assert match([long_pred], [gold], 0.8, covered) == [(0, 0)]
    assert match([half], [gold], 0.8, covered) == []
