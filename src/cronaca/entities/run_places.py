"""Places inside a capitalised run: where one starts, ends, or ends a longer name.

"Stati Uniti" at a line start is one place though "Stati" alone is a common word;
"Palio di Siena" is an event and a city; "USA Donald Trump" is a country and a
person. Functions of the language's ``Lexicon`` and the run's tokens.
"""
from __future__ import annotations

from cronaca.entities.cities import is_city
from cronaca.entities.institutions import is_adjective, is_seat
from cronaca.entities.lexicon import Lexicon, fold


def place_from(lex: Lexicon, text, tokens, k, j) -> int:
    """End (exclusive) of the longest gazetteer place of several words starting at ``k``."""
    for m in range(min(j, k + 4), k + 1, -1):
        if lex.place(text[tokens[k].start:tokens[m - 1].end]):
            return m
    return k


def place_after(lex: Lexicon, text, tokens, k, j, piece) -> bool:
    """"Palio di Siena": is the rest of the run from ``k`` a place, the run before it
    not a place nor an organisation ("Università di Bologna")?"""
    rest = text[tokens[k].start:tokens[j - 1].end]
    if fold(tokens[piece[0]].text) in lex.misc_words:
        # "Festival di Sanremo", "Trattato di Maastricht": an event, a place; but "Tour de
        # France" joins with a foreign "of": the place belongs to the event's foreign name
        return not lex.connectors or _own_connector(lex, text, tokens, k)
    if not (lex.place(rest) or is_city(rest)):
        return False
    if is_seat(lex, [tokens[p].text for p in piece]):
        return True
    head = [fold(t.text) for t in tokens[:k] if t.cap][-2:]
    if any(w in lex.org_words or w in lex.org_heads or w in lex.loc_heads for w in head):
        return _named_before_seat(lex, tokens, piece)
    if joining(lex, text, tokens, k):
        return False        # "Corno d'Africa", "Delta del Niger": one name (KIND train: 46 of 55)
    return k < 2 or lex.place(text[tokens[k - 2].start:tokens[j - 1].end]) is None


def _own_connector(lex: Lexicon, text, tokens, k) -> bool:
    """Is the "of" before token ``k`` (a word, or elided in the gap) one of the language's?"""
    gap = fold(text[tokens[k - 1].end:tokens[k].start]).strip().rstrip("'’")
    word = gap or fold(tokens[k - 1].text)
    return word in lex.connectors


def place_prefix(lex: Lexicon, text, tokens, piece) -> int:
    """Length of a place that starts a longer run: "Германии Хайко Маас" (of Germany,
    Heiko Maas), "USA Donald Trump"; 0 when there is none or the whole run is a place."""
    whole = text[tokens[piece[0]].start:tokens[piece[-1]].end]
    if len(piece) < 2 or lex.place(whole) or is_city(whole):
        return 0
    for n in range(len(piece) - 1, 0, -1):
        if not tokens[piece[n - 1]].cap or not tokens[piece[n]].cap:
            continue
        head = text[tokens[piece[0]].start:tokens[piece[n - 1]].end]
        if lex.place(head) or is_city(head):     # "Florida Graham Ivan Clark"
            return n
    return 0


def _named_before_seat(lex: Lexicon, tokens, piece) -> bool:
    """"Policlinico Gemelli | di Roma", "Corte Suprema | degli Stati Uniti": an organisation
    of two capitalised words or more is named, the place after "of" is where it sits; but
    "Banca Popolare di Milano", "Università Statale di Milano" end in an adjective and go on
    (KIND train: 23 such names split, 9 whole; one word, "Università di Bologna", is whole)."""
    caps = [tokens[p] for p in piece if tokens[p].cap and not (tokens[p].opens and p == piece[0]
                                                                 and fold(tokens[p].text) in lex.articles)]
    return len(caps) >= 2 and not is_adjective(lex, caps[-1].text.lower())


def org_after(lex: Lexicon, text, tokens, k, j, piece) -> bool:
    """"Consiglio di Sicurezza | dell'ONU", "Commissione Difesa | del Senato": an organisation
    of two capitalised words or more, then "of" and another organisation (an acronym, an org
    word alone or opening a name, a name the alias lists know): two names."""
    from cronaca.entities.aliases import alias_key
    rest = text[tokens[k].start:tokens[j - 1].end]
    one = j - k == 1 and (rest.isupper() and len(rest) >= 2 or fold(rest) in lex.org_words)
    opened = (j - k > 1 and fold(tokens[k].text) in lex.org_words and tokens[k + 1].cap   # "Camera dei Deputati"
              and _own_connector(lex, text, tokens, k) and lex.place(rest) is None)     # not "of Radio Arts"
    if not (one or opened or fold(rest) in lex.org_names or alias_key(rest)):
        return False
    return _named_before_seat(lex, tokens, piece) and any(fold(tokens[p].text) in lex.org_words for p in piece)


def member_then_org(lex: Lexicon, text, tokens, k, j, piece) -> bool:
    """"Sveva Zorvati | del Nuovo Centrodestra", "Ufficio Relazioni Internazionali | dell'Ente
    Nazionale ...": two capitalised words or more with no org word nor place among them, then
    "of" and a name that has one: someone or something of the organisation, two names."""
    caps = [tokens[p].text for p in piece if tokens[p].cap]
    if len(caps) < 2 or any(fold(w) in lex.org_words or lex.place(w) for w in caps):
        return False
    return any(t.cap and fold(t.text) in lex.org_words for t in tokens[k:j])


def seat_then_town(lex: Lexicon, text, tokens, k, j, piece, is_common) -> bool:
    """"Procura di Tivoli", "Carabinieri di Savignone": an office and a town no gazetteer
    knows, when the office (and common words: "della Repubblica") is all the run holds before
    "of" and every word after it is a
    name; not "Corte di Cassazione", "Tribunale del Riesame" (common words: one name)."""
    caps = [tokens[p].text for p in piece if tokens[p].cap]
    if not caps or not is_seat(lex, caps[:1]) or not all(is_common(w) for w in caps[1:]):
        return False      # "Procura della Repubblica | di Lagonegro" too
    of = fold(text[tokens[k - 1].end:tokens[k].start].strip(" '’") or tokens[k - 1].text)
    rest = [t for t in tokens[k:j] if t.cap]
    return of in lex.connectors and bool(rest) and not any(is_common(t.text) or fold(t.text) in lex.org_words for t in rest)


def joining(lex: Lexicon, text, tokens, k) -> bool:
    """Is the "of" before token ``k`` one of ``joining_connectors`` ("d'", "del")?"""
    words = [fold(t.text) for t in tokens[max(0, k - 2):k] if not t.cap]
    gap = fold(text[tokens[k - 1].end:tokens[k].start]).strip().rstrip("'") if k else ""
    return bool(lex.joining_connectors) and (
        gap in lex.joining_connectors or (words and words[-1] in lex.joining_connectors
                                          and tokens[k - 1].text == words[-1]))
