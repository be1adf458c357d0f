"""A place that is also the first name of a person the article names in full.

"Asia Bibi ... Asia said": "Asia" alone is the woman, not the continent, when
the article names one person whose name starts with it and goes on with words
that are not words of the language (a foreign name, not "Roma Capitale" nor
"London Stock Exchange"). Countries keep their mentions: a country's name is
seldom a first name, and an article about a country names it alone often.
"""
from __future__ import annotations

from wordfreq import zipf_frequency

from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.merge import Group, _words, words_match

NAME_ZIPF = 4.0      # the rest of the name: rarer than this in the language ("Capitale" is not)


def places_as_first_names(groups: list[Group], lex: Lexicon) -> None:
    slack = 3 if lex.suffixes else 0
    for g in groups:
        if not g.place or (len(g.place) == 2 and g.place.isupper()):
            continue
        alone = [m for m in g.members if m.kind == "name" and len(_words(m.text)) == 1]
        words = {_words(m.text)[0] for m in alone}
        if len(words) != 1:
            continue
        word = words.pop()
        owners = [h for h in groups if not h.place and any(
            len(f) > 1 and words_match(fold(f[0]), word, slack) and _foreign(f[1:], lex) for f in _full_names(h))]
        if len(owners) == 1:
            for m in alone:       # the person's now: what made it a place no longer types it
                m.type, m.country, m.english = None, "", ""
            owners[0].members.extend(alone)
            g.members = [m for m in g.members if m not in alone]


def _full_names(g: Group) -> list[list[str]]:
    """The group's names of several words, lower-case with their accents (the dictionary
    knows "środkowej", not "srodkowej")."""
    return [m.text.lower().replace("-", " ").split() for m in g.members
            if m.kind == "name" and len(_words(m.text)) > 1]


def _foreign(words: list[str], lex: Lexicon) -> bool:
    """No frequent word of the language ("Bibi"; not "Środkowej" in "Europy Środkowej")."""
    return all(fold(w) not in lex.org_words and fold(w) not in lex.loc_words and not lex.place(w)
               and zipf_frequency(w, lex.code) < NAME_ZIPF
               for w in words)

