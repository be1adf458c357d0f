"""Latin spellings of names that Faker lists in Cyrillic only.

The press of Latin-script languages writes "Dmitrij" (the scholarly romanisation the
Italian and German press uses) or "Dmitry" (the English one) for "Дмитрий", and a name
list in Cyrillic knows neither. Each Cyrillic name gets both spellings, folded
(no diacritics: "Vjačeslav" is "vjaceslav"), and the forms the "-ий" ending takes
("Gennadij", "Gennadiy", "Gennady", "Gennadi").
"""
from __future__ import annotations

# letter -> (scholarly, English); Russian, Ukrainian and Bulgarian letters
_LETTERS = {
    "а": ("a", "a"), "б": ("b", "b"), "в": ("v", "v"), "г": ("g", "g"), "ґ": ("g", "g"),
    "д": ("d", "d"), "е": ("e", "e"), "ё": ("e", "yo"), "є": ("je", "ye"), "ж": ("z", "zh"),
    "з": ("z", "z"), "и": ("i", "i"), "і": ("i", "i"), "ї": ("ji", "yi"), "й": ("j", "y"),
    "к": ("k", "k"), "л": ("l", "l"), "м": ("m", "m"), "н": ("n", "n"), "о": ("o", "o"),
    "п": ("p", "p"), "р": ("r", "r"), "с": ("s", "s"), "т": ("t", "t"), "у": ("u", "u"),
    "ф": ("f", "f"), "х": ("ch", "kh"), "ц": ("c", "ts"), "ч": ("c", "ch"), "ш": ("s", "sh"),
    "щ": ("sc", "shch"), "ъ": ("", ""), "ы": ("y", "y"), "ь": ("", ""), "э": ("e", "e"),
    "ю": ("ju", "yu"), "я": ("ja", "ya"),
}
# the adjectival ending of "Дмитрий", "Геннадий", "Аркадий", written four ways
_ENDINGS = ("ij", "iy", "y", "i")


def romanised(name: str) -> set[str]:
    """The Latin spellings of a Cyrillic name (lower-case, folded); empty for any other."""
    word = name.casefold()
    if not word or any(ch not in _LETTERS and ch != "-" for ch in word):
        return set()
    out = set()
    for scheme in (0, 1):
        latin = "".join(_LETTERS[ch][scheme] if ch != "-" else "-" for ch in word)
        out.add(latin)
        if word.endswith("ий"):
            stem = latin[:-len(_LETTERS["и"][scheme] + _LETTERS["й"][scheme])]
            out.update(stem + ending for ending in _ENDINGS)
    return {w for w in out if len(w) > 1}
