"""JSON models of the persuasion stage: technique spans and per-paragraph technique labels."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from unspun.spans import Span


class TechniqueSpan(Span):
    """A persuasion technique found at a span of the article."""

    technique: str = Field(description="SemEval-2023 technique name, e.g. 'Loaded_Language'.")
    family: str = Field(description="One of the six families, e.g. 'Manipulative wording'.")
    paragraph: int = Field(ge=0, description="Index of the paragraph holding the span.")
    confidence: float = Field(ge=0.0, le=1.0, description="Mean model probability over the span's tokens at or above the technique's threshold.")
    quoted_from: str | None = Field(
        default=None,
        description="Who is quoted when the span lies inside a quote or a pasted post (the quotes stage's speaker "
        "name, 'unknown' when it found none); null for the article's own words or when the quotes stage did not run.",
    )


class ParagraphTechnique(BaseModel):
    """One technique a paragraph uses, with the model's confidence."""

    model_config = ConfigDict(extra="forbid")

    technique: str
    confidence: float = Field(ge=0.0, le=1.0)


class ParagraphTechniques(BaseModel):
    """The techniques one paragraph uses (paragraphs with none are left out)."""

    model_config = ConfigDict(extra="forbid")

    paragraph: int = Field(ge=0)
    techniques: list[ParagraphTechnique]
