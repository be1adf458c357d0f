"""What the rules know about a language: the ``[entities]`` TOML section plus a gazetteer.

The gazetteer (places from CLDR) is in ``gazetteer``. Demonyms ("russo",
"rosyjski") are not in CLDR, so they come from the TOML section.

``[entities]`` keys (all lists of strings, matched lower-case without accents):
person_titles ("presidente"), person_nouns (roles, trades and kin, "giornalista",
"moglie": the name after one, past adjectives, is a person's; unlike titles they
name no one by themselves), address_titles (religious forms of address that the press writes
as part of the name: "don Zeno", see ``particles``), org_words (make a name an ORG: "università",
"Bank"), org_heads / loc_heads (a lower-case noun that is part of the name:
"università di Nottingham", "provincia di Trapani"), org_nouns (institutions
named by a noun: "il governo"), organisations (known ORG names), org_articles (a capitalised
article that opens a name of a paper or a band, never a surname: "Il Messaggero"), loc_words,
connectors inside names ("di", "van"), not_names (months, weekdays), place_preps
(prepositions before a place, "a", "in": they type a name nothing else types),
weak_place_preps ("di": the same, but after the given-name and surname lists), articles
(articles and article-prepositions, "il", "della": before a name nothing else types,
an organisation: "il Milan", "della Juventus"), adjective_endings ("ale", "ese": a
lower-case word so ending continues an institution's name, "Parlamento europeo"),
seat_heads (offices named with their seat: "Procura" in "Procura di Napoli", which
ends before "di"), led_heads (bodies named after their leader: "governo Prodi" is
the government, then the person), org_connectors ("per", "for the": inside an
organisation's name, between its org word and more capitalised words: "Agenzia per
la Protezione dell'Ambiente"; common.toml adds English ones to every language), org_of, per_of, loc_of (the noun before "of" types
a name nothing else types: "presidente di", "morte di", "sindaco di"), place_adjectives ("settentrionale": after a place, part of its name,
"Italia settentrionale"), direction_words ("nord": before a place, part of its name, "nord Italia"), conjunctions ("e", "ed": between two names of a list,
which share a type, see ``lists``), org_conjunctions ("e", "and": inside an organisation's name, "Sinistra
Ecologia e Libertà", see ``org_pairs``), name_languages ("en": languages whose common words
organisation names borrow, "Center for Democracy and Technology", see ``org_pairs``), office_phrases ("pubblico ministero": an institution's
noun that ends the name of a person's office, no body, see ``institutions``), channel_numbers ("due":
after one of ``broadcasters``, "rai", "radio", the channel's number, "Rai Due", see ``channels``), pool_words ("gruppo": with one letter after it, a tournament's pool,
"Gruppo B", see ``generic_bodies``), sport_words ("partita", "gol": in a sentence with a score, a country
is its national team, see ``teams``), name_prefixes ("San": a word that starts a name, never an
organisation before a person's name), misc_words (a name that starts with one names
an event, prize or work, typed MISC: "Festival", "Premio"), club_articles (definite articles
before a town that make it its football club, where towns take none: "il Livorno", "el
Sevilla"), article_places (towns whose name holds its article: "L'Aquila"), dative_articles
("alla": a country after it is the state addressed), joining_connectors ("d'": a place after
it stays in the name, "Corno d'Africa", where "Palio di Siena" is two), tail_connectors (article-prepositions
that join a lower-case noun to an organisation word: "Ministero delle finanze"), offices
(capitalised offices before "of" and the organisation that is the name: "Capo dello Stato";
person_titles count too), body_heads (place heads that, right before a name without "of",
name its council: "Regione Lazio"), council_words ("comune", "gmina": capitalised, then a place,
the council or administration: "Comune di Pescara"), council_phrases ("міська рада": after a
capitalised adjective, the council: "Київська міська рада"), legal_forms ("GmbH", "sp. z o.o.",
"Bau": after a name, a company's; as written, case counts; common.toml adds international
ones; see ``org_names``), tail_adjective_endings ("ího": where a body's name goes on in lower
case, "Ministerstvo životního prostředí", the endings of its adjectives), tail_preps ("za": the
prepositions that open such a tail, "Ministrstvo za zdravje"), tail_heads ("ministero": a lower-case
institution whose lower-case tail names the office, "il ministero degli esteri", see ``org_tails``),
qualified_bodies ("commissione": a lower-case head that names an institution with an adjective after it),
body_adjectives ("suprema", "civile": adjectives of bodies' names that end like no adjective),
town_links ("in", "sul": inside a town's name that starts with a saint's, "San Felice sul Panaro"),
route_phrases ("partito da", "chilometri da": the name after one is a place, see ``route_places``),
preposition_heads ("via": a place head that is also a preposition, "a Roma via Parigi", see ``via``),
portfolio_titles ("ministro": "il ministro degli Esteri" names a portfolio, no body, see ``portfolios``),
generic_bodies ("università": alone, capitalised, a kind of body, no name, see ``generic_bodies``),
area_articles and area_endings ("nel", "ese": "nel Modenese", the area of a town, see ``town_areas``),
number_bodies ("118": a service named by its telephone number, "del 118", see ``generic_bodies``),
place_appositions ("centro", "capitale": "Modica, piccolo centro ...", the name is a place, see ``appositions``),
team_heads ("nazionale", "allenatore": "la nazionale di Francia", the country is its team, see ``team_heads``),
between_words ("tra": "tra X e Y", two places, see ``between``), province_countries ("IT": whose
province codes follow a town in brackets, "Cornaredo (MI)", see ``province_codes``), surname_openers, lower_particles ("Di Pietro", "de Blasio", see
``surnames``), subject_articles and place_followers ("la Cina ha detto": the state), attribute_preps
and body_units ("crisi di governo", "agente di polizia"), misc_heads ("l'uragano Sandy"), person_cues
("detto", "lodo": the name after one, nothing else typing it, is a person's: a nickname, the author of a law), nickname_cues
("detto": after a name, the capitalised word after one is a name though a common word, see ``roles.nickname_after``),
town_locales ("it_IT": the Faker locales whose towns are kept after a place preposition though they are common words, see ``local_towns``),
thing_articles ("il Marco Aurelio"), inner_particles ("di", "Della", as written: between a given
name and one more capitalised word, "Luca Cordero di Montezemolo", see ``inner_particles``),
surname_endings ("ini": a one-word name nothing else types is a person's, "Bettini", see
``names``), given_name_prefixes ("pier": "Pierdavide"), caption_to ("al": "Berlusconi al Senato"
is a person and where they go, see ``person_runs``), region_phrases ("района": after a
capitalised adjective, a region, "Ярославского района", see ``regions``), indefinite_articles
("una": before a noun of place after a name, see ``appositions``), participle_endings ("ato": a
past participle before "via" makes it a preposition, see ``via``), given_names (given names the Faker
lists lack, read by ``names`` for every language at once), noun_determiners ("dem": the word after one is no
speaker where every noun is capitalised), range_words ("da X a Y"), place_endings ("-ingen": a town,
see ``endings``), suffixes
(inflectional endings, for matching "Asię Bibi" with "Asia Bibi"), places
("USA=US": extra gazetteer names, with their ISO code when a country), topic_orgs
("palio = Oca, Onda": organisations named by common words, in an article that has a topic word,
see ``topics``),
demonyms ("RU = russo, russa, rosyjsk-": a trailing "-" marks a stem) and
flags (["adjectives_after_nouns"]: an organisation noun types a name past one adjective, "la società
marittima X"; ["given_names_inside"]: a listed given name capitalised inside a sentence is a name
though the language has it as a common word, "Chiara", measured on Italian news only; ["capitalised_nouns"] for German: every noun is capitalised, and the heads of
compounds count, see ``CompoundHeads``; ["compounds"] for Dutch: only the heads count).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field, fields

from cronaca import languages
from cronaca.entities.compounds import CompoundHeads
from cronaca.entities.gazetteer import Place, places as gazetteer_places

# Name particles that come with the names themselves, whatever the language of
# the article ("Ursula von der Leyen", "Mohammed bin Salman", "Vincent van Gogh").
NAME_PARTICLES = frozenset("von van der den de du da di del della dos das bin ibn al el le la ter".split())


def alternation(words) -> str:
    """A regex alternative of ``words``, escaped, the longest first (so "alla" wins over "al")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=200_000)     # the same words are folded over and over
