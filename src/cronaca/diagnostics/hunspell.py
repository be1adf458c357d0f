"""Optional Hunspell dictionaries, read with spylls (pure Python, from PyPI).

The dictionaries themselves come from the system (Debian: ``apt install
hunspell-it hunspell-pl ...``, which puts ``it_IT.aff``/``.dic`` under
/usr/share/hunspell). Without spylls or without a dictionary for the language,
``dictionary(lang)`` is None and the non-word test relies on wordfreq and
simplemma alone (more false warnings on rare but real words: see the
figures of `cronaca eval diagnostics`).

Loading costs 1 to 6 seconds per language (Polish is the slowest), so it
happens on the first word that wordfreq and simplemma both do not know, never
at import or construction; a lookup then costs 0.1 to 1.5 ms.
"""
from __future__ import annotations

import functools
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

# Where distributions put Hunspell dictionaries; CRONACA_HUNSPELL_DIR comes first.
SEARCH = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell",
          "/usr/local/share/hunspell", "/opt/homebrew/share/hunspell")


def find(lang: str) -> Path | None:
    """The .dic file for an ISO 639-1 code: xx_XX first ("it_IT"), then xx, then any xx_*."""
    dirs = [os.environ.get("CRONACA_HUNSPELL_DIR", "")] + list(SEARCH)
    for d in (Path(d) for d in dirs if d):
        for name in (f"{lang}_{lang.upper()}.dic", f"{lang}.dic"):
            if (d / name).is_file() and (d / name).with_suffix(".aff").is_file():
                return d / name
        others = sorted(p for p in d.glob(f"{lang}_*.dic") if p.with_suffix(".aff").is_file())
        if others:
            return others[0]
    return None


@functools.lru_cache(maxsize=None)
def dictionary(lang: str):
    """A spylls Dictionary for the language, or None (no spylls, no dictionary, unreadable)."""
    path = find(lang)
    if path is None:
        return None
    try:
        from spylls.hunspell import Dictionary
    except ImportError:
        log.info("spylls not installed: non-word checks use wordfreq and simplemma only "
                 "(pip install spylls)")
        return None
    try:
        return Dictionary.from_files(str(path.with_suffix("")))
    except Exception as exc:  # a broken system dictionary must not fail the step
        log.warning("cannot read Hunspell dictionary %s: %s", path, exc)
        return None


def lookup(word: str, lang: str) -> bool | None:
    """True/False from the dictionary; None when there is no dictionary to ask."""
    d = dictionary(lang)
    if d is None:
        return None
    try:
        return bool(d.lookup(word))
    except Exception:  # spylls can trip on odd affix data; unknown is the honest answer
        return None
