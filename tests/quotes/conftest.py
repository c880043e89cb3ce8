"""Fixtures of the quotes tests: an Analyzer with the structure and quotes stages only."""

from __future__ import annotations

from typing import Callable

import pytest

from unspun.analysis import Analysis
from unspun.pipeline import Analyzer
from unspun.quotes.stage import QuoteStage
from unspun.structure import StructureStage


@pytest.fixture(scope="session")
def quote_analyzer() -> Analyzer:
    return Analyzer(stages=[StructureStage(), QuoteStage()])


@pytest.fixture(scope="session")
def analyse(quote_analyzer: Analyzer) -> Callable[[str], Analysis]:
    """Analyse an invented article; every quote's text must equal its slice of the article."""

    def run(text: str) -> Analysis:
        analysis = quote_analyzer.analyze(text)
        for q in analysis.quotes or []:
            assert text[q.start : q.end] == q.text
            if q.speaker is not None and q.speaker.mention is not None:
                m = q.speaker.mention
                assert text[m.start : m.end] == m.text
        return analysis

    return run
