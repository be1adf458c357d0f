"""Publication dates written in the text of a scraped page.

HTML pages get their date from markup (htmldate); a page scraped as text
only has what a reader sees: "Publié le 3 février 2026", "VIENNA, 14 marzo
2026 -", "Updated March 4, 2026". Month names in every language come from
CLDR (Babel), in both the stand-alone and the genitive form ("marzec" and
"marca").
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

# A dateline opens its paragraph: "ROMA, 3 marzo 2026 -", "3 marzo 2026 -".
_DATELINE_HEAD = re.compile(r"^(?:[^\W\d_][^\W\d_ .'-]*(?:[ .'-][^\W\d_]+){0,3},\s*)?$")
MIN_YEAR = 1990

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:\.|º|er|st|nd|rd|th)?\s+([^\W\d_]+)\.?,?\s+(\d{4})\b")
_MONTH_DAY = re.compile(r"\b([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


@lru_cache(maxsize=64)
def month_numbers(language: str) -> dict[str, int]:
    """Lower-cased month names and abbreviations (no final dot) -> 1..12."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_month_names
    try:
        Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return {}
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, language).items():
                names.setdefault(name.lower().rstrip("."), number)
    return names


def find_date(text: str, language: str | None) -> str | None:
    """The first plausible date in ``text`` as YYYY-MM-DD, or None."""
    found = _first_date(text, language)
    return found[1] if found else None


def _first_date(text: str, language: str | None) -> tuple[int, str] | None:
    months = month_numbers(language or "en") or month_numbers("en")
    candidates = []
    for m in _ISO.finditer(text):
        candidates.append((m.start(), _valid(m[1], m[2], m[3])))
    for m in _NUMERIC.finditer(text):
        day, month = (m[2], m[1]) if language == "en" else (m[1], m[2])
        candidates.append((m.start(), _valid(m[3], month, day) or _valid(m[3], day, month)))
    for m in _DAY_MONTH.finditer(text):
        candidates.append((m.start(), _valid(m[3], months.get(m[2].lower()), m[1])))
    for m in _MONTH_DAY.finditer(text):
        candidates.append((m.start(), _valid(m[3], months.get(m[1].lower()), m[2])))
    found = sorted((pos, date) for pos, date in candidates if date)
    return found[0] if found else None


def find_published(datelines: list[str], paragraphs: list[str],
                   language: str | None) -> tuple[str | None, str | None]:
    """(date, where it came from): dateline and byline lines first, then the head
    of the first paragraphs ("ROMA, 3 marzo 2026 - ...")."""
    for line in datelines:
        date = find_date(line, language)
        if date:
            return date, f"dateline: {line[:60]}"
    for para in paragraphs[:3]:
        found = _first_date(para[:80], language)
        if found and _DATELINE_HEAD.match(para[:found[0]]):
            return found[1], f"paragraph opening: {para[:40]}"
    return None, None


def _valid(year, month, day) -> str | None:
    try:
        date = dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None
    if not MIN_YEAR <= date.year <= dt.date.today().year + 1:
        return None
    return date.isoformat()
