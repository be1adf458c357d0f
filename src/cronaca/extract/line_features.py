"""What one line of a scraped page looks like, before its neighbours are considered.

Pure functions of a single line and the page's language data: word and
stopword counts, final punctuation, menu separators, and which boilerplate
phrase list (if any) the line matches. ``cronaca.extract.lines`` combines
these with position and repetition.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from cronaca import languages
from cronaca.languages import Boilerplate, LanguageData, common, normalise

MENU_ITEM_WORDS = 4        # menu items and breadcrumbs are a few words each
LANGUAGE_SWITCH = 1.5      # how much more of the page another language must cover
MIN_DETECT_CHARS = 40      # below this py3langid guesses are noise
DETECT_CHARS = 20_000      # a sample this long decides as well as the whole page

# Characters that end a sentence, once closing quotes and brackets are stripped.
_SENTENCE_END = ".!?…。！？"
_CLOSERS = "\"'”’»)]›」』"
# Menu and breadcrumb separators: "Home | News | Sport", "Home › World".
# "»" is only a separator when the line has no "«" (it is a quote mark in de/fr/ru).
# A slash is not one: "Koch / Köchin" is prose.
_SEPARATORS = re.compile(r"\s[|›•·→>]\s|\|+| » ")
# Table and wiki-diff markup around a cell's text: "||", "|−|", "|+|".
_EDGE_PIPES = re.compile(r"^(?:\s*\|[−+-]?)+\|?|(?:\|\s*)+$")
# "read more »", "Next ›": a line ending in an arrow is a link.
_LINK_ARROW = re.compile(r"(?:[»›→]|>>)\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•–—▪►·]|\d{1,2}[.)])\s+")
_TRUNCATED = re.compile(r"(?:\.\.\.|…|\[\.\.\.\]|\[…\])\s*[\"”’»)]?\s*$")
# "©" after "Ã" or "Â" is mojibake of "é"/"©" in UTF-8 read as Latin-1, not a notice.
_COPYRIGHT_MARK = re.compile(r"^\W*(?:©|\(c\)\s|copyright\b)|(?<![ÃÂ])©\s*(?:\d|[A-Z])", re.IGNORECASE)
_TOKEN_PUNCT = ".,;:!?\"'()«»„“”"
_BRACKETED = re.compile(r"\[[^\]]*\]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_DIGIT = re.compile(r"\d")
# "3", "1st", "18h42" (French times), "9h"
_NUMERIC = re.compile(r"^\d+(?:st|nd|rd|th|h|r|h\d\d)?$")


@dataclass(frozen=True)
class LineFeatures:
    text: str            # the line, stripped
    norm: str            # normalised for matching (see cronaca.languages.normalise)
    words: int
    stopwords: int       # words found in the jusText stoplist
    sentence_end: bool   # ends like a sentence (., !, ?, … possibly inside quotes)
    truncated: bool      # ends with "..." or "…": a cut-off teaser, or a forum title
    separators: int      # menu / breadcrumb separators between short items
    link: bool           # ends in a link arrow: "read more »", "Next ›"
    bullet: bool         # starts like a list item ("- ", "• ", "3. ")
    phrase: str | None   # reason when a boilerplate phrase matched

    @property
    def empty(self) -> bool:
        return not self.norm

    @property
    def density(self) -> float:
        return self.stopwords / self.words if self.words else 0.0


@dataclass(frozen=True)
class Phrases:
    """The phrase data one page is matched against: its language plus common.toml."""
    boilerplate: Boilerplate
    date_words: frozenset[str]
    months: frozenset[str]
    stopwords: frozenset[str]
    language: str | None       # ISO code, None when unknown

    @classmethod
    def of(cls, data: LanguageData) -> "Phrases":
        return _phrases_of(data.code)

    @classmethod
    def for_page(cls, lines: list[str], language: str | None) -> "Phrases":
        return cls.of(page_language(lines, language))


def page_language(lines: list[str], language: str | None) -> LanguageData:
    """The language data to judge a page with: the stated language, checked.

    A page filed under one language is sometimes written in another (an
    English forum thread on a German site). When the detected language's
    stopwords cover clearly more of the page than the stated one's, the
    detected one wins, or every line would look like non-prose.
    """
    detected = languages.get(detect_language("\n".join(lines)))
    if not language:
        return detected
    stated = languages.get(language)
    if detected.code == stated.code:
        return stated
    # Stoplists share words (every Wikipedia quotes English), so coverage
    # is compared, not tested against a fixed level.
    words = " ".join(lines).lower().split()
    cover = lambda data: sum(w in data.stopwords for w in words)  # noqa: E731
    return detected if cover(detected) > LANGUAGE_SWITCH * cover(stated) else stated


def detect_language(text: str) -> str | None:
    """ISO 639-1 code by py3langid, or None for too little text."""
    if len(text.strip()) < MIN_DETECT_CHARS:
        return None
    from cronaca.langid import identify   # loads the model on first use
    return identify(text[:DETECT_CHARS])[0]


@functools.lru_cache(maxsize=None)
def _phrases_of(code: str) -> Phrases:
    data = languages.get(code)
    dates = data.section("dates")
    months = _tokens(dates.get("months", ()))
    others = _tokens(dates.get("weekdays", ())) | _tokens(dates.get("words", ()))
    return Phrases(data.boilerplate.merged(common()), months | others, months, data.stopwords,
                   code if code != "und" else None)


def _tokens(phrases: list[str]) -> frozenset[str]:
    return frozenset(t for p in phrases for t in normalise(p).split())


def line_features(line: str, phrases: Phrases) -> LineFeatures:
    text = line.strip()
    norm = normalise(text)
    tokens = text.lower().split()
    stop = sum(1 for t in tokens
               if t in phrases.stopwords or t.strip(_TOKEN_PUNCT) in phrases.stopwords)
    core = text.rstrip(_CLOSERS + " ")
    # "[edit | edit source]" after a wiki heading is one link group, not a menu.
    seps = _separators(_BRACKETED.sub(" ", _EDGE_PIPES.sub("", text)))
    # Chinese and Japanese write no spaces: count about two characters a word.
    words = max(len(tokens), len(_CJK.findall(text)) // 2)
    base = LineFeatures(text, norm, words, stop, bool(core) and core[-1] in _SENTENCE_END,
                        bool(_TRUNCATED.search(text)), seps,
                        bool(_LINK_ARROW.search(text)) and "«" not in text,
                        bool(_BULLET.match(text)), None)
    if not norm:
        return base
    return LineFeatures(**{**base.__dict__, "phrase": phrase_reason(base, phrases)})


def _separators(text: str) -> int:
    """Separators between menu items; 0 when the pieces are too long to be items."""
    pattern = _SEPARATORS if "«" not in text else re.compile(r"\|+")
    pieces = [p for p in pattern.split(text) if p.strip()]
    words = sum(len(p.split()) for p in pieces)
    return len(pieces) - 1 if len(pieces) > 1 and words / len(pieces) <= MENU_ITEM_WORDS else 0


def phrase_reason(f: LineFeatures, phrases: Phrases) -> str | None:
    """The reason a listed phrase gives for removing the line, or None."""
    bp = phrases.boilerplate
    first = f.norm.split()
    heads = {" ".join(first[:k]) for k in range(1, min(len(first), bp.longest_prefix) + 1)}
    if f.norm in bp.skip_links:
        return "skip link"
    if f.words <= 30 and (_COPYRIGHT_MARK.search(f.text) or _contains(f.norm, bp.copyright)):
        return "copyright"
    if f.norm in bp.exact or (f.words <= 60 and heads & bp.prefixes):
        return "boilerplate phrase"
    if _is_credit(f, heads & bp.photo_credits):
        return "photo credit"
    if _is_byline(f, heads & bp.bylines):
        return "byline"
    if _is_dateline(f, phrases):
        return "dateline"
    return None


def _contains(norm: str, phrases: frozenset[str]) -> bool:
    padded = f" {norm} "
    return any(f" {p} " in padded for p in phrases)


def _is_credit(f: LineFeatures, heads: set[str]) -> bool:
    # "Foto: Ansa", "(Photo: Reuters)" - the credit word must be followed by a
    # colon, or the whole line must be a few words, so that body text opening
    # with "Photos released by..." stays.
    if not heads:
        return False
    after = f.text.lstrip("([ ")[len(max(heads, key=len)):].lstrip()
    return after.startswith((":", "/", "|", "©")) or (f.words <= 5 and not f.sentence_end)


def _is_byline(f: LineFeatures, heads: set[str]) -> bool:
    # "di Mario Rossi", "By Jane Doe and John Roe": a few words, capitalised names.
    if not heads or f.words > 8 or f.sentence_end:
        return False
    rest = f.text.split()[len(max(heads, key=len).split()):]
    return bool(rest) and sum(w[:1].isupper() for w in rest) >= len(rest) / 2


def _is_dateline(f: LineFeatures, phrases: Phrases) -> bool:
    # "12 giugno 2024, 09:41", "Updated: Monday 3 June 2024 at 10:15 BST".
    tokens = f.norm.split()
    if not tokens or len(tokens) > 20 or not (_DIGIT.search(f.norm) or set(tokens) & phrases.months):
        return False
    return all(_NUMERIC.match(t) or t in phrases.date_words for t in tokens)
