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
- a capitalised org word opening a capitalised name: "Stowarzyszenie Zielony Kraków";
- a body named after its leader where any word is capitalised: "Governo | Letta" opening a
  headline (``led_heads``);
- a name the language's ``organisations`` list holds, of several words or with a mark in it,
  wherever it stands: "Fratelli d'Italia" opening a sentence, "Yahoo!", "al Qaeda";
- in languages that write a body's name in lower case after its first word, an org word, then
  a preposition or adjectives and one noun: "Ministerstvo životního prostředí", "Центъра за
  градска мобилност" (``tail_adjective_endings``, ``tail_preps``).
"""
from __future__ import annotations

from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.names import is_given_name, is_surname
from cronaca.entities.org_forms import legal, listed, quoted, spaced as _spaced
from cronaca.entities.span_index import Disjoint, SpanIndex
from cronaca.entities.tokens import Token

MAX_NAME_WORDS = 4          # words of a name after a council or an org word
MIN_TAIL_WORD = 4           # letters of an adjective inside a lower-case tail


def with_org_names(text: str, sentences: list[list[Token]], found: list, lex: Lexicon,
                   stopwords: frozenset[str]) -> list:
    """``found`` with the organisations of the forms above in place of what they overlap
    (``sentences``: the tokens of each sentence)."""
    from cronaca.entities.candidates import Candidate
    new: list[tuple[int, int]] = []
    taken = Disjoint()
    index = SpanIndex(found)
    names = {c.start: c for c in found if c.kind == "name"}
    for tokens in sentences:
        for span in _forms(text, tokens, lex, stopwords, index, names):
            if not taken.overlaps(*span):
                new.append(span)
                taken.add(*span)
    kept = [c for c in found if not taken.overlaps(c.start, c.end)]
    kept += [Candidate(a, b, text[a:b], "ORG") for a, b in new]
    return kept


def _forms(text, tokens, lex, stopwords, index: SpanIndex, names: dict):
    """``index``: the finder's candidates; ``names``: its names by where they start."""
    yield from quoted(text, tokens, lex)
    yield from legal(text, tokens, lex, stopwords)
    yield from _councils(text, tokens, lex)
    yield from _opened_by_org_word(text, tokens, lex, index)
    yield from _lower_tails(text, tokens, lex, stopwords, index)
    yield from listed(text, tokens, lex)
    yield from _led_heads(text, tokens, lex, index, names)


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


def _opened_by_org_word(text, tokens, lex, index):
    """"Stowarzyszenie Zielony Kraków": an org word that opens the sentence, which the finder
    dropped as a common word there, and the name after it. Where the finder kept the org word
    it cut the run on purpose ("Senato | Renato Schifani", "Corte Suprema | degli Stati Uniti")."""
    for i, t in enumerate(tokens[:-1]):
        word = fold(t.text)
        if not (t.opens and t.cap) or t.text.isupper() or len(word) < 4 or word not in lex.org_words or (
                word in lex.led_heads):
            continue
        if index.overlapping(t.start, t.end):
            continue
        j = i + 1
        while j < len(tokens) and j - i <= MAX_NAME_WORDS and tokens[j].cap and _spaced(text, tokens[j - 1], tokens[j]):
            j += 1
        if j <= i + 1 or _person(tokens[i + 1:j], lex) or fold(tokens[j - 1].text) in lex.loc_words:
            continue
        end = tokens[j - 1].end
        if index.starting(t.end + 1, end) and not index.overlapping(end, end):
            yield t.start, end


def _led_heads(text, tokens, lex, index, names):
    """"Governo Letta sull'orlo della crisi": a body named after its leader, where any word is
    capitalised (a sentence's or a headline's start), which the finder dropped as a common word:
    before the leader's name it is the body ("governo Prodi" inside a sentence is one already)."""
    for t, nxt in zip(tokens, tokens[1:]):
        if not t.cap or fold(t.text) not in lex.led_heads or not _spaced(text, t, nxt):
            continue
        leader = names.get(nxt.start)
        if leader is None or index.overlapping(t.start, t.end):
            continue
        first, last = leader.text.split()[0], leader.text.split()[-1]
        if leader.type == "PER" or is_surname(last, lex) or is_given_name(first, lex):
            yield t.start, t.end


def _person(run: list[Token], lex: Lexicon) -> bool:
    """"Mario Monti" after "Consiglio": a given name and a surname, the body's head."""
    return (len(run) <= 3 and is_given_name(run[0].text, lex)
            and (len(run) == 1 or is_surname(run[-1].text, lex)))


def _lower_tails(text, tokens, lex, stopwords, index):
    if not lex.tail_adjective_endings:
        return
    for i, t in enumerate(tokens):
        if not t.cap or t.text.isupper() or len(t.text) < 4 or fold(t.text) not in lex.org_words or any(
                c.start <= t.start and t.end < c.end for c in index.overlapping(t.start, t.start + 1)):
            continue        # not "Evropská komise | ...": a longer name holds it
        end = _tail_end(text, tokens, i + 1, lex, stopwords)
        if end:
            yield t.start, end


def _tail_end(text, tokens, k, lex, stopwords) -> int:
    """End of "(za) (градска) мобилност" from token ``k``: a preposition or adjectives, then one noun."""
    n = next((n for n in (2, 1) if k + n <= len(tokens) and " ".join(
        fold(x.text) for x in tokens[k:k + n]) in lex.tail_preps), 0)
    j = k + n
    while j < len(tokens) and _lower(tokens[j]) and fold(tokens[j].text).endswith(lex.tail_adjective_endings) and (
            len(tokens[j].text) >= MIN_TAIL_WORD):
        j += 1
    if j == k or j >= len(tokens) or not _lower(tokens[j]) or len(tokens[j].text) < 3 or (
            j == k + n and fold(tokens[j].text) in stopwords):
        return 0        # "Centrum pro to": no noun; "иностранных дел": the lists hold some nouns
    if not all(_spaced(text, a, b) for a, b in zip(tokens[k - 1:j], tokens[k:j + 1])):
        return 0
    if j + 1 < len(tokens) and (fold(tokens[j + 1].text) in lex.tail_preps or fold(tokens[j + 1].text) in lex.conjunctions):
        return 0        # "Сдружение на производителите и на ...": a chain, its end unknown
    if j + 1 < len(tokens) and tokens[j + 1].cap and _spaced(text, tokens[j], tokens[j + 1]) and (
            lex.place(tokens[j + 1].text)):
        return tokens[j + 1].end     # "Министерство иностранных дел России": the state's
    return tokens[j].end


def _lower(t: Token) -> bool:
    return t.text.isalpha() and t.text.islower()
