"""The ``Candidate`` a finder emits, and how a piece of a capitalised run becomes one.

``classify`` trims a piece's loose connectors, takes in the head noun or title
just before it ("università di", "il Presidente russo"), and types the name.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cronaca.entities.cities import is_city
from cronaca.entities.around import as_attribute, club_before, head_of, state_acting, state_addressed
from cronaca.entities.evidence import WEAK_LOC, cue, name_type
from cronaca.entities.institutions import MAX_ADJECTIVES, MIN_ADJECTIVE, is_adjective, is_seat, led_by
from cronaca.entities.lexicon import fold
from cronaca.entities.local_towns import is_local_town
from cronaca.entities.roles import nickname_after
from cronaca.entities.names import is_given_name, known_person_word
from cronaca.entities.run_places import joining
from cronaca.entities.tokens import ROMAN, Token, joined

if TYPE_CHECKING:
    from cronaca.entities.mentions import MentionFinder


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    type: str | None                     # None: decided when mentions are grouped
    kind: str = "name"                   # "name" | "adjective"
    title: str = ""                      # person title just before ("presidente")
    country: str = ""                    # ISO code the mention or its adjective names
    english: str = ""                    # English name of a gazetteer place
    backend: str = "rules"               # what found it
    context: bool = False                # found in the title or a caption, not in the text
    cue: str = ""                        # weak type from the words around: "LOC" ("a X"), "PER" ("X ha detto")


def _title_before(finder: MentionFinder, before: list[str], title: str) -> tuple[str, str]:
    """"il Presidente russo Vladimir Putin": a title just before the name, past adjectives
    of nationality; or "il pilota giapponese Tomizawa": a role ("" when none)."""
    if title:
        return title, ""
    lex = finder.lex
    adjectives = 0
    for word in reversed(before):
        folded = fold(word)
        if folded in lex.person_titles:
            return folded, ""
        if folded in lex.person_nouns:
            return "", folded
        if lex.demonym(word):
            continue
        if adjectives < MAX_ADJECTIVES and (is_adjective(lex, word) or (
                word[:1].islower() and len(word) >= MIN_ADJECTIVE and folded not in finder.stopwords)):
            adjectives += 1     # "l'atleta paralimpico Oscar Pistorius", "il pugile filippino ..."
            continue
        break
    return "", ""


def _common_alone(finder: MentionFinder, t: Token) -> bool:
    """"il Paese", "lo Stato": a common noun capitalised out of respect, not a name."""
    word = fold(t.text)
    lex = finder.lex
    return (not (t.text.isupper() and len(t.text) > 1)      # "la FIA", "all'ANSA": an acronym
            and word not in lex.org_words and word not in lex.org_names
            and t.text not in finder.name_words
            and not lex.place(t.text) and not known_person_word(lex, t.text) and finder.is_common(t.text))


def _listed_among_names(lex, text, tokens, k) -> bool:
    """"Tripoli, Sirte, Misurata e Zuwarah": a capitalised common word between two names of a
    list is one of them."""
    if k == 0 or k + 1 >= len(tokens) or not tokens[k - 1].cap or text[tokens[k - 1].end:tokens[k].start] != ", ":
        return False
    nxt = tokens[k + 1]
    if fold(nxt.text) in lex.conjunctions and k + 2 < len(tokens):
        return text[tokens[k].end:nxt.start] == " " and tokens[k + 2].cap
    return nxt.cap and text[tokens[k].end:nxt.start] == ", "


def _acronym(word: str) -> bool:
    """"TPL", "FNM"; not "DC", "MP", "UK": two letters are as often a place's or a title's."""
    return len(word) >= 3 and word.isupper() and word.isalpha() and not ROMAN.match(word)


def _initial_stop(text: str, last: Token) -> bool:
    """"Robert S.", "Licia C.": a name ending in an initial keeps its full stop."""
    return len(last.text) == 1 and last.text.isupper() and text[last.end:last.end + 1] == "."


def _after_office(lex, text, tokens, piece) -> list[int]:
    """"Capo dello Stato", "Prefetto della Congregazione", "Amministratore Delegato della
    Juventus": an office, "of", then the organisation that is the name (not "Capo di Buona
    Speranza", a place)."""
    k = 0
    while k < len(piece) and tokens[piece[k]].cap and (
            fold(tokens[piece[k]].text) in lex.offices or fold(tokens[piece[k]].text) in lex.person_titles):
        k += 1
    if not k or k == len(piece) or tokens[piece[k]].cap:
        return piece
    if (fold(tokens[piece[0]].text) in lex.loc_words and sum(tokens[p].cap for p in piece[k:]) > 1) or (
            lex.place(text[tokens[piece[0]].start:tokens[piece[-1]].end])):
        return piece    # "Capo di Buona Speranza"; not "Capo dello Stato"
    rest = piece[k:]
    while rest and not tokens[rest[0]].cap:
        rest.pop(0)
    return rest


