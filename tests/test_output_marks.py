"""Warnings are marked and numbered where they stand in the report and the markdown."""
from rich.console import Console

from cronaca.article import Article, Diagnostic, Paragraph, Trust
from cronaca.output import diagnostics
from cronaca.output.formats import to_markdown
from cronaca.output.report import print_report

TEXT = "Il consiglio ha approvato la riforma della scuolla con un voto voto largo."


def _article(*spans: tuple[int, int, str]) -> Article:
    found = tuple(Diagnostic(start=s, end=e, text=TEXT[s:e], kind=k, evidence=f"{k} here",
                             severity=0.5) for s, e, k in spans)
    return Article(source="t", text=TEXT, input_kind="text", language="it",
                   paragraphs=(Paragraph(start=0, end=len(TEXT)),), diagnostics=found,
                   trust=Trust(score=0.5, words=13))


def _span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def test_plain_report_numbers_each_warning_in_place():
    article = _article((*_span("scuolla"), "non_word"), (*_span("voto voto"), "doubled_word"))
    console = Console(width=200, no_color=True, force_terminal=False)
    with console.capture() as out:
        print_report(article, console)
    text = out.get()
    assert "della scuolla[1] con un voto voto[2] largo." in text
    assert "doubled_word" in text and "non_word" in text


def test_nested_warning_keeps_its_number_without_a_second_emphasis():
    outer, inner = _span("la riforma della scuolla"), _span("scuolla")
    article = _article((*outer, "foreign_fragment"), (*inner, "non_word"))
    assert diagnostics.marks(article, 0, len(TEXT)) == [(*outer, 1), (*inner, 2)]
    assert diagnostics.underlined(article, 0, len(TEXT)).plain == (
        "Il consiglio ha approvato la riforma della scuolla[1][2] con un voto voto largo.")
    assert "**la riforma della scuolla**\\[1\\]\\[2\\] con" in to_markdown(article)


def test_markdown_lists_warnings_numbered_like_the_text():
    article = _article((*_span("scuolla"), "non_word"))
    md = to_markdown(article)
    assert "1. **non_word** `scuolla`: non_word here" in md
    assert "della **scuolla**\\[1\\] con" in md


def test_text_without_warnings_is_unchanged():
    md = to_markdown(_article())
    assert TEXT in md and "\\[" not in md and "No traces found." in md
