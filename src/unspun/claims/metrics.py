"""Scores of a check-worthiness ranking: positive-class F1 and average precision.

Written out (a few lines each) so ``unspun eval claims`` needs no scikit-learn at
run time; the definitions are the usual ones (average precision = mean of the
precision at the rank of every positive, as in the CLEF CheckThat! scorer).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class BinaryScores:
    """Precision, recall and F1 of the positive class."""

    precision: float
    recall: float
    f1: float
    support: int


def positive_f1(labels: Sequence[int], predicted: Sequence[int]) -> BinaryScores:
    """Precision, recall and F1 of class 1."""
    tp = sum(1 for y, p in zip(labels, predicted) if y == 1 and p == 1)
    fp = sum(1 for y, p in zip(labels, predicted) if y == 0 and p == 1)
    fn = sum(1 for y, p in zip(labels, predicted) if y == 1 and p == 0)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BinaryScores(precision, recall, f1, tp + fn)


def average_precision(labels: Sequence[int], scores: Sequence[float]) -> float:
    """Mean precision at the rank of each positive, ranking by score (ties keep input order)."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    hits = 0
    total = 0.0
    for rank, index in enumerate(order, start=1):
        if labels[index] == 1:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def best_threshold(labels: Sequence[int], scores: Sequence[float], grid: int = 100) -> float:
    """The threshold in (0, 1), on a grid of ``1/grid`` steps, with the highest positive-class F1.

    Meant for a validation slice of the *training* rows: choosing the threshold on
    the rows being scored would inflate their F1. Ties go to the threshold nearest 0.5.
    """
    candidates = sorted((k / grid for k in range(1, grid)), key=lambda t: abs(t - 0.5))
    return max(candidates, key=lambda t: positive_f1(labels, [int(s >= t) for s in scores]).f1)
