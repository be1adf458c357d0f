"""The Article: one immutable clean text with stand-off annotations.

Every annotation points into ``Article.text`` with character offsets
(``text[start:end]``). Steps never edit the text; they return a new Article
with more annotations (``article.replace(...)``).
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "cronaca.article/1"


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text_in(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass(frozen=True)
class Sentence(Span):
    language: str | None = None


@dataclass(frozen=True)
class Paragraph(Span):
    pass


@dataclass(frozen=True)
class RemovedLine:
    """A line of the input that is not part of the clean text, and why.

    Removed lines are not in ``Article.text``, so they carry their own text and
    their 1-based line number in the input (0 when the input had no lines,
    e.g. HTML).
    """
    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Mention(Span):
    """One place an entity is named ("Vladimir Putin", "Putin", "il presidente russo")."""
    text: str = ""
    kind: str = "name"                     # "name" | "nominal" | "adjective"


@dataclass(frozen=True)
class Entity:
    id: str                                # "e1", "e2"... unique within the article
    name: str                              # canonical name, e.g. "Vladimir Putin"
    type: str                              # "PER" | "ORG" | "LOC" | "MISC"
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    key: str = ""                          # cross-article, cross-script key ("putin vladimir")
    backend: str = "rules"                 # what found it: "rules", "spacy:en_core_web_sm"...


@dataclass(frozen=True)
class Speaker(Span):
    text: str = ""                         # the speaker mention as written
    entity_id: str | None = None           # resolved entity, or None for a nominal speaker
    name: str | None = None                # the entity's canonical name, or the nominal phrase


@dataclass(frozen=True)
class Cue(Span):
    text: str = ""


@dataclass(frozen=True)
class Quote(Span):
    """A reported statement: ``start``/``end`` delimit its content."""
    text: str = ""
    kind: str = "direct"                   # "direct" | "partial" | "indirect"
    cue: Cue | None = None
    speaker: Speaker | None = None         # None: unattributed
    confidence: float = 0.0


@dataclass(frozen=True)
class Diagnostic(Span):
    """A trace of careless machine translation or rewriting, with its evidence."""
    text: str = ""
    kind: str = ""                         # "non_word" | "foreign_fragment" | "anachronism" | ...
    evidence: str = ""                     # why, in one sentence a reader can check
    severity: float = 0.0                  # 0..1: how strongly this alone suggests machine processing


@dataclass(frozen=True)
class Trust:
    """How much this copy shows traces of machine translation or rewriting."""
    score: float                           # 0 (none) .. 1 (strong traces)
    words: int                             # words the rates are counted on
    per_1000_words: dict[str, float] = field(default_factory=dict)   # kind -> rate
    evidence: tuple[str, ...] = ()         # the few strongest pieces, in words


@dataclass(frozen=True)
class Failure:
    """A step that could not do its job on this article (the run goes on)."""
    step: str
    reason: str
    message: str


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    author: str | None = None
    published: str | None = None          # ISO 8601 date or datetime
    site: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    description: str | None = None
    fetched_at: str | None = None
    content_type: str | None = None
    encoding: str | None = None
    declared_language: str | None = None   # <html lang>, Content-Language, JSONL field
    # where each field came from, e.g. {"title": "repeated headline line"}
    origin: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Article:
    source: str
    text: str
    input_kind: str                        # "html" | "text"
    metadata: Metadata = field(default_factory=Metadata)
    language: str | None = None
    language_confidence: float | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    removed: tuple[RemovedLine, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    trust: Trust | None = None
    failures: tuple[Failure, ...] = ()
    steps: tuple[str, ...] = ()            # steps that ran, in order

    @property
    def id(self) -> str:
        """Content identity: the same clean text from the same URL is the same article."""
        key = (self.metadata.canonical_url or self.metadata.url or "") + "\n" + self.text
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    @property
    def title(self) -> str | None:
        return self.metadata.title

    def replace(self, **changes: Any) -> "Article":
        return dataclasses.replace(self, **changes)

    def span_text(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def to_dict(self) -> dict[str, Any]:
        from cronaca.serialize import article_to_dict
        return article_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        from cronaca.serialize import article_from_dict
        return article_from_dict(data)
