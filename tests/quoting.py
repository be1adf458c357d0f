"""A small Article built by hand and run through sentence segmentation and quotes only."""
import re

from cronaca.article import Article, Paragraph
from cronaca.quotes import Quotes
from cronaca.steps.segment import Segment


def quoted_article(text: str, language: str) -> Article:
    """``text`` with one paragraph a line, segmented, with its quotes (no entity step)."""
    paragraphs = tuple(Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))
    bare = Article(source="test", text=text, input_kind="text", paragraphs=paragraphs,
                   language=language)
    return Quotes()(Segment()(bare))
