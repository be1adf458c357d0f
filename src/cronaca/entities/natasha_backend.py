"""Russian names and types from natasha (optional backend).

natasha's news NER model and navec embeddings ship inside its PyPI packages
(``slovnet``, ``navec``): nothing is downloaded at run time. Its PER/LOC/ORG
labels are already ours. Demonyms, grouping, nominals and keys stay with the
rules, as with the spaCy backend.
"""
from __future__ import annotations

import functools
import importlib.util

from cronaca.entities.candidates import Candidate

LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
INSTALL = "pip install 'cronaca[natasha]'"


class MissingModel(ImportError):
    pass


@functools.lru_cache(maxsize=1)
def _load():
    from natasha import NewsEmbedding, NewsNERTagger
    return NewsNERTagger(NewsEmbedding())


class NatashaNames:
    """Used only on Russian articles (``self.lang``); rules do the rest."""

    lang = "ru"

    def __init__(self, model: str | None = None):
        if model not in (None, "news"):
            raise ValueError(f"natasha has one NER model, 'news'; got {model!r}")
        if importlib.util.find_spec("natasha") is None:
            raise MissingModel(f"the natasha backend needs natasha: {INSTALL}")
        try:
            _load()
        except ImportError as exc:     # natasha present, a dependency (slovnet, navec...) not
            raise MissingModel(f"natasha could not be loaded ({exc}): {INSTALL}") from exc
        self.model = "news"
        self.label = "natasha:news"

    def __call__(self, text: str, spans: list[tuple[int, int]]) -> list[Candidate]:
        tagger = _load()
        out = []
        for (start, _), markup in zip(spans, tagger.map([text[s:e] for s, e in spans])):
            for span in markup.spans:
                kind = LABELS.get(span.type)
                if kind is None:
                    continue
                s, e = start + span.start, start + span.stop
                out.append(Candidate(s, e, text[s:e], kind, backend=self.label))
        return out
