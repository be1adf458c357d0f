"""Who a paragraph label names, beyond a person found by the entities step.

* an organisation ("Wire Service: ...");
* a transcript label in capitals that is a person's surname ("LEE: We will ..."), a
  surname the article names elsewhere ("Ann Lee");
* an interview's question and answer labels ("Q:", "A:", the language's
  ``interview_labels``), when the article holds both;
* a poll or a report ("Poll: ...", "New survey: ..."): the language's ``documents``.
"""
from __future__ import annotations

from cronaca.article import Article
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.speaker import TOKEN

MAX_DOCUMENT_WORDS = 2      # "Poll", "New poll"


def label_source(article: Article, lo: int, hi: int, lex: Lexicon,
                 labels: list[str]) -> tuple[int, int] | None:
    """The speaker span of the label text[lo:hi]; ``labels``: every label of the article."""
    text = article.text
    words = TOKEN.findall(text, lo, hi)
    if _entity(article, lo, hi, ("PER", "ORG")) or _surname(article, words) or \
            _interview(text[lo:hi], labels, lex) or _document(words, lex):
        return lo, hi
    return None


def _entity(article: Article, lo: int, hi: int, types: tuple[str, ...]) -> bool:
    return any(lo <= m.start and m.end == hi for e in article.entities if e.type in types
               for m in e.mentions)


def _surname(article: Article, words: list[str]) -> bool:
    """'LEE' when a person of the article is called '... Lee'."""
    if len(words) != 1 or not words[0].isupper() or len(words[0]) < 2:
        return False
    name = words[0].title()
    return any(e.type == "PER" and e.name.split()[-1] == name and len(e.name.split()) > 1
               for e in article.entities)


def _interview(label: str, labels: list[str], lex: Lexicon) -> bool:
    return label in lex.interview_labels and all(q in labels for q in lex.interview_labels)


def _document(words: list[str], lex: Lexicon) -> bool:
    return 0 < len(words) <= MAX_DOCUMENT_WORDS and words[-1].casefold() in lex.documents
