"""Fixtures of the corpus tests (helpers in corpus_fixtures.py, hand-written analyses in hand_corpus.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_fixtures import invented_article, write_jsonl
from hand_corpus import hand_corpus

from unspun.corpus.store import CorpusStore


@pytest.fixture
def jsonl_corpus(tmp_path: Path) -> Path:
    """Twelve invented articles as JSON Lines."""
    return write_jsonl(tmp_path / "articles.jsonl", [invented_article(i) for i in range(12)])


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store holding the hand-counted corpus of hand_corpus.py."""
    path = tmp_path / "hand.duckdb"
    with CorpusStore(path) as s:
        s.add_analyses(hand_corpus())
    return path
