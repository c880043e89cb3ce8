"""Repeated numbers: the same counted thing given a number more than once in an article.

Mentions are grouped by what they count: the counted noun's lemma ("reservists"
and "reservist" group together). Sums of money, measurements, percentages, dates
and durations are left out (the caller gives them an empty key): "€45 million"
and "€900" or "9%" and "40%" in one article are almost always different things,
so grouping them would flag noise.

A group is *consistent* when one value can satisfy every mention (the mentions'
intervals intersect: "250,000" and "more than 200,000" agree, "250,000" and
"350,000" do not). Only groups spread over two or more sentences are reported.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from unspun.claims.model import QuantityMention, RepeatedQuantity

SKIPPED_UNITS = {"%", "date", "second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}


@dataclass(frozen=True)
class Mention:
    """A quantity with the sentence it is in and the lemma of what it counts."""

    quantity: QuantityMention
    sentence: int
    key: str


def interval(q: QuantityMention) -> tuple[float, float]:
    """The values a mention allows: [low, high], open ends as infinities."""
    low = q.low if q.low is not None else (q.value if q.bound != "at_most" else -math.inf)
    high = q.high if q.high is not None else (q.value if q.bound != "at_least" else math.inf)
    return (low if low is not None else -math.inf, high if high is not None else math.inf)


def consistent(quantities: Sequence[QuantityMention]) -> bool:
    """True when one value lies in every mention's interval (with 0.5% slack for rounding)."""
    lows, highs = zip(*(interval(q) for q in quantities))
    low, high = max(lows), min(highs)
    return low <= high * 1.005 if high > 0 else low <= high


def repeated(mentions: Sequence[Mention]) -> list[RepeatedQuantity]:
    """Groups of mentions of one counted thing over two or more sentences, in order of first mention."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.key and m.key not in SKIPPED_UNITS and (m.quantity.unit or "") not in SKIPPED_UNITS:
            groups.setdefault(m.key, []).append(m)
    result = []
    for key, members in groups.items():
        if len({m.sentence for m in members}) < 2:
            continue
        quantities = [m.quantity for m in members]
        result.append(RepeatedQuantity(unit=quantities[0].unit or key, consistent=consistent(quantities),
                                       mentions=quantities))
    result.sort(key=lambda r: r.mentions[0].start)
    return result
