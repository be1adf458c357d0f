"""SpanIndex and Disjoint answer as a scan of every span would (seeded random spans)."""
import random
from dataclasses import dataclass

from cronaca.entities.span_index import Disjoint, SpanIndex


@dataclass
class S:
    start: int
    end: int


def _spans(rng, n):
    out = []
    for _ in range(n):
        a = rng.randrange(0, 200)
        out.append(S(a, a + rng.choice([1, 2, 3, 5, 40, 120])))
    return out


def test_overlapping_and_starting_match_a_scan():
    rng = random.Random(7)
    for _ in range(50):
        spans = _spans(rng, rng.randrange(0, 30))
        index = SpanIndex(spans)
        for _ in range(40):
            a = rng.randrange(-5, 210)
            b = a + rng.randrange(0, 30)
            scan = sorted((s for s in spans if s.start < b and a < s.end), key=lambda s: s.start)
            assert [id(s) for s in index.overlapping(a, b)] == [id(s) for s in scan]
            scan = sorted((s for s in spans if a <= s.start < b), key=lambda s: s.start)
            assert [id(s) for s in index.starting(a, b)] == [id(s) for s in scan]


def test_a_span_inside_a_long_early_one_is_found():
    index = SpanIndex([S(0, 100), S(10, 12), S(50, 52)])
    assert [(s.start, s.end) for s in index.overlapping(60, 61)] == [(0, 100)]


def test_disjoint_spans_tell_an_overlap_as_a_scan_would():
    rng = random.Random(11)
    taken, kept = Disjoint(), []
    for _ in range(300):
        a = rng.randrange(0, 500)
        b = a + rng.randrange(1, 15)
        scan = any(x < b and a < y for x, y in kept)
        assert taken.overlaps(a, b) == scan
        if not scan:
            taken.add(a, b)
            kept.append((a, b))
    assert len(kept) > 10
