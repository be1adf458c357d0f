"""Passes over the finder's candidates that read the words around a name: where its name
goes on, what it is, or that it is no name at all.

Each pass takes the candidates and returns them; ``refined`` runs them in order. Each reads
its own lists in the language's ``[entities]`` data, and does nothing for a language without
them, but for web domains ("Flickr.com"), quoted names (« Il Giornale ») and camel-cased
companies ("WeWork"), which are names in any language.
"""
from __future__ import annotations

from cronaca.entities.appositions import place_appositions
from cronaca.entities.camel_case import camel_case_companies
from cronaca.entities.between import between_places, route_ends
from cronaca.entities.channels import with_channels
from cronaca.entities.council_places import councils_as_places
from cronaca.entities.generic_bodies import number_bodies, without_generic_bodies
from cronaca.entities.kind_nouns import kinds_of_body
from cronaca.entities.led_after import leaders_of_bodies
from cronaca.entities.lexicon import Lexicon
from cronaca.entities.org_pairs import with_org_pairs
from cronaca.entities.org_tails import with_org_tails
from cronaca.entities.place_tails import with_place_tails
from cronaca.entities.portfolios import without_portfolios
from cronaca.entities.province_codes import province_places
from cronaca.entities.quoted_names import with_quoted_names
from cronaca.entities.regions import with_regions
from cronaca.entities.route_places import route_places
from cronaca.entities.team_heads import countries_as_teams
from cronaca.entities.tokens import Token, by_end
from cronaca.entities.town_areas import town_areas
from cronaca.entities.via import via_as_preposition
from cronaca.entities.web_names import with_domains


def refined(text: str, sentences: list[list[Token]], found: list, lex: Lexicon,
            stopwords: frozenset[str]) -> list:
    """``found`` after every pass, in this order (``sentences``: the tokens of each sentence)."""
    ends = by_end(sentences)                            # where each token ends, for the tails
    found = with_org_tails(text, sentences, ends, sorted(found, key=lambda c: c.start), lex, stopwords)
    found = with_org_pairs(text, ends, found, lex)  # "Sinistra Ecologia e Libertà"
    found = councils_as_places(text, found, lex)        # "nel comune di Rho"
    found = between_places(text, found, lex)            # "tra Vizzini e Francofonte"
    found = route_places(text, found, lex)              # "partito da Malles"
    found = place_appositions(text, found, lex)         # "Modica, piccolo centro"
    found = route_ends(text, found, lex)                # "Parigi - Roubaix"
    found = via_as_preposition(text, found, lex)        # "a Roma via Parigi"
    found = with_domains(text, found)                   # "Flickr.com"
    found = with_quoted_names(text, found, lex)         # « Il Giornale »
    found = with_channels(text, ends, found, lex)  # "Ronahî TV", "Rai Due"
    found = camel_case_companies(found, lex)            # "WeWork", not "McCain"
    found = leaders_of_bodies(text, found, lex)         # "the Assad regime"
    found = kinds_of_body(text, found, lex)             # "l'agenzia di stampa Amaq"
    found = without_portfolios(text, found, lex)        # "il ministro degli Esteri"
    found = province_places(text, found, lex)           # "Cornaredo (MI)"
    found = countries_as_teams(text, found, lex)        # "le nazionali di Germania e Australia"
    found = without_generic_bodies(found, lex)          # "le Università"
    found = number_bodies(text, sentences, found, lex)  # "gli operatori del 118"
    found = town_areas(text, sentences, found, lex)     # "nel cosentino"
    found = with_regions(text, sentences, found, lex)   # "Ярославском районе"
    return with_place_tails(text, ends, found, lex)   # "Filippine meridionali"
