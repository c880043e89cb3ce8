"""Character n-gram TF-IDF of an article, in numpy: a view of how it is written.

Genre is a matter of style more than of topic, and the mean-pooled encoder states of
the shared pass mostly say what an article is about. Character n-grams inside word
boundaries (as scikit-learn's ``char_wb`` analyzer builds them: each lower-cased word
padded with a space, n = 2..5) catch spelling, punctuation and function-word habits
that the encoder's mean washes out. The vocabulary (the most frequent n-grams found in
at least two training articles) and its inverse document frequencies ship with the
model as plain data (``genre_ngrams.json`` and arrays in ``heads.npz``), so run time
needs no scikit-learn. Each distinct word is cut into n-grams once and its vocabulary
columns remembered, so a ~1,500-word article costs a few ms, less once words repeat.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import numpy as np

SIZES: tuple[int, ...] = (2, 3, 4, 5)
MIN_DF = 2
MAX_FEATURES = 20000
_WORD_CACHE = 100_000  # distinct words whose columns are remembered (a few MB), then forgotten at once


def word_ngrams(word: str, sizes: tuple[int, ...] = SIZES) -> Iterator[str]:
    """The character n-grams of one (lower-cased) word, padded with a space on each side."""
    padded = f" {word} "
    length = len(padded)
    for n in sizes:
        for i in range(length - n + 1):
            yield padded[i : i + n]


def char_ngrams(text: str, sizes: tuple[int, ...] = SIZES) -> Iterator[str]:
    """Every character n-gram of every lower-cased, space-padded word of ``text``."""
    for word in text.casefold().split():
        yield from word_ngrams(word, sizes)


def ngram_counts(text: str, sizes: tuple[int, ...] = SIZES) -> Counter[str]:
    """How often each n-gram occurs in ``text``: each distinct word is cut once (about 3x faster)."""
    counts: Counter[str] = Counter()
    for word, times in Counter(text.casefold().split()).items():
        for gram in word_ngrams(word, sizes):
            counts[gram] += times
    return counts


@dataclass
class NgramVocabulary:
    """The n-grams a head reads, their inverse document frequencies, and the TF-IDF transform.

    Weights are scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` ones: (1 + log tf)
    times the smoothed idf, each row scaled to unit length.
    """

    grams: list[str]
    idf: np.ndarray
    sizes: tuple[int, ...] = SIZES
    index: dict[str, int] = field(init=False, repr=False)
    _columns: dict[str, list[int]] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.idf = np.asarray(self.idf, dtype=np.float32)
        if len(self.idf) != len(self.grams):
            raise ValueError(f"{len(self.grams)} n-grams but {len(self.idf)} idf values")
        self.index = {g: i for i, g in enumerate(self.grams)}

    @classmethod
    def fit(cls, texts: Iterable[str], min_df: int = MIN_DF, max_features: int = MAX_FEATURES,
            sizes: tuple[int, ...] = SIZES) -> "NgramVocabulary":
        """The ``max_features`` most frequent n-grams among those in at least ``min_df`` texts."""
        df: Counter[str] = Counter()
        total: Counter[str] = Counter()
        n = 0
        for text in texts:
            counts = ngram_counts(text, sizes)
            df.update(counts.keys())
            total.update(counts)
            n += 1
        kept = [g for g, d in df.items() if d >= min_df]
        kept.sort(key=lambda g: (-total[g], g))  # most frequent first, ties by spelling: deterministic
        kept = sorted(kept[:max_features])
        idf = np.log((1 + n) / (1 + np.array([df[g] for g in kept], dtype=np.float64))) + 1.0
        return cls(kept, idf.astype(np.float32), sizes)

    def columns(self, word: str) -> list[int]:
        """The vocabulary columns of one lower-cased word's n-grams (cached: words repeat across articles)."""
        cols = self._columns.get(word)
        if cols is None:
            if len(self._columns) >= _WORD_CACHE:
                self._columns.clear()
            cols = self._columns[word] = [self.index[g] for g in word_ngrams(word, self.sizes) if g in self.index]
        return cols

    def transform(self, texts: Iterable[str]) -> np.ndarray:
        """One unit-length TF-IDF row per text (dense float32; zeros for a text with no known n-gram)."""
        rows = []
        size = len(self.grams)
        for text in texts:
            cols: list[int] = []
            times: list[int] = []
            for word, count in Counter(text.casefold().split()).items():
                hit = self.columns(word)
                cols.extend(hit)
                times.extend([count] * len(hit))
            tf = np.bincount(np.asarray(cols, dtype=np.int64), weights=np.asarray(times, dtype=np.float64), minlength=size)
            row = np.zeros(size, dtype=np.float32)
            present = tf > 0
            row[present] = (1.0 + np.log(tf[present])) * self.idf[present]
            norm = float(np.linalg.norm(row))
            if norm > 0:
                row /= norm
            rows.append(row)
        return np.vstack(rows) if rows else np.zeros((0, size), dtype=np.float32)

    def to_json(self) -> dict[str, object]:
        """The JSON-ready part (the idf values go into the model's arrays)."""
        return {"sizes": list(self.sizes), "grams": list(self.grams)}

    @classmethod
    def from_json(cls, spec: dict, idf: np.ndarray) -> "NgramVocabulary":
        """The vocabulary saved by :meth:`to_json`, with its idf array."""
        return cls(list(spec["grams"]), np.asarray(idf, dtype=np.float32), tuple(int(s) for s in spec["sizes"]))
