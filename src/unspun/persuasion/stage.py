"""The persuasion stage: techniques at their spans and per paragraph, from one encoder pass."""

from __future__ import annotations

from typing import Any, ClassVar

from unspun.analysis import Analysis
from unspun.article import words_with_letters
from unspun.nlp import ParsedArticle
from unspun.persuasion.labels import FAMILY_OF, TECHNIQUES
from unspun.persuasion.model import PersuasionModel
from unspun.persuasion.schema import ParagraphTechnique, ParagraphTechniques, TechniqueSpan
from unspun.language.support import PERSUASION_LANGUAGES, unsupported_reason
from unspun.stage import Stage

# spans, paragraph labels, why the stage judged nothing, why it gave no spans (paragraph labels given)
Findings = tuple[list[TechniqueSpan], list[ParagraphTechniques], str | None, str | None]

# Span-level findings are measured on English only: the other languages' dev files label paragraphs,
# not spans, and their training spans taught the model (in-sample). Paragraph labels are measured there.
SPANS_MEASURED = ("en",)
SPANS_BUILT_FOR = ("technique spans are measured on English articles only (in the other training languages only "
                   "paragraph labels have held-out gold); the techniques of each paragraph are still given")

# On a text of a word or two the heads answer from nothing they learned ('Hi.' got Obfuscation and
# Conversation_Killer at 0.996, and three spans), so under MIN_WORDS words the stage says nothing.
MIN_WORDS = 5


_QUOTED_KINDS = ("direct", "partial", "social_post")


def quoted_from(quotes: list[Any] | None, start: int, end: int) -> str | None:
    """Who is quoted when [start, end) lies mostly inside a quote's words: loaded language in a
    minister's quote is the minister's, not the outlet's. None for the article's own words."""
    for q in quotes or []:
        if q.kind in _QUOTED_KINDS and min(end, q.end) - max(start, q.start) > (end - start) / 2:
            return q.speaker.name if q.speaker is not None else "unknown"
    return None


class PersuasionStage(Stage):
    """Finds the 23 SemEval-2023 persuasion techniques in spans and paragraphs.

    The model loads on first use (or is given), so building a pipeline stays cheap. The
    last encoder pass is kept in :attr:`last_encoded` for later heads that share it.
    """

    name: ClassVar[str] = "persuasion"
    assigns: ClassVar[tuple[str, ...]] = ("techniques", "paragraph_techniques")
    languages: ClassVar[tuple[str, ...] | None] = PERSUASION_LANGUAGES
    built_for: ClassVar[str] = ("the persuasion model learned from English, French, German, Italian, Polish and "
                                "Russian articles")

    def __init__(self, model: PersuasionModel | None = None) -> None:
        self._model = model
        self.last_encoded: Any = None

    @property
    def model(self) -> PersuasionModel:
        if self._model is None:
            self._model = PersuasionModel()
        return self._model

    def __getstate__(self) -> dict[str, Any]:
        # onnxruntime sessions do not pickle; a worker process loads its own model.
        return {"_model": None, "last_encoded": None}

    def predict(self, parsed: ParsedArticle, analysis: Analysis) -> Findings:
        article = parsed.article
        words = words_with_letters(article.text)
        if words < MIN_WORDS:
            self.last_encoded = None
            return [], [], (f"not judged: the text has {words} word{'s' if words != 1 else ''}; techniques are learned "
                            f"from articles and are not looked for in texts under {MIN_WORDS} words"), None
        paragraphs = [(p.start, p.end) for p in article.paragraphs]
        found, scores, encoded = self.model.analyse(article.text, paragraphs, language=article.language)
        self.last_encoded = encoded
        spans_withheld = unsupported_reason(SPANS_BUILT_FOR, SPANS_MEASURED, article)  # then no spans, and why
        spans = [] if spans_withheld else [
            TechniqueSpan(
                start=f.start,
                end=f.end,
                text=article.text[f.start : f.end],
                technique=f.technique,
                family=FAMILY_OF[f.technique],
                paragraph=f.paragraph,
                confidence=min(1.0, max(0.0, f.confidence)),
                quoted_from=quoted_from(analysis.quotes if analysis is not None else None, f.start, f.end),
            )
            for f in found
        ]
        th = self.model.thresholds.paragraph
        per_paragraph = []
        for i, row in enumerate(scores):
            hits = [
                ParagraphTechnique(technique=t, confidence=round(float(row[k]), 4))
                for k, t in enumerate(TECHNIQUES)
                if row[k] >= th[k]
            ]
            if hits:
                hits.sort(key=lambda h: -h.confidence)
                per_paragraph.append(ParagraphTechniques(paragraph=i, techniques=hits))
        return spans, per_paragraph, None, spans_withheld

    def withhold(self, analysis: Analysis, reason: str) -> None:
        self.last_encoded = None  # no pass of this article for framing to share
        super().withhold(analysis, reason)

    def set_annotations(self, analysis: Analysis, predictions: Findings) -> None:
        analysis.techniques, analysis.paragraph_techniques, withheld, spans_withheld = predictions
        if withheld:
            analysis.withheld[self.name] = withheld
        elif spans_withheld:
            analysis.withheld["techniques"] = spans_withheld
