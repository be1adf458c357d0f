"""Anachronisms: a state or body that no longer exists, named as a present-day actor.

Careless translation turns "Russia" into "the Soviet Union" and "Germany" into
"East Germany"; a reader of a 2024 article about the war in Ukraine should be
told that the Soviet Union it names ended in 1991.

A mention is flagged when three things hold:
- the article was written after the body ceased to exist: its publication date
  (page metadata, dateline) or, lacking one, the latest year or dated event it
  mentions (a text that names the year 2000 or Brexit was written then or later);
- nothing right before the name makes it past ("the former", "l'ex", "бывший"),
  nor a ruler's possessive ("Titova Jugoslavija": ``possessive_endings``), and
  nothing right after it names its successor ("Sovjetska zveza oziroma Rusija",
  "e poi la Russia": ``after``);
- its sentence holds no past marker: no year up to the body's last one, no
  words such as "collapse", "century", "era", or past-tense "was", nor a
  ``past_patterns`` match (a decade, "v 80. letih"), nor a verb of narrated history
  (``past_tense``: Italian "guidò") unless the sentence names a later event.

The bodies and their years are in ``historical_states.toml`` next to this
module; their names and the marker words in each language are in the
``[anachronisms]`` section of ``cronaca/languages/<code>.toml``.
"""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from importlib import resources

from cronaca import languages
from cronaca.article import Article, Diagnostic

KIND = "anachronism"
_YEAR = re.compile(r"(?<![\d.,/-])(1[89]\d\d|20\d\d)(?![\d.,/-]?\d)")
_WORD = re.compile(r"\w+")
_META = ("former", "past", "events", "past_patterns", "past_tense", "after", "possessive_endings")
AFTER = 2              # words right after the name that may name its successor


@dataclass(frozen=True)
class Body:
    key: str
    name: str
    since: int
    until: int
    now: str


@dataclass(frozen=True)
class Dating:
    year: int                  # the article was written in this year or later
    how: str                   # where the year comes from, for the evidence
    exact: bool                # a publication date, not a lower bound


@functools.cache
def _reference() -> tuple[dict[str, Body], dict[str, int]]:
    raw = tomllib.loads(resources.files(__package__).joinpath("historical_states.toml")
                        .read_text("utf-8"))
    events = {name: int(year) for name, year in raw.pop("events", {}).items()}
    bodies = {key: Body(key, v["name"], v["since"], v["until"], v["now"])
              for key, v in raw.items()}
    return bodies, events


def _pattern(entry: str, title_case: bool) -> str:
    """One name as written; a trailing '-' matches any ending, words may be capitalised."""
    parts = []
    for word in entry.split():
        stem, open_end = (word[:-1], True) if word.endswith("-") and len(word) > 1 else (word, False)
        piece = re.escape(stem)
        if title_case and stem[:1].islower():
            piece = f"[{stem[0]}{stem[0].upper()}]" + re.escape(stem[1:])
        parts.append(piece + (r"\w*" if open_end else ""))
    return r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)"


def _alternatives(entries, title_case: bool, flags: int = 0) -> re.Pattern | None:
    entries = [e for e in entries if e.strip()]
    if not entries:
        return None
    return re.compile("|".join(_pattern(e, title_case) for e in entries), flags)


@dataclass(frozen=True)
class _Lexicon:
    names: dict[str, re.Pattern]
    former: re.Pattern | None
    past: re.Pattern | None
    events: tuple[tuple[re.Pattern, int, str], ...]
    after: re.Pattern | None = None                # "Sovjetska zveza in kasneje Rusija"
    possessive: tuple[str, ...] = ()               # "Titova Jugoslavija": the state of a past ruler
    tense: re.Pattern | None = None                # "guidò": past only where nothing is of today


@functools.cache
def _lexicon(code: str) -> _Lexicon:
    section = languages.get(code).section("anachronisms")
    bodies, shared_events = _reference()
    names = {key: p for key in bodies
             if (p := _alternatives(section.get(key, ()), title_case=True)) is not None}
    events = [(re.compile(_pattern(name, False)), year, name)
              for name, year in shared_events.items()]
    for entry in section.get("events", ()):
        year, _, phrase = entry.partition(":")
        events.append((re.compile(_pattern(phrase.strip(), False), re.IGNORECASE),
                       int(year), phrase.strip()))
    past = [_pattern(p, False) for p in section.get("past", ()) if p.strip()]
    past += list(section.get("past_patterns", ()))
    return _Lexicon(names, _alternatives(section.get("former", ()), False, re.IGNORECASE),
                    re.compile("|".join(past), re.IGNORECASE) if past else None, tuple(events),
                    _alternatives(section.get("after", ()), False, re.IGNORECASE),
                    tuple(section.get("possessive_endings", ())),
                    _any(section.get("past_tense", ())))


