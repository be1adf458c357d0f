"""Two apostrophes standing for a double quotation mark (ASCII wire text)."""
from __future__ import annotations

from cronaca.article import Article
from cronaca.evaluate.polnear import read_ann
from cronaca.quotes.ascii_marks import rewrite_pairs
from quoting import quoted_article


def article(text: str, language: str) -> Article:
    return quoted_article(text, language)


def by_text(art: Article, fragment: str):
    found = [q for q in art.quotes if fragment in q.text]
    assert len(found) == 1, [(q.kind, q.text) for q in art.quotes]
    return found[0]


def test_pairs_become_one_mark_at_the_same_offsets() -> None:
    text = "She said: ''The bridge stays shut,'' and left."
    out = rewrite_pairs(text)
    assert len(out) == len(text)
    assert out == 'She said:  "The bridge stays shut,"  and left.'


def test_text_without_pairs_is_left_alone() -> None:
    assert rewrite_pairs("The farmers' union isn't happy.") == "The farmers' union isn't happy."


def test_english_quote_in_apostrophe_pairs() -> None:
    art = article("''We will rebuild the school before winter,'' said Nora Blake.", "en")
    quote = by_text(art, "rebuild the school")
    assert quote.kind == "direct"
    assert quote.speaker.text == "Nora Blake"
    assert "''" not in quote.text


def test_italian_quote_in_apostrophe_pairs_keeps_the_real_text() -> None:
    art = article("Il sindaco Paolo Serra ha detto che il ponte resta ''chiuso fino a marzo''.", "it")
    quote = by_text(art, "chiuso fino a marzo")
    assert quote.kind == "partial"
    assert "''chiuso" in quote.text          # the words as written, not the rewritten copy


def test_gold_content_in_apostrophe_pairs_is_a_quote() -> None:
    text = "''Prices will fall,'' the minister said.\n"
    ann = ("T1\tContent 0 20\tx\nT2\tCue 34 38\tsaid\nT3\tSource 21 33\tthe minister\n"
           "E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3\n")
    [gold] = read_ann(text, ann)
    assert gold.quote


def test_a_clause_that_ends_on_a_pair_keeps_both_apostrophes() -> None:
    art = article("The port chief said the plan had ''a bias against small boats.'' He left.",
                  "en")
    quote = by_text(art, "bias against small boats")
    assert quote.text.endswith(".''")
    assert art.text[quote.start:quote.end] == quote.text


def test_a_direct_quote_in_pairs_keeps_only_its_words() -> None:
    art = article("''We will sail at dawn,'' the port chief said.", "en")
    assert by_text(art, "sail at dawn").text == "We will sail at dawn"
