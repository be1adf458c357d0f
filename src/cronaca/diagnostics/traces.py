"""Cheap traces of unattended processing: doubled words, mixed scripts, markup, language switches."""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator

from cronaca.article import Diagnostic
from cronaca.diagnostics.context import Context
from cronaca.diagnostics.lexicon import lexicon, usable, zipf
from cronaca.diagnostics.names import language_name

_MARKUP = re.compile(
    r"\{\{\s*[\w.]+\s*\}\}|\{%.*?%\}|\[(?:TRANSLAT\w*|TODO|TBD|INSERT\w*|PLACEHOLDER|CITATION NEEDED)[^\]]*\]"
    r"|</?(?:p|div|span|br|a|b|i|em|strong|img|li|ul|h[1-6])\b[^<>\n]{0,200}>|&(?:nbsp|amp|quot|lt|gt|#\d+);"
    r"|%\(\w+\)s|\$\{\w+\}", re.IGNORECASE)
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
SYSTEMATIC, SEVERITY_HABIT = 3, 0.3
JOIN = 2                   # "Утро|News": two words glued, not a look-alike letter
_HYPHENS = re.compile(r"[-‐]")
# Latin and Cyrillic letters that look the same, both ways.
_PAIRS = dict(zip("aeopcxyiAEOPCXBHKMTI", "аеорсхуіАЕОРСХВНКМТІ"))
LOOKALIKES = _PAIRS | {v: k for k, v in _PAIRS.items()}
_ROMAN = frozenset("IVXLCDM" + "\u0406\u0425\u0421\u041c")   # and Cyrillic І, Х, С, М


SHORT, FUNCTION_ZIPF = 3, 5.3    # a function word, where no list of idioms is known
RARE_HERE = 3.0                  # "aye" (2.5 in Italian, 3.9 in English)


def _foreign_word(word: str, lang: str) -> bool:
    """A word of another language, rare in this one: its doubling is that language's idiom."""
    from cronaca.diagnostics.foreign import lean
    # (without a word list of its own, every word of the language would look rare: Croatian "i i")
    return usable(lang) and zipf(word, lang) < RARE_HERE and lean(word, lang)[0] is not None


def find_doubled(ctx: Context) -> Iterator[Diagnostic]:
    """ "the the", "governo governo": a lower-case word twice in a row, unless listed as fine.

    Edited news almost never repeats a lower-case word of four letters or more (0 to
    0.01 per 1,000 words in the corpora of ``eval diagnostics``, real slips among them);
    reduplication as idiom ("piano piano", "very very", "blah blah") is listed per
    language in ``doubled_ok``, and capitalised repeats are names ("Walla Walla"). In a
    language without a ``[diagnostics]`` section nothing is listed, and some repeat
    words as grammar (Indonesian "amat amat"): there only a short or very common word
    counts ("je je", "i i").
    """
    lex = lexicon(ctx.lang)
    text = ctx.article.text
    for a, b in zip(ctx.words, ctx.words[1:]):
        same = a.text == b.text and a.sentence == b.sentence and a.text.islower()
        if not same or text[a.end:b.start] != " " or a.masked or a.text in lex.doubled_ok:
            continue
        if not lex.described and len(a.text) > SHORT and zipf(a.text, ctx.lang) < FUNCTION_ZIPF:
            continue
        if _foreign_word(a.text, ctx.lang):
            continue             # "aye aye", "bye bye": another language's idiom, quoted or not
        yield Diagnostic(a.start, b.end, text[a.start:b.end], "doubled_word",
                         f"'{a.text}' is written twice in a row.", 0.3)


@functools.lru_cache(maxsize=4096)
def script(char: str) -> str | None:
    name = unicodedata.name(char, "")
    return next((s for s in _SCRIPTS if name.startswith(s)), None)


