"""Which of a group of copies and translations is most likely the original, and why.

Each clue gives points to some members and says so in words; the member with the
most points is the likely original, and its reasons are the clues it won:
- published first (publication metadata, compared only when two or more members
  have a date): +3;
- words left untranslated from another member's language (a foreign fragment that
  reads as that language) mark a translation from it: -2 to the copy, +1 to the
  members written in that language;
- fewer traces of machine translation (trust score; see ``cronaca.diagnostics``):
  +1 to the cleanest when it is clearly cleaner (by 0.2 or more), -1 to any member
  scoring 0.5 or more;
- more complete (more names, numbers and dates than every other member, by 10%): +1;
- written in the language of the country its quoted sources speak from (the
  country named most in the sentences that carry quotes): +1.
Ties go to the member first stored in the corpus. The clues are weak one by one;
the reasons let a reader weigh them.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from cronaca.article import Article
from cronaca.diagnostics.names import language_name
from cronaca.links.evidence import features
from cronaca.provenance.facts import sentence_facts

TRACES_MARGIN, TRACES_HIGH, COMPLETE_MARGIN = 0.2, 0.5, 0.9


@dataclass
class Member:
    id: int | str
    article: Article
    link: str | None = None          # how it is linked to the article asked about
    points: int = 0
    reasons: list[str] = field(default_factory=list)     # for it
    against: list[str] = field(default_factory=list)     # against it

    @property
    def language(self) -> str:
        return (self.article.language or "?").split("-")[0]

    def to_dict(self) -> dict:
        a = self.article
        return {"id": self.id, "title": a.title, "language": a.language,
                "published": a.metadata.published, "source": a.source, "link": self.link,
                "points": self.points, "reasons": self.reasons, "against": self.against}


@dataclass
class Origin:
    asked: int | str
    original: Member
    members: list[Member]

    @property
    def reasons(self) -> list[str]:
        return self.original.reasons

    def to_dict(self) -> dict:
        return {"asked": self.asked, "original": self.original.id,
                "reasons": self.reasons, "members": [m.to_dict() for m in self.members]}


def likely_original(asked: int | str, members: list[Member]) -> Origin:
    """``members``: the article asked about and its copies, first stored first."""
    if len(members) == 1:
        members[0].reasons.append("no copy or translation of it is in the corpus")
        return Origin(asked, members[0], members)
    for clue in (_earliest, _untranslated, _traces, _complete, _sources_language):
        clue(members)
    best = max(members, key=lambda m: m.points)          # max keeps the first of equals
    if sum(m.points == best.points for m in members) > 1:
        best.reasons.append("among equals, the first stored in the corpus")
    ranked = sorted(members, key=lambda m: -m.points)
    return Origin(asked, best, ranked)


def _earliest(members: list[Member]) -> None:
    dated = sorted((m.article.metadata.published, i) for i, m in enumerate(members)
                   if m.article.metadata.published)
    if len(dated) < 2 or dated[0][0] == dated[1][0]:
        return
    first = members[dated[0][1]]
    first.points += 3
    first.reasons.append(f"published first ({dated[0][0]}; next {dated[1][0]})")


def _untranslated(members: list[Member]) -> None:
    languages = {m.language for m in members}
    for m in members:
        for diagnostic in m.article.diagnostics:
            if diagnostic.kind != "foreign_fragment":
                continue
            source = _reads_as(diagnostic.text, languages - {m.language})
            if source is None:
                continue
            m.points -= 2
            m.against.append(f"words left in {language_name(source)}: '{diagnostic.text}'")
            for other in members:
                if other.language == source:
                    other.points += 1
                    other.reasons.append(f"the {language_name(m.language)} copy #{m.id} keeps "
                                         f"words of its language untranslated "
                                         f"('{diagnostic.text}')")
            break


def _reads_as(text: str, candidates: set[str]) -> str | None:
    """The candidate language whose common words the fragment is made of."""
    from wordfreq import zipf_frequency
    tokens = [w for w in text.split() if w.isalpha()]
    best, best_score = None, 3.0
    for language in candidates:
        try:
            score = sum(zipf_frequency(w, language) for w in tokens) / max(1, len(tokens))
        except LookupError:
            continue
        if score > best_score:
            best, best_score = language, score
    return best


def _traces(members: list[Member]) -> None:
    scored = sorted((m.article.trust.score, i) for i, m in enumerate(members)
                    if m.article.trust is not None)
    for score, i in scored:
        if score >= TRACES_HIGH:
            members[i].points -= 1
            members[i].against.append(f"shows traces of machine translation "
                                      f"(score {score:.2f})")
    if len(scored) >= 2 and scored[1][0] - scored[0][0] >= TRACES_MARGIN:
        cleanest = members[scored[0][1]]
        cleanest.points += 1
        cleanest.reasons.append(f"fewest traces of machine translation (score "
                                f"{scored[0][0]:.2f}, next {scored[1][0]:.2f})")


def _complete(members: list[Member]) -> None:
    counts = sorted(((len(features(m.article)), i) for i, m in enumerate(members)),
                    reverse=True)
    if counts[0][0] and counts[1][0] <= COMPLETE_MARGIN * counts[0][0]:
        most = members[counts[0][1]]
        most.points += 1
        most.reasons.append(f"most complete: {counts[0][0]} names, numbers and dates "
                            f"(next {counts[1][0]})")


def _sources_language(members: list[Member]) -> None:
    for m in members:
        country = _quoted_country(m.article)
        spoken = _main_language(country) if country else None
        if spoken and spoken == m.language:
            m.points += 1
            m.reasons.append(f"written in {language_name(spoken)}, the language of the "
                             f"country its quoted sources speak from ({country.upper()})")


def _quoted_country(article: Article) -> str | None:
    quoted = {(q.start, q.end) for q in article.quotes}
    if not quoted:
        return None
    keys: Counter = Counter()
    for facts in sentence_facts(article):
        if any(s < facts.end and e > facts.start for s, e in quoted):
            keys.update(k[4:] for k in facts.names if k.startswith("iso:"))
    return keys.most_common(1)[0][0] if keys else None


def _main_language(country: str) -> str | None:
    """The most spoken language of a country (CLDR likely subtags, via langcodes)."""
    try:
        import langcodes
        return langcodes.Language.get(f"und-{country.upper()}").maximize().language
    except (ImportError, LookupError, ValueError):   # unknown region: no clue, not an error
        return None
