"""Where an organisation's name starts and ends, beyond its capitalised words.

News writes institutions with common nouns ("i vigili del fuoco", "la polizia
locale"), follows a name with a lower-case adjective that belongs to it
("Parlamento europeo", "governo bulgaro", "Tribunale fallimentare"), names an
office at a place ("Procura di Napoli": the prosecutors, then the city) and
runs an organisation into the name of its head ("presidente della Repubblica
Giorgio Napolitano"). Each function here answers one of these from the
``[entities]`` data of the language; none branches on the language.
"""
from __future__ import annotations

import re

from cronaca import languages
from cronaca.entities.aliases import alias_key
from cronaca.entities.lexicon import NAME_PARTICLES, Lexicon, fold
from cronaca.entities.names import is_given_name
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


def person_across_connector(lex: Lexicon, tokens: list[Token], piece: list[int], k: int, j: int) -> bool:
    """Is "di"/"della" before token ``k`` the border of a person's name? "Riccardo Coppini
    dell'Onda" (a given name and a surname, then "of"), "Udc di Pierferdinando Casini"
    (a given name and another word after "of")."""
    caps = [p for p in piece if tokens[p].cap]
    if piece and not tokens[piece[-1]].cap and fold(tokens[piece[-1]].text) not in lex.connectors:
        return False     # "Frederik Willem de Klerk": a particle of the name, not the language's "of"
    if (len(caps) >= 2 and caps == piece[:len(caps)] and is_given_name(tokens[caps[0]].text, lex)
            and fold(tokens[caps[-1]].text) not in lex.org_words   # not "Mario Rossi Ministero | del Lavoro"
            and fold(tokens[caps[0]].text) not in lex.name_prefixes):   # "Santa Maria del Cedro": a town
        return True
    tail = [fold(tokens[p].text) for p in piece[len(caps) and piece.index(caps[-1]) + 1:]]
    if " ".join(tail) in lex.org_connectors:
        return False     # "Institute for Marine Studies": "for" joins no person to an organisation
    return (is_given_name(tokens[k].text, lex) and k + 1 < j and tokens[k + 1].cap
            and fold(tokens[k].text) not in lex.name_prefixes)   # "Chiesa di Santa Maria": a saint's


def person_after(lex: Lexicon, tokens: list[Token], piece: list[int], before: list[str],
                 is_common=None) -> int:
    """Where a person's name starts inside a run that first names an organisation:
    "(presidente della) Repubblica Giorgio Napolitano", "PD Guglielmo Epifani". 0 if nowhere.

    The person starts at a known given name that does not follow another given name
    and is followed by at least one more word; what comes first must look like an
    organisation (an org word, an acronym, a place) or follow "title + of".
    """
    for n in range(1, len(piece) - 1):
        t, prev = tokens[piece[n]], tokens[piece[n - 1]]
        if not (t.cap and prev.cap and is_given_name(t.text, lex)) or (
                is_given_name(prev.text, lex) and not (n == 1 and _title_of_connector(lex, before))):
            continue      # "Anna Maria Rossi"; but "(il portiere del) Milan Nelson Dida"
        rest = [tokens[k].text for k in piece[n + 1:]]
        if not rest or not all(w[:1].isupper() or fold(w) in NAME_PARTICLES for w in rest):
            continue
        if any(fold(w) in lex.org_words for w in rest) or lex.place(f"{prev.text} {t.text}"):
            continue      # "Croce | Rossa Internazionale", "New | York Times": no person there
        head = [tokens[k].text for k in piece[:n]]
        if fold(head[0]) in lex.name_prefixes:
            continue
        if _looks_like_org(lex, head) or _title_of(lex, before) or (
                is_common is not None and n == 1 and _common_title(lex, head[0], is_common)):
            return n
    return 0


def _common_title(lex: Lexicon, word: str, is_common) -> bool:
    """"Contrammiraglio Gualtiero Mattesi", "Padre Bernardo Rossi": a capitalised common noun
    before a person is a title (but "Via Giuseppe Verdi", "Banca ..." name a place, an org)."""
    folded = fold(word)
    return (folded not in lex.loc_words and folded not in lex.loc_heads and folded not in lex.org_words
            and folded not in lex.org_heads and is_common(word))


def _looks_like_org(lex: Lexicon, head: list[str]) -> bool:
    # "Brexit Michel Barnier": a name the alias lists know (an organisation, an event) is no first name
    return (any(fold(w) in lex.org_words for w in head) or (len(head) == 1 and head[0].isupper())
            or lex.place(" ".join(head)) is not None or alias_key(" ".join(head)) is not None)


def _title_of(lex: Lexicon, before: list[str]) -> bool:
    """"il segretario del ...", "il leader dell'...": a person's title just before."""
    return any(w in lex.person_titles or w in lex.person_nouns for w in before[-3:])


def _title_of_connector(lex: Lexicon, before: list[str]) -> bool:
    """"il portiere del", "il ministro delle": a title, then "of" just before the run."""
    return bool(before) and before[-1] in lex.connectors and _title_of(lex, before[:-1])


def holder_after_office(lex: Lexicon, tokens: list[Token], piece: list[int], before: list[str], is_common) -> int:
    """"(il Presidente del) Consiglio Prodi", "(the chairman of the) Board Smith": one
    organisation word after a title and "of", then a name of one or two rare words: the
    office holder. 1 (the organisation's length) or 0."""
    lead = next((n for n, k in enumerate(piece) if tokens[k].cap), 0)     # "del" before "Consiglio"
    if not 2 <= len(piece) - lead <= 3 or not any(w in lex.person_titles for w in before[-3:]):
        return 0
    words = [tokens[k].text for k in piece[lead:]]
    if not all(w[:1].isupper() for w in words) or fold(words[0]) not in lex.org_words:
        return 0
    rest = words[1:]
    return 0 if any(fold(w) in lex.org_words or lex.place(w) or is_common(w) for w in rest) else lead + 1
