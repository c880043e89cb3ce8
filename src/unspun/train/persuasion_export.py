"""Export a trained persuasion checkpoint to the shipped form: pruned vocabulary, ONNX, int8.

The base encoder's vocabulary has 250k pieces (96M parameters), far more than an English
news model needs; only the pieces that the training and evaluation texts use, plus the
single characters of the Latin, Greek and Cyrillic scripts and common punctuation (so
that unseen words still split into known pieces), are kept. Because every piece of the
original segmentation of those texts is kept, the pruned Unigram tokenizer segments them
exactly as before (checked in :func:`unspun.encoder.vocabulary.prune_tokenizer`).

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
from pathlib import Path

from unspun.encoder.vocabulary import prune_tokenizer
from unspun.persuasion.datasets import LANGUAGES, read_ptc, read_semeval

log = logging.getLogger(__name__)


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
