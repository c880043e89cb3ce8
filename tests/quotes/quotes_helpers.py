"""Helpers of the quotes tests (a uniquely named module: every test folder has its own conftest)."""

from __future__ import annotations

from unspun.analysis import Analysis
from unspun.quotes.model import Quote


def find(analysis: Analysis, fragment: str) -> Quote:
    """The quote whose text contains ``fragment``; of quotes held one inside another (a partial quote inside
    the reported clause around it), the narrowest."""
    hits = [q for q in analysis.quotes or [] if fragment in q.text]
    assert hits, f"no quote holds {fragment!r}: {[q.text for q in analysis.quotes or []]}"
    return min(hits, key=lambda q: q.end - q.start)
