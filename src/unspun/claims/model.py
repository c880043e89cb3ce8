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
    date: str | None = Field(default=None, description="ISO 8601 date when unit is 'date': '2022-03', '1998-05-04', "
                             "'--03-15' for a day with no year, '2025/2026' for a span of years ('fiscal 2025-26'); "
                             "the time of day ('19:00') when unit is 'time'.")


class Claim(Span):
    """A check-worthy factual claim (one sentence) with its score, asserter, hedges and numbers."""

    paragraph: int = Field(ge=0)
    score: float = Field(ge=0.0, le=1.0)
    asserted_by: AssertedBy
    hedges: list[Span]
    certainty: Literal["low", "medium", "high"]
    quantities: list[Quantity]
    certainty_markers: list[Span] = Field(default_factory=list, description="'clearly', 'no doubt', ...")
    is_quote: bool = Field(default=False, description="True when the claim lies inside a quote.")


class QuantityMention(Quantity):
    """One statement of a repeated quantity, with the paragraph it is in."""

    paragraph: int = Field(ge=0)


class RepeatedQuantity(BaseModel):
    """The same counted thing given a number more than once: consistently or not."""

    model_config = ConfigDict(extra="forbid")

    unit: str = Field(description="The counted thing or unit the mentions share ('reservists', 'km').")
    consistent: bool = Field(description="False when the mentions' values cannot all be true at once.")
    mentions: list[QuantityMention]
