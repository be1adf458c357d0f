"""What two texts can share whatever their language: numbers and dates, normalised.

Numbers are written "1.500", "1,500", "1 500" or "1500" depending on the language;
a separator followed by exactly three digits is taken as a thousands separator
("1.500" is 1500 in Italian and German, and an English writer would not write 1.5
as "1.500"), any other as the decimal mark ("1,5" and "1.5" are 1.5). Numbers
under 10 are left out: they are in every article and prove nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?![\w]|[.,]\d)"
                     r"|(?<![\w.,])\d+(?:[.,]\d+)?(?![\w]|[.,]\d)")


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def shingles(text: str, n: int = 3) -> set[str]:
    """Word n-grams: a copy with a few words changed keeps most of them."""
    tokens = words(text)
    if len(tokens) < n:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def normalise_number(raw: str) -> str | None:
    digits = raw.replace("\u00a0", " ").replace("\u202f", " ")
    groups = re.split(r"[., ]", digits)
    seps = re.findall(r"[., ]", digits)
    if not seps:
        whole, frac = groups[0], ""
    elif len(groups[-1]) == 3 and len(set(seps)) == 1:
        whole, frac = "".join(groups), ""          # "1.500", "1,500,000", "1 500"
    else:
        whole, frac = "".join(groups[:-1]), groups[-1]   # "1,5", "2.75", "1.500,25"
    whole = whole.lstrip("0") or "0"
    frac = frac.rstrip("0")
    value = f"{whole}.{frac}" if frac else whole
    if not frac and len(whole) == 1:
        return None                                 # 0-9: too common to be evidence
    return value


def numbers(text: str) -> dict[str, str]:
    """Normalised number -> the first way it was written."""
    out: dict[str, str] = {}
    for match in _NUMBER.finditer(text):
        value = normalise_number(match.group())
        if value is not None:
            out.setdefault(value, match.group())
    return out


@lru_cache(maxsize=64)
def _month_pattern(language: str) -> tuple[re.Pattern, dict[str, int]] | None:
    """Day-month dates in ``language`` from CLDR month names (babel ships them)."""
    try:
        from babel import Locale
        locale = Locale.parse(language)
    except Exception:          # unknown locale: no dates for it, numbers still count
        return None
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for month, name in locale.months[context][width].items():
                names.setdefault(name.casefold().rstrip("."), month)
    alternation = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    pattern = re.compile(rf"\b(\d{{1,2}})(?:\.|º|er|st|nd|rd|th)?\s+(?:de\s+)?({alternation})\b"
                         rf"|\b({alternation})\s+(\d{{1,2}})\b", re.IGNORECASE)
    return pattern, names


def dates(text: str, language: str | None) -> dict[str, str]:
    """'MM-DD' -> as written, for "12 marzo", "12. März", "March 12", "12 de marzo"."""
    found = _month_pattern(language) if language else None
    if found is None:
        return {}
    pattern, names = found
    out: dict[str, str] = {}
    for m in pattern.finditer(text):
        day, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        month = names.get(name.casefold().rstrip("."))
        if month and 1 <= int(day) <= 31:
            out.setdefault(f"{month:02d}-{int(day):02d}", m.group())
    return out
