"""The stacked span classifier: which technique is this span? Numpy over one encoder pass.

Why: the token heads score each token for each technique, and the mean of those scores
over a span is a weak vote (PTC dev technique classification 0.25-0.48 micro-F1). A span's
technique shows in the span as a whole and in its neighbourhood: a slogan is short and
quoted, a repetition recurs in the article, a name-calling is a noun phrase with a loaded
adjective. This classifier reads, per span, features of the SAME encoder pass that found
it — mean- and max-pooled ``token_states`` over the span's tokens, the mean state of a
context window around it, mean and max ``span_probs`` and ``para_probs`` per technique, the
span's length, whether it is inside quotes, how often its text recurs — plus hashed word
uni- and bigrams of its text, and scores the 14 PTC labels with one multinomial logistic
regression (trained by :mod:`unspun.train.persuasion_spans` with scikit-learn, shipped as
plain arrays in ``span_classifier.npz``). Run time is numpy only.

The PTC labels are coarser than the 23 SemEval-2023 techniques; :func:`to_2023` maps a PTC
label back to the member technique the token heads score highest over the span.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from unspun.encoder.runtime import EncodedText
from unspun.errors import ModelError
from unspun.persuasion.labels import INDEX, PTC_LABELS, PTC_TO_2023
from unspun.persuasion.paragraph_head import Bounds, checked_bounds, linear_logits, saved_bounds

CLASSIFIER_FILE = "span_classifier.npz"
N_TECH = 23
HIDDEN = 384
CONTEXT_TOKENS = 16
QUOTES = "\"\u201c\u201d\u201e\u00ab\u00bb"
EXTRAS = ("log_tokens", "log_chars", "in_quotes", "has_quote", "log_repeats", "position", "question", "exclamation", "capitalised", "upper_share")
_WORD = re.compile(r"\w+", re.UNICODE)


def feature_names(hidden: int = HIDDEN, n_tech: int = N_TECH) -> list[str]:
    """Names of the dense feature columns, in order."""
    names = [f"{g}_{i}" for g in ("state_mean", "state_max", "context_mean") for i in range(hidden)]
    for src in ("span", "para"):
        names += [f"{src}_mean_{k}" for k in range(n_tech)] + [f"{src}_max_{k}" for k in range(n_tech)]
    return names + list(EXTRAS)


def token_range(offsets: np.ndarray, start: int, end: int) -> tuple[int, int]:
    """``[lo, hi)``: the tokens overlapping characters ``[start, end)`` (empty when none do)."""
    if len(offsets) == 0:
        return 0, 0
    lo = int(np.searchsorted(offsets[:, 1], start, side="right"))
    hi = int(np.searchsorted(offsets[:, 0], end, side="left"))
    return lo, max(lo, hi)


def _extras(text: str, start: int, end: int, n_tokens: int) -> list[float]:
    span = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    in_quotes = float(sum(before.count(q) for q in QUOTES) % 2 == 1)
    key = span.strip().lower()
    repeats = text.lower().count(key) - 1 if key else 0
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    sentence_end = re.search(r"[.!?]", rest)
    mark = rest[sentence_end.start()] if sentence_end else ""
    words = _WORD.findall(span)
    return [
        float(np.log1p(n_tokens)), float(np.log1p(len(span))), in_quotes,
        float(any(q in span for q in QUOTES)), float(np.log1p(max(0, repeats))),
        start / max(1, len(text)), float("?" in span or mark == "?"), float("!" in span or mark == "!"),
        float(sum(w[:1].isupper() for w in words) / max(1, len(words))),
        float(sum(c.isupper() for c in span) / max(1, sum(c.isalpha() for c in span))),
    ]


def dense_features(enc: EncodedText, spans: list[tuple[int, int]], context: int = CONTEXT_TOKENS) -> np.ndarray:
    """(n_spans, D) features of each character span ``(start, end)`` of ``enc.text``."""
    n_tok = len(enc.offsets)
    hidden = enc.token_outputs["token_states"].shape[1] if n_tok else HIDDEN
    out = np.zeros((len(spans), len(feature_names(hidden))), dtype=np.float32)
    if n_tok:
        states = enc.token_outputs["token_states"]
        sp, pa = enc.token_outputs["span_probs"], enc.token_outputs["para_probs"]
    base = 3 * hidden
    for i, (s, e) in enumerate(spans):
        lo, hi = token_range(enc.offsets, s, e)
        if hi > lo:
            st = states[lo:hi]
            out[i, :hidden] = st.mean(0)
            out[i, hidden : 2 * hidden] = st.max(0)
            out[i, 2 * hidden : base] = states[max(0, lo - context) : min(n_tok, hi + context)].mean(0)
            for j, probs in enumerate((sp, pa)):
                c = base + 2 * N_TECH * j
                out[i, c : c + N_TECH] = probs[lo:hi].mean(0)
                out[i, c + N_TECH : c + 2 * N_TECH] = probs[lo:hi].max(0)
        out[i, -len(EXTRAS) :] = _extras(enc.text, s, e, hi - lo)
    return out


def mean_span_probs(enc: EncodedText, start: int, end: int) -> np.ndarray:
    """(23,) mean ``span_probs`` over the tokens of ``[start, end)`` (zeros when it has none)."""
    lo, hi = token_range(enc.offsets, start, end)
    if hi <= lo:
        return np.zeros(N_TECH, np.float32)
    return enc.token_outputs["span_probs"][lo:hi].mean(0)


def to_2023(ptc_label: str, span_probs: np.ndarray, allowed: tuple[str, ...] | None = None) -> str:
    """The 2023 technique under ``ptc_label`` that the token heads score highest over the span.

    ``allowed`` (default: every member) limits the candidates, e.g. to the techniques a
    span detector may output; when none of the members is allowed, the first member is used.
    """
    members = [t for t in PTC_TO_2023[ptc_label] if allowed is None or t in allowed] or [PTC_TO_2023[ptc_label][0]]
    return max(members, key=lambda t: float(span_probs[INDEX[t]]))


class SpanClassifier:
    """Multinomial logistic regression over the dense and (optional) hashed span features.

    ``logits = ((x - mean) / scale) @ W + b (+ sum of W_hash rows of the span's buckets / sqrt(n))``;
    probabilities are their softmax over :attr:`labels` (the 14 PTC labels).
    """

    def __init__(self, mean: np.ndarray, scale: np.ndarray, weight: np.ndarray, bias: np.ndarray,
                 hash_weight: np.ndarray | None = None, labels: tuple[str, ...] = PTC_LABELS,
                 bounds: Bounds | None = None) -> None:
        self.mean, self.scale = mean.astype(np.float32), scale.astype(np.float32)
        self.weight, self.bias = weight.astype(np.float32), bias.astype(np.float32)
        self.hash_weight = None if hash_weight is None or hash_weight.size == 0 else hash_weight.astype(np.float32)
        self.labels = tuple(labels)
        # Lowest and highest training value of each feature: see paragraph_head.linear_logits.
        self.bounds = checked_bounds(bounds, self.mean, "span classifier")
        if self.weight.shape != (len(self.mean), len(self.labels)) or self.bias.shape != (len(self.labels),):
            raise ModelError("span classifier: weight or bias shapes do not match its labels; retrain it")

    @property
    def n_buckets(self) -> int:
        return 0 if self.hash_weight is None else int(self.hash_weight.shape[0])

    @classmethod
    def load(cls, path: Path) -> "SpanClassifier":
        try:
            z = np.load(path, allow_pickle=False)
            labels = tuple(str(x) for x in z["labels"])
            return cls(z["mean"], z["scale"], z["weight"], z["bias"], z["hash_weight"] if "hash_weight" in z else None,
                       labels, saved_bounds(z))
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(f"{path}: cannot read the span classifier ({exc}); run 'unspun train persuasion-spans'") from exc

    def save(self, path: Path) -> None:
        arrays = dict(mean=self.mean, scale=self.scale, weight=self.weight, bias=self.bias, labels=np.asarray(self.labels))
        if self.hash_weight is not None:
            arrays["hash_weight"] = self.hash_weight.astype(np.float16)
        if self.bounds is not None:
            arrays["lower"], arrays["upper"] = self.bounds
        np.savez_compressed(path, **arrays)

    def logits(self, dense: np.ndarray, texts: list[str] | None = None) -> np.ndarray:
        return linear_logits(dense, self.mean, self.scale, self.weight, self.bias, self.hash_weight, texts, "span",
                             self.bounds)

    def probabilities(self, dense: np.ndarray, texts: list[str] | None = None) -> np.ndarray:
        """(n, n_labels) softmax probabilities."""
        z = self.logits(dense, texts)
        z = np.exp(z - z.max(1, keepdims=True))
        return (z / z.sum(1, keepdims=True)).astype(np.float32)

    def classify(self, enc: EncodedText, spans: list[tuple[int, int]]) -> np.ndarray:
        """(n_spans, n_labels) probabilities for character spans of ``enc.text``."""
        if not spans:
            return np.zeros((0, len(self.labels)), np.float32)
        texts = [enc.text[s:e] for s, e in spans] if self.hash_weight is not None else None
        return self.probabilities(dense_features(enc, spans), texts)