def find_mixed_script(ctx: Context) -> Iterator[Diagnostic]:
    """A word mixing Latin, Cyrillic or Greek letters: homoglyphs ("Рutin" with a Cyrillic Р).

    Roman numerals typed with look-alikes ("ХVІ") are left alone, and so are words whose
    alphabets meet only at a hyphen ("Brexit-ю", "OMV-не") or in two runs of at least
    JOIN letters each ("УтроNews"): a look-alike letter is a run of one. When the same
    odd letters recur in SYSTEMATIC words or more (a Ukrainian site typing Latin
    "i" everywhere), the source has a habit, not a trick: one warning, low severity.
    """
    by_odd: dict[str, list] = {}
    for word in ctx.words:
        if word.text.isascii() or word.masked or _roman(word.text):
            continue
        scripts = {s for s in map(script, word.text) if s}
        if len(scripts) >= 2 and any(_mixed(part) for part in _HYPHENS.split(word.text)):
            by_odd.setdefault(_minority(word.text), []).append((word, scripts))
    for odd, hits in by_odd.items():
        if len(hits) >= SYSTEMATIC:
            word, scripts = hits[0]
            yield Diagnostic(word.start, word.end, word.text, "mixed_script",
                             f"{len(hits)} words mix {' and '.join(sorted(s.title() for s in scripts))} "
                             f"letters ({odd}; first '{word.text}'): the source types look-alike "
                             "letters of the other alphabet as a habit.", SEVERITY_HABIT)
            continue
        for word, scripts in hits:
            yield Diagnostic(word.start, word.end, word.text, "mixed_script",
                             f"'{word.text}' mixes {' and '.join(sorted(s.title() for s in scripts))} "
                             f"letters ({odd}), which look alike but are different characters.", 0.8)


def _mixed(part: str) -> bool:
    """Two alphabets in one part, other than as two runs of at least JOIN letters."""
    runs = [len(list(g)) for _, g in itertools.groupby(s for s in map(script, part) if s)]
    return len(runs) >= 2 and not _roman(part) and not (len(runs) == 2 and min(runs) >= JOIN)


def _roman(word: str) -> bool:
    return all(c in _ROMAN for c in word)


def _minority(word: str) -> str:
    counts: dict[str, list[str]] = {}
    for c in word:
        if script(c):
            counts.setdefault(script(c), []).append(c)
    fewest = min(counts.values(), key=len)
    return ", ".join(f"'{c}' is {script(c).title()}" for c in dict.fromkeys(fewest))


def find_markup(ctx: Context) -> Iterator[Diagnostic]:
    """Template placeholders, translation markers, HTML tags or entities left in the text."""
    text = ctx.article.text
    for m in _MARKUP.finditer(text):
        yield Diagnostic(m.start(), m.end(), m.group(), "leftover_markup",
                         f"'{m.group()}' is markup or a placeholder, not prose: "
                         "the text was pasted without being read.", 0.6)


def find_language_switch(ctx: Context) -> Iterator[Diagnostic]:
    """A sentence confidently in another language than its neighbours, not quoted.

    A run of sentences in one other language is a passage quoted in the original
    (often with its translation next to it), not a slip: only a lone sentence counts. So is
    a sentence mostly quoted, made of names, or inside an embedded post (masked words).
    """
    art = ctx.article
    quoted = [0] * len(art.sentences)
    total = [0] * len(art.sentences)
    for w in ctx.words:
        total[w.sentence] += 1
        quoted[w.sentence] += w.quoted or w.name or w.masked   # masked: an embedded post
    for n, s in enumerate(art.sentences):
        if not s.language or s.language == ctx.lang or quoted[n] * 2 >= total[n]:
            continue
        near = art.sentences[max(0, n - 1):n] + art.sentences[n + 1:n + 2]
        if any(x.language == s.language for x in near):
            continue
        text = art.text[s.start:s.end]
        yield Diagnostic(s.start, s.end, text, "language_switch",
                         f"This sentence is in {language_name(s.language)}, the rest of the "
                         f"text in {language_name(ctx.lang)}.", 0.4)
