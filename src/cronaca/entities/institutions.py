"""Where an organisation's name starts and ends, beyond its capitalised words.

News writes institutions with common nouns ("i vigili del fuoco", "la polizia
locale"), follows a name with a lower-case adjective that belongs to it
("Parlamento europeo", "governo bulgaro", "Tribunale fallimentare"), names an
office at a place ("Procura di Napoli": the prosecutors, then the city) and
runs an organisation into the name of its head ("presidente della Repubblica
Giorgio Napolitano": see ``org_people``). Each function here answers one of these
from the ``[entities]`` data of the language; none branches on the language.
"""
from __future__ import annotations

import re

from cronaca import languages
from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.tokens import Token, joined

MAX_ADJECTIVES = 2      # "Tribunale amministrativo regionale"
MIN_ADJECTIVE = 5       # letters: "stamani" is no adjective, but short words end like one too


def institution_length(lex: Lexicon, tokens: list[Token], i: int, text: str) -> int:
    """Tokens in the longest institution noun phrase at ``i`` ("vigili del fuoco"), or 0."""
    if fold(tokens[i].text) not in lex.org_noun_starts or _in_office_phrase(lex, tokens, i):
        return 0
    for n in range(min(lex.org_noun_words, len(tokens) - i), 0, -1):
        if n > 1 and not all(joined(text, a, b) for a, b in zip(tokens[i:i + n - 1], tokens[i + 1:i + n])):
            continue
        if " ".join(fold(t.text) for t in tokens[i:i + n]) in lex.org_nouns:
            return n
    return 0


def _in_office_phrase(lex: Lexicon, tokens: list[Token], i: int) -> bool:
    """"il pubblico ministero": the noun of an institution ends the name of a person's office."""
    return any(" ".join(fold(t.text) for t in tokens[i - n:i + 1]) in lex.office_phrases
               for n in (1, 2) if i >= n)


def is_adjective(lex: Lexicon, word: str) -> bool:
    """A lower-case word that qualifies an institution: a demonym, one of ``body_adjectives``
    ("Corte suprema", "Protezione civile") or an adjective ending (and no function word:
    "poiché" ends like "pubbliche")."""
    if not word[:1].islower():
        return False
    folded = fold(word)
    # jusText's stoplists hold frequent adjectives too ("nazionale", "militare"): only the
    # short ones are function words that end like adjectives ("quale", "prese")
    return bool(lex.demonym(word)) or folded in lex.body_adjectives or (len(folded) >= MIN_ADJECTIVE
                                       and folded.endswith(lex.adjective_endings)
                                       and (len(folded) > MIN_ADJECTIVE
                                            or word.lower() not in languages.get(lex.code).stopwords))


def adjectives_after(lex: Lexicon, text: str, tokens: list[Token], j: int) -> int:
    """End (exclusive) of the lower-case adjectives that follow a name ending before ``j``."""
    k = j
    while (k < len(tokens) and k - j < MAX_ADJECTIVES and 0 < k
           and joined(text, tokens[k - 1], tokens[k]) and is_adjective(lex, tokens[k].text)):
        k += 1
    return k


_ELIDED_GAP = re.compile(r"^ \w+['’]$")     # " dell'" before "economia"
MIN_TAIL = 4      # letters of the lower-case noun after "of": "finanze", not "cui"


def lower_tail(lex: Lexicon, text: str, tokens: list[Token], j: int, stopwords: frozenset[str]) -> int:
    """"Ministero delle finanze", "Corriere della sera", "Corte d'appello": an organisation
    word, then an article-preposition of ``tail_connectors`` and a lower-case noun; the end
    past the noun, or ``j`` (KIND train: 30 such tails inside the name, 18 outside)."""
    if not lex.tail_connectors or j >= len(tokens) or j == 0:
        return j
    k = j
    while k < len(tokens) and k - j < 3 and fold(tokens[k].text) in lex.tail_connectors | lex.connectors:
        k += 1        # "delle", "de la" as words; "dell'", "d'" are in the gap before the noun
    if k == len(tokens) or not all(joined(text, a, b) or _ELIDED_GAP.match(text[a.end:b.start])
                                   for a, b in zip(tokens[j - 1:k], tokens[j:k + 1])):
        return j
    words = fold(" ".join(t.text for t in tokens[j:k]) + " " + text[tokens[k - 1].end:tokens[k].start])
    connector = " ".join(words.split()).rstrip("'")
    word = tokens[k].text
    if (connector in lex.tail_connectors and word.isalpha() and word.islower() and len(word) >= MIN_TAIL
            and word not in stopwords and fold(word) not in lex.not_names):
        return k + 1
    return j


def connector_end(lex: Lexicon, text: str, tokens: list[Token], i: int, j: int) -> int:
    """"Agenzia per la Protezione", "Institute for Cancer Research": the end of a run
    starting at ``i`` past a connector to the next capitalised word, when the run
    holds an organisation word; ``j`` otherwise."""
    if not lex.org_connectors or not any(fold(t.text) in lex.org_words for t in tokens[i:j]):
        return j
    for n in (3, 2, 1):          # the longest connector first: "for the", "for"
        k = j + n
        if k >= len(tokens) or not all(joined(text, a, b) for a, b in zip(tokens[j - 1:k], tokens[j:k])) or not (
                joined(text, tokens[k - 1], tokens[k]) or _elided_article(text[tokens[k - 1].end:tokens[k].start])):
            continue      # "per l'Energia": the article is in the gap before the name
        if " ".join(fold(t.text) for t in tokens[j:k]) not in lex.org_connectors:
            continue
        if tokens[k].cap and (not tokens[k].opens or _elided_article(text[tokens[k - 1].end:tokens[k].start])):
            return k + 1
    return j


def _elided_article(gap: str) -> bool:
    """" l'" before "Energia": an article elided onto the next word."""
    word = gap.strip()
    return gap.startswith(" ") and word.endswith(("'", "’")) and 1 < len(word) <= 4 and word[:-1].isalpha()


def led_by(lex: Lexicon, word: str) -> bool:
    """"governo Prodi", "Obama administration": a body named after the person who leads it."""
    return fold(word) in lex.led_heads


def takes_adjectives(lex: Lexicon, first_word: str) -> bool:
    """"Parlamento europeo": a name that starts with an organisation word."""
    word = fold(first_word)
    return word in lex.org_words or word in lex.org_heads or word in lex.org_nouns


def is_seat(lex: Lexicon, words: list[str]) -> bool:
    """"Procura di Napoli", "Corte d'Appello di Torino": an office named with the place it sits in."""
    return any(fold(w) in lex.seat_heads for w in words)
