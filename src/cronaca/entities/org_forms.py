"""Organisation names the press writes in quotation marks or with a legal form (see ``org_names``).

"ТОВ «Будсервіс»", "сдружение „Зелен град“": a body word or a legal form, then the name in
quotation marks; "Keller Bau", "Budomex sp. z o.o.", "„Пътстрой“ ЕООД": a name, then a legal
or trade form (``legal_forms``); "Fratelli d'Italia", "Yahoo!": a listed name of several words.
"""
from __future__ import annotations

import functools
import re

from cronaca.entities.lexicon import NAME_PARTICLES, Lexicon, alternation, fold
from cronaca.entities.tokens import Token

MAX_NAME_WORDS = 4          # words of a name before a legal form
MAX_QUOTED = 80             # characters between the quotation marks
MAX_QUOTED_WORDS = 6        # words of a quoted name (more: a quoted phrase)
_QUOTES = {"«": "»", "„": "“”\"", "“": "”", "\"": "\"", "‘": "’", "‚": "‘’"}
COMMON_OPENER_ZIPF = 4.5    # a capitalised opener this frequent is a common word ("Beim", "Nowa")


def spaced(text: str, a: Token, b: Token) -> bool:
    return text[a.end:b.start] == " "


def _closing(text: str, at: int) -> int:
    """End of the quoted name that opens at ``at`` (after its closing mark), 0 when none."""
    closers = _QUOTES.get(text[at:at + 1])
    if not closers or not text[at + 1:at + 2].isalnum():
        return 0
    for k in range(at + 1, min(len(text), at + 2 + MAX_QUOTED)):
        if text[k] in closers:
            return k + 1 if k > at + 1 else 0
        if text[k] in "\n.!?" and text[k + 1:k + 2] in (" ", "\n"):
            return 0
    return 0


def quoted(text, tokens, lex):
    """"ТОВ «Будсервіс»", "Associazione «Il Girasole»": a capitalised word and the marks are part
    of the name; after a lower-case one ("l'associazione «Il Girasole»") the name is what the
    marks hold, as KIND marks it."""
    for t in tokens:
        word = fold(t.text)
        if word not in lex.org_words and word not in _prefix_forms(lex) and word not in lex.council_words:
            continue
        at = t.end + 1 if text[t.end:t.end + 1] == " " else t.end
        end = _closing(text, at)
        if not end or at == t.end or not _name_like(text[at + 1:end - 1]):
            continue
        if t.cap:
            yield t.start, _legal_after(text, end, lex)
        else:
            yield at + 1, end - 1


def _name_like(quoted: str) -> bool:
    """"Berezka", "Per le Autonomie"; not a quoted sentence ("ha fatto solo il suo dovere")."""
    words = quoted.split()
    return bool(words) and quoted[:1].isupper() and len(words) <= MAX_QUOTED_WORDS and not any(
        ch in quoted for ch in ",;:!?")


def _quote_opening(text: str, end: int, gap: str) -> int | None:
    """Where the quoted name that closes at ``end`` (``gap``: its mark and a space) opens."""
    mark = gap.rstrip()
    if len(mark) != 1 or gap != mark + " ":
        return None
    for at in range(end - 1, max(-1, end - MAX_QUOTED - 2), -1):
        if text[at] in _QUOTES and mark in _QUOTES[text[at]] and _closing(text, at) == end + 1:
            return at
    return None


def _legal_after(text: str, end: int, lex: Lexicon) -> int:
    """"„Енерго“ ЕООД": a legal form after the name is part of it."""
    m = _legal_re(lex.legal_forms).match(text, end)
    return m.end() if m and text[end:end + 1] == " " else end


