"""Words before a cue that are not its subject: an adverb after it ("She frankly said"),
the place of an address ("Swanson, a pastor in Elizabeth, Colorado, slammed")."""
from __future__ import annotations

from cronaca.quotes.lexicon import Lexicon

ADVERB_BASE_ZIPF = 3.0     # "frank" of "frankly"; not "fami" of "family"
MIN_ADVERB_BASE = 3        # letters: "ally" is no adverb of "al"


def adverb_last(text: str, words: list[tuple[int, int]], lex: Lexicon) -> bool:
    """'She frankly said', 'Она откровенно рассказала': the last word before the cue is a
    lower-case adverb made from a word of the language (``adverb_endings``: "frankly" from
    "frank", "откровенно" from "откровенный"), right after a pronoun or a name: not the
    noun of a phrase ("the family said", "the local daily said")."""
    if len(words) < 2 or not lex.adverb_endings:
        return False
    word, before = text[words[-1][0]:words[-1][1]], text[words[-2][0]:words[-2][1]]
    if not word.islower() or not (before[:1].isupper() or before.casefold() in lex.pronouns):
        return False
    from wordfreq import zipf_frequency
    return any(word.endswith(ending) and len(word) - len(ending) >= MIN_ADVERB_BASE
               and zipf_frequency(word[:len(word) - len(ending)] + base, lex.code) >= ADVERB_BASE_ZIPF
               for ending, base in lex.adverb_endings)


def address_part(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """'a pastor in Elizabeth, Colorado, slammed': text[lo:hi], between commas after a
    capitalised word, is the region of a town (ISO 3166-2, a country, or one of the
    language's ``region_abbreviations``: "Calif."), not the subject."""
    from cronaca.entities.cities import is_subdivision
    from cronaca.entities.lexicon import lexicon as entity_lexicon
    name = text[lo:hi].strip().rstrip(".")
    before = text[max(0, lo - 40):lo].rstrip()
    if not text[hi:hi + 2].lstrip(".").startswith(","):
        return False        # "After the game against Boston, Jordan said": no comma after it
    if not name[:1].isupper() or not before.endswith(",") or not before[:-1].rstrip()[-1:].isalpha():
        return False
    town = before[:-1].split()[-1] if before[:-1].split() else ""
    if not town[:1].isupper():
        return False
    place = entity_lexicon(lex.code).place(name)
    return is_subdivision(name) or bool(place and place.code) or name + "." in lex.region_abbreviations
