"""Helpers for the claims tests: parse invented text and run the claims stage with a stand-in scorer.

The stand-in scores a sentence 0.9 when it holds a digit or a listed cue word and
0.1 otherwise, so the attribution, hedge, quantity and repetition tests do not
depend on what the trained model thinks of an invented sentence.
"""

from __future__ import annotations

import re
from typing import Sequence

import pytest

from unspun.analysis import Analysis, ArticleRecord
from unspun.article import Article
from unspun.claims.stage import ClaimStage
from unspun.nlp import load_spacy, parse_articles


class CueScorer:
    """Scores 0.9 for sentences with a digit or a cue word, else 0.1."""

    threshold = 0.5

    def score(self, sentences: Sequence[str]) -> list[float]:
        return [0.9 if re.search(r"\d|\b(million|hundred|thousand|lost|killed)\b", s) else 0.1 for s in sentences]


def run_claims(text: str, quotes: list | None = None, sources: list | None = None, scorer=None) -> Analysis:
    """The Analysis of ``text`` after the claims stage (with optional quotes and sources set first)."""
    article = Article.from_text(text)
    parsed = parse_articles(load_spacy(), [article])[0]
    analysis = Analysis(unspun_version="test", article=ArticleRecord.of(article))
    analysis.quotes, analysis.sources = quotes, sources
    ClaimStage(scorer=scorer or CueScorer())(parsed, analysis)
    return analysis


@pytest.fixture()
def claims_of():
    """Run the claims stage on a text; returns the Analysis."""
    return run_claims


def run_claims_after_quotes(text: str) -> Analysis:
    """The Analysis of ``text`` after the structure, quotes and claims stages (claims with the stand-in scorer)."""
    from unspun.quotes.stage import QuoteStage
    from unspun.structure import StructureStage

    article = Article.from_text(text)
    parsed = parse_articles(load_spacy(), [article])[0]
    analysis = Analysis(unspun_version="test", article=ArticleRecord.of(article))
    StructureStage()(parsed, analysis)
    QuoteStage()(parsed, analysis)
    ClaimStage(scorer=CueScorer())(parsed, analysis)
    return analysis


@pytest.fixture()
def claims_after_quotes():
    """Run structure, quotes and claims on a text; returns the Analysis."""
    return run_claims_after_quotes
