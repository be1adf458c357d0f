"""Document and sentence language with py3langid (offline, ~80 µs a call).

The document language is a vote of its paragraphs weighted by length, so a
short line in another language (a caption, an English name, a "Read more")
cannot flip it. A sentence gets its own language only when it is long enough
and the identifier is confident; otherwise it inherits the document's.
"""
from __future__ import annotations

from collections import Counter

from cronaca.article import Article, Sentence
from cronaca.langid import identify

MIN_PARAGRAPH_CHARS = 40     # shorter paragraphs do not vote
MIN_SENTENCE_CHARS = 40      # shorter sentences inherit the document language
SENTENCE_CONFIDENCE = 0.95


def document_language(chunks: list[str], hint: str | None = None) -> tuple[str | None, float]:
    """Length-weighted vote over chunks; ``hint`` (e.g. <html lang>) breaks near-ties."""
    votes: Counter[str] = Counter()
    for chunk in chunks:
        if len(chunk) < MIN_PARAGRAPH_CHARS:
            continue
        lang, prob = identify(chunk)
        votes[lang] += len(chunk) * prob
    if not votes:
        joined = " ".join(chunks).strip()
        if not joined:
            return hint, 0.0
        lang, prob = identify(joined)
        return lang, round(prob * 0.5, 3)   # a guess from short text: say so
    total = sum(votes.values())
    ranked = votes.most_common(2)
    best, weight = ranked[0]
    if hint and len(ranked) > 1 and ranked[1][0] == hint and ranked[1][1] > 0.8 * weight:
        best, weight = ranked[1]
    return best, round(weight / total, 3)


class DocumentLanguage:
    name = "language"
    needs = frozenset({"text", "paragraphs"})
    adds = frozenset({"language"})

    def __init__(self, forced: str | None = None):
        self.forced = forced

    def __call__(self, article: Article) -> Article:
        if self.forced:
            return article.replace(language=self.forced, language_confidence=1.0)
        chunks = [article.span_text(p) for p in article.paragraphs] or [article.text]
        hint = article.metadata.declared_language
        lang, confidence = document_language(chunks, hint)
        return article.replace(language=lang, language_confidence=confidence)


class SentenceLanguage:
    name = "sentence-language"
    needs = frozenset({"sentences", "language"})
    adds = frozenset({"sentence_language"})

    def __call__(self, article: Article) -> Article:
        out = []
        for sentence in article.sentences:
            lang = article.language
            text = article.span_text(sentence)
            if len(text) >= MIN_SENTENCE_CHARS:
                guess, prob = identify(text)
                if guess != article.language and prob >= SENTENCE_CONFIDENCE:
                    lang = guess
            out.append(Sentence(sentence.start, sentence.end, lang))
        return article.replace(sentences=tuple(out))
