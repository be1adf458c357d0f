"""Who said what: direct, partial and indirect quotes with their speakers.

``Quotes()`` is a pipeline step (needs text, sentences and language; adds
quotes). It reads ``article.entities`` when an earlier step filled them and
links speakers to them; without entities a speaker keeps the phrase as written
(and a pronoun the name of the speaker it refers to).

Kinds: *direct* (the quotation is the whole statement), *partial* (a reported
clause that holds quoted words; its span is the clause), *indirect* (a
reported clause without marks). Quoted words with no cue are kept unattributed
only when they form a statement of their own; see ``direct.py`` and
``indirect.py`` for the rules.
"""
from __future__ import annotations

from cronaca.article import Article, Cue, Quote
from cronaca.quotes.context import Context
from cronaca.quotes.direct import Found, find_direct
from cronaca.quotes.indirect import Reported, reported
from cronaca.quotes.adjunct import trim_adjuncts
from cronaca.quotes.ascii_marks import rewrite_pairs, whole_pairs
from cronaca.quotes.colon import with_colon_leads
from cronaca.quotes.label import labelled
from cronaca.quotes.lexicon import Lexicon, lexicon
from cronaca.quotes.joined import joined
from cronaca.quotes.marks import find_marked
from cronaca.quotes.nearby import with_nearby_speakers
from cronaca.quotes.resolve import SpeakerResolver
from cronaca.quotes.speaker import TOKEN
from cronaca.quotes.titles import is_title, names_a_body

_MARKS = "\"'“”«»„‹›‘’「」『』"

# confidence by how the attribution was found
CONFIDENCE = {"after": 0.9, "before": 0.85, "dash": 0.85, "incise": 0.85, "according": 0.8, "colon": 0.6,
              "next": 0.7, "chain": 0.55, "lead": 0.5, "label": 0.7, "dropped": 0.6}


class Quotes:
    name = "quotes"
    needs = frozenset({"text", "sentences", "language"})
    adds = frozenset({"quotes"})

    def __call__(self, article: Article) -> Article:
        return article.replace(quotes=tuple(find_quotes(article)))


def find_quotes(article: Article) -> list[Quote]:
    lex = lexicon(article.language)
    original = article.text
    text = rewrite_pairs(original)      # ''...'' read as "...", offsets unchanged
    if text != original:
        article = article.replace(text=text)
    found = find_marked(text, article.paragraphs, lex.pairs, lex.dashes)
    names = [m for m in found if names_a_body(text, m, lex.code)]
    marked = [m for m in found if m not in names and not is_title(text, m, lex.title_leads)]
    if names:                  # a body's name in marks makes no partial quote of its clause
        text = _unmarked(text, names)
        article = article.replace(text=text)
    direct = with_colon_leads(article, find_direct(article, marked, lex, lex.determiners), lex)
    indirect = _indirect(article, direct, lex)
    indirect += [item for item in labelled(article, lex)
                 if not any(o.start < item.end and item.start < o.end for o in [*direct, *indirect])]
    items = joined(text, sorted([*direct, *indirect], key=lambda i: i.start))
    items = [i for i in with_nearby_speakers(article, items, lex) if not _headless(i)]
    resolver = SpeakerResolver(article, lex)
    return [_quote(original, item, resolver) for item in items]


def _unmarked(text: str, names: list) -> str:
    """The text with the marks around these names as apostrophes (offsets unchanged)."""
    chars = list(text)
    for m in names:
        chars[m.open] = chars[m.close - 1] = "'"
    return "".join(chars)


def _headless(item: Found | Reported) -> bool:
    """A partial quote whose cue comes after it with no one to say it ('... "safety
    check" feature for people in Nice, reports show'): a phrase in marks, not a quote."""
    attr = item.attribution
    return item.kind == "partial" and attr is not None and attr.where == "after" \
        and attr.speaker is None


