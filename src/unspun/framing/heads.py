"""Light heads over encoder vectors: standardise, then one linear layer (softmax or sigmoid).

Run time needs numpy only. A head's weights live in one ``.npz`` (arrays prefixed by the
head's name) and its labels and thresholds in the model's ``config.json``, so a trained
head is plain data that is easy to inspect and version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np

Kind = Literal["softmax", "sigmoid"]


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Numerically stable logistic function."""
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def softmax(z: np.ndarray) -> np.ndarray:
    """Softmax over the last axis."""
    e = np.exp(z - z.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


@dataclass
class LinearHead:
    """``scores(x) = act(((x - mean) / scale) @ weight + bias)``, with labels and thresholds."""

    labels: list[str]
    kind: Kind
    mean: np.ndarray
    scale: np.ndarray
    weight: np.ndarray  # (d, k)
    bias: np.ndarray  # (k,)
    thresholds: dict[str, float] = field(default_factory=dict)

    def logits(self, x: np.ndarray) -> np.ndarray:
        """Raw scores, one row per input row (a 1-D input gives a 1-D output)."""
        x = np.asarray(x, dtype=np.float32)
        return ((x - self.mean) / self.scale) @ self.weight + self.bias

    def scores(self, x: np.ndarray) -> np.ndarray:
        """Probabilities: softmax over labels, or one sigmoid per label."""
        z = self.logits(x)
        return softmax(z) if self.kind == "softmax" else sigmoid(z)

    def threshold(self, label: str) -> float:
        """The decision threshold of ``label`` (0.5 unless training tuned another)."""
        return self.thresholds.get(label, self.thresholds.get("*", 0.5))

    def arrays(self, name: str) -> dict[str, np.ndarray]:
        """The head's arrays, prefixed with ``name``, for ``np.savez``."""
        return {f"{name}.mean": self.mean, f"{name}.scale": self.scale,
                f"{name}.weight": self.weight, f"{name}.bias": self.bias}

    def config(self) -> dict[str, object]:
        """The JSON-ready part: labels, kind, thresholds."""
        return {"labels": list(self.labels), "kind": self.kind, "thresholds": dict(self.thresholds)}

    @classmethod
    def load(cls, name: str, arrays: "np.lib.npyio.NpzFile | dict[str, np.ndarray]", config: dict) -> "LinearHead":
        """The head ``name`` from saved arrays and its config entry."""
        return cls(
            labels=list(config["labels"]),
            kind=config["kind"],
            mean=np.asarray(arrays[f"{name}.mean"], dtype=np.float32),
            scale=np.asarray(arrays[f"{name}.scale"], dtype=np.float32),
            weight=np.asarray(arrays[f"{name}.weight"], dtype=np.float32),
            bias=np.asarray(arrays[f"{name}.bias"], dtype=np.float32),
            thresholds={k: float(v) for k, v in config.get("thresholds", {}).items()},
        )


def paragraph_contributions(head: LinearHead, paragraphs: np.ndarray, label: int) -> np.ndarray:
    """How much each paragraph pushes the score of ``label``: the head's logit on its vector.

    The article vector is a mean of token states, so a linear head's article logit is a
    weighted mean of the paragraph logits; the paragraphs with the highest logit carry it.
    """
    if len(paragraphs) == 0:
        return np.zeros(0, dtype=np.float32)
    return np.asarray(head.logits(paragraphs))[:, label]
