"""What the words of a name, and the words around it, say about its type.

In the name: a country or a title makes it a place or a person, org and place
words ("Banca", "Lago") an organisation or a place, a known given name first a
person, a country inside a longer name an organisation ("Forza Italia").
Around it: a place preposition ("a Rieti") or a speech verb ("Benali ha
detto") is a weaker cue, used only when nothing else types the name.
"""
from __future__ import annotations

import functools
import re

from cronaca.entities.around import BRACKETED, PREVIOUS, TWO_BEFORE, dateline, head_of
from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.cities import is_city
from cronaca.entities.local_towns import is_local_town
from cronaca.entities.names import is_given_name
from cronaca.entities.roles import rare_name, role_after, role_of_body


def name_type(lex: Lexicon, words: list[str], before: list[str], place, title, first: str) -> str | None:
    if place and place.code:      # countries are seldom people: "Президент России"
        return "LOC"
    if any(w in lex.misc_heads for w in _cue_words(lex, before)):
        return "MISC"     # "l'uragano Sandy", "la scala Richter": a storm, a scale, no one
    if place and fold(place.name) != " ".join(words):
        return "LOC"      # "Prezydent Warszawy", "мэр Москвы": a city in the genitive, after the title
    if title and len(words) == 1 and not is_city(words[0]) and is_city(words[0], lex):
        return "LOC"      # "Мер Вінниці": a listed town, inflected, after the title
    if title:
        return "PER"
    if place:
        return "LOC"
    if len(words) > 1 and words[0] in lex.org_articles:
        return "ORG"      # "Il Messaggero", "Il Volo": a paper, a band; no surname starts with "Il"
    if " ".join(words) in lex.org_names or " ".join(words) in lex.org_nouns:
        return "ORG"      # "Vigili del Fuoco", "Protezione Civile" written with capitals
    if len(words) > 1 and words[0] in lex.body_heads:
        return "ORG"      # "Regione Lazio": the council, named with the region
    if len(words) > 1 and lex.capitalised_nouns and lex.demonym(words[0]):
        return "ORG"      # "Deutsche Bahn", "Europäische Zentralbank": no person's name
    if words[0] in lex.misc_words and not (len(words) == 2 and is_given_name(words[0], lex)
                                           and rare_name(lex, words[1:])):
        return "MISC"     # "Festival di Sanremo", "Premio Strega": an event, a work; not "Oscar Pistorius"
    if len(words) > 2 and words[0] in lex.loc_heads and words[1] in lex.connectors and words[2] in lex.name_prefixes:
        return "LOC"      # "Chiesa di San Gregorio": a building named after a saint (not "Chiesa cattolica")
    if any(w in lex.org_words for w in words):
        return "ORG"
    cue_words = _cue_words(lex, before)
    if any(w in lex.led_heads for w in cue_words):      # "il governo Letta": its leader
        return "PER"
    if len(words) > 1 and role_of_body(lex, before) and (is_given_name(words[0], lex) or rare_name(lex, words)):
        return "PER"    # "il funzionario di polizia Udom Akpuodom", "l'ex capo dei servizi segreti Nicolò
    #                     Pollari": the body completes the role, the name is who holds it
    if any(w in lex.org_words for w in cue_words) and not (
            len(words) > 1 and is_given_name(words[0], lex) and any(
                w in lex.org_nouns or _party_adjective(lex, w) for w in cue_words)):
        return "ORG"    # "l'agenzia russa Ria Novosti"; not "il consiglio Silvio Berlusconi", its head,
    #                     nor "la democratica Nancy Pelosi", a member
    if len(words) > 1 and words[-1] in lex.misc_words:     # "Civil Rights Act", "Davis Cup"
        return "MISC"
    if len(words) > 1 and is_local_town(" ".join(words), lex):
        return "LOC"      # "Albano Laziale", "Gioia del Colle": a town of the country, named as a person starts
    named = len(words) > 1 and not (before and fold(before[-1]) in lex.thing_articles)
    if named and is_given_name(words[0], lex) and words[0] not in lex.loc_words and (
            words[0] not in lex.name_prefixes) and not (len(words) > 2 and words[-1] in lex.loc_words
                                                     and words[-2] not in SURNAME_PARTICLES):
        return "PER"      # "Mario Monti", "Andrea Costa": a surname that is also a place word;
    #                       not "Kim Il-Sung Square", a place named after a person; but "Diego Della Valle"
    if any(w in lex.loc_words for w in words):
        return "LOC"
    if len(words) == 1 and _CODE.search(first):     # "AB212", "DVB-T2", "KI-574": a model, a flight
        return "MISC"
    if len(words) == 1 and first.isupper() and len(first) >= 2:
        return "ORG"
    if named and words[0] not in lex.name_prefixes and (
            is_given_name(words[0], lex) or (words[0] in SURNAME_PARTICLES and len(words) <= 3)):
        return "PER"      # "Giorgio Faletti", "Di Battista", "Van Gogh"; not "Santo Stefano", a town
    #                       or a feast whose first word is a given name somewhere
    if len(words) > 1 and any(lex.demonym(w) for w in words[1:]):
        return "ORG"      # "Borsa Italiana", "Federazione Russa": a demonym written with a capital
    if len(words) > 1 and any(getattr(lex.place(w), "code", "") for w in words) and not is_city(" ".join(words)):
        return "ORG"      # a country inside a longer name: "Forza Italia", "Telecom Italia"
    return None


