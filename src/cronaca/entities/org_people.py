"""Where a person's name meets an organisation's inside one capitalised run: "Riccardo Coppini
dell'Onda", "Repubblica Giorgio Napolitano", "(il Presidente del) Consiglio Prodi" (see
``institutions`` for where an organisation's name starts and ends, ``run_bounds`` for the cuts).
"""
from __future__ import annotations

from cronaca.entities.aliases import alias_key
from cronaca.entities.lexicon import NAME_PARTICLES, Lexicon, fold
from cronaca.entities.names import is_given_name
from cronaca.entities.tokens import Token


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
