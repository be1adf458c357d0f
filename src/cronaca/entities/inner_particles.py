"""A person's name that goes on past a lower-case particle or an apostrophe.

"Luca Cordero di Montezemolo", "Leonardo da Vinci", "José Luis Rodríguez y Zapatero": the
finder stops at the lower-case word and gives two names. When the first is a person's (a
given name opens it, or the rules typed it so) and the second is one capitalised name no
list types (no place, no body), the particle joins them (``inner_particles`` of the
language: "di" is also "of", so "Mario Rossi di Milano" and "Anna Bianchi della Fiat" stay
apart: a place, a body). A capitalised particle inside a sentence ("Danilo Di Luca", "Diego
Della Valle", "Ignazio La Russa", "Nouri Al Maliki") opens a surname whatever follows.

"Dmitrij Anatol'evič Medvedev", "Mu'ammar Gheddafi": a word with an apostrophe inside and
rare letters either side is a transliterated name, no elision ("Quest'anno", "L'ayatollah":
a common word or a letter before the apostrophe).
"""
from __future__ import annotations

import re

from cronaca.entities.candidates import Candidate
from cronaca.entities.cities import is_city
from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.names import is_given_name

_APOSTROPHE_NAME = re.compile(r"([A-Z]\w{0,8})['’]([a-z]\w{2,})")
_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Z]\w{0,8}['’][a-z]\w{2,}) $")


def with_inner_particles(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """The person's candidates joined across particles and apostrophe words (in place, one list back)."""
    particles = lex.inner_particles
    found = sorted(found, key=lambda c: c.start)
    for c in found:
        _apostrophe_before(text, c, lex.code)
    out: list[Candidate] = []
    joined: set[int] = set()
    for c in found:
        prev = out[-1] if out else None
        if prev is not None and id(prev) not in joined and _joins(text, prev, c, lex, particles):
            prev.end, prev.text, prev.type = c.end, text[prev.start:c.end], "PER"
            prev.country = prev.english = ""
            joined.add(id(prev))     # one particle a name: not "Laura di Santa Caterina da Siena"
            continue
        out.append(c)
    return out


def _joins(text: str, a: Candidate, b: Candidate, lex: Lexicon, particles) -> bool:
    if a.kind == "name" and b.kind == "adjective" and text[a.end:b.start] == " " and " " not in b.text:
        last = a.text.rsplit(" ", 1)[-1]    # "Ignazio La | Russa": a demonym after the particle
        return last[:1].isupper() and last in particles and " " in a.text and _person(a, lex)
    if a.kind != "name" or b.kind != "name" or a.type not in (None, "PER") or b.type not in (None, "PER"):
        return False
    if a.country or b.country or a.english or b.english:
        return False
    gap = text[a.end:b.start]
    if gap == " " and _APOSTROPHE_NAME.match(b.text) and _person(a, lex):
        return True       # "Dmitrij | Anatol'evič Medvedev", the patronymic taken in just before
    opening = b.text.split(" ", 1)[0]
    if gap == " " and opening[:1].isupper() and opening in particles and " " in b.text and _person(a, lex):
        return True       # "Nouri | Al Maliki": the surname opens with a particle
    words = gap.split()
    if gap != f" {' '.join(words)} " or len(words) != 1:
        return False
    word = words[0]
    if word in particles and word[:1].isupper():     # "Diego Della Valle", "Carlo Della Porta": a
        return _person(a, lex) and _one_word(b, lex)  # capital inside a sentence opens a surname
    if word in particles:
        return _person(a, lex) and _plain_name(b, lex)
    m = _APOSTROPHE_NAME.fullmatch(word)     # "Anatol'evič": a patronymic
    return _foreign(m, lex.code) and _person(a, lex)


def _person(c: Candidate, lex: Lexicon) -> bool:
    first = c.text.split()[0]
    return fold(first) not in lex.name_prefixes and (c.type == "PER" or is_given_name(first, lex))


def _one_word(c: Candidate, lex: Lexicon) -> bool:
    return " " not in c.text and c.text[:1].isupper() and c.text[1:].islower() and not lex.place(c.text)


def _plain_name(c: Candidate, lex: Lexicon) -> bool:
    """One capitalised word no list takes for a place or a body: "Montezemolo", "Vinci"."""
    word = c.text
    return (" " not in word and word[:1].isupper() and word[1:].islower() and not lex.place(word)
            and not is_city(word, lex) and fold(word) not in lex.org_words and fold(word) not in lex.loc_words)


def _apostrophe_before(text: str, c: Candidate, lang: str) -> None:
    """"Mu'ammar Gheddafi": the word before the name, with an apostrophe inside, is its first."""
    if c.kind != "name" or c.type not in (None, "PER"):
        return
    m = _WORD_BEFORE.search(text, max(0, c.start - 20), c.start)
    if m and _foreign(_APOSTROPHE_NAME.fullmatch(m.group(1)), lang):
        c.start, c.text, c.type = m.start(1), text[m.start(1):c.end], "PER"


# the parts of the word: rarer than this in the language ("anno", "altra", "dell", "quest" are not)
ELISION_ZIPF = 3.0
BEFORE_ZIPF = 4.0


def _foreign(m: re.Match | None, lang: str) -> bool:
    """"Mu'ammar", "Anatol'evič"; not "Quest'anno", "Un'altra": nothing after the apostrophe
    is a word of the language."""
    from wordfreq import zipf_frequency
    return (m is not None and len(m.group(1)) > 1 and zipf_frequency(m.group(1).lower(), lang) < BEFORE_ZIPF
            and zipf_frequency(m.group(2).lower(), lang) < ELISION_ZIPF)

