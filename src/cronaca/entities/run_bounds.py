"""Bounds of a capitalised run: where it ends, and where one of its pieces holds two names.

``run_end`` extends a run over connectors ("Banca d'Italia", "Procter & Gamble",
"Trinidad y Tobago"); ``split_point`` finds a name running into the next one
("USA Donald Trump", "Governo Letta", "Coppa Italia"). Functions of the
language's ``Lexicon`` and the run's tokens.
"""
from __future__ import annotations

import unicodedata

from wordfreq import zipf_frequency

from cronaca.entities.aliases import alias_key
from cronaca.entities.cities import is_city
from cronaca.entities.institutions import connector_end, led_by
from cronaca.entities.org_people import holder_after_office, person_after
from cronaca.entities.lexicon import NAME_PARTICLES, Lexicon, fold
from cronaca.entities.names import is_given_name
from cronaca.entities.run_places import place_prefix
from cronaca.entities.tokens import Token, joined

PLACE_NAME_ZIPF = 4.0  # a word this frequent after a place continues its name ("Roma Capitale")


def run_end(lex: Lexicon, text: str, tokens: list[Token], i: int) -> int:
    """End (exclusive) of the capitalised run starting at ``i``, with connectors."""
    j = i + 1
    while j < len(tokens):
        if _elided(lex, text, tokens[j - 1], tokens[j]):    # "Banca d'Italia"
            j += 1
            continue
        gap = text[tokens[j - 1].end:tokens[j].start]
        if gap == " & " and tokens[j].cap:        # "Procter & Gamble", "Dolce & Gabbana"
            j += 1
            continue
        if not joined(text, tokens[j - 1], tokens[j]):
            break
        if (tokens[j].text.isdigit() and len(tokens[j].text) <= 2 and not (
                tokens[j - 1].text.isupper() and len(tokens[j - 1].text) < 3)
                and fold(tokens[j - 1].text) in lex.org_words):
            j += 1                                 # "Rai 2", "RAI 3", "Movimento 5 Stelle"; not "UE 27"
            continue
        # "Brexit Борис Джонсон", "The Sunday Times Тереза Мей": a name does not
        # change script midway; two names in two scripts only stand side by side
        if _script(tokens[j - 1].text) not in (_script(tokens[j].text), ""):
            break
        if tokens[j].cap and not tokens[j].opens:
            j += 1
        elif (fold(tokens[j].text) in _particles(lex, tokens[j - 1]) and j + 1 < len(tokens)
              and tokens[j + 1].cap and joined(text, tokens[j], tokens[j + 1])
              and not _article_to(lex, tokens[j], tokens[j + 1])):
            j += 2
        elif (j + 1 < len(tokens) and fold(tokens[j].text) in lex.conjunctions
              and lex.place(text[tokens[i].start:tokens[j + 1].end])):
            j += 2          # "Trinidad y Tobago", "Bósnia e Herzegovina": one country
        elif (office := _office_pair(lex, text, tokens, i, j)) > j:
            j = office
        else:
            k = connector_end(lex, text, tokens, i, j)
            if k == j:
                break
            j = k
    return j


def _office_pair(lex: Lexicon, text: str, tokens: list[Token], i: int, j: int) -> int:
    """"Ministero delle Infrastrutture e dei Trasporti", "Ministero dell'Economia e delle
    Finanze": a ministry (``tail_heads``) of two portfolios; the index after the second, or ``j``."""
    if i + 1 < j and tokens[i].opens and fold(tokens[i].text) in lex.articles:
        i += 1      # "Il Ministero ..." opening the sentence
    if fold(tokens[i].text) not in lex.tail_heads or j == i + 1 or fold(tokens[j].text) not in lex.conjunctions:
        return j
    k = j + 1
    if k < len(tokens) and not tokens[k].cap and fold(tokens[k].text) in lex.tail_connectors:
        k += 1      # "dei Trasporti"; "dell'" stays in the gap before "Economia"
    elif not (k < len(tokens) and _elided(lex, text, tokens[j], tokens[k])):
        return j
    if k >= len(tokens) or not tokens[k].cap or not all(
            text[a.end:b.start] == " " or _elided(lex, text, a, b) for a, b in zip(tokens[j - 1:k], tokens[j:k + 1])):
        return j
    return k + 1


def _article_to(lex: Lexicon, particle: Token, name: Token) -> bool:
    """"Berlusconi al Senato", "WTI al NYMEX": a particle of names that is also the language's
    article-preposition ("al") joins no name before a body, a known place, an acronym or an
    event ("Ayman al Zawahiri", "Orio al Serio", "Marinelli al Lago" keep it: a word of places
    is part of a town's name)."""
    word = fold(name.text)
    if fold(particle.text) not in lex.articles or fold(particle.text) in lex.connectors:
        return False
    return (name.text.isupper() or word in lex.org_words or word in lex.misc_words
            or lex.place(name.text) is not None)


def _particles(lex: Lexicon, before: Token) -> frozenset[str]:
    """The language's connectors, and the particles of names from anywhere ("van den
    Berg"); where every noun is capitalised, a particle that is also an article ("den",
    "das") joins only after another particle, not "Martin Horn | den Helfern"."""
    if lex.capitalised_nouns and fold(before.text) not in NAME_PARTICLES:
        return lex.connectors
    return lex.connectors | NAME_PARTICLES


