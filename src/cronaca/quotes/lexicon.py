"""The ``[quotes]`` section of a language file, compiled into matchers.

Keys (all lists of strings, see ``languages/en.toml``): ``verbs`` (speech verbs,
every inflected form), ``clause_verbs`` (verbs of finding, thinking and hoping that
report a clause after a complementiser but never introduce a quotation: "found
that", "ritiene che"), ``pledges`` (a verb of promising with the particle of its
infinitive: "vowed to", "ha promesso di"; the content starts at the particle), ``naming`` (verbs that only take a quoted phrase: "called",
"ha definito"), ``according_to`` ("according to", "secondo", "по словам"),
``complementisers`` ("that", "che"), ``pronouns_male``/``pronouns_female``/
``pronouns_other``, ``relatives``, ``conjunctions`` ("but": a subject shared
with the clause before), ``aux`` (words between a subject and its verb),
``bare_clause`` (verbs that take a clause without a complementiser: "said",
"sagte"), ``stops`` (words that end a speaker phrase after an inverted verb), ``dashes``
(paragraph-opening dashes that introduce speech), ``pairs`` (quotation marks,
opening then closing character), ``title_leads`` (what stands right before a
capitalised title in marks: "'s", "on"; see ``titles.py``), ``noun_markers``
(articles and possessives that make the cue word after them a noun: "the claims",
"his remarks"; never a clitic pronoun that can stand before a verb, as Italian "lo"),
``elided`` (articles written onto the next word, "l'", "dell'": "ha detto l'assessora
Conti") and ``plural_aux`` (pairs "singular plural" of the auxiliaries of compound
tenses, "ha hanno": every listed phrase that opens with the singular also counts
with the plural, so "hanno definito" is a cue because "ha definito" is) and
``incise_openers`` (the comma or dashes that open a short attribution inside the marks,
where the language keeps them open around it: «A, dit-il, B»; see ``incise.py``) and
``clitics`` (object pronouns set before the verb, never the end of its subject: "Ria
Novosti lo descrisse", "Le maire l'a dit"). The ``person_titles`` of the ``[entities]``
section are read too: a role word opens a speaker phrase after a cue without an article
("заявил посол", "dodał rzecznik"), as languages without articles write it. After a
``source_preps`` word, the entities' ``org_words`` name the body that speaks when no
one is named ("сказали в министерстве", see ``impersonal.py``). ``adjunct_media`` and
``adjunct_dets`` and ``adjunct_preps``: where a statement was made ("in an interview";
``adjunct.py``); ``flags = ["pro_drop"]`` where subjects are left out (``dropped.py``). ``belief_verbs``
(read as ``clause_verbs``, with a lower confidence: "believes that"); ``documents``
and ``document_preps``: a poll or a study that reports a finding with a preposition
and no verb ("in a new poll, ..."; see ``document.py``); ``request_verbs`` and ``request_particles``: a request made to someone,
reported with its object ("asked the council to delay the vote"; ``request.py``);
``interview_labels``: the labels of an interview's questions
and answers ("Q", "A"; see ``label_sources.py``); ``clause_enders``: words that end a
partial quote's clause even without a comma ("before"; see ``clause.py``), before a
participle, unless it is one of ``ing_nouns`` ("spring": "before spring" is a phrase);
``stops_not_going_on``: function words that, after a quotation closed by a comma, do not carry
its sentence on to a later cue ("adding", "who"; see ``led.goes_on``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from cronaca import languages

# Used when a language has no [quotes] section: every common style.
DEFAULT_PAIRS = ("“”", '""', "„“", "„”", "«»", "‹›", "「」", "『』")


def _alternation(phrases, not_after=()) -> re.Pattern | None:
    """One regex for a list of phrases: whole words, longest first, any case; never
    right after one of the ``not_after`` words ("the claims", "his remarks": nouns)."""
    words = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    if not words:
        return None
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    guard = "".join(rf"(?<!\b{re.escape(w)}\s)" if w[:1].isalnum() else rf"(?<!{re.escape(w)}\s)"
                    for w in not_after)
    # the guards only where a word starts, where they cost least (all are zero-width)
    return re.compile(rf"(?<![\w-]){guard}(?:{body})(?![\w-])", re.IGNORECASE)


def _words(values) -> frozenset[str]:
    return frozenset(v.casefold() for v in values or ())


def cues(pattern: re.Pattern | None, text: str, lo: int, hi: int,
         titled: re.Pattern | None = None) -> list[re.Match]:
    """Matches of a cue pattern; a capitalised one only where a sentence can start
    ("the United States" holds no verb, "RED STATES" is a headline), or, for a verb
    that ``titled`` matches, inside a headline in title case ("Lee Says Taxes Will Fall")."""
    if pattern is None:
        return []
    out = []
    headline = None
    for m in pattern.finditer(text, lo, hi):
        word = m.group()
        before = char_before(text, m.start())
        if word[:1].islower() or ((not before or before in '.:;!?"“”«»„—–-') and not word.isupper()):
            out.append(m)
        elif titled is not None and titled.fullmatch(word) and not word.isupper():
            headline = _title_case(text, lo, hi) if headline is None else headline
            if headline:
                out.append(m)
    return out


def char_before(text: str, at: int) -> str:
    """The last character before ``at`` that is no space ("" at the start)."""
    at -= 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return text[at] if at >= 0 else ""


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
TITLE_SHARE = 0.8        # of the longer words capitalised: a headline in title case


def _title_case(text: str, lo: int, hi: int) -> bool:
    words = _LONG_WORD.findall(text, lo, hi)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_SHARE * len(words) \
        and not all(w.isupper() for w in words)


@dataclass(frozen=True)
class Lexicon:
    code: str
    verbs: re.Pattern | None
    clause_verbs: re.Pattern | None         # take only a reported clause: "found that"
    pledges: re.Pattern | None              # "promised to", "ha promesso di": content from the particle
    bare_clause: re.Pattern | None
    naming: re.Pattern | None
    according_to: re.Pattern | None
    complementisers: re.Pattern | None
    pronoun_gender: dict[str, str]          # pronoun -> "m" | "f" | ""
    relatives: frozenset[str]
    conjunctions: frozenset[str]
    aux: frozenset[str]
    stops: frozenset[str]
    dashes: str
    pairs: tuple[str, ...]
    determiners: frozenset[str]             # words that may open a speaker phrase
    title_leads: tuple[str, ...] = ()       # what comes right before a title in marks
    elided: frozenset[str] = frozenset()    # articles written onto the next word: "l'", "dell'"
    time_words: frozenset[str] = frozenset()  # weekdays: never a speaker
    participles: frozenset[str] = frozenset()  # "saying", "aggiungendo": no subject of their own
    listener_verbs: re.Pattern | None = None     # "told": the listener comes before the clause
    interrogatives: re.Pattern | None = None     # "asked if", "explained how": a reported question
    stance_verbs: re.Pattern | None = None       # "criticized", "accused": praise or blame of X
    passive_aux: frozenset[str] = frozenset()    # "was", "wurde": the verb after is a passive
    subordinators: frozenset[str] = frozenset()  # "because", "although": after a comma, a new clause
    participle_endings: tuple[str, ...] = ()     # "-ing", "-ando": a participle after a comma
    incise: tuple[str, ...] = ()                 # what opens an attribution inside the marks: «A, dit-il, B»
    clitics: frozenset[str] = frozenset()        # object pronouns before the verb: "X lo descrisse"
    role_nouns: frozenset[str] = frozenset()     # [entities] person_titles: "сказал посол"
    source_preps: frozenset[str] = frozenset()   # "в": "сказали в министерстве"
    adjunct_media: tuple[str, ...] = ()          # "interview", "Twitter": where it was said
    adjunct_dets: tuple[str, ...] = ()           # "a", "his": between the preposition and it
    adjunct_preps: tuple[str, ...] = ()          # "in", "on", "at": before it
    pro_drop: bool = False                       # subjects left out: «...», ha spiegato.
    belief_verbs: re.Pattern | None = None       # "believes that": a clause, lower confidence
    documents: frozenset[str] = frozenset()      # "poll", "survey": a source without a verb
    request_verbs: re.Pattern | None = None     # "asked", "urged": "asked Lee to go"
    request_particles: frozenset[str] = frozenset()  # "to": the infinitive after the object
    interview_labels: tuple[str, ...] = ()       # "Q", "A": who asks and who answers
    document_preps: frozenset[str] = frozenset()  # "in": "in a new poll, ..."
    clause_enders: frozenset[str] = frozenset()  # "before": ends a partial quote's clause
    ing_nouns: frozenset[str] = frozenset()      # "morning": ends like a participle, is none
    stops_not_going_on: frozenset[str] = frozenset()  # "adding": '"...," adding ...' ends the quote
    adverb_endings: tuple[tuple[str, str], ...] = ()  # ("ly", ""): "frankly" is "frank" as an adverb
    amount_verbs: frozenset[str] = frozenset()  # "added": with a number after it, an amount ("added 0.1%")
    amount: re.Pattern | None = None             # "0.1%", "20 points": what such a verb adds
    region_abbreviations: frozenset[str] = frozenset()  # "Calif.": a region after a town
    fronted_preps: frozenset[str] = frozenset()  # "at": 'At the same time, Lee said, "..."'
    manner_nouns: frozenset[str] = frozenset()   # "plan": 'went according to plan' names no one

    def opens_phrase(self, word: str, determiners: frozenset[str]) -> bool:
        """A determiner, or a word that starts with an elided one ("l'assessora")."""
        low = word.casefold().replace("’", "'")
        return low in determiners or ("'" in low and low.split("'")[0] + "'" in self.elided)

    @property
    def pronouns(self) -> frozenset[str]:
        return frozenset(self.pronoun_gender)


def _with_plural_aux(table: dict) -> dict:
    """Every phrase opening with a singular auxiliary also with its plural."""
    plural = dict(pair.split() for pair in table.get("plural_aux", ()) if len(pair.split()) == 2)
    if not plural:
        return table
    out = dict(table)
    for key in ("verbs", "clause_verbs", "belief_verbs", "pledges", "naming", "stance_verbs",
                "listener_verbs"):
        phrases = list(table.get(key, ()))
        for phrase in list(phrases):
            first, _, rest = phrase.partition(" ")
            if rest and first.casefold() in plural:
                phrases.append(f"{plural[first.casefold()]} {rest}")
        out[key] = phrases
    return out


@functools.lru_cache(maxsize=64)
def lexicon(code: str | None) -> Lexicon:
    data = languages.get(code)
    table = _with_plural_aux(data.section("quotes"))
    gender = {p.casefold(): g for key, g in (("pronouns_male", "m"), ("pronouns_female", "f"),
                                             ("pronouns_other", ""))
              for p in table.get(key, ())}
    aux = {w for phrase in table.get("aux", ()) for w in phrase.casefold().split()}
    pairs = tuple(p for p in table.get("pairs", ()) if len(p) == 2) or DEFAULT_PAIRS
    # «» and “” are common in every language's news, whatever its own convention
    pairs = tuple(dict.fromkeys(pairs + ("“”", "«»", '""', "„“", "‹›", "「」", "『』")))
    nouns = tuple(table.get("noun_markers", ()))
    return Lexicon(
        code=data.code,
        verbs=_alternation(table.get("verbs", ()), nouns),
        clause_verbs=_alternation(table.get("clause_verbs", ()), nouns),
        pledges=_alternation(table.get("pledges", ()), nouns),
        bare_clause=_alternation(table.get("bare_clause", ())),
        naming=_alternation(table.get("naming", ()), nouns),
        according_to=_alternation(table.get("according_to", ())),
        complementisers=_alternation(table.get("complementisers", ())),
        pronoun_gender=gender,
        relatives=_words(table.get("relatives")),
        conjunctions=_words(table.get("conjunctions")),
        aux=frozenset(aux),
        stops=_words(table.get("stops")),
        dashes="".join(table.get("dashes", ())),
        pairs=pairs,
        determiners=data.stopwords,
        title_leads=tuple(w.casefold() for w in table.get("title_leads", ())),
        elided=frozenset(w.casefold().replace("’", "'") for w in table.get("elided", ())),
        time_words=_time_words(data.section("dates")),
        participles=_words(table.get("participles")),
        listener_verbs=_alternation(table.get("listener_verbs", ())),
        interrogatives=_alternation(table.get("interrogatives", ())),
        stance_verbs=_alternation(table.get("stance_verbs", ()), nouns),
        passive_aux=_words(table.get("passive_aux")),
        subordinators=_words(table.get("subordinators")),
        participle_endings=tuple(w.casefold() for w in table.get("participle_endings", ())),
        incise=tuple(table.get("incise_openers", ())),
        clitics=_words(table.get("clitics")),
        role_nouns=_words(data.section("entities").get("person_titles")),
        source_preps=_words(table.get("source_preps")),
        adjunct_media=tuple(table.get("adjunct_media", ())),
        adjunct_dets=tuple(table.get("adjunct_dets", ())),
        adjunct_preps=tuple(table.get("adjunct_preps", ())),
        pro_drop="pro_drop" in table.get("flags", ()),
        belief_verbs=_alternation(table.get("belief_verbs", ()), nouns),
        documents=_words(table.get("documents")),
        document_preps=_words(table.get("document_preps")),
        interview_labels=tuple(table.get("interview_labels", ())),
        request_verbs=_alternation(table.get("request_verbs", ()), nouns),
        request_particles=_words(table.get("request_particles")),
        clause_enders=_words(table.get("clause_enders")),
        ing_nouns=_words(table.get("ing_nouns")),
        stops_not_going_on=_words(table.get("stops_not_going_on")),
        amount_verbs=_words(table.get("amount_verbs")),
        amount=_amount(table.get("amount_units", ())),
        region_abbreviations=frozenset(table.get("region_abbreviations", ())),
        adverb_endings=tuple(tuple(pair.split("=", 1)) for pair in table.get("adverb_endings", ()) if "=" in pair),
        fronted_preps=_words(table.get("fronted_preps")),
        manner_nouns=_words(table.get("manner_nouns")),
    )


def _amount(units) -> re.Pattern | None:
    """A number and its unit ("0.1%", "20.72 points"), from the language's ``amount_units``."""
    if not units:
        return None
    return re.compile(r"[$€£]?\d[\d.,]*\s*(?:%|(?:" + "|".join(map(re.escape, units)) + r")\b)", re.I)


def _time_words(dates) -> frozenset[str]:
    """The weekdays of the [dates] section ("Tuesday"); not the months, which are also
    names ("May"), nor its other words, articles among them ("il", "le")."""
    return frozenset(w.casefold() for phrase in dates.get("weekdays", ()) for w in phrase.split())