# capitalised, they start a surname ("Di Pietro", "De Gasperi", "Van Gogh"); not "La", "Al",
# "El", which start newspapers and groups ("La Stampa", "Al Jazeera")
SURNAME_PARTICLES = frozenset("di de del della da van von du dos".split())

# two digits in a row, or digits after a hyphen: a product or flight code, no
# organisation ("G8", "M5S", "TG1" have one digit and stay acronyms)
_CODE = re.compile(r"\d\d|-\w*\d")

WEAK_LOC = "loc?"       # "di Alcamo": a place only when neither cue nor name list says otherwise


def cue(lex: Lexicon, text: str, start: int, end: int) -> str:
    """"a Rieti", "in Texas", "Festival di Sanremo", "sindaco di Alcamo": a place; "Benali ha
    detto", "secondo Benali", "morte di Benali": a person; "il Milan", "della Juventus",
    "presidente di Confindustria": an organisation."""
    where = dateline(text, start, end)
    if where:
        return where
    if BRACKETED.search(text, max(0, start - 40), start):
        return "ORG"      # "Anna Rossi (PdL)", "Fondo Ambiente Italiano (FAI)": her party, its acronym
    before = PREVIOUS.search(text, max(0, start - 25), start)
    word = fold(before.group(1)) if before else ""
    of = head_of(lex, text, start)
    if of:
        return of
    if word in lex.place_preps or (lex.capitalised_nouns and word in lex.loc_words):
        return "LOC"             # "in Texas"; German "die Stadt Freiburg", "Landkreis Emmendingen"
    if word in lex.weak_place_preps:
        return WEAK_LOC
    if word in lex.speech or _said_before(lex, text, start):
        return "PER"             # "secondo Benali", "ha aggiunto Malloy"
    if word in lex.person_cues and before.group(1).islower():
        return "PER"             # "Giovanni Zedde detto Gingillo", "il lodo Alfano"
    if before and before.group(1)[:1].islower() and lex.demonym(word):
        return "PER"             # "lo spagnolo Óscar Freire": a nationality, then a person
    if word in lex.articles and not _common_word(lex, text[start:end]):
        return "ORG"             # "il Milan", "della Juventus": places and people seldom take one
    two = TWO_BEFORE.search(text, max(0, start - 40), start)
    if two and word in lex.connectors and fold(two.group(1)) in lex.misc_words:
        return "LOC"             # "Festival di Sanremo", "Rally di Monza": where the event is
    if word in lex.noun_determiners:
        return ""                # "Nach dem Essen sprach sie": a noun, though a verb of speech follows
    after = fold(text[end:end + 40]).lstrip(" ,") + " "
    if after.split(" ", 1)[0] in _first_words(lex.speech) and any(
            after.startswith(v + " ") for v in lex.speech):
        return "PER"
    if role_after(lex, text, end):
        return "PER"             # "Geronzi, esponente della Banca", "Sary, l'ex ministro"
    return ""


ARTICLE_COMMON_WORDS_ZIPF = 5.0   # KIND train: such names of several words are ORG 1 time in 3
ARTICLE_COMMON_ZIPF = 4.5   # KIND train: one-word names this common after an article are ORG 1 time in 7


def _common_word(lex: Lexicon, name: str) -> bool:
    """"il Paese", "l'Aula": one word of the language, capitalised, after an article; "la
    Seconda Guerra Mondiale", "il Santo Padre": several, one of them among its commonest."""
    from wordfreq import zipf_frequency
    words = name.split()
    if len(words) == 1:
        return zipf_frequency(name.lower(), lex.code) >= ARTICLE_COMMON_ZIPF
    return max(zipf_frequency(w.lower(), lex.code) for w in words) >= ARTICLE_COMMON_WORDS_ZIPF


def _said_before(lex: Lexicon, text: str, start: int) -> bool:
    """A speech phrase of several words just before the name: "ha aggiunto", "a detta di"."""
    before = " " + fold(text[max(0, start - 30):start]).rstrip(" ,:")
    last = before.rsplit(" ", 1)[-1]
    return any(before.endswith(" " + p) for p in _by_last_word(lex.speech).get(last, ()))


@functools.lru_cache(maxsize=64)
def _by_last_word(phrases: frozenset[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for p in phrases:
        out.setdefault(p.rsplit(" ", 1)[-1], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=64)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.split(" ", 1)[0] for p in phrases)


def _cue_words(lex: Lexicon, before: list[str]) -> list[str]:
    """The lower-case word just before a name, past adjectives of nationality ("l'agenzia
    russa Ria Novosti"); only the nearest: "la sinistra a Perugia" says nothing of Perugia."""
    out = []
    for word in reversed(before):
        if not word.islower():
            break
        if not lex.demonym(word):
            out.append(fold(word))
    if lex.adjectives_after_nouns and len(out) > 1 and out[1] in lex.org_words and _qualifier(lex, out[0]):
        return out[1:2]     # "la società marittima Ocean Infinity": past one adjective
    return out[:1]


def _party_adjective(lex: Lexicon, word: str) -> bool:
    """"democratica", "socialista": an org word that is an adjective says whose side a person is on."""
    return word.endswith(lex.adjective_endings)


def _qualifier(lex: Lexicon, word: str) -> bool:
    """A lower-case word between a noun and a name that is no function word ("marittima", "locale")."""
    from cronaca import languages
    return len(word) >= 5 and word not in languages.get(lex.code).stopwords and word not in lex.org_words
