"""The type of each entity: from its words and cues, else from the names listed with it.

``evidence_type`` reads a group's own mentions: a place, types the rules gave its
names, cues around them, name lists. A group none of these types takes the type
its neighbours in a list share ("Bartali, Coppi e Gimondi", "Tremonti e Gelmini",
see ``lists``), else a place after "di" (``WEAK_LOC``), else ``UNKNOWN_TYPE``.
"""
from __future__ import annotations

from collections import Counter

from cronaca.entities.around import head_of
from cronaca.entities.cities import is_city
from cronaca.entities.endings import place_by_ending
from cronaca.entities.evidence import WEAK_LOC
from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.lists import listed_with
from cronaca.entities.merge import Group
from cronaca.entities.roles import rare_name
from cronaca.entities.names import available as names_available, is_given_name, is_surname, surname_ending


def group_types(text: str, groups: list[Group], lex: Lexicon) -> dict[int, str]:
    """{id(group): type} for every group."""
    types = {id(g): evidence_type(g, lex, text) for g in groups}
    neighbours = listed_with(text, groups, lex)
    for _ in range(6):        # a list typed from one end: "X, Y e Mario Rossi"
        guessed = {}
        for g in groups:
            if types[id(g)] is None:
                votes = Counter(types[n] for n in neighbours.get(id(g), ()) if types[n] in TYPE_ORDER)
                if votes:
                    guessed[id(g)] = max(votes, key=lambda t: (votes[t], TYPE_ORDER[t]))
        if not guessed:
            break
        types.update(guessed)
    return {id(g): types[id(g)] or _weak_type(g, lex) for g in groups}


TYPE_ORDER = {"PER": 3, "LOC": 2, "ORG": 1}
# A name no rule could type, with no cue around it: most often not a person nor
# a place (events, works, brands, a capitalised common noun); measured on KIND
# train, calling these PER cost more precision than it gained recall.
UNKNOWN_TYPE = "MISC"
ENGLISH_ZIPF = 4.5   # and in English: a word of a title ("Rain", "Men"), not of a name ("Arbery")
RARE_ZIPF = 3.0     # KIND train: 2.0 -> F1 0.630, 3.0 -> 0.633, 3.5 -> 0.634 with more PER guesses


def evidence_type(g: Group, lex: Lexicon, text: str = "") -> str | None:
    """The type the group's words and cues give, None when nothing does (``text``: the
    article's, to read the nouns before its mentions)."""
    if g.place:
        return "LOC"
    votes = Counter(m.type for m in g.members if m.type and m.kind == "name")
    if votes:
        return max(votes, key=lambda t: (votes[t], TYPE_ORDER.get(t, 0)))
    if g.type:
        return g.type
    longest = {m.text for m in g.full_mentions()}
    if any(is_city(f, lex) for f in longest):
        return "LOC"
    if _named_in_full(g, lex):
        return "PER"     # "Letizia Moratti ... la Moratti": a given name, then the surname alone
    cues = Counter(m.cue for m in g.members if m.cue in TYPE_ORDER and m.kind == "name")
    listed = all(len(f.split()) == 1 and (is_surname(f, lex) or is_given_name(f, lex)) for f in longest)
    if listed and cues and "ORG" not in cues and not _place_head(g, lex, text):
        cues["PER"] += 1     # "a Berlusconi ... di Berlusconi ha detto": a known name is one more vote
    if cues:
        return max(cues, key=lambda t: (cues[t], TYPE_ORDER.get(t, 0)))
    if listed:
        return "PER"
    if any(_surname_last(f, lex) for f in longest):
        return "PER"     # "Barack Obama", "Eros Ramazzotti": a first word no list knows, a known surname
    if any(len(f.split()) > 1 for f in longest) and (
            not names_available() or any(_rare_words(f, lex.code) for f in longest)):
        return "PER"     # "Ieng Sary", "Kelum De Silva": rare words only, as a foreign person's name
    if place_by_ending(longest, lex):
        return "LOC"     # "Denzlingen": a town's ending, in a language that has them
    return None


def _place_head(g: Group, lex: Lexicon, text: str) -> bool:
    """"la città di Atlanta", "il sindaco di Meda": a noun of place before "of" (``loc_of``)
    says more than a list of given names that holds the word too."""
    return bool(text) and any(m.cue == "LOC" and not m.context and m.kind == "name"
                              and head_of(lex, text, m.start) == "LOC" for m in g.members)


def _named_in_full(g: Group, lex: Lexicon) -> bool:
    """The article names it by a given name and a surname, then by the surname alone: as the
    press names people ("Reeva Steenkamp ... la Steenkamp"); bodies and places it shortens
    otherwise, if at all."""
    full = [m.text.split() for m in g.members if m.kind == "name" and len(m.text.split()) == 2]
    alone = {m.text for m in g.members if m.kind == "name" and " " not in m.text}
    return any(words[1] in alone and (is_given_name(words[0], lex) or rare_name(lex, words[:1]))
               and words[1][:1].isupper() and words[0] not in alone and not lex.place(words[1])
               and not is_city(words[1], lex) and not _common(words[1], lex.code) for words in full)


COMMON_ZIPF = 4.0     # "Hull City", "Insomniac Games": a word this common, here or in English, is no surname


def _common(word: str, lang: str) -> bool:
    from wordfreq import zipf_frequency
    return max(zipf_frequency(word.lower(), lang), zipf_frequency(word.lower(), "en")) >= COMMON_ZIPF


def _weak_type(g: Group, lex: Lexicon) -> str:
    if any(m.cue == WEAK_LOC for m in g.members if m.kind == "name"):
        return "LOC"     # "di Alcamo": a name nothing else types, after "of", is most often a place
    names = {m.text for m in g.members if m.kind == "name"}
    if names and all(surname_ending(n, lex) for n in names):
        return "PER"     # "Bettini", "Granelli": a surname's ending (KIND train: 25 people of 29 so untyped)
    return UNKNOWN_TYPE


def _surname_last(name: str, lex: Lexicon) -> bool:
    words = name.split()
    return (1 < len(words) <= 3 and is_surname(words[-1], lex) and fold(words[0]) not in lex.name_prefixes
            and all(w[:1].isupper() for w in words) and not lex.place(name))   # not "San Diego"


def _rare_words(name: str, lang: str) -> bool:
    """No word of the name is a word of the language ("Protezione Civile", "Pro Recco" have
    some), nor a common English word: titles of songs and shows are quoted in English
    ("Purple Rain", "Mad Men"), people rarely have such names unless a list knows them."""
    from wordfreq import zipf_frequency
    words = name.split()
    return len(words) > 1 and all(w[:1].isupper() and zipf_frequency(w.lower(), lang) < RARE_ZIPF
                                  and zipf_frequency(w.lower(), "en") < ENGLISH_ZIPF for w in words)
