"""The plain-text line cleaner on hand-written scraped pages (tests/fixtures/scraped).

Each fixture page is laid out like a news page scraped as text: skip link,
menu, headline, cut-off teaser, a caption scraped twice, the headline again,
byline and date, the body, then read-also / comment / share / copyright
lines. Expectations are by 1-based line number, so the body text itself is
checked verbatim against the fixture.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cronaca.article import RemovedLine
from cronaca.evaluate.lines import evaluate_lines, format_lines_report
from cronaca.extract.lines import REASONS, ROLES, CleanText, LineVerdict, classify_lines, clean_text

FIXTURES = Path(__file__).parent / "fixtures" / "scraped"

HEADER = {1: "skip link", 2: "navigation", 4: "title", 6: "truncated teaser",
          8: "caption", 9: "caption", 11: "repeated headline"}

PAGES = {
    "it_piste_ciclabili.txt": dict(
        language="it", body=[16, 18, 20, 22, 24],
        removed={**HEADER, 13: "byline", 14: "dateline", 26: "photo credit",
                 27: "boilerplate phrase", 28: "boilerplate phrase", 29: "boilerplate phrase",
                 30: "boilerplate phrase", 31: "copyright"}),
    "en_harbour.txt": dict(
        language="en", body=[17, 19, 23, 25, 27],
        removed={1: "skip link", 2: "navigation", 3: "boilerplate phrase", 5: "title",
                 7: "truncated teaser", 9: "caption", 10: "caption", 12: "repeated headline",
                 14: "byline", 15: "dateline", 21: "boilerplate phrase", 29: "photo credit",
                 30: "boilerplate phrase", 31: "boilerplate phrase", 32: "boilerplate phrase",
                 33: "boilerplate phrase", 34: "boilerplate phrase", 35: "boilerplate phrase",
                 36: "copyright"}),
    "de_bahnhof.txt": dict(
        language="de", body=[16, 18, 22, 24],
        removed={**HEADER, 13: "byline", 14: "dateline", 20: "boilerplate phrase",
                 26: "photo credit", 27: "boilerplate phrase", 28: "boilerplate phrase",
                 29: "boilerplate phrase", 30: "copyright"}),
    "pl_biblioteka.txt": dict(
        language="pl", body=[13, 15, 17, 19],
        removed={**HEADER, 21: "boilerplate phrase", 22: "boilerplate phrase",
                 23: "boilerplate phrase", 24: "copyright"}),
    "ru_metro.txt": dict(
        language="ru", body=[13, 15, 19, 21],
        removed={**HEADER, 17: "photo credit", 23: "boilerplate phrase",
                 24: "boilerplate phrase", 25: "boilerplate phrase", 26: "copyright"}),
    # Swedish has no TOML file: only structure and jusText's Swedish stopwords.
    "sv_skola.txt": dict(
        language="sv", body=[13, 15, 17, 19],
        removed={**HEADER, 1: "short non-prose line", 21: "short non-prose line",
                 22: "short non-prose line", 23: "short non-prose line",
                 24: "short non-prose line"}),
}


def _page(name: str) -> tuple[str, list[str]]:
    raw = (FIXTURES / name).read_text("utf-8")
    return raw, raw.splitlines()


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("stated", [True, False], ids=["stated", "detected"])
def test_fixture_page_is_cleaned(name: str, stated: bool) -> None:
    expected = PAGES[name]
    raw, lines = _page(name)
    result = clean_text(raw, expected["language"] if stated else None)

    assert result.language == expected["language"]
    assert result.paragraphs == [lines[n - 1].strip() for n in expected["body"]]
    assert {r.line: r.reason for r in result.removed} == expected["removed"]
    title_line = next(n for n, reason in expected["removed"].items() if reason == "title")
    assert result.title == lines[title_line - 1].strip()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_non_empty_line_is_kept_or_reported(name: str) -> None:
    raw, lines = _page(name)
    result = clean_text(raw, PAGES[name]["language"])
    reported = {r.line for r in result.removed}
    kept = [n for n in range(1, len(lines) + 1) if lines[n - 1].strip() and n not in reported]
    assert [lines[n - 1].strip() for n in kept] == result.paragraphs
    assert all(r.text == lines[r.line - 1].strip() for r in result.removed)
    assert all(r.reason in REASONS for r in result.removed)


def test_classify_lines_gives_one_verdict_per_line() -> None:
    _, lines = _page("it_piste_ciclabili.txt")
    verdicts = classify_lines(lines, "it")
    assert len(verdicts) == len(lines)
    assert all(isinstance(v, LineVerdict) and v.role in ROLES for v in verdicts)
    assert verdicts[3] == LineVerdict(False, "title", "title")
    assert verdicts[15] == LineVerdict(True, None, "body")
    assert verdicts[2] == LineVerdict(False, None, "empty")
    assert all(v.reason in REASONS for v in verdicts if v.reason)


def test_returns_clean_text_with_removed_lines() -> None:
    raw, _ = _page("pl_biblioteka.txt")
    result = clean_text(raw, "pl")
    assert isinstance(result, CleanText)
    assert all(isinstance(r, RemovedLine) for r in result.removed)


# --- single rules on small inline pages ---------------------------------------

BODY_EN = [
    "The council met on Tuesday evening and agreed that the new bridge would be built "
    "over the river by the end of next year.",
    "Residents who live near the site said they were worried about the noise, but most "
    "of them welcomed the decision in the end.",
    "The work will be paid for by the regional government, which has set aside money for "
    "it in the budget for the coming two years.",
]


def test_teaser_that_is_the_start_of_a_later_paragraph_is_removed() -> None:
    teaser = "Residents who live near the site said they were worried about..."
    lines = ["Bridge plan approved by council", teaser, *BODY_EN]
    result = clean_text("\n".join(lines), "en")
    assert RemovedLine(2, teaser, "truncated teaser") in result.removed
    assert result.paragraphs == BODY_EN


def test_without_a_repeated_headline_the_header_line_becomes_the_title() -> None:
    lines = ["Menu", "Bridge plan approved by the council", *BODY_EN, "Share"]
    result = clean_text("\n".join(lines), "en")
    assert result.title == "Bridge plan approved by the council"
    assert result.paragraphs == BODY_EN
    assert {r.text: r.reason for r in result.removed} == {
        "Menu": "boilerplate phrase", "Bridge plan approved by the council": "title",
        "Share": "boilerplate phrase"}


def test_phrase_matching_is_normalised_and_whole_line() -> None:
    body = [BODY_EN[0], "Comments from the neighbours were mostly positive, and several of "
            "them said that they would walk over the bridge every day.", BODY_EN[1]]
    lines = [*body, "COMMENTS:", "  read ALSO  -", "Share this article"]
    result = clean_text("\n".join(lines), "en")
    assert result.paragraphs == body
    assert [r.reason for r in result.removed] == ["boilerplate phrase"] * 3


def test_short_subheading_between_paragraphs_stays() -> None:
    lines = [BODY_EN[0], "What happens next", BODY_EN[1], BODY_EN[2]]
    assert clean_text("\n".join(lines), "en").paragraphs == lines


def test_advert_label_inside_the_body_goes() -> None:
    lines = [BODY_EN[0], "Advertisement", BODY_EN[1]]
    result = clean_text("\n".join(lines), "en")
    assert result.paragraphs == [BODY_EN[0], BODY_EN[1]]
    assert result.removed == [RemovedLine(2, "Advertisement", "boilerplate phrase")]


def test_menus_and_link_arrows_are_navigation_but_slashes_in_prose_are_not() -> None:
    slash = ("The job is open to a cook / chef with experience, and the hotel says that it "
             "will also train the right person on site.")
    lines = ["Home | World | Business", "Home › News › Europe", *BODY_EN[:2], slash,
             "Read the full story »", "Next"]
    result = clean_text("\n".join(lines), "en")
    assert slash in result.paragraphs
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["Home | World | Business"] == "navigation"
    assert reasons["Home › News › Europe"] == "navigation"
    assert reasons["Read the full story »"] == "navigation"


def test_copyright_mojibake_is_not_a_notice() -> None:
    # "Ã©" is "é" decoded with the wrong charset: it holds a "©" but no notice.
    mojibake = "El comitÃ© dijo que la decisiÃ³n se tomarÃ¡ la prÃ³xima semana."
    lines = ["Lo que dijo el comité sobre el nuevo puente de la ciudad y sus vecinos", mojibake]
    verdicts = classify_lines(lines, "es")
    assert verdicts[1].reason != "copyright"
    assert classify_lines(["© 2023 Diario de Ejemplo"], "es")[0].reason == "copyright"


def test_symbol_only_lines_are_reported_but_blank_lines_are_not() -> None:
    lines = [BODY_EN[0], "", "* * *", BODY_EN[1]]
    result = clean_text("\n".join(lines), "en")
    assert result.paragraphs == [BODY_EN[0], BODY_EN[1]]
    assert result.removed == [RemovedLine(3, "* * *", "short non-prose line")]


def test_language_without_stoplist_still_works() -> None:
    # "xx" has no TOML file and no jusText list: sentence punctuation decides.
    lines = ["Menu", *BODY_EN, "Login"]
    result = clean_text("\n".join(lines), "xx")
    assert result.paragraphs == BODY_EN


def test_language_written_without_spaces() -> None:
    # Chinese: no spaces between words and no jusText stoplist.
    body = ["市政府周一宣布，将在未来五年内新建三条地铁线路，总长度约为一百二十公里。",
            "据交通部门介绍，新线路将连接城市东部的几个大型住宅区和市中心，缓解公交的拥堵。",
            "不少市民表示欢迎这一计划，但也有人担心施工期间会影响附近居民的正常生活。"]
    lines = ["首页 | 新闻 | 体育 | 财经", "市政府宣布新建三条地铁线路", *body, "评论", "分享到微信"]
    result = clean_text("\n".join(lines), None)
    assert result.language == "zh"
    assert result.paragraphs == body
    assert result.title == "市政府宣布新建三条地铁线路"


def test_page_filed_under_the_wrong_language_is_judged_in_its_own() -> None:
    # An English page stated as Finnish: Finnish stopwords would find no prose.
    result = clean_text("\n".join(["Menu", *BODY_EN]), "fi")
    assert result.language == "en"
    assert result.paragraphs == BODY_EN


def test_empty_input() -> None:
    assert clean_text("", None) == CleanText(None, [], [], None)
    assert classify_lines([], "en") == []


# --- evaluate_lines on a tiny corpus ---------------------------------------------

def _write_corpus(root: Path) -> None:
    en = root / "en"
    en.mkdir()
    # Predicted: skip link removed, three paragraphs kept, "Comments" removed.
    doc = {"text": ["Skip to content", *BODY_EN, "Comments"], "labels": ["0", "1", "1", "0", "1"]}
    (en / "train.json").write_text(json.dumps([doc]), "utf-8")
    # Predicted: title + body kept; labels call the menu line clean.
    doc2 = {"text": ["Home", "Bridge plan approved by the council", BODY_EN[0], BODY_EN[1]],
            "labels": ["1", "1", "1", "1"]}
    (en / "dev.json").write_text(json.dumps([doc2]), "utf-8")


def test_evaluate_lines_scores_the_clean_class(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    result = evaluate_lines(tmp_path)

    train = result["languages"]["en"]["train"]
    assert (train["tp"], train["fp"], train["fn"], train["tn"]) == (2, 1, 1, 1)
    assert train["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert train["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert train["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert train["clean_removed_by_reason"] == {"boilerplate phrase": 1}

    dev = result["languages"]["en"]["dev"]
    assert (dev["tp"], dev["fp"], dev["fn"], dev["tn"]) == (3, 0, 1, 0)
    assert dev["precision"] == 1.0 and dev["recall"] == 0.75

    assert result["overall"]["train"]["lines"] == 5
    assert result["overall"]["dev"]["documents"] == 1


def test_format_lines_report_is_a_plain_table(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    report = format_lines_report(evaluate_lines(tmp_path)).splitlines()
    assert report[0].split() == ["language", "split", "docs", "lines", "clean", "precision", "recall", "f1"]
    assert report[2].split() == ["en", "dev", "1", "4", "4", "1.000", "0.750", "0.857"]
    assert report[-1].split()[:2] == ["all", "train"]
