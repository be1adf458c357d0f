"""Language names for evidence sentences ("Italian", not "it"), from CLDR via babel."""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=None)
def language_name(code: str) -> str:
    from babel import Locale
    return Locale("en").languages.get(code, code)
