"""What a speaker phrase refers to: an entity, an earlier speaker, or itself.

A phrase that overlaps an entity mention (or equals an entity's name or alias)
is that entity. A pronoun keeps its own span and is resolved to the nearest
earlier speaker (or person entity) of a compatible gender; when there is none
within ``RESOLVE_WITHIN`` characters, the name stays empty rather than guessed.
Without entities, a surname alone ("Rubio") takes the full name of an earlier
speaker ("Marco Rubio").
"""
from __future__ import annotations

import bisect
import re
import functools
from dataclasses import dataclass, field

from cronaca import languages
from cronaca.article import Article, Entity, Speaker
from cronaca.entities.lexicon import fold, lexicon as entity_lexicon
from cronaca.quotes.lexicon import Lexicon

# A capitalised name right before a relative pronoun: "Beck, who", "Sen. Tim Kaine who"
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.\-]*\s){0,3}[A-Z][\w'’\-]*)[\s,]*$")
RESOLVE_WITHIN = 2500      # characters: an earlier speaker further back is not "clear"


@dataclass
class _Known:
    pos: int
    name: str | None
    entity_id: str | None
    gender: str = ""
    person: bool = True            # False for an organisation or place entity


@functools.lru_cache(maxsize=64)
def first_person(code: str) -> frozenset[str]:
    """[quotes] ``pronouns_first_person``: the writer or a group, never an earlier speaker."""
    table = languages.get(code).section("quotes")
    return frozenset(w.casefold() for w in table.get("pronouns_first_person", ()))


@dataclass
class SpeakerResolver:
    """Links speaker phrases to entities and pronouns to earlier speakers."""
    article: Article
    lex: Lexicon
    history: list[_Known] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._mentions = sorted((m.start, m.end, e) for e in self.article.entities
                                for m in e.mentions)
        self._starts = [m[0] for m in self._mentions]
        self._names = {}
        for entity in self.article.entities:
            for alias in (entity.name, *entity.aliases):
                self._names.setdefault(alias.casefold(), entity)

    def speaker(self, start: int, end: int) -> Speaker:
        text = self.article.text[start:end]
        gender = self.lex.pronoun_gender.get(text.casefold())
        if gender is not None:
            first = text.casefold() in first_person(self.lex.code)
            known = None if first else self._antecedent(start, gender)
            return Speaker(start, end, text, known.entity_id if known else None,
                           known.name if known else None)
        if text.casefold() in self.lex.relatives:
            start_of, entity = self._antecedent_of_relative(start)
            name = entity.name if entity else start_of
            if name:
                self.history.append(_Known(start, name, entity.id if entity else None))
            return Speaker(start, end, text, entity.id if entity else None, name)
        entity = self._entity(start, end, text)
        if entity is not None:
            name, entity_id = entity.name, entity.id
        else:
            name, entity_id = self._earlier_full_name(text), None
        person = entity is None or entity.type == "PER"
        self.history.append(_Known(start, name, entity_id, person=person))
        return Speaker(start, end, text, entity_id, name)

    def _entity(self, start: int, end: int, text: str) -> Entity | None:
        i = bisect.bisect_left(self._starts, end)
        for s, e, entity in reversed(self._mentions[max(0, i - 20):i]):
            if s < end and e > start and (_speaks_for(entity.type, e - s, end - start)
                                          or self._named_body(entity, start, s, e, end)):
                return entity
        return self._names.get(text.casefold())

    def _named_body(self, entity: Entity, start: int, s: int, e: int, end: int) -> bool:
        """"L'agenzia di notizie russa Ria Novosti": an organisation named at the end of
        a phrase that describes it with a word for a body (agency, newspaper) and names no
        person ("la portavoce dell'agenzia X" is the spokeswoman) is the speaker."""
        if entity.type != "ORG" or e != end:
            return False
        lex = entity_lexicon(self.lex.code)
        words = [fold(w) for w in re.findall(r"\w+", self.article.text[start:s])]
        return any(w in lex.org_words for w in words) and not any(
            w in lex.person_titles or w in lex.person_nouns for w in words)

    def _antecedent_of_relative(self, pos: int) -> tuple[str | None, Entity | None]:
        """"Beck, who said": the name right before the relative pronoun."""
        head = self.article.text[max(0, pos - 60):pos]
        m = _NAME_BEFORE.search(head)
        if m is None:
            return None, None
        lo, hi = pos - len(head) + m.start(1), pos - len(head) + m.end(1)
        entity = self._entity(lo, hi, m.group(1))
        if entity is not None and entity.type != "PER":
            return None, None              # "the Stonewall Inn, which Obama declared"
        return m.group(1), entity

    def _earlier_full_name(self, text: str) -> str:
        """"Rubio" after "Marco Rubio" spoke: the same person, named in full."""
        if " " in text or not text[:1].isupper():
            return text
        for known in reversed(self.history):
            if known.name and text in (known.name.split()[0], known.name.split()[-1]):
                return known.name
        return text

    def _antecedent(self, pos: int, gender: str) -> _Known | None:
        candidates = [k for k in self.history if k.pos < pos and k.name]
        i = bisect.bisect_left(self._starts, pos)
        for s, _e, entity in self._mentions[max(0, i - 30):i]:
            if entity.type == "PER":
                candidates.append(_Known(s, entity.name, entity.id))
        for known in sorted(candidates, key=lambda k: k.pos, reverse=True):
            if pos - known.pos > RESOLVE_WITHIN:
                break
            if gender and ((known.gender and known.gender != gender) or not known.person):
                continue                   # "he" is a man, not a company or a city
            if gender:
                self._set_gender(known.name, gender)
            self.history.append(_Known(pos, known.name, known.entity_id, gender))
            return known
        return None

    def _set_gender(self, name: str | None, gender: str) -> None:
        for known in self.history:
            if known.name == name and not known.gender:
                known.gender = gender


def _speaks_for(entity_type: str, mention_len: int, speaker_len: int) -> bool:
    """A person named in the speaker phrase is the speaker ("il ministro Karim Benali");
    an organisation only when it is most of the phrase: in "la portavoce di un comitato
    di Graz" the speaker is the spokeswoman, not Graz."""
    if entity_type == "PER":
        return True
    return entity_type == "ORG" and mention_len * 2 >= speaker_len
