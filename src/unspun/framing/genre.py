"""Genre from several views of an article: one class-balanced head per view, log-probabilities averaged.

With 382 opinion, 41 reporting and 10 satire training articles, no single view separates
the genres well: the shared encoder's pooled states (plus style rates) say what an
article is about, the style rates alone and the character n-grams say how it is
written. Each view has its own class-balanced softmax head; the genre is the argmax of
the mean of the heads' log-probabilities (plus one offset per class, zero unless chosen
by inner cross-validation). An inner-CV choice of views and offsets is kept as an option
(:func:`fit_genre` with ``inner``): it is made on out-of-fold predictions of the training
articles only, but measured worse than averaging every view (docs/framing.md).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Callable, Mapping

import numpy as np

from unspun.framing.heads import LinearHead, softmax
from unspun.framing.metrics import macro_f1

VIEWS: tuple[str, ...] = ("genre", "genre_style", "genre_ngrams")
"""Head names of the three views: encoder vector + style, style alone, character n-grams."""
OFFSET_GRID = np.round(np.arange(-3.0, 3.01, 0.5), 2)


@dataclass
class GenreCombination:
    """Which view heads to average (in log-probability) and the per-class offsets added after."""

    labels: list[str]
    members: list[str]
    offsets: np.ndarray  # (k,), added to the mean log-probability; the first class stays at 0
    inner_macro_f1: float = 0.0  # the inner cross-validation score that chose it (for the record)
    candidates: dict[str, float] = field(default_factory=dict)

    def combine(self, log_probs: Mapping[str, np.ndarray]) -> np.ndarray:
        """Probabilities (rows sum to 1) from each member's log-probabilities."""
        mean = np.mean([np.asarray(log_probs[m], dtype=np.float64) for m in self.members], axis=0)
        return softmax(mean + self.offsets).astype(np.float32)

    def config(self) -> dict[str, object]:
        """The JSON-ready form, stored in the model's config."""
        spec: dict[str, object] = {"labels": list(self.labels), "members": list(self.members),
                                   "offsets": [float(v) for v in self.offsets]}
        if self.candidates:  # chosen by inner cross-validation: keep the scores that chose it
            spec["inner_macro_f1"] = round(self.inner_macro_f1, 4)
            spec["candidates"] = {k: round(v, 4) for k, v in self.candidates.items()}
        return spec

    @classmethod
    def from_config(cls, spec: dict) -> "GenreCombination":
        """The combination saved by :meth:`config`."""
        return cls(list(spec["labels"]), list(spec["members"]), np.asarray(spec["offsets"], dtype=np.float64),
                   float(spec.get("inner_macro_f1", 0.0)), dict(spec.get("candidates", {})))


def log_probs(head: LinearHead, x: np.ndarray) -> np.ndarray:
    """A softmax head's log-probabilities (floored so a zero probability stays finite)."""
    return np.log(np.maximum(head.scores(x), 1e-9))


def best_offsets(log_p: np.ndarray, gold: list[str], labels: list[str]) -> tuple[np.ndarray, float]:
    """Per-class offsets (first class fixed at 0) that maximise macro-F1 of ``argmax(log_p + offsets)``."""
    best, best_score = np.zeros(len(labels)), -1.0
    for rest in itertools.product(OFFSET_GRID, repeat=len(labels) - 1):
        offsets = np.array((0.0, *rest))
        pred = [labels[j] for j in (log_p + offsets).argmax(1)]
        score = macro_f1(gold, pred, labels)
        if score > best_score + 1e-9:
            best, best_score = offsets, score
    return best, best_score


def choose_combination(oof: Mapping[str, np.ndarray], gold: list[str], labels: list[str],
                       views: tuple[str, ...] = VIEWS) -> GenreCombination:
    """The subset of views and offsets with the best macro-F1 on out-of-fold log-probabilities.

    Ties go to the smaller subset listed first (fewer heads to run).
    """
    best: GenreCombination | None = None
    scores: dict[str, float] = {}
    for r in range(1, len(views) + 1):
        for members in itertools.combinations(views, r):
            mean = np.mean([oof[m] for m in members], axis=0)
            offsets, score = best_offsets(mean, gold, labels)
            scores["+".join(members)] = score
            if best is None or score > best.inner_macro_f1 + 1e-9:
                best = GenreCombination(list(labels), list(members), offsets, score)
    assert best is not None
    best.candidates = scores
    return best


def fit_genre(fits: Mapping[str, Callable[[np.ndarray, list[str]], LinearHead]], xs: Mapping[str, np.ndarray],
              gold: list[str], labels: list[str], inner: np.ndarray | None = None) -> tuple[dict[str, LinearHead], GenreCombination]:
    """Every view's head fitted on all given articles, and how to combine them.

    ``fits[v](x, y)`` fits view ``v`` on its features ``xs[v]``. Without ``inner``, every
    view is averaged with no offsets (the class-balanced heads' argmax: nothing tuned).
    With ``inner`` (each article's inner fold), the subset of views and the offsets are
    chosen on out-of-fold scores instead; measured on the fixed folds, that choice
    over-fits the 8 satire and 33 reporting articles of a training split (docs/framing.md).
    """
    if inner is None:
        heads = {view: fits[view](xs[view], gold) for view in fits}
        return heads, GenreCombination(list(labels), list(fits), np.zeros(len(labels)))
    oof: dict[str, np.ndarray] = {}
    for view, fit in fits.items():
        x = xs[view]
        out = np.zeros((len(gold), len(labels)))
        for f in np.unique(inner):
            train, test = inner != f, inner == f
            head = fit(x[train], [g for g, t in zip(gold, train) if t])
            out[test] = log_probs(head, x[test])
        oof[view] = out
    combination = choose_combination(oof, gold, labels, tuple(fits))
    heads = {view: fits[view](xs[view], gold) for view in fits}  # all views, so every model has the same heads
    return heads, combination
