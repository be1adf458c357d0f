"""Find mentions with rules: capitalised sequences, cue words, gazetteer, demonyms.

Works for any language written in an alphabet with case (Latin, Cyrillic,
Greek...). A capitalised word is a name unless it is at a position where any
word is capitalised (sentence start, after a colon or an opening quote, in a
Title Case headline) and it is a common word of the language there; languages
that capitalise nouns (German) apply that test everywhere. Where a run ends and
where it holds two names is in ``run_bounds``; how a piece becomes a typed
``Candidate`` is in ``candidates``.
"""
from __future__ import annotations

from cronaca.entities.around import as_attribute
from cronaca.entities.candidates import Candidate, classify
from cronaca.entities.lexicon import Lexicon, fold
from cronaca.entities.institutions import adjectives_after, institution_length, lower_tail, takes_adjectives
from cronaca.entities.org_people import person_across_connector
from cronaca.entities.run_bounds import after_connector, run_end, split_point
from cronaca.entities.run_places import member_then_org, org_after, place_after, place_from, seat_then_town
from cronaca.entities.run_words import is_name_word, named_adjective, opens_a_person, sea, title_as_surname
from cronaca.entities.surnames import opens_surname, particles_before, surname_slot
from cronaca.entities.teams import as_teams
from cronaca.entities.tokens import ROMAN, Token, joined, tokenize


class MentionFinder:
    def __init__(self, lex: Lexicon, stopwords: frozenset[str], is_common):
        self.lex, self.stopwords, self.is_common = lex, stopwords, is_common

    name_words: set[str] = set()      # words seen inside a name of several words

    def __call__(self, text: str, start: int, end: int, known_caps: set[str],
                 tokens: list[Token] | None = None) -> list[Candidate]:
        """The candidates of the sentence text[start:end] (``tokens``: its tokens, if known)."""
        tokens = tokenize(text[start:end], start) if tokens is None else tokens
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
            j = run_end(self.lex, text, tokens, i)
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
        particles_before(self.lex, text, tokens, found)
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
        if " " not in last.text:      # "Ministero delle finanze", "Corte d'appello"
            k = lower_tail(self.lex, text, tokens, j, self.stopwords)
            if k > j and k + 1 < len(tokens) and fold(tokens[k].text) in self.lex.conjunctions:
                more = lower_tail(self.lex, text, tokens, k + 1, self.stopwords)   # "... e delle finanze"
                k = more if more > k + 1 else k
            j = k
            last.end, last.text = tokens[j - 1].end, text[last.start:tokens[j - 1].end]
        k = adjectives_after(self.lex, text, tokens, j)
        if k > j:
            last.end = tokens[k - 1].end
            last.text = text[last.start:last.end]
            for t in tokens[j:k]:
                self._adjective(t, found)
        return k

    def _institution(self, text: str, tokens: list[Token], i: int, found: list[Candidate]) -> int:
        """"il governo", "i vigili del fuoco", "il governo cinese": an organisation named by
        nouns (and the adjectives after them); the index after it, ``i`` if there is none."""
        n = institution_length(self.lex, tokens, i, text)
        if not n or as_attribute(self.lex, text, tokens[i].start):
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
            if after_connector(text, tokens, piece, k) and (
                    place_after(self.lex, text, tokens, k, j, piece) or org_after(self.lex, text, tokens, k, j, piece)
                    or member_then_org(self.lex, text, tokens, k, j, piece)
                    or seat_then_town(self.lex, text, tokens, k, j, piece, self.is_common)) or (
                    after_connector(text, tokens, piece, k)
                    and person_across_connector(self.lex, tokens, piece, k, j)
                    and not self.lex.place(text[tokens[piece[0]].start:t.end])):   # "Stati Uniti d'America"
                out.append(classify(self, text, tokens, piece, title))   # "Piazza X di Pyongyang"
                piece, title = [], ""    # "Senatore della | Pennsylvania": the title is not the place's
            in_run = k + 1 < j and tokens[k + 1].cap
            if in_run and t.opens and word in self.lex.surname_openers and opens_surname(self.lex, self.is_common, tokens, k, j):
                piece.append(k)          # "Di Pietro ha detto": a surname, not "of Pietro"
                continue
            if in_run and t.opens and opens_a_person(self.lex, tokens[k], tokens[k + 1]):
                self._adjective(t, out)     # "Wczoraj Jarosław Wiśniewski": an adverb, then a person
                continue
            if self.lex.demonym(t.text) and (named_adjective(self.lex, t, in_run) or (
                    piece and self.lex.place(text[tokens[piece[0]].start:t.end]))):
                piece.append(k)          # "die Deutsche Bahn": the adjective opens the name;
                continue                 # "Arabia Saudita": it ends a known place
            role = not piece and word in self.lex.person_nouns   # "Arcivescovo Giuseppe Betori", not "Marina Militare"
            if not role and (is_name_word(self, t, headline, known_caps, in_run)
                             or title_as_surname(self.lex, tokens, piece, t)) and not (
                    self.lex.demonym(t.text) and not self.lex.place(t.text) and not surname_slot(self.lex, tokens, piece, t)
                    and not (piece and tokens[piece[-1]].cap and not t.opens
                             and (takes_adjectives(self.lex, next(tokens[p].text for p in piece if tokens[p].cap))
                                  or sea(self.lex, [tokens[p].text for p in piece])))):   # "Federazione Russa",
                #                                                                  "Oceano Indiano"
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
        lead = next((n for n, k in enumerate(piece) if tokens[k].cap), len(piece))
        piece = piece[lead:]        # "(Presidente) degli | Stati Uniti Barack Obama"
        if not piece:
            return []
        n = split_point(self.lex, text, tokens, piece, self.is_common)
        if n:
            return [classify(self, text, tokens, piece[:n], ""), classify(self, text, tokens, piece[n:], title)]
        # "Presidente della Repubblica": the title is of a person, not of what follows "of"
        return [classify(self, text, tokens, piece, "" if lead else title)]
