"""The structure stage: writes each paragraph's kind into the Analysis."""

from __future__ import annotations

from typing import ClassVar

from unspun.analysis import Analysis
from unspun.article import ParagraphKind
from unspun.nlp import ParsedArticle
from unspun.stage import Stage
from unspun.structure.classify import classify_lines


class StructureStage(Stage):
    """Classifies paragraphs as title, heading, body, social_post, caption or boilerplate."""

    name: ClassVar[str] = "structure"
    assigns: ClassVar[tuple[str, ...]] = ("article.paragraphs.kind",)

    def predict(self, parsed: ParsedArticle, analysis: Analysis) -> list[ParagraphKind]:
        article = parsed.article
        lines = [article.text[p.start : p.end] for p in article.paragraphs]
        return classify_lines(lines, [p.hint for p in article.paragraphs])

    def set_annotations(self, analysis: Analysis, predictions: list[ParagraphKind]) -> None:
        for record, kind in zip(analysis.article.paragraphs, predictions):
            record.kind = kind
