"""Provenance: the likely original of a group of copies, and what a copy changed.

    from cronaca.provenance import diff, likely_original
    diff(original, copy).changes        # names, places, numbers, dates that differ
    corpus.origin(ref)                  # the group of copies and its likely original

See docs/provenance.md for how the original is chosen and how sentences are aligned.
"""
from cronaca.provenance.changes import Change
from cronaca.provenance.diff import Diff, Step, diff
from cronaca.provenance.origin import Member, Origin, likely_original

__all__ = ["Change", "Diff", "Member", "Origin", "Step", "diff", "likely_original"]
