"""The reliability line of a framing finding gives the figure measured for the article's language."""

from __future__ import annotations

import json
from pathlib import Path

from unspun.framing.model import measured_scores

CONFIG = {
    "cross_validation": {"frames_micro_f1": {"mean": 0.652, "std": 0.005}, "genre_macro_f1": {"mean": 0.476, "std": 0.097}},
    "frames_by_language": {"fr": {"articles": 158, "frames_micro_f1": {"mean": 0.543, "std": 0.028}}},
}


def _model(tmp_path: Path) -> Path:
    (tmp_path / "config.json").write_text(json.dumps(CONFIG), encoding="utf-8")
    return tmp_path


def test_english_and_undetermined_articles_get_the_english_figure(tmp_path: Path) -> None:
    for language in (None, "en"):
        assert measured_scores(_model(tmp_path), language)["frames"] == "micro-F1 0.65 ± 0.01 in 5-fold cross-validation"


def test_a_french_article_gets_the_french_frames_figure(tmp_path: Path) -> None:
    scores = measured_scores(_model(tmp_path), "fr")
    assert scores["frames"] == "micro-F1 0.54 ± 0.03 in 5-fold cross-validation on French articles"
    assert scores["genre"].startswith("macro-F1 0.48")


def test_a_language_without_its_own_figure_keeps_the_english_one(tmp_path: Path) -> None:
    assert "on " not in measured_scores(_model(tmp_path), "de")["frames"].split("cross-validation")[1]


def test_a_figure_no_better_than_the_constant_answer_says_so(tmp_path: Path) -> None:
    config = {
        "cross_validation": {"main_role_accuracy": {"mean": 0.669, "std": 0.140},
                             "genre_macro_f1": {"mean": 0.503, "std": 0.123}},
        "cross_validation_constant_baselines": {"main_role_accuracy": {"mean": 0.701, "std": 0.1},
                                                "genre_macro_f1": {"mean": 0.314, "std": 0.002}},
    }
    (tmp_path / "config.json").write_text(json.dumps(config), encoding="utf-8")
    scores = measured_scores(tmp_path)
    assert scores["entity_roles"] == ("main-role accuracy 0.67 ± 0.14 in 5-fold cross-validation; "
                                      "always answering the commonest role scores 0.70: no better than that")
    assert scores["genre"] == ("macro-F1 0.50 ± 0.12 in 5-fold cross-validation; "
                               "always answering the commonest genre scores 0.31")


def test_another_language_gets_its_best_constant_frames_beside_its_figure(tmp_path: Path) -> None:
    config = json.loads(json.dumps(CONFIG))
    config["frames_by_language"]["fr"]["best_constant_frames_micro_f1"] = 0.442
    (tmp_path / "config.json").write_text(json.dumps(config), encoding="utf-8")
    assert measured_scores(tmp_path, "fr")["frames"].endswith("; the best constant set of frames scores 0.44")
