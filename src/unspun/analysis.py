"""The Analysis: everything the stages found in one article, and its JSON form.

Stages write into one mutable :class:`Analysis`; every output (JSON, terminal,
HTML, the corpus store) renders it. The pydantic models here are the published
JSON schema (``docs/analysis.schema.json`` is generated from them with
``unspun schema``). A key for an analysis appears in the JSON only when its stage
ran; ``analyses`` lists the stages that did.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from unspun.article import Article, ParagraphKind
from unspun.claims.model import Claim, RepeatedQuantity
from unspun.framing.schema import EntityRole, FrameFinding, Genre, NarrativeFinding
from unspun.persuasion.schema import ParagraphTechniques, TechniqueSpan
from unspun.quotes.model import Quote, Source

SCHEMA_VERSION = "1.2"

# Top-level keys that belong to one stage each; dropped from the JSON when absent.
STAGE_KEYS: tuple[str, ...] = ("quotes", "sources", "claims", "repeated_quantities")
STAGE_KEYS += ("techniques", "paragraph_techniques")
STAGE_KEYS += ("genre", "frames", "narratives", "entity_roles")


# The keys a withheld entry leaves empty: a stage's name covers all its keys, a finding's name itself.
WITHHELD_KEYS: dict[str, tuple[str, ...]] = {
    "quotes": ("quotes", "sources"),
    "claims": ("claims", "repeated_quantities"),
    "persuasion": ("techniques", "paragraph_techniques"),
    "framing": ("genre", "frames", "narratives", "entity_roles"),
}


def stages_line(analyses: list[str], withheld: dict[str, str]) -> str:
    """``structure, persuasion; not judged: quotes, claims`` for a report's header."""
    judged = [s for s in analyses if s not in withheld]
    skipped = [s for s in analyses if s in withheld]
    return ", ".join(judged) + (f"; not judged: {', '.join(skipped)}" if skipped else "")


def not_judged(withheld: dict[str, str]) -> set[str]:
    """The analysis keys whose empty value means "not looked for", not "none found"."""
    return {key for name in withheld for key in WITHHELD_KEYS.get(name, (name,))}


class ParagraphRecord(BaseModel):
    """A paragraph of the article with the kind the structure stage gave it."""

    model_config = ConfigDict(extra="forbid")

    index: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: ParagraphKind = "body"


class ArticleRecord(BaseModel):
    """The analysed article: metadata, the exact text, and its paragraphs."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = Field(default=None, description="ISO 639-1 code: given with the article, else detected from its text (null: undetermined, read as English).")
    language_confidence: float | None = Field(default=None, ge=0, le=1, description="The detector's probability when the language was detected; null when it was given or undetermined.")
    language_detected: str | None = Field(default=None, description="When the language was given: the one the text plainly reads as instead (detector at 0.99 or more), else null. The given one is still used.")
    origin: str | None = Field(default=None, description="Where the article was read from: a path, path:line of a JSON Lines file, a URL or <stdin>.")
    text: str
    paragraphs: list[ParagraphRecord]

    @classmethod
    def of(cls, article: Article) -> "ArticleRecord":
        """The record of an article, every paragraph's kind taken from its hint or 'body'."""
        return cls(
            id=article.id,
            title=article.title,
            url=article.url,
            outlet=article.outlet,
            published=article.published,
            language=article.language,
            language_confidence=article.language_confidence,
            language_detected=article.language_detected,
            origin=article.origin,
            text=article.text,
            paragraphs=[
                ParagraphRecord(index=p.index, start=p.start, end=p.end, kind=p.hint or "body")
                for p in article.paragraphs
            ],
        )


class Analysis(BaseModel):
    """All findings for one article; every span is offsets into ``article.text``."""

    model_config = ConfigDict(extra="forbid", title="unspun analysis")

    schema_version: str = SCHEMA_VERSION
    unspun_version: str
    article: ArticleRecord
    analyses: list[str] = Field(default_factory=list, description="The stages that ran, in order.")
    withheld: dict[str, str] = Field(
        default_factory=dict,
        description="Stages (or one of their findings) that ran but gave none on purpose, each with the reason "
        "(framing on a text too short to judge, entity_roles on an article outside the topics they were learned on, "
        "a stage not built for the article's language): "
        "an empty finding there means 'not judged', not 'none found'.",
    )
    quotes: list[Quote] | None = Field(default=None, description="Quotes stage: every quote.")
    sources: list[Source] | None = Field(default=None, description="Quotes stage: the source roster.")
    claims: list[Claim] | None = Field(default=None, description="Claims stage: check-worthy claims.")
    repeated_quantities: list[RepeatedQuantity] | None = Field(
        default=None, description="Claims stage: the same counted thing given a number more than once."
    )
    techniques: list[TechniqueSpan] | None = Field(
        default=None, description="Persuasion stage: every persuasion technique found, at its span."
    )
    paragraph_techniques: list[ParagraphTechniques] | None = Field(
        default=None, description="Persuasion stage: the techniques each paragraph uses (paragraphs with none left out)."
    )
    genre: Genre | None = Field(default=None, description="Framing stage: opinion, reporting or satire.")
    frames: list[FrameFinding] | None = Field(default=None, description="Framing stage: the SemEval-2023 frames used.")
    narratives: list[NarrativeFinding] | None = Field(
        default=None, description='Framing stage: SemEval-2025 narratives and subnarratives ("Other" outside them).'
    )
    entity_roles: list[EntityRole] | None = Field(
        default=None, description="Framing stage: the roles given to the actors the article centres on."
    )

    def paragraph_kinds(self) -> list[str]:
        """The kind of every paragraph, in order."""
        return [p.kind for p in self.article.paragraphs]

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict; keys of stages that did not run are left out."""
        data = self.model_dump(mode="json")
        for key in STAGE_KEYS:
            if data.get(key) is None:
                data.pop(key, None)
        return data

    def invalid_spans(self) -> list[str]:
        """Every span or paragraph that breaks the offset contract (empty when all hold).

        Walks the whole JSON form, so stages added later are checked too: any object
        with ``start`` and ``end`` must have 0 <= start <= end <= len(text), and one
        that also has ``text`` must cover exactly ``article.text[start:end]``.
        """
        text = self.article.text
        problems: list[str] = []

        def walk(node: Any, path: str) -> None:
            if isinstance(node, dict):
                start, end = node.get("start"), node.get("end")
                if isinstance(start, int) and isinstance(end, int):
                    if not 0 <= start <= end <= len(text):
                        problems.append(f"{path}: [{start}, {end}) is outside the text (length {len(text)})")
                    elif isinstance(node.get("text"), str) and node["text"] != text[start:end] and path != "article":
                        problems.append(f"{path}: text {node['text']!r} != article.text[{start}:{end}]")
                for key, value in node.items():
                    if key != "text":
                        walk(value, f"{path}.{key}" if path else key)
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    walk(value, f"{path}[{i}]")

        walk(self.to_dict(), "")
        return problems

    def to_json(self, indent: int | None = 2) -> str:
        """The analysis as JSON text (UTF-8 safe, non-ASCII kept)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the analysis document."""
    schema = Analysis.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://unspun.invalid/schema/analysis-{SCHEMA_VERSION}.json"
    return schema