def _elided(lex: Lexicon, text: str, a: Token, b: Token) -> bool:
    gap = text[a.end:b.start]
    return (b.cap and not b.opens and gap[:1] == " " and gap.endswith(("'", "’"))
            and fold(gap.strip()[:-1]) in lex.connectors)


def _script(word: str) -> str:
    """The script of a word's first letter: 'CYRILLIC', 'LATIN', 'GREEK'..."""
    for ch in word:
        if ch.isalpha():
            return unicodedata.name(ch, "").split(" ")[0]
    return ""


def after_connector(text, tokens, piece, k) -> bool:
    """Does "di", "della" or an elided "dell'" stand just before token ``k``?"""
    return bool(piece) and (not tokens[piece[-1]].cap
                            or text[tokens[k - 1].end:tokens[k].start].strip().endswith(("'", "’")))


def split_point(lex: Lexicon, text, tokens, piece, is_common) -> int:
    """Length of the first of two names a finished piece holds; 0 when it is one name."""
    return (_place_before_person(lex, text, tokens, piece)
            or _genitive_place_before_person(lex, text, tokens, piece)
            or _org_before_person(lex, text, tokens, piece, is_common)
            or _person_before_org(lex, tokens, piece) or _event_at_place(lex, text, tokens, piece)
            or _known_before_name(text, tokens, piece))


def _place_before_person(lex: Lexicon, text, tokens, piece) -> int:
    """"USA Donald Trump", "Германии Хайко Маас": a place, then a person's name; but
    "London Stock Exchange", "Roma Capitale", "Roma TPL" are one name (a common
    word, an organisation word or an acronym after the place)."""
    n = place_prefix(lex, text, tokens, piece)
    if not n:
        return 0
    rest = tokens[piece[n]].text
    if lex.place(rest) or is_given_name(rest, lex):
        return n
    place = lex.place(text[tokens[piece[0]].start:tokens[piece[n - 1]].end])
    if not (place and place.code) and len(piece) - n < 2:
        return 0        # "Asia Bibi": a city or a continent starts no one-word name it does not know
    common = max(zipf_frequency(rest.lower(), lex.code), zipf_frequency(rest.lower(), "en"))
    return 0 if (rest.isupper() or fold(rest) in lex.org_words or common >= PLACE_NAME_ZIPF) else n


def _genitive_place_before_person(lex: Lexicon, text, tokens, piece) -> int:
    """"Mieszkaniec Krakowa Jan Nowak": after a noun whose genitive name is a place
    (``loc_of``, see ``around.head_of``), a one-word place, then a given name."""
    from cronaca.entities.around import PREVIOUS, genitive_head    # around imports this module
    if len(piece) < 3 or not tokens[piece[1]].cap or not is_given_name(tokens[piece[1]].text, lex):
        return 0
    start = tokens[piece[0]].start
    before = PREVIOUS.search(text, max(0, start - 25), start)
    return 1 if before and not lex.connectors and genitive_head(lex, before.group(1)) else 0


def _known_before_name(text, tokens, piece) -> int:
    """"Brexit Michel Barnier", "NATO Jens Stoltenberg": a name the alias lists know, then another."""
    whole = text[tokens[piece[0]].start:tokens[piece[-1]].end]
    if len(piece) < 2 or alias_key(whole):
        return 0
    n = 1
    while n < len(piece) and not tokens[piece[n]].cap:
        n += 1
    head = text[tokens[piece[0]].start:tokens[piece[n - 1]].end]
    return n if n < len(piece) and alias_key(head) else 0


def _event_at_place(lex: Lexicon, text, tokens, piece) -> int:
    """"Coppa Italia", "Rally Dakar": an event, then the place it is named after."""
    if len(piece) < 2 or fold(tokens[piece[0]].text) not in lex.misc_words:
        return 0
    rest = text[tokens[piece[1]].start:tokens[piece[-1]].end]
    return 1 if tokens[piece[1]].cap and (lex.place(rest) or is_city(rest)) else 0


def _person_before_org(lex: Lexicon, tokens, piece) -> int:
    """"Federica Guidi Ministero del Lavoro": a person, then an organisation whose
    name starts with its org word (not "Mario Negri Institute", where it ends)."""
    if not is_given_name(tokens[piece[0]].text, lex):
        return 0
    for n in range(2, len(piece) - 1):
        if tokens[piece[n - 1]].cap and fold(tokens[piece[n]].text) in lex.org_words:
            return n
    return 0


def _org_before_person(lex: Lexicon, text, tokens, piece, is_common) -> int:
    if len(piece) > 1 and tokens[piece[1]].cap and led_by(lex, tokens[piece[0]].text):
        return 1    # "Governo Letta": the government, then its leader

    before = [fold(t.text) for t in tokens[max(0, piece[0] - 4):piece[0]]
              if joined(text, t, tokens[piece[0]], any_gap=True)]
    return (person_after(lex, tokens, piece, before, is_common)
            or holder_after_office(lex, tokens, piece, before, is_common))
