"""``non_word``: a word that exists in no word list of the document's language.

Careless machine translation coins words ("fiorentezza", "invitazione",
"militaro-tecnica"). We judge only lower-case prose words of at least
MIN_LETTERS letters, in sentences of the document's language: capitalised
words are names or, in German, nouns that compound freely; masked tokens
(numbers, URLs, handles) are not words. A hyphenated or elided word is judged
by its parts ("militaro-tecnica": "militaro" is unknown, "tecnica" is fine).
Quoted words are judged like the rest: a translated quote is translated text
("fase di fiorentezza" is inside quotation marks); a quote left in the
original language is mostly common words of that language, which ``known``
accepts (see BORROWED_ZIPF there).
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator

from cronaca.article import Diagnostic
from cronaca.diagnostics import hunspell
from cronaca.diagnostics.context import Context, Word
from cronaca.diagnostics.derivation import explained, name_stems
from cronaca.diagnostics.lexicon import _by_initial, in_wordfreq, known, suggest, usable
from cronaca.diagnostics.lost import find_lost
from cronaca.diagnostics.names import language_name
from cronaca.diagnostics.traces import LOOKALIKES, script

MIN_LETTERS = 4
MAX_LETTERS = 40             # longer runs of letters are junk (a pasted blob), and slow to look up
_PARTS = re.compile(r"[-‐'’]")
_CUTS = (" ", "...", "…", "\ufeff ")      # what scraped text leaves inside a word
SEVERITY_CONFIRMED = 0.6     # Hunspell was asked and does not know it either
SEVERITY_UNCONFIRMED = 0.45  # no Hunspell dictionary: rare real words slip in more often
SEVERITY_TYPO = 0.3          # one letter away from a frequent word: a slip of the keyboard


STEM = 7                     # words sharing their first STEM letters are one coinage


def find_non_words(ctx: Context) -> Iterator[Diagnostic]:
    if not usable(ctx.lang) or not _judgeable(ctx.lang):
        return
    sentences = ctx.article.sentences
    main = _main_script(ctx)
    # Entity mentions only: a capitalised word in a title ("Avoiding") is no name to derive from.
    names = name_stems(part for e in ctx.article.entities for m in e.mentions if m.kind == "name"
                       for part in _name_parts(m.text))
    found = []
    for n, word in enumerate(ctx.words):
        if word.masked or word.name or not word.text[:1].islower() or script(word.text[0]) != main:
            continue                 # a Latin word in a Russian text is foreign or code, not Russian
        if _homoglyph_of_a_word(word.text, ctx.lang):
            continue                 # "осъденa" (Latin a): one fault, mixed_script says it
        lang = sentences[word.sentence].language
        if lang and lang != ctx.lang:
            continue
        unknown = [p for p in unknown_parts(word, ctx.lang) if not explained(p, ctx.lang, names)]
        if unknown and not _broken(ctx, n) and not _name_tail(ctx, n):
            found.append((word, unknown))
    lost, restored = find_lost([w for w, u in found if u == [w.text]], ctx.lang, ctx.article.text)
    yield from lost
    found = [(w, u) for w, u in found if w.start not in restored]
    # A coinage the author uses several times ("foodblogger", "foodblogera") is deliberate
    # vocabulary; a careless translation's coinage appears once.
    stems = Counter(w.text.casefold()[:STEM] for w, _ in found)
    for word, unknown in found:
        if stems[word.text.casefold()[:STEM]] == 1:
            yield _diagnostic(word, unknown, ctx.lang)


def _name_parts(name: str) -> list[str]:
    """Each word of a name, and the name written as one word when it has several: "Норд Стрим"
    gives "нордстрим|ни" as well."""
    parts = _PARTS.sub(" ", name).split()
    return parts + ["".join(parts)] if len(parts) > 1 else parts


def _homoglyph_of_a_word(text: str, lang: str) -> bool:
    scripts = Counter(script(c) for c in text if script(c))
    if len(scripts) < 2:
        return False
    main = scripts.most_common(1)[0][0]
    return known("".join(c if script(c) == main else LOOKALIKES.get(c, c) for c in text), lang)


def _broken(ctx: Context, n: int) -> bool:
    """A known word cut by the layout, not coined: hyphenated at a line end ("висві-тлюють",
    from a PDF), split by a stray space ("otro k") or by a cut-off mark ("Єв...ропейської"),
    or cut short by a headline's ellipsis ("без компром..."). The fault is the copy's."""
    word, text = ctx.words[n], ctx.article.text
    if _PARTS.search(word.text) and known(_PARTS.sub("", word.text), ctx.lang):
        return True
    if text.startswith(("...", "…"), word.end) and _starts_a_word(word.text, ctx.lang):
        return True
    for a, b in ((n - 1, n), (n, n + 1)):
        if 0 <= a and b < len(ctx.words) and text[ctx.words[a].end:ctx.words[b].start] in _CUTS \
                and in_wordfreq(ctx.words[a].text + ctx.words[b].text, ctx.lang):
            return True
    return False


def _starts_a_word(part: str, lang: str) -> bool:
    low = part.casefold()
    return any(w.startswith(low) for w in _by_initial(lang).get(low[:2], ()))


def _name_tail(ctx: Context, n: int) -> bool:
    """Bulgarian writes a transliterated foreign name with one capital: "Прес асосиейшън",
    "Бритиш еъруейз" (``name_tails`` in the language's flags). A lower-case word right after a
    name word continues the name, unless it is one slip away from a known word ("Дейли прзидента")."""
    if n == 0 or "name_tails" not in _flags(ctx.lang):
        return False
    before, word = ctx.words[n - 1], ctx.words[n]
    return (before.name and before.text[:1].isupper() and before.sentence == word.sentence
            and ctx.article.text[before.end:word.start] == " " and not _typo(word.text, ctx.lang))


def _typo(word: str, lang: str) -> bool:
    guess = suggest(word, lang)
    return guess is not None and _one_edit(word.casefold(), guess)


@functools.cache
def _flags(lang: str) -> frozenset[str]:
    from cronaca import languages
    return frozenset(languages.get(lang).section("diagnostics").get("flags", ()))


@functools.cache
def _judgeable(lang: str) -> bool:
    """Only a large word list (wordfreq's 'large' ones) or a Hunspell dictionary knows
    enough of a language's words: with wordfreq's small list alone, every tenth rare
    word of clean Slovak or Indonesian news looked unknown (10 false warnings per
    1,000 words), so such languages get no non-word check rather than noise."""
    from wordfreq import available_languages
    return lang in available_languages("large") or hunspell.find(lang) is not None


def _main_script(ctx: Context) -> str | None:
    scripts = Counter(script(w.text[0]) for w in ctx.words[:200] if not w.masked)
    return scripts.most_common(1)[0][0] if scripts else None


def unknown_parts(word: Word, lang: str) -> list[str]:
    """The parts of the word that no source knows; empty when the word is fine."""
    if not MIN_LETTERS <= len(word.text) <= MAX_LETTERS or known(word.text, lang):
        return []
    parts = [p for p in _PARTS.split(word.text) if len(p) >= 3] if _PARTS.search(word.text) else [word.text]
    return [p for p in parts if len(p) >= MIN_LETTERS - 1 and not known(p, lang)]


def _diagnostic(word: Word, unknown: list[str], lang: str) -> Diagnostic:
    confirmed = hunspell.dictionary(lang) is not None
    sources = "wordfreq, simplemma" + (", Hunspell" if confirmed else "")
    part = unknown[0]
    what = f"'{word.text}'" if part == word.text else f"'{part}' (in '{word.text}')"
    evidence = f"{what} is in no {language_name(lang)} word list ({sources})"
    guess = suggest(part, lang)
    typo = guess is not None and _one_edit(part.casefold(), guess)
    evidence += (f"; a typo for '{guess}'?" if typo else f"; perhaps '{guess}'.") if guess else "."
    severity = SEVERITY_TYPO if typo else SEVERITY_CONFIRMED if confirmed else SEVERITY_UNCONFIRMED
    return Diagnostic(word.start, word.end, word.text, "non_word", evidence, severity)


def _one_edit(a: str, b: str) -> bool:
    """A slip of the keyboard: a letter dropped or doubled, two neighbours swapped.

    A changed letter is not counted: "militaro" for "militare" is how careless
    translation coins words, and so is a letter added inside a stem.
    """
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) == len(b) + 1:   # a doubled letter
        return any(a[i] == a[i - 1] and a[:i] + a[i + 1:] == b for i in range(1, len(a)))
    if len(a) + 1 == len(b):   # a dropped letter
        return any(b[:i] + b[i + 1:] == a for i in range(len(b)))
    return False
