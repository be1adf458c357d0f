"""Find mentions with rules: capitalised sequences, cue words, gazetteer, demonyms.

Works for any language written in an alphabet with case (Latin, Cyrillic,
Greek...). A capitalised word is a name unless it is at a position where any
word is capitalised (sentence start, after a colon or an opening quote, in a
Title Case headline) and it is a common word of the language there; languages
that capitalise nouns (German) apply that test everywhere.
"""
from __future__ import annotations

from dataclasses import dataclass

from wordfreq import zipf_frequency

from cronaca.entities.aliases import alias_key
from cronaca.entities.cities import is_city
from cronaca.entities.lexicon import NAME_PARTICLES, Lexicon, fold
from cronaca.entities.evidence import cue, name_type
from cronaca.entities.institutions import (MAX_ADJECTIVES, MIN_ADJECTIVE, adjectives_after, connector_end,
                                           institution_length, is_adjective, is_seat, led_by,
                                           person_across_connector, person_after, takes_adjectives)
from cronaca.entities.names import is_given_name
from cronaca.entities.run_places import place_after, place_from, place_prefix
from cronaca.entities.teams import as_teams
from cronaca.entities.tokens import ROMAN, Token, joined, tokenize

RUN_START_ZIPF = 5.5   # a sentence-initial word followed by a name is a name unless this frequent
OPENER_ZIPF = 3.0      # ... or this frequent, when a given name follows it
PLACE_NAME_ZIPF = 4.0  # a word this frequent after a place continues its name ("Roma Capitale")


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    type: str | None                     # None: decided when mentions are grouped
    kind: str = "name"                   # "name" | "adjective"
    title: str = ""                      # person title just before ("presidente")
    country: str = ""                    # ISO code the mention or its adjective names
    english: str = ""                    # English name of a gazetteer place
    backend: str = "rules"               # what found it
    context: bool = False                # found in the title or a caption, not in the text
    cue: str = ""                        # weak type from the words around: "LOC" ("a X"), "PER" ("X ha detto")


