"""Group the mentions of one article into entities.

Longest names first: "Vladimir Putin" makes the entity, "Putin" joins it.
A shorter name that fits several people ("Kim": Kim Jong Un and Kim Jong Il)
goes to the one named most often, then to the one named first: the article
is more likely about the person it keeps naming, or introduces first, than
about someone mentioned in passing. Inflected forms
("Asię Bibi", "Путина") match when they share a stem and differ only by a
short ending, in languages whose ``[entities]`` lists such endings.
Places group by the country or city they name, so "Russia" and "russo" are one.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from cronaca.entities.aliases import alias_key
from cronaca.entities.lexicon import NAME_PARTICLES, Lexicon, fold
from cronaca.entities.candidates import Candidate


@dataclass
class Group:
    type: str | None
    forms: list[list[str]] = field(default_factory=list)    # folded words of each full name
    members: list[Candidate] = field(default_factory=list)
    place: str = ""                                         # country code or English city name
    titles: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)        # of the adjective next to its title

    def full_mentions(self) -> list[Candidate]:
        longest = max(len(f) for f in self.forms) if self.forms else 0
        return [m for m in self.members if m.kind == "name" and len(_words(m.text)) >= longest]


def words_match(a: str, b: str, slack: int) -> bool:
    if a == b:
        return True
    if not slack:
        return False
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    return p >= 3 and len(a) - p <= slack and len(b) - p <= slack


def _words(text: str) -> list[str]:
    return [w for w in fold(text).replace("-", " ").split() if w not in NAME_PARTICLES]


def group(cands: list[Candidate], lex: Lexicon) -> list[Group]:
    slack = 3 if lex.suffixes else 0
    groups: list[Group] = []
    places: dict[str, Group] = {}
    names = [c for c in cands if (c.kind == "name" or (c.kind == "nominal" and c.type == "ORG"))
             and not c.country and not c.english and _words(c.text)]
    for c in cands:       # places first: they group by what they name, not by spelling
        if c.country or c.english:
            key = c.country or c.english
            g = places.get(key) or places.setdefault(key, Group("LOC", place=key))
            g.members.append(c)
            if c.kind == "name":
                g.forms.append(_words(c.text))
    groups.extend(places.values())
    several = [c for c in names if len(_words(c.text)) > 1]
    for c in sorted(several, key=lambda c: (-len(_words(c.text)), c.start)):
        words = _words(c.text)
        _add(groups, _same(groups, words, c, slack) or _containing(groups, words, c, slack), c, words)
    for c in sorted((c for c in names if len(_words(c.text)) == 1), key=lambda c: c.start):
        words = _words(c.text)
        same = _same(groups, words, c, slack)
        best = _containing(groups, words, c, slack, before=c.start)
        if same is not None and (best is None or len(same.members) > len(best.members)):
            best = same
        _add(groups, best, c, words)
    _late_full_names(groups, slack)
    _acronyms(groups, cands)
    _same_alias(groups)
    _note_countries(groups, cands)
    return [g for g in groups if g.members]


def _add(groups: list[Group], g: Group | None, c: Candidate, words: list[str]) -> None:
    if g is None:
        g = Group(c.type, forms=[words])
        groups.append(g)
    else:
        if g.type is None:
            g.type = c.type
        if len(words) > 1 and words not in g.forms and any(len(f) == len(words) for f in g.forms):
            g.forms.append(words)     # "Азию-Биби", then "Асия Биби": two spellings of one full name
    g.members.append(c)
    if c.title:
        g.titles.add(c.title)


def _late_full_names(groups: list[Group], slack: int) -> None:
    """"Bibi" named before "Asia Bibi": one person, unless the short name is the more frequent
    (then the article is about someone else with that name, as "Kim" and Kim Jong Il)."""
    for g in list(groups):
        if g.place or not g.forms or any(len(f) > 1 for f in g.forms):
            continue
        c = g.members[0]
        best = _containing([x for x in groups if x is not g], g.forms[0], c, slack)
        # a surname repeated more often than the full name is the usual news pattern
        # ("Jean-Claude Juncker ... Juncker ... Juncker"); a first word is not ("Kim")
        if best is not None and (len(g.members) <= len(best.members) or _surname_of(g.forms[0], best, slack)):
            best.members.extend(g.members)
            best.titles |= g.titles
            g.members = []


def _surname_of(words: list[str], g: Group, slack: int) -> bool:
    return g.type in ("PER", None) and all(len(f) > 1 and words_match(words[0], f[-1], slack) for f in g.forms)


def _acronyms(groups: list[Group], cands: list[Candidate]) -> None:
    """"UE" is "Unia Europejska" when exactly one name of the article has those initials."""
    full = [c for c in cands if c.kind == "name" and len(c.text.split()) > 1]
    for g in list(groups):
        forms = {m.text for m in g.members if m.kind == "name"}
        if len(forms) != 1 or g.place:
            continue
        acronym = next(iter(forms))
        if not (acronym.isupper() and 2 <= len(acronym) <= 5 and acronym.isalpha()):
            continue
        owners = {id(h): h for c in full for h in groups if h is not g and c in h.members
                  and "".join(w[0] for w in c.text.split() if w[:1].isupper()) == acronym}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            owner.members.extend(g.members)
            g.members = []


def alias_of(g: Group) -> str | None:
    """The key the alias lists give one of the group's longest names ("Unii Europejskiej":
    "org:eu"); a shorter one may be a word of a longer name ("Брекзит" in "Брекзит Мишел Барние")."""
    return next((k for k in (alias_key(m.text) for m in g.full_mentions()) if k), None)


def _same_alias(groups: list[Group]) -> None:
    """"UE" and "Unii Europejskiej", "ЕС" and "Евросоюз": one entity when the aliases say so."""
    first: dict[str, Group] = {}
    for g in groups:
        key = None if g.place or not g.members else alias_of(g)
        if key is None:
            continue
        owner = first.setdefault(key, g)
        if owner is not g:
            owner.members.extend(g.members)
            owner.forms.extend(g.forms)
            g.members = []


def _compatible(g: Group, c: Candidate) -> bool:
    # types from cue words are weak evidence: only an acronym keeps apart from a person;
    # a name typed ORG is no place ("la Cina ha detto", "il Livorno"): the state, the club
    if (c.text.isupper() and g.type == "PER") or (g.place and c.type == "ORG"):
        return False
    return not (g.type == "ORG" and g.forms and all(len(f) == 1 for f in g.forms) and c.type == "PER")


def _same(groups, words, c, slack) -> Group | None:
    for g in groups:
        if _compatible(g, c) and any(len(f) == len(words) and _same_words(f, words, slack) for f in g.forms):
            return g
    return None


def _same_words(a: list[str], b: list[str], slack: int) -> bool:
    """Word by word the same name; in a name of several words one word may be spelt with
    one other letter inside it ("Асия Биби", "Азия Биби"), not at its end ("Mario", "Maria")."""
    misses = [(x, y) for x, y in zip(a, b) if not words_match(x, y, slack)]
    return not misses or (len(a) > 1 and len(misses) == 1 and _one_letter(*misses[0], slack))


def _one_letter(x: str, y: str, slack: int) -> bool:
    """"азия" and "асии": one letter apart before the ending, then the same (inflected) word."""
    i = next((i for i, (p, q) in enumerate(zip(x, y)) if p != q), None)
    return (i is not None and 0 < i < min(len(x), len(y)) - 2
            and words_match(x[:i] + y[i] + x[i + 1:], y, slack))


def _containing(groups, words, c, slack, before: int | None = None) -> Group | None:
    """The person whose longer name holds every word of ``words``; see module docstring.
    With ``before``, only people already named in full before that offset."""
    fits = [g for g in groups if _compatible(g, c) and not g.place
            and (g.type in ("PER", None) or _head_of(words, g, slack))
            and any(len(f) > len(words) and all(any(words_match(w, x, slack) for x in f)
                                                for w in words) for f in g.forms)
            and (before is None or any(m.start < before and len(_words(m.text)) > len(words)
                                       for m in g.members))]
    if not fits or (len(fits) > 1 and all(g.type not in ("PER", None) for g in fits)):
        return None     # "Korea" with North and South Korea named: leave it alone

    def score(g: Group):     # named more often, then named first: the article's subject
        return (len(g.members), -min(m.start for m in g.members))
    return max(fits, key=score)


def _head_of(words: list[str], g: Group, slack: int) -> bool:
    """"Unii" for "Unii Europejskiej": an organisation named by its first word."""
    return len(words) == 1 and any(len(f) > 1 and words_match(words[0], f[0], slack) for f in g.forms)


def _note_countries(groups: list[Group], cands: list[Candidate]) -> None:
    """Remember "russo" in "il Presidente russo Vladimir Putin" as Putin's country."""
    adjectives = [c for c in cands if c.kind == "adjective"]
    for g in groups:
        for m in g.members:
            if not m.title:
                continue
            for a in adjectives:
                if 0 <= m.start - a.end <= 30:
                    g.countries.add(a.country)