def legal(text, tokens, lex, stopwords):
    if not lex.legal_forms:
        return
    starts = {t.start: k for k, t in enumerate(tokens)}
    for m in _legal_re(lex.legal_forms).finditer(text, tokens[0].start if tokens else 0,
                                                  tokens[-1].end if tokens else 0):
        k = starts.get(m.start())
        if k is None or k == 0:
            continue
        gap = text[tokens[k - 1].end:m.start()]
        if gap.strip():
            opened = _quote_opening(text, tokens[k - 1].end, gap)
            if opened is not None:
                yield opened, m.end()     # "„Пътстрой“ ЕООД"
            continue        # punctuation before the form: no name right before it
        i = k
        while i > 0 and k - i < MAX_NAME_WORDS and tokens[i - 1].cap and spaced(text, tokens[i - 1], tokens[i]) and (
                not _function_word(tokens[i - 1], stopwords)):
            i -= 1
        while i < k and tokens[i].opens and fold(tokens[i].text) not in lex.org_words and _common_opener(tokens[i].text, lex):
            i += 1      # "Beim Bau", "Firma Budomex sp. z o.o.": capitalised as the sentence opens
        if i < k:
            yield tokens[i].start, m.end()


def listed(text, tokens, lex):
    """"Fratelli d'Italia", "Yahoo!", "al Qaeda": a listed name of several words or with a mark,
    which the finder cuts where a word of it is a common word or a particle."""
    if not tokens:
        return
    start, end = tokens[0].start, tokens[-1].end
    folded = fold(text[start:end])
    if len(folded) != end - start:
        return      # folding changed the length ("ß"): offsets would not match
    forms = _written(lex.org_name_forms)
    for m in _listed_re(lex.org_names).finditer(folded):
        a, b = start + m.start(), start + m.end()
        written = text[a:b]
        if any(ch.isupper() for ch in written) and any(
                _capitals_kept(form, written) for form in forms.get(m.group(), ())) and not _name_goes_on(text, b):
            yield a, b


def _capitals_kept(form: str, written: str) -> bool:
    """``written`` has the capitals of the listed ``form`` ("Fratelli d'Italia", not "fratelli
    d'Italia", which a crowd sings), but those of a name particle that opens it ("al Qaeda")."""
    if len(form) != len(written):
        return written[:1].isupper() or not form[:1].isupper()
    first = re.split(r"[\s-]", form, maxsplit=1)[0]
    skip = len(first) if first != form and fold(first) in NAME_PARTICLES else 0
    return all(w.isupper() for f, w in zip(form[skip:], written[skip:]) if f.isupper())


def _name_goes_on(text: str, at: int) -> bool:
    """"Red Bull Ring": a capitalised word right after a listed name makes a longer name."""
    return text[at:at + 1] == " " and text[at + 1:at + 2].isupper()


def _function_word(t: Token, stopwords: frozenset[str]) -> bool:
    """"Der", "Beim", "Ale" opening the sentence (mid-sentence, the lists' "Roma", "Silnice" are names)."""
    return t.opens and fold(t.text) in stopwords


def _common_opener(word: str, lex: Lexicon) -> bool:
    """A common word capitalised only because it opens the sentence ("Beim Bau", "Nowa S.A.")."""
    from wordfreq import zipf_frequency
    return zipf_frequency(word.lower(), lex.code) >= COMMON_OPENER_ZIPF


@functools.lru_cache(maxsize=64)
def _legal_re(forms: frozenset[str]) -> re.Pattern:
    alternatives = alternation(forms)
    return re.compile(rf"(?<=\s)(?:{alternatives})(?![\w])" if forms else r"(?!x)x")


@functools.lru_cache(maxsize=64)
def _listed_re(names: frozenset[str]) -> re.Pattern:
    """The listed names that are more than one word (folded, as ``org_names`` holds them)."""
    several = [n for n in names if not n.isalnum()]
    return re.compile(rf"(?<![\w'’])(?:{alternation(several)})(?![\w])" if several else r"(?!x)x")


@functools.lru_cache(maxsize=64)
def _written(forms: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The listed names as written, by their folded form."""
    out: dict[str, tuple[str, ...]] = {}
    for form in forms:
        out[fold(form)] = out.get(fold(form), ()) + (form,)
    return out


@functools.lru_cache(maxsize=64)
def _prefix_words(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(f) for f in forms if " " not in f)


def _prefix_forms(lex: Lexicon) -> frozenset[str]:
    """Legal forms of one word that also open a quoted name ("ТОВ «X»", "ООО «X»")."""
    return _prefix_words(lex.legal_forms)
