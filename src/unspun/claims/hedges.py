"""Hedges and certainty markers in a claim, and the claim's certainty level.

A hedge weakens what a sentence commits to ("reportedly", "an estimated", "may",
"appears to", "allegedly", "on paper", "about 300"); a certainty marker
strengthens it ("clearly", "no doubt", "the simple fact"). "never" and "always" are
not certainty markers: "has never visited" states a fact, it does not insist on one. The lexicons are
short, hand-written and matched on word boundaries; "may" the modal is told from
"May" the month by case and by a following number.

Certainty: ``low`` when a claim has hedges and no certainty marker, ``high`` when
it has certainty markers and no hedge, ``medium`` otherwise (neither, or both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal, Sequence

Certainty = Literal["low", "medium", "high"]

# 'about 300', 'around half a million', 'about one in three': an approximator only before a number.
_BEFORE_NUMBER = (r"(?= (?:\$|£|€)?\d| (?:one|two|three|four|five|six|seven|eight|nine|ten) (?:in|hundred|thousand|million|billion)\b"
                  r"| half (?:a|of|the)\b| a (?:third|quarter|fifth|tenth|dozen) of\b| (?:a|one|two) (?:third|quarter|fifth|tenth|thirds|fifths)\b| (?:hundreds|thousands|millions|billions|dozens) of\b)")

HEDGES = [
    r"reportedly", r"allegedly", r"apparently", r"purportedly", r"supposedly", r"seemingly", r"ostensibly",
    r"estimated?", r"estimates", r"estimating", r"may", r"might", r"could(?! not\b)", r"possibly", r"perhaps", r"probably",
    r"(?<!\bless )(?<!\bmore )(?<!\bas )likely", r"unlikely", r"appears?(?= to\b| that\b)", r"appeared(?= to\b| that\b)", r"it appears", r"seems?", r"seemed",
    r"on paper", r"suggests?", r"suggested", r"believed to", r"thought to", r"said to", r"understood to", r"rumou?red",
    r"it is (?:thought|believed|claimed|alleged|said)", r"is (?:thought|believed) that",
    r"unconfirmed", r"unverified", r"claimed(?= that\b| to\b)", r"claims? that", r"alleged",
    r"about" + _BEFORE_NUMBER, r"around" + _BEFORE_NUMBER, r"roughly", r"approximately", r"some(?= \d)",
    r"an estimated", r"as many as", r"as much as", r"in theory", r"it is understood", r"sort of", r"somewhat",
    r"(?:was|were|is|are|been) reported to", r"(?:is|are|was|were) expected to",
    r"widely (?:thought|believed|assumed|expected|reported)",
    r"(?:is|are|was|were) (?:forecast|projected|predicted|tipped) to", r"hearing reports", r"unconfirmed reports",
    # 3 Dec 2026, tenth session, from a review: 'worth a reported £40m', 'Officers believe they fled',
    # 'is associated with better memory' (a correlation, not a cause)
    r"a reported", r"believes?(?= that\b| they\b| he\b| she\b| it\b| the\b)", r"(?:is|are|was|were) associated with",
    r"(?:is|are|was|were) linked (?:to|with)",
]
CERTAINTY = [
    r"clearly", r"no doubt", r"without (?:a )?doubt", r"undoubtedly", r"beyond (?:any )?doubt",
    r"the simple fact", r"simply put", r"certainly", r"definitely", r"obviously", r"of course",
    r"undeniabl[ey]", r"indisputabl[ey]", r"unquestionabl[ey]", r"without question", r"in fact",
    r"the fact is", r"it is clear", r"plainly", r"proven", r"proves?", r"there is no question",
    r"make no mistake", r"absolutely", r"surely",
]
_HEDGE = re.compile(r"\b(?:" + "|".join(sorted(HEDGES, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_CERTAIN = re.compile(r"\b(?:" + "|".join(sorted(CERTAINTY, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_MONTH_MAY = re.compile(r"May(?=\s+\d)|(?<=\d\s)May")


@dataclass(frozen=True)
class Marker:
    """A hedge or certainty marker: offsets relative to the searched text."""

    start: int
    end: int
    text: str


def _is_month(text: str, match: re.Match[str]) -> bool:
    word = match.group(0)
    if word.lower() != "may":
        return False
    if word == "May" and match.start() > 0:
        return True  # capitalised mid-sentence: the month ("in May", "last May")
    if word == "May" and re.match(r"May\s+(?:was|is|has|had|saw|brought|began|ended|marks|will)\b", text[match.start():]):
        return True  # opening a sentence as its subject: "May was the wettest month"
    return bool(_MONTH_MAY.match(text, match.start())) or bool(
        re.search(r"\d\s$", text[: match.start()])
    )


def find_hedges(text: str, tokens: Sequence[Any] = (), base: int = 0) -> list[Marker]:
    """Every hedge in ``text``, in order. ``tokens`` (spaCy's, ``tok.idx - base`` indexing ``text``) tell
    the verb 'claims that' (a hedge) from the noun with a relative clause ('made health claims that breach rules')."""
    return [Marker(m.start(), m.end(), m.group(0)) for m in _HEDGE.finditer(text)
            if not _is_month(text, m) and not _claims_noun(m, tokens, base)]


def _claims_noun(match: re.Match[str], tokens: Sequence[Any], base: int) -> bool:
    if not match.group(0).lower().startswith("claim") or not tokens:
        return False
    tok = next((t for t in tokens if t.idx - base == match.start()), None)
    return tok is not None and tok.pos_ == "NOUN" and tok.tag_ in ("NNS", "NN") and tok.dep_ != "ROOT"


def find_certainty_markers(text: str) -> list[Marker]:
    """Every certainty marker in ``text``, in order."""
    return [Marker(m.start(), m.end(), m.group(0)) for m in _CERTAIN.finditer(text)]


def certainty_level(hedges: list[Marker], markers: list[Marker]) -> Certainty:
    """low: hedged only; high: certainty markers only; medium: neither or both."""
    if hedges and not markers:
        return "low"
    if markers and not hedges:
        return "high"
    return "medium"
