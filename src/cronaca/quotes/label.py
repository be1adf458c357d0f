"""A paragraph labelled with its speaker: 'Lee: Taxes will not rise.'

Headlines and summaries put the speaker's name before a colon and the claim
after it, with no speech verb ("Merkel: Europe must act", "Salvini: niente
accordo"). The paragraph is a report of what the person said when the label
is nothing but a person's name (a person entity, with at most a title before
it), or another source ``label_sources.py`` knows (an organisation, a transcript or
interview label, a poll), and the claim after the colon has a few words. Quoted words after the colon
are left to ``nearby.py`` (``_label``): this finds the claims without marks.
"""
from __future__ import annotations

import re

from cronaca.article import Article
from cronaca.quotes.attribution import Attribution
from cronaca.quotes.label_sources import label_source
from cronaca.quotes.lexicon import Lexicon
from cronaca.quotes.reported import Reported
from cronaca.quotes.speaker import TOKEN

MAX_LABEL_WORDS = 4            # "Sen. Ann Lee", "Former Governor Ann Lee"
MIN_CLAIM_WORDS = 3
_LABEL = re.compile(r"([^:\n]{1,60}):[ \t]+")        # one letter: "Q:", "A:"
_MARKS = re.compile(r"[\"“”«»„]")
_END = " .;\n"


def labelled(article: Article, lex: Lexicon) -> list[Reported]:
    out = []
    text = article.text
    found = [(para, m) for para in article.paragraphs
             if (m := _LABEL.match(text, para.start, para.end)) is not None]
    labels = [m.group(1).strip() for _, m in found]
    for para, m in found:
        if not _is_label(text, m.start(1), m.end(1)):
            continue
        speaker = _person(article, m.start(1), m.end(1)) or \
            label_source(article, m.start(1), m.end(1), lex, labels)
        lo, hi = m.end(), para.end
        while hi > lo and text[hi - 1] in _END:
            hi -= 1
        if speaker is None or len(TOKEN.findall(text, lo, hi)) < MIN_CLAIM_WORDS:
            continue
        kind = "partial" if _MARKS.search(text, lo, hi) else "indirect"
        colon = (m.end(1), m.end(1) + 1)
        out.append(Reported(lo, hi, Attribution(colon, speaker, "label", False), kind))
    return out


def _is_label(text: str, lo: int, hi: int) -> bool:
    words = TOKEN.findall(text, lo, hi)
    return 0 < len(words) <= MAX_LABEL_WORDS and all(w[:1].isupper() for w in words)


def _person(article: Article, lo: int, hi: int) -> tuple[int, int] | None:
    """The person entity whose mention ends the label."""
    return next(((m.start, m.end) for e in article.entities if e.type == "PER"
                 for m in e.mentions if lo <= m.start and m.end == hi), None)
