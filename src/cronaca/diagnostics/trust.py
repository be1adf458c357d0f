"""The document-level Trust: how strongly the copy shows traces of machine processing.

    weighted = 1000 * sum(severity of each diagnostic) / max(words, MIN_WORDS)
    score    = 1 - exp(-weighted / SCALE)

``words`` counts prose words (not numbers, URLs or markup). MIN_WORDS keeps a
single slip in a 60-word brief from reading as a flood. With SCALE = 2, one
warning of severity 0.6 per 1,000 words scores 0.26, one per 5,000 words (the
false-warning budget on professionally edited news) 0.06, and the seed page
of issue 4 (about ten warnings in 900 words) above 0.9. ``per_1000_words``
gives the plain rate of each kind on the real word count; ``evidence`` the
sentences of the three most severe diagnostics, in text order.
"""
from __future__ import annotations

import math
from collections import Counter

from cronaca.article import Diagnostic, Trust

MIN_WORDS = 300
SCALE = 2.0
EVIDENCE = 3


def trust(diagnostics: tuple[Diagnostic, ...], words: int) -> Trust:
    weighted = 1000 * sum(d.severity for d in diagnostics) / max(words, MIN_WORDS)
    kinds = Counter(d.kind for d in diagnostics)
    rates = {k: round(1000 * n / words, 2) for k, n in sorted(kinds.items())} if words else {}
    strongest = sorted(diagnostics, key=lambda d: -d.severity)[:EVIDENCE]
    evidence = tuple(d.evidence for d in sorted(strongest, key=lambda d: d.start))
    return Trust(round(1 - math.exp(-weighted / SCALE), 3), words, rates, evidence)