def _any(patterns) -> re.Pattern | None:
    return re.compile("|".join(patterns), re.IGNORECASE) if patterns else None


def dating(article: Article, lex: _Lexicon | None = None) -> Dating | None:
    """When the article was written: its date, or the latest year or event it names."""
    published = article.metadata.published or ""
    if m := re.match(r"(\d{4})", published):
        where = article.metadata.origin.get("published", "page metadata").split(":")[0]
        return Dating(int(m.group(1)), f"its publication date {published[:10]} ({where})", True)
    lex = lex or _lexicon(article.language or "")
    this_year = date.today().year
    found: list[tuple[int, str]] = [(int(y), f"it mentions the year {y}")
                                    for y in _YEAR.findall(article.text) if int(y) <= this_year]
    for pattern, year, name in lex.events:
        if pattern.search(article.text):
            found.append((year, f"it mentions {name!r}, which dates it to {year} or later"))
    if not found:
        return None
    year, how = max(found)
    return Dating(year, how, False)


def find_anachronisms(article: Article) -> list[Diagnostic]:
    lex = _lexicon(article.language or "")
    bodies, _ = _reference()
    hits = [(m, bodies[key]) for key, pattern in lex.names.items()
            for m in pattern.finditer(article.text)]
    when = dating(article, lex) if hits else None
    if when is None:                        # undated: nothing can be out of its time
        return []
    out = [_diagnostic(m, body, when) for m, body in hits
           if when.year > body.until and not _marked_past(article, m.start(), m.end(), body, lex)]
    return sorted(out, key=lambda d: d.start)


def _marked_past(article: Article, start: int, end: int, body: Body, lex: _Lexicon) -> bool:
    before = _WORD.findall(article.text[max(0, start - 40):start])[-2:]
    if lex.former and any(lex.former.fullmatch(word) for word in before):
        return True
    if before and _ruler(before[-1], article.language or "", lex):
        return True
    after = _WORD.findall(article.text[end:end + 40])[:AFTER]
    if lex.after and any(lex.after.fullmatch(word) for word in after):
        return True
    lo, hi = _sentence(article, start, end)
    sentence = article.text[lo:hi]
    if any(int(y) <= body.until for y in _YEAR.findall(sentence)):
        return True
    if lex.past and lex.past.search(sentence):
        return True
    return bool(lex.tense and lex.tense.search(sentence)) and not _of_today(sentence, body, lex)


def _of_today(sentence: str, body: Body, lex: _Lexicon) -> bool:
    """A dated event after the body's end in the sentence ("la guerra in Ucraina"); a year
    is not enough ("Nel 2021 è uscito un libro: Brežnev guidò l'Unione Sovietica")."""
    return any(year > body.until and p.search(sentence) for p, year, _ in lex.events)


def _ruler(word: str, lang: str, lex: _Lexicon) -> bool:
    """A possessive adjective of a person's name ("Titove", "Miloševićeve"): capitalised, with a
    possessive ending of the language, and no word in lower case ("Nove" is "new")."""
    if not (lex.possessive and word[:1].isupper() and word[1:].islower()
            and word.casefold().endswith(lex.possessive)):
        return False
    from cronaca.diagnostics.derivation import proper_name
    return proper_name(word.casefold(), lang)


def _sentence(article: Article, start: int, end: int) -> tuple[int, int]:
    for s in article.sentences:
        if s.start <= start and end <= s.end:
            return s.start, s.end
    lo = max(article.text.rfind(".", 0, start), article.text.rfind("\n", 0, start)) + 1
    hi = min((i for i in (article.text.find(".", end), article.text.find("\n", end)) if i >= 0),
             default=len(article.text))
    return lo, hi


def _diagnostic(m: re.Match, body: Body, when: Dating) -> Diagnostic:
    evidence = (f"{m.group()!r} names {body.name}, which existed {body.since}-{body.until} "
                f"(now {body.now}), as a present-day actor; the article was written in "
                f"{when.year}{'' if when.exact else ' or later'}: {when.how}")
    return Diagnostic(m.start(), m.end(), m.group(), KIND, evidence, 0.8 if when.exact else 0.7)
