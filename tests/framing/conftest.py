"""Invented fixtures for the framing tests: a toy model with the real label sets, a fake encoder."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from unspun.article import Article
from unspun.framing.encoding import Encoding, pool
from unspun.framing.heads import LinearHead
from unspun.framing.labels import ALL_FINE_ROLES, FRAMES, GENRES, MAIN_ROLES
from unspun.framing.model import FramingModel
from unspun.framing.style import STYLE_FEATURES

DIM = 8
NARRATIVES = ["URW: Praise of the army", "URW: Blame the neighbour", "CC: Doubt the thermometers"]
SUBNARRATIVES = ["URW: Praise of the army: Brave soldiers", "URW: Praise of the army: Other",
                 "URW: Blame the neighbour: It started it", "CC: Doubt the thermometers: Other"]


def word_vector(word: str) -> np.ndarray:
    """A fixed pseudo-random vector per word, so the fake encoder is deterministic."""
    seed = int(hashlib.sha1(word.casefold().encode()).hexdigest()[:8], 16)
    return np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)


class WordEncoder:
    """A fake encoder: one 'token' per whitespace-separated word, its state a fixed vector."""

    name = "fake-words"

    def __init__(self) -> None:
        self.calls = 0

    def encode(self, article: Article) -> Encoding:
        self.calls += 1
        offsets, states = [], []
        start = None
        for i, ch in enumerate(article.text + " "):
            if ch.isspace():
                if start is not None:
                    offsets.append((start, i))
                    states.append(word_vector(article.text[start:i]))
                    start = None
            elif start is None:
                start = i
        return pool(article, np.array(states).reshape(-1, DIM), np.array(offsets).reshape(-1, 2))


def head(labels, kind, dim, seed, thresholds=None) -> LinearHead:
    rng = np.random.default_rng(seed)
    return LinearHead(list(labels), kind, np.zeros(dim, np.float32), np.ones(dim, np.float32),
                      rng.standard_normal((dim, len(labels))).astype(np.float32),
                      np.zeros(len(labels), np.float32), thresholds or {})


def climate_leaning(domain: LinearHead) -> LinearHead:
    """The toy domain head, leaning to climate change (the toy article is about a seawall and storms),
    so that the stage gives narratives and entity roles rather than 'Other'."""
    domain.bias[domain.labels.index("CC")] = 8.0
    return domain


@pytest.fixture()
def toy_model() -> FramingModel:
    """Random heads of the right shapes; thresholds low enough that every kind of finding appears."""
    d = DIM
    return FramingModel(
        heads={
            "genre": head(GENRES, "softmax", 2 * d + len(STYLE_FEATURES), 1),
            "frames": head(FRAMES, "sigmoid", d, 2, {"*": 0.3}),
            "domain": climate_leaning(head(["URW", "CC", "none"], "softmax", d, 3)),
            "narratives": head(NARRATIVES, "sigmoid", d, 4, {"*": 0.2}),
            "subnarratives": head(SUBNARRATIVES, "sigmoid", d, 5, {"*": 0.2}),
            "main_role": head(MAIN_ROLES, "softmax", 3 * d, 6),
            "fine_roles": head(ALL_FINE_ROLES, "sigmoid", 3 * d, 7, {"*": 0.5}),
        },
        encoder="fake-words",
    )


ARTICLE = (
    "Harbour council delays the seawall vote\n"
    "The Harbour Council of Brindlemouth met on Tuesday and delayed its vote on the seawall.\n"
    "Mayor Ottilie Fenwick said the cost was too high. Fenwick wants another study.\n"
    "Residents of Brindlemouth told reporters they fear the next storm, which climate change makes likelier.\n"
    "The Harbour Council will meet again next month, Fenwick said.\n"
)


@pytest.fixture()
def article() -> Article:
    return Article.from_text(ARTICLE)


@pytest.fixture()
def article_text() -> str:
    return ARTICLE


@pytest.fixture()
def make_encoder():
    """A factory of fresh fake encoders (each counts its own calls)."""
    return WordEncoder
