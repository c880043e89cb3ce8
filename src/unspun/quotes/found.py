"""One finding of the quotes stage before it becomes JSON, and the confidence of each resolution."""

from __future__ import annotations

from dataclasses import dataclass

from unspun.quotes.people import Mention

CONFIDENCE = {"explicit": 0.9, "surname": 0.85, "descriptor": 0.8, "handle": 0.9, "pronoun": 0.75, "adjacent": 0.65}


@dataclass
class Found:
    """One quote before it becomes JSON: offsets, kind, speaker mention, cue."""

    start: int
    end: int
    paragraph: int
    kind: str
    mention: Mention | None
    cue: tuple[int, int] | None
    confidence: float
