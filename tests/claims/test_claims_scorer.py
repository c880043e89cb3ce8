"""The shipped check-worthiness model: loads with onnxruntime, ranks factual claims over opinions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unspun.claims.scorer import MODEL_DIR, ClaimScorer, load_scorer
from unspun.errors import ModelError


def test_every_shipped_model_file_is_under_40_mb() -> None:
    for name in ("model.onnx", "tokenizer.json", "config.json", "MODEL_CARD.md"):
        path = MODEL_DIR / name
        assert path.is_file(), path
        assert path.stat().st_size < 40 * 1024 * 1024


def test_config_names_the_threshold_and_inputs() -> None:
    config = json.loads((MODEL_DIR / "config.json").read_text(encoding="utf-8"))
    assert 0 < config["threshold"] < 1 and config["inputs"] == ["input_ids", "attention_mask"]


def test_scores_are_probabilities_in_input_order() -> None:
    sentences = ["Thank you all for coming tonight.", "Unemployment in Arvenia fell to 4.1 percent in 2019."]
    scores = load_scorer().score(sentences)
    assert len(scores) == 2 and all(0.0 <= s <= 1.0 for s in scores)
    assert load_scorer().score(list(reversed(sentences))) == pytest.approx(list(reversed(scores)), abs=1e-6)


def test_factual_statistics_outrank_opinions_and_pleasantries() -> None:
    factual = [
        "Unemployment in Arvenia fell to 4.1 percent in 2019.",
        "The city spent $40 million on the new bridge last year.",
        "Since 2010 the country has lost 300,000 manufacturing jobs.",
    ]
    other = [
        "Thank you all for coming tonight.",
        "I think we need to work together as a nation.",
        "Good evening and welcome.",
    ]
    scorer = load_scorer()
    f, o = scorer.score(factual), scorer.score(other)
    assert min(f) > max(o)
    assert all(s >= scorer.threshold for s in f) and all(s < scorer.threshold for s in o)


def test_a_missing_model_folder_says_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="model.onnx.*unspun train claims"):
        ClaimScorer(tmp_path)
