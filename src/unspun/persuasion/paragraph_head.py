"""The stacked paragraph head: per-technique logistic regression over one encoder pass.

Why: the maximum of a token head over a paragraph sees one token at a time, while a
paragraph's techniques show in how its words combine (an appeal to authority is a quote
*and* a named source). This head reads, per paragraph, features of the SAME encoder pass
that finds the spans — mean- and max-pooled ``token_states``, the maximum and mean of
``span_probs`` and ``para_probs``, the article's ``pooled`` vector, the paragraph's length
and position — plus hashed word uni- and bigrams of the paragraph text, and scores each
technique with one logistic regression (trained by :mod:`unspun.train.persuasion_paragraphs`
with scikit-learn, shipped as plain arrays). Run time is numpy only: no second model pass.
The feature layout is fixed; a trained head may give groups zero weight (the shipped one
leaves out the max-pooled states and the pooled vector, and has no hashed n-grams, by
measurement on the tuning set: docs/persuasion.md).
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import numpy as np

from unspun.encoder.runtime import EncodedText
from unspun.errors import ModelError

HEAD_FILE = "paragraph_head.npz"
N_TECH = 23
HIDDEN = 384
_WORD = re.compile(r"\w+", re.UNICODE)


def feature_names(hidden: int = HIDDEN, n_tech: int = N_TECH) -> list[str]:
    """Names of the dense feature columns, in order (for the model card and for checks)."""
    names = [f"state_mean_{i}" for i in range(hidden)] + [f"state_max_{i}" for i in range(hidden)]
    for src in ("span", "para"):
        names += [f"{src}_max_{k}" for k in range(n_tech)] + [f"{src}_mean_{k}" for k in range(n_tech)]
    names += [f"pooled_{i}" for i in range(hidden)]
    return names + ["log_tokens", "position", "is_first", "is_empty", "log_article_tokens"]


def dense_features(enc: EncodedText, para_of_token: np.ndarray, n_paragraphs: int) -> np.ndarray:
    """(n_paragraphs, D) features of each paragraph from one encoder pass (zeros where it has no token)."""
    n_tok = len(enc.offsets)
    hidden = enc.token_outputs["token_states"].shape[1] if n_tok else HIDDEN
    d = len(feature_names(hidden))
    out = np.zeros((n_paragraphs, d), dtype=np.float32)
    if n_paragraphs == 0:
        return out
    pooled = enc.pooled if enc.pooled is not None else np.zeros(hidden, np.float32)
    base = 2 * hidden + 4 * N_TECH
    out[:, base : base + hidden] = pooled
    out[:, -4] = np.arange(n_paragraphs) / max(1, n_paragraphs - 1)
    out[0, -3] = 1.0
    out[:, -1] = np.log1p(n_tok)
    if n_tok == 0:
        out[:, -2] = 1.0
        return out
    # One reduceat over the tokens sorted by paragraph (tokens in no paragraph sort first).
    joined = np.concatenate([enc.token_outputs[k] for k in ("token_states", "span_probs", "para_probs")], axis=1)
    order = np.argsort(para_of_token, kind="stable")
    sorted_p = para_of_token[order]
    n_out = int(np.searchsorted(sorted_p, 0, side="left"))
    lo = np.searchsorted(sorted_p, np.arange(n_paragraphs), side="left")
    hi = np.searchsorted(sorted_p, np.arange(n_paragraphs), side="right")
    full = np.flatnonzero(hi > lo)
    out[:, -2] = (hi == lo).astype(np.float32)
    if full.size == 0:
        return out
    rows = joined[order[n_out:]]
    starts = lo[full] - n_out
    counts = (hi - lo)[full].astype(np.float32)[:, None]
    means = np.add.reduceat(rows, starts, axis=0) / counts
    maxes = np.maximum.reduceat(rows, starts, axis=0)
    h, c = hidden, 2 * hidden
    out[full, :h] = means[:, :h]
    out[full, h:c] = maxes[:, :h]
    out[full, c : c + N_TECH] = maxes[:, h : h + N_TECH]
    out[full, c + N_TECH : c + 2 * N_TECH] = means[:, h : h + N_TECH]
    out[full, c + 2 * N_TECH : c + 3 * N_TECH] = maxes[:, h + N_TECH :]
    out[full, c + 3 * N_TECH : c + 4 * N_TECH] = means[:, h + N_TECH :]
    out[full, -5] = np.log1p(counts[:, 0])
    return out


def linear_logits(
    dense: np.ndarray, mean: np.ndarray, scale: np.ndarray, weight: np.ndarray, bias: np.ndarray,
    hash_weight: np.ndarray | None, texts: list[str] | None, what: str,
    bounds: Bounds | None = None,
) -> np.ndarray:
    """Logits of a linear model over standardised dense features plus, when it has
    ``hash_weight`` (n_buckets x outputs), the hashed n-grams of each row's text.

    ``bounds`` (lowest, highest value of each feature in the training rows) clip the
    features first: a linear model extrapolates without limit, and on input unlike any it
    was trained on (a one-sentence 'article') a rare technique's mean probability can sit
    100 standard deviations out and push its logit to certainty. Clipped to what training
    saw, such a row scores like the most extreme training row, no further.
    """
    if bounds is not None:
        dense = np.clip(dense, bounds[0], bounds[1])
    z = ((dense - mean) / scale) @ weight + bias
    if hash_weight is not None:
        if texts is None or len(texts) != len(dense):
            raise ValueError(f"this model needs the {what} texts")
        for i, t in enumerate(texts):
            idx = hashed_ngrams(t, hash_weight.shape[0])
            if idx.size:
                z[i] += hash_weight[idx].sum(0) / np.sqrt(idx.size)
    return z


Bounds = tuple[np.ndarray, np.ndarray]


def checked_bounds(bounds: Bounds | None, mean: np.ndarray, what: str) -> Bounds | None:
    """Feature bounds as float32, checked against the model's feature count (None: no clipping)."""
    if bounds is None:
        return None
    low, high = bounds[0].astype(np.float32), bounds[1].astype(np.float32)
    if low.shape != mean.shape or high.shape != mean.shape:
        raise ModelError(f"{what}: feature bounds do not match its features; retrain it")
    return low, high


