"""Shared fixtures: one Analyzer per test session (loading spaCy takes a second or two)."""

from __future__ import annotations

from pathlib import Path

import pytest

import unspun

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "unspun" / "data" / "sample_article.txt"


@pytest.fixture(scope="session")
def analyzer() -> unspun.Analyzer:
    return unspun.Analyzer()


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_analysis(analyzer: unspun.Analyzer) -> unspun.Analysis:
    return analyzer.analyze(SAMPLE.read_text(encoding="utf-8"))
