"""Organisations named after two things joined by "and": "Sinistra Ecologia e Libertà",
"Istituto Nazionale di Geofisica e Vulcanologia", "Partito della Giustizia e lo Sviluppo",
"Center for Democracy and Technology".

The runs of capitals stop at the conjunction; here a name typed as an organisation whose first
word is an organisation word goes on over ``org_conjunctions``, an article or an elided one, and
one to three capitalised common words, when those name nothing of their own: no place (so
"Banco Popolare di Verona e Novara" stays two names: the rules cannot tell it from a list), no
person, no other body, no acronym, no brand ("Banca Intesa e Unipol"), and the name stops there
(not "... e Sviluppo di Roma").
"""
from __future__ import annotations

import dataclasses

from cronaca.entities.cities import is_city
from cronaca.entities.institutions import takes_adjectives
from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.names import is_given_name
from cronaca.entities.span_index import SpanIndex
from cronaca.entities.tokens import Ends, Token

MAX_TAIL_WORDS = 3      # capitalised words after the conjunction
COMMON_ZIPF = 4.0       # a word this frequent lower-case is a common word ("Libertà": 5.2)


def with_org_pairs(text: str, ends: Ends, found: list, lex: Lexicon) -> list:
    """``found`` with the organisations above extended over "and" and what follows it."""
    if not lex.org_conjunctions:
        return found
    index = SpanIndex(found)
    out, dropped = [], set()
    for c in found:
        at = ends.get(c.end)
        end = _pair_end(text, c, at[0], at[1] + 1, lex, index) if at and _opens_body(c, lex) else 0
        if end and _in_list(text, c.start) and not text[end:end + 1] == ",":
            end = 0     # "Osservatorio Zona Tre, Assemblea Città Studi e ...": "e" ends the list
        if end:
            dropped |= {id(o) for o in index.starting(c.end, end + 1) if c.end < o.end <= end}
            c = dataclasses.replace(c, end=end, text=text[c.start:end])
        out.append(c)
    return [c for c in out if id(c) not in dropped]


def _opens_body(c, lex: Lexicon) -> bool:
    """A name of two words or more, the first an organisation word, the last no place."""
    words = c.text.split()
    return (c.kind == "name" and c.type == "ORG" and len(words) > 1
            and takes_adjectives(lex, words[0]) and not lex.place(words[-1]))


def _in_list(text: str, start: int) -> bool:
    """An item of a list: a comma just before. Its "and" is the list's unless the list goes on
    after what follows it ("X, Sinistra Ecologia e Libertà, Y")."""
    return text[max(0, start - 2):start].startswith(",")


def _pair_end(text, c, tokens: list[Token], j: int, lex: Lexicon, index: SpanIndex) -> int:
    """End of "e (della) Ricerca" from token ``j``, 0 when the name does not go on so."""
    if j + 1 >= len(tokens) or fold(tokens[j].text) not in lex.org_conjunctions or (
            text[tokens[j - 1].end:tokens[j].start] != " "):
        return 0
    k = j + 1
    if not tokens[k].cap and fold(tokens[k].text) in lex.articles:
        if text[tokens[k - 1].end:tokens[k].start] != " ":
            return 0
        k += 1      # "e della Ricerca"; "e l'Innovazione" has the article in the gap
    if k >= len(tokens) or not _gap_ok(text[tokens[k - 1].end:tokens[k].start]):
        return 0
    m = k
    while m < len(tokens) and m - k < MAX_TAIL_WORDS and tokens[m].cap and not tokens[m].opens and (
            m == k or text[tokens[m - 1].end:tokens[m].start] == " "):
        m += 1
    if m == k or (m < len(tokens) and tokens[m].cap and text[tokens[m - 1].end:tokens[m].start] == " "):
        return 0
    if m + 1 < len(tokens) and fold(tokens[m].text) in lex.connectors and tokens[m + 1].cap:
        return 0    # "... e Sviluppo di Roma": where the name ends is unclear
    tail = tokens[k:m]
    if not _names_nothing(text, tail, lex, index):
        return 0
    return tail[-1].end


def _common(word: str, lex: Lexicon) -> bool:
    """A word of the language's dictionary or of one whose words its organisation names borrow
    (``name_languages``): "Libertà", "Ricerca", "Technology"."""
    from wordfreq import zipf_frequency
    from cronaca import lemmas
    lower = word.lower()
    return (zipf_frequency(lower, lex.code) >= COMMON_ZIPF or lemmas.is_known(lower, lex.code)
            or any(lemmas.is_known(lower, code) for code in lex.name_languages))


def _gap_ok(gap: str) -> bool:
    """" " or an elided article: " l'", " dell'"."""
    word = gap.strip()
    return gap == " " or (gap.startswith(" ") and word.endswith(("'", "’")) and 1 < len(word) <= 5
                          and word[:-1].isalpha())


def _names_nothing(text, tail: list[Token], lex: Lexicon, index: SpanIndex) -> bool:
    """The words after "and" are no place, person, body or acronym of their own."""
    first = tail[0].text
    name = text[tail[0].start:tail[-1].end]
    if (len(tail) == 1 and first.isupper()) or lex.place(name) or lex.place(first) or is_city(name, lex):
        return False
    if len(tail) > 1 and is_given_name(first, lex):
        return False    # "... e Mario Rossi"; one word alone is rarely a person there ("e Libertà")
    if takes_adjectives(lex, first) or fold(name) in lex.org_names or fold(first) in lex.name_prefixes:
        return False
    if not all(_common(t.text, lex) for t in tail):
        return False    # "Banca Intesa e Unipol", "... e Crédit Agricole": a name of its own
    return not any(o.kind == "name" and o.type in ("PER", "LOC", "ORG")
                   for o in index.overlapping(tail[0].start, tail[-1].end))
