"""Run an ONNX encoder over a whole text: tokenize, cut windows, batch, merge, keep offsets.

The graph's inputs are ``input_ids`` and ``attention_mask`` (batch x tokens, with the
special tokens ``<s> ... </s>`` around each window). Outputs whose second axis is the
token axis are merged back to one row per text token (see :mod:`unspun.encoder.windows`);
outputs with one row per window (``pooled``) are averaged over the windows, weighted by
their number of tokens. Offsets are Python ``str`` indices into the text given.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from unspun.encoder.windows import Window, make_windows, merge_windows
from unspun.errors import ModelError

log = logging.getLogger(__name__)

# The environment variable that caps the encoder's onnxruntime threads (0 or unset: up to 4).
THREADS_ENV = "UNSPUN_THREADS"
# Outputs with one row per window rather than one per token.
WINDOW_OUTPUTS = frozenset({"pooled"})


@dataclass
class EncodedText:
    """One text through the encoder: its tokens' offsets and every output, merged."""

    text: str
    offsets: np.ndarray  # (n_tokens, 2) character offsets into text, end exclusive
    token_outputs: dict[str, np.ndarray] = field(default_factory=dict)  # name -> (n_tokens, ...)
    pooled: np.ndarray | None = None  # (hidden,) mean of the window vectors, or None
    windows: list[Window] = field(default_factory=list)


class Encoder:
    """An ONNX encoder with its tokenizer; loads once, encodes any number of texts."""

    def __init__(
        self,
        model_path: Path,
        tokenizer_path: Path,
        window: int = 254,
        overlap: int = 64,
        batch_size: int = 8,
        outputs: tuple[str, ...] | None = None,
        threads: int | None = None,
    ) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - both are runtime dependencies
            raise ModelError(f"{exc}; install unspun with its dependencies (pip install unspun)") from exc
        for p in (model_path, tokenizer_path):
            if not Path(p).is_file():
                raise ModelError(f"{p}: model file missing; reinstall unspun or retrain the model")
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.cls_id = self._special("<s>", "[CLS]")
        self.sep_id = self._special("</s>", "[SEP]")
        self.pad_id = self._special("<pad>", "[PAD]")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or int(os.environ.get(THREADS_ENV, "0") or 0) or min(4, os.cpu_count() or 1)
        opts.inter_op_num_threads = 1
        try:
            self.session = ort.InferenceSession(str(model_path), opts, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelError(f"{model_path}: cannot load the ONNX model ({exc}); reinstall unspun") from exc
        names = [o.name for o in self.session.get_outputs()]
        self.output_names = [n for n in names if outputs is None or n in outputs]
        self.window, self.overlap, self.batch_size = window, overlap, batch_size

    def _special(self, *names: str) -> int:
        for n in names:
            i = self.tokenizer.token_to_id(n)
            if i is not None:
                return i
        raise ModelError(f"tokenizer has none of the special tokens {names}; the model files do not match")

    def tokenize(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Token ids and (start, end) character offsets of ``text``, without special tokens."""
        enc = self.tokenizer.encode(text, add_special_tokens=False)
        ids = np.asarray(enc.ids, dtype=np.int64)
        offsets = np.asarray(enc.offsets, dtype=np.int64).reshape(-1, 2)
        # A word-initial piece ("\u2581word") reports the whitespace before the word as part of
        # it (even a line break); start it at its first visible character instead, so that a
        # token belongs to the paragraph its word is in and spans never begin with a space.
        for i in np.flatnonzero(offsets[:, 1] > offsets[:, 0]):
            s, e = offsets[i]
            while s < e and text[s].isspace():
                s += 1
            offsets[i, 0] = s
        return ids, offsets

    def encode(self, text: str) -> EncodedText:
        """Run the model over ``text`` in overlapping windows and merge the outputs per token."""
        ids, offsets = self.tokenize(text)
        n = len(ids)
        if n == 0:
            return EncodedText(text, offsets)
        windows = make_windows(n, self.window, self.overlap)
        per_window: dict[str, list[np.ndarray]] = {name: [] for name in self.output_names}
        for b0 in range(0, len(windows), self.batch_size):
            batch = windows[b0 : b0 + self.batch_size]
            width = max(w.end - w.start for w in batch) + 2
            x = np.full((len(batch), width), self.pad_id, dtype=np.int64)
            mask = np.zeros_like(x)
            for i, w in enumerate(batch):
                k = w.end - w.start
                x[i, 0], x[i, 1 : k + 1], x[i, k + 1] = self.cls_id, ids[w.start : w.end], self.sep_id
                mask[i, : k + 2] = 1
            results = self.session.run(self.output_names, {"input_ids": x, "attention_mask": mask})
            for name, out in zip(self.output_names, results):
                for i, w in enumerate(batch):
                    if name not in WINDOW_OUTPUTS:
                        per_window[name].append(out[i, 1 : 1 + w.end - w.start])
                    else:
                        per_window[name].append(out[i])
        encoded = EncodedText(text, offsets, windows=windows)
        sizes = np.asarray([w.end - w.start for w in windows], dtype=np.float32)
        for name, rows in per_window.items():
            if name not in WINDOW_OUTPUTS:
                encoded.token_outputs[name] = merge_windows(n, windows, rows)
            elif name == "pooled":
                encoded.pooled = (np.stack(rows) * sizes[:, None]).sum(0) / sizes.sum()
        return encoded
