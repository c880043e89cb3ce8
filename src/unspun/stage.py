"""The stage protocol: a small component that reads an article and adds to its Analysis.

Like a spaCy component, a stage first predicts (no side effects) and then writes
its results with ``set_annotations``. It declares what it needs (``requires``:
Analysis keys written by earlier stages) and what it adds (``assigns``), so the
:class:`~unspun.pipeline.Analyzer` can check the order of its stages, and the
languages it was built for (``languages``), so that it gives a reason instead of
findings on an article in any other language.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from unspun.analysis import Analysis
from unspun.language.support import unsupported_reason
from unspun.nlp import ParsedArticle


class Stage(ABC):
    """Base class of every analysis stage."""

    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()
    languages: ClassVar[tuple[str, ...] | None] = None
    """ISO 639-1 codes of the languages the stage reads; None for any language."""
    built_for: ClassVar[str] = ""
    """What ties the stage to ``languages``, said in the reason it gives for another language."""

    @abstractmethod
    def predict(self, parsed: ParsedArticle, analysis: Analysis) -> Any:
        """Compute this stage's findings without changing ``analysis``."""

    @abstractmethod
    def set_annotations(self, analysis: Analysis, predictions: Any) -> None:
        """Write the findings of :meth:`predict` into ``analysis``."""

    def withhold(self, analysis: Analysis, reason: str) -> None:
        """Write empty findings and the reason they were not looked for (``analysis.withheld``)."""
        for key in self.assigns:
            setattr(analysis, key, [])
        analysis.withheld[self.name] = reason

    def __call__(self, parsed: ParsedArticle, analysis: Analysis) -> None:
        """Predict, then write; or, for an article in a language the stage was not built for, withhold."""
        reason = unsupported_reason(self.built_for, self.languages, parsed.article)
        if reason is None:
            self.set_annotations(analysis, self.predict(parsed, analysis))
        else:
            self.withhold(analysis, reason)
        analysis.analyses.append(self.name)
