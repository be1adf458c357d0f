"""A paragraph labelled with a person's name and a colon reports what that person said."""
from __future__ import annotations

import re

from cronaca.article import Article, Entity, Mention, Paragraph
from cronaca.quotes import Quotes
from cronaca.steps.segment import Segment


def labelled(text: str, language: str, people: tuple[str, ...]) -> Article:
    """``text`` with one paragraph a line, and a person entity for each name given."""
    paragraphs = tuple(Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))
    entities = tuple(
        Entity(id=f"e{i}", name=name, type="PER",
               mentions=tuple(Mention(m.start(), m.end(), name)
                              for m in re.finditer(re.escape(name), text)))
        for i, name in enumerate(people))
    bare = Article(source="test", text=text, input_kind="text", paragraphs=paragraphs,
                   language=language, entities=entities)
    return Quotes()(Segment()(bare))


def test_a_name_and_a_colon_label_a_claim() -> None:
    text = "Varga: The new tunnel will open before the winter.\nThe works began in 2019."
    [quote] = labelled(text, "en", ("Varga",)).quotes
    assert quote.kind == "indirect"
    assert quote.text == "The new tunnel will open before the winter"
    assert quote.speaker.text == "Varga"


def test_a_label_in_italian_with_a_title_before_the_name() -> None:
    text = "Ministro Ferri: nessun aumento delle tasse sul carburante\nIl governo tace."
    [quote] = labelled(text, "it", ("Ferri",)).quotes
    assert quote.text == "nessun aumento delle tasse sul carburante"
    assert quote.speaker.text == "Ferri"


def test_a_label_that_names_no_person_is_not_a_speaker() -> None:
    text = "Update: The tunnel will open before the winter, officials hope.\n"
    assert [q for q in labelled(text, "en", ()).quotes if q.cue and q.cue.text == ":"] == []


def test_a_colon_inside_a_sentence_is_not_a_label() -> None:
    text = "Residents of Varga Street have one wish: the tunnel must open soon."
    assert labelled(text, "en", ("Varga",)).quotes == ()
