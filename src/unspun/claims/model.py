"""JSON models of the claims stage: check-worthy claims, who asserts them, their numbers."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from unspun.spans import Span


class AssertedBy(BaseModel):
    """Who puts the claim forward: a named source, a collective, another outlet, or the article."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["source", "collective", "outlet", "article"]
    name: str | None
    source_id: str | None


class Quantity(Span):
    """A number in a claim, normalised: an exact value, a bound, or a range."""

    value: float | None
    low: float | None
    high: float | None
    unit: str | None = Field(description="Unit, currency or counted thing ('reservists', 'USD', '%').")
    bound: Literal["exact", "at_least", "at_most", "range"]


class Claim(Span):
    """A check-worthy factual claim (one sentence) with its score, asserter, hedges and numbers."""

    paragraph: int = Field(ge=0)
    score: float = Field(ge=0.0, le=1.0)
    asserted_by: AssertedBy
    hedges: list[Span]
    certainty: Literal["low", "medium", "high"]
    quantities: list[Quantity]
