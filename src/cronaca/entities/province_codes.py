""""Cornaredo (MI)", "Biancavilla (CT)": a town, then the code of its province in brackets.

The codes are the ISO 3166-2 subdivision codes (pycountry) of the countries whose press writes
them so (``province_countries``: "IT"). Both names are places; but after a region or a person
the bracket holds a party ("Sardegna (PD)", "Rossi (FI)"), so the name before it must be a
town or a name no list knows.
"""
from __future__ import annotations

import dataclasses
import functools
import json
import re

from cronaca.entities.cities import is_city, is_town
from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.names import is_given_name, is_surname

_BRACKETED = re.compile(r" ?\(([A-Z]{2})\)")


def province_places(text: str, found: list, lex: Lexicon) -> list:
    """``found`` with bracketed province codes, and the towns before them, typed as places."""
    codes = _codes(lex.province_countries)
    if not codes:
        return found
    out = list(found)
    for n in range(1, len(out)):
        town, code = out[n - 1], out[n]
        m = _BRACKETED.fullmatch(text, town.end, code.end + 1)
        if code.text in codes and m and m.group(1) == code.text and _town(town, lex):
            out[n] = dataclasses.replace(code, type="LOC")
            if town.type is None:
                out[n - 1] = dataclasses.replace(town, type="LOC")
    return out


def _town(c, lex: Lexicon) -> bool:
    if c.kind != "name" or c.type not in (None, "LOC"):
        return False
    place = lex.place(c.text)
    if place is not None or is_city(c.text, lex):
        return is_town(c.text, place)          # not "Sardegna (PD)": a region, then a party
    last = c.text.split()[-1]
    return not (is_surname(last, lex) or is_given_name(c.text.split()[0], lex))


@functools.lru_cache(maxsize=8)
def _codes(countries: frozenset[str]) -> frozenset[str]:
    return frozenset(code for code, _ in _entries(countries) if len(code) == 2 and code.isalpha())


def provinces(countries: frozenset[str]) -> frozenset[str]:
    """Folded names of the provinces of ``countries``: the subdivisions with a code of letters
    ("IT-MO" Modena; not the regions, "IT-45" Emilia-Romagna)."""
    return frozenset(fold(name) for code, name in _entries(countries) if code.isalpha())


@functools.lru_cache(maxsize=8)
def _entries(countries: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """(code after the country's, name) of each ISO 3166-2 subdivision of ``countries``."""
    if not countries:
        return ()
    try:
        from importlib import resources
        data = resources.files("pycountry").joinpath("databases/iso3166-2.json").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return ()
    out = []
    for entry in json.loads(data).get("3166-2", ()):
        country, _, code = entry["code"].partition("-")
        if country.casefold() in countries:
            out.append((code, entry.get("name", "")))
    return tuple(out)
