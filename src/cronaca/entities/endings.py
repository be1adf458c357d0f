"""Place names by their endings, where a language forms them so.

German towns end in -ingen, -hausen, -heim, -dorf, -stedt... (``place_endings`` in the
[entities] section). A one-word name that nothing else typed and no name list knows as
a person's, rare as a word (``RARE_ZIPF``: not "Gelingen"), ending so after at least
``MIN_STEM`` letters of its own, is a place: "Denzlingen", "Emmendingen". The endings are
those of no common noun ("-dorf", "-heim", "-stadt" end "Nachbardorf", "Pflegeheim",
"Altstadt"). A surname of that shape is typed by its given name or the surname lists
before this test.
"""
from __future__ import annotations

import functools

from cronaca.entities.lexicon import Lexicon, fold

MIN_STEM = 3
RARE_ZIPF = 3.5


def place_by_ending(forms: set[str], lex: Lexicon) -> bool:
    endings = lex.place_endings
    return bool(endings) and bool(forms) and all(
        " " not in f and any(fold(f).endswith(e) and len(f) - len(e) >= MIN_STEM for e in endings)
        and _rare(f.casefold(), lex.code) for f in forms)


@functools.lru_cache(maxsize=10_000)
def _rare(word: str, code: str | None) -> bool:
    from wordfreq import zipf_frequency
    return zipf_frequency(word, code or "en") < RARE_ZIPF