def saved_bounds(z: "np.lib.npyio.NpzFile") -> Bounds | None:
    """The ``lower``/``upper`` arrays of a saved linear model (absent in files saved before 2 Dec 2026)."""
    return (z["lower"], z["upper"]) if "lower" in z and "upper" in z else None


def hashed_ngrams(text: str, n_buckets: int) -> np.ndarray:
    """Sorted unique bucket indices of the lower-cased word uni- and bigrams of ``text``.

    CRC-32 (zlib) is the hash: stable across processes and platforms, unlike ``hash()``.
    """
    words = _WORD.findall(text.lower())
    grams = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    if not grams:
        return np.zeros(0, dtype=np.int64)
    return np.unique(np.fromiter((zlib.crc32(g.encode("utf-8")) % n_buckets for g in grams), dtype=np.int64, count=len(grams)))


class ParagraphHead:
    """Logistic-regression weights per technique over the dense and (optional) hashed features.

    ``logit = ((x - mean) / scale) @ W + b (+ sum of W_hash rows of the paragraph's buckets / sqrt(n))``;
    a technique is assigned when ``sigmoid(logit) >= thresholds``.
    """

    def __init__(self, mean: np.ndarray, scale: np.ndarray, weight: np.ndarray, bias: np.ndarray,
                 thresholds: np.ndarray, hash_weight: np.ndarray | None = None,
                 bounds: Bounds | None = None) -> None:
        self.mean, self.scale = mean.astype(np.float32), scale.astype(np.float32)
        self.weight, self.bias = weight.astype(np.float32), bias.astype(np.float32)
        self.thresholds = thresholds.astype(np.float32)
        self.hash_weight = None if hash_weight is None or hash_weight.size == 0 else hash_weight.astype(np.float32)
        self.bounds = checked_bounds(bounds, self.mean, "paragraph head")
        if self.weight.shape != (len(self.mean), N_TECH) or self.bias.shape != (N_TECH,) or self.thresholds.shape != (N_TECH,):
            raise ModelError("paragraph head: weight, bias or threshold shapes do not match 23 techniques; retrain it")

    @property
    def n_buckets(self) -> int:
        return 0 if self.hash_weight is None else int(self.hash_weight.shape[0])

    @classmethod
    def load(cls, path: Path) -> "ParagraphHead":
        try:
            z = np.load(path, allow_pickle=False)
            return cls(z["mean"], z["scale"], z["weight"], z["bias"], z["thresholds"],
                       z["hash_weight"] if "hash_weight" in z else None, saved_bounds(z))
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(f"{path}: cannot read the paragraph head ({exc}); run 'unspun train persuasion-paragraphs'") from exc

    def save(self, path: Path) -> None:
        arrays = dict(mean=self.mean, scale=self.scale, weight=self.weight, bias=self.bias, thresholds=self.thresholds)
        if self.hash_weight is not None:
            arrays["hash_weight"] = self.hash_weight.astype(np.float16)
        if self.bounds is not None:
            arrays["lower"], arrays["upper"] = self.bounds
        np.savez_compressed(path, **arrays)

    def logits(self, dense: np.ndarray, texts: list[str] | None = None) -> np.ndarray:
        """(n, 23) logits for dense feature rows and (when the head has hashed weights) their texts."""
        return linear_logits(dense, self.mean, self.scale, self.weight, self.bias, self.hash_weight, texts, "paragraph",
                             self.bounds)

    def scores(self, dense: np.ndarray, texts: list[str] | None = None) -> np.ndarray:
        """(n, 23) probabilities."""
        return (1.0 / (1.0 + np.exp(-np.clip(self.logits(dense, texts), -30, 30)))).astype(np.float32)

    def paragraph_scores(self, enc: EncodedText, para_of_token: np.ndarray, paragraphs: list[tuple[int, int]]) -> np.ndarray:
        """(n_paragraphs, 23) probabilities for the paragraphs ``[(start, end)]`` of ``enc.text``."""
        dense = dense_features(enc, para_of_token, len(paragraphs))
        texts = [enc.text[s:e] for s, e in paragraphs] if self.hash_weight is not None else None
        return self.scores(dense, texts)