class MentionFinder:
    def __init__(self, lex: Lexicon, stopwords: frozenset[str], is_common):
        self.lex, self.stopwords, self.is_common = lex, stopwords, is_common

    name_words: set[str] = set()      # words seen inside a name of several words

    def __call__(self, text: str, start: int, end: int, known_caps: set[str]) -> list[Candidate]:
        tokens = tokenize(text[start:end], start)
        long_words = [t for t in tokens if len(t.text) > 3]
        headline = (len(long_words) >= 3 and sum(t.cap for t in long_words) > 0.6 * len(long_words)
                    and not text[start:end].rstrip().endswith((".", "!", "?")))
        found: list[Candidate] = []
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if not t.cap:
                end = self._institution(text, tokens, i, found)
                if end == i:
                    self._adjective(t, found)
                i = max(end, i + 1)
                continue
            j = self._extend(text, tokens, i)
            n = institution_length(self.lex, tokens, i, text)
            if n > j - i and not t.opens:     # "i Vigili del fuoco", "la Guardia di finanza"
                pieces = [Candidate(t.start, tokens[i + n - 1].end, text[t.start:tokens[i + n - 1].end], "ORG")]
                found.extend(pieces)
                i = self._org_adjectives(text, tokens, i + n, pieces, found)
                continue
            pieces = self._split(text, tokens, i, j, headline, known_caps)
            found.extend(pieces)
            i = self._org_adjectives(text, tokens, j, pieces, found)
        as_teams(self.lex, text[tokens[0].start:tokens[-1].end] if tokens else "", found)
        names = [(c.start, c.end) for c in found if c.kind == "name"]
        # "governo Prodi": the head noun found as an institution is inside the name now
        return [c for c in found if c.kind != "nominal" or not any(
            s <= c.start and c.end <= e for s, e in names)]

    def _org_adjectives(self, text, tokens, j, pieces, found) -> int:
        """"Parlamento europeo": lower-case adjectives after an organisation end its name;
        "Italia settentrionale": an adjective of direction ends a place's."""
        last = pieces[-1] if pieces else None
        if last is None or last.end != tokens[j - 1].end:
            return j
        if last.type == "LOC" and j < len(tokens) and joined(text, tokens[j - 1], tokens[j]) and (
                fold(tokens[j].text) in self.lex.place_adjectives):
            last.end, last.text = tokens[j].end, text[last.start:tokens[j].end]
            return j + 1
        if last.type != "ORG" or not takes_adjectives(self.lex, last.text.split()[0]):
            return j
        k = adjectives_after(self.lex, text, tokens, j)
        if k > j:
            last.end = tokens[k - 1].end
            last.text = text[last.start:last.end]
            for t in tokens[j:k]:
                self._adjective(t, found)
        return k

    def _extend(self, text: str, tokens: list[Token], i: int) -> int:
        """End (exclusive) of the capitalised run starting at ``i``, with connectors."""
        j = i + 1
        while j < len(tokens):
            if self._elided(text, tokens[j - 1], tokens[j]):    # "Banca d'Italia"
                j += 1
                continue
            gap = text[tokens[j - 1].end:tokens[j].start]
            if gap == " & " and tokens[j].cap:        # "Procter & Gamble", "Dolce & Gabbana"
                j += 1
                continue
            if not joined(text, tokens[j - 1], tokens[j]):
                break
            if (tokens[j].text.isdigit() and len(tokens[j].text) <= 2 and not tokens[j - 1].text.isupper()
                    and fold(tokens[j - 1].text) in self.lex.org_words):
                j += 1                                 # "Rai 2", "Movimento 5 Stelle"; not "UE 27"
                continue
            # "Brexit Борис Джонсон", "The Sunday Times Тереза Мей": a name does not
            # change script midway; two names in two scripts only stand side by side
            if _script(tokens[j - 1].text) not in (_script(tokens[j].text), ""):
                break
            if tokens[j].cap and not tokens[j].opens:
                j += 1
            elif (fold(tokens[j].text) in self.lex.connectors | NAME_PARTICLES and j + 1 < len(tokens)
                  and tokens[j + 1].cap and joined(text, tokens[j], tokens[j + 1])):
                j += 2
            elif (j + 1 < len(tokens) and fold(tokens[j].text) in self.lex.conjunctions
                  and self.lex.place(text[tokens[i].start:tokens[j + 1].end])):
                j += 2          # "Trinidad y Tobago", "Bósnia e Herzegovina": one country
            else:
                k = connector_end(self.lex, text, tokens, i, j)
                if k == j:
                    break
                j = k
        return j

    def _elided(self, text: str, a: Token, b: Token) -> bool:
        gap = text[a.end:b.start]
        return (b.cap and not b.opens and gap[:1] == " " and gap.endswith(("'", "’"))
                and fold(gap.strip()[:-1]) in self.lex.connectors)

    def _institution(self, text: str, tokens: list[Token], i: int, found: list[Candidate]) -> int:
        """"il governo", "i vigili del fuoco", "il governo cinese": an organisation named by
        nouns (and the adjectives after them); the index after it, ``i`` if there is none."""
        n = institution_length(self.lex, tokens, i, text)
        if not n:
            return i
        j = adjectives_after(self.lex, text, tokens, i + n)
        start, end = tokens[i].start, tokens[j - 1].end
        found.append(Candidate(start, end, text[start:end], "ORG", "nominal"))
        for t in tokens[i + n:j]:
            self._adjective(t, found)
        return j

    def _adjective(self, t: Token, found: list[Candidate]) -> None:
        code = self.lex.demonym(t.text)
        if code:
            found.append(Candidate(t.start, t.end, t.text, "LOC", "adjective", country=code))

    def _is_name_word(self, t: Token, headline: bool, known_caps: set[str], in_run: bool = False) -> bool:
        word = fold(t.text)
        if word in self.lex.not_names or word in self.lex.person_titles:
            return False
        if self.lex.place(t.text):
            return True
        position_capital = t.opens or headline or self.lex.capitalised_nouns
        if not position_capital:
            return True
        if in_run and is_given_name(t.text, self.lex) and zipf_frequency(word, self.lex.code) < RUN_START_ZIPF:
            return True     # "Giuseppe Rossi" opening a sentence (jusText lists "giuseppe" as a stopword)
        if word in self.stopwords:
            return False
        if t.text in known_caps or t.text in self.name_words:
            return True
        if in_run and zipf_frequency(word, self.lex.code) >= RUN_START_ZIPF:
            return False
        return not self.is_common(t.text)

    def _split(self, text, tokens, i, j, headline, known_caps) -> list[Candidate]:
        """Cut the run at words that are not names; classify each piece."""
        out, piece, title, place_end = [], [], "", i
        for k in range(i, j):
            t = tokens[k]
            word = fold(t.text)
            if not t.cap or (ROMAN.match(t.text) and piece) or k < place_end:   # a connector inside a run
                piece.append(k)
                continue
            place_end = place_from(self.lex, text, tokens, k, j) if t.opens or headline else k
            if place_end > k + 1:   # "Stati Uniti" at a line start: "Stati" alone is a common word
                piece.append(k)
                continue
            if self._after_connector(text, tokens, piece, k) and place_after(self.lex, text, tokens, k, j, piece) or (
                    self._after_connector(text, tokens, piece, k)
                    and person_across_connector(self.lex, tokens, piece, k, j)):
                out.append(self._classify(text, tokens, piece, title))   # "Piazza X di Pyongyang"
                piece = []
            in_run = k + 1 < j and tokens[k + 1].cap
            if in_run and t.opens and self._opens_a_person(tokens[k], tokens[k + 1]):
                self._adjective(t, out)     # "Wczoraj Jarosław Wiśniewski": an adverb, then a person
                continue
            role = not piece and word in self.lex.person_nouns   # "Arcivescovo Giuseppe Betori", not "Marina Militare"
            if not role and self._is_name_word(t, headline, known_caps, in_run) and not (
                    self.lex.demonym(t.text) and not self.lex.place(t.text)
                    and not (piece and tokens[piece[-1]].cap and not t.opens
                             and takes_adjectives(self.lex, next(tokens[p].text for p in piece
                                                                 if tokens[p].cap)))):   # "Federazione Russa"
                piece.append(k)
                continue
            if piece:
                out.extend(self._flush(text, tokens, piece, title))
                piece = []
            if word in self.lex.person_titles:
                title = word
            self._adjective(t, out)
        if piece:
            out.extend(self._flush(text, tokens, piece, title))
        return [c for c in out if c is not None]

    def _flush(self, text, tokens, piece, title) -> list[Candidate | None]:
        """The names of a finished piece: one, or two where one name runs into another."""
        n = (self._place_before_person(text, tokens, piece) or self._org_before_person(text, tokens, piece)
             or self._person_before_org(tokens, piece) or self._event_at_place(text, tokens, piece)
             or self._known_before_name(text, tokens, piece))
        if n:
            return [self._classify(text, tokens, piece[:n], ""), self._classify(text, tokens, piece[n:], title)]
        return [self._classify(text, tokens, piece, title)]

    def _opens_a_person(self, t: Token, after: Token) -> bool:
        return (is_given_name(after.text, self.lex) and not is_given_name(t.text, self.lex)
                and zipf_frequency(fold(t.text), self.lex.code) >= OPENER_ZIPF)

    def _place_before_person(self, text, tokens, piece) -> int:
        """"USA Donald Trump", "Германии Хайко Маас": a place, then a person's name; but
        "London Stock Exchange", "Roma Capitale", "Roma TPL" are one name (a common
        word, an organisation word or an acronym after the place)."""
        n = place_prefix(self.lex, text, tokens, piece)
        if not n:
            return 0
        rest = tokens[piece[n]].text
        if self.lex.place(rest) or is_given_name(rest, self.lex):
            return n
        place = self.lex.place(text[tokens[piece[0]].start:tokens[piece[n - 1]].end])
        if not (place and place.code) and len(piece) - n < 2:
            return 0        # "Asia Bibi": a city or a continent starts no one-word name it does not know
        common = max(zipf_frequency(rest.lower(), self.lex.code), zipf_frequency(rest.lower(), "en"))
        return 0 if (rest.isupper() or fold(rest) in self.lex.org_words or common >= PLACE_NAME_ZIPF) else n

    @staticmethod
    def _known_before_name(text, tokens, piece) -> int:
        """"Brexit Michel Barnier", "NATO Jens Stoltenberg": a name the alias lists know, then another."""
        whole = text[tokens[piece[0]].start:tokens[piece[-1]].end]
        if len(piece) < 2 or alias_key(whole):
            return 0
        n = 1
        while n < len(piece) and not tokens[piece[n]].cap:
            n += 1
        head = text[tokens[piece[0]].start:tokens[piece[n - 1]].end]
        return n if n < len(piece) and alias_key(head) else 0

    def _event_at_place(self, text, tokens, piece) -> int:
        """"Coppa Italia", "Rally Dakar": an event, then the place it is named after."""
        if len(piece) < 2 or fold(tokens[piece[0]].text) not in self.lex.misc_words:
            return 0
        rest = text[tokens[piece[1]].start:tokens[piece[-1]].end]
        return 1 if tokens[piece[1]].cap and (self.lex.place(rest) or is_city(rest)) else 0

    def _person_before_org(self, tokens, piece) -> int:
        """"Federica Guidi Ministero del Lavoro": a person, then an organisation whose
        name starts with its org word (not "Mario Negri Institute", where it ends)."""
        if not is_given_name(tokens[piece[0]].text, self.lex):
            return 0
        for n in range(2, len(piece) - 1):
            if tokens[piece[n - 1]].cap and fold(tokens[piece[n]].text) in self.lex.org_words:
                return n
        return 0

    def _org_before_person(self, text, tokens, piece) -> int:
        if len(piece) > 1 and tokens[piece[1]].cap and led_by(self.lex, tokens[piece[0]].text):
            return 1    # "Governo Letta": the government, then its leader

        before = [fold(t.text) for t in tokens[max(0, piece[0] - 4):piece[0]]
                  if joined(text, t, tokens[piece[0]], any_gap=True)]
        return person_after(self.lex, tokens, piece, before, self.is_common)

    @staticmethod
    def _after_connector(text, tokens, piece, k) -> bool:
        """Does "di", "della" or an elided "dell'" stand just before token ``k``?"""
        return bool(piece) and (not tokens[piece[-1]].cap
                                or text[tokens[k - 1].end:tokens[k].start].strip().endswith(("'", "’")))

    def _title_before(self, before: list[str], title: str) -> tuple[str, str]:
        """"il Presidente russo Vladimir Putin": a title just before the name, past adjectives
        of nationality; or "il pilota giapponese Tomizawa": a role ("" when none)."""
        if title:
            return title, ""
        adjectives = 0
        for word in reversed(before):
            folded = fold(word)
            if folded in self.lex.person_titles:
                return folded, ""
            if folded in self.lex.person_nouns:
                return "", folded
            if self.lex.demonym(word):
                continue
            if adjectives < MAX_ADJECTIVES and (is_adjective(self.lex, word) or (
                    word[:1].islower() and len(word) >= MIN_ADJECTIVE and folded not in self.stopwords)):
                adjectives += 1     # "l'atleta paralimpico Oscar Pistorius", "il pugile filippino ..."
                continue
            break
        return "", ""

    def _common_alone(self, t: Token) -> bool:
        """"il Paese", "lo Stato": a common noun capitalised out of respect, not a name."""
        word = fold(t.text)
        return (word not in self.lex.org_words and word not in self.lex.org_names
                and t.text not in self.name_words
                and not self.lex.place(t.text) and self.is_common(t.text))

    def _classify(self, text, tokens, piece, title) -> Candidate | None:
        while piece and not tokens[piece[-1]].cap and not tokens[piece[-1]].text.isdigit():   # trailing connector
            piece.pop()
        while piece and not tokens[piece[0]].cap:    # "Presidente della Repubblica": the title
            piece.pop(0)                                # is of a person, not of what follows "of"
            title = ""
        if not piece:
            return None
        first, last = tokens[piece[0]], tokens[piece[-1]]
        if len(piece) == 1 and ROMAN.match(first.text):
            return None
        start = first.start
        words = [fold(tokens[k].text) for k in piece]
        cased = [t.text for t in tokens[max(0, piece[0] - 4):piece[0]]
                 if joined(text, t, tokens[piece[0]], any_gap=True)]
        before = [fold(w) for w in cased]
        gap = text[tokens[piece[0] - 1].end:start] if piece[0] else ""
        # "presidente dell'Inter": the title is of someone of the name, not of the name
        title, role = self._title_before(cased, title) if "'" not in gap and "’" not in gap else ("", "")
        kind = None
        # "università di Nottingham", "provincia di Trapani", "piazza Tienanmen": the head
        # noun is part of the name
        for head_at in (1, 2):
            if len(before) < head_at or (head_at == 2 and before[-1] not in self.lex.connectors):
                continue
            head = before[-head_at]
            if cased[-head_at][:1].isupper() and is_given_name(first.text, self.lex):
                break   # "Consiglio | Mario Monti": the run was cut before a person on purpose
            if led_by(self.lex, head):
                break   # "governo Prodi", "regime di Assad": the body, then its leader
            if head_at == 2 and is_seat(self.lex, [head]):
                break   # "procura di Napoli", "governo di Prodi": the office, then the city or person
            if head in self.lex.org_heads or head in self.lex.loc_heads:
                start = tokens[piece[0] - head_at].start
                kind = "ORG" if head in self.lex.org_heads else "LOC"
                break
        if kind is None and len(piece) == 1 and not first.opens and self._common_alone(first):
            return None
        name = text[start:last.end]
        place = self.lex.place(name)
        if kind is None and " & " in name:
            kind = "ORG"     # "Procter & Gamble": two names joined by "&" name a company or a group
        if kind is None:
            kind = name_type(self.lex, words, cased, place, title or role, first.text)
        cand = Candidate(start, last.end, name, kind, title=title, cue=cue(self.lex, text, start, last.end))
        if place and kind == "LOC":
            cand.country, cand.english = place.code, place.english
        return cand


def _script(word: str) -> str:
    """The script of a word's first letter: 'CYRILLIC', 'LATIN', 'GREEK'..."""
    import unicodedata
    for ch in word:
        if ch.isalpha():
            return unicodedata.name(ch, "").split(" ")[0]
    return ""
