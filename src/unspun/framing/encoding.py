"""What the framing heads read: token states of one encoder pass, pooled per paragraph and article.

The framing heads are light (linear) and sit on the hidden states of an encoder that
already ran over the article, so they add almost nothing to its cost. This module is
the small interface between them: an :class:`ArticleEncoder` turns an Article into an
:class:`Encoding` (one row per token, with character offsets), and :func:`pool` derives
paragraph and article vectors from it (masked means, as the persuasion model pools).

:class:`OnnxTokenEncoder` is a self-contained implementation (a tokenizer.json plus an
ONNX model whose first output is ``last_hidden_state``), read over sliding windows with
:mod:`unspun.encoder.windows`, the same windows the persuasion model uses.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, Sequence

import numpy as np

from unspun.article import Article
from unspun.encoder.windows import make_windows, merge_windows
from unspun.errors import ModelError

if TYPE_CHECKING:
    import onnxruntime

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Encoding:
    """Token states of one article with their character offsets, and the pooled vectors."""

    tokens: np.ndarray  # (n, d) float32
    offsets: np.ndarray  # (n, 2) int64, [start, end) into Article.text
    paragraphs: np.ndarray  # (P, d): mean of the states of each paragraph's tokens
    article: np.ndarray  # (d,): mean of all token states

    def span_vector(self, start: int, end: int) -> np.ndarray:
        """Mean state of the tokens overlapping characters [start, end) (zeros when none)."""
        hit = (self.offsets[:, 0] < end) & (self.offsets[:, 1] > start)
        if not hit.any():
            return np.zeros(self.tokens.shape[1], dtype=np.float32)
        return self.tokens[hit].mean(0)


class ArticleEncoder(Protocol):
    """Anything that gives an article's token states (the persuasion encoder, or our own)."""

    name: str

    def encode(self, article: Article) -> Encoding: ...


def pool(article: Article, tokens: np.ndarray, offsets: np.ndarray) -> Encoding:
    """Paragraph and article vectors as masked means of the token states."""
    tokens = np.asarray(tokens, dtype=np.float32)
    offsets = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)
    d = tokens.shape[1] if tokens.ndim == 2 else 0
    paras = np.zeros((len(article.paragraphs), d), dtype=np.float32)
    if len(tokens):
        starts = np.asarray([p.start for p in article.paragraphs], dtype=np.int64)
        index = np.searchsorted(starts, offsets[:, 0], side="right") - 1
        index = np.clip(index, 0, max(0, len(starts) - 1))
        if len(starts):
            counts = np.bincount(index, minlength=len(starts)).astype(np.float32)
            sums = np.zeros_like(paras)
            if np.all(index[1:] >= index[:-1]):  # tokens in text order: each paragraph is one run of rows
                present = np.flatnonzero(counts)
                sums[present] = np.add.reduceat(tokens, np.searchsorted(index, present))
            else:
                np.add.at(sums, index, tokens)
            paras = sums / np.maximum(counts, 1.0)[:, None]
        art = tokens.mean(0)
    else:
        art = np.zeros(d, dtype=np.float32)
    return Encoding(tokens, offsets, paras, art.astype(np.float32))


class OnnxTokenEncoder:
    """A transformer encoder in ONNX read over sliding windows; one row per token of the article."""

    def __init__(self, model: Path, tokenizer: Path, name: str, window: int = 254, overlap: int = 64,
                 cls: str = "[CLS]", sep: str = "[SEP]", batch_size: int = 8) -> None:
        self.name = name
        self.model_path, self.tokenizer_path = Path(model), Path(tokenizer)
        self.window, self.overlap, self.batch_size = window, overlap, batch_size
        self._cls_token, self._sep_token = cls, sep
        self._session: "onnxruntime.InferenceSession | None" = None
        self._tok = None

    def _load(self) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        for path in (self.model_path, self.tokenizer_path):
            if not path.exists():
                raise ModelError(f"{path}: framing encoder file missing; reinstall unspun")
        self._tok = Tokenizer.from_file(str(self.tokenizer_path))
        self._tok.no_truncation()
        self._tok.no_padding()
        opts = onnxruntime.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(str(self.model_path), opts, providers=["CPUExecutionProvider"])
        self._ids = (self._tok.token_to_id(self._cls_token), self._tok.token_to_id(self._sep_token), 0)

    def encode(self, article: Article) -> Encoding:
        """Token states of the whole article (windows merged so each token is read once)."""
        if self._session is None:
            self._load()
        assert self._session is not None and self._tok is not None
        enc = self._tok.encode(article.text, add_special_tokens=False)
        ids = np.asarray(enc.ids, dtype=np.int64)
        offsets = np.asarray(enc.offsets, dtype=np.int64).reshape(-1, 2)
        n = len(ids)
        if n == 0:
            return pool(article, np.zeros((0, 0), np.float32), offsets)
        windows = make_windows(n, self.window, self.overlap)
        cls_id, sep_id, pad_id = self._ids
        outputs: list[np.ndarray] = []
        for b0 in range(0, len(windows), self.batch_size):
            batch = windows[b0 : b0 + self.batch_size]
            width = max(w.end - w.start for w in batch) + 2
            x = np.full((len(batch), width), pad_id, dtype=np.int64)
            mask = np.zeros_like(x)
            for i, w in enumerate(batch):
                k = w.end - w.start
                x[i, 0], x[i, 1 : k + 1], x[i, k + 1] = cls_id, ids[w.start : w.end], sep_id
                mask[i, : k + 2] = 1
            hidden = self._session.run(None, {"input_ids": x, "attention_mask": mask})[0]
            outputs.extend(hidden[i, 1 : 1 + w.end - w.start] for i, w in enumerate(batch))
        return pool(article, merge_windows(n, windows, outputs), offsets)


