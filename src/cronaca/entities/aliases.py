"""Names of one organisation or event in several languages, scripts and cases.

No spelling rule folds "EU", "UE", "ЕС" and "Unii Europejskiej" together, so the
``aliases`` lists of the ``[entities]`` data say it: ``"eu = UE, Uni- Europejsk-"``
(a key, then forms; a word ending in "-" is a stem that takes an ending of up to
four letters, so "Uni- Europejsk-" is "Unia Europejska", "Unii Europejskiej",
"Unią Europejską"). Every language's list is read with common.toml's, whatever
the article's language: a Polish article may quote "EU". The key an alias gives
("org:eu") is the entity's cross-article key, and two names of one article with
the same alias are one entity.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

MAX_ENDING = 4


@dataclass(frozen=True)
class Aliases:
    exact: dict[str, str]                                 # folded form -> key
    stems: tuple[tuple[tuple[str, ...], str], ...]        # (word stems, "" for a whole word) -> key

    def key(self, name: str) -> str | None:
        from cronaca.entities.lexicon import fold
        folded = " ".join(fold(name).replace("-", " ").split())
        if folded in self.exact:
            return self.exact[folded]
        words = folded.split()
        for stems, key in self.stems:
            if len(stems) == len(words) and all(_fits(w, s) for w, s in zip(words, stems)):
                return key
        return None


def _fits(word: str, stem: str) -> bool:
    if not stem.endswith("-"):
        return word == stem
    stem = stem[:-1]
    return word.startswith(stem) and len(word) - len(stem) <= MAX_ENDING


def parse(entries) -> Aliases:
    from cronaca.entities.lexicon import fold
    exact, stems = {}, []
    for entry in entries or ():
        key, _, forms = entry.partition("=")
        key = "org:" + key.strip().lower()
        for form in forms.split(","):
            form = _normalise(fold(form))
            if not form:
                continue
            if "-" in [w[-1] for w in form.split()]:
                stems.append((tuple(form.split()), key))
            else:
                exact[form] = key
    return Aliases(exact, tuple(stems))


def _normalise(form: str) -> str:
    """Words of a form; a hyphen inside a word ("Euro-Atlantic") is a space, one at the end a stem."""
    words = []
    for word in form.split():
        stem = word.endswith("-")
        words.extend(w for w in word.rstrip("-").split("-") if w)
        if stem and words:
            words[-1] += "-"
    return " ".join(words)


@functools.lru_cache(maxsize=1)
def every_language() -> Aliases:
    """The aliases of every language's data file and of common.toml, in one table."""
    from cronaca import languages
    entries = list(languages.common_section("entities").get("aliases", ()))
    for code in languages.available():
        entries += languages.get(code).section("entities").get("aliases", ())
    return parse(entries)


@functools.lru_cache(maxsize=50_000)
def alias_key(name: str) -> str | None:
    """``every_language().key(name)``, remembered: the same names recur in every article."""
    return every_language().key(name)
