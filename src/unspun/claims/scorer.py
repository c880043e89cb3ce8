"""The check-worthiness scorer at run time: the shipped ONNX model, onnxruntime + tokenizers only.

Each model folder holds ``model.onnx`` (a fine-tuned sentence classifier, int8; its
base is named in ``config.json``), ``tokenizer.json`` and ``config.json``; the model
takes ``input_ids`` and ``attention_mask`` and returns the probability that a
sentence is a check-worthy factual claim. The shipped scorer is ``models/claims_v2``
(multilingual-e5-small) screened by ``models/claims_v1`` (all-MiniLM-L6-v2): see
:class:`ClaimScorer`. The sessions are created once per process and shared.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from unspun.errors import ModelError

log = logging.getLogger(__name__)

MODELS = Path(__file__).resolve().parent.parent / "models"
MODEL_DIR = MODELS / "claims_v2"
# Sentences per run, sorted by token count. An article's sentences run from a few words to
# several clauses; in batches of 32 most of them were padded to the longest one. Batches
# of 4 carry almost no padding: x1.52 sentences/s on sentences of varied length
# (`python benchmarks/bench_claims.py --sentences 640`).
BATCH_SIZE = 4


class ClaimScorer:
    """Scores sentences: probability (0..1) of being a check-worthy factual claim.

    A model whose ``config.json`` names a ``screen`` (another model folder under
    ``models/`` and a ``band``) runs as a cascade: the screening model scores every
    sentence, and only the sentences it scores strictly inside the band are scored again,
    by this model, whose score replaces the screen's. The shipped pair is a fast
    all-MiniLM-L6-v2 screen and a multilingual-e5-small model, 2.2x slower per sentence
    and more accurate: most sentences are clear to the screen, so the cascade costs a
    fraction of running the larger model on every sentence (figures in the model card).
    """

    def __init__(self, model_dir: Path = MODEL_DIR, threads: int = 1) -> None:
        model_dir = Path(model_dir)
        files = [model_dir / n for n in ("model.onnx", "tokenizer.json", "config.json")]
        missing = [f.name for f in files if not f.is_file()]
        if missing:
            raise ModelError(
                f"{model_dir}: missing {', '.join(missing)}; reinstall unspun or rebuild the model "
                "with `unspun train claims --data DIR --out DIR`"
            )
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.config: dict[str, Any] = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        self.threshold = float(self.config.get("threshold", 0.5))
        self.screen: ClaimScorer | None = None
        self.band: tuple[float, float] = (0.0, 1.0)
        if (screen := self.config.get("screen")) is not None:
            self.screen = ClaimScorer(MODELS / screen["model"], threads=threads)
            self.band = (float(screen["band"][0]), float(screen["band"][1]))
        max_length = int(self.config.get("max_length", 64))
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length)
        # The padding token of the model's own vocabulary ([PAD] in MiniLM's, <pad> in e5's).
        pad = next((t for t in ("<pad>", "[PAD]") if self.tokenizer.token_to_id(t) is not None), "[PAD]")
        self.tokenizer.enable_padding(pad_id=self.tokenizer.token_to_id(pad) or 0, pad_token=pad)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        try:
            self.session = ort.InferenceSession(str(model_dir / "model.onnx"), options,
                                                providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelError(f"{model_dir / 'model.onnx'}: cannot be loaded ({exc}); reinstall unspun") from exc

    def score(self, sentences: Sequence[str], batch_size: int = BATCH_SIZE) -> list[float]:
        """The probability of each sentence, in order: through the screen first when there is one."""
        if self.screen is None:
            return self.score_alone(sentences, batch_size)
        scores = self.screen.score(sentences, batch_size)
        low, high = self.band
        unsure = [i for i, p in enumerate(scores) if low < p < high]
        for i, p in zip(unsure, self.score_alone([sentences[i] for i in unsure], batch_size)):
            scores[i] = p
        return scores

    def score_alone(self, sentences: Sequence[str], batch_size: int = BATCH_SIZE) -> list[float]:
        """This model's probability of each sentence, no screen (batches of similar token counts, less padding)."""
        import numpy as np

        if not sentences:
            return []
        # Tokenised once, padded to the longest; each batch is then cut to its own longest.
        encodings = self.tokenizer.encode_batch(list(sentences))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        lengths = mask.sum(axis=1)
        order = np.argsort(lengths, kind="stable")
        scores = [0.0] * len(sentences)
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            width = int(lengths[idx].max())
            (probs,) = self.session.run(None, {"input_ids": ids[idx, :width], "attention_mask": mask[idx, :width]})
            for i, p in zip(idx.tolist(), probs.tolist()):
                scores[i] = float(min(1.0, max(0.0, p)))
        return scores


@lru_cache(maxsize=2)
def load_scorer(model_dir: Path = MODEL_DIR) -> ClaimScorer:
    """The shared scorer of ``model_dir`` (loaded once per process)."""
    return ClaimScorer(model_dir)
