"""The decision threshold is chosen on a stratified validation slice of the training rows only."""

from __future__ import annotations

from unspun.claims.data import validation_split
from unspun.claims.metrics import best_threshold, positive_f1


def test_validation_slice_is_stratified_disjoint_and_fixed() -> None:
    labels = [1] * 30 + [0] * 70
    train, valid = validation_split(labels, 0.1, seed=13)
    assert sorted(train + valid) == list(range(100)) and not set(train) & set(valid)
    assert sum(labels[i] for i in valid) == 3 and len(valid) == 10
    assert validation_split(labels, 0.1, seed=13) == (train, valid)


def test_no_validation_slice_when_the_share_is_zero() -> None:
    assert validation_split([0, 1, 1], 0.0, seed=13) == ([0, 1, 2], [])


def test_best_threshold_separates_invented_scores() -> None:
    labels = [0, 0, 0, 1, 1, 1]
    scores = [0.05, 0.2, 0.3, 0.35, 0.6, 0.9]
    threshold = best_threshold(labels, scores)
    assert 0.3 < threshold <= 0.35
    assert positive_f1(labels, [int(s >= threshold) for s in scores]).f1 == 1.0


def test_best_threshold_prefers_the_one_nearest_one_half_on_ties() -> None:
    assert best_threshold([0, 1], [0.1, 0.9]) == 0.5
