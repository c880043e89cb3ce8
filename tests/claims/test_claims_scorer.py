"""The shipped check-worthiness model: loads with onnxruntime, ranks factual claims over opinions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unspun.claims.scorer import MODEL_DIR, MODELS, ClaimScorer, load_scorer
from unspun.errors import ModelError


def test_every_shipped_model_file_is_under_40_mb() -> None:
    for folder in (MODEL_DIR, MODELS / "claims_v1"):
        for name in ("model.onnx", "tokenizer.json", "config.json", "MODEL_CARD.md"):
            path = folder / name
            assert path.is_file(), path
            assert path.stat().st_size < 40 * 1024 * 1024


def test_the_shipped_model_is_screened_by_the_small_model() -> None:
    scorer = load_scorer()
    assert scorer.screen is not None and scorer.screen.screen is None
    assert scorer.screen.config["base"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert 0.0 < scorer.band[0] < 0.5 < scorer.band[1] < 1.0


class _Fixed:
    """A stand-in model that scores each sentence from a table (and records what it was asked)."""

    def __init__(self, table: dict[str, float]) -> None:
        self.table, self.asked = table, []  # type: ignore[var-annotated]

    def score(self, sentences: list[str], batch_size: int = 4) -> list[float]:
        self.asked.append(list(sentences))
        return [self.table[s] for s in sentences]


def test_the_cascade_rescores_only_the_sentences_the_screen_is_unsure_of() -> None:
    cascade = ClaimScorer.__new__(ClaimScorer)
    screen = _Fixed({"a": 0.01, "b": 0.40, "c": 0.97, "d": 0.90})
    accurate = _Fixed({"b": 0.70, "d": 0.20})
    cascade.screen, cascade.band = screen, (0.05, 0.95)  # type: ignore[assignment]
    cascade.score_alone = accurate.score  # type: ignore[method-assign]
    assert cascade.score(["a", "b", "c", "d"]) == [0.01, 0.70, 0.97, 0.20]
    assert accurate.asked == [["b", "d"]]


def test_the_band_is_exclusive_at_both_ends() -> None:
    cascade = ClaimScorer.__new__(ClaimScorer)
    accurate = _Fixed({})
    cascade.screen, cascade.band = _Fixed({"low": 0.05, "high": 0.95}), (0.05, 0.95)  # type: ignore[assignment]
    cascade.score_alone = accurate.score  # type: ignore[method-assign]
    assert cascade.score(["low", "high"]) == [0.05, 0.95]


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
