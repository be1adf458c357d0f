"""Find the cue and the speaker phrase of a quotation.

Where to look, in order: the narration between the pieces of a dash quote;
the rest of the sentence after the closing mark ('"...", said Kim',
'"...", Kim said', '«...», ha detto Kim'); the sentence before the opening mark
('Kim said: "..."', 'according to Kim, "..."', 'Kim called it "..."'). Words
inside the quotation are never searched: in '"North Korea will ...", said Kim'
the speaker is Kim.

The kind: a quotation is *direct* when it is the whole statement (it opens its
sentence, or only the speaker, the cue and a few words such as "told reporters:"
stand before it) and *partial* when it sits inside a reported clause ('Kim said
the talks were "a success"').
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from cronaca.quotes.lexicon import Lexicon, cues
from cronaca.quotes.impersonal import institution_after
from cronaca.quotes.inverted import subject_after
from cronaca.quotes.speaker import TOKEN, subject_before

MAX_LEAD_WORDS = 12          # words allowed between a closing mark and its cue
_LEAD_IN = re.compile(r"^[\s:,\-—–]*$")


@dataclass(frozen=True)
class Attribution:
    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    where: str                 # "dash" | "after" | "before" | "according"
    direct: bool = True


def _words(text: str) -> int:
    return len(TOKEN.findall(text))


def _pronoun_in(text: str, span: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """French "a-t-il dit": the subject is inside the cue."""
    for m in TOKEN.finditer(text[span[0]:span[1]]):
        for part in re.finditer(r"\w+", m.group()):
            if part.group().casefold() in lex.pronouns and part.start() > 0:
                return (span[0] + m.start() + part.start(), span[0] + m.start() + part.end())
    return None


def after(text: str, lo: int, hi: int, lex: Lexicon, determiners) -> Attribution | None:
    """A cue in text[lo:hi], just after a quotation."""
    found = cues(lex.verbs, text, lo, hi)
    cue = found[0] if found else None
    if cue is None or _words(text[lo:cue.start()]) > MAX_LEAD_WORDS:
        return _according(text, lo, hi, lex)
    if _new_clause(text, lo, cue.start(), lex):
        return _according(text, lo, hi, lex)   # '"..." and Trump says he ...': not its cue
    span = (cue.start(), cue.end())
    speaker = _pronoun_in(text, span, lex)
    inverted = subject_after(text, cue.end(), hi, lex, determiners)
    if speaker is None and _words(text[lo:cue.start()]):
        speaker = _leading_subject(text, lo, cue.start(), lex) or \
            subject_before(text, lo, cue.start(), lex) or inverted
    if speaker is None:
        speaker = inverted or institution_after(text, cue.end(), hi, lex)
    return Attribution(span, speaker, "after")


_INTO_QUOTE = re.compile(r"[:,]\s*[\"“«„‹]")
MAX_INTRO_WORDS = 6          # "Lee added on Monday in Oslo:"


def leads_into_quote(text: str, lo: int, hi: int) -> bool:
    """Do the words after a cue at ``lo`` end in a colon or comma and an opening mark
    ('Lee added: «...»')? Then the cue introduces that quotation, not one before it."""
    m = _INTO_QUOTE.search(text, lo, hi)
    return m is not None and _words(text[lo:m.start()]) <= MAX_INTRO_WORDS


def _new_clause(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Does a conjunction open the words between a quotation and a cue? Then the cue
    starts a clause of its own ('"...", and Trump says he ...', "..." while Kim said)."""
    first = TOKEN.search(text, lo, hi)
    return first is not None and first.group().casefold() in lex.conjunctions


def before(text: str, lo: int, hi: int, lex: Lexicon, determiners) -> Attribution | None:
    """The cue in text[lo:hi], the sentence before a quotation: the last one, unless
    the first reports a clause that holds the others."""
    found = cues(lex.verbs, text, lo, hi) + cues(lex.naming, text, lo, hi)
    if not found:
        return _according(text, lo, hi, lex)
    # the last cue; of two at one place the longer ("sprach von" over "sprach")
    cue = _main_cue(text, lo, found, lex) or max(found, key=lambda m: (m.start(), m.end()))
    span = (cue.start(), cue.end())
    speaker = _pronoun_in(text, span, lex) or subject_before(text, lo, cue.start(), lex)
    if speaker is not None and _no_one(text, speaker, lex):
        speaker = None                 # 'Come ha scritto Il Porto, «...»': "Come" is nobody
    rest_lo = cue.end()
    inverted = subject_after(text, cue.end(), hi, lex, determiners)
    apart = speaker is not None and "," in text[speaker[1]:cue.start()] and inverted is not \
        None and text[inverted[0]:inverted[1]].casefold() in lex.pronouns
    if speaker is not None and inverted is not None and _set_off(text, speaker, cue, inverted) \
            and cue.group().casefold() not in lex.participles \
            and TOKEN.match(text, inverted[0]).group().casefold() not in lex.stops:
        speaker = inverted         # 'Il piano, ha detto Rossi, renderà ...': Rossi speaks
    if (speaker is None or apart) and inverted is not None and \
            _LEAD_IN.match(text[inverted[1]:hi]) and cue.group().casefold() not in lex.participles:
        # 'Ha detto Kim: «...»', 'Wenn es kommt, sagte sie, „...“': not the clause before
        speaker, rest_lo = inverted, inverted[1]
    direct = _LEAD_IN.match(text[rest_lo:hi]) is not None or (
        text[lo:hi].rstrip().endswith(":") and _words(text[rest_lo:hi]) <= 6)
    return Attribution(span, speaker, "before", direct)


