"""The evaluation measures on hand-computed examples."""

from __future__ import annotations

import numpy as np
import pytest

from unspun.framing.metrics import exact_match, macro_f1, micro_f1, samples_f1, summary


def test_samples_f1_averages_per_article_f1_with_other_as_a_label() -> None:
    gold = [{"A", "B"}, {"Other"}]
    pred = [{"A"}, {"Other"}]
    assert samples_f1(gold, pred) == pytest.approx((2 / 3 + 1.0) / 2)


def test_micro_f1_pools_every_cell() -> None:
    gold = np.array([[1, 0, 1], [0, 1, 0]])
    pred = np.array([[1, 1, 0], [0, 1, 0]])
    assert micro_f1(gold, pred) == pytest.approx(2 * 2 / (3 + 3))


def test_macro_f1_counts_a_class_never_found_as_zero() -> None:
    gold = ["opinion", "opinion", "satire"]
    pred = ["opinion", "opinion", "opinion"]
    assert macro_f1(gold, pred, ["opinion", "reporting", "satire"]) == pytest.approx((0.8 + 0 + 0) / 3)


def test_exact_match_needs_the_whole_set() -> None:
    assert exact_match([("Victim",), ("Tyrant", "Corrupt")], [["Victim"], ["Tyrant"]]) == 0.5


def test_summary_gives_mean_and_population_std() -> None:
    s = summary([0.5, 0.7])
    assert s["mean"] == 0.6 and s["std"] == pytest.approx(0.1) and s["folds"] == [0.5, 0.7]
