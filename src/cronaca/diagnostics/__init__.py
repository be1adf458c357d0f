"""Traces of careless machine translation or rewriting (issue 4)."""
