"""Linear heads: probabilities, thresholds, saving and loading, paragraph contributions."""

from __future__ import annotations

import numpy as np

from unspun.framing.heads import LinearHead, paragraph_contributions
from unspun.framing.model import FramingModel


def test_softmax_head_gives_probabilities_that_sum_to_one(toy_model) -> None:
    x = np.random.default_rng(0).standard_normal((4, toy_model.heads["genre"].weight.shape[0]))
    p = toy_model.heads["genre"].scores(x)
    assert p.shape == (4, 3)
    assert np.allclose(p.sum(1), 1.0)


def test_threshold_falls_back_from_label_to_star_to_half() -> None:
    h = LinearHead(["a", "b", "c"], "sigmoid", np.zeros(1), np.ones(1), np.zeros((1, 3)), np.zeros(3), {"a": 0.7, "*": 0.3})
    assert (h.threshold("a"), h.threshold("b")) == (0.7, 0.3)
    h.thresholds = {}
    assert h.threshold("c") == 0.5


def test_model_round_trips_through_its_files(toy_model, tmp_path) -> None:
    toy_model.config["note"] = "invented"
    toy_model.save(tmp_path)
    loaded = FramingModel.load(tmp_path)
    assert loaded.encoder == "fake-words" and loaded.config["note"] == "invented"
    x = np.ones(toy_model.heads["frames"].weight.shape[0])
    for name, head in toy_model.heads.items():
        assert loaded.heads[name].labels == head.labels
        assert loaded.heads[name].thresholds == head.thresholds
    assert np.allclose(loaded.heads["frames"].scores(x), toy_model.heads["frames"].scores(x))


def test_article_logit_is_the_mean_of_equal_paragraph_logits(toy_model) -> None:
    head = toy_model.heads["frames"]
    paragraphs = np.random.default_rng(1).standard_normal((3, head.weight.shape[0])).astype(np.float32)
    per_paragraph = paragraph_contributions(head, paragraphs, 5)
    assert np.isclose(head.logits(paragraphs.mean(0))[5], per_paragraph.mean(), atol=1e-5)


def test_missing_model_file_raises_model_error_naming_it(tmp_path) -> None:
    import pytest

    from unspun.errors import ModelError

    with pytest.raises(ModelError, match="config.json"):
        FramingModel.load(tmp_path)

