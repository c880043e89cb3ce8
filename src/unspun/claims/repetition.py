"""Repeated numbers: the same counted thing given a number more than once in an article.

Mentions are grouped by what they count: the counted noun's lemma ("reservists"
and "reservist" group together). Sums of money, measurements, percentages, dates
and durations are left out (the caller gives them an empty key): "€45 million"
and "€900" or "9%" and "40%" in one article are almost always different things,
so grouping them would flag noise.

A group is *consistent* when one value can satisfy every mention (the mentions'
intervals intersect: "250,000" and "more than 200,000" agree, "250,000" and
"350,000" do not). Only groups spread over two or more sentences are reported, and
counts more than ``SAME_THING_RATIO`` apart are taken for different sets of the thing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from unspun.claims.model import QuantityMention, RepeatedQuantity
from unspun.claims.quantities import CURRENCY_NOUNS

SKIPPED_UNITS = {"%", "date", "time", "second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}


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
        if (m.key and m.key not in SKIPPED_UNITS and (m.quantity.unit or "") not in SKIPPED_UNITS
                and m.key not in CURRENCY_NOUNS and (m.quantity.unit or "").lower() not in CURRENCY_NOUNS):
            groups.setdefault(m.key, []).append(m)
    result = []
    for key, members in groups.items():
        for cluster in _same_scale(members):
            if len({m.sentence for m in cluster}) < 2:
                continue
            quantities = [m.quantity for m in cluster]
            result.append(RepeatedQuantity(unit=quantities[0].unit or key, consistent=consistent(quantities),
                                           mentions=quantities))
    result.sort(key=lambda r: r.mentions[0].start)
    return result


SAME_THING_RATIO = 3.0
"""Counts of one noun more than this factor apart are different sets, not one figure restated: '300
officers moved in' and '58 officers were hurt', '4,200 homes evacuated' and '120 homes flooded'. A restated
figure that disagrees ('250,000 reservists' then '350,000') stays within it."""


def _size(m: Mention) -> float:
    low, high = interval(m.quantity)
    finite = [v for v in (low, high) if math.isfinite(v)]
    return abs(sum(finite) / len(finite)) if finite else 0.0


def _same_scale(members: Sequence[Mention]) -> list[list[Mention]]:
    """The mentions split into runs of sizes within SAME_THING_RATIO of the run's smallest, in text order."""
    clusters: list[list[Mention]] = []
    for m in sorted(members, key=_size):
        if clusters and _size(m) <= SAME_THING_RATIO * max(_size(clusters[-1][0]), 1e-9):
            clusters[-1].append(m)
        else:
            clusters.append([m])
    return [sorted(c, key=lambda m: m.quantity.start) for c in clusters]