def classify(finder: MentionFinder, text, tokens, piece, title) -> Candidate | None:
    """The typed name of a piece of a run (token indices), None when it names nothing."""
    lex = finder.lex
    while piece and not tokens[piece[-1]].cap and not tokens[piece[-1]].text.isdigit():   # trailing connector
        piece.pop()
    while piece and not tokens[piece[0]].cap:    # "Presidente della Repubblica": the title
        piece.pop(0)                                # is of a person, not of what follows "of"
        title = ""
    held = _after_office(lex, text, tokens, piece)
    office, piece = held is not piece, held    # "Capo dello | Stato": a body, though a common word
    if not piece:
        return None
    first, last = tokens[piece[0]], tokens[piece[-1]]
    if len(piece) == 1 and ROMAN.match(first.text):
        return None
    start = first.start
    words = [fold(tokens[k].text) for k in piece]
    cased = [t.text for t in tokens[max(0, piece[0] - 4):piece[0]]
             if joined(text, t, tokens[piece[0]], any_gap=True)]
    before = [fold(w) for w in cased]
    gap = text[tokens[piece[0] - 1].end:start] if piece[0] else ""
    # "presidente dell'Inter": the title is of someone of the name, not of the name
    title, role = _title_before(finder, cased, title) if "'" not in gap and "’" not in gap else ("", "")
    kind = None
    # "università di Nottingham", "provincia di Trapani", "piazza Tienanmen": the head
    # noun is part of the name
    for head_at in (1, 2):
        if len(before) < head_at or (head_at == 2 and before[-1] not in lex.connectors):
            continue
        head = before[-head_at]
        if cased[-head_at][:1].isupper() and (head in lex.org_heads or is_given_name(first.text, lex)):
            break   # "Consiglio | Mario Monti", "Consiglio | Prodi": the run was cut on purpose
        if led_by(lex, head) or (head in lex.org_nouns and len(piece) > 1 and is_given_name(first.text, lex)):
            break   # "governo Prodi", "regime di Assad", "consiglio Silvio Berlusconi": the body, then its head
        if head_at == 2 and is_seat(lex, [head]):
            break   # "procura di Napoli", "governo di Prodi": the office, then the city or person
        if head in lex.org_heads or head in lex.loc_heads:
            start = tokens[piece[0] - head_at].start
            kind = "ORG" if head in lex.org_heads or (head_at == 1 and head in lex.body_heads) else "LOC"
            if kind == "LOC" and head_of(lex, text, start) == "ORG":
                kind = "ORG"    # "il presidente della provincia di Milano": its council
            break
    name = text[start:last.end]
    if kind is None and club_before(lex, text, start, name, lex.place(name)):
        kind = "ORG"      # before the common-word test: "el Sevilla", "il Prato"
    if len(piece) == 1 and not office and fold(first.text) in lex.org_nouns and as_attribute(lex, text, first.start):
        return None     # "crisi di Governo", "partito di Governo": capitalised, still no body named
    named_by = bool(cased) and cased[-1].islower() and before[-1] in lex.org_words   # "il quotidiano Libero"
    if kind is None and len(piece) == 1 and not first.opens and not office and not named_by and (
            _common_alone(finder, first)) and not (
            _listed_among_names(finder.lex, text, tokens, piece[0])) and not (
            is_city(first.text, lex) and cue(lex, text, first.start, first.end) in ("LOC", WEAK_LOC)) and not (
            is_local_town(first.text, lex) and cue(lex, text, first.start, first.end) == "LOC") and not (
            nickname_after(lex, text, first.start)):
        return None     # "il Paese"; but "a Prato", "in Florida", "di Modica", "a Cento": the town
    end = last.end + 1 if _initial_stop(text, last) else last.end    # "Robert S."
    name = text[start:end]
    place = lex.place(name)
    if kind is None and " & " in name:
        kind = "ORG"     # "Procter & Gamble": two names joined by "&" name a company or a group
    if kind is None and not first.text.isupper() and not getattr(lex.place(first.text), "code", "") and any(
            _acronym(tokens[k].text) for k in piece[1:]):
        kind = "ORG"     # "Roma TPL", "Juventus FC": an acronym after a word names a company, no one
    if kind is None and (state_addressed(lex, text, start, place) or state_acting(lex, text, start, end, place)):
        kind = "ORG"
    if kind is None and len(piece) > 1 and joining(lex, text, tokens, piece[-1]) and lex.place(last.text) and (
            not is_given_name(first.text, lex) and not any(fold(tokens[k].text) in lex.org_words for k in piece)
            and fold(name) not in lex.org_names):     # not "Fratelli d'Italia", a party
        kind = "LOC"      # "Corno d'Africa", "Campione d'Italia": a place named after a place
    if kind is None:
        kind = name_type(lex, words, cased, place, title or role, first.text)
    cand = Candidate(start, end, name, kind, title=title, cue=cue(lex, text, start, end))
    if place and kind == "LOC":
        cand.country, cand.english = place.code, place.english
    return cand
