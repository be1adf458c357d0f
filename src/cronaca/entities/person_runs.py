"""Where a person's name starts or ends inside a longer run of capitalised words.

"della Juventus Antonio Giraudo", "il Sostituto Procuratore Francesco Rombaldoni", "del Real
Madrid Novica Veličković": a title or a body's name, then a given name and a surname, with
no comma between. The person's name starts at the given name, unless the word before it
says the run is named after the person ("Fondazione Giorgio Cini", "Piazza Vittorio
Emanuele", "Premio Luigi Tenco": an org, place or event word) or is itself a given name
("Maria Laura Montoya").

"Marco Masini Il mondo esplode", "Gerry Scotti Io canto": a song or show title after the
name, its first word a function word; no name ends with an article or a pronoun.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from cronaca import languages
from cronaca.entities.candidates import Candidate
from cronaca.entities.lexicon import NAME_PARTICLES, Lexicon, alternation, fold
from cronaca.entities.evidence import WEAK_LOC, name_type
from cronaca.entities.names import is_given_name, is_surname, surname_ending
from cronaca.entities.roles import rare_name

MAX_TAIL = 3      # a given name and at most two more words: "Francesco Rombaldoni", "Karl Heinz Rummenigge"
FUNCTION_ZIPF = 5.5     # "Il", "Un", "Io", "Oggi": among the language's commonest words
SURNAME_ZIPF = 4.0      # the words after the given name: no common word ("Guerra Mondiale", "Città Santa")
SYLLABLE = 4           # "Kim Jong": no word longer, an East Asian name of syllables
HEAD_ZIPF = 4.0         # the word before it: a common word that closes a title ("Militare", "Urbanistica")


def with_person_runs(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    stop = languages.get(lex.code).stopwords
    out: list[Candidate] = []
    for c in found:
        if c.kind == "name" and not c.country and not c.english:
            _trim_function_word(text, c, lex)
            for piece in _split_at_to(text, c, lex):
                out.extend(_split(text, piece, lex, stop))
        else:
            out.append(c)
    return out


@functools.lru_cache(maxsize=64)
def _to(words: frozenset[str]) -> re.Pattern | None:
    """The language's ``caption_to`` ("al", "alla") between two capitalised words."""
    if not words:
        return None
    return re.compile(r" (?:" + alternation(words) + r") (?=[A-Z])")


def _split_at_to(text: str, c: Candidate, lex: Lexicon) -> list[Candidate]:
    """"Berlusconi al Senato", "Mika al Festival di Cannes": a person, then "to the" and where
    the person goes (a caption); not "Orio al Serio", "Badia al Pino", places of their own,
    nor "Abu Hamza al Muhajir", whose "al" is the Arabic article before a rare word."""
    pattern = _to(lex.caption_to)
    m = pattern.search(c.text) if pattern else None
    if not m or c.cue in ("LOC", WEAK_LOC):      # "nella stazione di Badia al Pino": a place
        return [c]
    head, tail = c.text[:m.start()], c.text[m.end():]
    if not _personal_head(head, c, lex) or (" " not in tail and (rare_name(lex, [tail]) or is_given_name(tail, lex))):
        return [c]      # "Badia al Pino": a place named after a saint
    tail_start = c.start + m.end()
    words = tail.split()
    if len(words) > 1 and _function_word(words[-1], lex) and _lower_next(text, c.end):
        words.pop()     # "al Senato Il presidente ha ...": the caption ends before the sentence
        tail = " ".join(words)
    tail_type = name_type(lex, [fold(w) for w in words], [], lex.place(tail), "", words[0])
    return [replace(c, end=c.start + m.start(), text=head, type="PER"),
            replace(c, start=tail_start, end=tail_start + len(tail), text=tail, type=tail_type, title="", cue="")]


def _personal_head(head: str, c: Candidate, lex: Lexicon) -> bool:
    words = head.split()
    if len(words) > MAX_TAIL or not all(w[:1].isupper() for w in words):
        return False
    if len(words) > 1:
        return is_given_name(words[0], lex) and not lex.place(head)
    return not lex.place(head) and (is_surname(head, lex) or surname_ending(head, lex) or (
        is_given_name(head, lex) and rare_name(lex, [head])))     # "Mika"; not "Islam al Cristianesimo"


