"""Organisations named in an official or a company form, which the runs of capitals cut or mistype.

Read over the candidates the finder emitted, sentence by sentence; each form found
becomes one ORG candidate that replaces those it overlaps:

- a council word, then a place: "Comune di Pescara", "Gmina Zabierzów", "Ayuntamiento de
  Zaragoza" (``council_words``: the council or the administration, not the territory);
- a capitalised adjective, then a council phrase: "Київська міська рада" (``council_phrases``);
- an org word or a legal form, then a name in quotation marks: "сдружение „Зелен град“",
  "ТОВ «Будсервіс»" (a capitalised word and the marks are part of the name, as BSNLP marks them);
- capitalised words, then a legal or trade form: "Keller Bau", "Budomex sp. z o.o."
  (``legal_forms``, written as the press writes them, case counts);
- a capitalised org word opening a capitalised name: "Stowarzyszenie Zielony Kraków".
"""
from __future__ import annotations

import functools
import re

from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.names import is_given_name, is_surname
from cronaca.entities.tokens import Token, tokenize

MAX_NAME_WORDS = 4          # words of a name after a council or an org word, or before a legal form
MAX_QUOTED = 80             # characters between the quotation marks
MAX_QUOTED_WORDS = 6        # words of a quoted name (more: a quoted phrase)
_QUOTES = {"«": "»", "„": "“”\"", "“": "”", "\"": "\"", "‘": "’", "‚": "‘’"}


def with_org_names(text: str, spans, found: list, lex: Lexicon, stopwords: frozenset[str]) -> list:
    """``found`` with the organisations of the forms above in place of what they overlap."""
    from cronaca.entities.candidates import Candidate
    new: list[tuple[int, int]] = []
    for s, e in spans:
        tokens = tokenize(text[s:e], s)
        for span in _forms(text, tokens, lex, stopwords, found):
            if not any(a < span[1] and span[0] < b for a, b in new):
                new.append(span)
    if not new:
        return found
    kept = [c for c in found if not any(a < c.end and c.start < b for a, b in new)]
    kept += [Candidate(a, b, text[a:b], "ORG") for a, b in new]
    return sorted(kept, key=lambda c: c.start)


def _forms(text, tokens, lex, stopwords, found):
    yield from _quoted(text, tokens, lex)
    yield from _legal(text, tokens, lex, stopwords)
    yield from _councils(text, tokens, lex)
    yield from _opened_by_org_word(text, tokens, lex, found)


def _cap_run(text: str, tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Index after the capitalised words from ``k`` (one connector may join two: "Rio de Janeiro")."""
    j = k
    while j < len(tokens) and j - k < MAX_NAME_WORDS and tokens[j].cap and (
            j == k or _spaced(text, tokens[j - 1], tokens[j])):
        j += 1
        if (j + 1 < len(tokens) and fold(tokens[j].text) in lex.connectors and tokens[j + 1].cap
                and _spaced(text, tokens[j - 1], tokens[j]) and _spaced(text, tokens[j], tokens[j + 1])
                and j - k < MAX_NAME_WORDS - 1):
            j += 1
    while j > k and not tokens[j - 1].cap:
        j -= 1
    return j


def _spaced(text: str, a: Token, b: Token) -> bool:
    return text[a.end:b.start] == " "


def _phrase_at(tokens: list[Token], k: int, phrases: frozenset[str]) -> int:
    """Tokens of the longest phrase of ``phrases`` at ``k`` (0 when none)."""
    for n in (3, 2, 1):
        if k + n <= len(tokens) and " ".join(fold(t.text) for t in tokens[k:k + n]) in phrases:
            return n
    return 0


def _councils(text, tokens, lex):
    for i, t in enumerate(tokens):
        n = _phrase_at(tokens, i, lex.council_words) if t.cap else 0
        if n:
            k = i + n
            if k + 1 < len(tokens) and fold(tokens[k].text) in lex.connectors and not tokens[k].cap:
                k += 1     # "Ayuntamiento de Zaragoza"
            j = _cap_run(text, tokens, k, lex)
            if j > k and _spaced(text, tokens[k - 1], tokens[k]):
                yield tokens[i].start, tokens[j - 1].end
        elif t.cap and i + 1 < len(tokens) and _spaced(text, t, tokens[i + 1]):
            n = _phrase_at(tokens, i + 1, lex.council_phrases)
            if n and not tokens[i + 1].cap:     # "Київська міська рада"
                yield t.start, tokens[i + n].end


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


def _quoted(text, tokens, lex):
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


def _legal(text, tokens, lex, stopwords):
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
            continue        # a quoted name, taken by ``_quoted`` with the word before it
        i = k
        while i > 0 and k - i < MAX_NAME_WORDS and tokens[i - 1].cap and _spaced(text, tokens[i - 1], tokens[i]) and (
                not _function_word(tokens[i - 1], stopwords)):
            i -= 1
        while i < k and tokens[i].opens and fold(tokens[i].text) not in lex.org_words and _common_opener(tokens[i].text, lex):
            i += 1      # "Beim Bau", "Firma Budomex sp. z o.o.": capitalised as the sentence opens
        if i < k:
            yield tokens[i].start, m.end()


def _function_word(t: Token, stopwords: frozenset[str]) -> bool:
    """"Der", "Beim", "Ale" opening the sentence (mid-sentence, the lists' "Roma", "Silnice" are names)."""
    return t.opens and fold(t.text) in stopwords


def _common_opener(word: str, lex: Lexicon) -> bool:
    """A common word capitalised only because it opens the sentence ("Beim Bau", "Nowa S.A.")."""
    from wordfreq import zipf_frequency
    return zipf_frequency(word.lower(), lex.code) >= 4.5


def _opened_by_org_word(text, tokens, lex, found):
    """"Stowarzyszenie Zielony Kraków": an org word that opens the sentence, which the finder
    dropped as a common word there, and the name after it. Where the finder kept the org word
    it cut the run on purpose ("Senato | Renato Schifani", "Corte Suprema | degli Stati Uniti")."""
    spans = [(c.start, c.end) for c in found]
    for i, t in enumerate(tokens[:-1]):
        word = fold(t.text)
        if not (t.opens and t.cap) or t.text.isupper() or len(word) < 4 or word not in lex.org_words or (
                word in lex.led_heads):
            continue
        if any(a < t.end and t.start < b for a, b in spans):
            continue
        j = i + 1
        while j < len(tokens) and j - i <= MAX_NAME_WORDS and tokens[j].cap and _spaced(text, tokens[j - 1], tokens[j]):
            j += 1
        if j <= i + 1 or _person(tokens[i + 1:j], lex) or fold(tokens[j - 1].text) in lex.loc_words:
            continue
        end = tokens[j - 1].end
        if any(t.end < a < end for a, b in spans) and not any(a < end < b for a, b in spans):
            yield t.start, end


def _person(run: list[Token], lex: Lexicon) -> bool:
    """"Mario Monti" after "Consiglio": a given name and a surname, the body's head."""
    return (len(run) <= 3 and is_given_name(run[0].text, lex)
            and (len(run) == 1 or is_surname(run[-1].text, lex)))


@functools.lru_cache(maxsize=64)
def _legal_re(forms: frozenset[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<=\s)(?:{alternatives})(?![\w])" if forms else r"(?!x)x")


@functools.lru_cache(maxsize=64)
def _prefix_words(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(f) for f in forms if " " not in f)


def _prefix_forms(lex: Lexicon) -> frozenset[str]:
    """Legal forms of one word that also open a quoted name ("ТОВ «X»", "ООО «X»")."""
    return _prefix_words(lex.legal_forms)
