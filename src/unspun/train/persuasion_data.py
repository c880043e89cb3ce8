"""Training windows for the persuasion model: token ids, per-token technique labels, paragraphs.

Every token gets one 0/1 label per technique (1 when its characters overlap a gold span
of that technique) and the number of the paragraph (line) it lies in, so one pass trains
both the span head (token tagging) and the paragraph head (max over a paragraph's tokens).
Windows come from :func:`unspun.encoder.windows.make_windows`, as at run time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from unspun.encoder.windows import make_windows
from unspun.persuasion.datasets import GoldArticle, paragraph_ranges, read_ptc, read_semeval
from unspun.persuasion.labels import INDEX, TECHNIQUES

log = logging.getLogger(__name__)


@dataclass
class TokenizedArticle:
    """An article's tokens with character offsets, technique labels and paragraph numbers."""

    article: GoldArticle
    ids: np.ndarray  # (n,)
    offsets: np.ndarray  # (n, 2)
    labels: np.ndarray  # (n, n_techniques) uint8
    paragraph: np.ndarray  # (n,) line index (0-based)


def text_key(text: str) -> str:
    """A key that finds the same article in two datasets despite whitespace differences."""
    return " ".join(text.split())[:300]


def tokenize_article(tok: Tokenizer, art: GoldArticle) -> TokenizedArticle:
    """Tokens of ``art`` labelled from its gold spans."""
    enc = tok.encode(art.text, add_special_tokens=False)
    ids = np.asarray(enc.ids, dtype=np.int64)
    offs = np.asarray(enc.offsets, dtype=np.int64).reshape(-1, 2)
    labels = np.zeros((len(ids), len(TECHNIQUES)), dtype=np.uint8)
    for tech, s, e in art.spans:
        if tech not in INDEX:
            log.warning("article %s: unknown technique %r skipped", art.id, tech)
            continue
        hit = (offs[:, 0] < e) & (offs[:, 1] > s) & (offs[:, 1] > offs[:, 0])
        labels[hit, INDEX[tech]] = 1
    starts = np.asarray([r[0] for r in paragraph_ranges(art.text)], dtype=np.int64)
    para = np.searchsorted(starts, offs[:, 0], side="right") - 1
    return TokenizedArticle(art, ids, offs, labels, para)


@dataclass
class TrainWindow:
    ids: np.ndarray
    labels: np.ndarray
    paragraph: np.ndarray


def windows_of(t: TokenizedArticle, size: int, overlap: int) -> list[TrainWindow]:
    """The windows of one tokenised article (content tokens only; specials added when batching)."""
    out = []
    for w in make_windows(len(t.ids), size, overlap):
        if w.end <= w.start:
            continue
        out.append(TrainWindow(t.ids[w.start : w.end], t.labels[w.start : w.end], t.paragraph[w.start : w.end]))
    return out


def load_training_articles(data: Path, languages: tuple[str, ...]) -> tuple[list[GoldArticle], list[GoldArticle], list[GoldArticle]]:
    """(train, held-out, dev) SemEval-2023 articles.

    Every PTC article reappears in the SemEval-2023 English training set; the 75 PTC dev
    articles are held out of training (found by their text) so that the PTC
    technique-classification score stays clean, and they serve as the slice on which the
    thresholds are tuned, leaving SemEval-2023 dev untouched for the reported figures.
    """
    ptc_dev, _ = read_ptc(data, "dev")
    held_keys = {text_key(a.text) for a in ptc_dev}
    train: list[GoldArticle] = []
    held: list[GoldArticle] = []
    for lang in languages:
        for a in read_semeval(data, lang, "train"):
            (held if lang == "en" and text_key(a.text) in held_keys else train).append(a)
    dev = [a for a in read_semeval(data, "en", "dev") if a.spans or a.paragraph_labels]
    log.info("articles: %d train, %d held out (PTC dev), %d English dev", len(train), len(held), len(dev))
    return train, held, dev
