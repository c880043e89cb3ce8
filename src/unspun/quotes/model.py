"""JSON models of the quotes stage: quotes, their speakers, and the source roster."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from unspun.spans import Span

QuoteKind = Literal["direct", "partial", "indirect", "social_post", "non_answer"]
Resolution = Literal["explicit", "surname", "descriptor", "pronoun", "adjacent", "handle", "unresolved"]
SourceKind = Literal["person", "organisation", "group", "social_account", "anonymous", "unknown"]


class Speaker(BaseModel):
    """Who a quote is attributed to, and how the name was found."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="Canonical name of the source (full name where the article gives it).")
    mention: Span | None = Field(description="The mention this quote is attributed through (e.g. 'he', 'Lindqvist').")
    source_id: str | None = Field(description="Id of the entry in `sources`.")
    resolution: Resolution


class Quote(Span):
    """A quote: for direct and partial quotes the span excludes the outer quotation marks."""

    paragraph: int = Field(ge=0, description="Index of the paragraph the quote starts in.")
    kind: QuoteKind
    speaker: Speaker | None
    cue: Span | None = Field(description="The cue ('says', 'according to', 'tweeted').")
    confidence: float = Field(ge=0.0, le=1.0)


class Source(BaseModel):
    """One distinct source in the article, with how much of the article rests on it."""

    model_config = ConfigDict(extra="forbid")

    id: str
    name: str
    kind: SourceKind
    description: str | None = Field(description="Role and affiliation gathered from all mentions.")
    quote_count: int = Field(ge=0)
    words_quoted: int = Field(ge=0)
    share: float = Field(ge=0.0, le=1.0, description="Share of all quoted words in the article.")
    paragraphs: list[int]
    single_source_reliance: bool = Field(
        default=False, description="True when this source has more than half of all quoted words."
    )
