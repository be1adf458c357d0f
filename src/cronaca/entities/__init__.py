"""The entities step: people, organisations and places, with their mentions.

``Entities()(article)`` finds mentions (rules by default, see ``mentions``),
groups them into entities within the article (``merge``), links nominal
mentions ("il presidente russo") when the text supports it (``nominal``) and
gives each entity a cross-article key (``keys``). ``Entities(backend="spacy")``
takes names and types from an installed spaCy pipeline instead, keeping the
rules for demonyms, grouping, nominals and keys; ``Entity.backend`` says which
produced each entity. ``Entities(backend="natasha")`` does the same for Russian
with natasha's news NER model.
"""
from __future__ import annotations

from collections import Counter

from cronaca import languages, lemmas
from cronaca.article import Article, Entity, Mention
from cronaca.entities.keys import entity_key, lemma_words
from cronaca.entities.first_names import places_as_first_names
from cronaca.entities.lexicon import Lexicon, fold, lexicon
from cronaca.entities.candidates import Candidate
from cronaca.entities.mentions import MentionFinder
from cronaca.entities.teams import as_teams_in_article, fixtures
from cronaca.entities.topics import topic_orgs_in_article
from cronaca.entities.lineups import players_in_lineups
from cronaca.entities.tokens import tokenize
from cronaca.entities.merge import Group, alias_of, group
from cronaca.entities.nominal import link_nominals
from cronaca.entities.org_names import with_org_names
from cronaca.entities.context_passes import refined
from cronaca.entities.nouns import inflected_noun, nominative_place, noun_phrases_dropped
from cronaca.entities.directions import with_directions
from cronaca.entities.particles import with_forms_of_address, with_opening_particles
from cronaca.entities.inner_particles import with_inner_particles
from cronaca.entities.person_runs import with_person_runs
from cronaca.entities.name_pieces import with_name_pieces
from cronaca.entities.typed import group_types
from cronaca.entities.words import common_word_test

BACKENDS = ("rules", "spacy", "natasha")


class Entities:
    name = "entities"
    needs = frozenset({"text", "sentences", "language"})
    adds = frozenset({"entities"})

    def __init__(self, backend: str = "rules", model: str | None = None):
        if backend not in BACKENDS:
            raise ValueError(f"unknown entities backend {backend!r}; choose one of {BACKENDS}")
        self.backend = backend
        self._model = None
        if backend == "spacy":
            from cronaca.entities.spacy_backend import SpacyNames
            self._model = SpacyNames(model)
        elif backend == "natasha":
            from cronaca.entities.natasha_backend import NatashaNames
            self._model = NatashaNames(model)

    def __call__(self, article: Article) -> Article:
        if self._model is None and not _cased_script(article.text):
            # The rules read capital letters; Japanese, Korean, Chinese, Arabic... have
            # none, and wordfreq would need MeCab/jieba for them. No guesses then.
            return article.replace(entities=())
        lex = lexicon(article.language)
        spans = [(s.start, s.end) for s in article.sentences] or [(0, len(article.text))]
        cands = find_candidates(article.text, spans, lex) + context_candidates(article, lex)
        if self._model is not None and self._model.lang == lex.code:
            names = self._model(article.text, spans)
            for n in names:     # a place the gazetteer knows groups with its adjectives
                place = lex.place(n.text) if n.type == "LOC" else None
                if place:
                    n.country, n.english = place.code, place.english
            cands = names + [c for c in cands if c.kind == "adjective"
                             or not any(n.start < c.end and c.start < n.end for n in names)]
        groups = group(cands, lex)
        places_as_first_names(groups, lex)
        link_nominals(article.text, spans, groups, cands, lex)
        types = group_types(article.text, groups, lex)
        groups = [g for g in groups if not common_noun(g, types[id(g)], lex) and not inflected_noun(
            {m.text for m in g.members}, types[id(g)], lex, g.place)]
        entities = [to_entity(g, i, article.language, lex, types[id(g)]) for i, g in enumerate(
            sorted((g for g in groups if any(not m.context for m in g.members)),
                   key=lambda g: min(m.start for m in g.members if not m.context)), 1)]
        return article.replace(entities=tuple(entities))


