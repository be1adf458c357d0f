"""Find the words between quotation marks, and dash-introduced speech.

A quotation may run over several paragraphs: a paragraph that opens a quote
without closing it continues into the next paragraph when that one opens with a
quotation mark too (the English and Italian newspaper convention). An opening
mark that is never closed counts only when it opens its paragraph; elsewhere it
is more likely an inch sign or a stray character.

Dash speech ("— Text, — сказал он. — More text."): a paragraph that opens with
one of the language's ``dashes`` alternates speech and narration at each
spaced dash; the speech pieces are one quotation. The Spanish raya is set on the
words it opens and closes ("—Text —dijo ella—. More text."): an em dash after a
space and before a letter opens narration, one right after a word closes it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from cronaca.article import Paragraph

_CLOSE_AFTER = set(".,;:!?)]}—–-…»”“’\"'/")
_OPEN_BEFORE = set("([{—–-/:…«“„‘‹")


@dataclass(frozen=True)
class Marked:
    pieces: tuple[tuple[int, int], ...]   # the quoted words (absolute offsets), one per run
    open: int                             # the first opening mark (or dash)
    close: int                            # just after the last closing mark
    closed: bool = True
    dash: bool = False

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


# Careless typing mixes straight and curly marks: '"We lost,” she said', '“No,“ he said'.
_SLOPPY = {'"': "”“", "“": '"“'}


def _closers(pairs: tuple[str, ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for pair in pairs:
        table[pair[0]] = table.get(pair[0], "") + pair[1]
    for opener, extra in _SLOPPY.items():
        if opener in table:
            table[opener] += extra
    return table


def _opens_at(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # French sets guillemets off with a (no-break) space: « Nous devons agir »
    return (before.isspace() or before in _OPEN_BEFORE) and (not after.isspace()
                                                             or text[i] in "«‹")


def _closes_at(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() and text[i] not in "»›":
        return False
    # '...paranoia,”Clinton said': a missing space after an unambiguous closing mark
    return after.isspace() or after in _CLOSE_AFTER or (text[i] in "”»" and before in ",.!?")


def _find_close(text: str, start: int, opener: str, closers: str) -> int:
    """Offset of the mark that closes ``opener`` opened before ``start``, or -1."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in closers and _closes_at(text, i):
            if depth == 0:
                return i
            depth -= 1
        elif ch == opener and opener not in closers and _opens_at(text, i):
            depth += 1
    return -1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Whitespace off both ends, and the comma that English puts inside the marks."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def find_marked(text: str, paragraphs: tuple[Paragraph, ...], pairs: tuple[str, ...],
                dashes: str = "") -> list[Marked]:
    closers = _closers(pairs)
    found: list[Marked] = []
    carry: tuple[str, list, int] | None = None        # an unclosed quote: opener, pieces, open
    for index, para in enumerate(paragraphs):
        i, end = para.start, para.end
        if carry is not None:
            i += 1                                    # past the repeated opening mark
        elif dashes and _dash_paragraph(text, para, dashes):
            found.append(_dash_quote(text, para, dashes))
            continue
        while i < end:
            if carry is None:
                ch = text[i]
                if ch not in closers or not _opens_at(text, i):
                    i += 1
                    continue
                carry, i = (ch, [], i), i + 1
            opener, pieces, opened = carry
            close = _find_close(text[:end], i, opener, closers[opener])
            if close >= 0:
                pieces.append(_trim(text, i, close))
                found.append(Marked(tuple(p for p in pieces if p[1] > p[0]), opened, close + 1))
                carry, i = None, close + 1
                continue
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            starts_para = opened == para.start or pieces
            if nxt is not None and text[nxt.start] in (opener, '"', "“", "«", "„"):
                pieces.append(_trim(text, i, end))
            elif starts_para:
                pieces.append(_trim(text, i, end))
                found.append(Marked(tuple(p for p in pieces if p[1] > p[0]), opened, end,
                                    closed=False))
                carry = None
            else:
                carry = None
                i = opened + 1                        # a stray mark: look on after it
                continue
            break
    return [m for m in found if m.pieces]


def _dash_paragraph(text: str, para: Paragraph, dashes: str) -> bool:
    return (text[para.start] in dashes and para.end - para.start > 2
            and (text[para.start + 1] in " \u00a0"
                 or text[para.start] == "—" and text[para.start + 1].isalpha()))


# a spaced dash; or the raya: after a space before a word, or right after a word
_SEPARATOR = re.compile(r"(?:,\s*|\s+)[—–-]\s+|\s+—(?=\w)|(?<=[\w.!?…])—(?=[\s.,;:]|$)")


def _dash_quote(text: str, para: Paragraph, dashes: str) -> Marked:
    body_start = para.start + (2 if text[para.start + 1] in " \u00a0" else 1)
    chunk = text[body_start:para.end]
    pieces, cursor, speech = [], 0, True
    for sep in _SEPARATOR.finditer(chunk):
        if speech:
            pieces.append(_trim(text, body_start + cursor, body_start + sep.start()))
        cursor, speech = sep.end(), not speech
        if speech:       # '—dijo ella—. Más': the narration's stop is not the speech's
            while cursor < len(chunk) and chunk[cursor] in ".,;: \u00a0":
                cursor += 1
    if speech:
        pieces.append(_trim(text, body_start + cursor, para.end))
    pieces = [(s, e) for s, e in pieces if e > s]
    return Marked(tuple(pieces), para.start, pieces[0][1] if pieces else para.end, dash=True)
