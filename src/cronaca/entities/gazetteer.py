"""The gazetteer: places named in a language and in English, from CLDR through Babel.

Babel is already a dependency (BSD). It gives the name of every country and
territory and of ~400 time-zone cities in the language and in English ("Mosca",
"Moskwa", "Москва" -> Moscow); a language's ``[entities] places`` adds its own.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    name: str          # in the article's language ("Corea del Nord")
    english: str       # "North Korea": the cross-language key is built from it
    code: str = ""     # ISO 3166 code for countries, "" for cities
    city: bool = False  # a time-zone city of CLDR: a town, not a region nor a continent


@functools.lru_cache(maxsize=1)
def _zone_ids() -> set[str]:
    import zoneinfo
    return set(zoneinfo.available_timezones())


@functools.lru_cache(maxsize=64)
def places(code: str, extra: tuple[str, ...]) -> dict[str, Place]:
    """Folded name -> Place for language ``code``, plus ``extra`` entries ("USA=US")."""
    from babel import Locale, UnknownLocaleError

    from cronaca.entities.lexicon import fold    # here: lexicon imports this module
    english = Locale("en")
    try:
        local = Locale.parse(code) if code and code != "und" else english
    except (ValueError, UnknownLocaleError):
        local = english
    found: dict[str, Place] = {}
    for loc in (english, local):   # the article's language wins on a clash
        for tz_id in _zone_ids() | set(english.time_zones) | set(local.time_zones):
            if "/" not in tz_id or tz_id.startswith(("Etc/", "SystemV/", "US/")):
                continue
            city_en = english.time_zones.get(tz_id, {}).get("city") or tz_id.rsplit("/", 1)[-1].replace("_", " ")
            city = (loc.time_zones.get(tz_id) or {}).get("city") or city_en
            found[fold(city)] = Place(city, city_en, city=True)
        for terr, name in loc.territories.items():
            if terr.isalpha() and len(terr) == 2 and terr not in ("ZZ", "EU", "EZ", "UN", "QO"):
                found[fold(name)] = Place(name, english.territories.get(terr, name), terr)
    for entry in extra:   # "USA=US": a name, and the country it names when it is one
        name, _, terr = entry.partition("=")
        english_name = english.territories.get(terr, name) if terr else name
        found.setdefault(fold(name), Place(name, english_name, terr))
    return found
