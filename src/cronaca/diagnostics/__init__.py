"""The diagnostics step: traces of careless machine translation or rewriting.

Each detector is a function ``(Context) -> Iterable[Diagnostic]``; DETECTORS is
the one list of them (append a detector there, or pass ``detectors=`` to the
step). The Context (``context.build``) holds the article's words with their
sentence, name, quote and mask flags, computed once. Word lists are loaded on
first need: wordfreq and simplemma per language, Hunspell (optional, see
``hunspell.py``) only when a word is unknown to both.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence

from cronaca.article import Article, Diagnostic
from cronaca.diagnostics.anachronism import find_anachronisms
from cronaca.diagnostics.context import Context, build
from cronaca.diagnostics.foreign import find_fragments
from cronaca.diagnostics.nonword import find_non_words
from cronaca.diagnostics.traces import (find_doubled, find_language_switch, find_markup,
                                        find_mixed_script)
from cronaca.diagnostics.trust import trust

log = logging.getLogger(__name__)

Detector = Callable[[Context], Iterable[Diagnostic]]


def _anachronisms(ctx: Context) -> list[Diagnostic]:
    return find_anachronisms(ctx.article)


DETECTORS: list[Detector] = [find_non_words, find_fragments, _anachronisms, find_doubled,
                             find_mixed_script, find_markup, find_language_switch]


class Diagnostics:
    name = "diagnostics"
    needs = frozenset({"text", "sentences", "language", "entities", "quotes"})
    adds = frozenset({"diagnostics", "trust"})

    def __init__(self, detectors: Sequence[Detector] | None = None):
        self.detectors = tuple(DETECTORS if detectors is None else detectors)

    def __call__(self, article: Article) -> Article:
        ctx = build(article)
        found = sorted(_dedupe(d for detect in self.detectors for d in detect(ctx)),
                       key=lambda d: (d.start, d.end, d.kind))
        words = sum(not w.masked for w in ctx.words)
        return article.replace(diagnostics=tuple(found), trust=trust(tuple(found), words))


def _dedupe(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """One warning per span and kind (two detectors may see the same trace)."""
    return list({(d.start, d.end, d.kind): d for d in diagnostics}.values())


__all__ = ["DETECTORS", "Context", "Detector", "Diagnostics"]
