"""``foreign_fragment``: a run of words of another language inside a sentence.

"According to russo news outlets, Putin ha annunciato...": a translator left a
fragment untranslated. Language identifiers are unreliable on three words, so
each word is compared by frequency: a word leans to language F when its Zipf
frequency in F is at least WEAK higher than in the document's language L
(STRONG higher, or unknown in L and common in F, makes it a strong lean).
A fragment is a run of words leaning to the same F, with at most MAX_GAP other
words between two of them, holding at least MIN_WORDS leaning words of which
MIN_STRONG strong ones and MIN_CONTENT of at least CONTENT_LETTERS letters
(or LONG_RUN leaning words). Names (capitalised inside a sentence, entity mentions)
neither lean nor break a run; words inside quotation marks or parentheses end
it, since quotes and titles are often left in the original language on purpose.
Loanwords listed for L ("partnership", "smart working") never lean.
The languages F we look for are the ``foreign_languages`` of L's data file.
"""
from __future__ import annotations

from collections.abc import Iterator

from cronaca.article import Diagnostic
from cronaca import languages
from cronaca.diagnostics.context import Context, Word
from cronaca.diagnostics.lexicon import usable, lexicon, zipf
from cronaca.diagnostics.names import language_name

WEAK, STRONG = 0.5, 1.5
MIN_F_ZIPF = 3.0          # a leaning word must be common in F ("outlets" 4.0 in English)
MIN_WORDS, MIN_STRONG, MAX_GAP = 3, 2, 2
MIN_CONTENT, CONTENT_LETTERS = 2, 4   # "of the Council of" is a name's glue, not a fragment
LONG_RUN = 5              # ... but five leaning words in a row are a fragment whatever their length
SEVERITY = 0.7


def lean(word: str, lang: str) -> tuple[str | None, bool]:
    """(language the word leans to most, strongly?) or (None, False)."""
    leans = leanings(word, lang)
    if not leans:
        return None, False
    best = max(leans, key=lambda f: leans[f][0])
    return best, leans[best][1]


def leanings(word: str, lang: str) -> dict[str, tuple[float, bool]]:
    """{language: (margin, strongly?)} for every language F the word leans to."""
    low = word.casefold()
    lex = lexicon(lang)
    if low in lex.loanwords:
        return {}
    here = zipf(low, lang)
    out = {}
    for f in lex.foreign:
        there = zipf(low, f)
        if there >= MIN_F_ZIPF and there - here >= WEAK:
            out[f] = (there - here, there - here >= STRONG or here == 0)
    return out


def find_fragments(ctx: Context) -> Iterator[Diagnostic]:
    if not usable(ctx.lang):
        return
    if not lexicon(ctx.lang).foreign:
        return
    for n, words in enumerate(ctx.sentence_words()):
        lang = ctx.article.sentences[n].language
        if lang and lang != ctx.lang:
            continue          # a whole sentence in another language: language_switch says it
        for run, f, strong in _runs(words, ctx.lang):
            yield _diagnostic(ctx, run, f, strong)


def _capitalised_noun(word: Word, f: str, previous: Word | None) -> bool:
    """A capitalised word right after a lower-case word of the run: "der Regierung"."""
    return ("capitalised_nouns" in languages.get(f).section("diagnostics").get("flags", [])
            and not word.text.isupper() and previous is not None and previous.text.islower())


def _runs(words: list[Word], lang: str):
    """(leaning words, their language, the strong ones) for each fragment of a sentence.

    A word leaning to several languages ("des": French and German) continues a run of
    any of them. In a language that capitalises its nouns (``capitalised_nouns`` in its
    data: German), a capitalised word right after a lower-case word of the run joins it
    when it leans to its language ("nach Angaben der örtlichen Behörden"); otherwise
    names neither lean nor break a run (English titles: "Centre for Disease Control"),
    and a run right after a capitalised word of its language continues a name (``_name_of``).
    """
    run: list[tuple[Word, bool]] = []
    f, gap, previous, title = None, 0, None, False
    for word in words:
        leans = {} if word.quoted or word.masked else leanings(word.text, lang)
        if word.name and not word.quoted:
            if f in leans and leans[f][1] and _capitalised_noun(word, f, previous):
                run.append((word, True))
            previous = word
            continue
        before, previous = previous, word
        to = f if f in leans else (max(leans, key=lambda x: leans[x][0]) if leans else None)
        gap = 0 if to is not None else gap + 1
        if word.quoted or word.masked or gap > MAX_GAP or (to is not None and to != f):
            yield from ([] if title else _emit(run, f))
            run, f = [], None
        if to is not None:
            if not run:
                title = _name_of(before, to, lang)
            run.append((word, leans[to][1]))
            f = to
    yield from ([] if title else _emit(run, f))


def _name_of(before: Word | None, f: str, lang: str) -> bool:
    """The run goes on from a capitalised word of language F right before it: the rest of an
    untranslated name or title ("World Agency of planetary monitoring", "l'Autorité de sûreté
    nucléaire", "le canzoni Stay the night"), not a translator's slip, which starts in lower case."""
    return (before is not None and before.name and not before.quoted and not before.opens
            and before.text[:1].isupper() and f in leanings(before.text, lang))


def _emit(run: list[tuple[Word, bool]], f: str | None):
    strong = [w for w, s in run if s]
    content = sum(len(w.text) >= CONTENT_LETTERS for w, _ in run)
    enough = content >= MIN_CONTENT or len(run) >= LONG_RUN     # "à la fin de la journée"
    if len(run) >= MIN_WORDS and len(strong) >= MIN_STRONG and enough:
        yield [w for w, _ in run], f, strong


def _diagnostic(ctx: Context, run: list[Word], f: str, strong: list[Word]) -> Diagnostic:
    start, end = run[0].start, run[-1].end
    text = ctx.article.text[start:end]
    sample = ", ".join(f"'{w.text.casefold()}'" for w in strong[:4])
    evidence = (f"'{text}' reads as {language_name(f)} inside {_a(language_name(ctx.lang))} "
                f"sentence: {sample} are common in {language_name(f)} and rare in "
                f"{language_name(ctx.lang)}.")
    return Diagnostic(start, end, text, "foreign_fragment", evidence, SEVERITY)


def _a(noun: str) -> str:
    return ("an " if noun[:1] in "AEIOU" else "a ") + noun