STATES = "token_states"
EMBEDDINGS = "embedding_states"


def from_encoded(article: Article, encoded: object, names: Sequence[str] = (STATES,)) -> Encoding | None:
    """The Encoding of a pass of the shared encoder (:class:`unspun.encoder.EncodedText`).

    ``names``: the per-token outputs the heads read, side by side (e.g. the last layer's
    ``token_states`` and the embedding layer's ``embedding_states``). Returns None when
    that pass is of another text or did not keep them, so the caller runs its own pass.
    """
    outputs = getattr(encoded, "token_outputs", None) or {}
    if getattr(encoded, "text", None) != article.text or any(name not in outputs for name in names):
        return None
    states = outputs[names[0]] if len(names) == 1 else np.concatenate([outputs[name] for name in names], axis=1)
    return pool(article, states, getattr(encoded, "offsets"))


class SharedEncoder:
    """The persuasion model's encoder, asked for its token states (the pass framing shares).

    ``outputs``: the per-token outputs to read side by side; by default ``token_states``
    and, when the graph has it, ``embedding_states`` (the embedding layer, which the
    persuasion fine-tuning leaves as the base encoder had it). A name the graph lacks is an error.
    """

    def __init__(self, model_dir: Path, threads: int | None = None, outputs: Sequence[str] | None = None) -> None:
        import hashlib
        import json

        from unspun.encoder.runtime import Encoder

        config_path = model_dir / "config.json"
        if not config_path.exists():
            raise ModelError(f"{config_path}: shared encoder config missing; reinstall unspun")
        config = json.loads(config_path.read_text(encoding="utf-8"))
        digest = hashlib.sha1((model_dir / "model.onnx").read_bytes()).hexdigest()[:8]
        from unspun.encoder.windows import LAYOUT

        wanted = tuple(outputs) if outputs else (STATES, EMBEDDINGS)
        self.encoder = Encoder(model_dir / "model.onnx", model_dir / "tokenizer.json",
                               window=int(config.get("window", 254)), overlap=int(config.get("overlap", 64)),
                               outputs=wanted, threads=threads)
        missing = [name for name in wanted if name not in self.encoder.output_names]
        if STATES in missing or (outputs and missing):
            raise ModelError(f"{model_dir / 'model.onnx'}: the shared encoder gives no {missing[0]!r} output; "
                             "use a persuasion model that exports it")
        self.outputs: tuple[str, ...] = tuple(name for name in wanted if name not in missing)
        # e.g. persuasion_v1-360cbc2f-balanced+embeddings: the model, the window layout, what is read
        self.name = f"{config.get('name', model_dir.name)}-{digest}-{LAYOUT}" + ("+embeddings" if EMBEDDINGS in self.outputs else "")

    def encode(self, article: Article) -> Encoding:
        """Token states of the article from one pass of the shared encoder."""
        encoded = self.encoder.encode(article.text)
        if len(encoded.offsets) == 0:  # nothing the tokenizer keeps (e.g. control characters only)
            return pool(article, np.zeros((0, 0), dtype=np.float32), encoded.offsets)
        encoding = from_encoded(article, encoded, self.outputs)
        if encoding is None:
            raise ModelError(f"the shared encoder gives no {STATES!r} output; use a persuasion model that exports it")
        return encoding
