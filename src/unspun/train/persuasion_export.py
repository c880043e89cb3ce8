"""Export a trained persuasion checkpoint to the shipped form: pruned vocabulary, ONNX, int8.

The base encoder's vocabulary has 250k pieces (96M parameters), far more than an English
news model needs; only the pieces that the training and evaluation texts use, plus the
single characters of the Latin, Greek and Cyrillic scripts and common punctuation (so
that unseen words still split into known pieces), are kept. Because every piece of the
original segmentation of those texts is kept, the pruned Unigram tokenizer segments them
exactly as before (checked in :func:`prune_tokenizer`).

The ONNX graph returns ``span_probs`` and ``para_probs`` (sigmoids, batch x tokens x 23),
``token_states`` (batch x tokens x hidden, for later heads sharing the pass),
``pooled`` (batch x hidden, mean over a window's tokens) and ``embedding_states`` (the
embedding layer's output, batch x tokens x hidden: frozen in training, so it keeps the
base encoder's topical evidence for the framing heads). Weights are quantised to int8
with onnxruntime's dynamic quantisation.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path

import numpy as np

from unspun.persuasion.datasets import LANGUAGES, read_ptc, read_semeval

log = logging.getLogger(__name__)

KEEP_CHAR_RANGES = ((0x20, 0x530), (0x2000, 0x2070), (0x20A0, 0x20C0))


def corpus_texts(data: Path) -> list[str]:
    """All SemEval-2023 (train and dev, every language) and PTC article texts."""
    texts = []
    for lang in LANGUAGES:
        for split in ("train", "dev"):
            try:
                texts += [a.text for a in read_semeval(data, lang, split)]
            except Exception:  # a missing split of one language is not fatal here
                log.warning("no %s %s articles", lang, split)
    for split in ("train", "dev"):
        texts += [a.text for a in read_ptc(data, split)[0]]
    return texts


def prune_tokenizer(base_tokenizer: Path, texts: list[str], out: Path, min_count: int = 1) -> np.ndarray:
    """Write a pruned tokenizer.json to ``out``; return the kept old ids in new-id order."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(base_tokenizer))
    counts: Counter[int] = Counter()
    for enc in tok.encode_batch(texts, add_special_tokens=False):
        counts.update(enc.ids)
    j = json.loads(base_tokenizer.read_text(encoding="utf-8"))
    vocab = j["model"]["vocab"]
    keep = {i for i, c in counts.items() if c >= min_count}
    keep |= {a["id"] for a in j["added_tokens"] if a["content"] != "<mask>"}
    for i, (piece, _) in enumerate(vocab):
        core = piece[1:] if piece.startswith("\u2581") else piece
        if len(core) <= 1 and all(any(lo <= ord(ch) < hi for lo, hi in KEEP_CHAR_RANGES) for ch in core):
            keep.add(i)
    kept = np.asarray(sorted(keep), dtype=np.int64)
    new_of = {int(old): new for new, old in enumerate(kept)}
    j["model"]["vocab"] = [vocab[i] for i in kept]
    j["model"]["unk_id"] = new_of[j["model"]["unk_id"]]
    j["added_tokens"] = [dict(a, id=new_of[a["id"]]) for a in j["added_tokens"] if a["id"] in new_of]
    for spec in j["post_processor"].get("special_tokens", {}).values():
        spec["ids"] = [new_of[i] for i in spec["ids"]]
    out.write_text(json.dumps(j, ensure_ascii=False), encoding="utf-8")
    pruned = Tokenizer.from_file(str(out))
    for text in texts[:: max(1, len(texts) // 200)]:
        a = [new_of[i] for i in tok.encode(text, add_special_tokens=False).ids]
        b = pruned.encode(text, add_special_tokens=False).ids
        if a != b:
            raise RuntimeError("the pruned tokenizer segments a corpus text differently; keep more pieces")
    log.info("vocabulary pruned from %d to %d pieces", len(vocab), len(kept))
    return kept


def export_onnx(
    base: Path, checkpoint: Path, data: Path, out: Path, layers: int = 6, window: int = 254, overlap: int = 32,
    fuse: bool = False, keep_fp32: bool = False,
) -> Path:
    """Write ``model.onnx`` (int8) and ``tokenizer.json`` for the checkpoint into ``out``."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from unspun.train.persuasion import build_net

    out.mkdir(parents=True, exist_ok=True)
    kept = prune_tokenizer(base / "tokenizer.json", corpus_texts(data), out / "tokenizer.json")
    net = build_net(base, layers)
    state = torch.load(checkpoint, map_location="cpu")
    missing, unexpected = net.load_state_dict(state, strict=False)
    if unexpected or any("word_embeddings" not in k for k in missing):
        raise RuntimeError(f"checkpoint does not match the network: missing {missing}, unexpected {unexpected}")
    emb = net.encoder.embeddings.word_embeddings
    new = torch.nn.Embedding(len(kept), emb.embedding_dim)
    new.weight.data = emb.weight.data[torch.from_numpy(kept)].clone()
    net.encoder.embeddings.word_embeddings = new
    net.encoder.config.vocab_size = len(kept)
    net.eval()

    class Exported(torch.nn.Module):
        def __init__(self, inner) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask):
            s, p, h, pooled, embedded = self.inner(input_ids, attention_mask)
            return torch.sigmoid(s), torch.sigmoid(p), h, pooled, embedded

    fp32 = out / "model.fp32.onnx"
    ids = torch.randint(5, len(kept), (2, 64))
    mask = torch.ones_like(ids)
    axes = {0: "batch", 1: "tokens"}
    torch.onnx.export(
        Exported(net),
        (ids, mask),
        str(fp32),
        input_names=["input_ids", "attention_mask"],
        output_names=["span_probs", "para_probs", "token_states", "pooled", "embedding_states"],
        dynamic_axes={"input_ids": axes, "attention_mask": axes, "span_probs": axes, "para_probs": axes, "token_states": axes,
                      "pooled": {0: "batch"}, "embedding_states": axes},
        opset_version=17,
        dynamo=False,
    )
    to_quantize = fp32
    if fuse:
        # Fuse LayerNorm and GELU into onnxruntime kernels before quantising. Off by default:
        # measured on this CPU it was not faster (0.43 against 0.38 CPU s per 1,000-word article).
        from onnxruntime.transformers import optimizer

        fused = optimizer.optimize_model(str(fp32), model_type="bert", num_heads=net.encoder.config.num_attention_heads, hidden_size=net.encoder.config.hidden_size)
        to_quantize = out / "model.fused.onnx"
        fused.save_model_to_file(str(to_quantize))
    import onnx

    quantize_dynamic(
        str(to_quantize), str(out / "model.onnx"), weight_type=QuantType.QInt8,
        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
    )
    if not keep_fp32:
        fp32.unlink()
        if to_quantize != fp32:
            to_quantize.unlink()
    from unspun.encoder.fuse import fuse_file

    fuse_file(out / "model.onnx", num_heads=net.encoder.config.num_attention_heads)
    for extra in out.glob("*.onnx.data"):
        extra.unlink()
    log.info("wrote %s (%.1f MB)", out / "model.onnx", (out / "model.onnx").stat().st_size / 1e6)
    cfg_path = out / "config.json"
    cfg = json.loads(cfg_path.read_text()) if cfg_path.exists() else {}
    from unspun.persuasion.labels import TECHNIQUES

    cfg.update({"name": "persuasion_v1", "techniques": list(TECHNIQUES), "window": window, "overlap": overlap, "max_length": window + 2, "layers": layers, "vocab_size": int(len(kept))})
    cfg_path.write_text(json.dumps(cfg, indent=2), encoding="utf-8")
    return out / "model.onnx"