def find_candidates(text: str, spans: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    data = languages.get(lex.code)
    tokens = [tokenize(text[s:e], s) for s, e in spans]
    known_caps = {t.text for sentence in tokens for t in sentence if t.cap and not t.opens}
    finder = MentionFinder(lex, data.stopwords, common_word_test(lex))
    finder.name_words = {t.text for sentence in tokens for a, b in zip(sentence, sentence[1:])
                         if a.cap and b.cap and not b.opens and text[a.end:b.start] == " "
                         for t in (a, b) if not t.opens}
    found = [c for (s, e), sentence in zip(spans, tokens) for c in finder(text, s, e, known_caps, sentence)]
    found = refined(text, tokens, with_org_names(text, tokens, found, lex, data.stopwords), lex, data.stopwords)
    found = with_opening_particles(text, noun_phrases_dropped(text, found, lex), lex)
    found = with_inner_particles(text, with_person_runs(text, found, lex), lex)
    found = with_name_pieces(text, found, lex)
    found = with_directions(text, with_forms_of_address(text, found, lex), lex)
    as_teams_in_article(lex, [text[s:e] for s, e in spans], found)
    topic_orgs_in_article(lex, text, tokens, found)
    fixtures(text, found)
    players_in_lineups(lex, text, found)
    return sorted(found, key=lambda c: c.start)


# Removed lines that still name the article's people ("Kim Jong Un e Putin" as a caption).
CONTEXT_REASONS = frozenset({"title", "truncated teaser", "caption", "repeated headline"})


def context_candidates(article: Article, lex: Lexicon) -> list[Candidate]:
    """Names in the title and captions: they help name and type entities, and are not mentions.

    They get negative offsets, so they count as named before anything in the text.
    """
    lines = [article.metadata.title or ""] + [r.text for r in article.removed if r.reason in CONTEXT_REASONS]
    lines = [line for line in dict.fromkeys(lines) if line.strip()]
    if not lines:
        return []
    joined = "\n".join(lines)
    spans, at = [], 0
    for line in lines:
        spans.append((at, at + len(line)))
        at += len(line) + 1
    found = find_candidates(joined, spans, lex)
    for c in found:
        c.start, c.end, c.context = c.start - len(joined) - 1, c.end - len(joined) - 1, True
    return found


def canonical_name(g: Group, lang: str | None) -> str:
    if g.place:
        place_names = [m for m in g.members if m.kind == "name"]
        local = _country_name(g.place, lang) if len(g.place) == 2 else ""
        if local or not place_names:
            return local or g.place
    names = [m.text for m in g.full_mentions()] or [m.text for m in g.members]
    counts = Counter(names)

    def rank(name: str):
        words = name.replace("-", " ").split()
        return (counts[name], lemma_words(name, lang) == words, -names.index(name))
    return max(counts, key=rank)


def _country_name(code: str, lang: str | None) -> str:
    from babel import Locale, UnknownLocaleError
    try:
        return Locale.parse(lang or "en").territories.get(code, "")
    except (ValueError, UnknownLocaleError):
        return Locale("en").territories.get(code, "")


def common_noun(g: Group, type_: str, lex: Lexicon) -> bool:
    """German capitalises every noun: a one-word name whose lemma is in the language's
    dictionary is a noun, not a name, when nothing typed it ("Aufzüge", "Zumutung") or
    only the head of the compound did ("Grundschule", "Datenbank"; not "Bundestag", which
    is listed). A surname the dictionary also holds ("Merkel") has joined its full name
    or taken a type by now."""
    if not lex.capitalised_nouns or g.place or type_ not in ("MISC", "ORG"):
        return False
    words = {m.text for m in g.members}
    if type_ == "ORG" and not all(_by_compound_head(fold(w), lex) for w in words):
        return False
    return all(" " not in w and "-" not in w and lemmas.is_known(lemmas.lemmatize(w, lex.code), lex.code)
               for w in words)


def _by_compound_head(word: str, lex: Lexicon) -> bool:
    return word in lex.org_words and not frozenset.__contains__(lex.org_words, word)


def to_entity(g: Group, number: int, lang: str | None, lex: Lexicon, type_: str) -> Entity:
    backend = next((m.backend for m in g.members if m.backend != "rules"), "rules")
    found = canonical_name(g, lang)
    name = nominative_place(found, lex) if type_ == "LOC" else found   # "Krakowa" -> "Kraków"
    members = sorted((m for m in g.members if not m.context), key=lambda m: m.start)
    mentions = tuple(Mention(m.start, m.end, m.text, m.kind) for m in members)
    aliases = tuple(dict.fromkeys(m.text for m in members if m.text != name))
    country = g.place if len(g.place) == 2 and g.place.isupper() else ""
    english = g.place if g.place and not country else ""
    key = (not g.place and alias_of(g)) or entity_key(type_, found, lang, country, english)
    return Entity(id=f"e{number}", name=name, type=type_, aliases=aliases, mentions=mentions,
                  key=key, backend=backend)


__all__ = ["Entities", "find_candidates"]


def _cased_script(text: str, sample: int = 2000) -> bool:
    """Are most letters of the text from a script with upper and lower case?"""
    letters = [ch for ch in text[:sample] if ch.isalpha()]
    cased = sum(ch.isupper() or ch.islower() for ch in letters)
    return bool(letters) and cased >= 0.5 * len(letters)
