"""The JSON shapes of the framing stage's findings (part of the Analysis schema)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from unspun.spans import Span


class Genre(BaseModel):
    """Opinion, reporting or satire (SemEval-2023 subtask 1), with every class's probability."""

    model_config = ConfigDict(extra="forbid")

    label: Literal["opinion", "reporting", "satire"]
    scores: dict[str, float] = Field(description="Probability of each genre (they sum to 1).")


class FrameFinding(BaseModel):
    """One of the 14 SemEval-2023 frames the article uses."""

    model_config = ConfigDict(extra="forbid")

    frame: str
    confidence: float = Field(ge=0, le=1)
    paragraphs: list[int] = Field(description="Indices of the paragraphs that carry the frame most, strongest first.")


class NarrativeFinding(BaseModel):
    """A SemEval-2025 narrative and subnarrative, or "Other" for an article outside them."""

    model_config = ConfigDict(extra="forbid")

    domain: str = Field(description='"URW" (Ukraine-Russia war), "CC" (climate change) or "Other".')
    narrative: str
    subnarrative: str
    confidence: float = Field(ge=0, le=1)
    paragraphs: list[int] = Field(description="Indices of the paragraphs that carry it most, strongest first.")
    explanation: str = Field(description="One sentence built from the paragraphs that carry it.")


class EntityRole(BaseModel):
    """The role the article gives one actor it centres on (SemEval-2025 subtask 1 labels)."""

    model_config = ConfigDict(extra="forbid")

    entity: str
    mentions: list[Span] = Field(description="The mentions that support the role, strongest first.")
    main_role: Literal["Protagonist", "Antagonist", "Innocent"]
    fine_roles: list[str]
    confidence: float = Field(ge=0, le=1)
