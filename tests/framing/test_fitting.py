"""Fitting heads and fixed folds on invented, separable data."""

from __future__ import annotations

import numpy as np

from unspun.framing.fit import fit_sigmoid, fit_softmax, folds, out_of_fold


def _blobs(seed: int = 0):
    rng = np.random.default_rng(seed)
    centres = np.array([[3, 0, 0], [0, 3, 0], [0, 0, 3]], dtype=np.float32)
    y = rng.integers(0, 3, 90)
    return centres[y] + rng.standard_normal((90, 3)).astype(np.float32) * 0.5, y


def test_softmax_fit_separates_three_clusters() -> None:
    x, y = _blobs()
    labels = ["a", "b", "c"]
    head = fit_softmax(x, [labels[i] for i in y], labels, c=1.0)
    assert (head.scores(x).argmax(1) == y).mean() > 0.95


def test_sigmoid_fit_learns_each_label_and_never_predicts_an_unseen_one() -> None:
    x, y = _blobs(1)
    target = np.zeros((90, 4), dtype=np.float32)
    target[np.arange(90), y] = 1  # column 3 never positive
    head = fit_sigmoid(x, target, ["a", "b", "c", "never"], c=1.0)
    s = head.scores(x)
    assert ((s[:, :3] >= 0.5) == (target[:, :3] > 0)).mean() > 0.95
    assert s[:, 3].max() < 0.01


def test_folds_are_fixed_and_spread_a_rare_class_over_every_fold() -> None:
    strata = ["common"] * 40 + ["rare"] * 10
    a, b = folds(50, 5, strata), folds(50, 5, strata)
    assert (a == b).all()
    assert sorted(np.bincount(a[40:], minlength=5)) == [2, 2, 2, 2, 2]
    assert sorted(np.bincount(a, minlength=5)) == [10, 10, 10, 10, 10]


def test_out_of_fold_scores_every_row_from_a_model_that_did_not_see_it() -> None:
    x, y = _blobs(2)
    labels = ["a", "b", "c"]
    s = out_of_fold(lambda xx, yy: fit_softmax(xx, yy, labels, c=1.0), x, [labels[i] for i in y], folds(90, 3))
    assert s.shape == (90, 3) and (s.argmax(1) == y).mean() > 0.9


def test_row_space_fit_of_a_wide_view_scores_like_the_fit_on_all_columns() -> None:
    from unspun.framing.fit import fit_sigmoid_rows

    rng = np.random.default_rng(3)
    x = np.abs(rng.standard_normal((40, 300))).astype(np.float32)  # wider than it is long, like TF-IDF
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    target = np.zeros((40, 2), dtype=np.float32)
    target[:, 0] = x[:, :5].sum(1) > np.median(x[:, :5].sum(1))
    wide = fit_sigmoid_rows(x, target, ["a", "never"], c=10.0)
    full = fit_sigmoid(x, target, ["a", "never"], c=10.0, standardise=False)
    assert wide.weight.shape == (300, 2)
    assert np.abs(wide.scores(x) - full.scores(x)).max() < 0.05  # same optimum, reached from another basis
    assert (wide.scores(x)[:, 1] < 0.01).all()
