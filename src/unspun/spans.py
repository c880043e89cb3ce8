"""The span: a pair of character offsets into ``Article.text`` plus the text it covers.

Offsets are the contract between stages, outputs and the public datasets' scorers:
``article.text[start:end] == text`` always holds (end exclusive).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Span(BaseModel):
    """Character offsets into the article text, end exclusive, with the covered text."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0, description="Offset of the first character (Python str index).")
    end: int = Field(ge=0, description="Offset after the last character (end exclusive).")
    text: str = Field(description="article.text[start:end]")

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """The span [start, end) of ``text``."""
        return cls(start=start, end=end, text=text[start:end])
