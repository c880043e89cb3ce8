"""The stage protocol: a small component that reads an article and adds to its Analysis.

Like a spaCy component, a stage first predicts (no side effects) and then writes
its results with ``set_annotations``. It declares what it needs (``requires``:
Analysis keys written by earlier stages) and what it adds (``assigns``), so the
:class:`~unspun.pipeline.Analyzer` can check the order of its stages.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from unspun.analysis import Analysis
from unspun.nlp import ParsedArticle


class Stage(ABC):
    """Base class of every analysis stage."""

    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    @abstractmethod
    def predict(self, parsed: ParsedArticle, analysis: Analysis) -> Any:
        """Compute this stage's findings without changing ``analysis``."""

    @abstractmethod
    def set_annotations(self, analysis: Analysis, predictions: Any) -> None:
        """Write the findings of :meth:`predict` into ``analysis``."""

    def __call__(self, parsed: ParsedArticle, analysis: Analysis) -> None:
        """Predict, then write."""
        self.set_annotations(analysis, self.predict(parsed, analysis))
        analysis.analyses.append(self.name)
