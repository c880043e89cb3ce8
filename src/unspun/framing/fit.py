"""Fitting the linear heads: weighted logistic regression in numpy.

Each fit returns a :class:`~unspun.framing.heads.LinearHead`; training and run time need
numpy only, so ``unspun eval framing`` runs without the training extra. Decision thresholds of multi-label heads are tuned on out-of-fold predictions of
the training articles alone (an inner cross-validation), never on the articles scored.
"""

from __future__ import annotations

import numpy as np

from unspun.framing.heads import LinearHead, sigmoid, softmax

SEED = 13


def _standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = x.mean(0)
    scale = x.std(0) + 1e-6
    return mean.astype(np.float32), scale.astype(np.float32)


def _descend(z: np.ndarray, target: np.ndarray, weights: np.ndarray, kind: str, l2: float,
             steps: int = 400, lr: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Weighted logistic regression (softmax or one sigmoid per column) by full-batch Adam.

    ``weights`` has the shape of ``target``: the loss weight of every (row, label) cell.
    Every label is fitted at once with matrix products, which is what makes 5-fold
    cross-validation over ~100 labels take seconds on a busy two-core machine.
    """
    n, d = z.shape
    k = target.shape[1]
    w = np.zeros((d, k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    norm = weights.sum() / (k if kind == "sigmoid" else 1)
    for t in range(1, steps + 1):
        logits = z @ w + b
        p = softmax(logits) if kind == "softmax" else sigmoid(logits)
        if kind == "softmax":
            rw = weights.max(1, keepdims=True)
            g = rw * (p - target) / norm
        else:
            g = weights * (p - target) / norm
        gw = z.T @ g + l2 * w
        gb = g.sum(0)
        for param, grad, m, v in ((w, gw, mw, vw), (b, gb, mb, vb)):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            param -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w.astype(np.float32), b.astype(np.float32)


def fit_softmax(x: np.ndarray, y: list[str], labels: list[str], c: float = 0.05, balanced: bool = True,
                standardise: bool = True) -> LinearHead:
    """A multinomial logistic regression over ``labels`` (class weights balanced on request).

    ``c`` is the inverse L2 strength per example, as in scikit-learn. Features already on
    a common scale (unit-length TF-IDF rows) are left as they are with ``standardise=False``.
    """
    if standardise:
        mean, scale = _standardise(x)
    else:
        mean, scale = np.zeros(x.shape[1], np.float32), np.ones(x.shape[1], np.float32)
    z = ((x - mean) / scale).astype(np.float32)
    index = np.array([labels.index(v) for v in y])
    target = np.eye(len(labels), dtype=np.float32)[index]
    counts = np.maximum(target.sum(0), 1)
    cw = (len(y) / (len(labels) * counts)) if balanced else np.ones(len(labels))
    weights = (target * cw).astype(np.float32)
    w, b = _descend(z, target, weights, "softmax", l2=1.0 / (c * len(y)))
    return LinearHead(labels, "softmax", mean, scale, w, b)


def fit_sigmoid(x: np.ndarray, y: np.ndarray, labels: list[str], c: float = 0.05, balanced: bool = True,
                standardise: bool = True) -> LinearHead:
    """One logistic regression per label column of the 0/1 matrix ``y``.

    With ``balanced``, positives and negatives of each label weigh the same in total;
    a label without positives gets a large negative bias, so it is never predicted.
    """
    if standardise:
        mean, scale = _standardise(x)
    else:
        mean, scale = np.zeros(x.shape[1], np.float32), np.ones(x.shape[1], np.float32)
    z = ((x - mean) / scale).astype(np.float32)
    y = np.asarray(y, dtype=np.float32)
    n = len(y)
    pos = y.sum(0)
    if balanced:
        wp = np.where(pos > 0, n / (2 * np.maximum(pos, 1)), 0.0)
        wn = np.where(n - pos > 0, n / (2 * np.maximum(n - pos, 1)), 0.0)
        weights = (y * wp + (1 - y) * wn).astype(np.float32)
    else:
        weights = np.ones_like(y)
    w, b = _descend(z, y, weights, "sigmoid", l2=1.0 / (c * n))
    b[pos == 0] = -12.0
    w[:, pos == 0] = 0.0
    return LinearHead(labels, "sigmoid", mean, scale, w, b)


def fit_sigmoid_rows(x: np.ndarray, y: np.ndarray, labels: list[str], c: float = 10.0) -> LinearHead:
    """:func:`fit_sigmoid` for a wide view of unit-length rows (TF-IDF), fitted in the rows' span.

    An L2-penalised linear model's weights lie in the span of its training rows, so the
    fit runs on the rows' coordinates in an orthonormal basis of that span (thin SVD: a
    few hundred columns instead of 20,000) and the weights are mapped back: the same
    optimum. Columns are not standardised (they share one scale).
    """
    x = np.asarray(x, dtype=np.float32)
    _, sv, vt = np.linalg.svd(x, full_matrices=False)
    basis = vt[sv > 1e-6].T.astype(np.float32)  # (columns, rank)
    head = fit_sigmoid(x @ basis, y, labels, c=c, standardise=False)
    return LinearHead(labels, "sigmoid", np.zeros(x.shape[1], np.float32), np.ones(x.shape[1], np.float32),
                      (basis @ head.weight).astype(np.float32), head.bias)


def folds(n: int, k: int = 5, strata: list[str] | None = None, seed: int = SEED) -> np.ndarray:
    """A fixed fold number for each of ``n`` items, stratified when ``strata`` is given.

    Items of each stratum are shuffled with a fixed seed and dealt to the folds in turn,
    so every fold gets its share of a rare class (10 satire articles: two per fold).
    """
    rng = np.random.default_rng(seed)
    out = np.zeros(n, dtype=np.int64)
    groups = sorted(set(strata)) if strata is not None else [None]
    offset = 0
    for group in groups:
        members = np.array([i for i in range(n) if strata is None or strata[i] == group])
        members = members[rng.permutation(len(members))]
        out[members] = (np.arange(len(members)) + offset) % k
        offset += len(members)
    return out


def out_of_fold(fit, x: np.ndarray, y, fold: np.ndarray) -> np.ndarray:
    """Scores of every row from a head fitted without its fold (``fit(x, y) -> LinearHead``)."""
    scores = None
    for f in np.unique(fold):
        train, test = fold != f, fold == f
        ytr = y[train] if isinstance(y, np.ndarray) else [v for v, t in zip(y, train) if t]
        head = fit(x[train], ytr)
        s = head.scores(x[test])
        if scores is None:
            scores = np.zeros((len(x), s.shape[1]), dtype=np.float32)
        scores[test] = s
    assert scores is not None
    return scores
