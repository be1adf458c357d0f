"""Clean a page scraped as plain text (one line per block).

Keeps the article's paragraphs verbatim, finds its title, and reports every
other non-empty line with the reason it went. No phrase list is needed for a
language to work: position, repetition, length, punctuation and jusText
stopword density do most of the work; the phrases in ``cronaca.languages``
name the common cases precisely.

The method grows out of jusText's (Pomikálek 2011): a first verdict per
line from its own features (phrases, menu separators, length, stopword
density), then repetition (headline, captions, teasers), then context. The
body runs from the first to the last prose line; short lines inside it
(subheadings, list items, one-line paragraphs) stay, short lines outside it
(menus, header and footer furniture) go, and borderline lines are noise only
when noise surrounds them. On the line-labelled web corpus, keeping every
short line inside the body scored clearly better than demanding stopwords of
it (see ``cronaca.evaluate.lines``).

Reasons (``LineVerdict.reason``, ``RemovedLine.reason``):

=======================  =====================================================
``title``                the headline: ``CleanText.title``, not in the body
``repeated headline``    a later copy of the title
``caption``              a short line repeated back to back (image caption)
``repeated line``        a longer line doubled back to back (scraped twice)
``truncated teaser``     a cut-off excerpt ("...") of a line found elsewhere,
                         or in the header before the repeated headline
``skip link``            "Skip to content", "Salta al contenuto"
``boilerplate phrase``   a listed menu, widget, read-also, cookie, newsletter,
                         subscription or advertisement phrase
``copyright``            "© 2024 ...", "All rights reserved"
``photo credit``         "Foto: Ansa", "Photo: Reuters"
``byline``               "By Jane Doe" (metadata, not body)
``dateline``             a line that is only a date or time
``navigation``           menus and breadcrumbs ("Home | News | Sport",
                         "Home › World"), links ending in "»"
``related links``        headlines listed right under a "Read also:" lead-in
``short non-prose line`` a short line outside the body; a line of symbols only
``low stopword density`` a longer line outside the body that does not read as
                         prose in the page's language
=======================  =====================================================

Blank lines get role "empty" and are never reported.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from cronaca.article import RemovedLine
from cronaca.extract.line_features import LineFeatures, Phrases, line_features

REASONS = (
    "title", "repeated headline", "caption", "repeated line", "truncated teaser", "skip link",
    "boilerplate phrase", "copyright", "photo credit", "byline", "dateline", "navigation",
    "short non-prose line", "low stopword density", "related links",
)
ROLES = ("title", "body", "boilerplate", "empty")

# Line kinds: jusText's classes (good, near-good, short, bad), plus "low"
# (long but poor in stopwords: kept only inside the body), empty and title.
GOOD, NEAR, SHORT, LOW, BAD, EMPTY, TITLE = "good", "near", "short", "low", "bad", "empty", "title"

# Measured on the train splits of the line-labelled corpus (cronaca eval lines).
SHORT_WORDS = 10           # fewer words: too short to judge alone
STOPWORDS_HIGH = 0.30      # jusText's default
STOPWORDS_LOW = 0.20
CAPTION_WORDS = 15         # a longer back-to-back repeat is a duplicated paragraph
TITLE_WORDS = 40


@dataclass(frozen=True)
class LineVerdict:
    keep: bool               # part of the clean body text
    reason: str | None       # why not (one of REASONS); None when kept or empty
    role: str                # one of ROLES


@dataclass(frozen=True)
class CleanText:
    title: str | None
    paragraphs: list[str]
    removed: list[RemovedLine]
    language: str | None = None   # the language whose data judged the page


Label = tuple[str, str | None]    # (kind, reason)


def clean_text(raw: str, language: str | None = None) -> CleanText:
    """The body paragraphs (verbatim), the title, and every removed line with its reason."""
    lines = raw.splitlines()
    phrases = Phrases.for_page(lines, language)
    verdicts = _classify(lines, phrases)
    title = next((line.strip() for line, v in zip(lines, verdicts) if v.role == "title"), None)
    paragraphs = [line.strip() for line, v in zip(lines, verdicts) if v.keep]
    removed = [RemovedLine(n, line.strip(), v.reason or "empty")
               for n, (line, v) in enumerate(zip(lines, verdicts), start=1)
               if not v.keep and v.reason]
    return CleanText(title, paragraphs, removed, phrases.language)


def classify_lines(lines: list[str], language: str | None) -> list[LineVerdict]:
    """One verdict per input line; ``language`` None means detect it from the lines."""
    return _classify(lines, Phrases.for_page(lines, language))


def _classify(lines: list[str], phrases: Phrases) -> list[LineVerdict]:
    feats = [line_features(line, phrases) for line in lines]
    labels = [first_pass(f, bool(phrases.stopwords)) for f in feats]
    labels = mark_repeats(feats, labels)
    labels = revise(feats, labels)
    labels = related_links(feats, labels)
    labels = choose_title(feats, labels)
    return [_verdict(label) for label in labels]


def first_pass(f: LineFeatures, has_stoplist: bool) -> Label:
    """A verdict from the line alone, as jusText classifies a paragraph."""
    if f.empty:
        # A line of only symbols ("| |", "* * *") is reported, but for its
        # neighbours it is as good as a blank line.
        return EMPTY, ("short non-prose line" if f.text else None)
    if f.phrase:
        return BAD, f.phrase
    if f.separators >= 2 or f.link:
        return BAD, "navigation"
    if f.words < SHORT_WORDS:
        return SHORT, None
    if not has_stoplist:
        # No stoplist (Chinese, Japanese, Thai...): prose is what ends like a sentence.
        return (GOOD, None) if f.sentence_end else (NEAR, None)
    if f.density >= STOPWORDS_HIGH:
        return GOOD, None
    if f.density >= STOPWORDS_LOW:
        return NEAR, None
    return LOW, "low stopword density"


def _verdict(label: Label) -> LineVerdict:
    kind, reason = label
    if kind == TITLE:
        return LineVerdict(False, "title", "title")
    if kind == GOOD:
        return LineVerdict(True, None, "body")
    if kind == EMPTY and reason is None:
        return LineVerdict(False, None, "empty")
    return LineVerdict(False, reason, "boilerplate")


# --- repetition: captions, the repeated headline, teasers ---------------------

def mark_repeats(feats: list[LineFeatures], labels: list[Label]) -> list[Label]:
    """The headline and its copies, doubled captions, teasers of later text.

    The helpers below write into the copy ``labels``, in this order: the
    headline first, so that a headline doubled at the top of the page is
    not taken for a caption.
    """
    labels = list(labels)
    seq = [i for i, f in enumerate(feats) if not f.empty]
    groups: dict[str, list[int]] = {}
    for i in seq:
        groups.setdefault(feats[i].norm, []).append(i)
    headline = _mark_headline(feats, labels, seq, groups)
    _mark_captions(feats, labels, seq)
    _mark_teasers(feats, labels, seq, headline)
    return labels


def _mark_captions(feats: list[LineFeatures], labels: list[Label], seq: list[int]) -> None:
    # An image caption scraped twice (caption + alt text) sits back to back.
    for a, b in zip(seq, seq[1:]):
        if feats[a].norm != feats[b].norm or labels[a][0] in (BAD, TITLE):
            continue
        if feats[a].words <= CAPTION_WORDS:
            labels[a] = labels[b] = (BAD, "caption")
        else:
            labels[b] = (BAD, "repeated line")


def _mark_headline(feats: list[LineFeatures], labels: list[Label], seq: list[int],
                   groups: dict[str, list[int]]) -> tuple[int, int] | None:
    """(first, last) index of the headline when it is repeated, as on news pages.

    The headline is the first line of the header that comes back further
    down; a line doubled back to back is a caption, unless it opens the page.
    """
    header = seq[: max(3, len(seq) * 2 // 5)]
    for pos, i in enumerate(header):
        copies = groups[feats[i].norm]
        doubled = pos + 1 < len(seq) and seq[pos + 1] == copies[-1]
        if (1 < len(copies) <= 3 and (pos == 0 or not doubled)
                and labels[i][0] != BAD and _title_like(feats[i])):
            labels[i] = (TITLE, "title")
            for j in copies[1:]:
                labels[j] = (BAD, "repeated headline")
            return i, copies[-1]
    return None


def _mark_teasers(feats: list[LineFeatures], labels: list[Label], seq: list[int],
                  headline: tuple[int, int] | None) -> None:
    # A cut-off excerpt ("...") of a paragraph that is on the page in full,
    # or any cut-off line between the headline and its repeat (the teaser
    # block of a news page's header).
    starts = sorted(f"{feats[i].norm} " for i in seq)
    for i in seq:
        f = feats[i]
        if not f.truncated or labels[i][0] in (BAD, TITLE):
            continue
        before_headline = headline is not None and headline[0] < i < headline[1]
        if before_headline or (f.words >= 4 and _starts_longer_line(starts, f"{f.norm} ")):
            labels[i] = (BAD, "truncated teaser")


def _starts_longer_line(starts: list[str], prefix: str) -> bool:
    """Whether some line other than the prefix itself begins with it (sorted lookup)."""
    k = bisect.bisect_left(starts, prefix)
    while k < len(starts) and starts[k] == prefix:
        k += 1
    return k < len(starts) and starts[k].startswith(prefix)


# --- context: short and borderline lines follow their neighbours --------------

def revise(feats: list[LineFeatures], labels: list[Label]) -> list[Label]:
    """Short and borderline lines take their verdict from where they stand.

    Inside the body (first to last prose line) a short line is a subheading,
    a list item or a one-line paragraph; outside it, it is header, menu or
    footer, unless it reads as a sentence and touches the body. Borderline
    lines follow jusText: noise only when noise surrounds them.
    """
    body = _body_zone(feats, labels)
    far = _Neighbours(labels, skip_near=True)
    close = _Neighbours(labels, skip_near=False)
    out = list(labels)
    for i, (kind, _) in enumerate(labels):
        if kind == SHORT:
            keep = i in body or _near_side(far, close, i)
            out[i] = (GOOD, None) if keep else (BAD, "short non-prose line")
        elif kind == LOW:
            # Inside the body a long line poor in stopwords is a list of names,
            # a table row or a citation, and belongs to the article.
            out[i] = (GOOD, None) if i in body else (BAD, "low stopword density")
        elif kind == NEAR:
            noise = far.before[i] == BAD and far.after[i] == BAD
            out[i] = (BAD, "low stopword density") if noise else (GOOD, None)
    return out


def related_links(feats: list[LineFeatures], labels: list[Label]) -> list[Label]:
    """Headlines listed on the lines right under a removed "Read also:" lead-in.

    They read like prose (a headline has stopwords), so only their position
    gives them away: consecutive headline-like lines, no sentence punctuation.
    """
    out = list(labels)
    for i, (kind, reason) in enumerate(labels):
        if reason != "boilerplate phrase" or not feats[i].text.rstrip().endswith(":"):
            continue
        j = i + 1
        while j < len(labels) and not feats[j].empty and out[j][0] != BAD \
                and _title_like(feats[j]) and not feats[j].sentence_end:
            out[j] = (BAD, "related links")
            j += 1
    return out


def _near_side(far: "_Neighbours", close: "_Neighbours", i: int) -> bool:
    # jusText: a short line between body and noise still belongs to the body
    # when a borderline line, not noise, is its neighbour on the noise side.
    if GOOD not in (far.before[i], far.after[i]):
        return False
    return ((far.before[i] == BAD and close.before[i] == NEAR)
            or (far.after[i] == BAD and close.after[i] == NEAR))


def _body_zone(feats: list[LineFeatures], labels: list[Label]) -> range:
    goods = [i for i, (kind, _) in enumerate(labels) if kind == GOOD]
    if not goods:
        return range(0)
    return range(_grow(feats, labels, goods[0], -1), _grow(feats, labels, goods[-1], 1) + 1)


def _grow(feats: list[LineFeatures], labels: list[Label], edge: int, step: int) -> int:
    # A short sentence next to the body belongs to it ("He did not answer.").
    i = edge + step
    while 0 <= i < len(labels) and labels[i][0] in (EMPTY, SHORT):
        if labels[i][0] == SHORT:
            if not (feats[i].sentence_end and feats[i].stopwords):
                break
            edge = i
        i += step
    return edge


class _Neighbours:
    """For each line, the nearest decisive kind before and after it (GOOD,
    NEAR or BAD); page edges count as noise. One pass each way, so long
    pages of short lines stay linear."""

    def __init__(self, labels: list[Label], skip_near: bool) -> None:
        skip = {EMPTY, SHORT, NEAR} if skip_near else {EMPTY, SHORT}
        self.before = self._scan([kind for kind, _ in labels], skip)
        self.after = self._scan([kind for kind, _ in reversed(labels)], skip)[::-1]

    @staticmethod
    def _scan(kinds: list[str], skip: set[str]) -> list[str]:
        seen, out = BAD, []
        for kind in kinds:
            out.append(seen)
            if kind not in skip:
                seen = kind if kind in (GOOD, NEAR) else BAD
        return out


def choose_title(feats: list[LineFeatures], labels: list[Label]) -> list[Label]:
    """Without a repeated headline, the longest plausible line before the body."""
    if any(kind == TITLE for kind, _ in labels):
        return labels
    start = next((i for i, (kind, _) in enumerate(labels) if kind == GOOD), None)
    if start is None:
        return labels
    candidates = [i for i in range(start) if _could_be_title(feats[i], labels[i])]
    if not candidates:
        # The headline can read as prose ("Lyon : la nouvelle ligne ... retardée"),
        # but a news paragraph ends with punctuation and a headline does not.
        if feats[start].sentence_end or not _title_like(feats[start]):
            return labels
        candidates = [start]
    best = max(candidates, key=lambda i: (feats[i].words, -i))
    return [*labels[:best], (TITLE, "title"), *labels[best + 1:]]


def _could_be_title(f: LineFeatures, label: Label) -> bool:
    return label[1] in ("short non-prose line", "low stopword density") and _title_like(f)


def _title_like(f: LineFeatures) -> bool:
    # Headlines are a few words of text: not list items, lead-ins ("Author:"),
    # cut-off teasers or table cells.
    return (3 <= f.words <= TITLE_WORDS and not f.truncated and not f.bullet
            and not f.text.endswith(":") and not f.text.startswith("|"))


def byline_author(line: str, language: str | None) -> str | None:
    """"Par Élodie Marchand" -> "Élodie Marchand": the byline less its lead words."""
    from cronaca.languages import get, normalise
    heads = get(language or "").boilerplate.bylines
    words = line.split()
    for k in range(min(len(words), 4), 0, -1):
        if normalise(" ".join(words[:k])) in heads:
            author = " ".join(words[k:]).strip(" :,-–—|")
            return author or None
    return None
