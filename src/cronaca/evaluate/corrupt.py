"""Inject traces of careless processing into clean text, to measure recall.

``corrupt(text, lang, per_kind, seed)`` returns the new text and the
(start, end, kind) span of every injected trace, in the new text. With the
same seed the same text gets the same corruptions. Kinds:

- ``non_word``: a lower-case word of at least 6 letters, mid-sentence, gets
  two inner letters swapped, a letter doubled, or a fake derivational suffix
  on its stem (the first two-thirds of the word + "ezza", "mento", "azione"...:
  the "fiorentezza" pattern); kept only if wordfreq knows no such word.
- ``foreign_fragment``: a phrase from the ``sample_phrases`` of one of the
  language's ``foreign_languages`` (languages/*.toml) inserted between words.
- ``mixed_script``: one letter swapped for its look-alike in the other
  alphabet (Latin "o" for Cyrillic "о", and back).
- ``doubled_word``: a word written twice. ``leftover_markup``: a placeholder or
  HTML entity inserted between words.
Traces go at least GAP characters apart, in words no other trace touches.
"""
from __future__ import annotations

import random
import re

from cronaca import languages
from cronaca.diagnostics.lexicon import lexicon, zipf

GAP = 40
_WORD = re.compile(r"(?<=[a-zà-ÿа-яё ])[^\W\d_]{6,}(?= [^\W\d_])")
_LATIN_CYRILLIC = dict(zip("aeopcxyiAEOPCXBHKMT", "аеорсхуіАЕОРСХВНКМТ"))
_SWAP = _LATIN_CYRILLIC | {v: k for k, v in _LATIN_CYRILLIC.items()}
# Endings that make a plausible-looking but unknown word; generic enough for Latin alphabets.
_SUFFIXES = ("ezza", "mento", "azione", "ità", "ismo", "ness", "ung", "ement", "ción", "ość", "ство")
_MARKUP = ("&nbsp;", "{{name}}", "[TRANSLATE]", "<br>", "&amp;")
KINDS = ("non_word", "foreign_fragment", "mixed_script", "doubled_word", "leftover_markup")


def corrupt(text: str, lang: str, per_kind: int = 1, seed: int = 0):
    rng = random.Random(seed)
    slots = [m for m in _WORD.finditer(text) if m.group()[:1].islower()]
    rng.shuffle(slots)
    edits, taken = [], []
    for kind in KINDS:
        made = 0
        for m in slots:
            if made >= per_kind:
                break
            if any(abs(m.start() - t) < GAP for t in taken):
                continue
            new = _make(kind, m.group(), lang, rng)
            if new is not None:
                edits.append((m.start(), m.end(), new, kind))
                taken.append(m.start())
                made += 1
    return _apply(text, edits)


def _make(kind: str, word: str, lang: str, rng: random.Random) -> tuple[str, int, int] | None:
    """(replacement of the word, start and end of the trace inside it) or None."""
    if kind == "non_word":
        for _ in range(5):
            fake = _garble(word, rng)
            if fake != word and zipf(fake, lang) == 0:
                return fake, 0, len(fake)
        return None
    if kind == "foreign_fragment":
        phrases = [p for f in lexicon(lang).foreign
                   for p in languages.get(f).section("diagnostics").get("sample_phrases", ())]
        if not phrases:
            return None
        phrase = rng.choice(phrases)
        return f"{word} {phrase}", len(word) + 1, len(word) + 1 + len(phrase)
    if kind == "mixed_script":
        spots = [i for i, c in enumerate(word) if c in _SWAP and i > 0]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[:i] + _SWAP[word[i]] + word[i + 1:], 0, len(word)
    if kind == "doubled_word":
        if word.casefold() in lexicon(lang).doubled_ok:
            return None
        return f"{word} {word}", 0, 2 * len(word) + 1
    mark = rng.choice(_MARKUP)
    return f"{word} {mark}", len(word) + 1, len(word) + 1 + len(mark)


def _garble(word: str, rng: random.Random) -> str:
    how = rng.randrange(3)
    if how == 0:
        i = rng.randrange(1, len(word) - 2)
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if how == 1:
        i = rng.randrange(1, len(word) - 1)
        return word[:i] + word[i] + word[i:]
    return word[:max(4, 2 * len(word) // 3)] + rng.choice(_SUFFIXES)


def _apply(text: str, edits: list) -> tuple[str, list[tuple[int, int, str]]]:
    out, spans, at, shift = [], [], 0, 0
    for start, end, (new, a, b), kind in sorted(edits):
        out.append(text[at:start])
        out.append(new)
        spans.append((start + shift + a, start + shift + b, kind))
        shift += len(new) - (end - start)
        at = end
    out.append(text[at:])
    return "".join(out), spans
