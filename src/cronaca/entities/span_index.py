"""Candidates sorted by start, to find those around an offset without scanning them all.

Passes that ask, for each candidate, which others overlap it or start after it would be
quadratic in an article's candidates if each question scanned the whole list; an index built
once per article answers each with a binary search.
"""
from __future__ import annotations

import bisect
from itertools import accumulate


class SpanIndex:
    """Items with ``start`` and ``end`` (end exclusive), in the order given."""

    def __init__(self, items: list):
        self._items = sorted(items, key=lambda c: c.start)    # stable: ties keep their order
        self._starts = [c.start for c in self._items]
        # the furthest end among the items up to each one: no earlier item reaches past it
        self._reach = list(accumulate((c.end for c in self._items), max))

    def overlapping(self, start: int, end: int) -> list:
        """The items with ``item.start < end`` and ``start < item.end``, by start."""
        i = bisect.bisect_left(self._starts, end)
        out = []
        while i > 0 and self._reach[i - 1] > start:
            i -= 1
            if self._items[i].end > start:
                out.append(self._items[i])
        return out[::-1]

    def starting(self, start: int, end: int) -> list:
        """The items with ``start <= item.start < end``, by start."""
        lo = bisect.bisect_left(self._starts, start)
        return self._items[lo:bisect.bisect_left(self._starts, end)]


class Disjoint:
    """Spans (start, end) that overlap none of each other, added one by one."""

    def __init__(self):
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)   # spans that start before ``end``
        return i > 0 and self._ends[i - 1] > start   # of those, the last ends the furthest

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
