"""The source roster: one entry per distinct source, and how much of the article rests on it.

Words quoted count every quote but non-answers (a paraphrase in reported speech
still puts the article's weight on its source). A quote held whole inside another
quote of the same source (a partial quote inside the reported clause around it) is
part of that statement: it adds neither a quote nor words. A source with more than
half of all quoted words is flagged: the article relies on a single source.
"""

from __future__ import annotations

from typing import Sequence

from unspun.quotes.model import Quote, Source
from unspun.quotes.people import Entity


def _words(text: str) -> int:
    return len(text.split())


def _within_own(quotes: Sequence[Quote], keys: Sequence[str | None]) -> set[int]:
    """Indices of quotes that lie wholly inside a longer quote of the same source (not a non-answer).

    One sweep per source by start, so an article of thousands of quotes stays linear-ish: a quote is held when a
    quote starting before it reaches its end, or one starting where it starts ends after it."""
    by_source: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        if k is not None:
            by_source.setdefault(k, []).append(i)
    held: set[int] = set()
    for indices in by_source.values():
        indices.sort(key=lambda i: (quotes[i].start, -quotes[i].end))
        reach = -1  # the furthest end of the containers that start before the current start
        group_start: int | None = None
        group_reach = -1  # the furthest end of the containers that start at the current start
        for i in indices:
            q = quotes[i]
            if q.start != group_start:
                reach, group_start, group_reach = max(reach, group_reach), q.start, -1
            if reach >= q.end or group_reach > q.end:
                held.add(i)
            if q.kind != "non_answer":
                group_reach = max(group_reach, q.end)
    return held


def build_roster(quotes: Sequence[Quote], entities: dict[str, Entity], keys: Sequence[str | None]) -> list[Source]:
    """Sources in order of their first quote; ``keys[i]`` is the entity key of ``quotes[i]``."""
    held = _within_own(quotes, keys)
    keys = [None if i in held else k for i, k in enumerate(keys)]
    order: list[str] = []
    for key in keys:
        if key is not None and key not in order:
            order.append(key)
    total = sum(_words(q.text) for i, q in enumerate(quotes) if q.kind != "non_answer" and q.speaker is not None and i not in held)
    sources: list[Source] = []
    for n, key in enumerate(order, start=1):
        entity = entities[key]
        mine = [q for q, k in zip(quotes, keys) if k == key]
        words = sum(_words(q.text) for q in mine if q.kind != "non_answer")
        share = words / total if total else 0.0
        sources.append(
            Source(
                id=f"S{n}",
                name=entity.name,
                kind=entity.kind,  # type: ignore[arg-type]
                description=", ".join(entity.descriptions) or None,
                quote_count=sum(1 for q in mine if q.kind != "non_answer"),
                words_quoted=words,
                share=round(min(share, 1.0), 4),
                paragraphs=sorted({q.paragraph for q in mine}),
                single_source_reliance=share > 0.5 and len(order) > 0 and total > 0,
            )
        )
    return sources