def _indirect(article: Article, direct: list[Found], lex: Lexicon) -> list[Reported]:
    taken = [(f.start, f.end) for f in direct]
    ctx = Context(article)
    found = []
    used = {f.attribution.cue for f in direct if f.attribution is not None}
    for lo, hi in ctx.sentences:
        stretches = _untaken(article.text, lo, hi, taken)
        for a, b in stretches:
            while (item := reported(article.text, a, b, lex, lex.determiners,
                                    lex.bare_clause, lo)) is not None:
                if stretches == [(lo, hi)] or (item.kind == "indirect"
                                               and item.attribution.cue not in used):
                    found.append(item)  # beside a quote: only a clause with its own cue
                    a = max(item.end, item.attribution.cue[1])   # a second cue may follow
                else:
                    # '"...," Lee said, adding that ...': the quote's cue is taken, but a
                    # later cue may still report the clause
                    a = item.attribution.cue[1]
    return found


def _untaken(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of a sentence outside the quotes found in it, marks left out:
    '"...," he said, insisting that ...' still holds a reported clause after the quote."""
    cuts = sorted(t for t in taken if t[0] < hi and t[1] > lo)
    if not cuts:
        return [(lo, hi)]
    out, cursor = [], lo
    for s, e in cuts + [(hi, hi)]:
        a, b = cursor, s
        while a < b and (text[a].isspace() or text[a] in _MARKS):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in _MARKS):
            b -= 1
        if b > a:
            out.append((a, b))
        cursor = max(cursor, e)
    return out


def _quote(text: str, item: Found | Reported, resolver: SpeakerResolver) -> Quote:
    attr = item.attribution
    cue = Cue(attr.cue[0], attr.cue[1], text[attr.cue[0]:attr.cue[1]]) if attr else None
    span = _speaker_span(text, attr.speaker, resolver.lex) if attr and attr.speaker else None
    speaker = resolver.speaker(*span) if span else None
    start, end = whole_pairs(text, item.start, item.end)
    end = trim_adjuncts(text, start, end, item.kind, resolver.lex)
    if isinstance(item, Found) and item.kind == "direct":
        words = " ".join(text[s:e] for s, e in item.pieces)
    elif isinstance(item, Found) and item.head_end is not None:    # without the attribution
        words = " ".join([text[start:item.head_end]] + [text[s:e] for s, e in item.pieces
                                                        if s >= item.head_end])
    else:
        words = text[start:end]
    belief = cue is not None and _believed(cue.text, resolver.lex)
    return Quote(start, end, words, item.kind, cue, speaker, _confidence(item, speaker, belief))


def _believed(cue: str, lex: Lexicon) -> bool:
    """A verb of believing, hoping or fearing ('believes that ...'), not of saying."""
    return lex.belief_verbs is not None and lex.belief_verbs.fullmatch(cue) is not None


def _speaker_span(text: str, span: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """A speaker phrase without the prepositions and conjunctions that open it ("As
    Politico" is Politico, "Yet" and "In" are nobody); a relative stays (``resolve.py``)."""
    words = list(TOKEN.finditer(text, *span))
    while words and words[0].group().casefold() not in lex.relatives and (
            words[0].group().casefold() in lex.stops or words[0].group().casefold() in lex.conjunctions):
        words.pop(0)
    return (words[0].start(), span[1]) if words else None


BELIEF_PENALTY = 0.1   # what someone thinks is less often what they said (en.toml belief_verbs)


def _confidence(item: Found | Reported, speaker, belief: bool = False) -> float:
    attr = item.attribution
    if attr is None:
        return 0.3
    score = CONFIDENCE.get(attr.where, 0.7)
    if item.kind == "indirect":
        score -= 0.15
    if belief:
        score -= BELIEF_PENALTY
    if speaker is None:
        score -= 0.3
    elif speaker.name is None:
        score -= 0.15                      # a pronoun with nothing clear to refer to
    if isinstance(item, Found) and item.continued:
        score -= 0.05
    return round(max(0.05, min(score, 1.0)), 2)


__all__ = ["Quotes", "find_quotes"]
