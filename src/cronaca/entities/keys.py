"""Cross-article keys: one string for the same entity in any language or script.

How a key is made (so that Путин, Putin, Poetin and Putina all give "putin"):
1. places: a country is ``iso:`` + its ISO 3166 code ("Russia", "Rosji", "russo" ->
   "iso:ru"); a gazetteer city is its English name ("Mosca", "Москва" -> "moscow").
2. every other name: each word is lemmatised with simplemma when the lemma is a
   proper noun ("Путина" -> "Путин"), transliterated to ASCII with anyascii
   (Cyrillic, Greek, diacritics), lowercased, then folded with a few spelling
   rules that differ between languages' transcriptions of the same sound
   (Dutch "oe" and French "ou" -> "u", "sch"/"sz" -> "sh", "w" -> "v", "y" -> "i",
   Russian "дж" -> "j",
   doubled letters -> one), so "Poetin" and "Putin" meet.
3. persons key on the surname (last word) plus the first letter of the first
   name when the article gives one: "Vladimir Putin" -> "putin v". Compare keys
   of persons by the surname part when one side has no initial ("putin").
East Asian names (family name first) and nicknames are not handled: "Kim Jong Un"
gives "un k", the same in every article that spells it that way, but a
transcription that differs in more than these rules (Ким Чен Ын) does not meet it.
"""
from __future__ import annotations

import functools
import re

_FOLDS = [("dzh", "j"), ("ohn", "on"), ("tsch", "ch"), ("sch", "sh"), ("sz", "sh"), ("cz", "ch"), ("kh", "h"), ("ph", "f"),
          ("oe", "u"), ("ou", "u"), ("ck", "k"), ("w", "v"), ("y", "i"), ("j", "i")]
_NOT_ALNUM = re.compile(r"[^a-z0-9 ]+")
_DOUBLE = re.compile(r"([a-z])\1+")
_AY = re.compile(r"ay(?![aeiou])")


def skeleton(text: str) -> str:
    from anyascii import anyascii
    text = _NOT_ALNUM.sub(" ", anyascii(text).lower().replace("'", ""))
    text = _AY.sub("ei", text)      # "May" as Мэй/Мей, "Taylor" as Тейлор
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return " ".join(_DOUBLE.sub(r"\1", text).split())


def lemma_words(name: str, lang: str | None) -> list[str]:
    """Words of ``name`` in their dictionary form when simplemma knows them as names."""
    words = name.replace("-", " ").split()
    if not lang:
        return words
    from cronaca import lemmas
    out = []
    for word in words:
        try:
            lemma = lemmas.lemmatize(word, lang)
        except ValueError:          # a language simplemma has no data for
            return words
        out.append(lemma if lemma[:1].isupper() and lemma.lower() != word.lower() else word)
    return out


def entity_key(type_: str, name: str, lang: str | None, country: str = "", english: str = "") -> str:
    if country:
        return "iso:" + country.lower()
    if english:
        return skeleton(english)
    words = [_respell(w, lang) for w in lemma_words(name, lang)]
    if type_ in ("PER", "MISC") and words:
        words[-1] = _masculine(words[-1], lang)
    if type_ == "PER" and len(words) > 1:
        surname, first = skeleton(words[-1]), skeleton(words[0])
        return f"{surname} {first[:1]}".strip()
    return skeleton(" ".join(words))


@functools.lru_cache(maxsize=64)
def _key_data(lang: str | None) -> tuple[tuple[str, ...], tuple[tuple[re.Pattern, str], ...]]:
    """``female_surname_endings`` ("ová") and ``key_spellings`` ("ън$ = он") of a language."""
    from cronaca import languages
    section = languages.get(lang).section("entities")
    endings = tuple(sorted(section.get("female_surname_endings", ()), key=len, reverse=True))
    spellings = []
    for entry in section.get("key_spellings", ()):
        old, _, new = (p.strip() for p in entry.partition("="))
        spellings.append((re.compile(re.escape(old.rstrip("$")) + ("$" if old.endswith("$") else "")), new))
    return endings, tuple(spellings)


def _masculine(surname: str, lang: str | None) -> str:
    """"Mayová", "Merkelové" -> "May", "Merkel": the Czech female form keys as the surname."""
    endings, _ = _key_data(lang)
    for ending in endings:
        if surname.endswith(ending) and len(surname) - len(ending) >= 2:
            return surname[:-len(ending)]
    return surname


def _respell(word: str, lang: str | None) -> str:
    """A language's own transcription habits undone: Bulgarian "Джонсън" -> "Джонсон"."""
    _, spellings = _key_data(lang)
    for pattern, new in spellings:
        word = pattern.sub(new, word)
    return word