def _set_off(text: str, speaker: tuple[int, int], cue, inverted: tuple[int, int]) -> bool:
    """', CUE SPEAKER,' between commas, right after the words before it: an inverted
    attribution set off inside the sentence, not a subject before its verb."""
    return text[speaker[1]:cue.start()].strip() == "," and \
        not text[cue.end():inverted[0]].strip() and text[inverted[1]:].lstrip().startswith(",")


def _no_one(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """A phrase of stop words only, none a relative ("who" is resolved later)."""
    words = [w.casefold() for w in TOKEN.findall(text, *span)]
    return all(w in lex.stops and w not in lex.relatives for w in words)


def _main_cue(text: str, lo: int, found: list, lex: Lexicon):
    """The first cue, when it takes a bare clause and has a subject of its own: a later
    cue sits inside the clause it reports ('Lee said the women who complained about it
    were "..."': Lee said, not the women complained)."""
    first, last = min(found, key=lambda m: m.start()), max(found, key=lambda m: m.start())
    if lex.bare_clause is None or not lex.bare_clause.fullmatch(first.group()):
        return None
    if _new_clause(text, _word_before(text, lo, last.start()), last.start(), lex) or \
            last.group().casefold() in lex.participles:
        return None                   # 'Lee said ... and added, "..."', '..., adding: "..."'
    span = (first.start(), first.end())
    if _pronoun_in(text, span, lex) is None and subject_before(text, lo, first.start(), lex) is None:
        return None
    lead = [w.casefold() for w in TOKEN.findall(text, lo, first.start())]
    if "," in text[first.end():last.start()] and lead and (
            lead[0] in lex.subordinators or any(w in lex.relatives for w in lead)):
        return None         # 'When Lee was asked ..., Kim said', 'Lee, who says ..., wrote'
    return first


def _word_before(text: str, lo: int, hi: int) -> int:
    words = list(TOKEN.finditer(text, lo, hi))
    return words[-1].start() if words else hi


def _leading_subject(text: str, lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """'"...", Kim said': the words between the quotation and the cue, if a subject."""
    from cronaca.quotes.speaker import plausible
    words = [(m.start() + lo, m.end() + lo) for m in TOKEN.finditer(text[lo:hi])]
    while words and text[words[-1][0]:words[-1][1]].casefold() in lex.aux:
        words.pop()
    if len(words) > 1 and text[words[0][0]:words[0][1]].casefold() in lex.stops:
        words.pop(0)                   # '"...," as the auditor put it'
    if words and text[words[-1][0]:words[-1][1]].casefold() in lex.pronouns:
        return words[-1]
    if not words or not plausible(text, words, lex):
        return None
    return (words[0][0], words[-1][1])


def according_cue(text: str, lo: int, hi: int, lex: Lexicon):
    """The first "according to" cue of the language in text[lo:hi] (a match), or None."""
    return lex.according_to.search(text, lo, hi) if lex.according_to is not None else None


def _according(text: str, lo: int, hi: int, lex: Lexicon) -> Attribution | None:
    cue = according_cue(text, lo, hi, lex)
    if cue is None:
        return None
    span = (cue.start(), cue.end())
    speaker = _pronoun_in(text, span, lex) or _according_speaker(text, cue.end(), hi, lex)
    return Attribution(span, speaker, "according") if speaker else None


def _according_speaker(text: str, lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """The phrase after "according to" up to the next comma or the end."""
    end = len(text[:hi]) if (m := re.search(r"[,;:.“”\"«»—–]", text[lo:hi])) is None \
        else lo + m.start()
    spans = [(m.start() + lo, m.end() + lo) for m in TOKEN.finditer(text[lo:end])][:10]
    return (spans[0][0], spans[-1][1]) if spans else None
