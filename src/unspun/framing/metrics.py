"""The scores of the framing evaluation, in numpy (no scikit-learn needed).

``samples_f1`` is the SemEval-2025 subtask-2 measure: the F1 of each article's predicted
label set against its gold set, averaged over articles ("Other" counts as a label).
"""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np


def micro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    """Micro-averaged F1 of two 0/1 matrices."""
    g, p = np.asarray(gold) > 0, np.asarray(pred) > 0
    tp = float((g & p).sum())
    denom = float(g.sum() + p.sum())
    return 2 * tp / denom if denom else 1.0


def macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    """Macro-averaged F1 over ``labels`` (a label absent from gold and prediction scores 0)."""
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred))
        fp = sum(g != label and p == label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return float(np.mean(scores))


def samples_f1(gold: Sequence[Iterable[str]], pred: Sequence[Iterable[str]]) -> float:
    """Mean over items of the F1 between the gold and predicted label sets."""
    values = []
    for g, p in zip(gold, pred):
        gs, ps = set(g), set(p)
        values.append(2 * len(gs & ps) / (len(gs) + len(ps)) if gs or ps else 1.0)
    return float(np.mean(values)) if values else 0.0


def exact_match(gold: Sequence[Iterable[str]], pred: Sequence[Iterable[str]]) -> float:
    """Share of items whose predicted label set equals the gold set exactly."""
    pairs = list(zip(gold, pred))
    return float(np.mean([set(g) == set(p) for g, p in pairs])) if pairs else 0.0


def summary(values: Sequence[float]) -> dict[str, object]:
    """Mean, (population) standard deviation and the values themselves, rounded."""
    arr = np.asarray(values, dtype=np.float64)
    return {"mean": round(float(arr.mean()), 4), "std": round(float(arr.std()), 4), "folds": [round(float(v), 4) for v in arr]}
