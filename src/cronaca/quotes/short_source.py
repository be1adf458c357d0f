"""The source of "according to X" when no comma closes it.

Polish, Czech and German set no comma after the source ("Według policji kierowca był
pijany", "Podle magistrátu začnou zóny platit", "Laut Polizei wurde niemand verletzt"),
and Italian or Spanish news often leave it out ("Secondo fonti diplomatiche il vertice
salta"). The source is then a short noun phrase and the clause starts right after it:

* a determiner opens it ("gli esperti", "tych danych");
* a name runs through its capitalised words ("Laut Polizei", "Podle Ivana Nováka");
* a role ([entities] person_titles, by lemma) takes the one word that completes it and a
  name after that ("ministra finansów Jana Kowalskiego", "rzecznika policji"), but not
  where nouns are capitalised and a lower-case word is the verb ("Laut Sprecher wurde");
  a body may stand alone ("Według policji | kierowca był pijany");
* lower-case words after a common noun with an adjective ending of the language (its
  ``adjective_endings`` in [quotes], or else in [entities]) belong to it ("fonti
  diplomatiche", "urzędników miejskich"), not after a name ("Zdaniem Nowaka | kolejne");
* a noun in the genitive after a genitive article (``genitive_articles`` in [quotes])
  completes it where nouns are capitalised ("Laut Angaben der Feuerwehr | stieg"): the
  verb comes straight after the source there, so the article cannot open the clause.

Anything else is a one-word source: "Według urzędników | most zostanie otwarty".
"""
from __future__ import annotations

import functools

from cronaca import languages
from cronaca.entities.lexicon import fold, lexicon as entity_lexicon
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.speaker import TOKEN

MIN_CLAUSE_WORDS = 2
MIN_ADJECTIVE = 5       # letters: "ich" (their) is no adjective


def short_source(text: str, lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """The span of the source phrase at text[lo:], leaving a clause after it, or None."""
    words = [(m.start() + lo, m.end() + lo) for m in TOKEN.finditer(text[lo:hi])]
    if len(words) < 1 + MIN_CLAUSE_WORDS:
        return None
    last = len(words) - 1 - MIN_CLAUSE_WORDS       # the furthest word the source may take
    at = _word(text, words[0])
    i = 1 if at.islower() and at.casefold() in lex.determiners and last >= 1 else 0
    if _role(_word(text, words[i]), lex.code) and i < last \
            and not entity_lexicon(lex.code).capitalised_nouns:
        i += 1
        if i < last and _capital(text, words[i + 1]):
            i = _capitalised_run(text, words, i + 1, last)
    elif _capital(text, words[i]):
        i = _capitalised_run(text, words, i, last)
    i = _genitive(text, words, i, last, lex.code)
    if _capital(text, words[i]):
        return (words[0][0], words[i][1])   # a name takes no adjective after it: "Zdaniem Nowaka | kolejne"
    endings = _adjective_endings(lex.code)
    while i < last and _word(text, words[i + 1]).islower() \
            and len(_word(text, words[i + 1])) >= MIN_ADJECTIVE \
            and fold(_word(text, words[i + 1])).endswith(endings):
        i += 1
    return (words[0][0], words[i][1])


def _word(text: str, span: tuple[int, int]) -> str:
    return text[span[0]:span[1]]


def _capital(text: str, span: tuple[int, int]) -> bool:
    return text[span[0]].isupper()


def _capitalised_run(text: str, words, i: int, last: int) -> int:
    while i < last and _capital(text, words[i + 1]):
        i += 1
    return i


def _role(word: str, code: str | None) -> bool:
    lex = entity_lexicon(code)
    return lex.listed(word, lex.person_titles)


def _genitive(text: str, words, i: int, last: int, code: str | None) -> int:
    """Past "der Feuerwehr", "des Ministeriums" after the source's noun, if any."""
    articles = _genitive_articles(code)
    while i + 1 < last and _word(text, words[i + 1]) in articles and _capital(text, words[i + 2]):
        i = _capitalised_run(text, words, i + 2, last)
    return i


@functools.lru_cache(maxsize=64)
def _genitive_articles(code: str | None) -> frozenset[str]:
    return frozenset(languages.get(code).section("quotes").get("genitive_articles", ()))


@functools.lru_cache(maxsize=64)
def _adjective_endings(code: str | None) -> tuple[str, ...]:
    data = languages.get(code)
    endings = data.section("quotes").get("adjective_endings") \
        or data.section("entities").get("adjective_endings") or ()
    return tuple(fold(e) for e in endings)