def fold(text: str) -> str:
    """Lowercase without diacritics: the form gazetteer entries are compared in."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("’", "'")


@dataclass(frozen=True)
class Lexicon:
    code: str
    person_titles: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()     # "giornalista", "moglie": a person's name follows
    address_titles: frozenset[str] = frozenset()   # "don": part of the name after it ("don Zeno")
    org_words: frozenset[str] = frozenset()
    org_heads: frozenset[str] = frozenset()
    org_nouns: frozenset[str] = frozenset()
    loc_heads: frozenset[str] = frozenset()
    org_names: frozenset[str] = frozenset()
    org_name_forms: tuple[str, ...] = ()           # the same names as written: their capitals count
    org_articles: frozenset[str] = frozenset()     # "il": "Il Messaggero" names no person
    loc_words: frozenset[str] = frozenset()
    connectors: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    place_preps: frozenset[str] = frozenset()      # "a", "in": what comes before a place
    weak_place_preps: frozenset[str] = frozenset() # "di": a place when no name list knows it
    articles: frozenset[str] = frozenset()         # "il", "della": before an organisation
    adjective_endings: tuple[str, ...] = ()        # "ale", "ese": "Parlamento europeo"
    place_endings: tuple[str, ...] = ()            # "ingen": "Denzlingen" (see ``endings``)
    seat_heads: frozenset[str] = frozenset()       # "procura": "Procura | di Napoli"
    led_heads: frozenset[str] = frozenset()        # "governo": "governo | Prodi", named by its leader
    led_heads_after: frozenset[str] = frozenset()  # "regime": "Assad | regime", the head after the name
    org_connectors: frozenset[str] = frozenset()   # "per la": "Agenzia per la Protezione ..."
    sport_words: frozenset[str] = frozenset()      # "partita": with a score, countries are teams
    conjunctions: frozenset[str] = frozenset()     # "e", "and": between the items of a list
    org_conjunctions: frozenset[str] = frozenset() # "e", "and": inside a body's name (see ``org_pairs``)
    name_languages: tuple[str, ...] = ()           # "en": languages whose words body names borrow
    office_phrases: frozenset[str] = frozenset()   # "pubblico ministero": a person's office, no body
    channel_numbers: frozenset[str] = frozenset()  # "due": "Rai Due" is a channel (see ``channels``)
    broadcasters: frozenset[str] = frozenset()     # "rai", "radio": a channel's number follows them
    pool_words: frozenset[str] = frozenset()       # "gruppo": "Gruppo B" is a pool, no body
    place_adjectives: frozenset[str] = frozenset() # "settentrionale": "Italia settentrionale"
    direction_words: frozenset[str] = frozenset()  # "nord": "nord Italia" (see ``directions``)
    org_of: frozenset[str] = frozenset()           # "presidente (di X)": X heads an organisation
    per_of: frozenset[str] = frozenset()           # "morte (di X)": X is a person
    loc_of: frozenset[str] = frozenset()           # "sindaco (di X)": X is a place
    name_prefixes: frozenset[str] = frozenset()    # "san": "San Marco" is no org + person
    misc_words: frozenset[str] = frozenset()       # "festival": a name that starts so is an event
    speech: frozenset[str] = frozenset()           # "ha detto", "secondo": a person speaks
    club_articles: frozenset[str] = frozenset()    # "il", "della": "il Livorno" is the club
    article_places: frozenset[str] = frozenset()   # "aquila": "L'Aquila" takes an article, is a town
    tail_connectors: frozenset[str] = frozenset()  # "delle": "Ministero delle finanze"
    offices: frozenset[str] = frozenset()          # "capo": "Capo dello Stato" is a title, then the State
    joining_connectors: frozenset[str] = frozenset()  # "d'": "Corno d'Africa" is one name
    dative_articles: frozenset[str] = frozenset()  # "alla": "alla Svizzera" is the state addressed
    body_heads: frozenset[str] = frozenset()       # "regione": "Regione Lazio" is its council
    council_words: frozenset[str] = frozenset()    # "comune", "gmina": "Comune di Pescara" (see ``org_names``)
    council_phrases: frozenset[str] = frozenset()  # "міська рада": "Київська міська рада"
    legal_forms: frozenset = frozenset()           # "GmbH", "sp. z o.o.", "Bau": as written, not folded
    tail_adjective_endings: tuple[str, ...] = ()   # "ího": "Ministerstvo životního prostředí"
    tail_preps: frozenset[str] = frozenset()       # "za": "Ministrstvo za zdravje"
    tail_heads: frozenset[str] = frozenset()       # "ministero": "il ministero degli esteri" (see ``org_tails``)
    between_words: frozenset[str] = frozenset()    # "tra": "tra Vizzini e Francofonte" names places (see ``between``)
    province_countries: frozenset[str] = frozenset()  # "IT": "Cornaredo (MI)" (see ``province_codes``)
    qualified_bodies: frozenset[str] = frozenset() # "commissione": "la commissione elettorale" (see ``org_tails``)
    body_adjectives: frozenset[str] = frozenset()  # "suprema": "Corte suprema", no adjective ending
    town_links: frozenset[str] = frozenset()       # "in": "San Pietro in Casale" (see ``place_tails``)
    route_phrases: frozenset[str] = frozenset()    # "partito da": "partito da Iseo" (see ``route_places``)
    preposition_heads: frozenset[str] = frozenset()  # "via": "a Roma via Parigi" (see ``via``)
    portfolio_titles: frozenset[str] = frozenset() # "ministro": "il ministro degli Esteri" (see ``portfolios``)
    generic_bodies: frozenset[str] = frozenset()   # "università": "le Università" alone (see ``generic_bodies``)
    inner_particles: frozenset = frozenset()       # "di", "Della": "Luca Cordero di Montezemolo"; as written
    surname_endings: tuple[str, ...] = ()          # "ini": "Bettini" alone is a person (see ``names``)
    given_name_prefixes: tuple[str, ...] = ()      # "pier": "Pierdavide" is a given name
    caption_to: frozenset[str] = frozenset()       # "al": "Berlusconi al Senato", a caption (see ``person_runs``)
    region_phrases: frozenset[str] = frozenset()   # "района": "Ярославского района" is a place (see ``regions``)
    indefinite_articles: frozenset[str] = frozenset()  # "una": ", una città ..." (see ``appositions``)
    participle_endings: tuple[str, ...] = ()       # "ato": "confermata via Twitter" (see ``via``)
    area_articles: frozenset[str] = frozenset()    # "nel": "nel cosentino" (see ``town_areas``)
    number_bodies: frozenset[str] = frozenset()    # "118": "gli operatori del 118" (see ``generic_bodies``)
    place_appositions: frozenset[str] = frozenset()  # "centro": "Modica, piccolo centro" (see ``appositions``)
    team_heads: frozenset[str] = frozenset()       # "nazionale": "la nazionale di Francia" (see ``team_heads``)
    area_endings: tuple[str, ...] = ()             # "ese", "ino": "modenese", "cosentino"
    surname_openers: frozenset[str] = frozenset()  # "di": "Di Pietro" opening a sentence is a surname
    subject_articles: frozenset[str] = frozenset() # "la": "la Cina ha detto" is the state
    place_followers: frozenset[str] = frozenset()  # "che", "tra": after a country that is a place
    attribute_preps: frozenset[str] = frozenset()  # "di": "crisi di governo" names no body
    body_units: frozenset[str] = frozenset()       # "pattuglia": "pattuglia di carabinieri" names the body
    misc_heads: frozenset[str] = frozenset()       # "uragano": "l'uragano Sandy" is no person
    person_cues: frozenset[str] = frozenset()      # "detto", "lodo": "detto Gingillo", "il lodo Alfano" (see ``evidence``)
    nickname_cues: frozenset[str] = frozenset()    # "detto": "Zedde detto Gingillo", a common word as a name
    town_locales: frozenset[str] = frozenset()     # "it_IT": Faker's towns of the country (see ``local_towns``)
    thing_articles: frozenset[str] = frozenset()   # "il": "il Marco Aurelio" is a statue, not him
    lower_particles: frozenset[str] = frozenset()  # "de": "Bill de Blasio", "du Toit" start with it
    noun_determiners: frozenset[str] = frozenset() # "dem": "nach dem Essen sprach" names no speaker
    range_words: tuple[str, ...] = ()              # ("da", "a"): "da Malles a Merano" lists two places
    suffixes: tuple[str, ...] = ()
    capitalised_nouns: bool = False
    adjectives_after_nouns: bool = False           # "la società marittima X": see evidence._cue_words
    given_names_inside: bool = False               # "Chiara" inside a sentence is a name: see names
    topic_orgs: tuple = ()                         # ((topic words), (names)): see ``topics``
    demonyms: dict[str, str] = field(default_factory=dict, repr=False)        # form -> ISO code
    demonym_prefixes: tuple[tuple[str, str], ...] = ()                          # (stem, ISO code)
    places: dict[str, Place] = field(default_factory=dict, repr=False)        # folded name -> Place

    @functools.cached_property
    def org_noun_words(self) -> int:
        """Words in the longest institution noun ("vigili del fuoco": 3)."""
        return max((len(n.split()) for n in self.org_nouns), default=0)

    @functools.cached_property
    def org_noun_starts(self) -> frozenset[str]:
        return frozenset(n.split()[0] for n in self.org_nouns)

    def demonym(self, word: str) -> str | None:
        """ISO code of the country an adjective ("russo", "rosyjskiego") refers to."""
        word = fold(word)
        if word in self.demonyms:
            return self.demonyms[word]
        for stem, code in self.demonym_prefixes:
            if word.startswith(stem) and len(word) - len(stem) <= 4:
                return code
        return None

    def place(self, name: str) -> Place | None:
        """Look a name up as written, then with an inflectional ending stripped."""
        key = fold(name)
        found = self.places.get(key)
        if found is not None:
            return found
        last = key.rsplit(" ", 1)
        for stripped in self.stems(last[-1]):
            candidate = " ".join(last[:-1] + [stripped])
            for ending in ("",) + self.suffixes:   # the nominative ending is one of them
                if (candidate + ending) in self.places:
                    return self.places[candidate + ending]
        if len(last) == 2 and " " not in last[0]:   # "Wielkiej Brytanii", "Velké Británie"
            return self._both_inflected(last[0], last[1])
        return None

    def _both_inflected(self, first: str, second: str) -> Place | None:
        firsts = {s + e for s in self.stems(first) for e in ("",) + self.suffixes}
        seconds = {s + e for s in self.stems(second) for e in ("",) + self.suffixes} | {second}
        for a in firsts:
            for b in seconds:
                found = self.places.get(a + " " + b)
                if found is not None:
                    return found
        return None

    def listed(self, word: str, words: frozenset[str]) -> bool:
        """``word`` is in ``words`` as written or by its lemma ("rzecznika" -> "rzecznik")."""
        if fold(word) in words:
            return True
        from cronaca import lemmas
        try:
            return fold(lemmas.lemmatize(word.casefold(), self.code)) in words
        except ValueError:      # a language simplemma has no data for
            return False

    def stems(self, word: str) -> list[str]:
        """``word`` with each listed ending that leaves at least 3 letters removed."""
        word = fold(word)
        return [word[:-len(s)] for s in self.suffixes
                if word.endswith(s) and len(word) - len(s) >= 3]


def _strings(section, key) -> frozenset[str]:
    return frozenset(fold(str(v)) for v in section.get(key, ()))


# the lists whose words head compounds: roles and titles, and the words that name a body
_COMPOUND_LISTS = ("person_titles", "person_nouns", "org_words")


def _demonyms(entries) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """``["RU = russo, russa", "KP = nordcoreano"]`` -> forms and stems by ISO code."""
    forms, prefixes = {}, []
    for entry in entries or ():
        code, _, words = entry.partition("=")
        code = code.strip()
        for word in words.split(","):
            word = fold(word.strip())
            if not word:
                continue
            if word.endswith("-"):
                prefixes.append((word[:-1], code.upper()))
            else:
                forms[word] = code.upper()
    prefixes.sort(key=lambda p: -len(p[0]))
    return forms, tuple(prefixes)


def _topic_orgs(entries) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """``["palio, contrade = Oca, Onda"]`` -> ((topic words), (folded names))."""
    out = []
    for entry in entries or ():
        topic, _, names = str(entry).partition("=")
        words = frozenset(fold(w.strip()) for w in topic.split(",") if w.strip())
        named = frozenset(fold(n.strip()) for n in names.split(",") if n.strip())
        if words and named:
            out.append((words, named))
    return tuple(out)


def _with_common(section) -> dict:
    """The language's ``[entities]`` with the lists of common.toml's added to its own."""
    common = languages.common_section("entities")
    merged = dict(section)
    for key in ("not_names", "organisations", "org_connectors", "legal_forms"):
        merged[key] = list(section.get(key, ())) + list(common.get(key, ()))
    return merged


# ``[entities]`` keys read under another name than the field's
_KEYS = {"org_names": "organisations"}


@functools.lru_cache(maxsize=64)
def lexicon(code: str | None) -> Lexicon:
    data = languages.get(code)
    section = _with_common(data.section("entities"))
    forms, prefixes = _demonyms(section.get("demonyms"))
    suffixes = tuple(sorted({fold(s) for s in section.get("suffixes", ())}, key=len, reverse=True))
    lists = {f.name: _strings(section, _KEYS.get(f.name, f.name)) for f in fields(Lexicon)
             if f.type == "frozenset[str]" and f.name != "speech"}     # every list of words
    compounds = bool({"capitalised_nouns", "compounds"} & set(section.get("flags", ())))
    if compounds:
        lists.update({key: CompoundHeads(lists[key]) for key in _COMPOUND_LISTS})
    return Lexicon(
        code=data.code, speech=_speech(data), **lists,
        legal_forms=frozenset(str(f) for f in section.get("legal_forms", ())),
        inner_particles=frozenset(str(p) for p in section.get("inner_particles", ())),
        org_name_forms=tuple(str(n) for n in section.get("organisations", ())),
        name_languages=tuple(str(c) for c in section.get("name_languages", ())),
        surname_endings=tuple(_strings(section, "surname_endings")),
        given_name_prefixes=tuple(_strings(section, "given_name_prefixes")),
        participle_endings=tuple(_strings(section, "participle_endings")),
        adjective_endings=tuple(sorted(_strings(section, "adjective_endings"), key=len, reverse=True)),
        place_endings=tuple(_strings(section, "place_endings")),
        area_endings=tuple(sorted(_strings(section, "area_endings"), key=len, reverse=True)),
        tail_adjective_endings=tuple(sorted(_strings(section, "tail_adjective_endings"), key=len, reverse=True)),
        suffixes=suffixes, range_words=tuple(section.get("range_words", ())),
        capitalised_nouns="capitalised_nouns" in section.get("flags", ()),
        adjectives_after_nouns="adjectives_after_nouns" in section.get("flags", ()),
        given_names_inside="given_names_inside" in section.get("flags", ()),
        demonyms=forms, demonym_prefixes=prefixes, topic_orgs=_topic_orgs(section.get("topic_orgs")),
        places=gazetteer_places(data.code, tuple(section.get("places", ()))))


def _speech(data) -> frozenset[str]:
    """Speech verbs and "according to" cues of the ``[quotes]`` section: who speaks is a person."""
    quotes = data.section("quotes")
    return _strings(quotes, "verbs") | _strings(quotes, "according_to")