def _words(c: Candidate) -> list[tuple[int, int]]:
    """(start, end) of each space-separated word of the candidate, in the text."""
    spans, at = [], c.start
    for word in c.text.split(" "):
        spans.append((at, at + len(word)))
        at += len(word) + 1
    return spans


def _split(text: str, c: Candidate, lex: Lexicon, stop) -> list[Candidate]:
    spans = _words(c)
    words = [text[s:e] for s, e in spans]
    for k in range(1, len(words) - 1):
        tail = words[k:]
        if len(tail) > MAX_TAIL or not all(w[:1].isupper() for w in tail):
            continue
        if not is_given_name(words[k], lex) or not _surname(tail[1:], lex) or not _head_ends(words[k - 1], lex, stop):
            continue
        head_end = spans[k - 1][1]
        head = replace(c, end=head_end, text=text[c.start:head_end],
                       type=None if c.type == "PER" else c.type)
        person = replace(c, start=spans[k][0], text=text[spans[k][0]:c.end], type="PER", title="", cue="")
        return [head, person]
    return [c]


def _surname(words: list[str], lex: Lexicon) -> bool:
    from wordfreq import zipf_frequency
    return all(zipf_frequency(w.lower(), lex.code) < SURNAME_ZIPF and fold(w) not in lex.org_words
               and fold(w) not in lex.loc_words for w in words)


def _head_ends(word: str, lex: Lexicon, stop) -> bool:
    """The word before the given name closes a title ("Procuratore"), a body's name ("WWF
    Italia", "Aeronautica Militare") or a place's; it names no one after it."""
    from wordfreq import zipf_frequency
    folded = fold(word)
    if is_given_name(word, lex) or not word[:1].isupper() or folded in lex.name_prefixes or folded in stop:
        return False
    if any(folded in words for words in (
            lex.org_words, lex.org_heads, lex.loc_words, lex.loc_heads, lex.misc_words, lex.body_heads)):
        return False     # "Fondazione Giorgio Cini", "Piazza Vittorio Emanuele": named after the person
    return (folded in lex.person_titles or folded in lex.person_nouns or folded in lex.offices
            or (word.isupper() and len(word) > 1) or bool(lex.place(word))
            or zipf_frequency(word.lower(), lex.code) >= HEAD_ZIPF)


def _trim_function_word(text: str, c: Candidate, lex: Lexicon) -> None:
    """"Marco Masini Il mondo": a person's name (a given name first) loses a last word that is a
    function word opening the lower-case words after it; not "Kim Jong Un ha detto", a name of
    short syllables, as Korean and Chinese names are. A body's name (an org word first) loses a
    last article ("Senato Il presidente")."""
    words = c.text.split(" ")
    if len(words) > 1 and fold(words[0]) in lex.org_words and fold(words[-1]) in lex.articles \
            and _lower_next(text, c.end):
        c.end -= len(words[-1]) + 1      # "Senato Il presidente ha ...": an article opens the sentence
        c.text = c.text[:-(len(words[-1]) + 1)]
        return
    if len(words) < 2 or not is_given_name(words[0], lex) or not _lower_next(text, c.end):
        return
    if all(len(w) <= SYLLABLE for w in words[:-1]):
        return
    last = words[-1]
    if fold(words[-2]) in NAME_PARTICLES | lex.connectors or is_surname(last, lex):
        return          # "Mike Di Meglio", "Raffaele Delle Donne", "Vince Weiguang Li"
    if _function_word(last, lex):
        c.end -= len(last) + 1
        c.text = c.text[:-(len(last) + 1)]


def _function_word(word: str, lex: Lexicon) -> bool:
    """"Il", "Un", "Oggi": one of the language's commonest words, capitalised (no acronym)."""
    from wordfreq import zipf_frequency
    return zipf_frequency(word.lower(), lex.code) >= FUNCTION_ZIPF and not word.isupper()


def _lower_next(text: str, at: int) -> bool:
    """A space, then a lower-case word: the sentence goes on after the name."""
    return text[at:at + 1] == " " and text[at + 1:at + 2].islower()
